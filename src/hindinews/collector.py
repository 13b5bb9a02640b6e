"""Pause CPython's cycle collector while a large page is read or written.

A page of megabytes makes hundreds of thousands of small objects (lines,
working slots, blocks, their dicts), none of them in a reference cycle.
The cycle collector walks every live object at each full collection, so
left running it makes the cost per megabyte grow with the page (1.2x from
1 to 16 MB on the `mixed_scripts` shape of ``benchmarks/bench_linear.py``);
paused, the cost stays flat.  Nothing is lost: the collector only frees
cycles, and the objects made here are freed by reference counting.

    >>> import gc
    >>> with paused(True):
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Texts of at least this many characters are read with the collector paused.
LARGE_TEXT_CHARS = 200_000

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def paused(pause: bool) -> Iterator[None]:
    """Pause the cycle collector for the block when ``pause`` is true.

    Pauses from several threads nest: the collector runs again, if it ran
    before the first, when the last one ends.
    """
    global _pauses, _was_enabled
    if not pause:
        yield
        return
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
