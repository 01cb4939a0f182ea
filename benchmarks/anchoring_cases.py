"""Cases for the anchoring benchmark: texts, the annotations made on them, and edited versions
whose right answer is known.

An article is cut into units (a sentence with the space or line break after it). An annotation
covers whole words inside one unit; each edit touches the annotated unit only, so where its
words went (or that they are gone) is known exactly:

* moved: the unit is put elsewhere in the text;
* typo: one character inside the quote is replaced, deleted, added, or two are swapped;
* reworded <=25% / >25%: words or characters inside the quote change, by at most / more than
  a quarter of its characters (Levenshtein distance), as the search allows;
* deleted: the unit is gone;
* duplicated: a copy of the unit is put somewhere before it (so the original moves too);
* mix: each annotation of the version gets one of the above at random.

Many annotations share one edited version, as when a teacher revises an article.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector, describe

EDITS = ("moved", "typo", "reworded <=25%", "reworded >25%", "deleted", "duplicated")
KINDS = (*EDITS, "mix")
FINDABLE = {"moved", "typo", "reworded <=25%", "duplicated"}

_UNIT_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“A-Z0-9])")
_LEADING = "\"“‘('"
_TRAILING = "\"”’),.;:!?'"
# Words per annotation: one word, two, a phrase, a clause, a long stretch, the whole sentence.
LENGTHS = ((1, 1), (2, 2), (3, 5), (6, 12), (13, 30), (999, 999))
LENGTH_WEIGHTS = (15, 15, 25, 25, 15, 5)


@dataclass(frozen=True)
class Case:
    corpus: str
    kind: str  # the edit this annotation's unit got
    text: str  # the new version
    position: TextPositionSelector
    quote: TextQuoteSelector
    expected: tuple[int, int] | None  # where its words are now, None if they are gone
    either: bool = False  # reworded beyond the budget: orphaned or on those words are both right
    # A copy no one can tell from the original (the same quote with the same context) is right
    # too: nothing says which of the two the student tagged.
    twin: tuple[int, int] | None = None


def units_of(text: str) -> list[str]:
    """The text as units that join back into it: sentences, each with the space after it."""
    units = []
    for line in text.splitlines(keepends=True):
        start = 0
        for boundary in _UNIT_END.finditer(line):
            units.append(line[start : boundary.end()])
            start = boundary.end()
        if start < len(line):
            units.append(line[start:])
    assert "".join(units) == text
    return units


def markov_article(corpus: list[str], words: int, rng: random.Random) -> str:
    """A long article from the built-in ones: each next word follows the last one in the
    corpus half of the time and is any corpus word otherwise (so phrases of two or three words
    recur, as in real news, and five-word ones rarely); a paragraph every 4 to 8 sentences."""
    following: dict[str, list[str]] = {}
    for a, b in itertools.pairwise(corpus):
        following.setdefault(a, []).append(b)
    out, word, sentences, paragraph_at = [], rng.choice(corpus), 0, rng.randint(4, 8)
    for _ in range(words):
        out.append(word)
        if word[-1] in ".!?":
            sentences += 1
            if sentences == paragraph_at:
                out.append("\n")
                sentences, paragraph_at = 0, rng.randint(4, 8)
        choices = following.get(word) if rng.random() < 0.5 else None
        word = rng.choice(choices or corpus)
    return " ".join(out).replace(" \n ", "\n")


def _span(unit: str, rng: random.Random) -> tuple[int, int] | None:
    """Whole words inside ``unit`` (without the punctuation around them), as a student would."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", unit)]
    low, high = rng.choices(LENGTHS, LENGTH_WEIGHTS)[0]
    count = min(len(tokens), rng.randint(low, high))
    first = rng.randrange(len(tokens) - count + 1)
    a, b = tokens[first][0], tokens[first + count - 1][1]
    while a < b and unit[a] in _LEADING:
        a += 1
    while b > a and unit[b - 1] in _TRAILING:
        b -= 1
    return (a, b) if b > a else None


def _typo(quote: str, rng: random.Random) -> str | None:
    if len(quote) < 4:
        return None  # a quarter of fewer than 4 characters is no edit at all
    ops = ["replace", "delete", "add"] + (["swap"] if len(quote) >= 8 else [])
    op = rng.choice(ops)
    at = rng.randrange(1, len(quote) - 2)
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if op == "replace":
        letter = letter if letter != quote[at] else "q"
        return quote[:at] + letter + quote[at + 1 :]
    if op == "delete":
        return quote[:at] + quote[at + 1 :]
    if op == "add":
        return quote[:at] + letter + quote[at:]
    if quote[at] == quote[at + 1]:
        return None
    return quote[:at] + quote[at + 1] + quote[at] + quote[at + 2 :]


def _reword(quote: str, vocabulary: list[str], within: bool, rng: random.Random) -> str | None:
    """Words replaced, added or dropped, or letters changed, until the quote is changed by at
    most (``within``) or by more than a quarter of its characters."""
    budget = int(len(quote) * 0.25)
    for _ in range(40):
        words = quote.split(" ")
        for _ in range(rng.randint(1, 3)):
            op = rng.choice(("replace", "add", "drop", "letters"))
            at = rng.randrange(len(words))
            if op == "replace":
                words[at] = rng.choice(vocabulary)
            elif op == "add":
                words.insert(at, rng.choice(vocabulary))
            elif op == "drop" and len(words) > 1:
                del words[at]
            elif op == "letters":
                word = words[at]
                cut = rng.randrange(len(word) + 1)
                words[at] = word[:cut] + rng.choice(vocabulary)[:3] + word[cut + 2 :]
        new = " ".join(words).strip()
        if not new:
            continue
        distance = Levenshtein.distance(quote, new)
        if within and 2 <= distance <= budget:
            return new
        if not within and budget < distance <= 0.6 * len(quote):
            return new
    return None


def edited_version(
    corpus: str, text: str, kinds: list[str], vocabulary: list[str], rng: random.Random
) -> list[Case]:
    """Annotations on ``len(kinds)`` units of ``text``, each unit edited by its kind, all in one
    new version; a unit whose edit cannot be made (a typo in two letters) gives no case."""
    units = units_of(text)
    eligible = [i for i, unit in enumerate(units) if len(unit.split()) >= 3]
    chosen = rng.sample(eligible, min(len(kinds), len(eligible)))
    content: dict[object, str] = dict(enumerate(units))
    order: list[object] = list(range(len(units)))
    old_starts = [0]
    for unit in units:
        old_starts.append(old_starts[-1] + len(unit))
    planned = []  # (unit, kind, old span in the unit, new span in the unit or None)
    for unit_id, kind in zip(chosen, kinds, strict=False):
        unit = units[unit_id]
        span = _span(unit, rng)
        if span is None:
            continue
        a, b = span
        quote = unit[a:b]
        new_span: tuple[int, int] | None = (a, b)
        if kind in ("typo", "reworded <=25%", "reworded >25%"):
            if kind == "typo":
                new = _typo(quote, rng)
            else:
                new = _reword(quote, vocabulary, kind == "reworded <=25%", rng)
            if new is None:
                continue
            content[unit_id] = unit[:a] + new + unit[b:]
            new_span = (a, a + len(new))
        elif kind == "deleted":
            new_span = None
        planned.append((unit_id, kind, (a, b), new_span))
    for unit_id, kind, _, _ in planned:
        if kind == "deleted":
            order.remove(unit_id)
        elif kind == "moved":
            order.remove(unit_id)
            order.insert(rng.randrange(len(order) + 1), unit_id)
        elif kind == "duplicated":
            here = order.index(unit_id)
            content[("copy", unit_id)] = content[unit_id]
            # Before it, with at least one unit between (a copy right before the original is
            # the original with a copy after it).
            order.insert(rng.randrange(here) if here else min(2, len(order)), ("copy", unit_id))
    new_text = "".join(content[i] for i in order)
    new_starts, offset = {}, 0
    for i in order:
        new_starts[i] = offset
        offset += len(content[i])
    cases = []
    for unit_id, kind, (a, b), new_span in planned:
        start = old_starts[unit_id] + a
        position, quote = describe(text, start, start + (b - a))
        expected = twin = None
        if new_span is not None:
            base = new_starts[unit_id]
            expected = (base + new_span[0], base + new_span[1])
        if ("copy", unit_id) in new_starts:
            base = new_starts[("copy", unit_id)]
            copy = (base + a, base + b)
            if describe(new_text, *copy)[1] == describe(new_text, *expected)[1]:
                twin = copy
        either = kind == "reworded >25%"
        cases.append(Case(corpus, kind, new_text, position, quote, expected, either, twin))
    return cases


def outcome(case: Case, found: tuple[int, int] | None) -> str:
    """right, boundary off, wrong words, orphaned though findable, or rightly orphaned."""
    if found is None:
        if case.expected is None or case.either:
            return "rightly orphaned"
        return "orphaned (findable)"
    if case.expected is None:
        return "wrong words"
    (s, e), (fs, fe) = case.expected, found
    if (fs, fe) in ((s, e), case.twin):
        return "right"
    if fs < e and s < fe:
        return "boundary off"
    return "wrong words"
