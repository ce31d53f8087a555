"""Translation markers usable from Qt-free code.

``core`` must never import Qt, yet the labels of phases, modes and the like are shown in
the UI in Finnish, Swedish or English. They are marked here with :func:`N_` (the
equivalent of Qt's ``QT_TRANSLATE_NOOP``) so that ``pyside6-lupdate`` collects them
under a context, and translated where shown with ``QCoreApplication.translate(context,
text)``. The exports (PDF/CSV), whose language is chosen independently of the UI
language, translate through :func:`translate` with a catalogue loaded from the same
``.ts`` files.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Msg(NamedTuple):
    """A translatable source string with its lupdate context."""

    context: str
    text: str


def N_(context: str, text: str) -> Msg:  # noqa: N802 - name mirrors gettext's N_
    """Mark ``text`` for translation under ``context`` without translating it now."""
    return Msg(context, text)


QT_TRANSLATE_NOOP = N_


LANGUAGES = ("fi", "sv", "en")


def format_decimal(
    value: float, lang: str, places: int | None = None, *, whole: bool = True
) -> str:
    """A number as written in ``lang``: decimal comma in Finnish and Swedish ("27,5"),
    point in English. A whole number without decimals (unless ``whole=False``), else
    with ``places`` decimals (``None``: as many as it has). The one home of this rule
    for core's documents, CSV files and messages (the UI's own fields use QLocale)."""
    if whole and float(value).is_integer():
        text = str(int(value))
    elif places is None:
        text = str(value)
    else:
        text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def format_arg(arg: object, lang: str) -> str:
    """A message argument as text: a float as :func:`format_decimal` writes it, anything
    else as ``str``. Core code passes numbers as numbers, so a figure is written in the
    words' language when the words are (core never knows the UI's language)."""
    return format_decimal(arg, lang) if isinstance(arg, float) else str(arg)


class Catalog:
    """Translations for documents (PDF/CSV) in a language chosen at export time.

    Reads the same Qt Linguist ``.ts`` files the UI uses (shipped with the app), so
    an export in Swedish from a Finnish UI needs no Qt. English is the source text.
    """

    def __init__(self, lang: str, ts_dir: Path | None = None):
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.lang = lang
        self._table: dict[tuple[str, str], str] = {}
        if lang != "en":
            from ipsdesk.core.resources import translations_dir

            self._load((ts_dir or translations_dir()) / f"ipsdesk_{lang}.ts")

    def _load(self, path: Path) -> None:
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                src = msg.findtext("source") or ""
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = tr.text or ""
                if text:
                    self._table[(name, src)] = text

    def tr(self, msg: Msg | tuple[str, str], *args: object) -> str:
        context, text = msg
        out = self._table.get((context, text), text)
        for i, arg in enumerate(args, start=1):
            out = out.replace(f"%{i}", format_arg(arg, self.lang))
        return out
