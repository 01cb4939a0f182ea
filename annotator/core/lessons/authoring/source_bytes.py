"""Reading a file the teacher chose as an article's source: a saved web page, a ``.txt`` or a
``.md``; and finding the encoding it was written in.

A teacher's downloads folder holds anything, so a source is read the way every user's file is
(:func:`~annotator.core.bounded_read.read_bounded`: regular files only, at most one byte past
the limit) and sniffed before it is decoded: a PDF or an image renamed ``.html``, a page of
tens of megabytes, a file that is not text at all, each gets a message that names the file and
says what to do, and nothing else happens.

Pages come in the encoding their outlet chose: a byte order mark wins, then the page's own
``<meta charset>`` (or ``http-equiv`` content type), then strict UTF-8, then the most likely
encoding as charset_normalizer (which trafilatura brings) judges it. Labels are read as browsers
read them (WHATWG): a page that says ISO-8859-1 is decoded as Windows-1252.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from annotator.core.bounded_read import FileRefused, read_bounded

MAX_SOURCE_BYTES = 20 * 1024 * 1024  # a saved page; news pages are 1-3 MB, scripts and all
SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".md": "markdown"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
# What browsers decode these labels as (the WHATWG Encoding Standard).
_BROWSER_LABELS = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "windows-31j": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Files that are not text, by their first bytes, named for the message.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or a Word or OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)


class SourceError(ValueError):
    """A source that cannot be read as an article; the message names it and says why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source decoded: its text, what kind of text it is, and the encoding it was in."""

    origin: str  # the file's name, or "pasted text"
    kind: str  # "html", "text" or "markdown"
    text: str
    encoding: str = "utf-8"


def read_source(path: str | Path) -> SourceText:
    """The source at ``path``, decoded; raises :class:`SourceError` with the reason."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        allowed = ", ".join(SUFFIXES)
        raise SourceError(path.name, f"not a saved page or a text file (use one of: {allowed})")
    try:
        data = read_bounded(path, MAX_SOURCE_BYTES)
    except FileRefused as error:
        raise SourceError(path.name, error.reason) from None
    except OSError as error:
        raise SourceError(path.name, f"cannot be read: {error.strerror or error}") from None
    return decode_source(path.name, kind, data)


def pasted_source(text: str, origin: str = "pasted text") -> SourceText:
    """Text the teacher pasted: read as a text capture (Markdown marks if it has them)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_SOURCE_BYTES:
        raise SourceError(origin, _too_large())
    return SourceText(origin, "markdown" if looks_like_markdown(text) else "text", text)


def decode_source(origin: str, kind: str, data: bytes) -> SourceText:
    """``data`` read from ``origin`` as text of ``kind``, or :class:`SourceError`."""
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(origin, _too_large())
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise SourceError(
                origin,
                f"this is {what}, not a web page or text, whatever its name says; save the "
                "page from the browser (File > Save Page As, 'Web page, HTML only') or copy "
                "the article's text",
            )
    if not data.strip():
        raise SourceError(origin, "the file is empty")
    encoding = find_encoding(data, kind == "html")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _binary(text):
        raise SourceError(origin, "this file is not text (it holds control bytes); not read")
    return SourceText(origin, kind, text, encoding)


def find_encoding(data: bytes, html: bool) -> str:
    """The encoding ``data`` is in: its byte order mark, its meta charset, UTF-8 or a guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if html and (match := _META_CHARSET.search(data[:8192])):
        label = match.group(1).decode("ascii").lower()
        label = _BROWSER_LABELS.get(label, label)
        try:
            return codecs.lookup(label).name
        except LookupError:
            pass  # an unknown label: decide from the bytes, as browsers do
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # installed with trafilatura

    best = from_bytes(data[:262144]).best()
    return best.encoding if best is not None else "cp1252"


def looks_like_markdown(text: str) -> bool:
    """Whether a text capture carries Markdown marks: links, bold, or fenced blocks."""
    return bool(re.search(r"\]\([^)\s]*\)|\*\*[^*\n]+\*\*|^:::\s*\w", text, re.MULTILINE))


def _binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(8, len(sample) // 1000)


def _too_large() -> str:
    limit = MAX_SOURCE_BYTES // (1024 * 1024)
    return (
        f"larger than {limit} MB, the most a saved page may be; save it again as "
        "'Web page, HTML only' (without its images and scripts), or copy the article's text "
        "into a .txt file"
    )
