"""Thinning of backups over a simulated year, and the automatic-backup rule (pure)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ipsdesk.core.storage.backup import (
    BackupInfo,
    ThinningPolicy,
    auto_backup_due,
    backup_name,
    backups_to_keep,
    parse_backup_name,
)

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # a Monday


def _oracle(made: list[BackupInfo], now: datetime, policy: ThinningPolicy) -> set[Path]:
    """The policy written out the slow, obvious way, over every backup ever made."""
    keep: set[Path] = set()
    for key, count in (
        (lambda t: t.date(), policy.days),
        (lambda t: tuple(t.isocalendar())[:2], policy.weeks),
        (lambda t: (t.year, t.month), policy.months),
    ):
        periods = sorted({key(b.taken_at) for b in made}, reverse=True)[:count]
        for period in periods:
            newest = max((b for b in made if key(b.taken_at) == period), key=lambda b: b.taken_at)
            keep.add(newest.path)
    keep |= {
        b.path
        for b in made
        if b.reason in ("premigrate", "prerestore") and now - b.taken_at < policy.protected_for
    }
    return keep


def test_thinning_over_a_simulated_year_keeps_exactly_the_policys_set() -> None:
    rnd = random.Random(703)
    policy = ThinningPolicy()
    folder: dict[Path, BackupInfo] = {}
    made: list[BackupInfo] = []
    day = START
    while day < START + timedelta(days=365):
        # A working day has backups every 30 min for a few hours; weekends and a
        # summer holiday (weeks 28-31) have none; some days a pre-migration backup.
        week = day.isocalendar().week
        if day.weekday() < 5 and not 28 <= week <= 31 and rnd.random() < 0.85:
            t = day + timedelta(minutes=rnd.randint(0, 59))
            for _ in range(rnd.randint(1, 12)):
                reason = "premigrate" if rnd.random() < 0.01 else "auto"
                info = BackupInfo(Path(backup_name(t, reason)), t, reason)
                made.append(info)
                folder[info.path] = info
                keep = backups_to_keep(folder.values(), t, policy, tz=UTC)
                assert info.path in keep  # the backup just made is never thinned away
                folder = {p: b for p, b in folder.items() if p in keep}
                t += timedelta(minutes=30)
        day += timedelta(days=1)
    now = max(b.taken_at for b in made)
    final = set(folder)
    assert final == _oracle(made, now, policy)
    # Sanity of the figures: at most 12 + 10 + 9 plus young protected ones.
    protected = {b.path for b in made if b.protected and now - b.taken_at < policy.protected_for}
    assert len(final - protected) <= 31
    months = {(b.taken_at.year, b.taken_at.month) for b in folder.values()}
    assert len(months) == 9  # the oldest months fell away after 9 months with backups


def test_a_laptop_left_in_a_drawer_keeps_its_old_backups() -> None:
    old = [
        BackupInfo(
            Path(backup_name(START + timedelta(days=d), "auto")), START + timedelta(days=d), "auto"
        )
        for d in range(5)
    ]
    later = START + timedelta(days=400)
    assert backups_to_keep(old, later, tz=UTC) == {b.path for b in old}


def test_backup_names_round_trip() -> None:
    when = datetime(2026, 11, 18, 9, 30, 5, tzinfo=UTC)
    info = parse_backup_name(Path(backup_name(when, "prerestore")))
    assert info is not None and info.taken_at == when and info.reason == "prerestore"
    assert info.protected
    assert parse_backup_name(Path("ipsdesk.keys")) is None
    assert parse_backup_name(Path("ipsdesk-20261118T093005Z-auto-2.ipsdb")) is not None


def test_auto_backup_rule() -> None:
    now = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
    minutes = timedelta(minutes=1)
    assert not auto_backup_due(None, False, now)
    assert not auto_backup_due(now - 45 * minutes, False, now, closing=True)
    assert auto_backup_due(None, True, now)
    assert not auto_backup_due(now - 29 * minutes, True, now)
    assert auto_backup_due(now - 30 * minutes, True, now)
    assert auto_backup_due(now - 1 * minutes, True, now, closing=True)
