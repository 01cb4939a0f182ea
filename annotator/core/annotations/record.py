"""The annotation record: the one mapping between an :class:`Annotation` and its named fields.

Storage rows, submission files and exports all map through here, so that a field is added in
one place, never by hand in each reader and writer. To store a new field of an annotation:

1. give :class:`~annotator.core.annotations.annotation.Annotation` the attribute;
2. add its :class:`Field` to :data:`FIELDS` (JSON gets it at once, after the fields before it);
3. add a migration step that adds the column to ``annotations`` and ``class_annotations``.

Rows and JSON are read by name, never by position: a reader of rows maps the column names of
its query (``cursor.description``) to the record's fields once per query.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations.annotation import Annotation
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector

# The selectors an annotation holds, by attribute: their fields are stored flat in rows
# ("start", "exact") and nested in JSON under "target" ("target": {"position": {"start": ...}}).
SELECTORS: dict[str, type] = {"position": TextPositionSelector, "quote": TextQuoteSelector}
TARGET = "target"


@dataclass(frozen=True, slots=True)
class Field:
    """One stored field of an annotation.

    ``name`` is its column in both tables and its key in JSON; ``attribute`` is where it lives
    on an annotation: an attribute, or ``selector.field`` for a field of one of its selectors.
    A ``required`` field must be present (and, as text, not empty); any other reads as
    ``kind()`` ("", 0, False) when it is missing or NULL, or as the ``fallback`` field's value
    if one is named.
    """

    name: str
    attribute: str = ""
    kind: type = str  # str, int or bool (a bool is stored as 0 or 1)
    required: bool = False
    fallback: str = ""

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"a record field needs a plain name, not {self.name!r}")
        if not self.attribute:
            object.__setattr__(self, "attribute", self.name)

    @property
    def selector(self) -> str:
        """The selector it belongs to ("position", "quote"), or "" for a top-level field."""
        return self.attribute.partition(".")[0] if "." in self.attribute else ""


# THE record: every stored field of an annotation, in the order of its columns and JSON keys.
FIELDS: tuple[Field, ...] = (
    Field("id", required=True),
    Field("lesson_id", required=True),
    Field("lesson_version"),
    Field("pack_hash"),
    Field("article_id", required=True),
    Field("tag", required=True),
    Field("note"),
    Field("student"),
    Field("start", "position.start", int, required=True),
    Field("end", "position.end", int, required=True),
    Field("exact", "quote.exact", required=True),
    Field("prefix", "quote.prefix"),
    Field("suffix", "quote.suffix"),
    Field("created"),
    Field("modified", fallback="created"),  # never modified: modified when it was created
    Field("orphaned", kind=bool),
    Field("claim_id"),  # the student's linked claim ("" for none): linked_claim.py
    Field("attribution"),  # whom the outlet credits ("nobody"; "" not said)
)


def check_text(value: Any, field: str, required: bool = False) -> str:
    """``value`` if it is text (non-empty text if ``required``); else a ValueError naming it."""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"field {field} must be {'non-empty ' if required else ''}text")
    return value


class Record:
    """Maps annotations of ``cls`` to and from rows and JSON, through ``fields``.

    Every field of ``cls`` must be in the record (a selector field by field), so an attribute
    added to the annotation but not to the record fails at import, not in use.

    The mappings run for every annotation of a class (12,000 for 40 x 300), so they are made
    from the fields as source, once, the way :mod:`dataclasses` makes ``__init__``: literal
    dicts, and one constructor call per annotation with each value taken by its name. They are
    as fast as the hand-written code they replace; a loop over the fields per annotation took
    1.5 to 2.5 times as long.
    """

    def __init__(self, fields: Iterable[Field], cls: type = Annotation) -> None:
        self.fields = tuple(fields)
        self.cls = cls
        self.columns = tuple(field.name for field in self.fields)
        self.by_name = {field.name: field for field in self.fields}
        self._by_attribute = {field.attribute: field for field in self.fields}
        if len(self.by_name) != len(self.fields) or len(self._by_attribute) != len(self.fields):
            raise ValueError("a record names each column and attribute once")
        self._arguments = [self._argument(field) for field in dataclasses.fields(cls)]
        self._row_builders: dict[tuple, Callable] = {}
        self._json_builders: dict[frozenset[str], Callable] = {}
        self.to_row = self._make_to_row()
        self.to_json = self._make_to_json()

    def _argument(self, attribute: dataclasses.Field) -> tuple[str, Field | tuple[Field, ...]]:
        """What one constructor argument of ``cls`` is made of: a field, or a selector's."""
        if attribute.name in self._by_attribute:
            return attribute.name, self._by_attribute[attribute.name]
        if attribute.name in SELECTORS:
            parts = []
            for part in dataclasses.fields(SELECTORS[attribute.name]):
                path = f"{attribute.name}.{part.name}"
                if path not in self._by_attribute:
                    raise TypeError(f"{path} of {self.cls.__name__} is not in its record")
                parts.append(self._by_attribute[path])
            return attribute.name, tuple(parts)
        raise TypeError(f"{self.cls.__name__}.{attribute.name} is not in its record")

    def _construction(self, raw: Callable[[Field], str], given: frozenset[str]) -> str:
        """Source of the constructor call, each field's value made from its ``raw`` source
        (a row's column, a checked JSON value) or taken from ``given``."""

        def value(field: Field) -> str:
            if field.name in given:
                return f"given_{field.name}"
            if field.required:
                return raw(field)
            if field.fallback:  # missing, NULL or empty: the other field's
                return f"({raw(field)} or {value(self.by_name[field.fallback])})"
            if field.kind is bool:
                return f"bool({raw(field)})"
            return f"({raw(field)} or {field.kind()!r})"  # NULL: "" or 0

        arguments = [
            value(source)
            if isinstance(source, Field)
            else f"selector_{name}({', '.join(map(value, source))})"
            for name, source in self._arguments
        ]
        return f"cls({', '.join(arguments)})"

    def _compile(
        self, name: str, parameters: str, body: list[str], given: frozenset[str] = frozenset()
    ) -> Callable:
        """The function ``name(parameters)`` with ``body``, its ``given`` fields unpacked."""
        lines = [
            f"def {name}({parameters}):",
            *(f"    given_{field} = given[{field!r}]" for field in sorted(given)),
            *(f"    {line}" for line in body),
        ]
        namespace = {"cls": self.cls, "bool": bool, "int": int, "check_text": check_text}
        namespace |= {"whole_number": _whole_number}
        namespace |= {f"selector_{selector}": kind for selector, kind in SELECTORS.items()}
        code = compile("\n".join(lines), f"<{name} of the {self.cls.__name__} record>", "exec")
        exec(code, namespace)
        return namespace[name]

    # -- rows: flat, named columns

    def column_list(self, columns: Iterable[str] | None = None) -> str:
        """The columns (all of the record's by default), quoted, for a SELECT or an INSERT."""
        return ", ".join(f"[{column}]" for column in (self.columns if columns is None else columns))

    def _make_to_row(self) -> Callable[[Any], dict[str, Any]]:
        def stored(field: Field) -> str:
            value = f"annotation.{field.attribute}"
            return f"int({value})" if field.kind is bool else value

        items = ", ".join(f"{field.name!r}: {stored(field)}" for field in self.fields)
        to_row = self._compile("to_row", "annotation", [f"return {{{items}}}"])
        to_row.__doc__ = "The annotation as ``{column: value}``, in the record's order, as stored."
        return to_row

    def from_row(self, row: Mapping[str, Any], **given: Any) -> Any:
        """One annotation from a mapping of column names (a dict, a ``sqlite3.Row``);
        ``given`` supplies fields the row does not hold."""
        keys = tuple((name, name) for name in self.columns if name not in given)
        return self._rows_builder(keys, frozenset(given))((row,), given)[0]

    def from_rows(self, cursor: Any, **given: Any) -> list[Any]:
        """Every row of an executed query, each read by the index its column name has in the
        query's ``description``; ``given`` supplies fields the rows do not hold (the class
        table has no student: the submission says who).

        Opening a lesson reads all of its annotations, and the teacher's review reads the whole
        class: rows stay plain tuples (a dict per row, or an Annotation built by keyword
        arguments, took 1.3 to 2 times as long).
        """
        index = {column[0]: i for i, column in enumerate(cursor.description)}
        keys = tuple((name, index[name]) for name in self.columns if name in index)
        return self._rows_builder(keys, frozenset(given))(cursor, given)

    def _rows_builder(self, keys: tuple[tuple[str, Any], ...], given: frozenset[str]) -> Callable:
        """``build(rows, given) -> [annotation, ...]`` for rows holding ``keys`` (column name,
        key in the row), made once per layout of rows."""
        if (keys, given) not in self._row_builders:
            where = dict(keys)
            missing = [name for name in self.columns if name not in where and name not in given]
            if missing:
                raise KeyError(f"the rows lack the record's columns {', '.join(missing)}")
            construction = self._construction(lambda field: f"row[{where[field.name]!r}]", given)
            body = [f"return [{construction} for row in rows]"]
            self._row_builders[keys, given] = self._compile("build", "rows, given", body, given)
        return self._row_builders[keys, given]

    # -- JSON: selectors nested under "target", as in exports and submissions

    def _make_to_json(self) -> Callable[[Any], dict[str, Any]]:
        def items(fields: Iterable[Field]) -> str:
            return ", ".join(f"{field.name!r}: annotation.{field.attribute}" for field in fields)

        selectors = dict.fromkeys(field.selector for field in self.fields if field.selector)
        target = ", ".join(
            f"{selector!r}: {{{items(f for f in self.fields if f.selector == selector)}}}"
            for selector in selectors
        )
        top = items(field for field in self.fields if not field.selector)
        to_json = self._compile(
            "to_json", "annotation", [f"return {{{top}, {TARGET!r}: {{{target}}}}}"]
        )
        to_json.__doc__ = (
            "The annotation with both selectors: shared by exports and submissions. Its shape is "
            "part of the file formats (checksums, exports): the top-level fields in the record's "
            "order, then ``target`` with each selector's fields."
        )
        return to_json

    def from_json(self, item: Mapping[str, Any], **given: Any) -> Any:
        """An annotation from its JSON form, every field checked; ``given`` fields (a
        submission's lesson and student) are taken as they are, not from the item.

        Raises KeyError for a missing required field and ValueError for a wrong one, in the
        words of the submission's import report.
        """
        names = frozenset(given)
        if names not in self._json_builders:
            self._json_builders[names] = self._make_from_json(names)
        return self._json_builders[names](item, given)

    def _make_from_json(self, given: frozenset[str]) -> Callable:
        body = [f"target = item[{TARGET!r}]"]
        body += [
            f"part_{selector} = target[{selector!r}]"
            for selector in dict.fromkeys(f.selector for f in self.fields if f.selector)
        ]
        for field in self.fields:
            if field.name in given:
                continue
            where = f"part_{field.selector}" if field.selector else "item"
            if field.required:
                read = f"{where}[{field.name!r}]"
            else:
                read = f"{where}.get({field.name!r}, {field.kind()!r})"
            path = f"{field.selector}.{field.name}" if field.selector else field.name
            if field.kind is bool:
                checked = f"bool({read})"
            elif field.kind is int:
                checked = f"whole_number({read}, {path!r}, item)"
            else:
                label = path if field.selector else f"annotations[].{path}"
                checked = f"check_text({read}, {label!r}, {field.required})"
            body.append(f"value_{field.name} = {checked}")
        body.append(f"return {self._construction(lambda field: f'value_{field.name}', given)}")
        return self._compile("from_json", "item, given", body, given)


def _whole_number(value: Any, field: str, item: Mapping[str, Any]) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"annotation {item.get('id')}: {field} must be a whole number")
    return value


ANNOTATION_RECORD = Record(FIELDS, Annotation)
COLUMNS = ANNOTATION_RECORD.columns

annotation_to_row = ANNOTATION_RECORD.to_row
annotation_from_row = ANNOTATION_RECORD.from_row
annotations_from_rows = ANNOTATION_RECORD.from_rows
annotation_to_json = ANNOTATION_RECORD.to_json
annotation_from_json = ANNOTATION_RECORD.from_json
