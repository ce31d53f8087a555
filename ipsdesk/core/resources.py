"""Where shipped files (translations, fonts, icons) are, from source or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding ``translations/`` and ``resources/``.

    In a PyInstaller bundle that is ``sys._MEIPASS``; from a source checkout (the
    Makefile installs it editable) it is the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def translations_dir() -> Path:
    return resource_root() / "translations"


def fonts_dir() -> Path:
    return resource_root() / "resources" / "fonts"


def icons_dir() -> Path:
    return resource_root() / "resources" / "icons"
