"""Where the database lives by default, without loading the storage layer itself.

Kept apart from :mod:`annotator.storage.database` so that starting the app can name its
database file before sqlite-utils is imported (see :func:`annotator.qt.app.start_main_window`).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir("Annotator", appauthor=False)) / "annotator.db"
