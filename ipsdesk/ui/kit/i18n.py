"""Qt translators and helpers to show core's translatable messages.

Every ``QTranslator`` gets the application as parent (and is kept in a list) so it is
never garbage-collected, which would silently stop translation. Qt's own
``qtbase_<lang>.qm`` is loaded too, so standard dialogs speak Finnish or Swedish.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ipsdesk.core.i18n import QT_TRANSLATE_NOOP, Msg, format_arg
from ipsdesk.core.resources import translations_dir

# Qt's own Finnish translation (qtbase_fi) lacks the file dialog's labels in the form
# the dialog asks for them, with their mnemonic ("&Look in:", not "Look in:"), so Qt's
# file dialog said "Look in:" and "Files of type:" in the Finnish UI. Marked here, they
# are translated in our .ts files; Qt looks a string up in every installed translator,
# ours first, so ours fills what qtbase_fi lacks and wins where qtbase's mnemonics
# clash (qtbase_sv's "Filer av &typ:" beside "&Titta i:").
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
DEFAULT_LANGUAGE = "fi"
_language = [DEFAULT_LANGUAGE]  # the UI language installed last


def ui_language() -> str:
    """The language of the UI ("fi", "sv", "en"): the default for a new document."""
    return _language[0]


def tr_msg(msg: Msg | tuple[str, str], *args: object) -> str:
    """Translate a message marked in core with ``QT_TRANSLATE_NOOP`` and fill ``%1…``."""
    context, text = msg
    out = QCoreApplication.translate(context, text)
    for i, arg in enumerate(args, start=1):
        out = out.replace(f"%{i}", format_arg(arg, _language[0]))
    return out


def format_size(size: int) -> str:
    """A file size as people write it in the UI language: "228 kt" / "228 kB" / "1,4 Mt".

    Qt's ``formattedDataSize`` says "228,0 Kit" in Finnish (IEC units no one uses).
    Kilo is 1024 here, as file managers show; below 100 one decimal, in the locale's
    decimal separator.
    """
    units = (
        QCoreApplication.translate("Sizes", "%1 B"),
        QCoreApplication.translate("Sizes", "%1 kB"),
        QCoreApplication.translate("Sizes", "%1 MB"),
        QCoreApplication.translate("Sizes", "%1 GB"),
    )
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    digits = 0 if unit == 0 or value >= 100 or value.is_integer() else 1
    return units[unit].replace("%1", QLocale().toString(value, "f", digits))


_ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ", "àçéîñöřšüýžÀÇÉÎÑÖŘŠÜÝŽ"
)  # fmt: skip
_KEEP = re.compile(r"(%\d|%n|&&|&|<[^>]*>|\\n|\n|Ctrl\+\S+|Alt\+\S+)")


def pseudo(text: str) -> str:
    """A pseudo-translation: accented letters, ~40 % longer, in brackets, with every
    placeholder, mnemonic and tag kept, to show where layouts clip or text leaks."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    letters = sum(ch.isalpha() for ch in text)
    return "[" + out + "·" * max(1, round(letters * 0.4)) + "]"


class PseudoTranslator(QTranslator):
    """Every string through :func:`pseudo` (``IPSDESK_PSEUDO=1``)."""

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install_translators(app: QCoreApplication, lang: str) -> str:
    """Load ipsdesk's and Qt's translations for ``lang``; return the language in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[0] = lang if lang in ("fi", "sv", "en") else "en"
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(lang, "en_GB")))
    pseudo_mode = bool(os.environ.get("IPSDESK_PSEUDO"))
    if lang != "en" and not pseudo_mode:
        # Qt's own first: Qt asks the translator installed last first, so ours (below)
        # fills qtbase's gaps and overrides its words where they clash with ours
        # (QT_GAPS: "Filer av &typ:" took Alt+T from "&Titta i:" in Swedish).
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(f"qtbase_{lang}", str(translations_dir())):
            app.installTranslator(qt)
            _installed.append(qt)
    ours = QTranslator(app)  # for English: the plural forms ("1 week", "5 weeks")
    if ours.load(f"ipsdesk_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if pseudo_mode:  # layout testing: longer, accented strings
        fake = PseudoTranslator(app)
        app.installTranslator(fake)
        _installed.append(fake)
    return lang
