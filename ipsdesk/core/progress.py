"""How long-running core work reports progress and hears a cancel request, without Qt.

A service that can take a while (importing many files, building a report over years)
takes a ``progress: Progress = NO_PROGRESS`` argument and calls
``progress.progress(done, total, text)`` and ``progress.check_cancelled()`` between its
steps. The GUI's background runner (``ui/kit/runner.py`` ``Task``) implements it; the
command line passes nothing.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def progress(self, done: int, total: int, text: str = "") -> None: ...

    def check_cancelled(self) -> None:
        """Raise (the runner's ``Cancelled``) if the user asked to stop."""
        ...


class _NoProgress:
    def progress(self, done: int, total: int, text: str = "") -> None:
        return None

    def check_cancelled(self) -> None:
        return None


NO_PROGRESS: Progress = _NoProgress()
