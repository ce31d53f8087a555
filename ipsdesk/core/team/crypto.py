"""The team's cryptography, all from PyNaCl (libsodium); nothing hand-rolled.

* Team file, member → team leader: ``Box(member_secret, leader_public)`` (X25519 +
  XSalsa20-Poly1305): only the leader can open it, and it can only have been made by
  that member or the leader (authenticated).
* Team employer file, leader → members: ``SecretBox(team_key)``; a new key generation
  (after a member left) gets a new team key, so old members cannot read new files.
* Invitation: ``SecretBox`` with a key derived from a one-time invitation code by
  argon2id (``nacl.pwhash``), so an invitation on a lost stick reveals nothing.

Any change to a ciphertext fails the AEAD check and raises :class:`Altered`.
"""

from __future__ import annotations

import secrets

from nacl import pwhash
from nacl.exceptions import CryptoError
from nacl.public import Box, PrivateKey, PublicKey
from nacl.secret import SecretBox
from nacl.utils import random as random_bytes

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols, no 0/O, 1/I
CODE_GROUPS = 4  # XXXX-XXXX-XXXX-XXXX: 80 random bits
SALT_SIZE = pwhash.argon2id.SALTBYTES
CODE_SHAPE = "-".join(["XXXX"] * CODE_GROUPS)  # what a code looks like (a placeholder)


class Altered(Exception):
    """The ciphertext does not authenticate: altered, damaged or the wrong key."""


def new_keypair() -> tuple[str, str]:
    """(secret, public) as hex."""
    sk = PrivateKey.generate()
    return bytes(sk).hex(), bytes(sk.public_key).hex()


def new_secret_key() -> str:
    return random_bytes(SecretBox.KEY_SIZE).hex()


def new_id() -> str:
    """A random identifier (team id, member id): 16 hex digits."""
    return secrets.token_hex(8)


def box_encrypt(plain: bytes, own_secret: str, their_public: str) -> bytes:
    box = Box(PrivateKey(bytes.fromhex(own_secret)), PublicKey(bytes.fromhex(their_public)))
    return bytes(box.encrypt(plain))


def box_decrypt(data: bytes, own_secret: str, their_public: str) -> bytes:
    box = Box(PrivateKey(bytes.fromhex(own_secret)), PublicKey(bytes.fromhex(their_public)))
    try:
        return bytes(box.decrypt(data))
    except (CryptoError, ValueError, TypeError) as exc:
        raise Altered from exc


def secret_encrypt(plain: bytes, key: str) -> bytes:
    return bytes(SecretBox(bytes.fromhex(key)).encrypt(plain))


def secret_decrypt(data: bytes, key: str) -> bytes:
    try:
        return bytes(SecretBox(bytes.fromhex(key)).decrypt(data))
    except (CryptoError, ValueError, TypeError) as exc:
        raise Altered from exc


def new_invitation_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def normalise_code(code: str) -> str:
    """What the member typed, without spaces, dashes or case (and O/I read as 0/1 never)."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _code_key(code: str, salt: bytes) -> bytes:
    return bytes(
        pwhash.argon2id.kdf(
            SecretBox.KEY_SIZE,
            normalise_code(code).encode("ascii", "replace"),
            salt,
            opslimit=pwhash.argon2id.OPSLIMIT_INTERACTIVE,
            memlimit=pwhash.argon2id.MEMLIMIT_INTERACTIVE,
        )
    )


def code_encrypt(plain: bytes, code: str) -> bytes:
    salt = random_bytes(SALT_SIZE)
    return salt + bytes(SecretBox(_code_key(code, salt)).encrypt(plain))


def code_decrypt(data: bytes, code: str) -> bytes:
    if len(data) <= SALT_SIZE:
        raise Altered
    salt, body = data[:SALT_SIZE], data[SALT_SIZE:]
    try:
        return bytes(SecretBox(_code_key(code, salt)).decrypt(body))
    except (CryptoError, ValueError, TypeError) as exc:
        raise Altered from exc
