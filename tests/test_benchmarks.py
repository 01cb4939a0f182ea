"""The benchmarks still run: a smoke check of the start-up part (the figures are not judged).

The start-up benchmark drives the real ``annotator`` command through its automation hook and
the window's signals; if those change, this is where it shows, not in a later session's run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def run_benchmark(script: str, *options: str) -> subprocess.CompletedProcess:
    """``benchmarks/<script> options...`` in a process of its own, offscreen, its output kept."""
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *options],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_start_up_benchmark_runs_and_reports_every_row(tmp_path):
    result = run_benchmark(
        "bench_workspace.py", "--quick", "--only", "startup", "--tmpdir", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    rows = {line.strip().split("  ")[0] for line in result.stdout.splitlines()}
    for row in (
        "1. start -> first paint (wall, median)",
        "start -> saved work shown (ready)",
        "4. peak RSS when ready (median)",
    ):
        assert row in rows, result.stdout


def test_the_anchoring_benchmark_runs_and_reports_every_kind_and_target():
    result = run_benchmark("bench_anchoring.py", "--quick")
    assert result.returncode == 0, result.stderr
    first_cells = {line.split("  ")[0] for line in result.stdout.splitlines()}
    for row in (
        "moved",
        "typo",
        "reworded <=25%",
        "reworded >25%",
        "deleted",
        "duplicated",
        "mix",
        "all",
        "wrong words",
        "orphaned though findable",
        "speed, whole run",
    ):
        assert row in first_cells, result.stdout


def test_the_class_overview_benchmark_runs_and_reports_every_row(tmp_path):
    result = run_benchmark("bench_overview.py", "--quick", "--tmpdir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for row in (
        "3a. class_overview (agreement given)",
        "3b. overview panel: build, figures, first paint",
        "3c. class report's first page, HTML -> PDF",  # and its pages
    ):
        assert any(line.startswith(row) for line in lines), result.stdout


def test_the_key_learning_benchmark_runs_and_reports_every_row(tmp_path):
    result = run_benchmark("bench_key.py", "--quick", "--tmpdir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    first_cells = {line.strip().split("  ")[0] for line in result.stdout.splitlines()}
    for row in (
        "4a. accept + results(), 40 x 300",
        "undo + results()",
        "4c. window: accept until shown",
        "window: Ctrl+Z until shown",
    ):
        assert row in first_cells, result.stdout
    assert any(line.startswith("4b. suggestions (") for line in first_cells), result.stdout


def test_the_reports_benchmark_runs_and_reports_pages_and_times(tmp_path):
    result = run_benchmark(
        "bench_reports.py", "--reps", "1", "--part", "five", "--tmpdir", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert "pages of each demonstration student: [" in result.stdout, result.stdout
    assert result.stdout.count("five ") == 1


def test_the_claims_view_benchmark_runs_and_reports_its_ratio(tmp_path):
    out = tmp_path / "claims.json"
    result = run_benchmark("bench_claims.py", "--quick", "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert "ratio (view / baseline)" in result.stdout
    figures = json.loads(out.read_text())
    assert figures["view_ms"] > 0 and figures["baseline_ms"] > 0


def test_the_authoring_benchmark_runs_and_reports_every_row(tmp_path):
    out = tmp_path / "authoring.json"
    result = run_benchmark("bench_authoring.py", "--quick", "--json", str(out))
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert [row["page_mb"] for row in figures["extraction"]] == [1.0, 2.0, 3.0]
    assert all(row["paragraphs"] > 0 and row["ratio"] > 0 for row in figures["extraction"])
    assert figures["tagging"]["key_mode_tag_ms"] > 0 and "Tagging: key mode" in result.stdout
