"""Features plug into the window through the typed registration (ui/features.py): each
menu entry lands in its named section, pages get their Go-menu entry, and everything a
feature added is off while the app is locked."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from ipsdesk.core.domain.due import Target
from ipsdesk.ui.features import Section
from ipsdesk.ui.main_window import MainWindow


def entries(menu: QMenu) -> list[str]:
    """The menu as a person sees it: names of the entries, "-" for a visible separator
    (Qt collapses repeated separators and hides them at either end)."""
    out: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            if out and out[-1] != "-":
                out.append("-")
        else:
            out.append(action.objectName() or action.text())
    while out and out[-1] == "-":
        out.pop()
    return out


def test_menus_are_built_from_named_sections(window: MainWindow) -> None:
    assert entries(window.file_menu) == [
        "act_new_client",
        "act_quick_log",
        "-",
        "act_team_export",
        "act_team_import",
        "-",
        "act_backup_now",
        "act_backups",
        "act_check",
        "act_passphrase",
        "-",
        "&Quit",
    ]
    assert entries(window.go_menu) == [
        "act_caseload",
        "act_search",
        "act_week",
        "act_employers",
        "act_team_reports",
        "act_fidelity",
        "-",
        "act_lock",
    ]
    assert entries(window.tools_menu) == ["act_settings", "act_team", "act_team_hub"]


def test_a_new_feature_lands_in_its_section_and_is_off_while_locked(
    window: MainWindow,
) -> None:
    shown: list[str] = []
    page = QLabel("team page")
    go = window.add_page(page, "&Team", name="act_team", on_show=lambda: shown.append("team"))
    export = window.add_action(Section.FILE_TEAM, "&Export team file…", lambda: None, name="x")
    assert entries(window.file_menu)[2:7] == ["-", "act_team_export", "act_team_import", "x", "-"]
    assert entries(window.go_menu)[-3:] == ["act_team", "-", "act_lock"]
    go.trigger()
    assert window.stack.currentWidget() is page and shown == ["team"]
    window.lock()
    assert not go.isEnabled() and not export.isEnabled()
    go.trigger()  # a shortcut cannot reach a page while locked
    assert window.stack.currentWidget() is window.lock_page and shown == ["team"]


def test_due_targets_go_to_the_feature_that_handles_their_place(window: MainWindow) -> None:
    seen: list[Target] = []
    window.add_target_handler("team", lambda t: seen.append(t) or True)
    assert window.open_target(Target("team", 7)) is True
    assert seen == [Target("team", 7)]
    assert window.open_target(Target("nowhere", 1)) is False


def test_every_menu_entry_of_a_feature_is_a_window_action(window: MainWindow) -> None:
    """Menu entries are window actions, so that the lock turns them off with the rest."""
    own = set(window.actions())
    for menu in (window.file_menu, window.go_menu, window.tools_menu):
        for action in menu.actions():
            assert isinstance(action, QAction)
            assert action.isSeparator() or action in own, action.objectName()
