"""The scene stack: screens pushed with a callback that receives their result when they close.

As in Textual (`push_screen(screen, callback)` and `dismiss(result)`), a scene never
imports the scene that follows it: it closes with a result, and whoever pushed it
(the flow, game/ui/flow.py) decides what comes next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Done = Callable[[Any], None] | None


@dataclass
class _Entry:
    scene: Any
    on_done: Done


class SceneStack:
    def __init__(self, layout_key: Callable[[], tuple], changed: Callable[[], None]) -> None:
        self._entries: list[_Entry] = []
        self._layout_key, self._changed = layout_key, changed

    @property
    def scenes(self) -> list:
        return [entry.scene for entry in self._entries]

    @property
    def top(self):
        return self._entries[-1].scene

    def __len__(self) -> int:
        return len(self._entries)

    def push(self, scene, on_done: Done = None) -> None:
        """Show `scene` above the others; `on_done(result)` runs when it is dismissed."""
        self._entries.append(_Entry(scene, on_done))
        scene.ensure_layout(self._layout_key())
        scene.on_enter()
        self._changed()

    def switch(self, scene, on_done: Done = None) -> None:
        """Replace the top scene with `scene` (its callback is dropped: it did not close, it moved on)."""
        self._entries.pop()
        self.push(scene, on_done)

    def reset(self, scene, on_done: Done = None) -> None:
        self._entries.clear()
        self.push(scene, on_done)

    def dismiss(self, scene, result: object = None) -> None:
        """Close `scene` (and anything above it), then hand `result` to whoever pushed it."""
        index = next((i for i, e in enumerate(self._entries) if e.scene is scene), None)
        if index is None:
            return  # already closed (a double click on a closing button)
        on_done = self._entries[index].on_done
        del self._entries[index:]
        self._uncovered()
        if on_done is not None:
            on_done(result)

    def back_to_root(self) -> None:
        """Close every screen above the first (the scenario menu); their callbacks are not called."""
        del self._entries[1:]
        self._uncovered()

    def visible(self) -> list:
        """The top scene and the modal scenes' backdrops down to the first opaque one."""
        start = len(self._entries) - 1
        while start > 0 and not self._entries[start].scene.opaque:
            start -= 1
        return self.scenes[start:]

    def _uncovered(self) -> None:
        if self._entries:
            self.top.on_uncovered()
        self._changed()
