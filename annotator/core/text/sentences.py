"""Sentences of an article's canonical text, as offsets: where grading says a claim's sentence
ends. (Words are those of :mod:`annotator.core.text.words`, the ones students select.)

**Sentences** never cross a block (a headline, a paragraph, a caption ...). Inside a block a
sentence ends at ``.``, ``!`` or ``?`` (with any closing quotation marks or brackets after it)
followed by white space and then a capital letter, a digit or an opening quotation mark, except
after an abbreviation (``U.S.``, ``Jan.``, ``Mr.``, a single initial ...). That is enough for news
prose; it needs no language model and gives the same answer everywhere.
"""

from __future__ import annotations

import re

from annotator.core.text.selectors import trim_to_words

_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# Words that end in a full stop without ending a sentence (besides initials and "U.S.").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt jr sr inc co corp ltd vs etc "  # noqa: SIM905
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of the text, in order; blocks are split at ``\\n``.

    A sentence's span runs from its first to its last non-space character.
    """
    spans: list[tuple[int, int]] = []
    block_start = 0
    for block in text.split("\n"):
        begin = block_start
        for found in _END.finditer(block):
            if _abbreviation_before(block, found.start()):
                continue
            spans.append(trim_to_words(text, begin, block_start + found.end()))
            begin = block_start + found.end()
        spans.append(trim_to_words(text, begin, block_start + len(block)))
        block_start += len(block) + 1
    return [(s, e) for s, e in spans if s < e]


def _abbreviation_before(block: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation rather than a sentence."""
    if block[stop] != ".":
        return False
    word_start = stop
    while word_start > 0 and (block[word_start - 1].isalnum() or block[word_start - 1] == "."):
        word_start -= 1
    word = block[word_start:stop]
    return "." in word or (len(word) == 1 and word.isalpha()) or word.lower() in ABBREVIATIONS
