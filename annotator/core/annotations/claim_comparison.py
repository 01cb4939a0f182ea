"""A student's linked claims compared across outlets: one row per claim, one cell per article.

Each cell holds the outlet's exact wording of the claim (the member annotations in that
article) with whom the outlet credits it; a cell with no member says the outlet does not
report the claim. The figures of a claim's wordings are compared
(:func:`annotator.core.text.figures.compare_figures`): a cell whose figures disagree with
another outlet's is flagged, with the difference in words. Attribution shows who cites whom
("The Independent credits NBC News"): an attribution naming another outlet of the lesson is a
citation of that outlet, and a claim that an outlet credits to nobody stands out.

The comparison view, the reports and the exports all draw from :func:`compare_claims`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import NOBODY, Annotation
from annotator.core.annotations.linked_claim import LinkedClaim, members_by_claim
from annotator.core.lessons.lesson import Lesson
from annotator.core.said import Said
from annotator.core.text.figures import VALUE_DIFFERS, FigureDifference, compare_figures

# Who an outlet credits, in words (templates of a Said, translated where the windows show them).
CREDITS_NO_ONE = "{outlet} credits no one"
CREDITS_SOURCE = "{outlet} credits {source}"


@dataclass(frozen=True)
class ClaimCell:
    """What one outlet says of one claim: its member annotations there (none: not reported)."""

    article_id: str
    outlet: str
    members: tuple[Annotation, ...]
    disagrees: bool = False  # one of its figures differs in value from another outlet's
    hedged: bool = False  # one of its figures is another outlet's, hedged differently

    @property
    def reported(self) -> bool:
        return bool(self.members)

    @property
    def wording(self) -> str:
        """The outlet's exact words (several passages joined by " … ")."""
        return " … ".join(" ".join(a.quote.exact.split()) for a in self.members)

    @property
    def attributions(self) -> tuple[str, ...]:
        """Whom the outlet credits, as the student recorded it ("" left out)."""
        return tuple(dict.fromkeys(a.attribution for a in self.members if a.attribution))

    @property
    def unattributed(self) -> bool:
        """Reported, and the student found the outlet credits no one for it."""
        return self.reported and NOBODY in self.attributions


@dataclass(frozen=True)
class Citation:
    """An outlet crediting a source for a claim; ``cites_outlet`` if the source is another
    outlet of the lesson (who cites whom)."""

    outlet: str
    source: str
    cites_outlet: bool

    @property
    def words(self) -> str:
        if self.source == NOBODY:
            return Said(CREDITS_NO_ONE, outlet=self.outlet)
        return Said(CREDITS_SOURCE, outlet=self.outlet, source=self.source)


@dataclass(frozen=True)
class ClaimRow:
    claim: LinkedClaim
    cells: tuple[ClaimCell, ...]  # one per article, in the lesson's order
    differences: tuple[FigureDifference, ...]
    citations: tuple[Citation, ...]

    @property
    def outlets(self) -> int:
        """How many outlets report it."""
        return sum(cell.reported for cell in self.cells)

    @property
    def figures_disagree(self) -> bool:
        return any(d.kind == VALUE_DIFFERS for d in self.differences)

    @property
    def unattributed(self) -> bool:
        """Some outlet reports it crediting no one."""
        return any(cell.unattributed for cell in self.cells)

    @property
    def difference_words(self) -> tuple[str, ...]:
        return tuple(d.words for d in self.differences)


def compare_claims(
    lesson: Lesson, claims: Iterable[LinkedClaim], annotations: Iterable[Annotation]
) -> list[ClaimRow]:
    """One row per claim with at least one member, in the order of ``claims``."""
    members = members_by_claim(sorted(annotations, key=lambda a: (a.article_id, a.start, a.id)))
    articles = [(article.id, article.outlet) for article in lesson.articles]
    outlets = {outlet.casefold(): outlet for _, outlet in articles}
    return [
        compare_claim(claim, members[claim.id], articles, outlets)
        for claim in claims
        if claim.id in members
    ]


def compare_claim(
    claim: LinkedClaim,
    members: Sequence[Annotation],
    articles: Sequence[tuple[str, str]],
    outlets: dict[str, str] | None = None,
) -> ClaimRow:
    """One claim's row: ``articles`` are (article id, outlet) in the lesson's order."""
    outlet_of = dict(articles)
    differences = tuple(
        compare_figures(
            (outlet_of.get(a.article_id, a.article_id), a.quote.exact)
            for a in members
            if not a.orphaned
        )
    )
    disagreeing = {s.source for d in differences if d.kind == VALUE_DIFFERS for s in d.stated}
    hedged = {s.source for d in differences if d.kind != VALUE_DIFFERS for s in d.stated}
    cells = tuple(
        ClaimCell(
            article_id,
            outlet,
            tuple(a for a in members if a.article_id == article_id),
            disagrees=outlet in disagreeing,
            hedged=outlet in hedged,
        )
        for article_id, outlet in articles
    )
    known = outlets if outlets is not None else {o.casefold(): o for _, o in articles}
    citations = tuple(
        Citation(cell.outlet, source, _names_outlet(source, known, cell.outlet))
        for cell in cells
        for source in cell.attributions
    )
    return ClaimRow(claim, cells, differences, citations)


def _names_outlet(source: str, outlets: dict[str, str], own: str) -> bool:
    """Whether ``source`` names another outlet of the lesson ("NBC News", "nbc news")."""
    folded = source.casefold()
    return any(name in folded for name in outlets if outlets[name] != own)
