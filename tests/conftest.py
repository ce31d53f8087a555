"""Shared fixtures. Every test gets its own temporary data folder; nothing touches the
real user's data. Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["IPSDESK_DATA_DIR"] = "/nonexistent/ipsdesk-tests-must-pass-data-dir"

from ipsdesk.core.paths import DataPaths, data_paths  # noqa: E402
from ipsdesk.core.storage.store import Store  # noqa: E402

PASSPHRASE = "Testi-salasana 1"
TODAY = date(2026, 11, 18)  # a Wednesday of ISO week 47


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "data")


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    st, _ = Store.create(paths, PASSPHRASE, name="Testi Valmentaja", team="Testitiimi")
    yield st
    st.close()


@pytest.fixture
def session(store: Store):  # type: ignore[no-untyped-def]
    with store.session() as s:
        yield s


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    p = tmp_path / "passphrase.txt"
    p.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return p
