"""How features plug into the main window: a typed registration, not attributes on it.

A feature is a module with ``install(host: Host) -> None`` (listed in :data:`FEATURES`).
Through the :class:`Host` (the main window implements it) it adds what it provides:

* menu entries in a named :class:`Section` (never a menu position counted by index),
* full-window pages with their Go-menu entry (:meth:`Host.add_page`),
* tabs of the client workspace (:meth:`Host.add_client_tab`),
* handlers that open a due item's :class:`~ipsdesk.core.domain.due.Target`,

and listens to ``host.ops.changed`` to refresh what a change touched. A feature's code
lives in its own folder; this list is the only place that names them all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from ipsdesk.core.domain.due import Target
    from ipsdesk.ui.client.workspace import ClientWorkspace
    from ipsdesk.ui.kit.ops import Ops


class Section(StrEnum):
    """Named places in the menus, in menu order; each menu shows its sections divided by
    separators (an empty section shows nothing)."""

    FILE_CLIENT = "file.client"  # New client…, Log employer contact…
    FILE_TEAM = "file.team"  # team files: export, import
    FILE_DATA = "file.data"  # back up, backups and restore, check, passphrase
    GO_PAGES = "go.pages"  # Caseload, Search, Week, Employers, Team, Fidelity…
    TOOLS = "tools"  # Settings…, Team…


class Host(Protocol):
    """What a feature may use of the main window."""

    ops: Ops
    workspace: ClientWorkspace
    demo: bool

    def window(self) -> QWidget:
        """The main window itself: the parent of a feature's dialogs."""
        ...

    def add_action(
        self,
        section: Section,
        text: str,
        slot: Callable[[], Any],
        *,
        shortcut: str | None = None,
        name: str = "",
        application_wide: bool = False,
    ) -> QAction:
        """A menu entry (off while the app is locked); ``application_wide`` shortcuts work
        from every window of the app, open dialogs included."""
        ...

    def add_page(
        self,
        page: QWidget,
        text: str,
        *,
        shortcut: str | None = None,
        name: str = "",
        on_show: Callable[[], Any] | None = None,
    ) -> QAction:
        """A full-window page and its Go-menu entry (which shows it, then ``on_show``)."""
        ...

    def show_page(self, page: QWidget) -> bool:
        """Show a page (not while locked); True when shown."""
        ...

    def show_caseload(self) -> None: ...

    def add_client_tab(self, widget: QWidget, title: str, *, section: str = "") -> None:
        """A tab of the client workspace; it loads on ``workspace.client_opened``."""
        ...

    def add_target_handler(self, place: str, handler: Callable[[Target], bool]) -> None:
        """Who opens a due item's target of ``place`` (e.g. ``"employer"``)."""
        ...

    def open_target(self, target: Target) -> bool: ...

    def open_client(self, client_id: int) -> bool: ...

    def current_client_id(self) -> int | None:
        """The client open in the workspace or selected in the caseload, if any."""
        ...

    def is_locked(self) -> bool: ...

    def show_message(self, text: str, ms: int = 8000) -> None:
        """A line in the status bar."""
        ...

    def set_idle_lock(self, minutes: int) -> None: ...


FEATURES: tuple[str, ...] = (
    "ipsdesk.ui.plan.tab",
    "ipsdesk.ui.employers.quick_log",
    "ipsdesk.ui.week.page",
    "ipsdesk.ui.employers.register",
    "ipsdesk.ui.team_reports.page",
    "ipsdesk.ui.client.employer_contacts_tab",
    "ipsdesk.ui.safety.actions",
    "ipsdesk.ui.settings.dialog",
    "ipsdesk.ui.client.privacy_tab",
    "ipsdesk.ui.team.actions",
    "ipsdesk.ui.fidelity.page",
)


def install_all(host: Host) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(host)
