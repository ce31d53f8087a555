"""Shared set-up of team tests: a team leader's store and members' stores (invented people)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ipsdesk.core import demo
from ipsdesk.core.paths import data_paths
from ipsdesk.core.storage import models as m
from ipsdesk.core.storage.store import Store
from ipsdesk.core.team import membership, teamfile

PASSPHRASE = "Tiimi-salasana 7"
TODAY = date(2026, 11, 18)
SECRET_NAME = "Ulpukka Salainen-Keksitty"
SECRET_PHONE = "040 987 6543"
SECRET_HETU = "010199-999X"
SECRET_NOTE = "Kertoi luottamuksellisesti Hilkka-tädistään"


def make_store(root: Path, name: str, team: str = "IPS-tiimi Testilä") -> Store:
    store, _ = Store.create(
        data_paths(root / name.replace(" ", "_")), PASSPHRASE, name=name, team=team
    )
    return store


def fill(store: Store, seed: int) -> None:
    """Demo data plus one client whose name, phone, identity code and note must never leave."""
    with store.session() as s:
        demo.fill(s, today=TODAY, seed=seed)
        c = m.Client(
            code="A-0900",
            full_name=SECRET_NAME,
            phone=SECRET_PHONE,
            referral_date=date(2026, 3, 2),
            agreement_date=date(2026, 3, 9),
            phase=3,
            phase_since=date(2026, 4, 1),
            job_goals=SECRET_HETU,
            disclosure_wishes=SECRET_NOTE,
        )
        s.add(c)
        s.flush()
        assert c.id is not None
        s.add(
            m.ClientContact(
                client_id=c.id,
                on=date(2026, 4, 2),
                with_whom="client",
                place="home",
                note=SECRET_NOTE,
            )
        )
        s.add(m.DisclosureDiscussion(client_id=c.id, on=date(2026, 4, 3), notes=SECRET_NOTE))
        s.add(
            m.StepTowardWork(
                client_id=c.id, kind="volunteering", start_on=date(2026, 5, 1), note=SECRET_NOTE
            )
        )
        s.commit()


@dataclass
class Team:
    leader: Store
    members: list[Store]


def join(leader: Store, member: Store, name: str) -> None:
    with leader.session() as s:
        inv = membership.invite(s, name)
    with member.session() as s:
        membership.join(s, inv.data, inv.code)


def export(store: Store, out: Path, **kw) -> Path:  # type: ignore[no-untyped-def]
    with store.session() as s:
        teamfile.export_team_file(s, out, **kw)
    return out
