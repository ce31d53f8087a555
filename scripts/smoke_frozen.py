"""Smoke test of the BUILT package (``make dist`` first; ``make smoke`` runs this).

It runs the frozen executables, never the source: in a fresh temporary data folder the
app creates an encrypted store (``init``), opens the main window offscreen
(``--quit-when-ready``) on that store (at its unlock page, and unlocked with a
passphrase file) and on ``--demo`` data, writes a backup, checks
the store, prints the week report and exports a PDF action plan, and opens (and migrates) a store of every released schema from
``tests/fixtures/stores/``. Steps whose subcommand this build does not have are listed
as skipped. Any traceback, Python warning or Qt warning in the output fails the step.
Exits 1 when any step failed.

The source tree is used only to check results (expected version, schema revision).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "stores"
PASSPHRASE = "Savutesti-salasana 1"  # invented; for the throwaway smoke store only
DEMO_CLIENT = "A-0010"  # a client of ipsdesk.core.demo with two action-plan versions
TIMEOUT_S = 180

QT_PATTERN = "qtmsg[%{type}] %{category}: %{message}"
# Known harmless messages, each exact and explained (the tests' qt_log_ignore has it too).
ALLOWED = [
    # The offscreen platform (smoke tests only) cannot size native windows.
    "qtmsg[warning] default: This plugin does not support propagateSizeHints()",
]
BAD_OUTPUT = [
    (re.compile(r"qtmsg\[(warning|critical|fatal)\]"), "Qt warning"),
    (re.compile(r"Traceback \(most recent call last\)"), "traceback"),
    (re.compile(r"\b[A-Z]\w*Warning: "), "Python warning"),
    (re.compile(r"^(QWidget|QObject|QPainter|QLayout|QFont|QPixmap)::", re.M), "Qt warning"),
]


class StepFailed(Exception):
    pass


@dataclass
class Result:
    name: str
    status: str  # "ok", "FAILED", "skipped"
    detail: str = ""
    seconds: float = 0.0


@dataclass
class Smoke:
    cli: Path
    gui: Path
    bundle: Path
    tmp: Path
    env: dict[str, str]
    results: list[Result] = field(default_factory=list)
    help_text: str = ""

    # -- running the frozen app ------------------------------------------------------
    def run(self, exe: Path, args: Sequence[str], *, check_output: bool = True) -> str:
        cmd = [str(exe), *args]
        print(f"  $ {' '.join(cmd)}", flush=True)
        proc = subprocess.run(
            cmd,
            cwd=self.tmp,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
        lines = (proc.stdout + proc.stderr).splitlines()
        for line in lines:
            print(f"    | {line}")
        output = "\n".join(line for line in lines if line.strip() not in ALLOWED)
        if check_output:
            for pattern, what in BAD_OUTPUT:
                if pattern.search(output):
                    raise StepFailed(f"{what} in the output")
        if proc.returncode != 0:
            raise StepFailed(f"exit code {proc.returncode}")
        return proc.stdout

    def step(self, name: str, func: Callable[[], str | None]) -> None:
        print(f"\n== {name}", flush=True)
        started = time.perf_counter()
        try:
            detail = func() or ""
            status = "ok"
        except (StepFailed, subprocess.TimeoutExpired, OSError, AssertionError) as exc:
            detail, status = str(exc) or type(exc).__name__, "FAILED"
        elapsed = time.perf_counter() - started
        print(f"-> {status} {detail}", flush=True)
        self.results.append(Result(name, status, detail, elapsed))

    def skip(self, name: str, why: str) -> None:
        print(f"\n== {name}\n-> skipped: {why}", flush=True)
        self.results.append(Result(name, "skipped", why))

    def has_command(self, *words: str) -> bool:
        """Whether ``ipsdesk [words[:-1]] --help`` lists the subcommand ``words[-1]``."""
        text = self.help_text
        if len(words) > 1:
            try:
                text = self.run(self.cli, [*words[:-1], "--help"])
            except StepFailed:
                return False
        return words[-1] in re.findall(r"^ {4}([a-z][\w-]*)", text, re.M)

    # -- the steps ---------------------------------------------------------------------
    def contents(self) -> str:
        files = [p for p in self.bundle.rglob("*") if p.is_file()]
        rel = [p.relative_to(self.bundle).as_posix() for p in files]
        names = {p.name for p in files}
        for needed in ("ipsdesk_fi.qm", "ipsdesk_sv.qm", "ipsdesk_fi.ts", "ipsdesk_sv.ts"):
            assert needed in names, f"{needed} missing"
        assert any(r.endswith("migrations/env.py") for r in rel), "migrations/env.py missing"
        assert any("migrations/versions/0001" in r for r in rel), "migration 0001 missing"
        assert "DejaVuSans.ttf" in names, "DejaVuSans.ttf missing"
        assert any(
            n.startswith("_sqlite3") and "sqlcipher3" in r
            for n, r in zip((p.name for p in files), rel, strict=True)
        ), "sqlcipher3 extension missing"
        qt_tr = sorted(
            n
            for r, n in zip(rel, (p.name for p in files), strict=True)
            if "/Qt/translations/" in f"/{r}" or "/Qt6/translations/" in f"/{r}"
        )
        extra = [n for n in qt_tr if n not in ("qtbase_fi.qm", "qtbase_sv.qm")]
        assert not extra, f"unwanted Qt translations: {extra[:5]}"
        if any("PySide6" in r for r in rel):
            assert qt_tr == ["qtbase_fi.qm", "qtbase_sv.qm"], f"Qt translations: {qt_tr}"
        test_code = [r for r in rel if re.search(r"(^|/)(tests|pytest|_pytest|pytestqt)/", r)]
        assert not test_code, f"test code in the bundle: {test_code[:3]}"
        missing = missing_qt_libraries(self.bundle)
        assert not missing, f"Qt libraries needed but not shipped: {missing}"
        size = sum(p.stat().st_size for p in files if not p.is_symlink()) / 1e6
        return f"{len(files)} files, {size:.0f} MB; Qt translations: {', '.join(qt_tr) or 'none'}"

    def version(self) -> str:
        out = self.run(self.cli, ["--version"]).strip()
        expected = f"ipsdesk {source_version()}"
        assert out == expected, f"--version says {out!r}, expected {expected!r}"
        return out

    def help(self) -> str:
        self.help_text = self.run(self.cli, ["--help"])
        commands = re.findall(r"^ {4}([a-z][\w-]*)", self.help_text, re.M)
        return "subcommands: " + (", ".join(commands) or "none")

    def init(self, data: Path, passphrase_file: Path) -> str:
        recovery = self.tmp / "recovery.txt"
        self.run(
            self.cli,
            [
                "--data-dir",
                str(data),
                "init",
                "--passphrase-file",
                str(passphrase_file),
                "--name",
                "Savu Testinen",
                "--team",
                "Savutiimi",
                "--recovery-out",
                str(recovery),
            ],
        )
        store = data / "ipsdesk.db"
        assert store.is_file() and (data / "ipsdesk.keys").is_file(), "store files missing"
        assert not store.read_bytes()[:16].startswith(b"SQLite format 3"), "store not encrypted"
        assert recovery.read_text(encoding="utf-8").strip(), "no recovery key written"
        return f"schema {store_revision(data, PASSPHRASE)}"

    def open_window(self, exe: Path, args: Sequence[str], *, check_output: bool = True) -> str:
        started = time.perf_counter()
        self.run(exe, [*args, "--quit-when-ready"], check_output=check_output)
        return f"main window shown and closed in {time.perf_counter() - started:.2f} s"

    def backup(self, data: Path, passphrase_file: Path) -> str:
        before = set(data.rglob("*.ipsdb"))
        self.run(
            self.cli, ["--data-dir", str(data), "--passphrase-file", str(passphrase_file), "backup"]
        )
        new = sorted(set(data.rglob("*.ipsdb")) - before)
        assert new, "no new backup file (*.ipsdb) in the data folder"
        return f"wrote {new[-1].relative_to(data)}"

    def check(self, data: Path, passphrase_file: Path) -> str:
        out = self.run(
            self.cli, ["--data-dir", str(data), "--passphrase-file", str(passphrase_file), "check"]
        )
        return (out.strip().splitlines() or [""])[-1]

    def report_week(self) -> str:
        out = self.run(self.cli, ["--demo", "report", "week", "--format", "json"])
        json.loads(out)
        return f"{len(out)} characters of JSON"

    def plan_export(self) -> str:
        pdf = self.tmp / "plan.pdf"
        # Swedish: the document is translated from the shipped translations/*.ts.
        args = ["--demo", "plan", "export", DEMO_CLIENT, "--lang", "sv", "--out", str(pdf)]
        self.run(self.cli, args)
        assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "no PDF written"
        from pypdf import PdfReader  # a test tool of the source tree, not of the package

        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert DEMO_CLIENT in text, f"{DEMO_CLIENT} not in the PDF's text"
        return f"{pdf.name}: {pdf.stat().st_size} bytes, client code in its text"

    def chart_pdfs(self) -> str:
        """The PDFs with charts (reportlab.graphics), without Pillow: the package ships a
        stand-in PIL (build.spec), so these prove reportlab works without it."""
        made = []
        for name, args in (
            ("fidelity.pdf", ["--demo", "fidelity", "review", "--lang", "sv", "--out"]),
            ("team-week.pdf", ["--demo", "report", "team-week", "--week", "2026-W47", "--out"]),
        ):
            pdf = self.tmp / name
            self.run(self.cli, [*args, str(pdf)])
            assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", f"no {name} written"
            made.append(f"{name}: {pdf.stat().st_size} bytes")
        return "; ".join(made)

    def upgrade(self, fixture: Path) -> str:
        meta = json.loads((fixture / "fixture.json").read_text(encoding="utf-8"))
        data = self.tmp / f"upgrade-{fixture.name}"
        shutil.copytree(fixture, data, ignore=shutil.ignore_patterns("*.json", "*.md"))
        pf = self.tmp / f"upgrade-{fixture.name}.pass"
        pf.write_text(meta["passphrase"] + "\n", encoding="utf-8")
        self.run(
            self.cli,
            ["--data-dir", str(data), "--passphrase-file", str(pf), "--quit-when-ready"],
        )
        now = store_revision(data, meta["passphrase"])
        head = head_revision()
        assert now == head, f"store at {now} after opening, expected {head}"
        if self.has_command("check"):
            self.run(self.cli, ["--data-dir", str(data), "--passphrase-file", str(pf), "check"])
        return f"schema {meta['revision']} -> {now}"


def missing_qt_libraries(bundle: Path) -> list[str]:
    """Qt libraries that a shipped ELF file needs and the bundle lacks (Linux only).

    Guards the plugin trimming of ``scripts/freeze_common.py``: a kept plugin whose Qt
    library was dropped would silently fail to load.
    """
    objdump = shutil.which("objdump")
    if not sys.platform.startswith("linux") or objdump is None:
        return []
    shipped = {p.name for p in bundle.rglob("libQt6*")}
    missing: set[str] = set()
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run([objdump, "-p", str(path)], capture_output=True, text=True).stdout
        for lib in re.findall(r"NEEDED\s+(libQt6\S+)", out):
            if lib not in shipped:
                missing.add(f"{lib} (for {path.name})")
    return sorted(missing)


# -- reading results with the source tree ----------------------------------------------
def source_version() -> str:
    tree = ast.parse((ROOT / "ipsdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return str(ast.literal_eval(node.value))
    raise SystemExit("no __version__ in ipsdesk/__init__.py")


def store_revision(data: Path, passphrase: str) -> str:
    """The Alembic revision of the store in ``data`` (read only, through sqlcipher3)."""
    sys.path.insert(0, str(ROOT))
    from ipsdesk.core.storage.engine import connect_raw
    from ipsdesk.core.storage.keys import KeyEnvelope

    key = KeyEnvelope.load(data / "ipsdesk.keys").unlock(passphrase)
    conn = connect_raw(data / "ipsdesk.db", key)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def head_revision() -> str:
    sys.path.insert(0, str(ROOT))
    from ipsdesk.core.storage.migrate import head_revision as head

    return head()


# -- set-up -----------------------------------------------------------------------------
def locate(dist: Path) -> tuple[Path, Path, Path]:
    """(console executable, windowed executable, bundle folder) of the build in ``dist``."""
    if sys.platform == "win32":
        bundle = dist / "ipsdesk"
        return bundle / "ipsdesk-cli.exe", bundle / "ipsdesk.exe", bundle
    if sys.platform == "darwin":
        bundle = dist / "ipsdesk.app"
        macos = bundle / "Contents" / "MacOS"
        return macos / "ipsdesk-cli", macos / "ipsdesk", bundle
    bundle = dist / "ipsdesk"
    return bundle / "ipsdesk", bundle / "ipsdesk", bundle


def clean_env(tmp: Path) -> dict[str, str]:
    """The caller's environment without Python's variables, homed in ``tmp``.

    Nothing may reach the real user's data: the default data folder points into
    ``tmp`` (and must stay unused), and so do the per-user folders Qt writes to.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    home = tmp / "home"
    runtime = tmp / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_MESSAGE_PATTERN=QT_PATTERN,
        IPSDESK_DATA_DIR=str(tmp / "default-data-must-stay-unused"),
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's dist/")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)

    cli, gui, bundle = locate(args.dist.resolve())
    if not cli.is_file():
        print(f"smoke: no built app at {cli}; run 'make dist' first", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="ipsdesk-smoke-"))
    try:
        smoke = Smoke(cli, gui, bundle, tmp, clean_env(tmp))
        data = tmp / "data"
        passphrase_file = tmp / "passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

        smoke.step("bundle contents", smoke.contents)
        smoke.step("--version", smoke.version)
        smoke.step("--help", smoke.help)
        smoke.step("init: new encrypted store", lambda: smoke.init(data, passphrase_file))
        smoke.step(
            "GUI on the new store (offscreen)",
            lambda: smoke.open_window(
                cli, ["--data-dir", str(data), "--passphrase-file", str(passphrase_file)]
            ),
        )
        smoke.step(
            "GUI unlock page (offscreen)",
            lambda: smoke.open_window(cli, ["--data-dir", str(data)]),
        )
        smoke.step("GUI on --demo data (offscreen)", lambda: smoke.open_window(cli, ["--demo"]))
        if gui != cli:  # the windowed variant has no console: only its exit code tells
            smoke.step(
                f"windowed {gui.name} on --demo data",
                lambda: smoke.open_window(gui, ["--demo"], check_output=False),
            )
        if smoke.has_command("backup"):
            smoke.step("backup", lambda: smoke.backup(data, passphrase_file))
        else:
            smoke.skip("backup", "no 'backup' subcommand in this build")
        if smoke.has_command("check"):
            smoke.step("check (integrity)", lambda: smoke.check(data, passphrase_file))
        else:
            smoke.skip("check (integrity)", "no 'check' subcommand in this build")
        if smoke.has_command("report") and smoke.has_command("report", "week"):
            smoke.step("report week (--demo, JSON)", smoke.report_week)
        else:
            smoke.skip("report week (--demo, JSON)", "no 'report week' subcommand in this build")
        if smoke.has_command("plan") and smoke.has_command("plan", "export"):
            smoke.step("plan export (PDF, --demo)", smoke.plan_export)
        else:
            smoke.skip("plan export (PDF, --demo)", "no 'plan export' subcommand in this build")
        if smoke.has_command("fidelity") and smoke.has_command("report", "team-week"):
            smoke.step("PDFs with charts (fidelity, team week)", smoke.chart_pdfs)
        else:
            smoke.skip("PDFs with charts (fidelity, team week)", "not in this build")
        fixtures = sorted(p.parent for p in FIXTURES.glob("*/fixture.json"))
        if not fixtures:
            smoke.results.append(Result("upgrade fixtures", "FAILED", f"none in {FIXTURES}"))
        for fixture in fixtures:
            smoke.step(
                f"upgrade: store of schema {fixture.name}", lambda f=fixture: smoke.upgrade(f)
            )
        smoke.step("default data folder untouched", lambda: untouched(tmp))
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print("\nSmoke test of the built package", cli)
    width = max(len(r.name) for r in smoke.results)
    for r in smoke.results:
        print(f"  {r.name:<{width}}  {r.status:<7}  {r.seconds:6.2f} s  {r.detail}")
    failed = [r for r in smoke.results if r.status == "FAILED"]
    skipped = [r for r in smoke.results if r.status == "skipped"]
    print(
        f"{len(smoke.results) - len(failed) - len(skipped)} ok, {len(failed)} failed, "
        f"{len(skipped)} skipped"
    )
    return 1 if failed else 0


def untouched(tmp: Path) -> str:
    default = tmp / "default-data-must-stay-unused"
    assert not default.exists(), f"something wrote to the default data folder {default}"
    return "nothing written outside the given folders"


if __name__ == "__main__":
    sys.exit(main())
