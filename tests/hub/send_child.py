"""The sending child of the SIGKILL test: sends a generated dataset, saying each table."""

from __future__ import annotations

import sys

from ipsdesk.core.hub.config import engine
from ipsdesk.core.hub.send import send
from tests.hub.hub_helpers import dataset


def main() -> None:
    url, member, team, seed, years = sys.argv[1:6]
    data = dataset(member, team, seed=int(seed), years=int(years))
    print("sending", flush=True)

    def on_table(name: str) -> None:
        print(name, flush=True)

    send(engine(url), data, on_table=on_table)
    print("done", flush=True)


if __name__ == "__main__":
    main()
