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
)
# fmt: on
