"""A folder of PDF reports printed by worker processes: the same files as printed here, each
written whole, and a file that cannot be written named."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.core.formats.report_set import report_pages
from annotator.qt import pdf_batch
from annotator.services import exports
from annotator.services.classroom import Classroom
from annotator.storage.database import open_database
from tests.student_work import submit_work

NAMES = ["Ada", "Ben", "Cleo", "Dev", "Elif"]


@pytest.fixture
def classroom(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for name in NAMES:
        folder = inbox / name
        folder.mkdir(parents=True)
        submit_work(folder, lesson, name, [("nbc-news", "8,000 immigrants", "FACT")])
    database = open_database(tmp_path / "teacher.db")
    teacher = Classroom(database, lesson)
    teacher.import_paths([inbox])
    yield teacher
    database.close()


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        return path.read_bytes()[:5].decode("latin-1")
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return run.stdout.decode("utf-8")


def test_workers_print_the_same_reports_as_this_process(qapp, classroom, tmp_path):
    here = exports.export_class(
        classroom, "pdf", tmp_path / "here", write_pdfs=lambda j: pdf_batch.write_pdfs(j, 0)
    )
    done: list[int] = []
    pooled = exports.export_class(
        classroom,
        "pdf",
        tmp_path / "pooled",
        write_pdfs=lambda jobs: pdf_batch.write_pdfs(jobs, workers=2),
        progress=lambda n, total, name: done.append(n),
    )
    assert done == list(range(1, len(NAMES) + 2))  # every student and the class
    assert sorted(p.name for p in pooled) == sorted(p.name for p in here)
    assert sorted(p.name for p in (tmp_path / "pooled").iterdir()) == sorted(p.name for p in here)
    for path in pooled:
        assert path.read_bytes().startswith(b"%PDF")
        assert _text(path) == _text(tmp_path / "here" / path.name), path.name


def test_a_report_a_worker_cannot_write_is_named(qapp, classroom, tmp_path):
    out = tmp_path / "pdf"
    out.mkdir()
    results = list(classroom.results().values())
    stem = report_pages(classroom.lesson, results)[2].stem
    (out / f"{stem}.pdf").mkdir()  # a folder where the file should go: it cannot be replaced
    with pytest.raises(exports.ExportError) as caught:
        exports.export_class(
            classroom, "pdf", out, write_pdfs=lambda jobs: pdf_batch.write_pdfs(jobs, workers=2)
        )
    assert caught.value.path == out / f"{stem}.pdf"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_few_reports_or_one_core_are_printed_here(monkeypatch):
    monkeypatch.setattr(pdf_batch, "usable_cores", lambda: 4)
    assert pdf_batch.worker_count(3) == 0
    assert pdf_batch.worker_count(41) == 4
    assert pdf_batch.worker_count(5) == 4
    assert pdf_batch.worker_count(41, here_too=True) == 3  # this process prints too
    monkeypatch.setattr(pdf_batch, "usable_cores", lambda: 2)
    assert pdf_batch.worker_count(41, here_too=True) == 1
    monkeypatch.setattr(pdf_batch, "usable_cores", lambda: 1)
    assert pdf_batch.worker_count(41) == 0


def test_this_process_prints_while_the_workers_start_and_a_dead_worker_is_replaced_here(
    qapp, tmp_path, monkeypatch
):
    """With one worker and this process printing too, both print; if the worker dies, what
    it held is printed here, each report written once and every path yielded once."""
    html = "<html><head><title>R</title></head><body><p>Report {}</p></body></html>"
    jobs = [(lambda n=n: html.format(n), tmp_path / f"r{n}.pdf") for n in range(8)]
    printed_here: list[Path] = []
    original = pdf_batch._write_here

    def here(text: str, path: Path) -> None:
        printed_here.append(path)
        original(text, path)

    monkeypatch.setattr(pdf_batch, "_write_here", here)
    written = list(pdf_batch.write_pdfs(jobs, workers=1))
    assert sorted(written) == sorted(path for _, path in jobs)
    assert printed_here  # this process did not only wait
    assert len(printed_here) < len(jobs)  # nor print alone
    for n, (_, path) in enumerate(jobs):
        assert f"Report {n}" in _text(path) or shutil.which("pdftotext") is None

    printed_here.clear()
    monkeypatch.setattr(pdf_batch, "_write_in_worker", _die)
    written = list(pdf_batch.write_pdfs(jobs, workers=1))
    assert sorted(written) == sorted(path for _, path in jobs)  # each once
    assert sorted(printed_here) == sorted(written)


def _die(html: str, path: str) -> None:
    import os

    os._exit(1)  # as a worker killed mid-report
