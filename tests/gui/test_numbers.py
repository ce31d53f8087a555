"""Numbers follow the language: "25,5" hours is accepted in Finnish and Swedish and
shown with a comma; a non-number is told to be one, not "out of range"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit

from ipsdesk.core.domain import records as specs
from ipsdesk.core.services.validation import (
    E_NOT_NUMBER,
    E_NOT_WHOLE,
    E_NUMBER,
    ValidationError,
    validate,
)
from ipsdesk.ui.kit.forms import FormWidget, format_number, parse_number
from ipsdesk.ui.kit.i18n import install_translators

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25,5", 25.5),
        ("25.5", 25.5),
        (" 40 ", 40.0),
        ("0,25", 0.25),
        ("", None),
        ("25,5h", "25,5h"),
    ],
)
def test_parse_number(text: str, value: object) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("lang", "text"), [("fi", "37,5"), ("sv", "37,5"), ("en", "37.5")])
def test_hours_with_a_comma_are_saved_and_shown_in_the_language(qapp, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, lang)
    assert format_number(37.5) == text and format_number(40.0) == "40"
    form = FormWidget(specs.SPECS["job"])
    form.set_values({"hours_per_week": 37.5})
    hours = form.editors["hours_per_week"]
    assert isinstance(hours, QLineEdit) and hours.text() == text
    hours.setText("25,5")
    values = form.values()
    assert values["hours_per_week"] == 25.5
    values.update(employer_id=1, title="Kirjastoapulainen", start_on=TODAY)
    clean = validate(specs.SPECS["job"], values, TODAY)
    assert clean["hours_per_week"] == 25.5


def test_not_a_number_is_not_called_out_of_range(qapp) -> None:  # type: ignore[no-untyped-def]
    job = specs.SPECS["job"]
    base = {"employer_id": 1, "title": "Kirjastoapulainen", "start_on": TODAY}
    with pytest.raises(ValidationError) as exc:
        validate(job, base | {"hours_per_week": "kaksikymmentä"}, TODAY)
    assert exc.value.errors["hours_per_week"][0] == E_NOT_NUMBER
    with pytest.raises(ValidationError) as exc:
        validate(job, base | {"hours_per_week": 90.0}, TODAY)
    assert exc.value.errors["hours_per_week"] == (E_NUMBER, ("0", "80"))
    history = specs.SPECS["work_history"]
    year = next(f.name for f in history.fields if f.kind is specs.Kind.YEAR)
    with pytest.raises(ValidationError) as exc:
        validate(history, {"title": "Varastotyö", year: "2012.5"}, TODAY)
    assert exc.value.errors[year] == (E_NOT_WHOLE, ())
