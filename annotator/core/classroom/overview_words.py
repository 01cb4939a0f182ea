"""The class overview in words: a headline a teacher reads at a glance for each figure, and the
text alternative that says all of it, for a screen reader and for whoever cannot see the colours.

The review window gives each chart its headline as a caption and its text alternative as the
accessible description; the class report prints the headline under each chart and the text
alternative as its ``aria-label`` (the numbers are printed beside the bars as well).
"""

from __future__ import annotations

from annotator.core.classroom.overview import (
    BAND,
    BANDS,
    Agreement,
    ClaimFigure,
    ClassOverview,
    Coverage,
)

HEADLINE_CLAIMS = 3  # how many of the most missed claims the headline names


def number(value: float) -> str:
    """A score as the overview writes it: ``64.5``, ``100``."""
    return f"{round(value, 1):g}"


def students(count: int) -> str:
    return f"{count} student" + ("" if count == 1 else "s")


def band_label(index: int) -> str:
    """``0–9``, ..., ``90–100``: the scores of one band."""
    low = BANDS[index]
    return f"{low}–{100 if index == len(BANDS) - 1 else low + BAND - 1}"


def short_words(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- scores -----------------------------------------------------------------------------------


def scores_headline(overview: ClassOverview) -> str:
    scores = overview.scores
    if not scores:
        return "No scores yet."
    if len(scores) < 4:
        listed = ", ".join(number(s) for s in scores)
        return f"Median {number(overview.median or 0)}; the scores: {listed}."
    low, high = _middle_half(scores)
    return (
        f"Median {number(overview.median or 0)}: half the class scored more. The middle half "
        f"scored {number(low)} to {number(high)}; lowest {number(scores[0])}, highest "
        f"{number(scores[-1])}."
    )


def scores_text(overview: ClassOverview) -> str:
    bands = "; ".join(
        f"{band_label(i)}: {count}" for i, count in enumerate(overview.bands) if count
    )
    return (
        f"Scores of {students(len(overview.scores))}, in bands of ten points. "
        f"{scores_headline(overview)} Students per band: {bands or 'none'}."
    )


def _middle_half(scores: tuple[float, ...]) -> tuple[float, float]:
    """The first and third quartiles (the median of each half)."""
    half = len(scores) // 2
    lower, upper = scores[:half], scores[-half:]

    def middle(values: tuple[float, ...]) -> float:
        mid = len(values) // 2
        return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2

    return middle(lower), middle(upper)


# --- claims -----------------------------------------------------------------------------------


def claim_text(claim: ClaimFigure) -> str:
    """One bar in words: ``FRAMING “invasion” (The Independent): 5 found, 3 wrong tag,
    32 missed``."""
    return (
        f"{claim.tag} “{short_words(claim.words, 80)}” ({claim.outlet}): {claim.found} found, "
        f"{claim.wrong_tag} wrong tag, {claim.missed} missed"
    )


def claims_headline(overview: ClassOverview) -> str:
    if not overview.claims:
        return "The lesson has no answer key."
    if not overview.students:
        return "No students yet."
    missed = [c for c in overview.claims[:HEADLINE_CLAIMS] if c.missed]
    if not missed:
        return "Every claim was found by every student."
    first, *rest = missed
    parts = [
        f"“{short_words(first.words, 40)}” ({first.outlet}), missed by {first.missed} of "
        f"{first.students}"
    ]
    parts += [f"“{short_words(c.words, 40)}” ({c.outlet}), {c.missed}" for c in rest]
    return "Most missed: " + "; ".join(parts) + "."


def claims_text(overview: ClassOverview) -> str:
    lines = "; ".join(claim_text(claim) for claim in overview.claims)
    return (
        f"Every claim of the key, most missed first, out of {students(overview.students)}: "
        f"{lines or 'none'}."
    )


def who_text(claim: ClaimFigure) -> str:
    """Who missed a claim, and who gave it another tag: the window's answer to a click."""
    parts = [f"{claim.tag} “{short_words(claim.words, 90)}” ({claim.outlet})."]
    if claim.missed:
        parts.append(f"Missed by {claim.missed}: {', '.join(claim.missed_by)}.")
    else:
        parts.append("Nobody missed it.")
    if claim.wrong_tag:
        parts.append(f"Another tag from {claim.wrong_tag}: {', '.join(claim.wrong_tag_by)}.")
    return " ".join(parts)


# --- tag confusion ----------------------------------------------------------------------------


def confusion_headline(overview: ClassOverview) -> str:
    if not overview.claims:
        return "The lesson has no answer key."
    worst = max(
        (
            (count, key_tag, tag, sum(row))
            for key_tag, row in zip(overview.tags, overview.confusion, strict=True)
            for tag, count in zip(overview.tags, row, strict=True)
            if tag != key_tag and count
        ),
        default=None,
    )
    if worst is None:
        return "Every claim found was given the key's tag."
    count, key_tag, tag, found = worst
    return (
        f"Most common mix-up: {key_tag} claims tagged {tag}, {count} time"
        f"{'' if count == 1 else 's'} ({count / found:.0%} of the {key_tag} claims found)."
    )


def confusion_text(overview: ClassOverview) -> str:
    rows = []
    for key_tag, row in zip(overview.tags, overview.confusion, strict=True):
        if sum(row):
            given = ", ".join(
                f"{tag} {count}" for tag, count in zip(overview.tags, row, strict=True) if count
            )
            rows.append(f"{key_tag} claims found {sum(row)} times, tagged {given}")
    return (
        "Which tag students gave the claims they found, by the key's tag. "
        f"{confusion_headline(overview)} {'; '.join(rows)}."
    ).rstrip(" .") + "."


# --- coverage ---------------------------------------------------------------------------------


def coverage_line(item: Coverage, class_size: int) -> str:
    found = (
        f"; {item.claims_found / (item.claims * class_size):.0%} of its claims found"
        if item.claims and class_size
        else ""
    )
    return (
        f"{item.outlet}: {item.students} of {class_size} tagged something, "
        f"{item.highlights} highlights{found}"
    )


def coverage_headline(overview: ClassOverview) -> str:
    size = overview.students
    if not size:
        return "No students yet."
    skipped = sorted((c for c in overview.coverage if c.students < size), key=lambda c: c.students)
    if not skipped:
        return "Every student tagged something in every article."
    first, *rest = skipped
    words = f"{first.outlet} was skipped by {size - first.students} of {size}"
    words += "".join(f"; {c.outlet} by {size - c.students}" for c in rest)
    return words + "."


def coverage_text(overview: ClassOverview) -> str:
    lines = "; ".join(coverage_line(c, overview.students) for c in overview.coverage)
    return (
        f"How many students tagged anything in each article. {coverage_headline(overview)} {lines}."
    )


# --- agreement --------------------------------------------------------------------------------


def kappa_words(kappa: float | None) -> str:
    """Landis and Koch's scale, in an adverb: ``moderately``."""
    return _ADVERBS[kappa_level(kappa)]


def kappa_figure(kappa: float | None) -> str:
    """The figure on its scale, in plain words: ``0.52 of 1``."""
    # round(-0.001, 2) is -0.0, shown "-0.00": "or 0.0" makes it the 0 it means.
    return "–" if kappa is None else f"{round(kappa, 2) or 0.0:.2f} of 1"


def kappa_level(kappa: float | None) -> str:
    """Landis and Koch's scale, in an adjective for a label: ``moderate``."""
    if kappa is None:
        return "not measured"
    if kappa <= 0:
        return "no more than chance"
    return next((word for bound, word in _LEVELS if kappa <= bound), "almost full")


_LEVELS = ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "strong"))
_ADVERBS = {
    "not measured": "unmeasurably",
    "no more than chance": "no more than chance",
    "slight": "slightly",
    "fair": "fairly",
    "moderate": "moderately",
    "strong": "well",
    "almost full": "almost fully",
}

AGREEMENT_EXPLAINED = (
    "Agreement between students: how far they tagged the same words with the same tags, "
    "from 0 (what chance alone would give) to 1 (all alike); a low figure marks a contested "
    "article or tag. (The measure is Fleiss' kappa on words.)"
)


def agreement_headline(overview: ClassOverview) -> str:
    """``Students agreed most on FRAMING words (moderately: 0.52 of 1), less on FACT (fairly:
    0.31 of 1), least on QUOTE (slightly: 0.15 of 1).``"""
    if overview.students < 2:
        return "Agreement needs two or more students."
    measured = sorted(
        (a for a in overview.agreement_by_tag if a.kappa is not None),
        key=lambda a: -(a.kappa or 0),
    )
    if not measured:
        return "Too few words were tagged to measure agreement."

    def said(item: Agreement) -> str:
        return f"({kappa_words(item.kappa)}: {kappa_figure(item.kappa)})"

    first, *rest = measured
    if not rest:
        return f"Students agreed on {first.name} words {said(first)}."
    parts = [f"Students agreed most on {first.name} words {said(first)}"]
    parts += [f"less on {item.name} {said(item)}" for item in rest[:-1]]
    parts.append(f"least on {rest[-1].name} {said(rest[-1])}")
    return ", ".join(parts) + "."


def agreement_by_article(overview: ClassOverview) -> str:
    measured = [a for a in overview.agreement_by_article if a.kappa is not None]
    if len(measured) < 2:
        return ""
    measured.sort(key=lambda a: -(a.kappa or 0))
    most, least = measured[0], measured[-1]
    return (
        f"By article, most on {overview.outlets.get(most.name, most.name)} "
        f"({kappa_figure(most.kappa)}), least on "
        f"{overview.outlets.get(least.name, least.name)} ({kappa_figure(least.kappa)})."
    )


def agreement_text(overview: ClassOverview) -> str:
    return " ".join(
        part
        for part in (
            agreement_headline(overview),
            agreement_by_article(overview),
            AGREEMENT_EXPLAINED,
        )
        if part
    )
