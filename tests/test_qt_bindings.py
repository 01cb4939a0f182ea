"""The Qt bindings the app runs on must not leak references to None.

PySide6 6.12.0 loses one reference to None on every call of a method that returns nothing;
before Python 3.12, None's count then reaches zero and the interpreter aborts mid-lesson (after
a few hundred tags). pyproject.toml pins around it; this test fails if a bad build slips in.
"""

import sys

from PySide6.QtGui import QColor, QTextCharFormat


def test_void_calls_keep_none_alive():
    fmt = QTextCharFormat()
    colour = QColor("#8fd3ff")
    before = sys.getrefcount(None)
    for _ in range(20_000):
        fmt.setBackground(colour)
    assert sys.getrefcount(None) - before > -100
