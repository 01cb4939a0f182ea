"""Lesson packs: a folder or a ``.zip`` holding a lesson's manifest, articles, instructions and,
in the teacher's copy, the answer key. The format is documented in ``docs/lesson-packs.md``.

Packs come from anywhere (USB sticks, LMS downloads, e-mail), so loading is strict: every problem
is collected, not just the first, and each one names the file, the field or line, and what to do.
Zips are read into memory by :mod:`annotator.core.lessons.safezip`; nothing is ever written.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from annotator.core.bounded_read import read_bounded
from annotator.core.lessons.key_file import read_key
from annotator.core.lessons.lesson import (
    DEFAULT_MATCH_THRESHOLD,
    Article,
    GradingRules,
    KeySpan,
    Lesson,
    parse_due,
)
from annotator.core.lessons.tags import DEFAULT_TAGS, Tag, TagSet, UnderlineStyle
from annotator.core.text.article_text import ArticleSyntaxError, parse_article

if TYPE_CHECKING:
    import jsonschema

MANIFEST_NAME = "lesson.toml"
_NOT_HASHED = frozenset({"key", "due", "points"})  # manifest fields the content hash leaves out
MAX_TEXT_BYTES = 8 * 1024 * 1024  # one article or instructions file
FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class PackProblem:
    file: str
    message: str
    field: str = ""

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class PackError(ValueError):
    """A pack that cannot be opened; ``problems`` lists everything wrong with it."""

    def __init__(self, source: str, problems: list[PackProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"The lesson pack {source} cannot be opened:\n{lines}")


# ---------------------------------------------------------------------------------------------
# Reading the files of a pack


class PackFiles:
    """The files of one pack, by relative POSIX path, whether it is a folder or a zip.

    ``trusted`` marks the lesson that ships inside the app: the test suite checks it against
    the JSON Schemas, so opening it at start-up skips them (and the cost of loading jsonschema
    before the first window is painted). Every other check still runs.
    """

    def __init__(
        self,
        source: str,
        files: Mapping[str, bytes] | None,
        root: Path | None,
        trusted: bool = False,
    ):
        self.source = source
        self.trusted = trusted
        self._files = files
        self._root = root

    @classmethod
    def open(cls, path: str | Path, trusted: bool = False) -> PackFiles:
        path = Path(path)
        if path.is_dir():
            return cls(str(path), None, path.resolve(), trusted)
        if not path.exists():
            raise PackError(str(path), [PackProblem(str(path), "no such file or folder")])
        # Only zipped packs need the archive reader (and zipfile, lzma...).
        from annotator.core.lessons.safezip import UnsafeArchiveError, read_zip

        try:
            return cls(str(path), read_zip(path), None, trusted)
        except UnsafeArchiveError as error:
            raise PackError(str(path), [PackProblem(path.name, str(error))]) from None

    def read(self, name: str) -> bytes | None:
        """The bytes of ``name``, or None if the pack does not hold it."""
        if not _is_safe_relative(name):
            return None
        if self._files is not None:
            return self._files.get(str(PurePosixPath(name)))
        assert self._root is not None
        for candidate in self._candidates(name):
            if candidate.is_file():
                # At most one byte past the limit: a sparse file of gigabytes is refused at once.
                return read_bounded(candidate, MAX_TEXT_BYTES)
        return None

    def _candidates(self, name: str):
        """A file of the folder itself, then, for an article, the shared article library.

        A lesson folder in a teacher's library (``lessons/<lesson>/`` beside ``articles/``) may
        name articles kept once in ``articles/``, so that lessons can share them. Only a plain
        file name directly under ``articles/`` is looked up there; ``pack build`` copies it into
        the built pack, which is then self-contained.
        """
        assert self._root is not None
        inside = (self._root / name).resolve()
        if inside.is_relative_to(self._root):
            yield inside
        parts = PurePosixPath(name).parts
        if len(parts) == 2 and parts[0] == "articles" and self._root.parent.name == "lessons":
            library = self._root.parent.parent / "articles"
            shared = (library / parts[1]).resolve()
            if shared.is_relative_to(library.resolve()):
                yield shared

    def names(self) -> list[str]:
        if self._files is not None:
            return sorted(self._files)
        assert self._root is not None
        return sorted(
            str(p.relative_to(self._root).as_posix()) for p in self._root.rglob("*") if p.is_file()
        )


def _is_safe_relative(name: str) -> bool:
    if not name or "\\" in name or "\0" in name or re.match(r"^[A-Za-z]:", name):
        return False
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts


# ---------------------------------------------------------------------------------------------
# Schemas


@cache
def schema(name: str) -> dict[str, Any]:
    """A published JSON Schema of the pack format: ``manifest``, ``article`` or ``key``."""
    text = resources.files("annotator.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def _schema_problems(files: PackFiles, data: Any, schema_name: str, file: str) -> list[PackProblem]:
    return [] if files.trusted else _checked(data, schema_name, file)


def _checked(data: Any, schema_name: str, file: str) -> list[PackProblem]:
    import jsonschema  # 50 ms and 14 MB: loaded when a pack from outside the app is checked

    validator = jsonschema.Draft202012Validator(schema(schema_name))
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        problems.append(PackProblem(file, _explain(error), _field_name(error.absolute_path)))
    return problems


def _field_name(path) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def _explain(error: jsonschema.ValidationError) -> str:
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(error.schema.get("properties", {}))
        return f"unknown field(s) {', '.join(extra)}; allowed here: {allowed}"
    if error.validator == "required":
        return f"{error.message.replace(' is a required property', '')} is missing"
    if error.validator in {"maxItems", "minItems"}:
        bound = "at most" if error.validator == "maxItems" else "at least"
        return f"has {len(error.instance)} entries; {bound} {error.validator_value} are allowed"
    if error.validator == "type":
        return f"{error.instance!r} should be of type {error.validator_value}"
    if "description" in error.schema and error.validator in {"pattern", "enum", "const"}:
        return f"{error.instance!r} is not allowed: {error.schema['description']}"
    return error.message


# ---------------------------------------------------------------------------------------------
# Loading


def load_pack(path: str | Path, trusted: bool = False) -> Lesson:
    """The lesson in the pack at ``path``; raises :class:`PackError` listing every problem.

    ``trusted`` is for the built-in lesson only (see :class:`PackFiles`).
    """
    files = PackFiles.open(path, trusted)
    lesson, problems = _load(files)
    if problems or lesson is None:
        raise PackError(files.source, problems)
    return lesson


def validate_pack(path: str | Path) -> list[PackProblem]:
    """Every problem of the pack at ``path``; an empty list means it opens."""
    try:
        files = PackFiles.open(path)
    except PackError as error:
        return error.problems
    return _load(files)[1]


def _decode(files: PackFiles, name: str, problems: list[PackProblem], what: str) -> str | None:
    data = files.read(name)
    if data is None:
        problems.append(
            PackProblem(name, f"the {what} named in {MANIFEST_NAME} is not in the pack; add it")
        )
        return None
    if len(data) > MAX_TEXT_BYTES:
        limit = MAX_TEXT_BYTES // (1024 * 1024)
        problems.append(PackProblem(name, f"larger than the {limit} MB limit for one file"))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(
            PackProblem(
                name,
                f"not UTF-8 text (byte 0x{data[error.start]:02x} on line {line}); "
                "save the file as UTF-8",
            )
        )
        return None


def _toml(files: PackFiles, name: str, problems: list[PackProblem], what: str) -> dict | None:
    text = _decode(files, name, problems, what)
    if text is None:
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.append(PackProblem(name, f"not valid TOML: {error}"))
        return None


def _load(files: PackFiles) -> tuple[Lesson | None, list[PackProblem]]:
    problems: list[PackProblem] = []
    if files.read(MANIFEST_NAME) is None:
        found = ", ".join(files.names()[:5]) or "nothing"
        problems.append(
            PackProblem(
                MANIFEST_NAME,
                f"a lesson pack needs {MANIFEST_NAME} at its top level (found: {found})",
            )
        )
        return None, problems
    manifest = _toml(files, MANIFEST_NAME, problems, "manifest")
    if manifest is None:
        return None, problems
    if isinstance(manifest.get("due"), datetime):  # written as a TOML date-time, not a string
        manifest["due"] = manifest["due"].isoformat()
    problems += _schema_problems(files, manifest, "manifest", MANIFEST_NAME)
    if not problems and "due" in manifest:
        try:
            parse_due(str(manifest["due"]))
        except ValueError as error:
            problems.append(PackProblem(MANIFEST_NAME, str(error), "due"))
    if problems:
        return None, problems

    tags = _tag_set(manifest, problems)
    hasher = hashlib.sha256()
    # The hash covers what students see, not the key, so that the teacher's copy and the
    # student copy of one pack carry the same hash and submissions can be matched to it.
    # The due date and the points are the teacher's, like the key: changing them must not make
    # students' work look as if it were made with another version of the lesson.
    shown = {name: value for name, value in manifest.items() if name not in _NOT_HASHED}
    hasher.update(json.dumps(shown, sort_keys=True).encode("utf-8"))

    instructions = _decode(files, manifest["instructions"], problems, "instructions file") or ""
    hasher.update(instructions.encode("utf-8"))

    articles: list[Article] = []
    seen: set[str] = set()
    for index, entry in enumerate(manifest["articles"]):
        field = f"articles[{index}]"
        if entry["id"] in seen:
            problems.append(
                PackProblem(MANIFEST_NAME, f"duplicate article id '{entry['id']}'", f"{field}.id")
            )
            continue
        seen.add(entry["id"])
        loaded = _article(files, entry, problems)
        if loaded is not None:
            article, source = loaded
            articles.append(article)
            hasher.update(f"\0{entry['id']}\0{source}".encode())

    key: tuple[KeySpan, ...] = ()
    rules = GradingRules()
    if "key" in manifest and articles:
        key, rules = _key(files, manifest["key"], {a.id: a for a in articles}, tags, problems)

    if problems:
        return None, problems
    lesson = Lesson(
        id=manifest["id"],
        version=manifest["version"],
        title=manifest["title"],
        instructions_markdown=instructions,
        articles=tuple(articles),
        tags=tags,
        key=key,
        match_threshold=manifest.get("match_threshold", DEFAULT_MATCH_THRESHOLD),
        due=str(manifest.get("due", "")),
        points=manifest.get("points"),
        rules=rules,
        content_hash=f"sha256:{hasher.hexdigest()}",
        source=files.source,
    )
    return lesson, problems


def _tag_set(manifest: dict, problems: list[PackProblem]) -> TagSet:
    if "tags" not in manifest:
        return DEFAULT_TAGS
    tags = [
        Tag(
            name=entry["name"],
            label=entry.get("label", entry["name"].title()),
            colour=entry["colour"],
            underline=UnderlineStyle(entry.get("underline", "solid")),
            description=entry.get("description", ""),
        )
        for entry in manifest["tags"]
    ]
    try:
        return TagSet(tuple(tags))
    except ValueError as error:
        problems.append(PackProblem(MANIFEST_NAME, str(error), "tags"))
        return DEFAULT_TAGS


def _article(
    files: PackFiles, entry: dict, problems: list[PackProblem]
) -> tuple[Article, str] | None:
    """The article of one manifest entry, with the source text it was parsed from."""
    name = entry["file"]
    source = _decode(files, name, problems, "article")
    if source is None:
        return None
    meta: dict = {}
    match = FRONT_MATTER.match(source)
    if match:
        try:
            meta = tomllib.loads(match.group(1))
        except tomllib.TOMLDecodeError as error:
            problems.append(PackProblem(name, f"front matter is not valid TOML: {error}"))
            return None
        found = _schema_problems(files, meta, "article", name)
        if found:
            problems += found
            return None
        body = source[match.end() :]
        body_first_line = source[: match.end()].count("\n") + 1
    else:
        problems.append(
            PackProblem(name, "the article needs front matter between '+++' lines (outlet ...)")
        )
        return None
    try:
        text = parse_article(body, meta.get("headline", ""))
    except ArticleSyntaxError as error:
        line = error.line + body_first_line - 1
        problems.append(PackProblem(name, error.reason, f"line {line}"))
        return None
    if not any(block.kind != "headline" for block in text.blocks):
        problems.append(PackProblem(name, "the article has no text; paste the article's body"))
        return None
    article = Article(
        id=entry["id"],
        outlet=meta["outlet"],
        headline=meta.get("headline", ""),
        byline=meta.get("byline", ""),
        published=meta.get("published", ""),
        source_url=meta.get("source_url", ""),
        source_note=meta.get("source_note", ""),
        text=text,
    )
    return article, source


def read_key_text(
    text: str, lesson: Lesson, name: str = "key.toml"
) -> tuple[tuple[KeySpan, ...], GradingRules]:
    """The answer key ``text`` (a ``key.toml``) read against the lesson's articles and tags, as
    :func:`load_pack` reads a pack's key; raises :class:`PackError` listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PackError(name, [PackProblem(name, f"not valid TOML: {error}")]) from None
    problems = _checked(data, "key", name)
    if not problems:

        def report(message: str, field: str) -> None:
            problems.append(PackProblem(name, message, field))

        key, rules = read_key(data, {a.id: a for a in lesson.articles}, lesson.tags, report)
    if problems:
        raise PackError(name, problems)
    return key, rules


def _key(
    files: PackFiles,
    name: str,
    articles: dict[str, Article],
    tags: TagSet,
    problems: list[PackProblem],
) -> tuple[tuple[KeySpan, ...], GradingRules]:
    data = _toml(files, name, problems, "answer key")
    if data is None:
        return (), GradingRules()
    found = _schema_problems(files, data, "key", name)
    if found:
        problems += found
        return (), GradingRules()

    def report(message: str, field: str) -> None:
        problems.append(PackProblem(name, message, field))

    return read_key(data, articles, tags, report)
