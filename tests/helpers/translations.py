"""The shipped .ts files with a few more translations, for tests of strings whose
Finnish or Swedish the translators have not added yet (documents read them through
:class:`ipsdesk.core.i18n.Catalog` from a folder of .ts files)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ipsdesk.core.resources import translations_dir


def ts_folder_with(folder: Path, lang: str, extra: dict[tuple[str, str], str]) -> Path:
    """Write ``ipsdesk_<lang>.ts`` into ``folder``: the shipped one plus ``extra``
    ((context, source) -> translation); return the folder."""
    tree = ET.parse(translations_dir() / f"ipsdesk_{lang}.ts")
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for (context, source), text in extra.items():
        ctx = contexts.get(context)
        if ctx is None:
            ctx = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    folder.mkdir(parents=True, exist_ok=True)
    tree.write(folder / f"ipsdesk_{lang}.ts", encoding="utf-8", xml_declaration=True)
    return folder
