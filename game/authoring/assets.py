"""Asset paths (backgrounds, portraits): what a scenario may name, and the file it really is.

A path in a scenario is relative to its `assets/` folder and must stay inside it:
no `..`, no absolute or drive path, and no symbolic link under `assets/` that
leads out of it (a shared classroom folder must not let a scenario show, or probe,
any file of the machine). The validator and the window both ask `asset_file`.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path, PurePosixPath, PureWindowsPath


class AssetProblem(Enum):
    LEAVES = "leaves"            # '..', absolute, a drive: refused without looking at the disk
    LINKS_OUT = "links-out"      # inside assets/ by name, but a symbolic link leads out of it
    MISSING = "missing"
    UNREADABLE = "unreadable"    # the system refuses the name (too long, a bad character...)


def leaves_assets(value: str) -> bool:
    """Whether the path, read as POSIX or Windows, climbs out of assets/ or starts somewhere else."""
    posix, windows = PurePosixPath(value.replace("\\", "/")), PureWindowsPath(value)
    return posix.is_absolute() or windows.is_absolute() or bool(windows.drive) or ".." in posix.parts


def check_asset(assets_dir: Path, value: str) -> tuple[Path | None, AssetProblem | None, str]:
    """The file `value` names under `assets_dir` (resolved), or None with the problem and the system's reason."""
    if leaves_assets(value):
        return None, AssetProblem.LEAVES, ""
    try:
        root = assets_dir.resolve()
        target = (root / PurePosixPath(value.replace("\\", "/"))).resolve()
        if not target.is_relative_to(root):
            return None, AssetProblem.LINKS_OUT, ""
        if not target.is_file():
            return None, AssetProblem.MISSING, ""
    except (OSError, RuntimeError, ValueError) as exc:  # a name too long, a loop of links, a NUL
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return None, AssetProblem.UNREADABLE, reason
    return target, None, ""


def asset_file(assets_dir: Path | None, value: str | None) -> Path | None:
    """The picture to show for an asset path, or None (the window then draws its fallback)."""
    if assets_dir is None or not value:
        return None
    return check_asset(assets_dir, value)[0]
