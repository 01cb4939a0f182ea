"""The claims a student linked across outlets, as a section of the reports.

One table, as the comparison view draws it: a row per claim, a column per outlet, each cell
the outlet's words with whom it credits, "not reported" where it does not; a claim whose
figures disagree says so in words (⚠ and the difference), and one an outlet credits to nobody
is marked (◆). The student's report shows their own claims; the class report counts each
student's and shows the claims several students made.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotator.core.annotations.annotation import NOBODY, Annotation
from annotator.core.annotations.claim_comparison import ClaimCell, ClaimRow, compare_claims
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.classroom.results import StudentResult
from annotator.core.formats.html_parts import escape, quote, table
from annotator.core.formats.student_words import plural
from annotator.core.lessons.lesson import Lesson


def claims_section(
    lesson: Lesson,
    claims: Iterable[LinkedClaim],
    annotations: Iterable[Annotation],
    heading: str = "The same claim across outlets",
) -> str:
    """The section (heading and table); "" when no claim has members."""
    rows = compare_claims(lesson, claims, annotations)
    if not rows:
        return ""
    outlets = [article.outlet for article in lesson.articles]
    share = 75 / max(1, len(outlets))
    body = table(
        ["Claim", *outlets],
        ([_claim_cell(row), *(_cell(cell) for cell in row.cells)] for row in rows),
        set(),
        widths=[25, *([share] * len(outlets))],
    )
    return f"<h2>{escape(heading)}</h2>{body}"


def _claim_cell(row: ClaimRow) -> str:
    parts = [f"<b>{escape(row.claim.title)}</b>", f"{row.outlets} of {len(row.cells)} outlets"]
    parts += [f"⚠ {escape(words)}" for words in row.difference_words]
    if row.unattributed:
        parts.append("◆ an outlet credits no one")
    parts += [escape(c.words) for c in row.citations if c.cites_outlet]
    return "<br>".join(parts)


def _cell(cell: ClaimCell) -> str:
    if not cell.reported:
        return '<span class="muted"><i>not reported</i></span>'
    mark = "⚠ " if cell.disagrees else "≈ " if cell.hedged else ""
    sources = ", ".join("nobody" if s == NOBODY else s for s in cell.attributions)
    credit = f"<br>credits: {escape(sources)}" if sources else ""
    return f"{mark}{quote(cell.wording, 240)}{credit}"


def class_claims_section(lesson: Lesson, results: Sequence[StudentResult]) -> str:
    """How many claims each student linked across outlets; "" when no student linked one."""
    counted = [(r.name, compare_claims(lesson, r.claims, r.annotations)) for r in results]
    if not any(rows for _name, rows in counted):
        return ""
    body = table(
        ["Student", "Claims linked", "Across 2+ outlets", "Figures disagree", "Titles"],
        (
            [
                escape(name),
                str(len(rows)),
                str(sum(row.outlets >= 2 for row in rows)),
                str(sum(row.figures_disagree for row in rows)),
                escape("; ".join(row.claim.title for row in rows)),
            ]
            for name, rows in counted
        ),
        {1, 2, 3},
    )
    linked = sum(1 for _name, rows in counted if rows)
    return (
        "<h2>The same claim across outlets</h2>"
        f"<p>{plural(linked, 'student')} linked claims across the articles.</p>{body}"
    )
