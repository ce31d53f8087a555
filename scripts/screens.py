"""Screenshots of the main views on the demo store, to look at as a person would.

    DISPLAY=:73 .venv/bin/python scripts/screens.py --lang sv --out /work/shots/sv
    IPSDESK_PSEUDO=1 ... --lang fi --out /work/shots/pseudo        (pseudo-translation)
    QT_SCALE_FACTOR=2 ... --font-pt 16 --dark --out /work/shots/big_dark

Views: caseload, client workspace, plan tab, week page, Fidelity and Team pages,
settings dialog. ``--dark`` gives the application a dark palette, as a dark system
scheme does. Each view is also checked for clipped text (a label or button narrower than
its text needs); the clipped ones are printed, and the exit code is 1 when there are any.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def dark_palette() -> QPalette:
    """A dark palette like the ones the platforms give Qt for a dark scheme."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#17181a"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#e8eaed"),
        (roles.Button, "#2d2f33"),
        (roles.ButtonText, "#e8eaed"),
        (roles.ToolTipBase, "#2d2f33"),
        (roles.ToolTipText, "#e8eaed"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.Highlight, "#3c78d8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.Light, "#3c3f44"),
        (roles.Midlight, "#34373b"),
        (roles.Mid, "#2a2c30"),
        (roles.Dark, "#111214"),
        (roles.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(colour))
    return p


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-pt", type=float, default=0)
    parser.add_argument("--size", default="1280x860")
    args = parser.parse_args(argv)

    from ipsdesk.core import demo
    from ipsdesk.core.paths import DataPaths
    from ipsdesk.ui import app as ui_app
    from ipsdesk.ui.kit.ops import Ops
    from ipsdesk.ui.kit.screens import clipped
    from ipsdesk.ui.main_window import MainWindow
    from ipsdesk.ui.settings.dialog import SettingsDialog

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    if args.font_pt:
        font = QFont(qapp.font())
        font.setPointSizeF(args.font_pt)
        qapp.setFont(font)
    if args.dark:
        qapp.setPalette(dark_palette())
    ui_app.make_app(args.lang)

    args.out.mkdir(parents=True, exist_ok=True)
    store = demo.build(DataPaths(Path(tempfile.mkdtemp(prefix="ipsdesk-screens-"))))
    window = MainWindow(Ops(store))
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    problems: list[str] = []

    def settle() -> None:
        for _ in range(20):
            qapp.processEvents()

    def shot(name: str, widget: QWidget) -> None:
        settle()
        widget.grab().save(str(args.out / f"{name}.png"))
        for text in clipped(widget):
            problems.append(f"{name}: {text}")

    shot("caseload", window)
    rows = window.caseload.model.rows
    if args.lang == "sv":  # the demo's Swedish-speaking client
        chosen = [r for r in rows if r.full_name.endswith("Sandvik")]
    else:
        chosen = [r for r in rows if r.phase >= 3 and not r.full_name.endswith("Sandvik")]
    window.open_client((chosen or rows)[0].id)
    shot("client", window)
    plan = window.workspace.sections.get("action_plan")
    if plan is not None:
        window.workspace.tabs.setCurrentWidget(plan)
        shot("plan", window)
    week = window.findChild(QAction, "act_week")
    if week is not None:
        week.trigger()
        shot("week", window)
    fidelity = window.findChild(QAction, "act_fidelity")
    if fidelity is not None:
        fidelity.trigger()
        page = window.findChild(QWidget, "fidelity_page")
        for _ in range(200):  # the review is computed off the GUI thread
            settle()
            if not getattr(page, "busy", False):
                break
            time.sleep(0.05)
        shot("fidelity", window)
    team = window.findChild(QAction, "act_team_reports")
    if team is not None:
        team.trigger()
        shot("team", window)
    settings = SettingsDialog(window.ops, window)
    settings.show()
    shot("settings", settings)
    settings.close()
    for line in problems:
        print("clipped:", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
