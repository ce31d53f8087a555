"""Issue 16: the app on a dark scheme and with large text.

The colours of ui/kit/style.py have a light and a dark set, each readable on its
background (WCAG AA 4.5 : 1), and the one in use follows the palette. With a 16 pt
application font the main views fit a 1280 x 800 screen (200 % scaling on 2560 x 1600)
and no label, button or tab in them is cut short.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ipsdesk.core import demo
from ipsdesk.core.domain.plan_document import PlanVersion
from ipsdesk.core.storage.store import Store
from ipsdesk.ui.kit import style
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.kit.screens import clipped
from ipsdesk.ui.main_window import MainWindow
from ipsdesk.ui.plan.view import version_html
from ipsdesk.ui.settings.dialog import SettingsDialog
from tests.conftest import TODAY

LIGHT_WINDOWS = ("#efefef", "#ffffff")  # Fusion's window and base
DARK_WINDOWS = ("#202124", "#17181a", "#2d2d2d")


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(
    ("colours", "windows", "text"),
    [(style.LIGHT, LIGHT_WINDOWS, "#000000"), (style.DARK, DARK_WINDOWS, "#e8eaed")],
    ids=["light", "dark"],
)
def test_every_colour_is_readable_on_its_scheme(
    colours: style.Colours, windows: tuple[str, ...], text: str
) -> None:
    for window in windows:
        for name in ("error", "good", "warn", "hint"):
            ratio = contrast(getattr(colours, name), window)
            assert ratio >= 4.5, (name, window, round(ratio, 2))
    assert contrast(colours.note_fg, colours.note_bg) >= 4.5
    assert contrast(colours.danger_fg, colours.danger_bg) >= 4.5
    assert contrast(text, colours.error_bg) >= 4.5  # an error cell's text: the palette's
    assert contrast(text, colours.tint) >= 4.5  # a table header's text


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2f33"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    style.follow_system_scheme(qapp)
    assert not style.is_dark()
    built_light = style.message_label("built_before")  # shown before the switch
    built_light.show()
    qapp.setPalette(dark_palette())
    qapp.processEvents()
    yield
    qapp.setPalette(before)
    qapp.processEvents()
    style.apply_scheme()
    built_light.close()
    built_light.deleteLater()


def test_the_style_follows_a_dark_palette(qapp: QApplication, dark: None) -> None:
    assert style.is_dark()
    built = [w for w in qapp.allWidgets() if w.objectName() == "built_before"]
    assert built and style.DARK.error in built[0].styleSheet()  # recoloured in place
    assert style.LIGHT.error not in built[0].styleSheet()
    assert style.DARK.error == style.ERROR and style.DARK.error in style.ERROR_CSS
    assert style.DARK.hint in style.HINT_CSS and style.DARK.note_bg in style.NOTE_CSS
    assert style.error_colour() == QColor(style.DARK.error)
    label = style.message_label("m")
    assert style.DARK.error in label.styleSheet()
    plan = PlanVersion(1, 1, TODAY, "", "", "", "", "", "", "", None, ())
    html = version_html(plan)
    assert style.DARK.hint in html and style.LIGHT.hint not in html


def test_the_style_is_light_on_a_light_palette(qapp: QApplication) -> None:
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    assert not style.is_dark(light)
    assert style.apply_scheme(light) is style.LIGHT
    assert f"color: {style.LIGHT.error};" == style.ERROR_CSS
    assert style.is_dark(dark_palette())
    style.apply_scheme()


@pytest.fixture(params=[0, 16], ids=["usual font", "16 pt"])
def font_size(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[float]:
    before = QFont(qapp.font())
    if request.param:
        font = QFont(before)
        font.setPointSizeF(request.param)
        qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


def settle(qapp: QApplication) -> None:
    for _ in range(10):
        qapp.processEvents()


def test_main_views_fit_and_nothing_is_cut_short(  # type: ignore[no-untyped-def]
    qapp, qtbot, store: Store, driver, font_size: float
) -> None:
    with store.session() as session:
        demo.fill(session, today=TODAY)
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)

    def check(view: str, top: QWidget | None = None) -> None:
        settle(qapp)
        need = win.minimumSizeHint()
        assert need.width() <= 1280 and need.height() <= 800, (view, need.toTuple())
        assert clipped(top or win) == [], view

    check("caseload")
    rows = win.caseload.model.rows
    win.open_client(next(r for r in rows if r.full_name.endswith("Sandvik")).id)
    for index in range(win.workspace.tabs.count()):  # every tab of the workspace
        win.workspace.tabs.setCurrentIndex(index)
        check(f"client tab {win.workspace.tabs.tabText(index)}")
    week = win.findChild(QAction, "act_week")
    assert week is not None
    week.trigger()
    check("week")
    settings = SettingsDialog(win.ops, win)
    qtbot.addWidget(settings)
    settings.show()
    settle(qapp)
    assert clipped(settings) == []
    settings.close()


def test_a_tool_row_wraps_instead_of_widening_the_window(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton, QTextEdit, QVBoxLayout

    from ipsdesk.ui.kit.wrap_row import WrapRow

    top = QWidget()
    qtbot.addWidget(top)
    buttons = [QPushButton(f"Button number {i}") for i in range(4)]
    row = WrapRow([[QLabel("Version:"), *buttons[:2]], buttons[2:]])
    layout = QVBoxLayout(top)
    layout.addWidget(row)
    layout.addWidget(QTextEdit(), 1)
    one_line = sum(g.minimumSizeHint().width() for g in row._groups)
    assert row.minimumSizeHint().width() < one_line  # asks only for its widest group
    top.resize(one_line + 100, 300)
    top.show()
    settle(qapp)
    tops = {b.mapTo(top, b.rect().topLeft()).y() for b in buttons}
    assert len(tops) == 1 and all(b.height() > 0 for b in buttons)  # one line
    top.resize(row.minimumSizeHint().width() + 30, 300)
    settle(qapp)
    tops = {b.mapTo(top, b.rect().topLeft()).y() for b in buttons}
    assert len(tops) == 2 and all(b.height() > 0 for b in buttons)  # two lines
    assert clipped(top) == []


@pytest.fixture(
    params=[(0, "en"), (16, "en"), (16, "sv"), (16, "pseudo")],
    ids=["usual font", "16 pt", "16 pt Swedish", "16 pt pseudo-translation"],
)
def text_setting(  # type: ignore[no-untyped-def]
    qapp: QApplication, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A font size and a language: Swedish (long words), pseudo-translation (every
    string ~40 % longer, as IPSDESK_PSEUDO=1 makes it)."""
    from ipsdesk.ui.kit.i18n import install_translators

    size, lang = request.param
    before = QFont(qapp.font())
    if size:
        font = QFont(before)
        font.setPointSizeF(size)
        qapp.setFont(font)
    if lang == "pseudo":
        monkeypatch.setenv("IPSDESK_PSEUDO", "1")
    install_translators(qapp, "fi" if lang == "pseudo" else lang)
    yield lang
    monkeypatch.delenv("IPSDESK_PSEUDO", raising=False)
    install_translators(qapp, "en")
    qapp.setFont(before)


@pytest.mark.parametrize("team", [False, True], ids=["own store", "team leader's store"])
def test_the_fidelity_page_fits_and_nothing_is_cut_short(  # type: ignore[no-untyped-def]
    qapp, qtbot, store: Store, driver, text_setting: str, team: bool
) -> None:
    """Go → Fidelity at 16 pt: the tool row wraps and the item's panel scrolls instead of
    asking for a window larger than a 1280 x 800 screen; no text is cut short. On a team
    leader's store the row also has the scope choice, and the evidence each member's
    figure."""
    from ipsdesk.ui.fidelity.page import FidelityPage
    from tests.gui.test_fidelity_team_page import team_data

    with store.session() as session:
        demo.fill(session, today=TODAY)
    if team:
        team_data(store)
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    fidelity = win.findChild(QAction, "act_fidelity")
    assert fidelity is not None
    fidelity.trigger()
    page = win.findChild(FidelityPage, "fidelity_page")
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: not page.busy and page.heading.text() != "")
    assert page.scope_box.isVisible() == team
    for number in (1, 9, 25):  # items with and without figures, long anchors
        page.select_item(number)
        settle(qapp)
        need = win.minimumSizeHint()
        assert need.width() <= 1280 and need.height() <= 800, (number, need.toTuple())
        assert clipped(win) == [], number
        assert page.view.height() >= 5 * page.view.verticalHeader().defaultSectionSize()
        side = page.side_scroll
        assert side.widget().width() <= side.viewport().width()  # no text off to the right


def test_a_tool_row_wraps_when_a_control_is_shown_later(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Fidelity page shows its scope choice only once it has read the store: the row
    wraps then, though the window's width has not changed."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from ipsdesk.ui.kit.wrap_row import WrapRow

    top = QWidget()
    qtbot.addWidget(top)
    later = QPushButton("A choice shown later, and wide")
    later.hide()
    buttons = [QPushButton(f"Button number {i}") for i in range(4)]
    row = WrapRow([[later, *buttons[:2]], buttons[2:]])
    QVBoxLayout(top).addWidget(row)
    top.resize(row._one_line_width() + 60, 200)
    top.show()
    settle(qapp)
    assert len({b.mapTo(top, b.rect().topLeft()).y() for b in buttons}) == 1
    later.show()
    settle(qapp)
    assert len({b.mapTo(top, b.rect().topLeft()).y() for b in buttons}) == 2
    assert clipped(top) == []
    later.hide()
    settle(qapp)
    assert len({b.mapTo(top, b.rect().topLeft()).y() for b in buttons}) == 1


def test_columns_stack_when_they_do_not_fit_side_by_side(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGroupBox, QLabel, QTextEdit, QVBoxLayout

    from ipsdesk.ui.kit.reflow import Columns, VerticalScroll

    boxes = []
    for title in ("A rather long title of the first box", "The second box's long title"):
        box = QGroupBox(title)
        col = QVBoxLayout(box)
        col.addWidget(QTextEdit())
        note = QLabel("A note that wraps onto more lines when the box is narrow. " * 2)
        note.setWordWrap(True)  # the layouts have a height for width then
        col.addWidget(note)
        boxes.append(box)
    columns = Columns(boxes)
    scroll = VerticalScroll(columns)
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    widest = max(b.minimumSizeHint().width() for b in boxes)
    both = sum(b.minimumSizeHint().width() for b in boxes)
    assert columns.minimumSizeHint().width() == widest  # asks only for the widest
    assert scroll.minimumSizeHint().width() >= widest  # and the scroll area for as much
    assert scroll.minimumSizeHint().height() < columns.minimumSizeHint().height()
    top.resize(both + 100, 300)
    top.show()
    settle(qapp)
    assert columns.side_by_side()
    assert boxes[0].y() == boxes[1].y() and boxes[0].x() < boxes[1].x()
    assert abs(boxes[0].width() - boxes[1].width()) <= 1  # the width shared
    top.resize(widest + 40, 200)
    settle(qapp)
    assert not columns.side_by_side()
    assert boxes[0].x() == boxes[1].x() and boxes[0].y() < boxes[1].y()
    assert columns.height() > scroll.viewport().height()  # the page scrolls
    assert columns.width() <= scroll.viewport().width()  # and never sideways
    assert clipped(top) == []
    top.resize(both + 100, 300)
    settle(qapp)
    assert columns.side_by_side()


def test_the_team_page_fits_and_nothing_is_cut_short(  # type: ignore[no-untyped-def]
    qapp, qtbot, store: Store, driver, text_setting: str
) -> None:
    """Go → Team on a team leader's store: at 16 pt the week's export wraps onto a line of
    its own and the two columns go one above the other, the page scrolling up and down,
    instead of asking for a window wider than a 1280 x 800 screen; no text is cut short."""
    from PySide6.QtWidgets import QPushButton

    from ipsdesk.ui.team_reports.page import TeamPage
    from tests.gui.conftest import wait_for_background
    from tests.gui.test_fidelity_team_page import team_data

    with store.session() as session:
        demo.fill(session, today=TODAY)
    team_data(store)
    win = MainWindow(Ops(store))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    page = win.findChild(TeamPage, "team_page")
    assert page is not None
    page.today = lambda: TODAY
    team = win.findChild(QAction, "act_team_reports")
    assert team is not None
    team.trigger()
    qtbot.waitUntil(page.isVisible)
    this_week = page.findChild(QPushButton, "team_this")
    assert this_week is not None
    this_week.click()
    page.load_period()
    wait_for_background(qtbot)
    settle(qapp)
    assert len(page.members.rows) == 3 and page.period.rows  # a real week and period
    need = win.minimumSizeHint()
    assert need.width() <= 1280 and need.height() <= 800, need.toTuple()
    assert clipped(win) == []
    large = qapp.font().pointSizeF() >= 16
    assert page.columns.side_by_side() == (not large and text_setting == "en")
    for view in (page.figure_view, page.member_view, page.period_view):
        assert view.height() >= 3 * view.verticalHeader().defaultSectionSize(), view.objectName()
    assert page.columns.width() <= page.body.viewport().width()  # nothing off to the right
