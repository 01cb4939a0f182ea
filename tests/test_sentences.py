"""Sentences, as grading counts them."""

from __future__ import annotations

from annotator.core.lessons.builtin import load_builtin_lesson
from annotator.core.text.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_end_at_stops_before_a_capital_and_never_cross_a_block() -> None:
    text = 'He left. "Why?" she asked. 12 stayed!\nA new block without a stop\nLast one.'
    assert sentences(text) == [
        "He left.",
        '"Why?" she asked.',
        "12 stayed!",
        "A new block without a stop",
        "Last one.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "U.S. Immigration acted on Jan. 26. Mr. Smith and J. Doe agreed. The end."
    assert sentences(text) == [
        "U.S. Immigration acted on Jan. 26.",
        "Mr. Smith and J. Doe agreed.",
        "The end.",
    ]


def test_a_quotation_ending_a_sentence_stays_with_it() -> None:
    text = "“It is safe,” the spokesperson said. “In some cases, we release them.” Then more."
    assert sentences(text) == [
        "“It is safe,” the spokesperson said.",
        "“In some cases, we release them.”",
        "Then more.",
    ]


def test_the_builtin_articles_split_where_a_reader_would() -> None:
    lesson = load_builtin_lesson()
    kos = sentences(lesson.article("daily-kos").text.text)
    assert kos[0].startswith("U.S. Immigration and Customs Enforcement is releasing detainees")
    capacity = "According to government documents, facilities at the U.S.-Mexico border have a "
    assert capacity + "38,521-bed capacity." in kos
    nbc = sentences(lesson.article("nbc-news").text.text)
    caption = (
        "ICE agents during a multi-agency targeted enforcement operation in Chicago on Jan. 26."
    )
    assert caption in nbc
    assert all(s.strip() == s and s for s in kos + nbc)
