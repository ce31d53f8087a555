"""The weekly team summary and the period outcome report, as SQLAlchemy Core queries.

Only the team tables are read (``team_member``, ``team_client``, ``team_event``,
``team_job``, ``team_step``, ``team_employer_contact(_client)``, ``team_roster``), with
portable constructs only (comparisons of dates as dates, ``count``, ``min``, ``GROUP
BY``, ``DISTINCT`` subqueries, a ``row_number()`` window): the same functions run on
the team leader's SQLite store and on the PostgreSQL hub. A person is a
``(member_id, client_code)`` pair: each specialist's pseudonyms are their own, so a
person is counted once across weeks, jobs and events. Medians and the follow-along
schedule are computed in Python over small row sets (a week's first contacts, the
persons in work); every count over big tables is made in SQL.

``scope`` narrows a report to some members or teams (the hub's "per team"); ``None``
is every member in the tables (the team, or the whole county on the hub).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, true
from sqlalchemy.engine import Connection

from ipsdesk.core.domain.enums import ContactMode, StepKind
from ipsdesk.core.domain.rules import iso_week, week_start
from ipsdesk.core.team.tables import (
    client_t,
    contact_client_t,
    contact_t,
    event_t,
    job_t,
    member_t,
    roster_t,
    step_t,
)

CASELOAD_TARGET = 20  # per full-time specialist (fidelity item 1)
CONTACT_TARGET = 6  # employer contacts per full-time specialist a week (seeds)
FIRST_CONTACT_DAYS = 30  # first face-to-face employer contact after the agreement
FOLLOW_WEEKLY_DAYS = 31  # follow-along weekly in the job's first month…
FOLLOW_MONTHLY_DAYS = 30  # …then at least every 30 days
CHART_WEEKS = 12


@dataclass(frozen=True)
class Scope:
    """Which members a report covers: by member id and/or by team id (None: all)."""

    members: tuple[str, ...] | None = None
    teams: tuple[str, ...] | None = None

    def where(self, member_col: Any) -> ColumnElement[bool]:
        cond: ColumnElement[bool] = true()
        if self.members is not None:
            cond = and_(cond, member_col.in_(self.members))
        if self.teams is not None:
            cond = and_(
                cond,
                member_col.in_(
                    select(member_t.c.member_id).where(member_t.c.team_id.in_(self.teams))
                ),
            )
        return cond


ALL = Scope()


def _conn(db: Any) -> Connection:
    """A Connection from a Connection or an ORM Session."""
    return db if isinstance(db, Connection) else db.connection()


def _count_persons(conn: Connection, query: Select[Any]) -> int:
    """COUNT of the distinct (member_id, client_code) rows ``query`` selects."""
    sub = query.distinct().subquery()
    return int(conn.execute(select(func.count()).select_from(sub)).scalar_one())


def _count_if(cond: ColumnElement[bool]) -> Any:
    """COUNT of the rows meeting ``cond`` (SUM of a CASE: every SQL database has it)."""
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _in_service(on_or_before: date, since: date) -> ColumnElement[bool]:
    """A client with an agreement by ``on_or_before`` whose service did not end before
    ``since`` (``ended_on`` is the first day out of service)."""
    return and_(
        client_t.c.agreement_date.is_not(None),
        client_t.c.agreement_date <= on_or_before,
        or_(client_t.c.ended_on.is_(None), client_t.c.ended_on > since),
    )


# -- the weekly team summary ------------------------------------------------------------


@dataclass(frozen=True)
class MemberWeek:
    member_id: str
    name: str
    caseload: int
    caseload_target: int
    contacts: int
    face_to_face: int
    contact_target: int
    file_date: date | None  # the export day of the member's file (None: missing)
    own_store: bool
    stale: bool  # the file is missing or older than the end of the week
    team_id: str = ""  # the member's team ("" for a roster member whose file never came)


@dataclass(frozen=True)
class WeekPoint:
    iso_year: int
    week: int
    contacts: int
    face_to_face: int
    target: int
    working: int

    @property
    def code(self) -> str:
        return f"{self.iso_year}-W{self.week:02d}"


@dataclass(frozen=True)
class TeamWeek:
    iso_year: int
    week: int
    start: date
    end: date
    members: tuple[MemberWeek, ...]
    phases: dict[int, int]  # phase 1-5 → clients in it at the end of the week
    figures: dict[str, int | float | None]  # keys of definitions.FIGURES
    series: tuple[WeekPoint, ...] = field(default=())  # the last 12 weeks, oldest first

    @property
    def code(self) -> str:
        return f"{self.iso_year}-W{self.week:02d}"

    @property
    def missing(self) -> tuple[MemberWeek, ...]:
        return tuple(m for m in self.members if m.stale)


def _scaled(target: int, fte_percent: int) -> int:
    return round(target * fte_percent / 100)


def _members(conn: Connection, scope: Scope) -> list[Any]:
    return list(
        conn.execute(
            select(
                member_t.c.member_id,
                member_t.c.name,
                member_t.c.fte_percent,
                member_t.c.exported_at,
                member_t.c.own_store,
                member_t.c.team_id,
            )
            .where(scope.where(member_t.c.member_id))
            .order_by(member_t.c.name, member_t.c.member_id)
        )
    )


def _roster_missing(conn: Connection, scope: Scope) -> list[Any]:
    """Roster members (not removed) with no data at all: their file never came."""
    if scope.teams is not None:
        return []  # the roster is one team's (the leader's store); the hub has no roster
    cond = and_(
        roster_t.c.removed.is_(False),
        roster_t.c.member_id.not_in(select(member_t.c.member_id)),
    )
    if scope.members is not None:
        cond = and_(cond, roster_t.c.member_id.in_(scope.members))
    return list(conn.execute(select(roster_t.c.member_id, roster_t.c.name).where(cond)))


def _phases_at(conn: Connection, day: date, scope: Scope) -> dict[int, int]:
    """Clients in service on ``day`` by their phase then (last phase move ≤ day).

    In two plain reads joined here: as one statement (a window function's last row per
    client, left-joined to the clients) SQLite scanned the ranked rows once per client,
    a third of a second for a 30-specialist team; the phase moves up to ``day`` are a
    few ten thousand small rows, read once in the index's order.
    """
    last: dict[tuple[str, str], int | None] = {}
    for member, code, to_phase in conn.execute(
        select(event_t.c.member_id, event_t.c.client_code, event_t.c.to_phase)
        .where(
            event_t.c.kind == "phase_change",
            event_t.c.on <= day,
            scope.where(event_t.c.member_id),
        )
        .order_by(event_t.c.on, event_t.c.id)
    ):
        last[(member, code)] = to_phase  # the latest move wins (same day: the later row)
    out = dict.fromkeys(range(1, 6), 0)
    for member, code in conn.execute(
        select(client_t.c.member_id, client_t.c.code).where(
            _in_service(day, day), scope.where(client_t.c.member_id)
        )
    ):
        phase = last.get((member, code), 1)  # no move recorded: still in phase 1
        if phase is not None:  # None: the last move ended the service
            out[int(phase)] = out.get(int(phase), 0) + 1
    return out


def _window_contacts(
    conn: Connection, start: date, end: date, scope: Scope
) -> list[tuple[str, str, date, bool]]:
    """(member, contact ref, day, face-to-face) of every employer contact in [start, end]:
    ONE pass over the contacts (a few thousand rows for 12 weeks of a county team) serves
    the week's counts, the 12-week chart and the week's first contacts."""
    query = select(
        contact_t.c.member_id, contact_t.c.contact_ref, contact_t.c.on, contact_t.c.mode
    ).where(contact_t.c.on >= start, contact_t.c.on <= end, scope.where(contact_t.c.member_id))
    return [
        (m, ref, on, mode == ContactMode.FACE_TO_FACE.value)
        for m, ref, on, mode in conn.execute(query)
    ]


def _working_on(conn: Connection, day: date, scope: Scope, *, subsidy: bool = False) -> int:
    cond = and_(
        job_t.c.open_market.is_(True),
        job_t.c.start_on <= day,
        or_(job_t.c.end_on.is_(None), job_t.c.end_on >= day),
        scope.where(job_t.c.member_id),
    )
    if subsidy:
        cond = and_(cond, job_t.c.wage_subsidy.is_(True))
    return _count_persons(conn, select(job_t.c.member_id, job_t.c.client_code).where(cond))


def _first_contacts(
    conn: Connection, start: date, end: date, week: set[tuple[str, str]]
) -> list[int]:
    """Days from the agreement to the first face-to-face employer contact, for each client
    whose first such contact falls in [start, end].

    In steps over small sets (the team tables have no index on ``contact_ref``, and a
    join of all links to all contacts took seconds): the week's face-to-face contacts
    (``week``: member, ref) → the clients they were for → all links of those clients → those contacts' dates.
    """
    f2f = contact_t.c.mode == ContactMode.FACE_TO_FACE.value
    if not week:
        return []
    cc = contact_client_t.c
    candidates = {
        (m, code)
        for m, ref, code in conn.execute(
            select(cc.member_id, cc.contact_ref, cc.client_code).where(
                cc.contact_ref.in_(sorted({ref for _, ref in week}))
            )
        )
        if (m, ref) in week
    }
    if not candidates:
        return []
    links = [
        (m, ref, code)
        for m, ref, code in conn.execute(
            select(cc.member_id, cc.contact_ref, cc.client_code).where(
                cc.client_code.in_(sorted({code for _, code in candidates}))
            )
        )
        if (m, code) in candidates
    ]
    dates = {
        (m, ref): on
        for m, ref, on in conn.execute(
            select(contact_t.c.member_id, contact_t.c.contact_ref, contact_t.c.on).where(
                f2f, contact_t.c.contact_ref.in_(sorted({ref for _, ref, _ in links}))
            )
        )
    }
    first: dict[tuple[str, str], date] = {}
    for m, ref, code in links:
        on = dates.get((m, ref))
        if on is not None and ((m, code) not in first or on < first[(m, code)]):
            first[(m, code)] = on
    agreed = {
        (m, code): day
        for m, code, day in conn.execute(
            select(client_t.c.member_id, client_t.c.code, client_t.c.agreement_date).where(
                client_t.c.code.in_(sorted({code for _, code in candidates})),
                client_t.c.agreement_date.is_not(None),
            )
        )
    }
    return [
        max(0, (on - agreed[key]).days)
        for key, on in first.items()
        if start <= on <= end and key in agreed
    ]


def _follow_along(conn: Connection, start: date, end: date, scope: Scope) -> tuple[int, int]:
    """(due, done) follow-along contacts of the week: see the definitions."""
    jobs = conn.execute(
        select(job_t.c.member_id, job_t.c.client_code, job_t.c.start_on).where(
            job_t.c.start_on <= end,
            or_(job_t.c.end_on.is_(None), job_t.c.end_on >= start),
            scope.where(job_t.c.member_id),
        )
    ).all()
    if not jobs:
        return 0, 0
    latest_start: dict[tuple[str, str], date] = {}
    for member, code, started in jobs:
        key = (member, code)
        latest_start[key] = max(latest_start.get(key, started), started)
    contacts = conn.execute(
        select(event_t.c.member_id, event_t.c.client_code, event_t.c.on).where(
            event_t.c.kind == "client_contact",
            event_t.c.on <= end,
            event_t.c.on >= start - timedelta(days=FOLLOW_MONTHLY_DAYS),
            event_t.c.with_whom == "client",
            scope.where(event_t.c.member_id),
        )
    ).all()
    last_before: dict[tuple[str, str], date] = {}
    in_week: set[tuple[str, str]] = set()
    for member, code, on in contacts:
        key = (member, code)
        if on >= start:
            in_week.add(key)
        elif key not in last_before or on > last_before[key]:
            last_before[key] = on
    due = done = 0
    for key, started in latest_start.items():
        first_month = (end - started).days < FOLLOW_WEEKLY_DAYS
        last = last_before.get(key)
        if first_month or last is None or last + timedelta(days=FOLLOW_MONTHLY_DAYS) <= end:
            due += 1
            done += key in in_week
    return due, done


def _week_points(
    conn: Connection,
    iso_year: int,
    week: int,
    scope: Scope,
    members: Sequence[Any],
    contacts: Sequence[tuple[str, str, date, bool]],
) -> tuple[WeekPoint, ...]:
    last_monday = week_start(iso_year, week)
    first_monday = last_monday - timedelta(weeks=CHART_WEEKS - 1)
    end = last_monday + timedelta(days=6)
    per_week: dict[date, list[int]] = {
        first_monday + timedelta(weeks=i): [0, 0] for i in range(CHART_WEEKS)
    }
    for _, _, day, face in contacts:
        monday = day - timedelta(days=day.weekday())
        if monday in per_week:
            per_week[monday][0] += 1
            per_week[monday][1] += face
    target = sum(_scaled(CONTACT_TARGET, m.fte_percent) for m in members)
    # Persons working at each week's end: the open-market jobs overlapping the 12 weeks.
    jobs = conn.execute(
        select(job_t.c.member_id, job_t.c.client_code, job_t.c.start_on, job_t.c.end_on).where(
            job_t.c.open_market.is_(True),
            job_t.c.start_on <= end,
            or_(job_t.c.end_on.is_(None), job_t.c.end_on >= first_monday + timedelta(days=6)),
            scope.where(job_t.c.member_id),
        )
    ).all()
    points = []
    for monday, (n, f) in per_week.items():
        sunday = monday + timedelta(days=6)
        working = len({(m, c) for m, c, s, e in jobs if s <= sunday and (e is None or e >= sunday)})
        y, w = iso_week(monday)
        points.append(WeekPoint(y, w, n, f, target, working))
    return tuple(points)


def team_week(db: Any, iso_year: int, week: int, scope: Scope = ALL) -> TeamWeek:
    """The weekly meeting's figures for ISO week ``iso_year``-W``week``."""
    conn = _conn(db)
    start = week_start(iso_year, week)
    end = start + timedelta(days=6)
    members = _members(conn, scope)
    # Caseload per member at the end of the week.
    caseload: dict[str, int] = dict(
        conn.execute(  # type: ignore[arg-type]
            select(client_t.c.member_id, func.count())
            .where(_in_service(end, end), scope.where(client_t.c.member_id))
            .group_by(client_t.c.member_id)
        ).all()
    )
    window = _window_contacts(conn, start - timedelta(weeks=CHART_WEEKS - 1), end, scope)
    contacts: dict[str, list[int]] = {}
    week_f2f: set[tuple[str, str]] = set()
    for member, ref, on, face in window:
        if on >= start:
            row = contacts.setdefault(member, [0, 0])
            row[0] += 1
            row[1] += face
            if face:
                week_f2f.add((member, ref))
    rows = []
    for mem in members:
        file_date = mem.exported_at.date()
        n, f = contacts.get(mem.member_id, [0, 0])
        rows.append(
            MemberWeek(
                mem.member_id,
                mem.name,
                int(caseload.get(mem.member_id, 0)),
                _scaled(CASELOAD_TARGET, mem.fte_percent),
                n,
                f,
                _scaled(CONTACT_TARGET, mem.fte_percent),
                file_date,
                bool(mem.own_store),
                file_date < end and not mem.own_store,
                str(mem.team_id),
            )
        )
    for member_id, name in _roster_missing(conn, scope):
        rows.append(MemberWeek(member_id, name, 0, 0, 0, 0, 0, None, False, True))
    new_agreements = _count_persons(
        conn,
        select(client_t.c.member_id, client_t.c.code).where(
            client_t.c.agreement_date >= start,
            client_t.c.agreement_date <= end,
            scope.where(client_t.c.member_id),
        ),
    )
    days = _first_contacts(conn, start, end, week_f2f)
    job_starts, job_ends = conn.execute(
        select(
            _count_if(and_(job_t.c.start_on >= start, job_t.c.start_on <= end)),
            _count_if(and_(job_t.c.end_on >= start, job_t.c.end_on <= end)),
        ).where(scope.where(job_t.c.member_id))
    ).one()
    due, done = _follow_along(conn, start, end, scope)
    figures: dict[str, int | float | None] = {
        "caseload": sum(r.caseload for r in rows),
        "employer_contacts": sum(r.contacts for r in rows),
        "face_to_face": sum(r.face_to_face for r in rows),
        "new_agreements": new_agreements,
        "first_contacts": len(days),
        "first_within_30": sum(d <= FIRST_CONTACT_DAYS for d in days),
        "median_days_first": statistics.median(days) if days else None,
        "job_starts": int(job_starts),
        "job_ends": int(job_ends),
        "working": _working_on(conn, end, scope),
        "working_subsidy": _working_on(conn, end, scope, subsidy=True),
        "follow_along_due": due,
        "follow_along_done": done,
    }
    return TeamWeek(
        iso_year,
        week,
        start,
        end,
        tuple(rows),
        _phases_at(conn, end, scope),
        figures,
        _week_points(conn, iso_year, week, scope, members, window),
    )


# -- the period outcome report -----------------------------------------------------------


@dataclass(frozen=True)
class Outcomes:
    start: date
    end: date
    figures: dict[str, int | float | None]  # keys of definitions.FIGURES, in report order
    members: int  # members whose data is included
    stale: tuple[str, ...]  # names of members whose file is older than the period's end


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


STEP_KEYS = {
    StepKind.EDUCATION.value: "step_education",
    StepKind.WORK_TRIAL.value: "step_work_trial",
    StepKind.VOLUNTEERING.value: "step_volunteering",
    StepKind.APPRENTICESHIP.value: "step_apprenticeship",
    StepKind.OTHER.value: "step_other",
}


def outcomes(db: Any, start: date, end: date, scope: Scope = ALL) -> Outcomes:
    """The period outcome report for the days ``start`` … ``end`` (both included)."""
    if end < start:
        raise ValueError("the period ends before it starts")
    conn = _conn(db)
    c = client_t.c
    person = (c.member_id, c.code)
    in_scope = scope.where(c.member_id)

    def persons(*cond: ColumnElement[bool]) -> int:
        return _count_persons(conn, select(*person).where(in_scope, *cond))

    served = _in_service(end, start)
    referred = and_(c.referral_date >= start, c.referral_date <= end)
    # Open-market jobs started in the period, joined to their client.
    job_client = and_(job_t.c.member_id == c.member_id, job_t.c.client_code == c.code)

    def employed(*cond: ColumnElement[bool]) -> int:
        query = (
            select(*person)
            .select_from(client_t.join(job_t, job_client))
            .where(
                in_scope,
                served,
                job_t.c.open_market.is_(True),
                job_t.c.start_on >= start,
                job_t.c.start_on <= end,
                *cond,
            )
        )
        return _count_persons(conn, query)

    in_service = persons(served)
    emp = employed()
    emp_no_subsidy = employed(job_t.c.wage_subsidy.is_(False))
    emp_subsidy = employed(job_t.c.wage_subsidy.is_(True))
    out_of_work = persons(served, c.in_work_at_referral.is_(False))
    emp_out_of_work = employed(c.in_work_at_referral.is_(False))
    in_work_ref = persons(served, c.in_work_at_referral.is_(True))
    smi_in = persons(served, c.severe_mental_illness.is_(True))
    smi_emp = employed(c.severe_mental_illness.is_(True))
    other_in = in_service - smi_in
    other_emp = emp - smi_emp
    worked = _count_persons(
        conn,
        select(job_t.c.member_id, job_t.c.client_code).where(
            scope.where(job_t.c.member_id),
            job_t.c.open_market.is_(True),
            job_t.c.start_on <= end,
            or_(job_t.c.end_on.is_(None), job_t.c.end_on >= start),
        ),
    )
    jobs_started, jobs_open = conn.execute(
        select(func.count(), _count_if(job_t.c.open_market.is_(True))).where(
            scope.where(job_t.c.member_id),
            job_t.c.start_on >= start,
            job_t.c.start_on <= end,
        )
    ).one()
    steps = dict.fromkeys(STEP_KEYS.values(), 0)
    step_persons = (
        select(step_t.c.kind, step_t.c.member_id, step_t.c.client_code)
        .where(
            scope.where(step_t.c.member_id),
            step_t.c.start_on >= start,
            step_t.c.start_on <= end,
        )
        .distinct()
        .subquery()
    )
    for kind, n in conn.execute(
        select(step_persons.c.kind, func.count()).group_by(step_persons.c.kind)
    ):
        steps[STEP_KEYS.get(kind, "step_other")] += int(n)
    figures: dict[str, int | float | None] = {
        "referrals": persons(referred),
        "referrals_no_agreement": persons(
            referred, or_(c.agreement_date.is_(None), c.agreement_date > end)
        ),
        "agreements_new": persons(c.agreement_date >= start, c.agreement_date <= end),
        "in_service": in_service,
        "employed": emp,
        "employed_subsidy": emp_subsidy,
        "employed_no_subsidy": emp_no_subsidy,
        "worked": worked,
        "jobs_started": int(jobs_started),
        "jobs_started_open": int(jobs_open),
        **steps,
        "employment_rate": _rate(emp, in_service),
        "employment_rate_no_subsidy": _rate(emp_no_subsidy, in_service),
        "employment_rate_out_of_work": _rate(emp_out_of_work, out_of_work),
        "in_work_at_referral": _rate(in_work_ref, in_service),
        "smi_in_service": smi_in,
        "smi_employed": smi_emp,
        "smi_rate": _rate(smi_emp, smi_in),
        "other_in_service": other_in,
        "other_employed": other_emp,
        "other_rate": _rate(other_emp, other_in),
    }
    members = _members(conn, scope)
    stale = tuple(
        m.name for m in members if not m.own_store and m.exported_at.date() < end
    ) + tuple(name for _, name in _roster_missing(conn, scope))
    return Outcomes(start, end, figures, len(members), stale)


def week_range(iso_year: int, week: int) -> tuple[date, date]:
    start = week_start(iso_year, week)
    return start, start + timedelta(days=6)


def member_names(db: Any, scope: Scope = ALL) -> Iterable[str]:
    return [m.name for m in _members(_conn(db), scope)]
