"""Per-user settings: a small JSON file in the user's config folder, written atomically.

Unknown or damaged values fall back to the defaults one by one, so a settings
file from another version never stops the trainer from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from ..userdirs import config_dir
from ..files import write_file

TEXT_SIZES = ("normal", "large", "largest")
TEXT_SCALE = {"normal": 1.0, "large": 1.2, "largest": 1.45}
THEME_NAMES = ("standard", "high-contrast")
MOTIONS = ("full", "reduced")
TIMERS = ("x1", "x1.5", "x2", "off")

_CHOICES: dict[str, tuple[str, ...]] = {
    "text_size": TEXT_SIZES, "theme": THEME_NAMES, "motion": MOTIONS, "timer": TIMERS, "language": ("en", "fr"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    text_size: str = "normal"
    theme: str = "standard"
    motion: str = "full"
    voice: bool = False
    timer: str = "x1"
    language: str = "en"
    trainee: str = ""
    course: str = ""

    @property
    def reduced_motion(self) -> bool:
        return self.motion == "reduced"

    @property
    def text_scale(self) -> float:
        return TEXT_SCALE[self.text_size]

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)  # type: ignore[arg-type]


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings, or the defaults for whatever is missing or not understood."""
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    values = {}
    for item in fields(Settings):
        value = data.get(item.name)
        if _acceptable(item.name, value, getattr(Settings(), item.name)):
            values[item.name] = value
    return Settings(**values)


def _acceptable(name: str, value: object, default: object) -> bool:
    if type(value) is not type(default):
        return False
    return name not in _CHOICES or value in _CHOICES[name]


def save_settings(settings: Settings) -> None:
    """Write the settings (temporary file, then rename); a read-only disk only loses them."""
    target = settings_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, json.dumps(asdict(settings), ensure_ascii=False, indent=2))
    except OSError:
        pass
