"""The hub's messages say "nothing was sent" only when a send was stopped: testing the
connection (and reporting from the hub) sends nothing, so its failures do not claim so.

Real failures, no server needed: nothing set up, and a port nobody listens on."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from sqlmodel import Session

from ipsdesk.core.hub import config, service
from ipsdesk.core.hub import reports as hub_reports
from ipsdesk.core.hub.errors import HubError
from ipsdesk.core.i18n import Catalog
from ipsdesk.core.reports import queries
from ipsdesk.core.team import membership

_SPAN = (date(2026, 1, 1), date(2026, 12, 31))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _nowhere() -> config.HubConfig:
    return config.HubConfig("127.0.0.1", _closed_port(), "hub", "aino", "pw", "disable")


def _text(err: HubError, lang: str = "en") -> str:
    return err.text(Catalog(lang).tr)


def test_test_connection_failures_say_nothing_about_sending() -> None:
    with pytest.raises(HubError) as unset:
        service.check(config.HubConfig("", 5432, "", ""))
    assert unset.value.kind == "not_configured"
    assert _text(unset.value) == "No team hub is set up (Tools → Team hub); no connection was made."
    cfg = _nowhere()
    with pytest.raises(HubError) as down:
        service.check(cfg)
    assert down.value.kind == "unreachable"
    said = _text(down.value)
    assert said.startswith(f"The team hub {cfg.describe()} cannot be reached")
    assert "sent" not in said
    for lang, word in (("fi", "lähet"), ("sv", "skick")):
        translated = _text(down.value, lang)
        assert cfg.describe() in translated and translated != said
        assert word not in translated.lower(), translated
        assert word not in _text(unset.value, lang).lower()


def test_a_report_from_an_unreachable_hub_says_nothing_about_sending() -> None:
    with pytest.raises(HubError) as down:
        hub_reports.run_report(_nowhere(), lambda db, sc: queries.outcomes(db, *_SPAN, sc))
    assert down.value.kind == "unreachable" and "sent" not in _text(down.value)


def test_the_send_still_says_nothing_was_sent(session: Session) -> None:
    with pytest.raises(HubError) as unset:
        service.send_store(session)
    assert unset.value.kind == "not_configured"
    assert _text(unset.value) == "No team hub is set up (Tools → Team hub); nothing was sent."
    assert "mitään ei lähetetty" in _text(unset.value, "fi")
    membership.create_team(session, "IPS-tiimi Testilä")
    config.save(session, _nowhere())
    session.commit()
    with pytest.raises(HubError) as down:
        service.send_store(session)
    assert down.value.kind == "unreachable"
    assert "cannot be reached" in _text(down.value) and "Nothing was sent" in _text(down.value)
    assert "Ingenting skickades" in _text(down.value, "sv")
