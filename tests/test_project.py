"""The project keeps its promises about itself: layering, docs, the README's commands."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click

from annotator.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_core_is_pure_and_the_layers_hold():
    scripts = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    lint_imports = shutil.which("lint-imports", path=scripts)
    assert lint_imports, "import-linter is part of the test extras"
    result = subprocess.run([lint_imports], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


REPOSITORIES_OF_A_WORKSPACE = {"annotations", "settings", "lessons"}


def _reaches_into_a_workspace(source: str) -> list[str]:
    """``workspace.annotations``, ``self.workspace.settings``...: what reaches past a
    Workspace into its repositories."""
    return [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr in REPOSITORIES_OF_A_WORKSPACE
        and ast.unparse(node.value).rsplit(".", 1)[-1] == "workspace"
    ]


def test_the_windows_ask_the_workspace_never_its_repositories():
    """The Qt layer asks services (``workspace.annotation(id)``, ``recent_lessons()``...) for what
    it shows; import-linter keeps it from importing the repositories, this from reaching them."""
    assert _reaches_into_a_workspace("x = self.workspace.settings.get('student_id', '')")
    assert not _reaches_into_a_workspace("x = result.annotations; y = self.workspace.annotation(i)")
    found = {
        str(path.relative_to(ROOT)): _reaches_into_a_workspace(path.read_text("utf-8"))
        for path in sorted((ROOT / "annotator" / "qt").rglob("*.py"))
    }
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_the_core_imports_without_qt_or_sqlite_utils():
    code = (
        "import sys, importlib, pkgutil, annotator.core as core\n"
        "for m in pkgutil.iter_modules(core.__path__):\n"
        "    importlib.import_module('annotator.core.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlite_utils')]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_test_command_the_readme_gives():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, re.DOTALL)
    assert len(commands) >= 2
    start, test = commands[0], commands[1]
    assert "annotator" in start and "pip install" in start
    assert "pytest" in test
    ci_lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert test in ci_lines


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


def test_every_cli_command_has_help_and_is_documented():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name, command in _commands(cli):
        assert command.help, f"'annotator {name}' has no help text"
        if not isinstance(command, click.Group):
            assert f"annotator {name}" in readme, f"'annotator {name}' is not in the README"


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "annotator", "tests", "benchmarks"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
