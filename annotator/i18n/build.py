"""Compiling the translations: Qt Linguist's ``.ts`` sources to the ``.qm`` files Qt loads.

The ``.qm`` files are build outputs, never kept in git. They are made in three places, by the
same :func:`compile_ts`:

* the wheel's build hook (``hatch_build.py``) writes them into the wheel;
* ``python -m annotator.i18n.build`` writes them beside their sources, for a desktop bundle
  (PyInstaller takes ``annotator/i18n/*.qm``) or a checkout;
* at run time, :func:`compiled` finds the ``.qm`` beside its source, or, where there is none (a
  checkout, an editable install) or it is older than its source, compiles the source once into
  the user's cache folder, named by a checksum of the source, so an edited ``.ts`` is never shown
  stale.

The compiler is Qt's ``lrelease``, which PySide6 (a dependency of the app) carries; this module
imports nothing outside the standard library, so that the build hook can load it in a build
environment without PySide6.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "annotator_"


class CompileError(RuntimeError):
    """A translation source that ``lrelease`` could not compile (it names the file)."""


def sources() -> list[Path]:
    """Every translation source, ``annotator_<language>.ts``."""
    return sorted(HERE.glob(f"{PREFIX}*.ts"))


def languages() -> list[str]:
    """The languages with a translation: a source, or only its ``.qm`` (a desktop bundle may
    carry no sources). English's holds only its plurals."""
    found = [*sources(), *HERE.glob(f"{PREFIX}*.qm")]
    return sorted({path.stem.removeprefix(PREFIX) for path in found})


def lrelease() -> str | None:
    """Qt's compiler of translations: PySide6's own if PySide6 is importable, else one on the
    PATH (``pyside6-lrelease`` from PySide6's scripts, or Qt's ``lrelease``); None if none."""
    import shutil  # here, not at the top: the app's start imports this module, rarely compiles

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    try:
        import PySide6  # optional here: the build hook runs without it
    except ImportError:
        pass
    else:
        bundled = Path(PySide6.__file__).parent / name
        if bundled.is_file():
            return str(bundled)
    for candidate in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def compile_ts(ts: Path, qm: Path, tool: str | None = None) -> Path:
    """Compiles ``ts`` into ``qm`` (written whole or not at all). Raises CompileError when no
    compiler is found or it fails."""
    import subprocess

    tool = tool or lrelease()
    if tool is None:
        raise CompileError(f"{ts}: no lrelease found (PySide6 carries one) to compile it")
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f".{qm.name}.{os.getpid()}.part")
    # pyside6-lrelease is a Python script that imports PySide6: inside pip's isolated build
    # environment, PYTHONPATH and PYTHONNOUSERSITE would hide the PySide6 installed beside it.
    hiding = ("PYTHONPATH", "PYTHONNOUSERSITE", "PYTHONHOME")
    environment = {name: value for name, value in os.environ.items() if name not in hiding}
    try:
        run = subprocess.run(
            [tool, "-silent", "-nounfinished", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=120,
            env=environment,
        )
        if run.returncode != 0 or not partial.is_file():
            raise CompileError(f"{ts}: lrelease failed: {(run.stderr or run.stdout).strip()}")
        os.replace(partial, qm)
    except OSError as error:
        raise CompileError(f"{ts}: could not be compiled to {qm}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return qm


def cache_dir() -> Path:
    """Where translations compiled at run time go (the user's cache, as platformdirs says)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("Annotator", appauthor=False)) / "translations"


def compiled(language: str) -> Path | None:
    """The ``.qm`` of ``language`` to load, compiled first if need be; None if the language
    has no translation, or it has no ``.qm`` and none can be made."""
    ts = HERE / f"{PREFIX}{language}.ts"
    beside = ts.with_suffix(".qm")
    if not ts.is_file():
        return beside if beside.is_file() else None  # a bundle may carry only the .qm
    if beside.is_file() and beside.stat().st_mtime >= ts.stat().st_mtime:
        return beside
    # A checksum, not a cryptographic hash: it only tells one version of our own file from
    # another, and zlib is loaded anyway where hashlib's OpenSSL would cost the start 3 ms.
    data = ts.read_bytes()
    digest = f"{zlib.crc32(data):08x}{len(data):x}"
    cached = cache_dir() / f"{PREFIX}{language}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        return compile_ts(ts, cached)
    except CompileError:
        return beside if beside.is_file() else None  # stale rather than none at all


def build_all(target: Path = HERE) -> list[Path]:
    """Compiles every source into ``target`` (beside them by default); returns the files."""
    return [compile_ts(ts, target / ts.with_suffix(".qm").name) for ts in sources()]


if __name__ == "__main__":
    for written in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written)
