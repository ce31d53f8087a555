"""The Finnish and Swedish translations are complete and keep every placeholder; the
English plural forms ("1 week / 5 weeks") exist for every ``%n`` message."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "translations"


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS / f"ipsdesk_{lang}.ts").getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def forms(tr: ET.Element) -> list[str]:
    """The translation, or each plural form of a ``%n`` message."""
    plural = [f.text or "" for f in tr.iter("numerusform")]
    return plural or [tr.text or ""]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_string_is_translated(lang: str) -> None:
    unfinished = [
        (c, s)
        for c, s, tr in messages(lang)
        if tr.get("type") == "unfinished" or not all(f.strip() for f in forms(tr))
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_placeholders_and_accelerators_survive(lang: str) -> None:
    for context, source, tr in messages(lang):
        for text in forms(tr):
            wanted = sorted(re.findall(r"%[\dn]", source))
            assert sorted(re.findall(r"%[\dn]", text)) == wanted, (context, source)
            assert text.count("&") == source.count("&"), (context, source)


def test_contexts_are_classes_or_declared_contexts() -> None:
    """``obj.tr()`` on a variable gives lupdate the variable's name as context, but Qt
    looks the string up under the class name at run time: such strings never translate."""
    for context, source, _tr in messages("fi"):
        assert context[:1].isupper(), (context, source)


def plural_sources(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(TS / f"ipsdesk_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.get("numerus") == "yes"
    }


def test_english_has_the_plural_forms_of_every_plural_message() -> None:
    """ipsdesk_en.ts holds only the plural messages (lupdate -pluralonly), two forms each."""
    assert plural_sources("en") == plural_sources("fi") != set()
    for context, source, tr in messages("en"):
        assert len(forms(tr)) == 2, (context, source)
        one, many = forms(tr)
        assert "(s)" not in one + many and one != many, (context, source)


def test_numbers_in_messages_follow_the_language() -> None:
    from ipsdesk.core.i18n import format_arg

    assert [format_arg(27.5, lang) for lang in ("fi", "sv", "en")] == ["27,5", "27,5", "27.5"]
    assert format_arg(20.0, "fi") == "20" and format_arg(3, "sv") == "3"
    assert format_arg("1.2.2026", "fi") == "1.2.2026"  # text stays as it is
