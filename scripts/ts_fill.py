"""Fill Qt Linguist .ts files from a translation table (a maintainer's tool).

    python scripts/ts_fill.py TABLE.json [TABLE.json …]

Each table is a JSON list of ``{"context", "source", "fi", "sv"}`` (a list of
forms for a plural ``%n`` message; plural messages also get ``"en"``: the English
forms, "%n week" and "%n weeks"). Matching messages in ``translations/ipsdesk_fi.ts``,
``ipsdesk_sv.ts`` and ``ipsdesk_en.ts`` (plurals only) get the translation and lose
their ``type="unfinished"`` mark. Run ``make update-ts`` first so new source strings
are in the files. Prints what is still unfinished.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "translations"


def fill(lang: str, table: dict[tuple[str, str], str | list[str]]) -> tuple[int, int]:
    path = ROOT / f"ipsdesk_{lang}.ts"
    tree = ET.parse(path)
    filled = missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            text = table.get((name, msg.findtext("source") or ""))
            if text:
                if msg.get("numerus") == "yes":  # plural forms: a list in the table
                    forms = text if isinstance(text, list) else [text]
                    for child in list(tr):
                        tr.remove(child)
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished":
                missing += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, missing


def main(argv: list[str]) -> int:
    entries = [e for f in argv for e in json.loads(Path(f).read_text(encoding="utf-8"))]
    for lang in ("fi", "sv", "en"):
        if not (ROOT / f"ipsdesk_{lang}.ts").exists():
            continue
        table = {(e["context"], e["source"]): e[lang] for e in entries if e.get(lang)}
        filled, missing = fill(lang, table)
        print(f"{lang}: {filled} translated from the tables, {missing} still unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
