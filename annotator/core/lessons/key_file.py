"""The answer key of a pack (``key.toml``), once TOML and the JSON Schema have passed: every span
placed in its article, its key words and accepted tags checked, and the key's grading rules.

Problems are reported through ``report(message, field)``, so that :mod:`.pack` can name the file
and collect them with every other problem of the pack. ``docs/lesson-packs.md`` documents the
fields and ``docs/grading.md`` what they do to a grade.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from annotator.core.lessons.key_links import check_members, read_linked_claims
from annotator.core.lessons.lesson import (
    DEFAULT_WRONG_TAG_CREDIT,
    Alternative,
    Article,
    GradingRules,
    KeySpan,
)
from annotator.core.lessons.tags import TagSet
from annotator.core.text.selectors import TextPositionSelector, describe

Report = Callable[[str, str], None]  # (message, field)


def read_key(
    data: Mapping[str, Any], articles: Mapping[str, Article], tags: TagSet, report: Report
) -> tuple[tuple[KeySpan, ...], GradingRules]:
    """The key's spans and rules (its linked claims among them) from the parsed ``key.toml``;
    problems go to ``report``."""
    rules = GradingRules(
        target=float(data["target"]) if "target" in data else None,
        wrong_tag_credit=float(data.get("wrong_tag_credit", DEFAULT_WRONG_TAG_CREDIT)),
    )
    read: list[tuple[int, KeySpan]] = []
    for index, entry in enumerate(data["spans"]):
        span = _span(entry, f"spans[{index}]", articles, tags, rules, report)
        if span is not None:
            read.append((index, span))
    spans = tuple(span for _, span in read)
    linked = read_linked_claims(data, report)
    texts = {article_id: article.text.text for article_id, article in articles.items()}
    rules = replace(rules, linked_claims=check_members(linked, read, texts, report))
    total = rules.points_of(spans)
    if rules.target is not None and len(spans) == len(data["spans"]) and rules.target > total:
        report(
            f"{rules.target:g} is more than the {total:g} points of all the key's spans and "
            "linked claims together: no student could score 100; lower it or leave it out "
            "(80% of the points)",
            "target",
        )
    return spans, rules


def _span(
    entry: Mapping[str, Any],
    field: str,
    articles: Mapping[str, Article],
    tags: TagSet,
    rules: GradingRules,
    report: Report,
) -> KeySpan | None:
    article = articles.get(entry["article"])
    if article is None:
        report(f"no article '{entry['article']}' (known: {', '.join(articles)})", field)
        return None
    if entry["tag"] not in tags:
        report(f"no tag '{entry['tag']}' (known: {', '.join(tags.names)})", field)
        return None
    text = article.text.text
    start = locate_quote(text, entry, f"{field}.exact", report)
    if start is None:
        return None
    position, quote = describe(text, start, start + len(entry["exact"]))
    key_words = _key_words(entry, position, field, report)
    alternatives = _alternatives(entry, tags, rules, field, report)
    if key_words is None or alternatives is None:
        return None
    return KeySpan(
        article_id=article.id,
        tag=entry["tag"],
        quote=quote,
        position=position,
        points=float(entry.get("points", 1.0)),
        note=entry.get("note", ""),
        key_words=key_words,
        alternatives=alternatives,
        linked_claim=entry.get("linked_claim", ""),
    )


def _key_words(
    entry: Mapping[str, Any], position: TextPositionSelector, field: str, report: Report
) -> tuple[TextPositionSelector, ...] | None:
    """Each key word where it first stands in ``exact``, as positions in the article."""
    exact = entry["exact"]
    found = []
    ok = True
    for number, words in enumerate(entry.get("key_words", ())):
        at = exact.find(words)
        if at == -1:
            report(
                f"{words[:60]!r} is not in this span's exact text {exact[:60]!r}; key words are "
                "copied from it word for word",
                f"{field}.key_words[{number}]",
            )
            ok = False
            continue
        start = position.start + at
        found.append(TextPositionSelector(start, start + len(words)))
    return tuple(found) if ok else None


def _alternatives(
    entry: Mapping[str, Any], tags: TagSet, rules: GradingRules, field: str, report: Report
) -> tuple[Alternative, ...] | None:
    found: list[Alternative] = []
    ok = True
    for number, item in enumerate(entry.get("alternatives", ())):
        where = f"{field}.alternatives[{number}]"
        tag, credit = item["tag"], float(item.get("credit", 1.0))
        if tag not in tags:
            report(f"no tag '{tag}' (known: {', '.join(tags.names)})", f"{where}.tag")
            ok = False
        elif tag == entry["tag"]:
            report(f"'{tag}' is the span's own tag; list only the other tags it accepts", where)
            ok = False
        elif any(other.tag == tag for other in found):
            report(f"'{tag}' is listed twice; give it once, with one credit", where)
            ok = False
        elif credit < rules.wrong_tag_credit:
            report(
                f"the credit {credit:g} is below the key's wrong-tag credit "
                f"{rules.wrong_tag_credit:g}: an accepted tag would earn less than a wrong one",
                f"{where}.credit",
            )
            ok = False
        else:
            found.append(Alternative(tag, credit))
    return tuple(found) if ok else None


def locate_quote(text: str, entry: Mapping[str, Any], field: str, report: Report) -> int | None:
    """Where a key quote stands: it must occur, and exactly once given its prefix and suffix."""
    exact, prefix, suffix = entry["exact"], entry.get("prefix", ""), entry.get("suffix", "")
    starts = []
    position = text.find(exact)
    while position != -1:
        before = position - len(prefix)
        if (
            before >= 0
            and text.startswith(prefix, before)
            and text.startswith(suffix, position + len(exact))
        ):
            starts.append(position)
        position = text.find(exact, position + 1)
    if len(starts) == 1:
        return starts[0]
    if not starts:
        report(
            f"the quote {exact[:60]!r} is not in article '{entry['article']}' word for word "
            "(with its prefix and suffix); copy it from the article",
            field,
        )
    else:
        report(
            f"the quote {exact[:60]!r} occurs {len(starts)} times in article "
            f"'{entry['article']}'; add a prefix or suffix to say which",
            field,
        )
    return None
