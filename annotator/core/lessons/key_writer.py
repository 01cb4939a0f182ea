"""Writing an answer key as a pack's ``key.toml`` (the format of ``docs/lesson-packs.md``), so
that a key the teacher changed in the review window can go back into the pack.

Every claim is written with what :mod:`.key_file` reads: its article, tag and words (with the
shortest ``prefix`` or ``suffix`` that makes them unique in the article), its points, note, key
words, accepted tags and linked claim; then the key's rules, and its linked claims last.
Reading the text back with :func:`~annotator.core.lessons.pack.read_key_text` gives the same
key, which the callers check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotator.core.lessons.lesson import (
    DEFAULT_WRONG_TAG_CREDIT,
    GradingRules,
    KeyLinkedClaim,
    KeySpan,
    Lesson,
)

# The characters a TOML basic string must escape, besides the quote and the backslash.
_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_CONTEXT_LIMIT = 200  # the longest prefix or suffix tried to tell a quote apart


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def key_toml(
    lesson: Lesson,
    key: Sequence[KeySpan],
    rules: GradingRules,
    *,
    header: Sequence[str] = (),
    comments: Mapping[int, str] | None = None,
    target_comment: str = "",
) -> str:
    """``key`` and ``rules`` as the text of a ``key.toml`` for ``lesson``'s articles.

    ``header`` lines open the file as comments; ``comments`` puts a comment line above a claim
    (by its index in ``key``), and ``target_comment`` one above the target.
    """
    lines = [f"# {line}".rstrip() for line in header]
    if lines:
        lines.append("")
    lines.append("format = 1")
    if rules.target is not None:
        if target_comment:
            lines.append(f"# {target_comment}")
        lines.append(f"target = {toml_number(rules.target)}")
    if rules.wrong_tag_credit != DEFAULT_WRONG_TAG_CREDIT or lesson.key:
        lines.append(f"wrong_tag_credit = {toml_number(rules.wrong_tag_credit)}")
    for index, span in enumerate(key):
        lines.append("")
        if comments and index in comments:
            lines.append(f"# {comments[index]}")
        lines += _span_lines(lesson, span)
    for claim in rules.linked_claims:
        lines.append("")
        lines += _linked_claim_lines(claim)
    return "\n".join(lines) + "\n"


def _linked_claim_lines(claim: KeyLinkedClaim) -> list[str]:
    lines = [
        "[[linked_claims]]",
        f"id = {toml_string(claim.id)}",
        f"title = {toml_string(claim.title)}",
        f"points = {toml_number(claim.points)}",
    ]
    if claim.figures:
        lines.append(f"figures = [{', '.join(toml_string(f) for f in claim.figures)}]")
    if claim.note:
        lines.append(f"note = {toml_string(claim.note)}")
    return lines


def _span_lines(lesson: Lesson, span: KeySpan) -> list[str]:
    text = lesson.article(span.article_id).text.text
    start, end = span.position.start, span.position.end
    exact = text[start:end]
    prefix, suffix = unique_context(text, start, end)
    lines = [
        "[[spans]]",
        f"article = {toml_string(span.article_id)}",
        f"tag = {toml_string(span.tag)}",
        f"exact = {toml_string(exact)}",
    ]
    if prefix:
        lines.append(f"prefix = {toml_string(prefix)}")
    if suffix:
        lines.append(f"suffix = {toml_string(suffix)}")
    if span.key_words:
        words = [exact[w.start - start : w.end - start] for w in span.key_words]
        lines.append(f"key_words = [{', '.join(toml_string(w) for w in words)}]")
    if span.alternatives:
        items = ", ".join(
            f"{{ tag = {toml_string(a.tag)}, credit = {toml_number(a.credit)} }}"
            for a in span.alternatives
        )
        lines.append(f"alternatives = [{items}]")
    if span.linked_claim:
        lines.append(f"linked_claim = {toml_string(span.linked_claim)}")
    lines.append(f"points = {toml_number(span.points)}")
    if span.note:
        lines.append(f"note = {toml_string(span.note)}")
    return lines


def unique_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The shortest prefix (else suffix, else both) that tells ``text[start:end]`` apart from
    every other place its words stand in ``text``: ("", "") when they stand there once."""
    exact = text[start:end]
    places = [at for at in range(len(text) - len(exact) + 1) if text.startswith(exact, at)]
    if places == [start]:
        return "", ""
    for length in range(1, min(start, _CONTEXT_LIMIT) + 1):
        prefix = text[start - length : start]
        if [p for p in places if text[max(0, p - length) : p] == prefix] == [start]:
            return prefix, ""
    for length in range(1, min(len(text) - end, _CONTEXT_LIMIT) + 1):
        suffix = text[end : end + length]
        if [p for p in places if text.startswith(suffix, p + len(exact))] == [start]:
            return "", suffix
    return text[max(0, start - _CONTEXT_LIMIT) : start], text[end : end + _CONTEXT_LIMIT]
