"""A runner for the W3C Web Annotation test suite's MUST assertions, for the export tests.

The suite (``../shared/w3c-web-annotation-tests`` beside the repository, or the directory named
by ``ANNOTATOR_W3C_SUITE``) lists, in ``*.test`` files, assertion files that are JSON Schemas
(draft-04) extended with three keywords, as the suite's web-platform-tests harness (JSONtest.js)
reads them:

* ``assertionType``: ``must`` (the default), ``should`` or ``may``. Only ``must`` assertions
  decide conformance, so only they are run here; the others are counted and left out;
* ``expectedResult``: ``valid`` (the default) or ``invalid``: whether the document passing the
  schema is the expected outcome;
* ``onUnexpectedResult``: ``failAndContinue`` (the default), ``...AndSkip`` (skip the rest of
  this assertion list) or ``...AndAbort`` (stop the whole test).

Two things that the JavaScript harness (ajv) did for free are done explicitly here, because
without them the checks would pass vacuously:

* ``format`` is checked: python-jsonschema ignores formats unless given a format checker, and
  its ``uri`` checker needs an optional package. This module checks ``uri`` (RFC 3986) and
  ``date-time`` (RFC 3339) itself, and refuses to load a suite that uses any other format;
* every ``$ref`` resolves to ``definitions/*.json`` through a :mod:`referencing` registry with no
  network access: a reference that does not resolve raises instead of passing.

A document embedded in another (a page in a collection, an annotation in a page) inherits the
enclosing ``@context``, as in JSON-LD, when it has none of its own.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT4

from tests.beside import SHARED, W3C_CHECKED, need

SUITE_ENV = "ANNOTATOR_W3C_SUITE"
DEFAULT_SUITE = SHARED / "w3c-web-annotation-tests"

ANNOTATION_MUSTS = "annotations/annotationMusts.test"
COLLECTION_MUSTS = "collections/collectionMusts.test"
PAGE_MUSTS = "collections/pages/pageMusts.test"

# --- formats ---------------------------------------------------------------------------------

_UNRESERVED_SUB = r"A-Za-z0-9\-._~!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED_SUB}:@]|{_PCT})"
_AUTHORITY = (
    rf"(?:(?:[{_UNRESERVED_SUB}:]|{_PCT})*@)?"  # userinfo
    rf"(?:\[[0-9A-Fa-f:.vV]+\]|(?:[{_UNRESERVED_SUB}]|{_PCT})*)"  # IP literal or reg-name
    r"(?::[0-9]*)?"  # port
)
_URI = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*:"  # scheme
    rf"(?://{_AUTHORITY}(?:/{_PCHAR}*)*|/?(?:{_PCHAR}+(?:/{_PCHAR}*)*)?)"  # hier-part
    rf"(?:\?(?:{_PCHAR}|[/?])*)?"  # query
    rf"(?:#(?:{_PCHAR}|[/?])*)?$"  # fragment
)
_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$"
)


def is_uri(value: object) -> bool:
    """An absolute URI as RFC 3986 defines it (``format: uri`` of JSON Schema draft-04)."""
    return not isinstance(value, str) or _URI.match(value) is not None


def is_date_time(value: object) -> bool:
    """An RFC 3339 ``date-time``: full date, time and a zone, with real calendar values."""
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.match(value)
    if match is None:
        return False
    year, month, day, hour, minute, second, zone_h, zone_m = match.groups()
    try:  # a leap second (60) is valid in RFC 3339
        datetime(int(year), int(month), int(day), int(hour), int(minute), min(int(second), 59))
    except ValueError:
        return False
    return zone_h is None or (int(zone_h) <= 23 and int(zone_m) <= 59)


# What to do with the rest of an assertion list after an unexpected result (JSONtest.js).
_ACTIONS = {
    "failAndContinue": "continue",
    "failAndSkip": "skip",
    "failAndAbort": "abort",
    "passAndContinue": "continue",
    "passAndSkip": "skip",
    "passAndAbort": "abort",
}

FORMAT_CHECKER = FormatChecker(formats=())
FORMAT_CHECKER.checks("uri")(is_uri)
FORMAT_CHECKER.checks("date-time")(is_date_time)


# --- the suite -------------------------------------------------------------------------------


def suite_root() -> Path:
    """Where the suite is: ``$ANNOTATOR_W3C_SUITE`` if set, else ``../shared/...``."""
    override = os.environ.get(SUITE_ENV)
    return Path(override).expanduser().resolve() if override else DEFAULT_SUITE


def _clean_title(title: str) -> str:
    """A suite title without its Markdown emphasis, for readable failure messages."""
    return re.sub(r"\*\*|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", "", title)


@dataclass(frozen=True)
class Assertion:
    """One assertion file of the suite: a draft-04 schema and how its outcome counts."""

    path: str  # relative to the suite root, e.g. "annotations/3.1-annotationIdValidated.json"
    schema: dict[str, Any]
    validator: Draft4Validator = field(repr=False, compare=False)

    @property
    def assertion_type(self) -> str:
        return self.schema.get("assertionType", "must")

    @property
    def expected_result(self) -> str:
        return self.schema.get("expectedResult", "valid")

    @property
    def on_unexpected_result(self) -> str:
        return self.schema.get("onUnexpectedResult", "failAndContinue")

    @property
    def title(self) -> str:
        return _clean_title(self.schema.get("title", self.path))

    def holds_for(self, document: Any) -> bool:
        """Whether the outcome is the expected one (``valid`` passes, or ``invalid`` fails).

        A ``$ref`` that does not resolve raises: a broken assertion must not count as a pass
        nor as a rejection.
        """
        if self.expected_result not in ("valid", "invalid"):
            raise ValueError(f"{self.path}: unknown expectedResult {self.expected_result!r}")
        valid = self.validator.is_valid(document)
        return valid == (self.expected_result == "valid")


@dataclass
class Outcome:
    """What running one ``.test`` file on one document gave."""

    failures: list[str] = field(default_factory=list)
    checked: int = 0  # MUST assertions evaluated
    not_must: int = 0  # should/may assertions left out
    skipped: int = 0  # MUST assertions skipped by a ...AndSkip / ...AndAbort


class W3CSuite:
    """The suite's assertions, loaded once, and the checks built on them."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or suite_root()).resolve()
        if not (self.root / ANNOTATION_MUSTS).is_file():
            raise FileNotFoundError(
                f"W3C Web Annotation test suite not found at {self.root} "
                f"(set {SUITE_ENV} to its directory)"
            )
        self.registry = self._definitions()
        self._assertions: dict[str, Assertion] = {}

    def _definitions(self) -> Registry:
        """``definitions/*.json``, registered under their ``id`` (their file names).

        The assertions refer to them as ``annotations.json#/definitions/...``; that relative
        reference resolves to the bare id, as in the ajv harness's flat id namespace.
        """
        resources = []
        for path in sorted((self.root / "definitions").glob("*.json")):
            contents = json.loads(path.read_text(encoding="utf-8"))
            if contents.get("id") != path.name:
                raise ValueError(f"{path}: id {contents.get('id')!r} is not its file name")
            self._check_formats(path.name, contents)
            resources.append((path.name, Resource.from_contents(contents, DRAFT4)))

        def no_network(uri: str) -> Resource:
            raise NoSuchResource(ref=uri)

        return Registry(retrieve=no_network).with_resources(resources).crawl()

    @staticmethod
    def _check_formats(where: str, schema: Any) -> None:
        """Refuses a schema using a format that :data:`FORMAT_CHECKER` would silently pass."""
        stack = [schema]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                fmt = node.get("format")
                if isinstance(fmt, str) and fmt not in FORMAT_CHECKER.checkers:
                    raise ValueError(f"{where}: format {fmt!r} is not checked by this runner")
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)

    def assertion(self, path: str) -> Assertion:
        """The assertion file at ``path`` (relative to the suite root), loaded once."""
        if path not in self._assertions:
            schema = json.loads((self.root / path).read_text(encoding="utf-8"))
            self._check_formats(path, schema)
            Draft4Validator.check_schema(schema)
            validator = Draft4Validator(
                schema, registry=self.registry, format_checker=FORMAT_CHECKER
            )
            self._assertions[path] = Assertion(path, schema, validator)
        return self._assertions[path]

    def _entries(self, test_file: str) -> list[Any]:
        test = json.loads((self.root / test_file).read_text(encoding="utf-8"))
        return test["assertions"]

    def _resolve(self, test_file: str, entry: str) -> str:
        """An assertion reference of a ``.test`` file as a path from the suite root.

        As the suite's CONTRIBUTING rules say: with no slash it is beside the ``.test`` file,
        with one it is relative to the top of the suite.
        """
        if "/" not in entry:
            return str(PurePosixPath(test_file).parent / entry)
        return entry

    def must_assertions(self, test_file: str) -> list[Assertion]:
        """Every MUST assertion that ``test_file`` lists (nested lists flattened)."""
        return [
            a for a in self._walk(test_file, self._entries(test_file)) if a.assertion_type == "must"
        ]

    def _walk(self, test_file: str, entries: list[Any]) -> Iterator[Assertion]:
        for entry in entries:
            if isinstance(entry, list):
                yield from self._walk(test_file, entry)
            else:
                yield self._load_entry(test_file, entry)

    def _load_entry(self, test_file: str, entry: Any) -> Assertion:
        if isinstance(entry, str):
            return self.assertion(self._resolve(test_file, entry))
        if isinstance(entry, dict) and "assertions" in entry:
            # Condition objects (compareWith and/or) are unused by the suite's MUST lists; refuse
            # them rather than guess at their semantics.
            raise NotImplementedError(f"{test_file}: condition objects are not supported")
        if isinstance(entry, dict):
            schema = dict(entry)
            if "assertionFile" in schema:  # an external assertion with local overrides
                base = self.assertion(self._resolve(test_file, schema.pop("assertionFile")))
                schema = {**base.schema, **schema}
            validator = Draft4Validator(
                schema, registry=self.registry, format_checker=FORMAT_CHECKER
            )
            return Assertion(f"{test_file} (inline)", schema, validator)
        raise TypeError(f"{test_file}: unexpected assertion entry {entry!r}")

    def run(self, test_file: str, document: Any, where: str = "") -> Outcome:
        """Runs the MUST assertions of ``test_file`` on ``document``, as the harness would."""
        outcome = Outcome()
        self._run_list(test_file, self._entries(test_file), document, where, outcome)
        W3C_CHECKED["documents"] += 1
        W3C_CHECKED["must assertions"] += outcome.checked
        return outcome

    def _run_list(
        self, test_file: str, entries: list[Any], document: Any, where: str, outcome: Outcome
    ) -> str:
        """Runs one assertion list; returns ``"abort"`` when the rest of the test must stop."""
        action = "continue"
        for entry in entries:
            if isinstance(entry, list):
                if action == "continue":
                    action = self._run_list(test_file, entry, document, where, outcome)
                    if action == "skip":  # a skip inside a nested list ends with that list
                        action = "continue"
                else:
                    outcome.skipped += sum(
                        a.assertion_type == "must" for a in self._walk(test_file, entry)
                    )
                continue
            assertion = self._load_entry(test_file, entry)
            if assertion.assertion_type != "must":
                outcome.not_must += 1
                continue
            if action != "continue":
                outcome.skipped += 1
                continue
            outcome.checked += 1
            if not assertion.holds_for(document):
                prefix = f"{where}: " if where else ""
                outcome.failures.append(f"{prefix}{assertion.path}: {assertion.title}")
                action = _ACTIONS.get(assertion.on_unexpected_result, "continue")
            if action == "abort":
                break
        return action

    # --- checks by kind of document ----------------------------------------------------------

    def check_annotation(self, annotation: Any) -> list[str]:
        """Failed MUST assertions of one annotation (``annotationMusts.test``)."""
        return self.run(ANNOTATION_MUSTS, annotation).failures

    def check_collection(self, collection: Any) -> list[str]:
        """Failed MUST assertions of a collection, its embedded first page and their items."""
        return self.check_collection_outcome(collection).failures

    def check_page(self, page: Any) -> list[str]:
        """Failed MUST assertions of a page (``pageMusts.test``) and of its embedded items."""
        return self.check_page_outcome(page).failures

    def check(self, document: Any) -> list[str]:
        """Failed MUST assertions of a document, chosen by its ``type``."""
        return self.check_outcome(document).failures

    def check_outcome(self, document: Any) -> Outcome:
        kind = _types(document)
        if "AnnotationCollection" in kind:
            return self.check_collection_outcome(document)
        if "AnnotationPage" in kind:
            return self.check_page_outcome(document)
        return self.run(ANNOTATION_MUSTS, document)

    def check_collection_outcome(self, collection: Any) -> Outcome:
        """``collectionMusts.test`` on the collection; if it embeds its first page, then also
        ``pageMusts.test`` on the collection (the suite's page assertions accept "a Collection
        with an embedded Page") and ``annotationMusts.test`` on every embedded annotation."""
        outcome = self.run(COLLECTION_MUSTS, collection)
        first = collection.get("first") if isinstance(collection, dict) else None
        if isinstance(first, dict):
            _merge(outcome, self.run(PAGE_MUSTS, collection, "collection with embedded page"))
            page = _inherit_context(first, collection)
            _merge(outcome, self._check_items(page, "first"))
        return outcome

    def check_page_outcome(self, page: Any) -> Outcome:
        outcome = self.run(PAGE_MUSTS, page)
        _merge(outcome, self._check_items(page, ""))
        return outcome

    def _check_items(self, page: dict[str, Any], where: str) -> Outcome:
        outcome = Outcome()
        items = page.get("items")
        if not isinstance(items, list):
            return outcome
        for i, item in enumerate(items):
            if isinstance(item, dict):  # an IRI item is a reference, checked by the page MUSTs
                label = f"{where}.items[{i}]" if where else f"items[{i}]"
                item_outcome = self.run(ANNOTATION_MUSTS, _inherit_context(item, page), label)
                _merge(outcome, item_outcome)
        return outcome


def _types(document: Any) -> set[str]:
    if not isinstance(document, dict):
        return set()
    kind = document.get("type")
    return {kind} if isinstance(kind, str) else {k for k in kind or () if isinstance(k, str)}


def _inherit_context(child: dict[str, Any], parent: dict[str, Any]) -> dict[str, Any]:
    """``child`` with its parent's ``@context`` when it has none: JSON-LD's active context."""
    if "@context" in child or "@context" not in parent:
        return child
    return {"@context": parent["@context"], **child}


def _merge(into: Outcome, other: Outcome) -> None:
    into.failures.extend(other.failures)
    into.checked += other.checked
    into.not_must += other.not_must
    into.skipped += other.skipped


def load_suite(root: Path | None = None) -> W3CSuite:
    """The suite at ``root`` (default :func:`suite_root`), loaded once per process.

    When the suite is not there, the calling test skips with the reason (a clone with nothing
    beside it) or fails (CI): see ``tests/beside.py``.
    """
    found = need((root or suite_root()) / ANNOTATION_MUSTS, "the W3C Web Annotation test suite")
    return _load_suite(found.parents[1])


@cache
def _load_suite(root: Path) -> W3CSuite:
    return W3CSuite(root)


def check_annotation(annotation: Any) -> list[str]:
    """Failed MUST assertions of one annotation; empty when it conforms."""
    return load_suite().check_annotation(annotation)


def check_collection(collection: Any) -> list[str]:
    """Failed MUST assertions of a collection, its embedded page and items; empty if conformant."""
    return load_suite().check_collection(collection)
