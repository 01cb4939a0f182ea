"""The words passages are compared by (:mod:`annotator.core.text.passage_suggestions`): content
words cut to a stem, and the stretches of a text that stand inside quotation marks.

A **content word** is a word of letters (numbers are compared as figures instead), in lower
case, that is not a stop word ("the", "has", "which"...), with a possessive and one ending cut:
"releases", "released" and "releasing" are all "releas", "monitors" is "monitor". That is crude
next to a real stemmer, but it needs no library, gives the same answer everywhere, and is all
that comparing three reports of one story needs. Hyphenated words count by their parts too
("38,521-bed" gives "bed", "catch-and-release" gives "catch" and "releas").
"""

from __future__ import annotations

import re

from annotator.core.text.words import quote_pairs

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_ENDINGS = ("ing", "ed", "es", "s", "e", "ly")
# Abbreviations written out, so that "the U.S." and "the United States" share their words.
_SPELT_OUT = ((re.compile(r"\bU\.S\.(?=\W|$)"), "United States"),)


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = _split(
    "a about above after again against all also am an and any are as at be because been before "
    "being below between both but by can could did do does doing down during each for from "
    "further had has have having he her here hers herself him himself his how i if in into is "
    "it its itself just me more most my myself no nor not now of off on once only or other our "
    "ours ourselves out over own same she should so some such than that the their theirs them "
    "themselves then there these they this those through to too under until up very was we "
    "were what when where which while who whom why will with would you your yours yourself "
    "said says say told according since s t one two three many much may might must shall "
    "like per via"
)


def stem(word: str) -> str:
    """A word cut to a crude stem (see the module's text): lower case, no possessive, one
    ending off a word of more than four letters."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    return word


def content_words(text: str, surface: dict[str, str] | None = None) -> list[str]:
    """The content words of ``text`` as stems, in order (repeats kept). ``surface``, when
    given, learns the first spelling of each stem, for saying a reason in words."""
    found = []
    for pattern, words in _SPELT_OUT:
        text = pattern.sub(words, text)
    for match in _WORD.finditer(text):
        written = match.group()
        if written.lower() in STOP_WORDS or len(written) < 2:
            continue
        stemmed = stem(written)
        if stemmed in STOP_WORDS:
            continue
        found.append(stemmed)
        if surface is not None and stemmed not in surface:
            surface[stemmed] = written.lower()
    return found


def quote_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` inside paired quotation marks, marks left out, in order; a
    quotation never runs past the end of its block (``\\n``)."""
    regions = []
    block_start = 0
    for block in text.split("\n"):
        block_end = block_start + len(block)
        for opening, closing in quote_pairs(text, block_start, block_end):
            if closing - opening > 1:
                regions.append((opening + 1, closing))
        block_start = block_end + 1
    return sorted(regions)
