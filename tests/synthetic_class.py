"""A synthetic class of 40 on the built-in lesson, made to tell a story the overview must show:

* students of every strength, from a third of the claims found to nearly all;
* some claims easy and some hard (each claim has an ease, drawn once);
* a fifth of the FRAMING claims found are tagged FACT, as students take a loaded word for a
  plain statement; FACT and QUOTE claims get the key's tag nine times in ten;
* eight students never open Daily Kos;
* everyone tags a few stretches the key holds nothing about.

Each student tags a claim exactly (its words, as a careful student selects them), so a claim
tagged is a claim found. The class is made in memory (:func:`synthetic_work`), graded as the app
grades (:func:`synthetic_results`), or written as the students' submission files
(:func:`write_submissions`) for a review window to import.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotator.core.annotations.annotation import Annotation, annotation_in
from annotator.core.classroom.grading import grade_class
from annotator.core.classroom.identity import new_secret, new_workspace_id, stamp
from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.submission import build_submission
from annotator.core.lessons.lesson import Lesson
from annotator.core.text.words import words

SEED = 20250206
SIZE = 40
SKIPPED = "daily-kos"
SKIPPERS = 8  # students who never open it
FRAMING_AS_FACT = 0.2
FIRST_NAMES = (
    "Ada Ben Cleo Dev Elif Femi Gus Hana Ivo Jun Kai Lena Milo Nia Omar Pia Quinn Rosa Sami "
    "Tara Uma Vik Wen Xavi Yara Zed Aziz Bea Chen Dara Emil Fay Goran Hugo Iris Jonas Kira "
    "Luis Mara Noor"
)
LAST_NAMES = "Okafor Ruiz Liu Mensah Martin Volkov Natarajan Herrera Solberg Johnson Kowalski"
FIRST, LAST = FIRST_NAMES.split(), LAST_NAMES.split()


def names(size: int = SIZE) -> list[str]:
    return [f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}" for i in range(size)]


def synthetic_work(lesson: Lesson, size: int = SIZE, seed: int = SEED) -> dict[str, list]:
    """Each student's annotations, by name (see the module's docstring)."""
    rng = random.Random(seed)
    ease = [rng.uniform(0.25, 1.35) for _ in lesson.key]
    tags = lesson.tags.names
    work: dict[str, list[Annotation]] = {}
    skippers = set(rng.sample(range(size), min(SKIPPERS, size)))
    for number, name in enumerate(names(size)):
        ability = 0.3 + 0.65 * number / (size - 1)
        spans = []
        for index, claim in enumerate(lesson.key):
            if number in skippers and claim.article_id == SKIPPED:
                continue
            if rng.random() >= min(0.97, ability * ease[index]):
                continue
            tag = claim.tag
            if claim.tag == "FRAMING" and rng.random() < FRAMING_AS_FACT:
                tag = "FACT"
            elif claim.tag != "FRAMING" and rng.random() < 0.1:
                tag = rng.choice([t for t in tags if t != claim.tag])
            spans.append((claim.article_id, claim.position.start, claim.position.end, tag))
        for _ in range(rng.randint(3, 10)):  # stretches the key says nothing about
            article = rng.choice(lesson.articles)
            if number in skippers and article.id == SKIPPED:
                continue
            tokens = words(article.text.text)
            first = rng.randrange(len(tokens) - 3)
            spans.append((article.id, tokens[first][0], tokens[first + 2][1], rng.choice(tags)))
        work[name] = [_annotation(lesson, name, *span) for span in spans]
    return work


def synthetic_results(lesson: Lesson, size: int = SIZE, seed: int = SEED) -> list[StudentResult]:
    """The class graded as the app grades it, in the order of :func:`names`."""
    work = synthetic_work(lesson, size, seed)
    grades = grade_class(work, lesson)
    return [
        StudentResult(name, f"S{1001 + i}", work[name], grades[name]) for i, name in enumerate(work)
    ]


def write_submissions(lesson: Lesson, folder: Path, size: int = SIZE) -> list[Path]:
    """The class's submission files, each from a computer of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (name, work) in enumerate(synthetic_work(lesson, size).items()):
        body = build_submission(
            work,
            lesson,
            student_name=name,
            student_id=f"S{1001 + number}",
            workspace=stamp(new_workspace_id(), new_secret(), 1),
        )
        path = folder / f"{name.replace(' ', '-')}.submission.json"
        path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def _annotation(lesson: Lesson, name: str, article_id: str, start: int, end: int, tag: str):
    return annotation_in(lesson, article_id, start, end, tag, student=name)
