"""Per-user folders (platformdirs), all under BLUEHELM_HOME when that is set (tests, kiosks)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "bluehelm"


def _home() -> Path | None:
    value = os.environ.get("BLUEHELM_HOME")
    return Path(value) if value else None


def cache_dir() -> Path:
    """Compiled scenarios (safe to delete)."""
    override = os.environ.get("BLUEHELM_CACHE_DIR")
    if override:
        return Path(override)
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP))


def data_dir() -> Path:
    """Trainees' records (the records store), unless a --db is given."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP))


def config_dir() -> Path:
    """Settings."""
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP))
