"""Crash reports and the app's log file, both free of client data.

:func:`install_excepthook` makes an unhandled exception (main thread or any other)
write ``logs/crash-<UTC time>.txt``; the next start finds it with
:func:`pending_crash_reports`, tells the user, and calls :func:`acknowledge`.

What a report contains, and why no client data can be in it:

* ipsdesk's version, Python's, the platform;
* the exception's **type** and, for OS errors, the errno name (``ENOSPC``) — never the
  exception's message, which may quote data (SQLAlchemy puts SQL parameters in it);
* for each frame: file (trimmed to the package-relative path, so the user's home
  folder name is not in it either), line number, function name and the source line
  — never local variables or their reprs.

:func:`setup_logging` writes ``logs/ipsdesk.log`` (rotating, 3 × 1 MB). Log messages
must be constant codes with ids (``"backup.made id=%s"``), never names or notes;
tracebacks in the log go through the same scrubbing as crash reports.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from ipsdesk import __version__
from ipsdesk.core.i18n import QT_TRANSLATE_NOOP
from ipsdesk.core.paths import DataPaths

LOG_NAME = "ipsdesk.log"
LOGGER = "ipsdesk"
CRASH_PREFIX = "crash-"
SEEN_SUFFIX = ".seen.txt"
KEEP_REPORTS = 20

CRASH_NOTICE = QT_TRANSLATE_NOOP(
    "Safety",
    "ipsdesk closed unexpectedly last time. A crash report without any client data "
    "was saved in %1. Your saved work is in the store.",
)


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("ipsdesk", "site-packages", "lib"):
        if anchor in parts:
            idx = len(parts) - 1 - parts[::-1].index(anchor)
            start = idx if anchor == "ipsdesk" else idx + 1
            return "/".join(parts[start:])
    return Path(filename).name


def _describe(exc: BaseException) -> str:
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    if isinstance(exc, OSError) and exc.errno is not None:
        name += f" [{errno.errorcode.get(exc.errno, exc.errno)}]"
    return name


def scrubbed_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The traceback as text: exception types and code locations only (see module doc)."""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, current.__traceback__ if current is not exc else tb, link))
        if current.__cause__ is not None:
            link, current = "caused by", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, current = "while handling", current.__context__
        else:
            current = None
    lines: list[str] = []
    for item, item_tb, how in chain:
        if how:
            lines.append(f"--- {how} ---")
        lines.append(f"Exception: {_describe(item)}")
        for frame in traceback.extract_tb(item_tb):
            where = _short_path(frame.filename)
            lines.append(f'  File "{where}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines) + "\n"


def crash_report_text(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    when: datetime | None = None,
) -> str:
    import platform  # only when writing a report: start-up does not pay for it

    when = when or datetime.now(UTC)
    head = [
        "ipsdesk crash report (contains no client data)",
        f"time: {when.astimezone(UTC).isoformat(timespec='seconds')}",
        f"version: {__version__}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"thread: {threading.current_thread().name}",
        "",
    ]
    return "\n".join(head) + scrubbed_traceback(exc_type, exc, tb)


def write_crash_report(
    paths: DataPaths,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    """Write one report; never raises (a failing crash handler must not hide the crash)."""
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        when = datetime.now(UTC)
        name = f"{CRASH_PREFIX}{when:%Y%m%dT%H%M%S%f}Z.txt"
        target = paths.logs / name
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(crash_report_text(exc_type, exc, tb, when=when))
            fh.flush()
            os.fsync(fh.fileno())
        _prune(paths)
        return target
    except Exception:  # pragma: no cover - last line of defence
        return None


def _prune(paths: DataPaths) -> None:
    reports = sorted(paths.logs.glob(f"{CRASH_PREFIX}*.txt"))
    for old in reports[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)


Notify = Callable[[Path | None], None]
_notify: list[Notify] = []  # the app's "tell the user" (one at a time: the newest)


def set_notify(notify: Notify | None) -> None:
    """Who tells the user about an exception that reached the top (the GUI sets one:
    a message, and the app keeps running); ``None``: the previous hook prints it."""
    _notify[:] = [notify] if notify is not None else []


def unset_notify(notify: Notify) -> None:
    """Remove ``notify`` if it is still the one set (a closing window's)."""
    if _notify and _notify[0] == notify:
        _notify.clear()


def install_excepthook(paths: DataPaths) -> None:
    """Route unhandled exceptions (all threads, and those a Qt slot raises into the event
    loop) to a crash report; then to the app's notifier (:func:`set_notify`) if one is
    set, else to the previous hook. Installing again for other ``paths`` (the demo
    store's folder) replaces the folder, not the chain."""
    global _hook_paths
    _hook_paths = paths
    if getattr(sys.excepthook, "_ipsdesk", False):
        return
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        report = write_crash_report(_hook_paths, exc_type, exc, tb)
        logging.getLogger(LOGGER).error("crash.report written type=%s", exc_type.__name__)
        if _notify:
            try:
                _notify[0](report)
            except Exception:  # pragma: no cover - a failing notifier must not loop
                previous(exc_type, exc, tb)
            return
        previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            write_crash_report(_hook_paths, args.exc_type, args.exc_value, args.exc_traceback)
        previous_thread(args)

    hook._ipsdesk = True  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = thread_hook


_hook_paths: DataPaths


def pending_crash_reports(paths: DataPaths) -> list[Path]:
    """Crash reports not yet shown to the user, oldest first."""
    if not paths.logs.is_dir():
        return []
    return sorted(
        p for p in paths.logs.glob(f"{CRASH_PREFIX}*.txt") if not p.name.endswith(SEEN_SUFFIX)
    )


def acknowledge(paths: DataPaths, reports: list[Path] | None = None) -> None:
    """Mark reports as shown (renamed ``*.seen.txt``; kept for support, pruned later)."""
    for report in reports if reports is not None else pending_crash_reports(paths):
        if report.exists() and not report.name.endswith(SEEN_SUFFIX):
            report.replace(report.with_name(report.name[: -len(".txt")] + SEEN_SUFFIX))


class ScrubbingFormatter(logging.Formatter):
    """Formats tracebacks like crash reports: no exception messages, no locals."""

    def formatException(self, ei):  # type: ignore[no-untyped-def]  # noqa: N802
        exc_type, exc, tb = ei
        if exc_type is None or exc is None:
            return ""
        return scrubbed_traceback(exc_type, exc, tb).rstrip("\n")


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> logging.Logger:
    """Log ``ipsdesk.*`` loggers to ``logs/ipsdesk.log`` (rotating); idempotent."""
    import logging.handlers  # socket, pickle…: imported once the window is up

    paths.logs.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER)
    target = str(paths.logs / LOG_NAME)
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) == target:
            return logger
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger
