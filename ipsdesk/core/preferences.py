"""What the app must know before the store is unlocked: today, the UI language (also the
language of the command line's messages, see :func:`command_language`).

Settings live in the encrypted store (``core/settings.py``), so they travel with the
data. The language is needed earlier, to show the unlock page in the user's own
language, so it is mirrored in ``preferences.json`` beside the store. The file holds
no client data; a missing or unreadable file means "the default".
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
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


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The system's language as POSIX defines it (``LC_ALL``, else ``LC_MESSAGES``, else
    ``LANG``; the first that is set decides), when it is one ipsdesk speaks."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else None
    return None


def command_language(
    paths: DataPaths | None, explicit: str | None = None, environ: Mapping[str, str] | None = None
) -> str:
    """The language of the command line's messages: ``--lang``, else the store's
    (its mirror beside it), else the system's, else English."""
    if explicit is not None and explicit in LANGUAGES:
        return explicit
    return (language(paths) if paths is not None else None) or system_language(environ) or "en"
