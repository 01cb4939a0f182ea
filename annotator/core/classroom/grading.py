"""Grading a student's highlights against the lesson's answer key. ``docs/grading.md`` is the
teacher's version of this; the two must say the same thing.

**The rule.** A highlight *finds* a claim of the key when it covers two thirds of the claim's key
words (its own words, unless the key names some) without reaching past the claim's sentence. It
then earns the claim's points times two credits:

* the *tag credit*: 1 for the key's tag, an accepted alternative's credit, else the key's
  wrong-tag credit (0.5 unless the key says otherwise);
* the *extent credit*: 1 for the claim and at most three more words, 0.5 for more of its
  sentence (:mod:`annotator.core.classroom.claims`).

Each highlight earns at most one claim and each claim is earned at most once; among all such
assignments the one with the **most credited points** is taken (:mod:`.assignment`), so a
student never loses points to a tidier-looking pairing. The score is
``min(100, 100 x credited points / target)``, the target being the key's (80% of its points by
default): highlights that earn nothing cost nothing, and a student need not find every claim.

**Verdicts.** Every highlight gets a :class:`~.verdicts.Verdict`: its outcome (credited,
partial, wrong tag, near a claim, not in the key, orphaned), the claim it earned or stood nearest
to, its credit and the reason in words, which the reports and the review window show as they
are (:mod:`.verdicts`).

**Linked claims.** A linked claim of the key (the same claim in several articles) is earned,
for its points, by one of the student's linked claims whose highlights find its spans in two
articles (:mod:`.linked_credit`); those points count toward the same target.

**The teacher's credit.** A teacher may credit one student's highlight as a claim for that
student alone (:class:`TeacherCredit`, a key change of :mod:`.key_changes`): the highlight
then earns the teacher's points, is paired with no claim of the key, and its verdict says
"credited by the teacher". The target stays the key's.

**The older statistics.** Precision (the share of highlights that found a claim with its tag or
an accepted one), recall (the share of the key's points so found) and F1 are still computed per
tag and overall from the same assignment, for the gradebook's columns; they no longer make the
score. Orphaned highlights (their text is not in this version of the article) are never graded.

**Speed.** The key is prepared once per class (words, sentences, claims sorted by start); each
highlight is compared only with the claims it overlaps, found by bisection, so 40 students of
300 highlights each against a 50-claim key grade in a few tens of milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.assignment import assign
from annotator.core.classroom.claims import Fit, PreparedKey
from annotator.core.classroom.linked_credit import LinkCredit, credit_links, links_earned
from annotator.core.classroom.verdicts import (
    CREDITED,
    FOUND,
    NEAR,
    NOT_IN_KEY,
    ORPHANED,
    OUTCOMES,
    PARTIAL,
    WRONG_TAG,
    Explainer,
    Verdict,
    points_text,
)
from annotator.core.collector import collector_paused
from annotator.core.lessons.lesson import Lesson
from annotator.core.said import Said

OVERALL = "*"  # the tag of the overall score; no real tag can be spelt so (see tags.TAG_NAME)

WrongTag = tuple[str, int, float]  # (annotation_id, key_index, iou)


class TeacherCredit(NamedTuple):
    """One highlight credited by the teacher for its student alone: the points it earns and
    the teacher's word on it."""

    points: float
    note: str = ""


Credits = Mapping[str, TeacherCredit]  # annotation id -> the teacher's credit


@dataclass(frozen=True, slots=True)
class Match:
    """A highlight (by id) that earned a claim (by its index in the key) with a tag the key
    accepts; ``credit`` is the points it earned, ``iou`` the character overlap."""

    annotation_id: str
    key_index: int
    iou: float
    credit: float


@dataclass(frozen=True, slots=True)
class TagScore:
    """Precision, recall and F1 for one tag, or overall (tag :data:`OVERALL`).

    ``true_positives`` counts the key's claims of this tag found with their tag or an accepted
    one; precision is the share of the student's highlights of this tag that found a claim so.
    The three scores are ``None`` when the key has no claim of this tag (nothing to find).
    """

    tag: str
    precision: float | None
    recall: float | None
    f1: float | None
    true_positives: int
    student_count: int  # the student's annotations of this tag, orphaned ones left out
    key_count: int  # the key's spans of this tag


@dataclass(frozen=True)
class StudentGrade:
    """One student's work against the key: a verdict per highlight, the claims earned and
    missed, the score, and the older statistics.

    ``verdicts`` follow the order of the submission; ``matches`` and ``wrong_tag`` are sorted by
    key index, ``misses`` ascending, ``extras`` (near and not in the key) and ``orphaned`` in the
    order of the submission. The verdicts' reasons are written when they are first read: opening
    the review window grades the whole class, but shows one student's reasons at a time.
    """

    student: str
    matches: list[Match]
    wrong_tag: list[WrongTag]
    misses: list[int]  # claims no highlight earned
    extras: list[str]  # highlights that earned nothing
    orphaned: list[str]  # highlights that could not be placed in the article: never graded
    per_tag: dict[str, TagScore]  # every tag of the key or of the submission, sorted by name
    overall: TagScore
    points_earned: float  # the credited points
    points_possible: float  # the key's points
    target: float  # the credited points that make 100
    score: float | None  # min(100, 100 x earned / target), one decimal; None without a key
    outcomes: dict[str, int]  # how many highlights had each outcome, every outcome listed
    write_verdicts: Callable[[], list[Verdict]] = field(default=list, compare=False, repr=False)
    teacher_credits: dict[str, float] = field(default_factory=dict)  # annotation id -> points
    # Extras about nothing the key has: on no claim, or on one without covering two thirds of
    # its key words (what the class may teach the key: see suggestions.py).
    unkeyed: list[str] = field(default_factory=list)
    # What the student's linked claims earned: one per linked claim of the key (linked_credit).
    links: list[LinkCredit] = field(default_factory=list)

    @cached_property
    def verdicts(self) -> list[Verdict]:
        """What each highlight earned and why, in the order of the submission."""
        return self.write_verdicts()

    def counts(self) -> dict[str, int]:
        """How many highlights had each outcome, every outcome listed."""
        return dict(self.outcomes)

    def verdict_of(self, annotation_id: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.annotation_id == annotation_id), None)


def grade_student(
    annotations: Sequence[Annotation],
    lesson: Lesson,
    *,
    student: str | None = None,
    credits: Credits | None = None,
) -> StudentGrade:
    """Grade one student's highlights (on any of the lesson's articles) against its key.

    ``student`` names the student in the result; by default it is taken from the annotations.
    ``credits`` are the teacher's credits for this student's highlights, by annotation id.
    """
    if student is None:
        student = next((a.student for a in annotations if a.student), "")
    return _Grader(lesson).grade(annotations, student, credits or {})


def grade_class(
    by_student: Mapping[str, Sequence[Annotation]],
    lesson: Lesson,
    credits: Mapping[str, Credits] | None = None,
) -> dict[str, StudentGrade]:
    """Grade every student, in the mapping's order; the key is prepared once for all.

    ``credits`` holds the teacher's credits of each student (by the mapping's keys), applied
    to that student's grade only."""
    grader = _Grader(lesson)
    credits = credits or {}
    with collector_paused():  # thousands of verdicts, no cycles among them
        return {
            name: grader.grade(work, name, credits.get(name, {}))
            for name, work in by_student.items()
        }


# The reasons grading writes itself (templates of a Said: see verdicts.py).
ORPHANED_REASON = "not found in this version of the article: not graded"
TEACHER_CREDITED = "credited by the teacher: {points}"
TEACHER_CREDITED_NOTE = "credited by the teacher, “{note}”: {points}"
_ORPHANED_SAID = Said(ORPHANED_REASON)


class _Grader:
    """The key of one lesson, prepared and with its verdicts' words, for any number of
    students."""

    def __init__(self, lesson: Lesson) -> None:
        texts = {article.id: article.text.text for article in lesson.articles}
        self.prepared = PreparedKey(lesson.key, texts)
        self.explainer = Explainer(lesson.key, lesson.rules)
        self.key = lesson.key
        self.rules = lesson.rules
        self.possible = lesson.rules.points_of(lesson.key)
        self.linked = lesson.rules.linked_claims
        self.outlets = {article.id: article.outlet for article in lesson.articles}
        self.target = lesson.rules.target_for(lesson.key)
        self.by_tag: dict[str, list[int]] = {}
        for index, span in enumerate(lesson.key):
            self.by_tag.setdefault(span.tag, []).append(index)

    def grade(
        self, annotations: Sequence[Annotation], student: str, credits: Credits
    ) -> StudentGrade:
        key, prepared = self.key, self.prepared
        wrong_tag_credit = self.rules.wrong_tag_credit
        everything = [a for a in annotations if not a.orphaned]
        if credits:  # the teacher's credits: paired with no claim
            graded = [a for a in everything if a.id not in credits]
            teacher = {a.id: credits[a.id] for a in everything if a.id in credits}
        else:
            graded, teacher = everything, {}

        fits = prepared.fits_of((a.article_id, a.position.start, a.position.end) for a in graded)
        pairs = []
        fit_of: dict[tuple[int, int], Fit] = {}
        for a_index, annotation in enumerate(graded):
            for fit in fits[a_index]:
                if fit.finds:
                    span = key[fit.key_index]
                    tag_credit = span.tag_credit(annotation.tag, wrong_tag_credit)
                    credit = span.points * tag_credit * fit.extent_credit
                    if credit > 0:
                        pairs.append((a_index, fit.key_index, credit, fit.iou))
                        fit_of[a_index, fit.key_index] = fit
        chosen = {a: (k, credit) for a, k, credit, _ in assign(pairs)}
        holder = {k: graded[a] for a, (k, _) in chosen.items()}

        outcome_of: dict[str, str] = {}
        matches, wrong_tag = [], []
        for a_index, annotation in enumerate(graded):
            if a_index in chosen:
                k, credit = chosen[a_index]
                span, fit = key[k], fit_of[a_index, k]
                if span.accepts(annotation.tag):
                    outcome = CREDITED if credit >= span.points else PARTIAL
                    matches.append(Match(annotation.id, k, fit.iou, credit))
                else:
                    outcome = WRONG_TAG
                    wrong_tag.append((annotation.id, k, fit.iou))
            elif fits[a_index] or prepared.neighbours(
                annotation.article_id, annotation.position.start
            ):
                outcome = NEAR
            else:
                outcome = NOT_IN_KEY
            outcome_of.setdefault(annotation.id, outcome)
        for annotation_id in teacher:
            outcome_of.setdefault(annotation_id, CREDITED)
        for annotation in annotations:
            outcome_of.setdefault(annotation.id, ORPHANED)

        def write_verdicts() -> list[Verdict]:
            return self._verdicts(annotations, graded, fits, fit_of, chosen, holder, teacher)

        matches.sort(key=lambda m: m.key_index)
        wrong_tag.sort(key=lambda w: w[1])
        earned = sum(credit for _, credit in chosen.values())
        links = self._links(graded, fits)
        earned += sum(credit.points for credit in teacher.values()) + links_earned(links)
        earned = round(earned, 6)
        found_keys = {k for a, (k, _) in chosen.items() if outcome_of[graded[a].id] in FOUND}
        per_tag, overall = self._statistics(everything, outcome_of, found_keys)
        counted = Counter(outcome_of.values())
        target = self.target
        return StudentGrade(
            student=student,
            matches=matches,
            wrong_tag=wrong_tag,
            misses=[k for k in range(len(key)) if k not in holder],
            extras=[a.id for i, a in enumerate(graded) if i not in chosen],
            unkeyed=[
                a.id
                for i, a in enumerate(graded)
                if i not in chosen and not any(fit.covers_key_words for fit in fits[i])
            ],
            orphaned=[a.id for a in annotations if a.orphaned],
            per_tag=per_tag,
            overall=overall,
            points_earned=earned,
            points_possible=self.possible,
            target=target,
            score=round(min(100.0, 100 * earned / target), 1) if key and target > 0 else None,
            outcomes={outcome: counted[outcome] for outcome in OUTCOMES},
            write_verdicts=write_verdicts,
            teacher_credits={a_id: credit.points for a_id, credit in teacher.items()},
            links=links,
        )

    def _links(self, graded: list[Annotation], fits: list[list[Fit]]) -> list[LinkCredit]:
        """What the student's linked claims earn against the key's (section 11 of the docs)."""
        if not self.linked:
            return []
        finds = {
            annotation.id: [fit.key_index for fit in fits[number] if fit.finds]
            for number, annotation in enumerate(graded)
            if annotation.claim_id
        }
        return credit_links(self.key, self.linked, graded, finds, self.outlets)

    def _verdicts(
        self,
        annotations: Sequence[Annotation],
        graded: list[Annotation],
        fits: list[list[Fit]],
        fit_of: Mapping[tuple[int, int], Fit],
        chosen: Mapping[int, tuple[int, float]],
        holder: Mapping[int, Annotation],
        teacher: Credits,
    ) -> list[Verdict]:
        """The verdicts, with their reasons, of one student's grade."""
        explainer, prepared = self.explainer, self.prepared
        verdicts: dict[str, Verdict] = {
            annotation_id: Verdict(
                annotation_id, CREDITED, None, credit.points, teacher_reason(credit)
            )
            for annotation_id, credit in teacher.items()
        }
        for a_index, annotation in enumerate(graded):
            if annotation.id in verdicts:
                continue
            if a_index in chosen:
                k, credit = chosen[a_index]
                verdict = explainer.credit(annotation, k, fit_of[a_index, k], credit)
            elif fits[a_index]:
                verdict = explainer.miss(annotation, fits[a_index], holder)
            else:
                neighbours = prepared.neighbours(annotation.article_id, annotation.position.start)
                verdict = explainer.beside(annotation, neighbours)
            verdicts[annotation.id] = verdict
        in_order = []
        for annotation in annotations:
            verdict = verdicts.pop(annotation.id, None)
            if verdict is None and annotation.orphaned:
                verdict = Verdict(annotation.id, ORPHANED, None, 0.0, _ORPHANED_SAID)
            if verdict is not None:
                in_order.append(verdict)
        return in_order

    def _statistics(
        self, graded: list[Annotation], outcome_of: Mapping[str, str], found_keys: set[int]
    ) -> tuple[dict[str, TagScore], TagScore]:
        """Precision, recall and F1 per tag and overall, from the outcomes."""
        tagged: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for annotation in graded:
            tagged[annotation.tag] += 1
            if outcome_of[annotation.id] in FOUND:
                right[annotation.tag] += 1
        per_tag = {
            tag: self._score(tag, self.by_tag.get(tag, []), found_keys, right[tag], tagged[tag])
            for tag in sorted(self.by_tag.keys() | tagged.keys())
        }
        overall = self._score(
            OVERALL, range(len(self.key)), found_keys, sum(right.values()), len(graded)
        )
        return per_tag, overall

    def _score(
        self, tag: str, key_indices: Iterable[int], found_keys: set[int], right: int, count: int
    ) -> TagScore:
        key_indices = list(key_indices)
        if not key_indices:
            return TagScore(tag, None, None, None, 0, count, 0)
        found = [k for k in key_indices if k in found_keys]
        recall = sum(self.key[k].points for k in found) / sum(
            self.key[k].points for k in key_indices
        )
        precision = right / count if count else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return TagScore(tag, precision, recall, f1, len(found), count, len(key_indices))


def teacher_reason(credit: TeacherCredit) -> str:
    """The verdict's reason for a highlight the teacher credited for its student alone."""
    said = " ".join(credit.note.split())
    points = points_text(credit.points)
    if said:
        return Said(TEACHER_CREDITED_NOTE, note=said, points=points)
    return Said(TEACHER_CREDITED, points=points)
