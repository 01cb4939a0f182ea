"""The core's sentences, in the language the app speaks.

The core imports no Qt: it writes its sentences in English, each a
:class:`~annotator.core.said.Said` that keeps its template and the params it was filled with.
:func:`spoken` translates the template here (context ``CoreSentences``) and fills it with the same
params, each of those that is itself a ``Said`` said first; a plain string (a student's words,
a tag's name, a pack's own text) is shown as it is. Every template of the core the windows show
is listed in :data:`TEMPLATES`, exactly as the core writes it, so that ``pyside6-lupdate``
finds it; ``tests/test_translations.py`` checks that each template the core fills is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.core.said import Said

CONTEXT = "CoreSentences"


def spoken(text: str) -> str:
    """``text`` in the language spoken: a :class:`Said` translated and filled again, anything
    else as it is."""
    if not isinstance(text, Said):
        return text
    params = {name: spoken(value) for name, value in text.params}
    template = QCoreApplication.translate(CONTEXT, text.template)
    return template.format(**params) if params else template


def spoken_capitalised(text: str) -> str:
    """:func:`spoken`, beginning with a capital: a reason shown as a line of its own."""
    said = spoken(text)
    return said[:1].upper() + said[1:]


# fmt: off
TEMPLATES = (  # every template of the core, as it writes it, for lupdate
    # why a highlight counted (core/classroom/verdicts.py, grading.py)
    QT_TRANSLATE_NOOP("CoreSentences", "the {tag} claim “{text}”"),
    QT_TRANSLATE_NOOP("CoreSentences", "the claim “{text}”"),
    QT_TRANSLATE_NOOP("CoreSentences", "{value} point"),
    QT_TRANSLATE_NOOP("CoreSentences", "{value} points"),
    QT_TRANSLATE_NOOP("CoreSentences", "{credit} of {points}"),
    QT_TRANSLATE_NOOP("CoreSentences", "found {claim}"),
    QT_TRANSLATE_NOOP("CoreSentences", "found {claim}, but the key tags it {key_tag}"),
    QT_TRANSLATE_NOOP("CoreSentences", "{tag} earns {share} of its points"),
    QT_TRANSLATE_NOOP("CoreSentences", "the key accepts {tag} for it at {share} credit"),
    QT_TRANSLATE_NOOP("CoreSentences", "it takes in {extra} more words of the sentence "
                                       "({free} are free): {fraction} credit"),
    QT_TRANSLATE_NOOP("CoreSentences", "half"),
    QT_TRANSLATE_NOOP("CoreSentences", "a third of the"),
    QT_TRANSLATE_NOOP("CoreSentences", "a quarter of the"),
    QT_TRANSLATE_NOOP("CoreSentences", "{said}; {more}"),
    QT_TRANSLATE_NOOP("CoreSentences", "{said}: {earned}"),
    QT_TRANSLATE_NOOP("CoreSentences", "found {claim}, but the key tags it {key_tag} and gives "
                                       "no credit for another tag"),
    QT_TRANSLATE_NOOP("CoreSentences", "found {claim}, but another of your highlights earned it "
                                       "(“{quote}”); a claim counts once"),
    QT_TRANSLATE_NOOP("CoreSentences", "found {claim}, but another claim was credited instead"),
    QT_TRANSLATE_NOOP("CoreSentences", "covers {claim}, but runs on past its sentence: a "
                                       "highlight that reaches into other sentences earns no "
                                       "claim"),
    QT_TRANSLATE_NOOP("CoreSentences", "in the sentence of {claim}, but not on its words"),
    QT_TRANSLATE_NOOP("CoreSentences", "near {claim}: covers {share} of its key words{which}; "
                                       "two thirds are needed"),
    QT_TRANSLATE_NOOP("CoreSentences", "nothing in the key here"),
    QT_TRANSLATE_NOOP("CoreSentences", "not found in this version of the article: not graded"),
    QT_TRANSLATE_NOOP("CoreSentences", "credited by the teacher: {points}"),
    QT_TRANSLATE_NOOP("CoreSentences", "credited by the teacher, “{note}”: {points}"),
    # why a passage is suggested as the same claim (core/text/passage_suggestions.py)
    QT_TRANSLATE_NOOP("CoreSentences", "shares quoted words: “{words}”"),
    QT_TRANSLATE_NOOP("CoreSentences", "shares the figure “{figure}”"),
    QT_TRANSLATE_NOOP("CoreSentences", "gives another figure for the same thing: “{figure}”"),
    QT_TRANSLATE_NOOP("CoreSentences", "close wording: {words}"),
    # how linked passages differ (core/text/figures.py, core/annotations/claim_comparison.py)
    QT_TRANSLATE_NOOP("CoreSentences", "{said} and {more}"),
    QT_TRANSLATE_NOOP("CoreSentences", "{said} but {more}"),
    QT_TRANSLATE_NOOP("CoreSentences", "{figures}: the same number, hedged differently"),
    QT_TRANSLATE_NOOP("CoreSentences", "{figures}: the figures disagree"),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet} credits no one"),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet} credits {source}"),
    # the class overview in words (core/classroom/overview_words.py)
    QT_TRANSLATE_NOOP("CoreSentences", "{count} student"),
    QT_TRANSLATE_NOOP("CoreSentences", "{count} students"),
    QT_TRANSLATE_NOOP("CoreSentences", "none"),
    QT_TRANSLATE_NOOP("CoreSentences", "{said}."),
    QT_TRANSLATE_NOOP("CoreSentences", "No scores yet."),
    QT_TRANSLATE_NOOP("CoreSentences", "Median {median}; the scores: {listed}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Median {median}: half the class scored more. The "
                                       "middle half scored {low} to {high}; lowest {lowest}, "
                                       "highest {highest}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Scores of {students}, in bands of ten points. "
                                       "{headline} Students per band: {bands}."),
    QT_TRANSLATE_NOOP("CoreSentences", "{tag} “{words}” ({outlet}): {found} found, {wrong} "
                                       "wrong tag, {missed} missed"),
    QT_TRANSLATE_NOOP("CoreSentences", "The lesson has no answer key."),
    QT_TRANSLATE_NOOP("CoreSentences", "No students yet."),
    QT_TRANSLATE_NOOP("CoreSentences", "Every claim was found by every student."),
    QT_TRANSLATE_NOOP("CoreSentences", "“{words}” ({outlet}), missed by {missed} of {students}"),
    QT_TRANSLATE_NOOP("CoreSentences", "“{words}” ({outlet}), {missed}"),
    QT_TRANSLATE_NOOP("CoreSentences", "Most missed: {claims}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Every claim of the key, most missed first, out of "
                                       "{students}: {claims}."),
    QT_TRANSLATE_NOOP("CoreSentences", "{tag} “{words}” ({outlet})."),
    QT_TRANSLATE_NOOP("CoreSentences", "Missed by {count}: {names}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Nobody missed it."),
    QT_TRANSLATE_NOOP("CoreSentences", "Another tag from {count}: {names}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Every claim found was given the key's tag."),
    QT_TRANSLATE_NOOP("CoreSentences", "Most common mix-up: {key_tag} claims tagged {tag}, "
                                       "{count} time ({share} of the {key_tag} claims "
                                       "found)."),
    QT_TRANSLATE_NOOP("CoreSentences", "Most common mix-up: {key_tag} claims tagged {tag}, "
                                       "{count} times ({share} of the {key_tag} claims "
                                       "found)."),
    QT_TRANSLATE_NOOP("CoreSentences", "{key_tag} claims found {count} times, tagged {given}"),
    QT_TRANSLATE_NOOP("CoreSentences", "Which tag students gave the claims they found, by "
                                       "the key's tag. {headline}"),
    QT_TRANSLATE_NOOP("CoreSentences", "Which tag students gave the claims they found, by "
                                       "the key's tag. {headline} {rows}."),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet}: {students} of {size} tagged something, "
                                       "{highlights} highlights"),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet}: {students} of {size} tagged something, "
                                       "{highlights} highlights; {share} of its claims found"),
    QT_TRANSLATE_NOOP("CoreSentences", "Every student tagged something in every article."),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet} was skipped by {count} of {size}"),
    QT_TRANSLATE_NOOP("CoreSentences", "{outlet} by {count}"),
    QT_TRANSLATE_NOOP("CoreSentences", "How many students tagged anything in each article. "
                                       "{headline} {lines}."),
    QT_TRANSLATE_NOOP("CoreSentences", "{kappa} of 1"),
    QT_TRANSLATE_NOOP("CoreSentences", "Agreement needs two or more students."),
    QT_TRANSLATE_NOOP("CoreSentences", "Too few words were tagged to measure agreement."),
    QT_TRANSLATE_NOOP("CoreSentences", "({adverb}: {figure})"),
    QT_TRANSLATE_NOOP("CoreSentences", "Students agreed on {tag} words {said}."),
    QT_TRANSLATE_NOOP("CoreSentences", "Students agreed most on {tag} words {said}"),
    QT_TRANSLATE_NOOP("CoreSentences", "less on {tag} {said}"),
    QT_TRANSLATE_NOOP("CoreSentences", "least on {tag} {said}"),
    QT_TRANSLATE_NOOP("CoreSentences", "By article, most on {most} ({most_kappa}), least on "
                                       "{least} ({least_kappa})."),
    QT_TRANSLATE_NOOP("CoreSentences", "unmeasurably"),
    QT_TRANSLATE_NOOP("CoreSentences", "no more than chance"),
    QT_TRANSLATE_NOOP("CoreSentences", "slightly"),
    QT_TRANSLATE_NOOP("CoreSentences", "fairly"),
    QT_TRANSLATE_NOOP("CoreSentences", "moderately"),
    QT_TRANSLATE_NOOP("CoreSentences", "well"),
    QT_TRANSLATE_NOOP("CoreSentences", "almost fully"),
    QT_TRANSLATE_NOOP("CoreSentences", "Agreement between students: how far they tagged the "
                                       "same words with the same tags, from 0 (what chance "
                                       "alone would give) to 1 (all alike); a low figure "
                                       "marks a contested article or tag. (The measure is "
                                       "Fleiss' kappa on words.)"),
)
# fmt: on
