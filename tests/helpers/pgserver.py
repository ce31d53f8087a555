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


def start_server(root: Path) -> PgServer:
    bindir = find_bindir()
    assert bindir is not None
    root.mkdir(parents=True, exist_ok=True)
    server = PgServer(bindir=bindir, datadir=root / "data", port=_free_port())
    server.start()
    return server


def remove(root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
