"""kill -9 at a random moment, many times: nothing reported as saved is ever lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from annotator.storage.database import open_database

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 12


def test_sigkill_while_saving_loses_nothing_reported_as_saved(tmp_path):
    db_path = tmp_path / "crash.db"
    rng = random.Random(20250203)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    saved: set[str] = set()
    for round_number in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(round_number)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.02, 0.4)
        while time.monotonic() < deadline:
            line = process.stdout.readline().strip()
            if line:
                saved.add(line)
        process.send_signal(signal.SIGKILL)
        # What it printed before dying was saved too: read the pipe to the end.
        saved.update(line.strip() for line in process.stdout if line.strip())
        process.wait()
        assert process.returncode == -signal.SIGKILL

        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("select id from annotations")}
        finally:
            conn.close()
        missing = saved - stored
        assert not missing, f"round {round_number}: {len(missing)} saved annotations were lost"
    assert len(saved) > ROUNDS  # the writer really wrote, in every round taken together
    # ... and the app opens the file again as usual after all those crashes.
    open_database(db_path).close()
