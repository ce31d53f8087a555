"""Start-up time and size of the frozen app, against a bare PySide6 window frozen alike.

Usage (after ``make dist``)::

    .venv/bin/python bench/bench_startup.py [--runs 7] [--platform offscreen]

Builds ``bench/bare.spec`` into ``bench/out/`` when needed, then times, as a median of
``--runs`` runs after one discarded warm-up round (so the files are in the page cache,
like a second start on a laptop), the cases taking turns run by run (so a change in
the machine's load falls on all of them alike):

* the bare window (``bare --quit-when-ready``): the yardstick;
* ``ipsdesk --version``: the frozen command line (Python, no Qt);
* ``ipsdesk --data-dir … --quit-when-ready``: the main window on an existing store, up
  with its unlock page and ready for typing: what a specialist sees every morning (the
  storage stack is imported in the background while the passphrase is typed);
* ``ipsdesk --data-dir … --passphrase-file … --quit-when-ready``: on to the caseload
  with no typing to hide behind (unlock, check, open, build the work);
* ``ipsdesk --demo --quit-when-ready``: to the caseload, demo store built first.

and prints the bundle size on disk with its largest parts. Target: main window within
1.5 times the bare window; bundle under 150 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
PASSPHRASE = "Bench-salasana 1"


def exe_path(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def app_executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "ipsdesk.app" / "Contents" / "MacOS" / "ipsdesk-cli"
    return exe_path(dist / "ipsdesk", "ipsdesk-cli" if sys.platform == "win32" else "ipsdesk")


def build_bare(force: bool) -> Path:
    bare = exe_path(OUT / "dist" / "bare", "bare")
    if bare.exists() and not force:
        return bare
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath",
         str(OUT / "dist"), "--workpath", str(OUT / "build"), str(ROOT / "bench" / "bare.spec")],
        check=True,
    )  # fmt: skip
    return bare


def time_rounds(
    cases: Sequence[tuple[str, Sequence[str]]], env: dict[str, str], runs: int
) -> dict[str, list[float] | str]:
    """Wall-clock seconds per case over ``runs`` rounds (after a warm-up round), the
    cases taking turns; a case that fails once is reported with why."""
    results: dict[str, list[float] | str] = {name: [] for name, _ in cases}
    for i in range(runs + 1):
        for name, cmd in cases:
            if isinstance(results[name], str):
                continue
            started = time.perf_counter()
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
            elapsed = time.perf_counter() - started
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["?"])[-1]
                results[name] = f"exit {proc.returncode}: {last[:70]}"
            elif i:
                times = results[name]
                assert isinstance(times, list)
                times.append(elapsed)
    return results


def disk_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 12) -> list[tuple[int, str]]:
    """The biggest files and folders, a folder counted once (Qt's lib/ split per file)."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: list[tuple[int, str]] = []
    for child in internal.iterdir():
        if child.is_symlink():
            continue
        if child.name == "PySide6":
            for sub in child.rglob("*"):
                if sub.is_file() and not sub.is_symlink() and sub.stat().st_size > 1_000_000:
                    parts.append((sub.stat().st_size, str(sub.relative_to(internal))))
            rest = disk_size(child) - sum(
                s for s, name in parts if name.startswith("PySide6")
            )  # fmt: skip
            parts.append((rest, "PySide6/ (everything else)"))
        else:
            parts.append((disk_size(child), child.name + ("/" if child.is_dir() else "")))
    return sorted(parts, reverse=True)[:count]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (xcb needs X)")
    parser.add_argument("--rebuild-bare", action="store_true")
    args = parser.parse_args(argv)

    app = app_executable(args.dist)
    if not app.exists():
        print(f"no frozen app at {app}: run 'make dist' first", file=sys.stderr)
        return 2
    bare = build_bare(args.rebuild_bare)
    tmp = Path(tempfile.mkdtemp(prefix="ipsdesk-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM=args.platform, IPSDESK_DATA_DIR=str(tmp / "unused"))
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700)
    env.setdefault("XDG_RUNTIME_DIR", str(runtime))
    try:
        data, pf = tmp / "data", tmp / "pass.txt"
        pf.write_text(PASSPHRASE + "\n", encoding="utf-8")
        subprocess.run(
            [str(app), "--data-dir", str(data), "init", "--passphrase-file", str(pf),
             "--name", "Bench Testinen", "--recovery-out", str(tmp / "recovery.txt")],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        own = [str(app), "--data-dir", str(data)]
        cases = [
            ("bare PySide6 window (frozen)", [str(bare), "--quit-when-ready"]),
            ("ipsdesk --version (frozen CLI)", [str(app), "--version"]),
            ("ipsdesk own store: unlock page", [*own, "--quit-when-ready"]),
            (
                "ipsdesk own store: to caseload",
                [*own, "--passphrase-file", str(pf), "--quit-when-ready"],
            ),
            ("ipsdesk --demo: to caseload", [str(app), "--demo", "--quit-when-ready"]),
        ]
        results = time_rounds(cases, env, args.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    base = results[cases[0][0]]
    base_median = statistics.median(base) if isinstance(base, list) else None
    print(f"\nStart-up, {args.runs} runs after a warm-up, QT_QPA_PLATFORM={args.platform}")
    print(f"  {'case':<36} {'median':>8} {'min':>8} {'max':>8} {'× bare':>7}")
    for name, res in results.items():
        if isinstance(res, str):
            print(f"  {name:<36} n/a ({res})")
            continue
        med = statistics.median(res)
        ratio = f"{med / base_median:.2f}" if base_median else "-"
        print(f"  {name:<36} {med:8.3f} {min(res):8.3f} {max(res):8.3f} {ratio:>7}")

    bundle = app.parent if sys.platform != "darwin" else args.dist / "ipsdesk.app"
    archives = sorted(args.dist.glob("ipsdesk-*.*"))
    print("\nSize on disk (MB)")
    print(f"  ipsdesk bundle        {disk_size(bundle) / 1e6:7.1f}  (target < 150)")
    for archive in archives:
        print(f"  {archive.name:<21} {disk_size(archive) / 1e6:7.1f}")
    print(f"  bare window bundle    {disk_size(bare.parent) / 1e6:7.1f}")
    print("  largest parts of the ipsdesk bundle:")
    for size, name in largest_parts(bundle):
        print(f"    {size / 1e6:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
