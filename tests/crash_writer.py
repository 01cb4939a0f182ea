"""A student who never stops tagging: adds annotations forever, printing each id once saved.

Run by tests/test_crash_safety.py, which kills it with SIGKILL at a random moment.
"""

import random
import sys

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.pack import load_pack
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database


def main(db_path: str, seed: int) -> None:
    lesson = load_pack(builtin_lesson_path())
    rng = random.Random(seed)
    database = open_database(db_path)
    workspace = Workspace(database, lesson, student="Crash Test")
    workspace.open_lesson()
    print("ready", flush=True)
    while True:
        article = rng.choice(lesson.articles)
        start = rng.randrange(0, len(article.text.text) - 40)
        tag = rng.choice(lesson.tags.names)
        annotation = workspace.add(workspace.prepare(article.id, start, start + 30, tag))
        print(annotation.id, flush=True)  # only after the commit has returned


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
