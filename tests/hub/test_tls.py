"""TLS to the hub: verify-full (the default) checks the certificate AND the host name."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ipsdesk.core.hub import admin, config, migrate, service
from ipsdesk.core.hub.errors import HubError
from tests.helpers import pgserver


@pytest.fixture(scope="module")
def tls_pg() -> Iterator[pgserver.PgServer]:
    root = Path(tempfile.mkdtemp(prefix="ipsdesk-pg-tls-"))
    server = pgserver.start_server(root, tls_names="DNS:localhost")  # not 127.0.0.1
    try:
        eng = config.engine(server.url())  # superuser, sets the schema up in "postgres"
        admin.init_schema(eng)
        eng.dispose()
        yield server
    finally:
        server.stop()
        pgserver.remove(root)


def _cfg(server: pgserver.PgServer, host: str, sslmode: str, ca: Path | str) -> config.HubConfig:
    return config.HubConfig(
        server=host, port=server.port, database="postgres", user=pgserver.SUPERUSER,
        password=pgserver.SUPERPASSWORD, sslmode=sslmode, sslrootcert=str(ca),
    )  # fmt: skip


def test_verify_full_with_the_county_ca_and_the_right_name_connects(tls_pg) -> None:  # type: ignore[no-untyped-def]
    report = service.check(_cfg(tls_pg, "localhost", "verify-full", tls_pg.ca_file))
    assert report.server_version.startswith(("15", "16", "17", "18"))
    eng = config.engine(_cfg(tls_pg, "localhost", "verify-full", tls_pg.ca_file))
    try:
        with eng.connect() as conn:
            assert (
                conn.exec_driver_sql(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                ).scalar()
                is True
            )
    finally:
        eng.dispose()


def test_verify_full_refuses_a_name_the_certificate_does_not_carry(tls_pg) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HubError) as err:
        service.check(_cfg(tls_pg, "127.0.0.1", "verify-full", tls_pg.ca_file))
    assert err.value.kind == "tls"
    # verify-ca checks only the signature: the same connection goes through
    assert (
        service.check(_cfg(tls_pg, "127.0.0.1", "verify-ca", tls_pg.ca_file)).schema
        == migrate.HEAD_REVISION
    )


def test_verify_full_refuses_a_certificate_of_another_ca(tls_pg, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other_ca, _, _ = pgserver.make_certificates(tmp_path)
    with pytest.raises(HubError) as err:
        service.check(_cfg(tls_pg, "localhost", "verify-full", other_ca))
    assert err.value.kind == "tls"
    assert "secure (TLS) connection" in err.value.text()
