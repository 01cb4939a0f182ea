"""One short example of each tag, from the lesson itself: for the first-run welcome.

A student learns a tag faster from words in the articles in front of them than from a
definition. The example comes from the answer key when the pack carries one (the teacher's
copy, the built-in lesson): the claim of that tag with the fewest words, two at least,
shortened if long. A student's copy has no key, so the instructions' own examples
(``*"words"*`` in the list item that starts with the tag's name in bold) come next. A tag with
neither has none, and the welcome shows its description alone.
"""

from __future__ import annotations

import re

from annotator.core.lessons.lesson import Lesson

MAX_WORDS = 10  # an example is read at a glance

_ITEM_START = re.compile(r"^\s*(?:\d+[.)]|[-*+])\s+")
_TAG_NAME = re.compile(r"\*\*([^*]+)\*\*")
_EXAMPLE = re.compile(r"\*[\"“]([^\"”*]+)[\"”]\*")


def tag_examples(lesson: Lesson) -> dict[str, str]:
    """Each tag's example (tag name to words), for the tags that have one."""
    found = _from_instructions(lesson)
    found.update(_from_key(lesson))  # the articles' own words come first
    return {tag.name: found[tag.name] for tag in lesson.tags if tag.name in found}


def _from_key(lesson: Lesson) -> dict[str, str]:
    """Each tag's shortest claim of two words or more (a bare "566" says little); a long one
    (a quotation with its speaker) shortened to its first and last words."""
    best: dict[str, list[str]] = {}
    for span in lesson.key:
        words = span.quote.exact.split()
        if len(words) >= 2 and (span.tag not in best or len(words) < len(best[span.tag])):
            best[span.tag] = words
    return {tag: _shortened(words) for tag, words in best.items()}


def _shortened(words: list[str]) -> str:
    if len(words) <= MAX_WORDS:
        return " ".join(words)
    head = MAX_WORDS - MAX_WORDS // 2
    return " ".join(words[:head]) + " … " + " ".join(words[-(MAX_WORDS - head) :])


def _from_instructions(lesson: Lesson) -> dict[str, str]:
    """``*"words"*`` examples in a list item that starts with a tag's name in bold."""
    names = {tag.name.casefold(): tag.name for tag in lesson.tags}
    names.update({tag.label.casefold(): tag.name for tag in lesson.tags})
    found: dict[str, str] = {}
    for item in _list_items(lesson.instructions_markdown):
        bold = _TAG_NAME.search(item)
        example = _EXAMPLE.search(item)
        if bold is None or example is None:
            continue
        tag = names.get(bold.group(1).strip().casefold())
        if tag is not None and tag not in found and len(example.group(1).split()) <= MAX_WORDS:
            found[tag] = example.group(1).strip()
    return found


def _list_items(markdown: str) -> list[str]:
    """The list items of ``markdown``, each with its indented continuation lines joined."""
    items: list[str] = []
    open_item = False
    for line in markdown.splitlines():
        if _ITEM_START.match(line):
            items.append(line)
            open_item = True
        elif open_item and line[:1].isspace() and line.strip():
            items[-1] += " " + line.strip()
        else:
            open_item = False
    return items
