"""Where the shipped scenario library and assets are, from a source tree or an install."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SHIPPED = _PACKAGE / "_shipped"  # filled by the wheel build (see pyproject.toml)
_SOURCE_ROOT = _PACKAGE.parent


def shipped_scenarios() -> Path:
    """The folder of the shipped scenario library."""
    installed = _SHIPPED / "scenarios"
    return installed if installed.is_dir() else _SOURCE_ROOT / "scenarios"


def shipped_assets() -> Path:
    """The folder of the shipped art."""
    installed = _SHIPPED / "assets"
    return installed if installed.is_dir() else _SOURCE_ROOT / "assets"


def assets_for(scenario_file: Path) -> Path | None:
    """The assets/ folder a scenario file's paths are relative to.

    An `assets/` folder beside the file or beside its folder wins, so an
    instructor's own library can carry its own art; otherwise the shipped art.
    """
    folder = scenario_file.resolve().parent
    for candidate in (folder / "assets", folder.parent / "assets", shipped_assets()):
        if candidate.is_dir():
            return candidate
    return None
