"""Write the upgrade-path fixture store of the current schema to ``tests/fixtures/stores/``.

Run this once per RELEASED schema, with the code of that release, and commit the result
(``tests/fixtures/stores/<revision>/``): later versions must open and migrate it (the
source test ``tests/integration/test_store_fixtures.py`` and the smoke test of the
frozen build both do). Never regenerate an existing fixture: it stands for stores that
are out there.

The data is the invented demo data (``ipsdesk.core.demo``) on a fixed day and seed; the
passphrase is documented in ``fixture.json`` (a throwaway test secret).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import inspect, text
from sqlmodel import Session, select

from ipsdesk import __version__
from ipsdesk.core import demo, settings
from ipsdesk.core.domain.enums import StepOwner
from ipsdesk.core.paths import data_paths
from ipsdesk.core.services.audit import Action, log_access
from ipsdesk.core.storage import migrate
from ipsdesk.core.storage import models as m

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "stores"
TODAY = date(2026, 11, 18)
SEED = 47


def add_rows_demo_lacks(session: Session) -> None:
    """Rows in the tables the demo leaves empty, so migrations meet data everywhere."""
    client = session.exec(select(m.Client).order_by(m.Client.id)).first()
    employer = session.exec(select(m.Employer).order_by(m.Employer.id)).first()
    assert client is not None and client.id is not None and employer is not None
    settings.put(session, settings.CASELOAD_LIMIT, 18)
    session.add(
        m.WorkHistory(
            client_id=client.id,
            employer_name="Keksitty Kauppa Oy",
            title="Myyjä",
            start_year=2015,
            end_year=2018,
        )
    )
    session.add(
        m.JobLead(
            client_id=client.id,
            employer_id=employer.id,
            description="Varastotyöntekijä, 20 h/vko",
            noted_on=TODAY - timedelta(days=5),
        )
    )
    plan = m.ActionPlanVersion(
        client_id=client.id,
        version=1,
        made_on=TODAY - timedelta(days=20),
        goal="Osa-aikatyö lähellä kotia",
        meeting_frequency="Kerran viikossa",
        next_review_on=TODAY + timedelta(days=70),
    )
    session.add(plan)
    session.flush()
    assert plan.id is not None
    for position, (what, owner) in enumerate(
        [("Päivitetään CV", StepOwner.CLIENT), ("Soitto työnantajalle", StepOwner.SPECIALIST)], 1
    ):
        session.add(
            m.ActionPlanStep(
                plan_id=plan.id,
                position=position,
                what=what,
                owner=owner.value,
                due_on=TODAY + timedelta(days=7 * position),
            )
        )
    log_access(session, client.code, Action.VIEW, detail="fixture")
    session.commit()


def main() -> int:
    revision = migrate.head_revision()
    target = FIXTURES / revision
    if target.exists():
        print(f"{target} exists; fixtures of released schemas are never regenerated")
        return 1
    passphrase = f"Fixture-{revision} salasana"
    with tempfile.TemporaryDirectory() as tmp:
        paths = data_paths(Path(tmp) / "data")
        store = demo.build(paths, today=TODAY, seed=SEED)
        with store.session() as session:
            add_rows_demo_lacks(session)
        store.change_passphrase(demo.DEMO_PASSPHRASE, passphrase)
        with store.engine.connect() as conn:
            tables = sorted(t for t in inspect(conn).get_table_names() if t != "alembic_version")
            counts = {
                t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables
            }
            conn.rollback()
        store.close()  # the last connection checkpoints the WAL into the file
        target.mkdir(parents=True)
        for name in ("ipsdesk.db", "ipsdesk.keys"):
            shutil.copy2(paths.root / name, target / name)
    meta = {
        "revision": revision,
        "written_by": f"ipsdesk {__version__}",
        "passphrase": passphrase,
        "data": f"ipsdesk.core.demo, today={TODAY.isoformat()}, seed={SEED} (invented people)",
        "row_counts": counts,
    }
    (target / "fixture.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
