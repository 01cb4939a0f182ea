"""The class overview in words: a headline a teacher reads at a glance for each figure, and the
text alternative that says all of it, for a screen reader and for whoever cannot see the colours.

The review window gives each chart its headline as a caption and its text alternative as the
accessible description; the class report prints the headline under each chart and the text
alternative as its ``aria-label`` (the numbers are printed beside the bars as well).

Each sentence is a :class:`~annotator.core.said.Said`: English here and in the reports, said in
the app's language by the window (``annotator/qt/core_sentences.py``).
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
from annotator.core.said import Said, said_join

HEADLINE_CLAIMS = 3  # how many of the most missed claims the headline names

# The sentences (templates of a Said, translated where the windows show them).
ONE_STUDENT = "{count} student"
STUDENTS = "{count} students"
NONE = "none"
THEN = "{said}; {more}"
FULL_STOP = "{said}."
NO_SCORES = "No scores yet."
SCORES_FEW = "Median {median}; the scores: {listed}."
SCORES_MANY = (
    "Median {median}: half the class scored more. The middle half scored {low} to {high}; "
    "lowest {lowest}, highest {highest}."
)
SCORES_TEXT = "Scores of {students}, in bands of ten points. {headline} Students per band: {bands}."
CLAIM_BAR = "{tag} “{words}” ({outlet}): {found} found, {wrong} wrong tag, {missed} missed"
NO_KEY = "The lesson has no answer key."
NO_STUDENTS = "No students yet."
ALL_FOUND = "Every claim was found by every student."
MISSED_FIRST = "“{words}” ({outlet}), missed by {missed} of {students}"
MISSED_MORE = "“{words}” ({outlet}), {missed}"
MOST_MISSED = "Most missed: {claims}."
CLAIMS_TEXT = "Every claim of the key, most missed first, out of {students}: {claims}."
WHO_CLAIM = "{tag} “{words}” ({outlet})."
MISSED_BY = "Missed by {count}: {names}."
NOBODY_MISSED = "Nobody missed it."
OTHER_TAG_FROM = "Another tag from {count}: {names}."
AND_SPACE = "{said} {more}"
ALL_KEY_TAG = "Every claim found was given the key's tag."
MIXUP_ONCE = (
    "Most common mix-up: {key_tag} claims tagged {tag}, {count} time ({share} of the "
    "{key_tag} claims found)."
)
MIXUP_TIMES = (
    "Most common mix-up: {key_tag} claims tagged {tag}, {count} times ({share} of the "
    "{key_tag} claims found)."
)
CONFUSION_ROW = "{key_tag} claims found {count} times, tagged {given}"
CONFUSION_INTRO = "Which tag students gave the claims they found, by the key's tag. {headline}"
CONFUSION_TEXT = (
    "Which tag students gave the claims they found, by the key's tag. {headline} {rows}."
)
COVERAGE_LINE = "{outlet}: {students} of {size} tagged something, {highlights} highlights"
COVERAGE_LINE_FOUND = (
    "{outlet}: {students} of {size} tagged something, {highlights} highlights; {share} of its "
    "claims found"
)
ALL_TAGGED = "Every student tagged something in every article."
SKIPPED_FIRST = "{outlet} was skipped by {count} of {size}"
SKIPPED_MORE = "{outlet} by {count}"
COVERAGE_TEXT = "How many students tagged anything in each article. {headline} {lines}."
KAPPA_OF = "{kappa} of 1"
NEEDS_TWO = "Agreement needs two or more students."
TOO_FEW_WORDS = "Too few words were tagged to measure agreement."
KAPPA_SAID = "({adverb}: {figure})"
AGREED_ON = "Students agreed on {tag} words {said}."
AGREED_MOST = "Students agreed most on {tag} words {said}"
AGREED_LESS = "less on {tag} {said}"
AGREED_LEAST = "least on {tag} {said}"
AND_COMMA = "{said}, {more}"
BY_ARTICLE = "By article, most on {most} ({most_kappa}), least on {least} ({least_kappa})."


def number(value: float) -> str:
    """A score as the overview writes it: ``64.5``, ``100``."""
    return f"{round(value, 1):g}"


def students(count: int) -> str:
    return Said(ONE_STUDENT if count == 1 else STUDENTS, count=str(count))


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
        return Said(NO_SCORES)
    if len(scores) < 4:
        listed = ", ".join(number(s) for s in scores)
        return Said(SCORES_FEW, median=number(overview.median or 0), listed=listed)
    low, high = _middle_half(scores)
    return Said(
        SCORES_MANY,
        median=number(overview.median or 0),
        low=number(low),
        high=number(high),
        lowest=number(scores[0]),
        highest=number(scores[-1]),
    )


def scores_text(overview: ClassOverview) -> str:
    bands = "; ".join(
        f"{band_label(i)}: {count}" for i, count in enumerate(overview.bands) if count
    )
    return Said(
        SCORES_TEXT,
        students=students(len(overview.scores)),
        headline=scores_headline(overview),
        bands=bands or Said(NONE),
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
    return Said(
        CLAIM_BAR,
        tag=claim.tag,
        words=short_words(claim.words, 80),
        outlet=claim.outlet,
        found=str(claim.found),
        wrong=str(claim.wrong_tag),
        missed=str(claim.missed),
    )


def claims_headline(overview: ClassOverview) -> str:
    if not overview.claims:
        return Said(NO_KEY)
    if not overview.students:
        return Said(NO_STUDENTS)
    missed = [c for c in overview.claims[:HEADLINE_CLAIMS] if c.missed]
    if not missed:
        return Said(ALL_FOUND)
    first, *rest = missed
    said = Said(
        MISSED_FIRST,
        words=short_words(first.words, 40),
        outlet=first.outlet,
        missed=str(first.missed),
        students=str(first.students),
    )
    more = [
        Said(MISSED_MORE, words=short_words(c.words, 40), outlet=c.outlet, missed=str(c.missed))
        for c in rest
    ]
    return Said(MOST_MISSED, claims=said_join(said, more, THEN))


def claims_text(overview: ClassOverview) -> str:
    lines = _joined([claim_text(claim) for claim in overview.claims], THEN)
    return Said(CLAIMS_TEXT, students=students(overview.students), claims=lines or Said(NONE))


def who_text(claim: ClaimFigure) -> str:
    """Who missed a claim, and who gave it another tag: the window's answer to a click."""
    parts = [
        Said(WHO_CLAIM, tag=claim.tag, words=short_words(claim.words, 90), outlet=claim.outlet)
    ]
    if claim.missed:
        parts.append(Said(MISSED_BY, count=str(claim.missed), names=", ".join(claim.missed_by)))
    else:
        parts.append(Said(NOBODY_MISSED))
    if claim.wrong_tag:
        parts.append(
            Said(OTHER_TAG_FROM, count=str(claim.wrong_tag), names=", ".join(claim.wrong_tag_by))
        )
    return _joined(parts, AND_SPACE)


# --- tag confusion ----------------------------------------------------------------------------


def confusion_headline(overview: ClassOverview) -> str:
    if not overview.claims:
        return Said(NO_KEY)
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
        return Said(ALL_KEY_TAG)
    count, key_tag, tag, found = worst
    return Said(
        MIXUP_ONCE if count == 1 else MIXUP_TIMES,
        key_tag=key_tag,
        tag=tag,
        count=str(count),
        share=f"{count / found:.0%}",
    )


def confusion_text(overview: ClassOverview) -> str:
    rows = []
    for key_tag, row in zip(overview.tags, overview.confusion, strict=True):
        if sum(row):
            given = ", ".join(
                f"{tag} {count}" for tag, count in zip(overview.tags, row, strict=True) if count
            )
            rows.append(Said(CONFUSION_ROW, key_tag=key_tag, count=str(sum(row)), given=given))
    headline = confusion_headline(overview)
    if not rows:  # the headline's own full stop ends the text
        return Said(CONFUSION_INTRO, headline=headline)
    return Said(CONFUSION_TEXT, headline=headline, rows=_joined(rows, THEN))


# --- coverage ---------------------------------------------------------------------------------


def coverage_line(item: Coverage, class_size: int) -> str:
    said = {
        "outlet": item.outlet,
        "students": str(item.students),
        "size": str(class_size),
        "highlights": str(item.highlights),
    }
    if item.claims and class_size:
        share = f"{item.claims_found / (item.claims * class_size):.0%}"
        return Said(COVERAGE_LINE_FOUND, share=share, **said)
    return Said(COVERAGE_LINE, **said)


def coverage_headline(overview: ClassOverview) -> str:
    size = overview.students
    if not size:
        return Said(NO_STUDENTS)
    skipped = sorted((c for c in overview.coverage if c.students < size), key=lambda c: c.students)
    if not skipped:
        return Said(ALL_TAGGED)
    first, *rest = skipped
    said = Said(
        SKIPPED_FIRST, outlet=first.outlet, count=str(size - first.students), size=str(size)
    )
    more = [Said(SKIPPED_MORE, outlet=c.outlet, count=str(size - c.students)) for c in rest]
    return Said(FULL_STOP, said=said_join(said, more, THEN))


def coverage_text(overview: ClassOverview) -> str:
    lines = _joined([coverage_line(c, overview.students) for c in overview.coverage], THEN)
    return Said(COVERAGE_TEXT, headline=coverage_headline(overview), lines=lines)


# --- agreement --------------------------------------------------------------------------------


def kappa_words(kappa: float | None) -> str:
    """Landis and Koch's scale, in an adverb: ``moderately``."""
    return _ADVERBS[kappa_level(kappa)]


def kappa_figure(kappa: float | None) -> str:
    """The figure on its scale, in plain words: ``0.52 of 1``."""
    # round(-0.001, 2) is -0.0, shown "-0.00": "or 0.0" makes it the 0 it means.
    return "–" if kappa is None else Said(KAPPA_OF, kappa=f"{round(kappa, 2) or 0.0:.2f}")


def kappa_level(kappa: float | None) -> str:
    """Landis and Koch's scale, in an adjective for a label: ``moderate``."""
    if kappa is None:
        return "not measured"
    if kappa <= 0:
        return "no more than chance"
    return next((word for bound, word in _LEVELS if kappa <= bound), "almost full")


_LEVELS = ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "strong"))
UNMEASURABLY = "unmeasurably"
NO_MORE_THAN_CHANCE = "no more than chance"
SLIGHTLY = "slightly"
FAIRLY = "fairly"
MODERATELY = "moderately"
WELL = "well"
ALMOST_FULLY = "almost fully"
_ADVERBS = {
    "not measured": Said(UNMEASURABLY),
    "no more than chance": Said(NO_MORE_THAN_CHANCE),
    "slight": Said(SLIGHTLY),
    "fair": Said(FAIRLY),
    "moderate": Said(MODERATELY),
    "strong": Said(WELL),
    "almost full": Said(ALMOST_FULLY),
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
        return Said(NEEDS_TWO)
    measured = sorted(
        (a for a in overview.agreement_by_tag if a.kappa is not None),
        key=lambda a: -(a.kappa or 0),
    )
    if not measured:
        return Said(TOO_FEW_WORDS)

    def said(item: Agreement) -> str:
        return Said(KAPPA_SAID, adverb=kappa_words(item.kappa), figure=kappa_figure(item.kappa))

    first, *rest = measured
    if not rest:
        return Said(AGREED_ON, tag=first.name, said=said(first))
    parts = [Said(AGREED_MOST, tag=first.name, said=said(first))]
    parts += [Said(AGREED_LESS, tag=item.name, said=said(item)) for item in rest[:-1]]
    parts.append(Said(AGREED_LEAST, tag=rest[-1].name, said=said(rest[-1])))
    return Said(FULL_STOP, said=_joined(parts, AND_COMMA))


def agreement_by_article(overview: ClassOverview) -> str:
    measured = [a for a in overview.agreement_by_article if a.kappa is not None]
    if len(measured) < 2:
        return ""
    measured.sort(key=lambda a: -(a.kappa or 0))
    most, least = measured[0], measured[-1]
    return Said(
        BY_ARTICLE,
        most=overview.outlets.get(most.name, most.name),
        most_kappa=kappa_figure(most.kappa),
        least=overview.outlets.get(least.name, least.name),
        least_kappa=kappa_figure(least.kappa),
    )


def agreement_text(overview: ClassOverview) -> str:
    parts = [agreement_headline(overview), agreement_by_article(overview), _EXPLAINED]
    return _joined([part for part in parts if part], AND_SPACE)


_EXPLAINED = Said(AGREEMENT_EXPLAINED)


def _joined(parts: list[str], template: str) -> str:
    """``parts`` joined by ``template`` (``"{said}; {more}"``), or "" for none."""
    return said_join(parts[0], parts[1:], template) if parts else ""
