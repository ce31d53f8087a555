"""What the app must know before the store is unlocked: today, the UI language.

Settings live in the encrypted store (``core/settings.py``), so they travel with the
data. The language is needed earlier, to show the unlock page in the user's own
language, so it is mirrored in ``preferences.json`` beside the store. The file holds
no client data; a missing or unreadable file means "the default".
"""

from __future__ import annotations

import json
from typing import Any

from ipsdesk.core.paths import DataPaths
from ipsdesk.core.storage.fsutil import atomic_write_bytes

LANGUAGES = ("fi", "sv", "en")


def _read(paths: DataPaths) -> dict[str, Any]:
    try:
        data = json.loads(paths.preferences.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def language(paths: DataPaths) -> str | None:
    """The language chosen in Settings, or None when none was chosen (or it is unknown)."""
    value = _read(paths).get("ui_language")
    return value if value in LANGUAGES else None


def set_language(paths: DataPaths, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    data = _read(paths)
    if data.get("ui_language") == lang:
        return
    data["ui_language"] = lang
    paths.root.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(paths.preferences, json.dumps(data, indent=1).encode("utf-8"))
