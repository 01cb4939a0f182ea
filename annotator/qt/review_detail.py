"""What the review window says under the class table: about the class (no student chosen), or
how one student's grade was reached, highlight by highlight, grouped by outcome.

Apart from :mod:`annotator.qt.review_window` so that the window builds and wires its widgets
and this module holds the words. The verdicts' reasons are the core's
sentences, said in the app's language by :mod:`annotator.qt.core_sentences`, as is the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.verdicts import OUTCOMES
from annotator.core.lessons.lesson import Lesson
from annotator.qt.class_texts import outcome_heading
from annotator.qt.core_sentences import spoken
from annotator.qt.outcome_layers import outcome_legend_html
from annotator.qt.rich_text import escape

QUOTE_LIMIT = 90  # characters of a highlight's words shown in a line


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) < QUOTE_LIMIT else text[: QUOTE_LIMIT - 3] + "…")


class StudentDetail(QObject):
    """The detail pane's text (rich text); a QObject for its ``tr()`` and plurals."""

    def class_summary_html(self, has_submissions: bool) -> str:
        if not has_submissions:
            said = self.tr(
                "No submissions yet. Use <b>{import_action}</b> or drop students' {files} "
                "files on this window."
            )
            return "<p>{}</p>".format(
                said.format(
                    import_action=escape(self.tr("Import Submissions…")),
                    files="<code>.submission.json</code>",
                )
            )
        said = self.tr(
            "Darker shading: more students tagged that stretch; the colour is the tag most of "
            "them chose. Hover a highlight for the counts. Choose a student to grade."
        )
        return f"<p>{escape(said)}</p>"

    def student_html(self, result: StudentResult, lesson: Lesson) -> str:
        grade = result.grade
        key = lesson.key
        by_id = {a.id: a for a in result.annotations}
        rows = [f"<h3>{escape(result.name)}</h3>"]
        overall = grade.overall
        if grade.score is not None and overall.f1 is not None:
            said = self.tr(
                "Score {score}: {earned} points credited of the target {target} (the key's "
                "claims hold {possible}). Found {found} of {claims} claims with a tag the key "
                "accepts, {wrong} with another tag; precision {precision}, recall {recall}, "
                "F1 {f1}."
            ).format(
                score=f"{grade.score:g}",
                earned=f"{grade.points_earned:.4g}",
                target=f"{grade.target:g}",
                possible=f"{grade.points_possible:g}",
                found=len(grade.matches),
                claims=len(key),
                wrong=len(grade.wrong_tag),
                precision=f"{overall.precision:.0%}",
                recall=f"{overall.recall:.0%}",
                f1=f"{overall.f1:.0%}",
            )
            rows.append(f"<p>{escape(said)}</p>")
        rows.append(outcome_legend_html())

        def own_line(annotation_id: str) -> str:
            # A submission's tag is whatever its file says: text, never markup.
            annotation = by_id.get(annotation_id)
            if annotation is None:
                return "?"
            return f"{escape(annotation.tag)}: {_quote(annotation.quote.exact)}"

        sections = [
            (
                outcome_heading(outcome),
                [
                    f"{own_line(v.annotation_id)} <i>({escape(spoken(v.reason))})</i>"
                    for v in grade.verdicts
                    if v.outcome == outcome
                ],
            )
            for outcome in OUTCOMES
        ]
        missed = [f"{escape(key[k].tag)}: {_quote(key[k].quote.exact)}" for k in grade.misses]
        sections.append((self.tr("Missed claims"), missed))
        for title, items in sections:
            if items:
                heading = self.tr("{heading} ({count})").format(
                    heading=escape(title), count=len(items)
                )
                rows.append(f"<p><b>{heading}</b><br>" + "<br>".join(items) + "</p>")
        return "".join(rows)
