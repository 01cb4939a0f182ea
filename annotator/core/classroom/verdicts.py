"""What became of each highlight, in words: the verdicts of :mod:`.grading`.

The reasons are written for the student who made the highlight and the teacher who reads the
report, in the terms of ``docs/grading.md``: a claim is named by its tag and its first words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.claims import FEW_WORDS, Fit
from annotator.core.lessons.lesson import GradingRules, KeySpan
from annotator.core.said import Said, said_join

# What became of a highlight.
CREDITED = "credited"  # found a claim, with its tag, within its extent: full credit
PARTIAL = "partial"  # found a claim with an accepted tag at less credit, or as a whole sentence
WRONG_TAG = "wrong_tag"  # found a claim, with a tag the key does not accept
NEAR = "near"  # touches a claim without earning it: too little of it, too much, or already earned
NOT_IN_KEY = "not_in_key"  # no claim of the key there
ORPHANED = "orphaned"  # not found in this version of the article: not graded
OUTCOMES = (CREDITED, PARTIAL, WRONG_TAG, NEAR, NOT_IN_KEY, ORPHANED)
FOUND = (CREDITED, PARTIAL)  # with a tag the key accepts: a true positive of the statistics
# How the reason of a highlight the teacher credited for its student alone begins (its outcome
# is CREDITED, its claim none: see grading.TeacherCredit).
TEACHER_CREDIT = "credited by the teacher"

# The highlights of one student, grouped by outcome under these headings (the review window).
OUTCOME_HEADINGS = {
    CREDITED: "Credited",
    PARTIAL: "Partial credit",
    WRONG_TAG: "Right span, wrong tag",
    NEAR: "Near a claim, not credited",
    NOT_IN_KEY: "Not in the key",
    ORPHANED: "Not found in this version",
}
# One verdict's outcome in a few words, where its reason is not shown.
OUTCOME_LABELS = {
    CREDITED: "credited",
    PARTIAL: "partial credit",
    WRONG_TAG: "wrong tag",
    NEAR: "near a claim",
    NOT_IN_KEY: "not in the key",
    ORPHANED: "not graded",
}


# The sentences of the reasons (each a template of a Said, translated where the windows show it:
# annotator/qt/core_sentences.py lists them all).
CLAIM_TAGGED = "the {tag} claim “{text}”"
CLAIM_UNTAGGED = "the claim “{text}”"
ONE_POINT = "{value} point"
POINTS = "{value} points"
EARNED_OF = "{credit} of {points}"
FOUND_CLAIM = "found {claim}"
FOUND_OTHER_TAG = "found {claim}, but the key tags it {key_tag}"
TAG_EARNS = "{tag} earns {share} of its points"
KEY_ACCEPTS = "the key accepts {tag} for it at {share} credit"
EXTRA_WORDS = "it takes in {extra} more words of the sentence ({free} are free): {fraction} credit"
HALF = "half"
A_THIRD = "a third of the"
A_QUARTER = "a quarter of the"
AND_THEN = "{said}; {more}"
WITH_EARNED = "{said}: {earned}"
NO_CREDIT_FOR_TAG = (
    "found {claim}, but the key tags it {key_tag} and gives no credit for another tag"
)
EARNED_BY_ANOTHER = (
    "found {claim}, but another of your highlights earned it (“{quote}”); a claim counts once"
)
OTHER_CREDITED = "found {claim}, but another claim was credited instead"
RUNS_PAST = (
    "covers {claim}, but runs on past its sentence: a highlight that reaches into "
    "other sentences earns no claim"
)
BESIDE = "in the sentence of {claim}, but not on its words"
NEAR_KEY_WORDS = "near {claim}: covers {share} of its key words{which}; two thirds are needed"


class Verdict(NamedTuple):
    """What one highlight earned, and why. (A named tuple: one per highlight of the class.)"""

    annotation_id: str
    outcome: str  # one of OUTCOMES
    key_index: int | None  # the claim it earned, or the one it stood nearest to; None if none
    credit: float  # the points it earned (0 unless credited, partial or wrong tag)
    reason: str  # in words, for the student and the teacher
    coverage: float = 0.0  # the share of that claim's key words it covers


def claim_words(span: KeySpan, limit: int = 60, *, tag: bool = True) -> str:
    """The claim as reports name it: its tag and its words, cut at ``limit`` characters."""
    text = " ".join(span.quote.exact.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return Said(CLAIM_TAGGED, tag=span.tag, text=text) if tag else Said(CLAIM_UNTAGGED, text=text)


def points_text(value: float) -> str:
    """``1 point``, ``0.33 points``: credit as reports write it, to two decimals."""
    value = round(value, 2)
    return Said(ONE_POINT if value == 1 else POINTS, value=f"{value:g}")


class Explainer:
    """Writes the verdicts for one key: each claim's name is made once, for a whole class."""

    def __init__(self, key: Sequence[KeySpan], rules: GradingRules) -> None:
        self.key = key
        self.rules = rules
        self.named = [claim_words(span) for span in key]
        self.unnamed = [claim_words(span, tag=False) for span in key]
        self.which = [
            " (" + ", ".join(f"“{_short(w, 30)}”" for w in _key_words(span)) + ")"
            if span.key_words
            else ""
            for span in key
        ]
        # The reasons that depend on the claim alone (and on how much of it a highlight
        # covers), made once: a class has thousands of highlights near a claim.
        self._near: dict[tuple[int, int, int], str] = {}
        self._past = [Said(RUNS_PAST, claim=name) for name in self.named]
        self._beside = [Said(BESIDE, claim=name) for name in self.named]
        # (claim, tag, extra words or -1) -> (outcome, reason) of a highlight that earned it
        self._credited: dict[tuple[int, str, int], tuple[str, str]] = {}

    def credit(self, annotation: Annotation, key_index: int, fit: Fit, credit: float) -> Verdict:
        """The verdict of a highlight that earned the claim ``key_index``."""
        extra = fit.extra_words if fit.extent_credit < 1 else -1
        shape = (key_index, annotation.tag, extra)
        made = self._credited.get(shape)
        if made is None:
            made = self._credited[shape] = self._credit_reason(annotation.tag, key_index, fit)
        outcome, reason = made
        return Verdict(annotation.id, outcome, key_index, credit, reason, fit.coverage)

    def _credit_reason(self, tag: str, key_index: int, fit: Fit) -> tuple[str, str]:
        span = self.key[key_index]
        tag_credit = span.tag_credit(tag, self.rules.wrong_tag_credit)
        credit = span.points * tag_credit * fit.extent_credit
        earned = Said(EARNED_OF, credit=f"{round(credit, 2):g}", points=points_text(span.points))
        why: list[str] = []
        if not span.accepts(tag):
            outcome = WRONG_TAG
            found = Said(FOUND_OTHER_TAG, claim=self.unnamed[key_index], key_tag=span.tag)
            why.append(Said(TAG_EARNS, tag=tag, share=f"{tag_credit:.0%}"))
        else:
            outcome = CREDITED if credit >= span.points else PARTIAL
            found = Said(FOUND_CLAIM, claim=self.named[key_index])
            if tag_credit < 1:
                why.append(Said(KEY_ACCEPTS, tag=tag, share=f"{tag_credit:.0%}"))
        if fit.extent_credit < 1:
            why.append(
                Said(
                    EXTRA_WORDS,
                    extra=str(fit.extra_words),
                    free=str(FEW_WORDS),
                    fraction=_fraction(fit.extent_credit),
                )
            )
        return outcome, Said(WITH_EARNED, said=said_join(found, why, AND_THEN), earned=earned)

    def miss(
        self,
        annotation: Annotation,
        fits: Sequence[Fit],
        holder: Mapping[int, Annotation],
    ) -> Verdict:
        """The verdict of a highlight that overlaps claims and earned none: why not.

        ``holder`` gives, for each claim earned, the highlight that earned it."""
        key = self.key
        finders = [fit for fit in fits if fit.finds]
        if finders:
            fit = (
                finders[0]
                if len(finders) == 1
                else max(finders, key=lambda f: (key[f.key_index].points, f.coverage, f.iou))
            )
            index = fit.key_index
            span, claim = key[index], self.named[index]
            if span.tag_credit(annotation.tag, self.rules.wrong_tag_credit) == 0:
                reason = Said(NO_CREDIT_FOR_TAG, claim=claim, key_tag=span.tag)
            elif index in holder:
                reason = Said(
                    EARNED_BY_ANOTHER, claim=claim, quote=_short(holder[index].quote.exact)
                )
            else:
                reason = Said(OTHER_CREDITED, claim=claim)
            return Verdict(annotation.id, NEAR, index, 0.0, reason, fit.coverage)
        fit = fits[0] if len(fits) == 1 else max(fits, key=lambda f: (f.coverage, f.iou))
        index = fit.key_index
        if fit.covers_key_words:
            reason = self._past[index]
        else:
            shape = (index, fit.covered, fit.key_words)
            reason = self._near.get(shape)
            if reason is None:
                reason = self._near[shape] = Said(
                    NEAR_KEY_WORDS,
                    claim=self.named[index],
                    share=f"{fit.coverage:.0%}",
                    which=self.which[index],
                )
        return Verdict(annotation.id, NEAR, index, 0.0, reason, fit.coverage)

    def beside(self, annotation: Annotation, neighbours: Sequence[int]) -> Verdict:
        """The verdict of a highlight on no claim: near one in its sentence, or not in the key."""
        if not neighbours:
            return Verdict(annotation.id, NOT_IN_KEY, None, 0.0, _NOTHING_SAID)
        if len(neighbours) == 1:
            index = neighbours[0]
        else:
            start = annotation.position.start
            index = min(neighbours, key=lambda k: abs(self.key[k].position.start - start))
        return Verdict(annotation.id, NEAR, index, 0.0, self._beside[index])


NOTHING_HERE = "nothing in the key here"
_NOTHING_SAID = Said(NOTHING_HERE)


_FRACTIONS = {0.5: Said(HALF), 1 / 3: Said(A_THIRD), 0.25: Said(A_QUARTER)}


def _fraction(value: float) -> str:
    return _FRACTIONS.get(value, f"{value:.0%}")


def _key_words(span: KeySpan) -> list[str]:
    start = span.position.start
    return [span.quote.exact[w.start - start : w.end - start] for w in span.key_words]


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
