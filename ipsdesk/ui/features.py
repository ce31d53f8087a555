"""Features that plug into the main window: each module has ``install(window)``.

A feature adds its pages (``window.add_page``), menu actions (``window.file_menu``,
``window.go_menu``, ``window.tools_menu``), client-workspace tabs
(``window.workspace.add_tab``) and shortcuts, and listens to ``window.ops.changed``.
Keeping the list here means a feature's code lives in its own module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsdesk.ui.main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "ipsdesk.ui.plan.tab",
    "ipsdesk.ui.employers.quick_log",
    "ipsdesk.ui.employers.register",
    "ipsdesk.ui.week.page",
    "ipsdesk.ui.client.employer_contacts_tab",
    "ipsdesk.ui.safety.actions",
    "ipsdesk.ui.settings.dialog",
    "ipsdesk.ui.client.privacy_tab",
)


def install_all(window: MainWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
