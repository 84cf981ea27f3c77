"""Pausing Python's cyclic garbage collector around bulk work that allocates millions of small objects.

Loading a large scenario or searching its playthroughs builds only acyclic data,
so the collector's repeated passes find nothing and cost several times the work.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
