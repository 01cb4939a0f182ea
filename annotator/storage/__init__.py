"""The storage layer: one SQLite file, through sqlite-utils.

sqlite-utils imports numpy and pandas whenever they are installed, to map their value types to
SQL column types. The app never stores such values, and where numpy is installed (it comes
with scipy, for one) it would add about 65 ms and 17 MB to every start of the app. So the
first import of sqlite-utils, here, before any module of this package runs, does not see them
unless something had loaded them already; they stay importable for everything else.
"""

from __future__ import annotations

import sys

OPTIONAL_IMPORTS_NOT_NEEDED = ("numpy", "pandas")


def _import_sqlite_utils() -> None:
    hidden = [name for name in OPTIONAL_IMPORTS_NOT_NEEDED if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes ``import`` fail at once
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_sqlite_utils()
