"""The outer form of every team file: a magic line, then one JSON object (the cover).

```
IPSDESK-TEAM
{"format": "ipsdesk-team", "version": 1, "kind": "team_file", "team_id": "…",
 "member_id": "…", "generation": 1, "payload": "<base64 ciphertext>"}
```

The cover says only which team, member and key generation the file is for (random
ids, no names), so the reader can pick the key; the payload is encrypted
(:mod:`ipsdesk.core.team.crypto`) and, opened, is the JSON ``{"format_version",
"checksum", "body"}`` whose SHA-256 ``checksum`` covers the canonical JSON of ``body``.
The contents repeat the cover's ids, so a changed cover is detected too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ipsdesk.core.team import errors as E
from ipsdesk.core.team.errors import TeamError

MAGIC = b"IPSDESK-TEAM\n"
FORMAT = "ipsdesk-team"
# 2: team files may carry the event kind "hours_change" (fidelity item 12). An app that
# reads only 1 says the file comes from a newer ipsdesk (not "unknown event kind"); this
# app still reads version 1 files (from members who have not updated yet).
VERSION = 2
READABLE = (1, 2)
MAX_BYTES = 20 * 1024 * 1024  # a five-year file of a full caseload is well under 5 MB

KIND_TEAM_FILE = "team_file"  # member -> leader
KIND_EMPLOYERS = "team_employers"  # leader -> members
KIND_INVITATION = "team_invitation"  # leader -> one new member


@dataclass(frozen=True)
class Cover:
    kind: str
    team_id: str
    member_id: str
    generation: int
    payload: bytes


def canonical(body: Any) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def checksum(body: Any) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def seal_body(body: dict[str, Any]) -> bytes:
    """The plaintext of a payload: the body with its format version and checksum."""
    return canonical({"format_version": VERSION, "checksum": checksum(body), "body": body})


def open_body(plain: bytes) -> tuple[dict[str, Any], str]:
    """(body, checksum) of a decrypted payload, checked."""
    try:
        inner = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TeamError(E.TRUNCATED) from exc
    if not isinstance(inner, dict) or not isinstance(inner.get("body"), dict):
        raise TeamError(E.NOT_TEAM_FILE)
    version = inner.get("format_version")
    if version not in READABLE or isinstance(version, bool):
        raise _version_error(version)
    body = inner["body"]
    if inner.get("checksum") != checksum(body):
        raise TeamError(E.CHECKSUM)
    return body, str(inner["checksum"])


def _version_error(version: object) -> TeamError:
    if isinstance(version, int) and version > VERSION:
        return TeamError(E.NEWER_VERSION, version)
    return TeamError(E.OLD_VERSION, version)


def dump(kind: str, team_id: str, member_id: str, generation: int, payload: bytes) -> bytes:
    cover = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "team_id": team_id,
        "member_id": member_id,
        "generation": generation,
        "payload": base64.b64encode(payload).decode("ascii"),
    }
    return MAGIC + json.dumps(cover, indent=1).encode("ascii") + b"\n"


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing an oversized file before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TeamError(E.TOO_BIG, round(size / 1024 / 1024, 1), MAX_BYTES // 1024 // 1024)
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise TeamError(E.UNREADABLE, exc.strerror or type(exc).__name__) from exc
    if len(data) > MAX_BYTES:  # grew while being read
        raise TeamError(E.TOO_BIG, round(len(data) / 1024 / 1024, 1), MAX_BYTES // 1024 // 1024)
    return data


def load(data: bytes, expected_kind: str) -> Cover:
    """The cover of a team file, strictly checked (the payload is not opened here)."""
    if len(data) > MAX_BYTES:
        raise TeamError(E.TOO_BIG, round(len(data) / 1024 / 1024, 1), MAX_BYTES // 1024 // 1024)
    if b"\x00" in data:
        raise TeamError(E.NUL_BYTES)
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data) and data:
            raise TeamError(E.TRUNCATED)
        raise TeamError(E.NOT_TEAM_FILE)
    try:
        cover = json.loads(data[len(MAGIC) :].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TeamError(E.TRUNCATED) from exc
    if not isinstance(cover, dict) or cover.get("format") != FORMAT:
        raise TeamError(E.NOT_TEAM_FILE)
    if cover.get("version") not in READABLE or isinstance(cover.get("version"), bool):
        raise _version_error(cover.get("version"))
    kind = cover.get("kind")
    if kind != expected_kind:
        raise TeamError(E.WRONG_KIND, kind)
    team_id, member_id, generation = (
        cover.get("team_id"),
        cover.get("member_id"),
        cover.get("generation"),
    )
    if not isinstance(team_id, str) or not isinstance(member_id, str):
        raise TeamError(E.NOT_TEAM_FILE)
    if not isinstance(generation, int) or isinstance(generation, bool) or generation < 1:
        raise TeamError(E.NOT_TEAM_FILE)
    try:
        payload = base64.b64decode(str(cover.get("payload", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise TeamError(E.ALTERED) from exc
    return Cover(kind, team_id, member_id, generation, payload)
