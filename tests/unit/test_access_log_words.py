"""The access log's stored action codes and details in words (core/domain/access_log.py)."""

from __future__ import annotations

import pytest

from ipsdesk.core.domain import access_log
from ipsdesk.core.domain.access_log import action_text, detail_label, detail_text
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.services.audit import Action

EN = Catalog("en").tr


def test_every_action_has_words_in_every_language() -> None:
    assert set(access_log.ACTION_LABELS) == {a.value for a in Action}
    for lang in ("fi", "sv"):
        cat = Catalog(lang)  # the shipped translations
        for code in access_log.ACTION_LABELS:
            assert action_text(code, cat.tr) != action_text(code, EN), (lang, code)
    assert action_text("view", Catalog("fi").tr) == "Avattu"
    assert action_text("export", Catalog("sv").tr) == "Exporterad"
    assert action_text("teleport", EN) == "teleport"  # unknown codes show as stored


@pytest.mark.parametrize(
    ("detail", "words"),
    [
        ("client", "Client's basic details"),
        ("client record", "Client record"),
        ("client_notes", "Notes"),
        ("vocational_profile", "Vocational profile"),
        ("client_contact", "Contact log"),
        ("consent", "Consent to information exchange"),
        ("phase 3", "Phase: Job search"),
        ("service ended", "Service ended"),
        ("service re-opened", "Service re-opened"),
        ("action plan v2", "Action plan, version 2"),
        ("action plan v12 sv", "Action plan, version 12 (Swedish)"),
        ("access log CSV", "Access log (CSV)"),
        ("full record PDF", "Full record (PDF)"),
        ("employer contact", "Employer contact"),
        ("employer contacts", "Employer contacts"),
        ("employer history", "Employer's history"),
        ("client erased", "Client erased"),
        ("team hub", "Team data sent to the team hub"),
        ("team week report 2026-W53 PDF fi", "Team weekly summary, week 53/2026 (PDF, Finnish)"),
        (
            "team outcome report 2026-01-01..2026-06-30 CSV sv",
            "Team period outcome report 1.1.2026–30.6.2026 (CSV, Swedish)",
        ),
        ("team hub week report", "Team week report from the team hub"),
        ("team hub outcome report", "Outcome report from the team hub"),
        ("fidelity review PDF", "Fidelity review, own clients (PDF)"),
        ("team fidelity review CSV", "Fidelity review, whole team (CSV)"),
    ],
)
def test_stored_details_in_english_words(detail: str, words: str) -> None:
    assert detail_label(detail) is not None
    assert detail_text(detail, EN) == words


@pytest.mark.parametrize(
    "detail",
    [
        "",
        "phase 9",
        "action plan",
        "something new",
        "Phase 3",
        "team outcome report 2026-02-30..2026-06-30 CSV fi",  # no such day: as stored
    ],
)
def test_unknown_details_show_as_stored(detail: str) -> None:
    assert detail_label(detail) is None
    assert detail_text(detail, EN) == detail


def test_details_and_their_arguments_translate() -> None:
    fi = Catalog("fi").tr
    assert detail_text("phase 3", fi) == "Vaihe: Työn etsintä"
    assert detail_text("action plan v2 sv", fi) == "Toimintasuunnitelma, versio 2 (Ruotsi)"
    assert detail_text("client_contact", fi) == "Yhteydenpito"
    sv = Catalog("sv").tr
    assert (
        detail_text("team week report 2026-W47 CSV sv", sv)
        == "Teamets veckosammandrag, vecka 47/2026 (CSV, Svenska)"
    )
    assert (
        detail_text("team outcome report 2026-01-01..2026-06-30 PDF fi", fi)
        == "Tiimin jakson tulosraportti 1.1.2026–30.6.2026 (PDF, Suomi)"
    )


def test_labels_are_marked_with_literal_contexts() -> None:
    msgs = [
        *access_log.ACTION_LABELS.values(),
        *access_log.FIXED_DETAILS.values(),
        access_log.PHASE,
        access_log.PLAN_VERSION,
        access_log.PLAN_DOCUMENT,
        access_log.ACCESS_LOG_FILE,
        access_log.FULL_RECORD_FILE,
        access_log.TEAM_WEEK_FILE,
        access_log.TEAM_OUTCOMES_FILE,
    ]
    assert {m.context for m in msgs} == {"AccessLogModel", "AccessLog", "Records"}
