"""The desktop bundle against the pip-installed app: its size, and how fast each starts.

Needs a built bundle (``bash packaging/build-linux.sh``); without one it says so and exits 0.

    python benchmarks/bench_bundle.py              # 7 rounds
    python benchmarks/bench_bundle.py --quick      # 3 rounds
    python benchmarks/bench_bundle.py --json out.json --bundle /path/to/dist/annotator

Each round starts both programs once, in alternating order, each a fresh process:

* **bundle**: ``dist/annotator/annotator --screenshot PNG`` (offscreen);
* **pip**: the ``annotator`` console script's code (``from annotator.start import main``) on
  this checkout, with a bytecode cache as an installed wheel has (``PYTHONPYCACHEPREFIX`` of
  the run, warmed once), ``--screenshot PNG`` the same way.

The figure is the wall time from start to exit with the PNG written (the window built, laid
out and drawn: what a student waits for, less the event loop); the ratio is the median of the
per-round ratios bundle/pip, since the machine is shared and noisy. ``export --format json`` of
a small database, the command line's start, is timed the same way (info).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (symbolic links not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    return elapsed


def measure(bundle: Path, rounds: int, work: Path) -> dict:
    program = bundle / "annotator"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(work / "pyc"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pip = [sys.executable, "-c", "import sys; from annotator.start import main; sys.exit(main())"]
    db = work / "student.db"
    shot = ["--screenshot", str(work / "shot.png"), "--db", str(db), "--student", "Bench"]
    export = ["export", "--db", str(db), "--format", "json"]
    commands = {
        "screenshot": {"bundle": [str(program), *shot], "pip": [*pip, *shot]},
        "export": {"bundle": [str(program), *export], "pip": [*pip, *export]},
    }
    for kind in commands.values():  # writes the caches, warms the page cache, makes the db
        for command in kind.values():
            timed(command, env)
    times: dict[str, dict[str, list[float]]] = {
        kind: {"bundle": [], "pip": []} for kind in commands
    }
    for round_number in range(rounds):
        for kind, pair in commands.items():
            order = ["bundle", "pip"] if round_number % 2 == 0 else ["pip", "bundle"]
            for which in order:
                times[kind][which].append(timed(pair[which], env))
        print(f"round {round_number + 1}/{rounds}", file=sys.stderr)
    size, files = folder_size(bundle)
    return {"bundle_bytes": size, "bundle_files": files, "rounds": rounds, "times": times}


def report(figures: dict) -> str:
    lines = [
        f"{'figure':<40}  {'bundle':>9}  {'pip':>9}  {'ratio':>6}",
        "-" * 70,
        f"{'bundle size (dist/annotator)':<40}  "
        f"{figures['bundle_bytes'] / 2**20:>5.0f} MiB  {'':>9}  {'':>6}  "
        f"({figures['bundle_files']} files)",
    ]
    names = {"screenshot": "start -> --screenshot PNG written", "export": "start -> export done"}
    for kind, name in names.items():
        bundle, pip = figures["times"][kind]["bundle"], figures["times"][kind]["pip"]
        ratio = statistics.median(b / p for b, p in zip(bundle, pip, strict=True))
        lines.append(
            f"{name + ' (median)':<40}  {statistics.median(bundle) * 1000:>6.0f} ms  "
            f"{statistics.median(pip) * 1000:>6.0f} ms  x{ratio:>5.2f}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "annotator")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    if not (args.bundle / "annotator").is_file():
        print(f"no bundle at {args.bundle}: bash packaging/build-linux.sh builds it")
        return 0
    with tempfile.TemporaryDirectory() as work:
        figures = measure(args.bundle, 3 if args.quick else args.rounds, Path(work))
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
