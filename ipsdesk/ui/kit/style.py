"""The app's few colours and styles, in one place (every page uses the same red for
errors and the same box for reminders).

Colours never carry meaning alone: an overdue date also says "overdue", a missed target
also says so in words (see the pages).

The app follows the system's light or dark scheme (Qt 6.5+ gives the Fusion style a dark
palette when the system asks for one). A dark red on a dark window cannot be read, so
every colour here has a light and a dark variant, each with at least 4.5 : 1 contrast on
its background (WCAG AA, checked in tests/gui/test_screens.py). :func:`apply_scheme`
picks the set for the application's palette; it runs at start and again when the
system's scheme or the palette changes, and then also recolours the style sheets of the
widgets already built (rich-text views such as the plan view ask at each render).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
)


@dataclass(frozen=True)
class Colours:
    error: str  # error messages, overdue items
    good: str  # a target met
    warn: str  # a target not (yet) met
    hint: str  # a quiet line of help under a control
    note_bg: str  # reminders
    note_fg: str
    danger_bg: str  # before erasing
    danger_fg: str
    error_bg: str  # a table cell in error (its text in the palette's text colour)
    tint: str  # a table's header row
    rule: str  # a table's lines


LIGHT = Colours(
    error="#b00020",
    good="#276b2b",
    warn="#8a5300",
    hint="#555555",
    note_bg="#fff4e5",
    note_fg="#663c00",
    danger_bg="#fdecea",
    danger_fg="#611a15",
    error_bg="#fde7e9",
    tint="#eef2f6",
    rule="#c0c6cc",
)
DARK = Colours(
    error="#ff8a80",
    good="#81c784",
    warn="#ffb74d",
    hint="#b8b8b8",
    note_bg="#3d2e12",
    note_fg="#ffe0b2",
    danger_bg="#4a1c18",
    danger_fg="#ffcdd2",
    error_bg="#5a1e26",
    tint="#2f353b",
    rule="#5a6168",
)

# The current set as CSS snippets (module attributes: pages read ``style.ERROR_CSS``
# when they build a widget). Set by apply_scheme; light until the app starts.
ERROR = LIGHT.error
GOOD = LIGHT.good
WARN = LIGHT.warn
ERROR_CSS = ""
HINT_CSS = ""
NOTE_CSS = ""
DANGER_CSS = ""


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has light text on a dark window."""
    if palette is None:
        hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
        if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
            return True
        palette = QGuiApplication.palette() if QGuiApplication.instance() else None
        if palette is None:
            return False
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def colours(palette: QPalette | None = None) -> Colours:
    """The colour set for ``palette`` (default: the application's)."""
    return DARK if is_dark(palette) else LIGHT


def _set(c: Colours) -> None:
    global ERROR, GOOD, WARN, ERROR_CSS, HINT_CSS, NOTE_CSS, DANGER_CSS
    ERROR, GOOD, WARN = c.error, c.good, c.warn
    ERROR_CSS = f"color: {c.error};"
    HINT_CSS = f"color: {c.hint};"
    NOTE_CSS = f"background:{c.note_bg}; color:{c.note_fg}; padding:6px; border-radius:4px;"
    DANGER_CSS = f"background:{c.danger_bg}; color:{c.danger_fg}; border-radius:4px;"


_set(LIGHT)


def apply_scheme(palette: QPalette | None = None) -> Colours:
    """Choose the colour set for ``palette`` (default: the application's) and return it."""
    c = colours(palette)
    _set(c)
    return c


def _restyle(old: Colours, new: Colours) -> None:
    """The widgets already built with ``old``'s colours in their style sheets get
    ``new``'s (every colour here reaches a widget through these CSS snippets)."""
    swaps = [
        (getattr(old, f), getattr(new, f))
        for f in old.__dataclass_fields__
        if getattr(old, f) != getattr(new, f)
    ]
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if not sheet:
            continue
        changed = sheet
        for a, b in swaps:
            changed = changed.replace(a, b)
        if changed != sheet:
            widget.setStyleSheet(changed)


_following: list[QGuiApplication] = []


def follow_system_scheme(app: QGuiApplication) -> None:
    """Apply the scheme now and whenever the system's scheme or the palette changes;
    on a change, the widgets already shown change colours too. Once per application."""
    current = [apply_scheme()]
    if _following and _following[0] is app:
        return
    _following[:] = [app]

    def changed() -> None:
        new = apply_scheme()
        if new is not current[0]:
            _restyle(current[0], new)
            current[0] = new

    app.styleHints().colorSchemeChanged.connect(lambda _scheme: changed())
    app.paletteChanged.connect(lambda _palette: changed())


class FocusStyle(QProxyStyle):
    """The platform's style, with a focus frame where it draws none it can be told by.

    Fusion draws the default button (OK, Save) with the same highlighted outline as the
    focused one, so Tab onto OK showed nothing, and a read-only text view (the plan)
    shows no focus at all (an editable one has its cursor). Here a focused push button
    (after a keyboard focus change, as styles do) gets a frame inside its outline, and a
    focused read-only text view a frame around it, in the palette's highlight colour.
    """

    def drawControl(self, element, option, painter, widget=None):  # type: ignore[no-untyped-def]  # noqa: N802
        super().drawControl(element, option, painter, widget)
        state = option.state
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        keyboard = bool(state & QStyle.StateFlag.State_KeyboardFocusChange)
        if element == QStyle.ControlElement.CE_PushButton and focused and keyboard:
            _focus_frame(painter, option, 3)
        elif (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractScrollArea)
            and widget.hasFocus()
            and getattr(widget, "isReadOnly", lambda: False)()
        ):
            _focus_frame(painter, option, 0)


def _focus_frame(painter: QPainter, option: QStyleOption, inset: int) -> None:
    painter.save()
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(inset + 1, inset + 1, -inset - 1, -inset - 1))
    painter.restore()


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's style in :class:`FocusStyle` (once)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))


def error_colour() -> QColor:
    return QColor(ERROR)


def scaled_font_css(factor: float, weight: int = 600) -> str:
    """A heading's font, ``factor`` times the application's font size, so that a large
    system font makes headings larger too (a fixed 16 pt title was smaller than 18 pt
    body text)."""
    base = QGuiApplication.font().pointSizeF() if QGuiApplication.instance() else 9.0
    size = max(base, 1.0) * factor
    return f"font-size: {size:.0f}pt; font-weight: {weight};"


def message_label(name: str) -> QLabel:
    """A word-wrapped label for an error message shown under a form (empty until set)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_CSS)
    label.setWordWrap(True)
    return label
