"""The key envelope: one random data key, unlocked by the passphrase or the recovery key.

The store is encrypted by SQLCipher with a random 256-bit *data key* given as a raw hex
key (so no passphrase quoting problems can reach ``PRAGMA key``). The data key is kept
next to the store in ``ipsdesk.keys`` (JSON), wrapped twice:

* with a key derived from the specialist's passphrase, and
* with a key derived from the recovery key printed on the recovery sheet (for the
  team leader's or IT's safe), so a forgotten passphrase does not destroy a caseload.

Wrapping: ``scrypt(secret, salt) -> 64 bytes``; the first 32 bytes are XOR-ed with the
data key (a fresh random salt per wrap makes that a one-time pad), the last 32 bytes
key an HMAC-SHA256 over the wrapped bytes, which tells a wrong secret from a right one
without touching the store. Changing the passphrase re-wraps the same data key.
Passphrases are NFC-normalised, so "ä" typed precomposed or decomposed unlocks alike.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ipsdesk.core.storage.fsutil import atomic_write_bytes

FORMAT_VERSION = 1
KEY_BYTES = 32
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE_LENGTH = 8
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class WrongSecret(Exception):
    """Neither the passphrase nor the recovery key opened the envelope."""


class KeyFileMissing(Exception):
    """The store exists but its key file is gone."""


@dataclass(frozen=True)
class Slot:
    kind: str  # "passphrase" or "recovery"
    salt: bytes
    wrapped: bytes
    mac: bytes


def _normalise(secret: str) -> bytes:
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in RECOVERY_ALPHABET)


def _derive(secret: bytes, salt: bytes) -> tuple[bytes, bytes]:
    out = hashlib.scrypt(
        secret, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=64
    )
    return out[:KEY_BYTES], out[KEY_BYTES:]


def _wrap(kind: str, secret: bytes, data_key: bytes) -> Slot:
    salt = os.urandom(16)
    mask, mac_key = _derive(secret, salt)
    wrapped = bytes(a ^ b for a, b in zip(data_key, mask, strict=True))
    return Slot(kind, salt, wrapped, hmac.new(mac_key, wrapped, hashlib.sha256).digest())


def _unwrap(slot: Slot, secret: bytes) -> bytes | None:
    mask, mac_key = _derive(secret, slot.salt)
    expected = hmac.new(mac_key, slot.wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, slot.mac):
        return None
    return bytes(a ^ b for a, b in zip(slot.wrapped, mask, strict=True))


def new_recovery_key() -> str:
    """A 32-character recovery key in groups of four, easy to read aloud and type."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(raw[i : i + 4] for i in range(0, 32, 4))


@dataclass
class KeyEnvelope:
    slots: list[Slot]

    @classmethod
    def create(cls, passphrase: str, recovery_key: str) -> tuple[KeyEnvelope, bytes]:
        data_key = os.urandom(KEY_BYTES)
        slots = [
            _wrap("passphrase", _normalise(passphrase), data_key),
            _wrap("recovery", normalise_recovery_key(recovery_key).encode(), data_key),
        ]
        return cls(slots), data_key

    def unlock(self, secret: str) -> bytes:
        """Return the data key for the passphrase or the recovery key, else raise."""
        return self.unlock_slot(secret)[0]

    def unlock_slot(self, secret: str) -> tuple[bytes, str]:
        """The data key and the kind of secret that opened it (``"passphrase"`` or
        ``"recovery"``), else raise :class:`WrongSecret`."""
        for slot in self.slots:
            if slot.kind == "passphrase":
                key = _unwrap(slot, _normalise(secret))
            else:
                candidate = normalise_recovery_key(secret)
                if len(candidate) != 32:
                    continue
                key = _unwrap(slot, candidate.encode())
            if key is not None:
                return key, slot.kind
        raise WrongSecret()

    def change_passphrase(self, data_key: bytes, new_passphrase: str) -> None:
        self.slots = [s for s in self.slots if s.kind != "passphrase"]
        self.slots.insert(0, _wrap("passphrase", _normalise(new_passphrase), data_key))

    def to_json(self) -> bytes:
        def b64(b: bytes) -> str:
            return base64.b64encode(b).decode("ascii")

        doc = {
            "format": FORMAT_VERSION,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "slots": [
                {"kind": s.kind, "salt": b64(s.salt), "wrapped": b64(s.wrapped), "mac": b64(s.mac)}
                for s in self.slots
            ],
        }
        return json.dumps(doc, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> KeyEnvelope:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT_VERSION:
            raise ValueError("unsupported key file format")
        slots = [
            Slot(
                s["kind"],
                base64.b64decode(s["salt"]),
                base64.b64decode(s["wrapped"]),
                base64.b64decode(s["mac"]),
            )
            for s in doc["slots"]
        ]
        return cls(slots)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyEnvelope:
        try:
            return cls.from_json(path.read_bytes())
        except FileNotFoundError as exc:
            raise KeyFileMissing(str(path)) from exc


def check_passphrase_strength(passphrase: str) -> list[str]:
    """Problems with a new passphrase as short codes (the UI explains each); [] if fine."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        problems.append("too_short")
    if passphrase.strip() != passphrase:
        problems.append("surrounding_space")
    if len(set(passphrase)) < 4:
        problems.append("too_repetitive")
    return problems
