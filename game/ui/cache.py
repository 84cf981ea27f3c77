"""A least-recently-used cache of surfaces bounded by the bytes they hold.

Every cache of drawn things (rendered text, scaled art, panel shapes) is keyed by
the window size or pixel size it was made for, so dragging a window's corner makes
a new entry at every size it passes through. Bounding each cache by bytes, not by
count, is what keeps memory flat under a resize: a 4K background weighs as much as
ten thousand lines of text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

import pygame

V = TypeVar("V")


def surface_bytes(surface: pygame.Surface | None) -> int:
    """What a surface holds in memory (its pixel rows)."""
    return 0 if surface is None else surface.get_pitch() * surface.get_height()


class BoundedCache(Generic[V]):
    """Values by key, least recently used dropped first once `budget` bytes are exceeded."""

    def __init__(self, budget: int, weigh: Callable[[V], int] = surface_bytes) -> None:  # type: ignore[assignment]
        self.budget, self._weigh = budget, weigh
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self.bytes = 0

    def get(self, key: Hashable) -> V | None:
        found = self._items.get(key)
        if found is None:
            return None
        self._items.move_to_end(key)
        return found[0]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def put(self, key: Hashable, value: V) -> V:
        if key in self._items:
            self.bytes -= self._items.pop(key)[1]
        weight = self._weigh(value)
        self._items[key] = (value, weight)
        self.bytes += weight
        while self.bytes > self.budget and len(self._items) > 1:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped
        return value

    def keys(self) -> list[Hashable]:
        return list(self._items)

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)
