"""The class at a glance: the figures behind the overview a teacher reads the day after grading.

What to reteach tomorrow is three questions: which claims did most of the class miss, which tag
did they give instead, which article did they skip; and two more to weigh the answers: how the
scores spread, and how far the students agree with one another. :func:`class_overview` answers
them from the lesson, the grade records and the agreement, as one :class:`ClassOverview`, a pure
value that the review window draws (``qt/class_overview.py``), the class report prints on its
first page (``formats/overview_html.py``) and the graded JSON carries (``to_json``), so that other
tools can draw their own.

* **Scores**: every final score (the teacher's override where there is one), their median, and
  how many fall in each band of ten points (0-9.9, ..., 90-100).
* **Claims**: each claim of the key, and how many students found it with a tag the key accepts
  (``matches``), found it with another tag (``wrong_tag``), or missed it (``misses``): the three
  add up to the class. Most missed first.
* **Tag confusion**: for every claim a student found, the key's tag against the tag the student
  gave it, so "FRAMING tagged FACT" is counted once per student and claim. An alternative the key
  accepts shows off the diagonal too: it is what the student gave.
* **Coverage**: per article, how many students tagged anything in it (a highlight not found in
  this version of the article counts: the student read it), their highlights, and the share of
  its claims the class found.
* **Agreement**: Fleiss' kappa per tag over the whole lesson (:func:`~.agreement.pooled_by_tag`)
  and per article, from :func:`~.agreement.lesson_agreement`.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.classroom.agreement import ArticleAgreement, lesson_agreement, pooled_by_tag
from annotator.core.classroom.results import StudentResult, final_score
from annotator.core.lessons.lesson import Lesson

BAND = 10  # points per band of the score distribution
BANDS = tuple(range(0, 100, BAND))  # each band's lowest score; the last one holds 100 too


@dataclass(frozen=True, slots=True)
class ClaimFigure:
    """One claim of the key and what the class made of it."""

    key_index: int
    article_id: str
    outlet: str
    tag: str
    words: str  # the claim's words, white space collapsed
    points: float
    found: int  # students who found it with a tag the key accepts
    wrong_tag: int  # ... with another tag
    missed: int  # ... not at all
    missed_by: tuple[str, ...]  # their names, in alphabetical order
    wrong_tag_by: tuple[str, ...]

    @property
    def students(self) -> int:
        return self.found + self.wrong_tag + self.missed


@dataclass(frozen=True, slots=True)
class Coverage:
    """One article: how many students tagged anything in it."""

    article_id: str
    outlet: str
    students: int  # who tagged anything in it
    highlights: int  # all their highlights on it
    claims: int  # the key's claims in it
    claims_found: int  # (student, claim) pairs found, with any tag


@dataclass(frozen=True, slots=True)
class Agreement:
    """Fleiss' kappa on the words of one tag (over the lesson) or of one article (all tags)."""

    name: str  # the tag, or the article's id
    kappa: float | None


@dataclass(frozen=True)
class ClassOverview:
    """The figures of the class overview; see the module's docstring."""

    students: int
    scores: tuple[float, ...]  # every final score, lowest first (students without one left out)
    median: float | None
    bands: tuple[int, ...]  # students per band of :data:`BANDS`
    claims: tuple[ClaimFigure, ...]  # most missed first, then most wrongly tagged, then key order
    tags: tuple[str, ...]  # the tags of the confusion table, the lesson's first
    confusion: tuple[tuple[int, ...], ...]  # [key's tag][tag given], in the order of ``tags``
    coverage: tuple[Coverage, ...]  # in the lesson's order of articles
    agreement_by_tag: tuple[Agreement, ...]  # the lesson's tags first
    agreement_by_article: tuple[Agreement, ...]
    outlets: Mapping[str, str]  # article id -> outlet

    def to_json(self) -> dict[str, Any]:
        """The figures as plain values: the ``overview`` of the graded JSON."""
        return {
            "students": self.students,
            "scores": {
                "finals": list(self.scores),
                "median": self.median,
                "bands": [
                    {"from": low, "to": low + BAND, "students": count}
                    for low, count in zip(BANDS, self.bands, strict=True)
                ],
            },
            "claims": [
                {
                    "key_index": claim.key_index,
                    "article_id": claim.article_id,
                    "tag": claim.tag,
                    "words": claim.words,
                    "points": claim.points,
                    "found": claim.found,
                    "wrong_tag": claim.wrong_tag,
                    "missed": claim.missed,
                    "missed_by": list(claim.missed_by),
                    "wrong_tag_by": list(claim.wrong_tag_by),
                }
                for claim in self.claims
            ],
            "tag_confusion": {
                "tags": list(self.tags),
                "rows": [
                    {"key_tag": tag, "given": dict(zip(self.tags, row, strict=True))}
                    for tag, row in zip(self.tags, self.confusion, strict=True)
                ],
            },
            "coverage": [
                {
                    "article_id": item.article_id,
                    "outlet": item.outlet,
                    "students": item.students,
                    "highlights": item.highlights,
                    "claims": item.claims,
                    "claims_found": item.claims_found,
                }
                for item in self.coverage
            ],
            "agreement": {
                "measure": "Fleiss' kappa on words",
                "by_tag": {item.name: item.kappa for item in self.agreement_by_tag},
                "by_article": {item.name: item.kappa for item in self.agreement_by_article},
            },
        }


def band_of(score: float) -> int:
    """The index in :data:`BANDS` of the band holding ``score``."""
    return min(int(score // BAND), len(BANDS) - 1) if score > 0 else 0


def class_overview(
    lesson: Lesson,
    results: Sequence[StudentResult],
    agreement: Mapping[str, ArticleAgreement] | None = None,
) -> ClassOverview:
    """The overview of the graded class ``results``.

    ``agreement`` is :func:`~.agreement.lesson_agreement` of the same class when the caller has
    it already (the review window shows it in its toolbar too); else it is computed here.
    """
    results = sorted(results, key=lambda r: (r.name.casefold(), r.student_id))
    if agreement is None:
        agreement = lesson_agreement(lesson, {str(i): r.annotations for i, r in enumerate(results)})
    outlets = {article.id: article.outlet for article in lesson.articles}
    finals = sorted(s for s in map(final_score, results) if s is not None)
    bands = [0] * len(BANDS)
    for value in finals:
        bands[band_of(value)] += 1
    claims, confusion, tags = _claims_and_confusion(lesson, results, outlets)
    return ClassOverview(
        students=len(results),
        scores=tuple(finals),
        median=statistics.median(finals) if finals else None,
        bands=tuple(bands),
        claims=claims,
        tags=tags,
        confusion=confusion,
        coverage=_coverage(lesson, results),
        agreement_by_tag=tuple(
            Agreement(item.tag, item.kappa) for item in pooled_by_tag(agreement.values())
        ),
        agreement_by_article=tuple(
            Agreement(article_id, item.kappa) for article_id, item in agreement.items()
        ),
        outlets=outlets,
    )


def _claims_and_confusion(
    lesson: Lesson, results: Sequence[StudentResult], outlets: Mapping[str, str]
) -> tuple[tuple[ClaimFigure, ...], tuple[tuple[int, ...], ...], tuple[str, ...]]:
    key = lesson.key
    found: list[list[str]] = [[] for _ in key]
    wrong: list[list[str]] = [[] for _ in key]
    missed: list[list[str]] = [[] for _ in key]
    given: list[tuple[str, str]] = []  # (key's tag, tag given) of every claim found
    for result in results:
        grade = result.grade
        tag_of = {a.id: a.tag for a in result.annotations}
        for match in grade.matches:
            found[match.key_index].append(result.name)
            given.append((key[match.key_index].tag, tag_of.get(match.annotation_id, "")))
        for annotation_id, key_index, _iou in grade.wrong_tag:
            wrong[key_index].append(result.name)
            given.append((key[key_index].tag, tag_of.get(annotation_id, "")))
        for key_index in grade.misses:
            missed[key_index].append(result.name)
    known = [tag.name for tag in lesson.tags]
    tags = (*known, *sorted({t for pair in given for t in pair if t} - set(known)))
    number = {tag: index for index, tag in enumerate(tags)}
    table = [[0] * len(tags) for _ in tags]
    for key_tag, tag in given:
        if tag:
            table[number[key_tag]][number[tag]] += 1
    figures = [
        ClaimFigure(
            key_index=index,
            article_id=span.article_id,
            outlet=outlets.get(span.article_id, span.article_id),
            tag=span.tag,
            words=" ".join(span.quote.exact.split()),
            points=span.points,
            found=len(found[index]),
            wrong_tag=len(wrong[index]),
            missed=len(missed[index]),
            missed_by=tuple(missed[index]),
            wrong_tag_by=tuple(wrong[index]),
        )
        for index, span in enumerate(key)
    ]
    figures.sort(key=lambda c: (-c.missed, -c.wrong_tag, c.key_index))
    return tuple(figures), tuple(map(tuple, table)), tags


def _coverage(lesson: Lesson, results: Sequence[StudentResult]) -> tuple[Coverage, ...]:
    students = {article.id: 0 for article in lesson.articles}
    highlights = dict.fromkeys(students, 0)
    claims_found = dict.fromkeys(students, 0)
    key = lesson.key
    for result in results:
        on: dict[str, int] = {}
        for annotation in result.annotations:
            on[annotation.article_id] = on.get(annotation.article_id, 0) + 1
        for article_id, count in on.items():
            if article_id in students:
                students[article_id] += 1
                highlights[article_id] += count
        grade = result.grade
        for key_index in [m.key_index for m in grade.matches] + [w[1] for w in grade.wrong_tag]:
            if key[key_index].article_id in claims_found:
                claims_found[key[key_index].article_id] += 1
    claims = dict.fromkeys(students, 0)
    for span in key:
        if span.article_id in claims:
            claims[span.article_id] += 1
    return tuple(
        Coverage(
            article.id,
            article.outlet,
            students[article.id],
            highlights[article.id],
            claims[article.id],
            claims_found[article.id],
        )
        for article in lesson.articles
    )
