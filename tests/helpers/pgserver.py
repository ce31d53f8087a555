"""A throw-away PostgreSQL server for the hub tests (and ``bench/bench_hub.py``).

Debian's server binaries (``postgresql`` package) refuse to run as root, and CI runs as
root: the cluster is created in a temporary folder owned by the ``postgres`` system user
and the server runs as that user (``runuser``), listening on 127.0.0.1 and a free port
only (no Unix socket in a shared place). The superuser is ``postgres`` with a password
(scram), so tests connect over TCP exactly like the app does.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

SUPERUSER = "postgres"
SUPERPASSWORD = "hub-test-superuser"  # an invented password for a throw-away server


def find_bindir() -> Path | None:
    """The newest installed server's bin folder, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/postgres"),
        key=lambda p: int(Path(p).parent.parent.name),
    )
    return Path(found[-1]).parent if found else None


def missing_reason() -> str | None:
    """Why no server can be started here (None: it can)."""
    if find_bindir() is None:
        return "PostgreSQL server binaries absent (apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "no 'postgres' system user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    datadir: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None
    extra: tuple[str, ...] = ()  # more server options (-c name=value)
    ca_file: Path | None = None  # with TLS: the CA that signed the server's certificate

    host = "127.0.0.1"

    def url(
        self, user: str = SUPERUSER, password: str = SUPERPASSWORD, db: str = "postgres"
    ) -> str:
        return f"postgresql+psycopg://{user}:{password}@{self.host}:{self.port}/{db}"

    def _as_owner(self, argv: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *argv]
        return argv

    def start(self, timeout: float = 30.0) -> None:
        pwfile = self.datadir.parent / "pw"
        pwfile.write_text(SUPERPASSWORD + "\n")
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for p in (self.datadir.parent, pwfile):
                os.chown(p, owner.pw_uid, owner.pw_gid)
        subprocess.run(
            self._as_owner(
                [
                    str(self.bindir / "initdb"),
                    "-D",
                    str(self.datadir),
                    "-U",
                    SUPERUSER,
                    "--pwfile",
                    str(pwfile),
                    "--auth",
                    "scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale",
                    "C",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=120,
        )
        pwfile.unlink()
        log = self.datadir.parent / "server.log"
        self._log = open(log, "wb")  # noqa: SIM115 - the server writes it for its life
        self.proc = subprocess.Popen(
            self._as_owner(
                [
                    str(self.bindir / "postgres"),
                    "-D",
                    str(self.datadir),
                    "-h",
                    self.host,
                    "-p",
                    str(self.port),
                    "-k",
                    "",  # no Unix socket
                    "-c",
                    "fsync=off",  # a throw-away server: speed over durability
                    "-c",
                    f"log_directory={self.datadir.parent}",
                    *self.extra,
                ]
            ),
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("postgres exited:\n" + log.read_text(errors="replace"))
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    pass
                if self._ready():
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"postgres did not start within {timeout} s")

    def _ready(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(
                host=self.host,
                port=self.port,
                user=SUPERUSER,
                password=SUPERPASSWORD,
                dbname="postgres",
                connect_timeout=2,
            ):
                return True
        except psycopg.OperationalError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: smart shutdown
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path, names: str = "DNS:localhost") -> tuple[Path, Path, Path]:
    """An invented CA and a server certificate for ``names`` (subjectAltName): (ca, crt, key)."""
    ca, ca_key = folder / "ca.crt", folder / "ca.key"
    crt, key, csr = folder / "server.crt", folder / "server.key", folder / "server.csr"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=ipsdesk test CA", "-keyout", str(ca_key), "-out", str(ca))  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
             "-keyout", str(key), "-out", str(csr))  # fmt: skip
    ext = folder / "ext.cnf"
    ext.write_text(f"subjectAltName={names}\n")
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key),
             "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(crt))  # fmt: skip
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for p in (crt, key):
            os.chown(p, owner.pw_uid, owner.pw_gid)
    key.chmod(0o600)
    return ca, crt, key


def start_server(root: Path, *, tls_names: str | None = None) -> PgServer:
    """A running server; with ``tls_names`` (e.g. ``"DNS:localhost"``) TLS is on, with a
    certificate for those names signed by an invented CA (:attr:`PgServer.ca_file`)."""
    bindir = find_bindir()
    assert bindir is not None
    root.mkdir(parents=True, exist_ok=True)
    server = PgServer(bindir=bindir, datadir=root / "data", port=_free_port())
    if tls_names is not None:
        certs = root / "certs"
        certs.mkdir()
        ca, crt, key = make_certificates(certs, tls_names)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(certs, owner.pw_uid, owner.pw_gid)
        server.extra = ("-c", "ssl=on", "-c", f"ssl_cert_file={crt}", "-c", f"ssl_key_file={key}")
        server.ca_file = ca
    server.start()
    return server


def remove(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
