"""Where ipsdesk keeps its files. The one place that decides paths.

The data folder comes from platformdirs (``~/.local/share/ipsdesk`` on Linux,
``%LOCALAPPDATA%\\ipsdesk`` on Windows, ``~/Library/Application Support/ipsdesk`` on
macOS) unless ``--data-dir`` or ``IPSDESK_DATA_DIR`` names another one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ipsdesk import APP_NAME

ENV_DATA_DIR = "IPSDESK_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def store(self) -> Path:
        return self.root / "ipsdesk.db"

    @property
    def keys(self) -> Path:
        return self.root / "ipsdesk.keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock(self) -> Path:
        return self.root / "ipsdesk.lock"

    @property
    def preferences(self) -> Path:
        """Plain preferences needed before unlocking (no client data): the UI language."""
        return self.root / "preferences.json"

    def store_exists(self) -> bool:
        return self.store.exists() or self.keys.exists()

    def ensure(self) -> None:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    root = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return DataPaths(root.resolve())
