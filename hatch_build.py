"""The wheel's build hook: compiles the translations (``annotator/i18n/*.ts``) into ``.qm``
files inside the wheel.

The compiler is Qt's ``lrelease``. A build environment usually lacks PySide6 (pip builds in an
isolated environment with hatchling only), so the hook takes PySide6's ``pyside6-lrelease`` or
Qt's ``lrelease`` from the PATH as well. Where there is none, the wheel is built without ``.qm``
files and a warning says so: the installed app then compiles each translation once, at first
use, with the ``lrelease`` of the PySide6 it depends on (:mod:`annotator.i18n.build`); so does
a translation ``lrelease`` could not compile here, with a warning naming it (the tests compile
every ``.ts``, so a broken one fails there, not in a user's install).
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _i18n_build(root: Path):
    """``annotator/i18n/build.py``, loaded alone (the build environment has no app deps)."""
    spec = importlib.util.spec_from_file_location(
        "_annotator_i18n_build", root / "annotator" / "i18n" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        build = _i18n_build(Path(self.root))
        tool = build.lrelease()
        if tool is None:
            self.app.display_warning(
                "No lrelease found: the wheel carries no compiled translations; the app "
                "compiles them at first use with PySide6's lrelease."
            )
            return
        self._out = tempfile.TemporaryDirectory(prefix="annotator-qm-")
        for ts in build.sources():
            try:
                qm = build.compile_ts(ts, Path(self._out.name) / ts.with_suffix(".qm").name, tool)
            except build.CompileError as error:  # the app compiles it at first use instead
                self.app.display_warning(f"{error}: the wheel carries no {ts.stem}.qm")
                continue
            build_data["force_include"][str(qm)] = f"annotator/i18n/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
