"""How much the students of a class agree with one another on an article: how contested it is.

**The measure.** Fleiss' kappa on word tokens. The article is cut into words (``\\w+``); each
student gives every word one category: the tag of the annotation covering it (the innermost, that
is the shortest, when annotations nest) or *no tag*. Fleiss' kappa then compares how often students
agree on a word with how often they would by chance, given how much each category is used overall:
1 is full agreement, 0 no more than chance, below 0 less than chance.

**Why not unitized Krippendorff's alpha**, the measure made for "raters mark spans of a continuum"?
It would be more exact about span boundaries, but it is much harder to implement correctly and to
explain. On tokens, every student rates every word, which is just the situation Fleiss' kappa is
built for (a fixed number of raters per item, any raters); the categories are the tags a teacher
already knows; and "how far beyond chance do students agree on each word" can be said in class.
Cutting at words also forgives the ragged edges of hand-made selections, which is what we want.

**The caveat**: most words of an article are tagged by nobody, and agreeing on "nothing here" is
easy, so *no tag* dominates and the kappa over all words mostly says whether students tag the same
parts of the article at all. :attr:`ArticleAgreement.kappa_tagged_only` therefore also gives the
kappa over just the words that at least one student tagged: the contested ground.

**A word is covered** by an annotation when the annotation reaches the middle of the word (both
ends inclusive). A sloppy selection that takes a letter of the next word does not tag it; a
selection of half a word or more does; an annotation that only touches a word's edge never does.

Kappa is ``None`` where it is undefined: fewer than two students, no words, or every rating in
one category (nothing varies, so there is no chance agreement to beat).

**Per tag.** :attr:`ArticleAgreement.by_tag` gives Fleiss' kappa for each category on its own
(Fleiss 1971): how far beyond chance students agree on which words carry that tag, every other
category counting as "not this tag". It answers "did they agree on the framing words, or on the
facts?", and, as its sums add up over articles (:func:`pooled_by_tag`), it is given for the whole
lesson too.

**Speed.** Each student's words are labelled by painting the student's annotations, longest first,
over the range of words each one covers (found by bisection), so that shorter ones end up on top;
counting then works on runs of equal labels, not on words one by one. Forty students with a
hundred annotations each on a 2,000-word article take about 15 milliseconds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, groupby

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import Lesson

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ArticleAgreement:
    """Agreement between students on one article."""

    kappa: float | None  # Fleiss' kappa over every word
    kappa_tagged_only: float | None  # ... over the words that at least one student tagged
    students: int  # how many students were compared
    tokens: int  # words in the article
    tagged_tokens: int  # words that at least one student tagged
    by_tag: tuple[TagAgreement, ...] = ()  # per category, the lesson's tags first


@dataclass(frozen=True, slots=True)
class TagAgreement:
    """Agreement on one tag: Fleiss' kappa of that category against all the others.

    ``ratings`` is how many (student, word) pairs gave the tag; ``disagreeing`` is
    Σ_words n_t (n - n_t), the pairs of students of whom one gave the word the tag and the
    other did not. Both add up over articles rated by the same students.
    """

    tag: str
    kappa: float | None
    ratings: int
    disagreeing: int
    students: int
    tokens: int


def tag_kappa(ratings: int, disagreeing: int, students: int, tokens: int) -> float | None:
    """Fleiss' kappa for one category: ``1 - Σ n_t (n - n_t) / (N n (n-1) p q)``, with ``p`` the
    share of all ratings that gave the category. None when undefined: fewer than two students,
    or the category given to every word or to none."""
    all_ratings = tokens * students
    if students < 2 or not 0 < ratings < all_ratings:
        return None
    # N n (n-1) p q = (n-1) T (Nn - T) / (Nn); one division at the end.
    return 1 - disagreeing * all_ratings / ((students - 1) * ratings * (all_ratings - ratings))


def pooled_by_tag(agreements: Iterable[ArticleAgreement]) -> tuple[TagAgreement, ...]:
    """The per-tag agreement of several articles taken as one text (the whole lesson).

    The articles must have been rated by the same students (as :func:`lesson_agreement` rates
    them); a tag missing from an article counts as never given there. Empty when the articles
    do not have the same number of students.
    """
    agreements = list(agreements)
    if not agreements or len({a.students for a in agreements}) != 1:
        return ()
    students = agreements[0].students
    tokens = sum(a.tokens for a in agreements)
    sums: dict[str, list[int]] = {}
    for agreement in agreements:
        for tag in agreement.by_tag:
            pair = sums.setdefault(tag.tag, [0, 0])
            pair[0] += tag.ratings
            pair[1] += tag.disagreeing
    return tuple(
        TagAgreement(tag, tag_kappa(given, apart, students, tokens), given, apart, students, tokens)
        for tag, (given, apart) in sums.items()
    )


def tokenize(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the words of ``text``, end exclusive."""
    return [match.span() for match in WORD.finditer(text)]


def fleiss_kappa(ratings: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' kappa, where ``ratings[item][category]`` is how many raters put the item there.

    Every item must have the same number of raters (any raters: they need not be the same
    people). ``None`` when kappa is undefined: no items, fewer than two raters, or all ratings
    in one category. Computed in integers with a single final division, so exact to the last bit.
    """
    if not ratings:
        return None
    width = len(ratings[0])
    raters = sum(ratings[0])
    for number, row in enumerate(ratings):
        if len(row) != width:
            raise ValueError(f"item {number} has {len(row)} categories, item 0 has {width}")
        if sum(row) != raters:
            raise ValueError(f"item {number} has {sum(row)} ratings, item 0 has {raters}")
        if any(count < 0 for count in row):
            raise ValueError(f"item {number} has a negative count")
    return _kappa(ratings, raters)


def _kappa(ratings: Sequence[Sequence[int]], raters: int) -> float | None:
    """:func:`fleiss_kappa` of a table known to be well formed, with ``raters`` per item."""
    if not ratings:
        return None
    totals = [sum(column) for column in zip(*ratings, strict=True)]  # ratings per category
    # Σ_items Σ_categories n(n - 1): ordered pairs of raters that agree.
    agreeing = sum(count * count for row in ratings for count in row) - raters * len(ratings)
    if raters < 2 or sum(1 for total in totals if total) < 2:
        return None
    # With N items, n raters and t_j ratings in category j:
    #   P̄ = agreeing / (N n (n-1)),  P_e = Σ t_j² / (N n)²,  kappa = (P̄ - P_e) / (1 - P_e),
    # which, multiplied out, is the ratio of integers below.
    all_ratings = len(ratings) * raters
    chance = sum(total * total for total in totals)
    return (agreeing * all_ratings - chance * (raters - 1)) / (
        (raters - 1) * (all_ratings * all_ratings - chance)
    )


def label_tokens(
    tokens: Sequence[tuple[int, int]], annotations: Sequence[Annotation], tags: Sequence[str]
) -> list[str | None]:
    """One student's category for each token: the tag of the innermost annotation covering it,
    or None. Orphaned annotations are left out; for the rules see the module's docstring."""
    categories = _categories(tags, [annotations])
    centres = [start + end for start, end in tokens]
    names: list[str | None] = [None, *categories]
    return [names[label] for label in _labels(centres, annotations, categories)]


def article_agreement(
    text: str,
    annotations_by_student: Mapping[str, Sequence[Annotation]],
    tags: Sequence[str],
) -> ArticleAgreement:
    """How far the students agree on the article ``text``.

    ``annotations_by_student`` holds each student's annotations *on this article*; every student
    in it counts as a rater of every word, so leave out students who never opened the article.
    ``tags`` are the lesson's tags; a tag found in the annotations but not in ``tags`` (from an
    older version of the lesson) is kept as a category of its own rather than dropped.
    """
    tokens = tokenize(text)
    centres = [start + end for start, end in tokens]
    students = len(annotations_by_student)
    categories = _categories(tags, annotations_by_student.values())
    # Per category (0 = no tag, unused here), a difference array over the tokens: +1 where a run
    # of a student's tokens with that label starts, -1 where it stops.
    steps = [[0] * (len(tokens) + 1) for _ in range(len(categories) + 1)]
    for work in annotations_by_student.values():
        position = 0
        for label, run in groupby(_labels(centres, work, categories)):
            length = len(list(run))
            if label:
                steps[label][position] += 1
                steps[label][position + length] -= 1
            position += length
    columns = [list(accumulate(step[:-1])) for step in steps[1:]]
    rows = zip(*columns, strict=True) if columns else [()] * len(tokens)
    ratings = [(students - sum(row), *row) for row in rows]
    tagged = [row for row in ratings if row[0] < students]
    by_tag = []
    for tag, column in zip(categories, columns, strict=True):
        given = sum(column)
        apart = students * given - sum(count * count for count in column)
        kappa = tag_kappa(given, apart, students, len(tokens))
        by_tag.append(TagAgreement(tag, kappa, given, apart, students, len(tokens)))
    return ArticleAgreement(
        kappa=_kappa(ratings, students),
        kappa_tagged_only=_kappa(tagged, students),
        students=students,
        tokens=len(tokens),
        tagged_tokens=len(tagged),
        by_tag=tuple(by_tag),
    )


def lesson_agreement(
    lesson: Lesson, annotations_by_student: Mapping[str, Sequence[Annotation]]
) -> dict[str, ArticleAgreement]:
    """:func:`article_agreement` of every article of the lesson, by article id, in the lesson's
    order: every student rates every article, those who tagged nothing in it too."""
    on_articles: dict[str, dict[str, list[Annotation]]] = {
        article.id: {student: [] for student in annotations_by_student}
        for article in lesson.articles
    }
    for student, work in annotations_by_student.items():
        for annotation in work:
            article = on_articles.get(annotation.article_id)
            if article is not None:
                article[student].append(annotation)
    tags = list(lesson.tags.names)
    return {
        article.id: article_agreement(article.text.text, on_articles[article.id], tags)
        for article in lesson.articles
    }


def _categories(tags: Sequence[str], submissions: Iterable[Sequence[Annotation]]) -> list[str]:
    """The lesson's tags in order, then any other tag found in the annotations, sorted."""
    known = list(dict.fromkeys(tags))
    seen = {annotation.tag for work in submissions for annotation in work}
    return known + sorted(seen - set(known))


def _labels(
    centres: Sequence[int], annotations: Sequence[Annotation], categories: Sequence[str]
) -> list[int]:
    """Per token, 1 + the index in ``categories`` of its innermost covering tag; 0 for none.

    ``centres`` are the tokens' start + end: twice their middle, so that it stays an integer.
    Annotations are painted longest first, so a shorter one nested in a longer one wins where
    they overlap; at equal length the tag earlier in ``categories`` wins (then the earlier
    start, then the id), so that the result does not depend on the order of the annotations.
    """
    rank = {tag: number for number, tag in enumerate(categories, start=1)}
    labels = [0] * len(centres)
    live = [a for a in annotations if not a.orphaned]
    live.sort(
        key=lambda a: (a.position.end - a.position.start, rank[a.tag], a.position.start, a.id),
        reverse=True,
    )
    for annotation in live:
        position = annotation.position
        first = bisect.bisect_left(centres, 2 * position.start)
        last = bisect.bisect_right(centres, 2 * position.end, first)
        if first < last:
            labels[first:last] = [rank[annotation.tag]] * (last - first)
    return labels
