"""Issue 16: the plan tab shows the lines ipsdesk composed into a plan in the UI
language (like its headings), whatever language they were composed in; the client's
own words as typed."""

from __future__ import annotations

from datetime import date

from ipsdesk.core.domain.plan_document import FieldChange, PlanDiff, PlanVersion
from ipsdesk.ui.kit.i18n import install_translators
from ipsdesk.ui.plan.view import diff_html, version_html


def plan(preferences: str, sharing: str, version: int = 1) -> PlanVersion:
    return PlanVersion(
        client_id=1,
        version=version,
        made_on=date(2026, 10, 24),
        goal="Haluan töihin: puutarhaan",
        strengths="",
        preferences=preferences,
        support_agreed="",
        meeting_frequency="",
        sharing=sharing,
        benefits="Tehty 24.10.2026, Etuusneuvoja: Kuntoutustuki",
        next_review_on=None,
        steps=(),
    )


def test_the_plan_view_composes_in_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    finnish = plan("Työaika: 20 h/vko", "Hoitotiimi: Työtiedot (suostumus annettu 21.10.2026)")
    install_translators(qapp, "sv")
    html = version_html(finnish)
    assert "Arbetstid: 20 h/vko" in html
    assert "Vårdteam: Työtiedot (samtycke givet 21.10.2026)" in html
    assert "Genomförd 24.10.2026, Etuusneuvoja: Kuntoutustuki" in html
    assert "Haluan töihin: puutarhaan" in html  # the client's own words
    for word in ("Työaika", "Hoitotiimi", "suostumus", "Tehty"):
        assert word not in html, word
    install_translators(qapp, "en")
    html = version_html(finnish)
    assert "Working hours: 20 h/vko" in html  # dates in the UI's d.m.yyyy
    assert "Care team: Työtiedot (consent given 21.10.2026)" in html

    newer = plan("Työaika: 25 h/vko", finnish.sharing, version=2)
    change = FieldChange(
        "preferences", ("ActionPlan", "Wishes for work"), "Työaika: 20 h/vko", "Työaika: 25 h/vko"
    )
    text = diff_html(PlanDiff(1, 2, (change,), (), (), ()), finnish)
    assert "Working hours: 20 h/vko" in text and "Working hours: 25 h/vko" in text
    assert newer.preferences == "Työaika: 25 h/vko"  # the stored text itself unchanged
