"""Search speed on the synthetic 5,000-procedure catalogue, beside a bare FTS5 floor.

    python benchmarks/search_bench.py [--procedures 5000] [--rounds 300]

For each kind of query it prints p50 and p95 of ``kiosk.search.search`` and of the same MATCH on
a bare sqlite3 FTS5 table holding the same rows (the floor), and their ratio. Target: p95 < 10 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import WORDS, write  # noqa: E402
from kiosk.context import open_context  # noqa: E402
from kiosk.search import query_words, search  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def queries(kind: str, rng: random.Random) -> tuple[str, str]:
    lang = rng.choice(list(WORDS))
    vocab = WORDS[lang].split()
    if kind == "one word":
        return rng.choice(vocab), lang
    if kind == "two words":
        return " ".join(rng.sample(vocab, 2)), lang
    if kind == "three words":
        return " ".join(rng.sample(vocab, 3)), lang
    word = rng.choice([w for w in vocab if len(w) >= 4])
    return word[: rng.choice((2, 3, 4))], lang  # "prefix": what a resident has typed so far


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    starter = write(folder / "synthetic.json", args.procedures)
    started = time.perf_counter()
    context = open_context(folder / "home", starter=starter)
    print(f"catalogue of {args.procedures} procedures loaded in {time.perf_counter() - started:.1f} s")

    # The floor: the same rows in a bare FTS5 table, the same MATCH, no ranking weights, no joins.
    bare = sqlite3.connect(":memory:")
    bare.execute("CREATE VIRTUAL TABLE t USING fts5(title, keywords, body, slug UNINDEXED, lang UNINDEXED, "
                 "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')")
    with sqlite3.connect(folder / "home" / "kiosk.sqlite3") as source:
        bare.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)",
                         source.execute("SELECT title, keywords, body, slug, lang FROM search_index"))

    rng = random.Random(7)
    print(f"{'query kind':<12} {'kiosk p50':>10} {'kiosk p95':>10} {'floor p50':>10} {'floor p95':>10} "
          f"{'p95 ratio':>10}  target p95 < 10 ms")
    for kind in ("one word", "two words", "three words", "prefix"):
        ours, floor = [], []
        for _ in range(args.rounds):
            query, lang = queries(kind, rng)
            t0 = time.perf_counter()
            search(context.db, query, lang)
            t1 = time.perf_counter()
            match = " AND ".join(f'"{w}"*' for w in query_words(query))
            bare.execute("SELECT slug FROM t WHERE t MATCH ? AND lang IN (?, 'fr') ORDER BY rank LIMIT 20",
                         (match, lang)).fetchall()
            t2 = time.perf_counter()
            ours.append((t1 - t0) * 1000)
            floor.append((t2 - t1) * 1000)
        p95 = percentile(ours, 95)
        print(f"{kind:<12} {percentile(ours, 50):>8.2f}ms {p95:>8.2f}ms {percentile(floor, 50):>8.2f}ms "
              f"{percentile(floor, 95):>8.2f}ms {p95 / max(percentile(floor, 95), 1e-6):>9.1f}x  "
              f"{'ok' if p95 < 10 else 'OVER'}")
    context.close()


if __name__ == "__main__":
    main()
