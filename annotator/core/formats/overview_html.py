"""The class overview as HTML charts: the first page of the class report.

**Why tables.** The report is one self-contained HTML document that a browser prints and Qt's
rich text lays out for the PDF (:mod:`annotator.qt.pdf_report`). Qt's rich text draws no inline
SVG, and the app's documents load no image (:class:`annotator.qt.rich_text.InertDocument`), so
a chart drawn as an image would have to be handed to each document as a resource by the app,
in each PDF worker process too. Bars made of table cells whose widths are shares of the class
print the same in both, weigh nothing, need no dependency and are drawn in about a millisecond.

**Read without colour.** The three parts of a bar are dark, middle and pale, so they stay apart
in greyscale, and every bar has its numbers beside it. The score distribution is a dot plot, a
dot per student, so it can be counted. Each chart carries its text alternative as the
``aria-label`` of a ``role="img"`` block for screen readers, and its headline in print below it
(:mod:`annotator.core.classroom.overview_words`).
"""

from __future__ import annotations

from annotator.core.classroom import overview_words as words
from annotator.core.classroom.overview import BANDS, ClaimFigure, ClassOverview, band_of
from annotator.core.formats.html_parts import chip, escape
from annotator.core.lessons.tags import TagSet

# The three parts of a claim's bar; the window draws them in the same colours. Blue and orange
# stay apart for every common colour vision; their lightness (about 35%, 66% and 93%) keeps
# them apart in greyscale.
FOUND_COLOUR = "#2c5d8f"
WRONG_TAG_COLOUR = "#e69f3a"
MISSED_COLOUR = "#ececec"
DOT_COLOUR = "#1c1c1c"
MEDIAN_COLOUR = "#c9d9ea"  # the median's band, behind its dots
MOST_DOTS = 12  # a band of more students draws a dot for several

STYLE = """
table.chart { border-collapse: collapse; margin: 2px 0 2px 0; font-size: 7.5pt; }
table.chart td, table.chart th { padding: 0px 3px; vertical-align: middle; }
table.chart th { font-weight: normal; color: #5e5c64; text-align: center; }
table.chart th.band { font-size: 6.5pt; padding: 0px; }
table.bar { border-collapse: collapse; }
table.bar td { padding: 0px; font-size: 6pt; }
td.dots { vertical-align: bottom; text-align: center; color: #1c1c1c; font-size: 7pt;
          line-height: 90%; }
p.caption { font-size: 8.5pt; margin: 2px 0 8px 0; }
table.layout td { vertical-align: top; padding: 0px; }
table.confusion { border-collapse: separate; border-spacing: 1px; background-color: #9a9996;
                  font-size: 8pt; }
table.confusion td, table.confusion th { background-color: #ffffff; padding: 2px 5px;
                                         text-align: right; }
table.confusion th { background-color: #ebebeb; }
.key { font-size: 8pt; color: #3d3846; }
"""


def overview_html(overview: ClassOverview, tags: TagSet) -> str:
    """The overview's charts, headings and headlines, for the top of the class report."""
    left = _figure(
        "Scores", _scores(overview), words.scores_text(overview), words.scores_headline(overview)
    )
    left += _figure(
        "Who tagged each article",
        _coverage(overview),
        words.coverage_text(overview),
        words.coverage_headline(overview),
    )
    right = _figure(
        "Which tag the claims were given",
        _confusion(overview, tags),
        words.confusion_text(overview),
        words.confusion_headline(overview),
    )
    right += (
        "<h3>Agreement between students</h3>"
        f'<p class="caption">{escape(words.agreement_text(overview))}</p>'
    )
    parts = [
        f"<style>{STYLE}</style>",
        '<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="52%">{left}</td><td width="3%"></td><td width="45%">{right}</td>'
        "</tr></table>",
    ]
    if overview.claims:
        parts.append(
            _figure(
                "Claims, most missed first",
                _legend() + _claims(overview, tags),
                words.claims_text(overview),
                words.claims_headline(overview),
            )
        )
    return "\n".join(parts)


def _figure(title: str, chart: str, text: str, headline: str) -> str:
    """A chart with its heading, its headline and its text alternative (``text``, for screen
    readers)."""
    return (
        f"<h3>{escape(title)}</h3>"
        f'<p class="caption">{escape(headline)}</p>'
        f'<div role="img" aria-label="{escape(text)}">{chart}</div>'
    )


# --- the charts -------------------------------------------------------------------------------


def _scores(overview: ClassOverview) -> str:
    """A dot per student over the bands of ten points, the median's band shaded and marked."""
    if not overview.scores:
        return '<p class="muted">No scores yet.</p>'
    per_dot = max(1, -(-max(overview.bands) // MOST_DOTS))
    median_band = band_of(overview.median) if overview.median is not None else -1
    counts, dots, labels, marks = [], [], [], []
    for index, count in enumerate(overview.bands):
        shade = f' style="background-color:{MEDIAN_COLOUR};"' if index == median_band else ""
        counts.append(f'<th width="10%">{count or ""}</th>')
        column = "<br>".join(["●"] * -(-count // per_dot)) if count else "&nbsp;"
        dots.append(f'<td class="dots"{shade}>{column}</td>')
        labels.append(f'<th class="band">{words.band_label(index)}</th>')
        marks.append(f"<th>{'▲' if index == median_band else ''}</th>")
    scale = f" Each dot is {per_dot} students." if per_dot > 1 else ""
    median = words.number(overview.median) if overview.median is not None else "–"
    return (
        '<table class="chart" width="100%" cellspacing="0">'
        f"<tr>{''.join(counts)}</tr><tr>{''.join(dots)}</tr>"
        f"<tr>{''.join(labels)}</tr><tr>{''.join(marks)}</tr></table>"
        f'<p class="key">▲ median {median} · a dot per student{scale} · '
        f"bands of {BANDS[1]} points</p>"
    )


def _bar(parts: list[tuple[int, str]], total: int) -> str:
    """A bar of table cells, each part as wide as its share of ``total``."""
    cells = "".join(
        f'<td width="{100 * count / total:.2f}%" style="background-color:{colour};">&nbsp;</td>'
        for count, colour in parts
        if count
    )
    return (
        f'<table class="bar" width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>'
    )


def _coverage(overview: ClassOverview) -> str:
    size = overview.students
    rows = []
    for item in overview.coverage:
        skipped = size - item.students
        note = f"<b>{skipped} skipped</b>" if skipped else "all"
        bar = _bar([(item.students, FOUND_COLOUR), (skipped, MISSED_COLOUR)], size) if size else ""
        rows.append(
            f'<tr><td width="27%">{escape(item.outlet)}</td><td width="37%">{bar}</td>'
            f'<td width="36%">&nbsp;{item.students} of {size} · {note}</td></tr>'
        )
    return f'<table class="chart" width="100%" cellspacing="0">{"".join(rows)}</table>'


def _confusion(overview: ClassOverview, tags: TagSet) -> str:
    head = "".join(f"<th>{chip(tags, tag)}</th>" for tag in overview.tags)
    rows = []
    for key_tag, row in zip(overview.tags, overview.confusion, strict=True):
        found = sum(row)
        cells = []
        for tag, count in zip(overview.tags, row, strict=True):
            share = count / found if found else 0.0
            colour, ink = _shade(share)
            weight = "font-weight:bold;" if tag == key_tag else ""
            cells.append(
                f'<td style="background-color:{colour};color:{ink};{weight}">'
                f"{count} <small>({share:.0%})</small></td>"
            )
        rows.append(f"<tr><th>{chip(tags, key_tag)}</th>{''.join(cells)}</tr>")
    return (
        '<table class="confusion" cellspacing="1">'
        f"<tr><th>key ↓ given →</th>{head}</tr>{''.join(rows)}</table>"
        '<p class="key">Each claim a student found, by the key’s tag (rows) and the tag the '
        "student gave it (columns); shading: the share of the row.</p>"
    )


def _shade(share: float) -> tuple[str, str]:
    """White to the found colour by ``share``; the ink that reads on it."""
    base = (0x2C, 0x5D, 0x8F)
    mixed = "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in base)
    return mixed, "#ffffff" if share > 0.55 else "#1c1c1c"


def _legend() -> str:
    def swatch(colour: str, label: str) -> str:
        return (
            f'<span style="background-color:{colour};">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{label}'
        )

    return (
        '<p class="key">'
        f"{swatch(FOUND_COLOUR, 'found')} &nbsp; {swatch(WRONG_TAG_COLOUR, 'wrong tag')} &nbsp; "
        f"{swatch(MISSED_COLOUR, 'missed')} &nbsp; — the numbers: found · wrong tag · "
        "<b>missed</b>, students out of the class</p>"
    )


def _claims(overview: ClassOverview, tags: TagSet) -> str:
    rows = [_claim_row(claim, tags) for claim in overview.claims]
    return f'<table class="chart" width="100%" cellspacing="0">{"".join(rows)}</table>'


def _claim_row(claim: ClaimFigure, tags: TagSet) -> str:
    size = claim.students
    bar = (
        _bar(
            [
                (claim.found, FOUND_COLOUR),
                (claim.wrong_tag, WRONG_TAG_COLOUR),
                (claim.missed, MISSED_COLOUR),
            ],
            size,
        )
        if size
        else ""
    )
    return (
        f'<tr><td width="11%">{chip(tags, claim.tag)}</td>'
        f'<td width="37%"><span class="quote">{escape(words.short_words(claim.words, 40))}'
        f'</span></td><td width="15%" class="muted">{escape(claim.outlet)}</td>'
        f'<td width="24%">{bar}</td>'
        f'<td width="13%">&nbsp;{claim.found} · {claim.wrong_tag} · <b>{claim.missed}</b></td>'
        "</tr>"
    )
