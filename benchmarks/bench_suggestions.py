"""Suggested passages for a selected claim: how long one selection takes.

Run from the repository root::

    python benchmarks/bench_suggestions.py [--quick] [--json OUT]

Two lessons:

* the built-in lesson (three articles of 360 to 640 words): every sentence of every article
  selected in turn; the issue's target is under 50 ms a selection;
* three articles of 20,000 words each, made from the built-in articles' sentences with their
  numbers and some words changed (seeded, so every run makes the same): 200 sentences
  selected; the target is under 200 ms a selection.

For each, building the index (once per lesson, when it opens) is timed against reading the
texts' sentences (``sentence_spans``), and a selection (``PassageIndex.suggest``) against a
**baseline measured in the same run**: one RapidFuzz pass of the selection over every sentence
of the other articles (``process.extract`` with ``token_set_ratio``), the least any fuzzy
suggestion must do. The machine is shared and noisy, so the ratio is the figure to compare
between runs; the absolute times are judged against the issue's targets. The script is a
report: it prints a table and exits 0.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from annotator.core.lessons.builtin import load_builtin_lesson  # noqa: E402
from annotator.core.text.passage_suggestions import PassageIndex  # noqa: E402
from annotator.core.text.sentences import sentence_spans  # noqa: E402

SEED = 12
BIG_WORDS = 20_000
TARGETS_MS = {"built-in lesson": 50.0, "3 x 20,000 words": 200.0}
_SWAPS = ["agents", "officers", "migrants", "detainees", "beds", "courts", "sources", "officials"]


def builtin_texts() -> dict[str, str]:
    return {article.id: article.text.text for article in load_builtin_lesson().articles}


def big_texts(words: int = BIG_WORDS, seed: int = SEED) -> dict[str, str]:
    """Three articles of about ``words`` words each, from the built-in articles' sentences
    with their numbers changed and one word in five swapped, in paragraphs of four."""
    rng = random.Random(seed)
    sentences = [text[s:e] for text in builtin_texts().values() for s, e in sentence_spans(text)]
    made = {}
    for number in range(3):
        paragraphs, paragraph, count = [], [], 0
        while count < words:
            sentence = re.sub(
                r"\d[\d,]*", lambda _m: f"{rng.randint(1, 60_000):,}", rng.choice(sentences)
            )
            pieces = [
                rng.choice(_SWAPS) if rng.random() < 0.2 and w.isalpha() else w
                for w in sentence.split()
            ]
            paragraph.append(" ".join(pieces))
            count += len(pieces)
            if len(paragraph) == 4:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        paragraphs.append(" ".join(paragraph))
        made[f"article-{number + 1}"] = "\n".join(p for p in paragraphs if p)
    return made


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(name: str, texts: dict[str, str], selections: int, seed: int = SEED) -> dict:
    """Index build and per-selection times for one lesson, each against its baseline."""
    rng = random.Random(seed)
    build = [_timed(lambda: PassageIndex(texts)) for _ in range(3)]
    read = [_timed(lambda: [sentence_spans(t) for t in texts.values()]) for _ in range(3)]
    index = PassageIndex(texts)
    spans = {a: sentence_spans(t) for a, t in texts.items()}
    chosen = [(a, s, e) for a, found in spans.items() for s, e in found]
    if len(chosen) > selections:
        chosen = rng.sample(chosen, selections)
    others = {
        a: [texts[b][s:e] for b, found in spans.items() if b != a for s, e in found] for a in texts
    }
    suggest_ms, baseline_ms = [], []
    for article_id, start, end in chosen:
        piece = texts[article_id][start:end]
        baseline_ms.append(
            _timed(
                lambda a=article_id, p=piece: process.extract(
                    p, others[a], scorer=fuzz.token_set_ratio, limit=3
                )
            )
        )
        suggest_ms.append(_timed(lambda a=article_id, s=start, e=end: index.suggest(a, s, e, 3)))
    suggest_ms.sort()
    return {
        "lesson": name,
        "words": sum(len(t.split()) for t in texts.values()),
        "passages": len(index),
        "selections": len(chosen),
        "build_ms": statistics.median(build),
        "read_ms": statistics.median(read),
        "build_ratio": statistics.median(build) / max(statistics.median(read), 1e-6),
        "suggest_ms": statistics.median(suggest_ms),
        "suggest_p95_ms": suggest_ms[int(0.95 * (len(suggest_ms) - 1))],
        "suggest_max_ms": suggest_ms[-1],
        "baseline_ms": statistics.median(baseline_ms),
        "ratio": statistics.median(suggest_ms) / max(statistics.median(baseline_ms), 1e-6),
        "target_ms": TARGETS_MS[name],
    }


def appears(suggestion, article_id: str, start: int, end: int) -> bool:
    """Whether a suggested passage is the member ``[start, end)`` of ``article_id``: they
    overlap in at least half of the shorter of the two."""
    if suggestion.article_id != article_id:
        return False
    overlap = min(end, suggestion.end) - max(start, suggestion.start)
    return overlap > 0 and 2 * overlap >= min(end - start, suggestion.end - suggestion.start)


def key_claims_found(limit: int = 3) -> dict:
    """How well suggestions do on the built-in key's linked claims: each member selected in
    turn, how many of its claim's members in other articles are among the top ``limit``."""
    lesson = load_builtin_lesson()
    index = PassageIndex({article.id: article.text.text for article in lesson.articles})
    per_claim = {}
    for claim in lesson.linked_claims:
        members = [lesson.key[i] for i in lesson.linked_members(claim.id)]
        found = wanted = 0
        for member in members:
            position = member.position
            suggested = index.suggest(member.article_id, position.start, position.end, limit)
            for other in members:
                if other.article_id == member.article_id:
                    continue
                wanted += 1
                found += any(
                    appears(s, other.article_id, other.position.start, other.position.end)
                    for s in suggested
                )
        per_claim[claim.title] = (found, wanted)
    found = sum(f for f, _ in per_claim.values())
    wanted = sum(w for _, w in per_claim.values())
    return {"found": found, "wanted": wanted, "per_claim": per_claim, "limit": limit}


def run(quick: bool = False) -> list[dict]:
    return [
        measure("built-in lesson", builtin_texts(), 40 if quick else 1000),
        measure(
            "3 x 20,000 words",
            big_texts(BIG_WORDS // 4 if quick else BIG_WORDS),
            20 if quick else 200,
        ),
    ]


def table(rows: list[dict]) -> str:
    lines = [
        f"{'lesson':18}{'words':>8}{'passages':>10}{'build ms':>10}{'x read':>8}"
        f"{'suggest ms':>12}{'p95':>8}{'max':>8}{'baseline':>10}{'ratio':>8}  target"
    ]
    for row in rows:
        verdict = "PASS" if row["suggest_max_ms"] < row["target_ms"] else "FAIL"
        lines.append(
            f"{row['lesson']:18}{row['words']:>8}{row['passages']:>10}"
            f"{row['build_ms']:>10.1f}{row['build_ratio']:>8.1f}"
            f"{row['suggest_ms']:>12.2f}{row['suggest_p95_ms']:>8.2f}{row['suggest_max_ms']:>8.2f}"
            f"{row['baseline_ms']:>10.2f}{row['ratio']:>8.1f}  "
            f"max < {row['target_ms']:g} ms (abs.): {verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    rows = run(quick)
    print(table(rows))
    quality = key_claims_found()
    print(
        f"\nThe built-in key's linked claims: {quality['found']} of {quality['wanted']} "
        f"members of another article in the top {quality['limit']} suggestions"
    )
    for title, (found, wanted) in quality["per_claim"].items():
        print(f"  {title:58}{found:>3} of {wanted}")
    if "--json" in argv:
        out = {"speed": rows, "key_claims": quality}
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
