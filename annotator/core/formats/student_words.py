"""What a student's report says, in plain words: how the score was reached, what became of the
highlights, and why each one counted or not.

The words follow ``docs/grading.md``: a claim earns its points times the tag's credit times the
extent's; the score is the points earned out of the lesson's target, at most 100. Precision,
recall and F1 are the teacher's (the gradebook, the graded JSON, the class report): a student's
report never speaks of them.

**The key.** A verdict's reason names the claim it is about. A highlight that found a claim
(credited, partial, wrong tag, or found it but earned nothing) names it in any case: the student
found it. A highlight that only came *near* a claim names it only when the teacher has released
the key; until then it says how near it came without saying which claim it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.classroom.grading import StudentGrade
from annotator.core.classroom.results import StudentResult, final_score
from annotator.core.classroom.verdicts import (
    CREDITED,
    NEAR,
    NOT_IN_KEY,
    ORPHANED,
    PARTIAL,
    WRONG_TAG,
    Verdict,
)
from annotator.core.formats.grade_text import points, score

# The first words of a highlight's line in the report: what became of it.
LEADS = {
    CREDITED: "Counted",
    PARTIAL: "Part credit",
    WRONG_TAG: "Wrong tag",
    NEAR: "Not counted",
    NOT_IN_KEY: "Not in the key",
    ORPHANED: "Not graded",
}

# How the report colours those words: gained, partly gained, lost (the words say it anyway).
TONES = {
    CREDITED: "won",
    PARTIAL: "part",
    WRONG_TAG: "part",
    NEAR: "lost",
    NOT_IN_KEY: "lost",
    ORPHANED: "lost",
}

# The two reasons of a near verdict that name a claim the highlight did not find (see
# annotator.core.classroom.verdicts.Explainer.miss and .beside).
_NEAR_WORDS = "near "
_IN_SENTENCE = "in the sentence of "


def share(value: float) -> str:
    """A credit as a student says it: "half", "a third", "75%"."""
    for fraction, words in ((0.5, "half"), (1 / 3, "a third"), (0.25, "a quarter")):
        if abs(value - fraction) < 1e-9:
            return words
    return f"{value:.0%}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def grade_line(result: StudentResult) -> str:
    """The grade itself: "72.5 out of 100", or that there is none yet."""
    final = final_score(result)
    return "not set yet" if final is None else f"{score(final)} out of 100"


def score_sentence(result: StudentResult) -> str:
    """How the score was reached, in one sentence (plain text)."""
    grade = result.grade
    if grade.score is None:
        said = "This lesson has no answer key, so no score is counted from points"
    else:
        earned, target = points(round(grade.points_earned, 2)), points(grade.target)
        if grade.points_earned >= grade.target:
            said = (
                f"You earned {earned} points, at least the {target} this lesson asks for: "
                "full marks, 100 out of 100"
            )
        else:
            said = (
                f"You earned {earned} of the {target} points this lesson asks for: "
                f"{score(grade.score)} out of 100"
            )
    if result.override is not None:
        said += f". Your teacher set your grade to {score(result.override)} out of 100"
    return said + "."


def claims_sentence(grade: StudentGrade, key_size: int, wrong_tag_credit: float) -> str:
    """How many of the key's claims the highlights found (plain text)."""
    found = len(grade.matches) + len(grade.wrong_tag)
    said = f"You found {found} of the {plural(key_size, 'claim')} in the answer key"
    wrong = len(grade.wrong_tag)
    if wrong:
        said += (
            f", {wrong} of them with another tag than the key's (which earns "
            f"{share(wrong_tag_credit)} of the points)"
        )
    return said + "."


def links_sentence(grade: StudentGrade, key_links: int) -> str:
    """How many of the key's linked claims (one claim told by several outlets) the student's
    own linked claims earned, and which, by their titles (plain text)."""
    earned = [credit for credit in grade.links if credit.linked]
    said = (
        f"You linked {len(earned)} of the {plural(key_links, 'claim')} the outlets share "
        "across articles"
    )
    if earned:
        titles = ", ".join(f"“{credit.title}”" for credit in earned)
        total = sum(credit.earned for credit in earned)
        worth = f"{points(total)} {'point' if total == 1 else 'points'}"
        return f"{said} ({worth}): {titles}."
    return f"{said}: select the words of one, press L, and link it in the other articles."


def highlights_sentence(grade: StudentGrade, count: int) -> str:
    """What became of the highlights, outcome by outcome (plain text)."""
    outcomes = grade.counts()
    parts = [
        (outcomes[CREDITED], "counted in full"),
        (outcomes[PARTIAL], "earned part of the points"),
        (outcomes[WRONG_TAG], "found a claim with another tag"),
        (outcomes[NEAR], "came near a claim without counting"),
        (outcomes[NOT_IN_KEY], "found nothing in the key"),
        (outcomes[ORPHANED], "could not be graded"),
    ]
    said = [f"{number} {words}" for number, words in parts if number]
    if not said:
        return "You made no highlights."
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return f"Of your {plural(count, 'highlight')}: {listed}."


def names_unfound_claim(verdict: Verdict) -> bool:
    """Whether the verdict's reason names a claim the highlight did not find: near it, or in
    its sentence."""
    return verdict.outcome == NEAR and verdict.reason.startswith((_NEAR_WORDS, _IN_SENTENCE))


def reason(verdict: Verdict, key_visible: bool) -> str:
    """Why the highlight counted or not, as a sentence for the student (plain text).

    Without the key, a highlight near a claim it did not find says how near, not which claim.
    """
    said = verdict.reason
    if not key_visible and names_unfound_claim(verdict):
        if said.startswith(_IN_SENTENCE):
            said = "it is in the sentence of a claim, but not on the claim's words"
        else:
            said = (
                f"it is near a claim, but covers {verdict.coverage:.0%} of its key words; two "
                "thirds are needed"
            )
    return said[:1].upper() + said[1:] + ("" if said.endswith(".") else ".")


def missed_sentence(grade: StudentGrade, key_points: Sequence[float], key_visible: bool) -> str:
    """How many claims no highlight found, what they were worth, and where to learn which
    (plain text)."""
    missed = [index for index in grade.misses if 0 <= index < len(key_points)]
    if not missed:
        return "You missed none."
    worth = points(sum(key_points[index] for index in missed))
    said = f"You missed {plural(len(missed), 'claim')} ({worth} point{'' if worth == '1' else 's'})"
    if key_visible:
        return said + ": they are listed at the end, with the key's notes."
    return said + "; your teacher has not released the answer key, so ask them which."
