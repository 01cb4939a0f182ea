"""Passages of the other articles that may report what a selected span reports.

A student who selects "ICE is funded for only 41,500 beds nationwide" in one article should be
shown, in the two others, "ICE has a maximum capacity of 41,500 beds" and "facilities at the
U.S.-Mexico border have a 38,521-bed capacity", each one click from being linked as the same
claim. :class:`PassageIndex` is built once per lesson from the articles' canonical texts;
:meth:`PassageIndex.suggest` ranks passages for a selection.

**Passages.** Every sentence of every article (:mod:`annotator.core.text.sentences`), and inside
a sentence its clauses (cut at commas, semicolons, colons and dashes) alone and two by two: the
passage offered for a sentence is its best-scoring window, so a link takes the clause that
reports the claim rather than the whole sentence.

**Scoring.** Three kinds of evidence, each between 0 and 1, the figures' and the quotes' only
counted when the selection has figures or quoted words:

* **shared figures** (:mod:`annotator.core.text.figures`): for each figure of the selection,
  1 when the passage gives the same value (with the same unit, or no unit), ½ when it gives
  another value in the same unit ("38,521-bed" for "41,500 beds": the claim, told with
  another number); their mean;
* **shared quoted words**: the selection's words that stand inside quotation marks in its
  article (three words at least), found in the passage by RapidFuzz's ``partial_ratio``
  (the best-aligned substring), counted from 80% of characters alike;
* **close wording**: the selection's content words (lower case, without stop words and
  numbers, with plural and verb endings cut: "released" and "releasing" are one word) that
  the passage has, each weighted by how rare it is in the lesson (inverse document frequency:
  "ankle" counts more than "ICE"), as a share of the selection's; and RapidFuzz's
  ``token_set_ratio`` of the two sets of content words; the mean of the two.

The score is the mean of the kinds that count, figures and quotes weighing
:data:`FIGURE_WEIGHT` and :data:`QUOTE_WEIGHT` against wording's 1. Passages below
:data:`MIN_SCORE` are not offered; every suggestion says its reasons in words ("shares the
figure “41,500 beds”", "close wording: ankle, monitors, wrist"). ``docs/claims.md`` states
the same for teachers, with how well it does on the built-in lesson's key.

**Speed.** Building the index reads each article once (its sentences, figures, quotes and
content words, and an inverted index from word to passage). A selection is compared only with
the passages that share a word, a figure's value or unit, or a quoted word with it, and
RapidFuzz scores those in native code: a few milliseconds on the built-in lesson, and well
under 200 ms on three articles of 20,000 words (``benchmarks/bench_suggestions.py``). The
index is read-only once built, so a worker thread may build it and the UI thread use it.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from annotator.core.said import Said
from annotator.core.text.figures import Figure, find_figures
from annotator.core.text.passage_words import content_words, quote_regions
from annotator.core.text.sentences import sentence_spans

# Why a passage is suggested, in words (templates of a Said, translated where shown).
SHARES_QUOTED = "shares quoted words: “{words}”"
SHARES_FIGURE = "shares the figure “{figure}”"
OTHER_FIGURE = "gives another figure for the same thing: “{figure}”"
CLOSE_WORDING = "close wording: {words}"

FIGURE_WEIGHT = 1.5  # shared figures against close wording's 1
QUOTE_WEIGHT = 1.5  # shared quoted words against close wording's 1
MIN_SCORE = 0.2  # passages scoring less are not offered
QUOTE_ALIKE = 80  # partial_ratio from which quoted words count as shared
MIN_QUOTE_WORDS = 3
MOST_CANDIDATES = 300  # passages sharing content words that are scored in full
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:](?=\s)|\s[–—-]\s|\s\(|\)\s)\s*")
MIN_CLAUSE_WORDS = 4  # a clause shorter than this is offered only within its sentence
FULL_WORDING = 3  # shared content words from which close wording counts in full


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A passage of another article that may report the selected claim: where it stands, its
    score (0 to 1) and the reasons, in words, best first."""

    article_id: str
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]

    @property
    def words(self) -> str:
        """The reasons in one line, for a tooltip or a list."""
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class _Passage:
    article_id: str
    sentence: int  # its sentence's number in the index
    start: int
    end: int
    words: frozenset[str]  # content words, as stems
    wording: str  # the stems, sorted and joined, for token_set_ratio
    figures: tuple[Figure, ...]
    lowered: str  # the passage's text, lower case, quote marks and apostrophes plain


class PassageIndex:
    """The passages of a lesson's articles, indexed for :meth:`suggest` (see the module)."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = dict(texts)
        self._passages: list[_Passage] = []
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_value: dict[float, list[int]] = defaultdict(list)
        self._by_unit: dict[str, list[int]] = defaultdict(list)
        self._surface: dict[str, str] = {}
        # article -> its passages' numbers and their plain text, for quoted words
        self._lowered: dict[str, tuple[list[int], list[str]]] = {}
        sentence_number = 0
        document_frequency: dict[str, int] = defaultdict(int)
        for article_id, text in self.texts.items():
            self._quotes[article_id] = quote_regions(text)
            figures = find_figures(text)
            for s_start, s_end in sentence_spans(text):
                in_sentence = [f for f in figures if s_start <= f.number_start < s_end]
                for start, end in _windows(text, s_start, s_end):
                    self._add(article_id, sentence_number, text, start, end, in_sentence)
                for stem in content_words(text[s_start:s_end], self._surface):
                    document_frequency[stem] += 1
                sentence_number += 1
        total = max(sentence_number, 1)
        self._idf = {
            stem: math.log((total + 1) / (count + 1)) + 1
            for stem, count in document_frequency.items()
        }

    def _add(
        self,
        article_id: str,
        sentence: int,
        text: str,
        start: int,
        end: int,
        figures: list[Figure],
    ) -> None:
        words = frozenset(content_words(text[start:end], self._surface))
        inside = tuple(f for f in figures if start <= f.number_start and f.number_end <= end)
        number = len(self._passages)
        self._passages.append(
            _Passage(
                article_id,
                sentence,
                start,
                end,
                words,
                " ".join(sorted(words)),
                inside,
                _plain(text[start:end]),
            )
        )
        numbers, lowered = self._lowered.setdefault(article_id, ([], []))
        numbers.append(number)
        lowered.append(self._passages[-1].lowered)
        for word in words:
            self._by_word[word].append(number)
        for figure in inside:
            self._by_value[figure.value].append(number)
            if figure.unit:
                self._by_unit[figure.unit].append(number)

    def __len__(self) -> int:
        return len(self._passages)

    def suggest(self, article_id: str, start: int, end: int, limit: int = 3) -> list[Suggestion]:
        """The passages of the other articles that best match ``text[start:end]`` of
        ``article_id``, at most ``limit``, best first, one per sentence; none below
        :data:`MIN_SCORE`. An unknown article or an empty selection has none."""
        text = self.texts.get(article_id)
        if text is None or limit <= 0:
            return []
        start, end = max(0, start), min(len(text), end)
        selected = _Selection(self, article_id, text, start, end)
        if selected.empty:
            return []
        best: dict[int, tuple[float, int]] = {}
        passages = self._passages
        for number in selected.candidates():
            score = selected.score(number)
            if score < MIN_SCORE:
                continue
            passage = passages[number]
            held = best.get(passage.sentence)
            length = passage.end - passage.start
            if held is None or (score, -length) > (held[0], -self._length(held[1])):
                best[passage.sentence] = (score, number)
        ranked = _each_article_first(passages, best.values())[:limit]
        return [
            Suggestion(
                passages[number].article_id,
                passages[number].start,
                passages[number].end,
                round(score, 3),
                tuple(selected.reasons(number)),
            )
            for score, number in ranked
        ]

    def _length(self, number: int) -> int:
        passage = self._passages[number]
        return passage.end - passage.start


class _Selection:
    """A selected span, read once for scoring against many passages."""

    def __init__(self, index: PassageIndex, article_id: str, text: str, start: int, end: int):
        self.index = index
        self.article_id = article_id
        piece = text[start:end]
        self.words = frozenset(content_words(piece, index._surface))
        self.wording = " ".join(sorted(self.words))
        self.weight = sum(index._idf.get(word, 1.0) for word in self.words)
        self.figures = [f for f in find_figures(piece) if not f.vague]
        quotes = [
            _plain(text[max(q0, start) : min(q1, end)])
            for q0, q1 in index._quotes.get(article_id, ())
            if q0 < end and start < q1
        ]
        self.quotes = [q for q in quotes if len(q.split()) >= MIN_QUOTE_WORDS]
        self.empty = not (self.words or self.figures or self.quotes)
        self.coverage: dict[int, float] = {}  # passage -> idf of the words it shares
        self.quoted: dict[int, float] = {}  # passage -> partial_ratio of the best quote

    def candidates(self) -> set[int]:
        """The passages of other articles worth scoring: those that share a figure's value
        or unit, or quoted words (found by RapidFuzz over every passage, in native code), and
        of those that share content words, the :data:`MOST_CANDIDATES` sharing the most."""
        index = self.index
        coverage: dict[int, float] = defaultdict(float)
        for word in self.words:
            weight = index._idf.get(word, 1.0)
            for number in index._by_word.get(word, ()):
                coverage[number] += weight
        self.coverage = coverage
        found = set(heapq.nlargest(MOST_CANDIDATES, coverage, key=coverage.__getitem__))
        for figure in self.figures:
            found.update(index._by_value.get(figure.value, ()))
            if figure.unit:
                found.update(index._by_unit.get(figure.unit, ()))
        for other, (numbers, lowered) in index._lowered.items():
            if other == self.article_id or not self.quotes:
                continue
            for quote in self.quotes:
                for _text, ratio, at in process.extract(
                    quote, lowered, scorer=fuzz.partial_ratio, score_cutoff=QUOTE_ALIKE, limit=None
                ):
                    number = numbers[at]
                    self.quoted[number] = max(ratio, self.quoted.get(number, 0.0))
        found.update(self.quoted)
        passages = index._passages
        return {n for n in found if passages[n].article_id != self.article_id}

    def score(self, number: int) -> float:
        """The passage's score for this selection (see the module's text)."""
        passage = self.index._passages[number]
        total, weights = self._wording(number, passage), 1.0
        if self.figures:
            total += FIGURE_WEIGHT * self._figures(passage)[0]
            weights += FIGURE_WEIGHT
        if self.quotes:
            ratio = self.quoted.get(number, 0.0)
            quoted = (ratio - QUOTE_ALIKE) / (100 - QUOTE_ALIKE) * 0.5 + 0.5 if ratio else 0.0
            total += QUOTE_WEIGHT * quoted
            weights += QUOTE_WEIGHT
        return total / weights

    def reasons(self, number: int) -> list[str]:
        """Why the passage is suggested, in words: quotes, figures, then wording."""
        passage = self.index._passages[number]
        reasons = []
        if self.quoted.get(number):
            quote = max(self.quotes, key=len)
            shown = quote if len(quote) <= 50 else quote[:50].rsplit(" ", 1)[0] + "…"
            reasons.append(Said(SHARES_QUOTED, words=shown))
        reasons += self._figures(passage)[1]
        shared = self.words & passage.words
        if shared:
            idf, surface = self.index._idf, self.index._surface
            rarest = sorted(shared, key=lambda word: (-idf.get(word, 1.0), word))[:4]
            reasons.append(Said(CLOSE_WORDING, words=", ".join(surface.get(w, w) for w in rarest)))
        return reasons

    def _figures(self, passage: _Passage) -> tuple[float, list[str]]:
        """The share of the selection's figures the passage gives, and the words for it."""
        text = self.index.texts[passage.article_id]
        earned = 0.0
        said, other_said = [], []
        for figure in self.figures:
            same = [
                f
                for f in passage.figures
                if f.value == figure.value
                and (f.unit == figure.unit or not f.unit or not figure.unit)
            ]
            if same:
                earned += 1
                said.append(Said(SHARES_FIGURE, figure=same[0].describe(text)))
                continue
            other = [
                f for f in passage.figures if figure.unit and f.unit == figure.unit and not f.vague
            ]
            if other:
                earned += 0.5
                other_said.append(Said(OTHER_FIGURE, figure=other[0].describe(text)))
        return earned / max(len(self.figures), 1), said + other_said

    def _wording(self, number: int, passage: _Passage) -> float:
        shared_weight = self.coverage.get(number, 0.0)
        if not shared_weight:
            return 0.0
        shared = len(self.words & passage.words)
        # token_set_ratio is 100 whenever one set holds the other: a clause of two words
        # would match every selection holding them, so it counts in full from a few words.
        alike = fuzz.token_set_ratio(self.wording, passage.wording) / 100
        alike *= min(1.0, shared / min(FULL_WORDING, len(self.words)))
        return (shared_weight / self.weight + alike) / 2


def _each_article_first(
    passages: list[_Passage], best: Iterable[tuple[float, int]]
) -> list[tuple[float, int]]:
    """The passages ranked by score, except that each other article's best comes first: a
    claim is compared across outlets, and one outlet's near-repeats should not hide another's
    wording."""
    ranked = sorted(best, key=lambda item: (-item[0], item[1]))
    seen: set[str] = set()
    first, rest = [], []
    for item in ranked:
        article_id = passages[item[1]].article_id
        (rest if article_id in seen else first).append(item)
        seen.add(article_id)
    return first + rest


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's candidate passages: itself, each clause, and each two clauses in a row."""
    cuts = [start]
    ends = []
    for found in _CLAUSE_BREAK.finditer(text, start, end):
        ends.append(found.start())
        cuts.append(found.end())
    ends.append(end)
    clauses = [
        (s, e)
        for s, e in zip(cuts, ends, strict=True)
        if len(text[s:e].split()) >= MIN_CLAUSE_WORDS
    ]
    windows = {(start, end)}
    windows.update(clauses)
    windows.update((a[0], b[1]) for a, b in itertools.pairwise(clauses))
    return sorted(windows)


_PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"'})


def _plain(text: str) -> str:
    """Lower case, with curly quote marks and apostrophes made straight, spaces made one."""
    return " ".join(text.translate(_PLAIN).lower().split()).strip("\"' ,.")
