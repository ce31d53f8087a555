"""Child process of the kill test: writes to the store in a loop until it is killed.

Usage: ``python kill_child.py DATA_DIR`` with the data key (hex) in ``IPSDESK_TEST_KEY``.
Each iteration is one transaction (a setting row and an access-log row); after the
commit returns, the iteration's number is printed and flushed — "reported committed".
"""

from __future__ import annotations

import os
import sys

from sqlalchemy import func
from sqlmodel import select

from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store


def main() -> None:
    paths = data_paths(sys.argv[1])
    store = Store.open_with_key(paths, bytes.fromhex(os.environ["IPSDESK_TEST_KEY"]))
    with store.session() as session:
        start = session.exec(select(func.count()).select_from(m.Setting)).one()
    i = start
    while True:
        i += 1
        with store.session() as session:
            session.add(m.Setting(key=f"kill-{i:06d}", value="x" * (i % 500)))
            session.add(
                m.AccessLog(actor="kill-test", client_ref="K-1", action="view", detail=str(i))
            )
            session.commit()
        sys.stdout.write(f"{i}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
