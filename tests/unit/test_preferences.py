"""The plain preferences file beside the store: the language before unlocking."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipsdesk.core import preferences
from ipsdesk.core.paths import data_paths


def test_language_round_trip_and_defaults(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data")
    assert preferences.language(paths) is None  # no folder, no file: the default
    preferences.set_language(paths, "sv")
    assert preferences.language(paths) == "sv"
    preferences.set_language(paths, "en")
    assert preferences.language(paths) == "en"
    assert not list(paths.root.glob("*.tmp"))  # written atomically


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"ui_language": "de"}'])
def test_a_damaged_or_foreign_file_means_the_default(tmp_path: Path, content: str) -> None:
    paths = data_paths(tmp_path)
    paths.preferences.write_text(content, encoding="utf-8")
    assert preferences.language(paths) is None
    preferences.set_language(paths, "fi")  # and is replaced by a good one
    assert preferences.language(paths) == "fi"


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        preferences.set_language(data_paths(tmp_path), "de")
