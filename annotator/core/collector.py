"""Pausing Python's cyclic garbage collector while many long-lived objects are made.

Reading a class (36,000 objects), highlighting thousands of annotations, or reading a
student's saved work makes objects in bulk that form no reference cycles. Every 700 new
objects set off a young collection that can free none of them, and the count of those brings
on a full collection of the whole process: tens of milliseconds, at random moments of a window
opening. Paused, the collector goes through the new objects once, when it runs again;
reference counting frees memory as usual in the meantime.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the ``with`` block (left as it is if a caller paused it)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
