"""Class-review performance report: a class of 40, against baselines measured in the same run.

Run from the repository root::

    python benchmarks/bench_class.py [--quick] [--json OUT] [--profile] [--tmpdir DIR]
                                     [--only import|grading|exports|review ...]

2a. Importing 40 submission files of 300 annotations each (``Classroom.import_paths``) into a
    fresh teacher database, against raw sqlite3 (the app's pragmas, the app's tables) reading
    and JSON-parsing the same files and inserting the same rows, one transaction per file.
    Importing the same 40 files again (all unchanged) is shown too.
2b. Grading that class against a 50-span key: ``grade_class`` in memory, and
    ``Classroom.results()`` on a new Classroom (database reads included).
2c. Exporting it: gradebook, canvas, json and w3c (``export_text``, written as the CLI writes
    them) and html (``export_reports``), all five with one Classroom, and each with its own;
    one student's PDF report for information; the folder of 41 PDF reports, by worker processes
    (this process printing too) against one process alone; and the same for a realistic class,
    40 students of 20 to 40 highlights on the built-in lesson (``bench_reports.py``).
2d. Opening the review window with the class heat map: ``ReviewWindow(...)`` until the first
    paint, against a bare QMainWindow with three QTextBrowsers of the same texts.

Baseline and subject runs are interleaved, with their order alternating. The targets the issue
sets as absolute times (import < 1 s, grading < 200 ms, exports < 1 s, window < 300 ms) depend on
the machine; the import also has a ratio target (<= 3x the raw floor). The script is a report,
not a test: it prints a PASS/FAIL table and exits 0 once it has run.
See benchmarks/README.md for the method and the figures measured on the reference machine.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

    from annotator.core.lessons.lesson import Lesson

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for _path in (ROOT, HERE):  # measure the checkout, installed or not; share bench_workspace
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from bench_workspace import (  # noqa: E402
    NONE_GUARD,
    describe_machine,
    finish_report,
    format_table,
    median,
    ms,
    profile_calls,
    qt_app,
    verdict,
)

SEED = 20250205
STUDENTS = 40
PER_STUDENT = 300
KEY_SPANS = 50
TARGETS = {
    "import_ms": 1000.0,  # absolute
    "import_ratio": 3.0,
    "grade_ms": 200.0,  # absolute
    "export_ms": 1000.0,  # absolute
    "review_ms": 300.0,  # absolute
    "pdf_folder_ms": 2000.0,  # absolute: the folder of PDF reports
}
ABS = " (abs.*)"
FIRST_NAMES = (
    "Ada Ben Cleo Dev Elif Femi Gus Hana Ivo Jun Kai Lena Milo Nia Omar Pia Quinn Rosa Sami "
    "Tara Uma Vik Wen Xavi Yara Zed"
)
LAST_NAMES = "Okafor Ruiz Liu Mensah Martin Volkov Natarajan Herrera Solberg Johnson Kowalski"
FIRST, LAST = FIRST_NAMES.split(), LAST_NAMES.split()


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def rotated(items: list, shift: int) -> list:
    shift %= len(items)
    return items[shift:] + items[:shift]


# ---------------------------------------------------------------------------------------------
# The class: a 50-span key and 40 submissions of 300 annotations


def word_spans(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"\S+", text)]


def lesson_with_key(lesson: Lesson, size: int, rng: random.Random) -> Lesson:
    """The lesson with its key grown to ``size`` spans: extra spans of 3 to 8 words, made with
    ``selectors.describe`` on the real text, overlapping no key span of their article."""
    import dataclasses

    from annotator.core.lessons.lesson import KeySpan
    from annotator.core.text.selectors import describe

    key = list(lesson.key)
    articles = list(lesson.articles)
    while len(key) < size:
        article = articles[len(key) % len(articles)]
        text = article.text.text
        words = word_spans(text)
        first = rng.randrange(len(words) - 8)
        start, end = words[first][0], words[first + rng.randint(2, 7)][1]
        taken = [(k.position.start, k.position.end) for k in key if k.article_id == article.id]
        if "\n" in text[start:end] or any(s < end and start < e for s, e in taken):
            continue
        position, quote = describe(text, start, end)
        tag = rng.choice(lesson.tags.names)
        key.append(KeySpan(article.id, tag, quote, position, 1.0, "added by bench_class.py"))
    return dataclasses.replace(lesson, key=tuple(key))


def student_spans(
    lesson: Lesson, count: int, rng: random.Random
) -> list[tuple[str, int, int, str]]:
    """``count`` (article, start, end, tag) a student might make: about half of the key's spans
    with ragged edges (three in four with the key's tag), the rest anywhere, 1 to 25 words, never
    across a paragraph break."""
    tags = lesson.tags.names
    spans = []
    for span in lesson.key:
        if rng.random() < 0.55:
            text = lesson.article(span.article_id).text.text
            start = max(0, span.position.start + rng.randint(-6, 6))
            end = min(len(text), span.position.end + rng.randint(-6, 6))
            if text[start:end].strip():  # a short claim's ragged edges may leave only a space
                tag = span.tag if rng.random() < 0.75 else rng.choice(tags)
                spans.append((span.article_id, start, end, tag))
    weights = [len(a.text.text) for a in lesson.articles]
    words = {a.id: word_spans(a.text.text) for a in lesson.articles}
    while len(spans) < count:
        article = rng.choices(lesson.articles, weights)[0]
        text, tokens = article.text.text, words[article.id]
        first = rng.randrange(len(tokens))
        length = min(rng.choice((1, 2, 3, 4, 6, 8, 10, 14, 18, 25)), len(tokens) - first)
        start, end = tokens[first][0], tokens[first + length - 1][1]
        cut = text.find("\n", start, end)
        if cut != -1:
            end = cut
        if start < end:
            spans.append((article.id, start, end, rng.choice(tags)))
    return spans[:count]


def write_class(lesson: Lesson, folder: Path, rng: random.Random, spans=None) -> list[Path]:
    """40 submission files as students hand them in (``build_submission``, written as
    ``write_submission`` writes them), each with 300 annotations made by ``annotation_in``
    (or those ``spans(lesson, rng)`` gives each student)."""
    from annotator import __version__
    from annotator.core.annotations.annotation import annotation_in
    from annotator.core.classroom.identity import new_secret, new_workspace_id, stamp
    from annotator.core.classroom.submission import build_submission
    from annotator.services.submit import default_submission_name

    folder.mkdir(parents=True)
    paths = []
    for number in range(STUDENTS):
        name = f"{FIRST[number % len(FIRST)]} {LAST[(number * 7) % len(LAST)]}"
        if number >= len(FIRST):
            name += f" {number}"
        annotations = [
            annotation_in(
                lesson,
                article_id,
                start,
                end,
                tag,
                student=name,
                note="see the second paragraph" if rng.random() < 0.05 else "",
            )
            for article_id, start, end, tag in (
                student_spans(lesson, PER_STUDENT, rng) if spans is None else spans(lesson, rng)
            )
        ]
        body = build_submission(
            annotations,
            lesson,
            student_name=name,
            student_id=f"S{1001 + number}",
            app_version=__version__,
            workspace=stamp(new_workspace_id(), new_secret(), 1),  # each a computer of its own
        )
        path = folder / default_submission_name(lesson, name)
        path.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    assert len(set(paths)) == STUDENTS
    return paths


# ---------------------------------------------------------------------------------------------
# 2a. Import: the app vs raw sqlite3


class RawImporter:
    """The floor: read + json.loads each file, then BEGIN IMMEDIATE; INSERT the submission row
    and its 300 annotation rows (executemany); COMMIT, on a bare sqlite3 connection with the
    app's pragmas and the app's own class tables and index (copied from its sqlite_master)."""

    SUBMISSION = (
        "lesson_id, student_key, student_name, student_id, lesson_version, content_hash, "
        "submitted, checksum, source_file, imported, orphans, override, feedback"
    )
    ANNOTATION = (
        "lesson_id, student_key, id, article_id, tag, note, start, [end], exact, prefix, "
        "suffix, created, modified, lesson_version, pack_hash, orphaned, feedback"
    )

    def __init__(self, path: Path, ddl: list[str]) -> None:
        import sqlite3

        from annotator.storage.database import BUSY_TIMEOUT_MS

        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        assert mode.lower() == "wal", mode
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        for sql in ddl:
            self.conn.execute(sql)
        marks = ", ".join("?" * 13)
        self.submission_sql = f"INSERT INTO class_submissions ({self.SUBMISSION}) VALUES ({marks})"
        marks = ", ".join("?" * 17)
        self.annotation_sql = f"INSERT INTO class_annotations ({self.ANNOTATION}) VALUES ({marks})"

    def import_files(self, paths: list[Path]) -> int:
        rows = 0
        for path in paths:
            body = json.loads(path.read_bytes())
            lesson, student = body["lesson"], body["student"]
            key = student["id"] or student["name"].casefold()
            submission = (
                lesson["id"], key, student["name"], student["id"], lesson["version"],
                lesson["content_hash"], body["submitted"], body["checksum"], str(path),
                body["submitted"], 0, None, "",
            )  # fmt: skip
            annotations = [_raw_row(lesson["id"], key, a) for a in body["annotations"]]
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(self.submission_sql, submission)
            self.conn.executemany(self.annotation_sql, annotations)
            self.conn.execute("COMMIT")
            rows += len(annotations)
        return rows

    def read_only(self, paths: list[Path]) -> int:
        """Reading + parsing alone: the floor of a re-import in which nothing changed."""
        return sum(len(json.loads(path.read_bytes())["annotations"]) for path in paths)

    def close(self) -> None:
        self.conn.close()


def _raw_row(lesson_id: str, key: str, item: dict) -> tuple:
    """The values of one class_annotations row, straight from the submission's JSON."""
    position, quote = item["target"]["position"], item["target"]["quote"]
    return (
        lesson_id, key, item["id"], item["article_id"], item["tag"], item["note"],
        position["start"], position["end"], quote["exact"], quote["prefix"], quote["suffix"],
        item["created"], item["modified"], item["lesson_version"], item["pack_hash"],
        int(item["orphaned"]), "",
    )  # fmt: skip


def class_ddl(database) -> list[str]:
    """The app's own CREATE statements for the class tables and their index."""
    rows = database.conn.execute(
        "select sql from sqlite_master where tbl_name in ('class_submissions', "
        "'class_annotations') and sql is not null order by type desc, name"
    ).fetchall()
    return [sql for (sql,) in rows]


def bench_import(
    rounds: int, lesson: Lesson, inbox: Path, paths: list[Path], workdir: Path, profile: bool
) -> tuple[dict, Path, Path]:
    from annotator.services.classroom import ADDED, UNCHANGED, Classroom
    from annotator.storage.database import open_database

    probe = open_database(workdir / "ddl-probe.db")
    ddl = class_ddl(probe)
    probe.close()

    times: dict[str, list[float]] = {
        "app": [], "raw": [], "again": [], "raw_read": [], "open": [], "raw_open": []
    }  # fmt: skip
    teacher_db = workdir / "teacher-0.db"

    def app_round(rnd: int) -> None:
        nonlocal teacher_db
        teacher_db = workdir / f"teacher-{rnd}.db"
        t = time.perf_counter()
        database = open_database(teacher_db)
        times["open"].append(ms(time.perf_counter() - t))
        classroom = Classroom(database, lesson)
        t = time.perf_counter()
        outcomes = classroom.import_paths([inbox])
        times["app"].append(ms(time.perf_counter() - t))
        assert [o.status for o in outcomes] == [ADDED] * STUDENTS, outcomes[:3]
        t = time.perf_counter()
        again = classroom.import_paths([inbox])
        times["again"].append(ms(time.perf_counter() - t))
        assert [o.status for o in again] == [UNCHANGED] * STUDENTS
        database.close()

    def raw_round(rnd: int) -> None:
        t = time.perf_counter()
        raw = RawImporter(workdir / f"raw-{rnd}.db", ddl)
        times["raw_open"].append(ms(time.perf_counter() - t))
        t = time.perf_counter()
        rows = raw.import_files(paths)
        times["raw"].append(ms(time.perf_counter() - t))
        assert rows == STUDENTS * PER_STUDENT
        t = time.perf_counter()
        raw.read_only(paths)
        times["raw_read"].append(ms(time.perf_counter() - t))
        raw.close()

    app_round(-1)  # warm-up (page cache, imports)
    raw_round(-1)
    for rnd in range(rounds):
        for step in (app_round, raw_round) if rnd % 2 == 0 else (raw_round, app_round):
            step(rnd)
        log(
            f"  import round {rnd + 1}/{rounds}: app {times['app'][-1]:.0f} ms, "
            f"raw {times['raw'][-1]:.0f} ms, again {times['again'][-1]:.0f} ms"
        )

    profile_text = ""
    if profile:
        database = open_database(workdir / "teacher-profile.db")
        classroom = Classroom(database, lesson)
        profile_text = profile_calls(
            "Classroom.import_paths, 40 files x 300 annotations, fresh db",
            lambda: classroom.import_paths([inbox]) and None,
        )
        profile_text += profile_calls(
            "Classroom.import_paths again, 40 unchanged files",
            lambda: classroom.import_paths([inbox]) and None,
        )
        database.close()

    def ratio(subject: str, floor: str) -> float:
        return median([a / b for a, b in zip(times[subject], times[floor], strict=True)])

    result = {name: median(values) for name, values in times.items()}
    result |= {
        "ratio": ratio("app", "raw"),
        "again_ratio": ratio("again", "raw_read"),
        "files": len(paths),
        "file_bytes": sum(p.stat().st_size for p in paths),
        "runs": times,
        "profile": profile_text,
    }
    return result, teacher_db, workdir / f"raw-{rounds - 1}.db"


def import_once(lesson: Lesson, inbox: Path, paths: list[Path], workdir: Path) -> tuple[Path, Path]:
    """The class in a teacher database and in a raw one, untimed (when part 2a is skipped)."""
    from annotator.services.classroom import Classroom
    from annotator.storage.database import open_database

    teacher_db = workdir / "teacher.db"
    database = open_database(teacher_db)
    Classroom(database, lesson).import_paths([inbox])
    raw = RawImporter(workdir / "raw.db", class_ddl(database))
    database.close()
    raw.import_files(paths)
    raw.close()
    return teacher_db, workdir / "raw.db"


# ---------------------------------------------------------------------------------------------
# 2b. Grading


def add_teacher_work(classroom, rng: random.Random) -> None:
    """What a teacher has done by the time they export: a few overrides and comments."""
    roster = classroom.submissions()
    by_student = classroom.annotations_by_student()
    for stored in roster[:8]:
        classroom.set_feedback(stored.student_key, "Good work on the quotes; check the framing.")
    for stored in roster[8:11]:
        classroom.set_override(stored.student_key, float(rng.randint(60, 95)))
    for stored in roster[:5]:
        for annotation in by_student[stored.student_key][:2]:
            classroom.set_annotation_feedback(
                stored.student_key, annotation.id, "Is this a fact or the writer's view?"
            )


def bench_grading(reps: int, database, lesson: Lesson, raw_db: Path, profile: bool) -> dict:
    """grade_class on the class already in memory; Classroom.results() on a new Classroom each
    time (so that the class is read from the database every time, whatever a Classroom may
    keep); and, for information, results() again on one Classroom with nothing changed."""
    import sqlite3

    from annotator.core.classroom.grading import grade_class
    from annotator.services.classroom import Classroom

    kept = Classroom(database, lesson)
    by_student = kept.annotations_by_student()
    annotations = sum(len(v) for v in by_student.values())
    assert annotations == STUDENTS * PER_STUDENT, annotations
    raw = sqlite3.connect(raw_db, isolation_level=None)

    def grade() -> None:
        grades = grade_class(by_student, lesson)
        assert len(grades) == STUDENTS

    def results() -> None:
        assert len(Classroom(database, lesson).results()) == STUDENTS

    def results_again() -> None:
        assert len(kept.results()) == STUDENTS

    def raw_select() -> None:
        rows = raw.execute(
            "select * from class_annotations where lesson_id = ? "
            "order by student_key, article_id, start, id",
            [lesson.id],
        ).fetchall()
        assert len(rows) == annotations

    steps = {
        "grade": grade, "results": results, "results_again": results_again, "raw_select": raw_select
    }  # fmt: skip
    times: dict[str, list[float]] = {name: [] for name in steps}
    for step in steps.values():
        step()
    for rep in range(reps):
        for name in rotated(list(steps), rep):
            t = time.perf_counter()
            steps[name]()
            times[name].append(ms(time.perf_counter() - t))
    raw.close()
    profile_text = ""
    if profile:
        profile_text = profile_calls("grade_class, 40 x 300 vs 50 spans", grade)
        profile_text += profile_calls("Classroom.results() on a new Classroom", results)
    grades = grade_class(by_student, lesson)
    return {
        "grade_ms": median(times["grade"]),
        "results_ms": median(times["results"]),
        "results_again_ms": median(times["results_again"]),
        "raw_select_ms": median(times["raw_select"]),
        "results_ratio": median(
            [a / b for a, b in zip(times["results"], times["raw_select"], strict=True)]
        ),
        "key_spans": len(lesson.key),
        "median_matches": median([len(g.matches) for g in grades.values()]),
        "runs": times,
        "profile": profile_text,
    }


# ---------------------------------------------------------------------------------------------
# 2c. Exports


def bench_exports(
    reps: int, database, lesson: Lesson, workdir: Path, pdf_reps: int, profile: bool
) -> dict:
    """Per rep, interleaved: all five formats in one session (one Classroom for the five, as
    one open class), and each format on its own (a Classroom of its own, as one run of
    ``annotator class export --format F``)."""
    from annotator.core.formats import registry
    from annotator.core.formats.student_report import student_report_html
    from annotator.qt.pdf_batch import worker_count, write_pdfs
    from annotator.qt.pdf_report import write_pdf
    from annotator.services.classroom import Classroom
    from annotator.services.exports import export_class

    qt_app()
    out = workdir / "exports"

    def export_one(classroom, fmt) -> None:  # as `annotator class export` does
        if fmt.is_folder:
            written = export_class(classroom, fmt, out / fmt.name)
            assert len(written) == STUDENTS + 1
        else:
            export_class(classroom, fmt, out / f"class-{fmt.name}{fmt.suffix}")

    def session(rep: int) -> float:
        classroom = Classroom(database, lesson)
        started = time.perf_counter()
        for fmt in rotated(formats, rep):
            export_one(classroom, fmt)
        return ms(time.perf_counter() - started)

    def alone(rep: int) -> None:
        for fmt in rotated(formats, rep):
            classroom = Classroom(database, lesson)
            started = time.perf_counter()
            export_one(classroom, fmt)
            times[fmt.name].append(ms(time.perf_counter() - started))

    # Every class format but PDF (timed on its own below, one report).
    formats = [f for f in registry.formats(registry.CLASS_SCOPES) if not f.needs_pdf_writer]
    times: dict[str, list[float]] = {fmt.name: [] for fmt in formats}
    totals: list[float] = []
    session(0)  # warm-up
    for rep in range(reps):
        if rep % 2 == 0:
            totals.append(session(rep))
            alone(rep)
        else:
            alone(rep)
            totals.append(session(rep))
        log(f"  exports {rep + 1}/{reps}: {totals[-1]:.0f} ms in one session")
    sizes = {p.name: p.stat().st_size for p in out.glob("class-*")}

    result = next(iter(Classroom(database, lesson).results().values()))
    html = student_report_html(lesson, result)
    pdf_ms, pages = [], 0
    for rep in range(pdf_reps + 1):
        t = time.perf_counter()
        pages = write_pdf(html, out / "student.pdf")
        if rep:  # the first is warm-up (fonts)
            pdf_ms.append(ms(time.perf_counter() - t))

    # The folder of PDF reports, as `annotator class export --format pdf` writes it: by worker
    # processes (one per core but this process's, which prints too), and in this process
    # alone, alternating.
    folder_ms: dict[str, list[float]] = {"pool": [], "here": []}
    workers = worker_count(STUDENTS + 1, here_too=True)  # this process prints too
    for rep in range(max(1, min(pdf_reps, 2))):
        for label in ("pool", "here") if rep % 2 == 0 else ("here", "pool"):
            count = workers if label == "pool" else 0
            classroom = Classroom(database, lesson)
            classroom.results()  # read and graded once, as the other exports
            t = time.perf_counter()
            written = export_class(
                classroom,
                "pdf",
                out / f"pdf-{label}",
                write_pdfs=lambda jobs, count=count: write_pdfs(jobs, workers=count),
            )
            folder_ms[label].append(ms(time.perf_counter() - t))
            assert len(written) == STUDENTS + 1
            log(f"  pdf folder ({label}): {folder_ms[label][-1]:.0f} ms")

    realistic = bench_realistic_pdf(workdir, max(1, min(pdf_reps, 2)))
    profile_text = ""
    if profile:
        profile_text = profile_calls(
            "all exports but PDF, one session", lambda: session(0) and None
        )
    formats_ms = {fmt: median(values) for fmt, values in times.items()}
    return {
        "formats": formats_ms,
        "alone_sum_ms": sum(formats_ms.values()),
        "total_ms": median(totals),
        "pdf_ms": median(pdf_ms),
        "pdf_pages": pages,
        "pdf_folder_ms": median(folder_ms["pool"]),
        "pdf_folder_here_ms": median(folder_ms["here"]),
        "pdf_workers": workers,
        "realistic_pdf": realistic,
        "sizes": sizes,
        "runs": {"alone": times, "session": totals},
        "profile": profile_text,
    }


def bench_realistic_pdf(workdir: Path, reps: int) -> dict:
    """The PDF folder of a realistic class: 40 students of 20 to 40 highlights on the built-in
    lesson and its own key (``bench_reports.realistic_spans``), imported and with the teacher's
    work, exported as ``annotator class export --format pdf`` does, by the default workers
    (this process printing too) and in this process alone, alternating."""
    import random
    import re

    from bench_reports import realistic_count, realistic_spans

    from annotator.core.lessons.builtin import builtin_lesson_path
    from annotator.core.lessons.pack import load_pack
    from annotator.qt.pdf_batch import write_pdfs
    from annotator.services.classroom import Classroom
    from annotator.services.exports import export_class
    from annotator.storage.database import open_database

    rng = random.Random(SEED + 1)
    lesson = load_pack(builtin_lesson_path())
    inbox = workdir / "realistic-inbox"
    write_class(lesson, inbox, rng, lambda les, r: realistic_spans(les, realistic_count(r), r))
    times: dict[str, list[float]] = {"pool": [], "here": []}
    with open_database(workdir / "realistic.db") as database:
        Classroom(database, lesson).import_paths([inbox])
        add_teacher_work(Classroom(database, lesson), rng)
        for rep in range(reps):
            for label in ("pool", "here") if rep % 2 == 0 else ("here", "pool"):
                classroom = Classroom(database, lesson)
                classroom.results()  # read and graded once, as the other exports
                out = workdir / f"realistic-pdf-{label}"
                t = time.perf_counter()
                written = export_class(
                    classroom,
                    "pdf",
                    out,
                    write_pdfs=write_pdfs if label == "pool" else lambda j: write_pdfs(j, 0),
                )
                times[label].append(ms(time.perf_counter() - t))
                assert len(written) == STUDENTS + 1
                log(f"  pdf folder, realistic class ({label}): {times[label][-1]:.0f} ms")
    pages = sorted(
        len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))
        for path in (workdir / "realistic-pdf-pool").iterdir()
        if not path.name.endswith("-class.pdf")
    )
    return {
        "folder_ms": median(times["pool"]),
        "here_ms": median(times["here"]),
        "pages_median": median(pages),
        "pages_max": pages[-1],
        "runs": times,
    }


# ---------------------------------------------------------------------------------------------
# 2d. The review window


def open_review(database, lesson) -> tuple[object, float, float]:
    from PySide6.QtWidgets import QApplication

    from annotator.qt.review_window import CLASS, ReviewWindow

    started = time.perf_counter()
    window = ReviewWindow(database, lesson)
    built = time.perf_counter()
    window.show()
    QApplication.processEvents()
    window.grab()
    painted = time.perf_counter()
    assert window.chosen() == CLASS and window.model.rowCount() == STUDENTS
    return window, ms(painted - started), ms(built - started)


def open_bare(lesson) -> tuple[object, float]:
    """The floor: a QMainWindow holding a splitter of three QTextBrowsers with the texts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser

    started = time.perf_counter()
    window = QMainWindow()
    window.resize(1600, 1000)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for article in lesson.articles:
        browser = QTextBrowser()
        browser.setPlainText(article.text.text)
        splitter.addWidget(browser)
    window.setCentralWidget(splitter)
    window.show()
    QApplication.processEvents()
    window.grab()
    return window, ms(time.perf_counter() - started)


def close_window(window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def bench_review(reps: int, database, lesson, profile: bool) -> dict:
    qt_app()
    for _ in range(2):  # warm-up: fonts, styles
        close_window(open_review(database, lesson)[0])
        close_window(open_bare(lesson)[0])
    times: dict[str, list[float]] = {"review": [], "constructor": [], "bare": []}
    for rep in range(reps):
        order = ("review", "bare") if rep % 2 == 0 else ("bare", "review")
        for name in order:
            if name == "review":
                window, total, constructor = open_review(database, lesson)
                times["review"].append(total)
                times["constructor"].append(constructor)
            else:
                window, total = open_bare(lesson)
                times["bare"].append(total)
            close_window(window)
        log(
            f"  review window {rep + 1}/{reps}: {times['review'][-1]:.0f} ms "
            f"(bare {times['bare'][-1]:.0f} ms)"
        )
    profile_text = ""
    if profile:
        kept = {}

        def build() -> None:
            kept["window"] = open_review(database, lesson)[0]

        profile_text = profile_calls("ReviewWindow: constructor -> first paint", build, top=25)
        close_window(kept.pop("window"))
    return {
        "review_ms": median(times["review"]),
        "constructor_ms": median(times["constructor"]),
        "bare_ms": median(times["bare"]),
        "ratio": median([a / b for a, b in zip(times["review"], times["bare"], strict=True)]),
        "runs": times,
        "profile": profile_text,
    }


# ---------------------------------------------------------------------------------------------
# The report


def report_rows(results: dict) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    a = results.get("import")
    if a:
        label = f"2a. import {STUDENTS} x {PER_STUDENT} annotations"
        rows.append(
            (
                label,
                f"{a['app']:.0f} ms",
                f"{a['raw']:.0f} ms",
                f"x{a['ratio']:.2f}",
                f"<= x{TARGETS['import_ratio']}",
                verdict(a["ratio"], TARGETS["import_ratio"]),
            )
        )
        rows.append(
            (
                "    the same, absolute",
                f"{a['app']:.0f} ms",
                "",
                "",
                f"< {TARGETS['import_ms']:.0f} ms{ABS}",
                verdict(a["app"], TARGETS["import_ms"]),
            )
        )
        rows.append(
            (
                f"    import the same {STUDENTS} again (unchanged)",
                f"{a['again']:.0f} ms",
                f"{a['raw_read']:.0f} ms",
                f"x{a['again_ratio']:.2f}",
                "",
                "info",
            )
        )
        rows.append(
            (
                "    open_database on a fresh file (not timed above)",
                f"{a['open']:.0f} ms",
                f"{a['raw_open']:.0f} ms",
                "",
                "",
                "info",
            )
        )
    b = results.get("grading")
    if b:
        rows.append(
            (
                f"2b. grade_class vs {b['key_spans']}-span key (in memory)",
                f"{b['grade_ms']:.0f} ms",
                "",
                "",
                f"< {TARGETS['grade_ms']:.0f} ms{ABS}",
                verdict(b["grade_ms"], TARGETS["grade_ms"]),
            )
        )
        rows.append(
            (
                "    Classroom.results() (DB reads + grading)",
                f"{b['results_ms']:.0f} ms",
                f"{b['raw_select_ms']:.0f} ms",
                f"x{b['results_ratio']:.1f}",
                f"< {TARGETS['grade_ms']:.0f} ms{ABS}",
                verdict(b["results_ms"], TARGETS["grade_ms"]),
            )
        )
        rows.append(
            (
                "    results() again, same Classroom, no change",
                f"{b['results_again_ms']:.0f} ms",
                "",
                "",
                "",
                "info",
            )
        )
        rows.append(
            (
                "    key spans matched per student (median)",
                f"{b['median_matches']:.0f} of {b['key_spans']}",
                "",
                "",
                "",
                "info",
            )
        )
    c = results.get("exports")
    if c:
        for fmt, value in c["formats"].items():
            rows.append((f"2c. export {fmt} (on its own)", f"{value:.0f} ms", "", "", "", "info"))
        rows.append(
            (
                "    sum of the five, each on its own",
                f"{c['alone_sum_ms']:.0f} ms",
                "",
                "",
                "",
                "info",
            )
        )
        rows.append(
            (
                "    all five in one session (one Classroom)",
                f"{c['total_ms']:.0f} ms",
                "",
                "",
                f"< {TARGETS['export_ms']:.0f} ms{ABS}",
                verdict(c["total_ms"], TARGETS["export_ms"]),
            )
        )
        rows.append(
            (
                f"    pdf, one student report ({c['pdf_pages']} pages)",
                f"{c['pdf_ms']:.0f} ms",
                "",
                "",
                "",
                "info",
            )
        )
        rows.append(
            (
                f"2c. pdf folder, {STUDENTS} reports + class "
                f"({c['pdf_workers']} workers and this process)",
                f"{c['pdf_folder_ms']:.0f} ms",
                f"{c['pdf_folder_here_ms']:.0f} ms",
                f"x{c['pdf_folder_ms'] / c['pdf_folder_here_ms']:.2f}",
                f"< {TARGETS['pdf_folder_ms']:.0f} ms{ABS}",
                verdict(c["pdf_folder_ms"], TARGETS["pdf_folder_ms"]),
            )
        )
        r = c["realistic_pdf"]
        rows.append(
            (
                f"2c. pdf folder, {STUDENTS} realistic students + class "
                f"({r['pages_median']:g} pages, at most {r['pages_max']})",
                f"{r['folder_ms']:.0f} ms",
                f"{r['here_ms']:.0f} ms",
                f"x{r['folder_ms'] / r['here_ms']:.2f}",
                f"< {TARGETS['pdf_folder_ms']:.0f} ms{ABS}",
                verdict(r["folder_ms"], TARGETS["pdf_folder_ms"]),
            )
        )
    d = results.get("review")
    if d:
        rows.append(
            (
                "2d. review window -> first paint (heat map)",
                f"{d['review_ms']:.0f} ms",
                f"{d['bare_ms']:.0f} ms",
                f"x{d['ratio']:.1f}",
                f"< {TARGETS['review_ms']:.0f} ms{ABS}",
                verdict(d["review_ms"], TARGETS["review_ms"]),
            )
        )
        rows.append(
            (
                "    of which the constructor",
                f"{d['constructor_ms']:.0f} ms",
                "",
                "",
                "",
                "info",
            )
        )
    return rows


PARTS = ("import", "grading", "exports", "review")


def main(argv: list[str] | None = None) -> int:
    import argparse
    import random
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small repeat counts (CI smoke)")
    parser.add_argument("--json", metavar="OUT", help="also write every figure as JSON to OUT")
    parser.add_argument("--profile", action="store_true", help="append cProfile listings")
    parser.add_argument(
        "--tmpdir", metavar="DIR", help="where the files and databases go (a real disk)"
    )
    parser.add_argument(
        "--only", choices=PARTS, action="append", help="run only these parts (repeatable)"
    )
    args = parser.parse_args(argv)
    from annotator.qt.offscreen import use_offscreen_desktop

    use_offscreen_desktop()  # the windows open at their preferred size, as on a desktop
    parts = set(args.only or PARTS)
    if args.quick:
        import_rounds, grade_reps, export_reps, pdf_reps, review_reps = 2, 5, 2, 1, 3
    else:
        import_rounds, grade_reps, export_reps, pdf_reps, review_reps = 7, 15, 7, 3, 9

    from annotator.core.lessons.builtin import builtin_lesson_path
    from annotator.core.lessons.pack import load_pack
    from annotator.services.classroom import Classroom
    from annotator.storage.database import open_database

    rng = random.Random(SEED)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-class-", dir=args.tmpdir) as tmp:
        workdir = Path(tmp)
        results["machine"] = describe_machine(workdir)
        results["mode"] = "quick" if args.quick else "full"
        log(f"machine: {results['machine']}")
        lesson = lesson_with_key(load_pack(builtin_lesson_path()), KEY_SPANS, rng)
        inbox = workdir / "inbox"
        started = time.perf_counter()
        paths = write_class(lesson, inbox, rng)
        log(
            f"  {len(paths)} submissions written in {time.perf_counter() - started:.1f} s, "
            f"{sum(p.stat().st_size for p in paths) / 2**20:.1f} MiB; key {len(lesson.key)} spans"
        )
        if "import" in parts:
            log(f"2a. import: {import_rounds} interleaved rounds, app vs raw sqlite3")
            results["import"], teacher_db, raw_db = bench_import(
                import_rounds, lesson, inbox, paths, workdir, args.profile
            )
        else:  # the class the other parts need, imported once, untimed
            teacher_db, raw_db = import_once(lesson, inbox, paths, workdir)
        database = open_database(teacher_db)
        add_teacher_work(Classroom(database, lesson), rng)
        if "grading" in parts:
            log(f"2b. grading: {grade_reps} interleaved reps")
            results["grading"] = bench_grading(grade_reps, database, lesson, raw_db, args.profile)
        if "exports" in parts:
            log(f"2c. exports: {export_reps} reps")
            results["exports"] = bench_exports(
                export_reps, database, lesson, workdir, pdf_reps, args.profile
            )
        if "review" in parts:
            log(f"2d. review window: {review_reps} interleaved opens")
            results["review"] = bench_review(review_reps, database, lesson, args.profile)
        database.close()

    rows = report_rows(results)
    machine = results["machine"]
    print(
        f"\nAnnotator class-review benchmark ({results['mode']}) - Python {machine['python']}, "
        f"PySide6 {machine['pyside6']}, {machine['cpus']} CPUs, QPA {machine['qpa']}, "
        f"databases on {machine['tmpdir_fs']}, code {machine['code']}"
    )
    print(format_table(rows))
    print(
        "* absolute target, as the issue sets it: it depends on the machine, unlike the ratio, "
        "which compares with a baseline measured in the same run."
    )
    if NONE_GUARD.get("guarded"):
        print(
            "\nWARNING: this PySide6 build loses references to None on void calls; the Qt parts "
            "ran with None's refcount raised (see benchmarks/README.md)."
        )
    return finish_report(results, rows, PARTS, args.json)


if __name__ == "__main__":
    sys.exit(main())
