"""Benchmark: `ascribe analyze --input jsonl` streams, so its peak memory does not grow with
the corpus.

    python python/bench/stream_memory.py [--ascribe target/release/ascribe] [--lines 10000 100000]

For each size, writes a synthetic JSON Lines corpus (articles assembled from the sentences
below, Polish and English, different in every record) to a temporary file, runs the release
binary over it with the output to /dev/null, and reports the peak resident set size the kernel
recorded for the process (``wait4``'s ``ru_maxrss``) and the throughput. The run fails (exit
status 1) when the largest corpus peaks more than 20% above the smallest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Minister finansów powiedział, że budżet na rok {n} zostanie przyjęty w przyszłym tygodniu.",
    "Według rzecznika rządu decyzja w sprawie numer {n} zapadnie jutro.",
    "„To ważny dzień dla {n} gmin” – dodał wojewoda podczas konferencji prasowej.",
    "Analityczka oceniła, że wzrost cen o {n} procent jest poważnym sygnałem.",
    "The mayor said the council would vote on plan {n} next week.",
    "\"We are ready for round {n},\" the spokesman told reporters on Tuesday.",
    "According to officials, {n} people attended the meeting.",
    "Critics argued that proposal {n} would raise taxes, the newspaper reported.",
]


def article(i: int) -> str:
    """A three-paragraph article, different for every `i`."""
    english = i % 2 == 1
    pool = SENTENCES[4:] if english else SENTENCES[:4]
    paragraphs = []
    for k in range(3):
        sentences = [pool[(i + k + j) % len(pool)].format(n=i * 7 + k + j) for j in range(3)]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def write_corpus(path: Path, lines: int) -> int:
    """Writes the corpus; returns its word count."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            text = article(i)
            words += len(text.split())
            out.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    return words


def run(binary: str, corpus: Path) -> tuple[float, int]:
    """(seconds, peak RSS in KiB) of one `analyze --input jsonl` run."""
    command = [binary, "analyze", "--input", "jsonl", "--format", "jsonl", str(corpus),
               "-o", os.devnull]
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"ascribe exited with {process.returncode}: {process.stderr.read()!r}")
    return seconds, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ascribe", default=str(REPO / "target/release/ascribe"))
    parser.add_argument("--lines", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    peaks = []
    print(f"{os.cpu_count()} CPUs")
    print("| lines | words | seconds | words/s | peak RSS (MiB) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="ascribe-stream-") as scratch:
        for lines in args.lines:
            corpus = Path(scratch) / f"corpus-{lines}.jsonl"
            words = write_corpus(corpus, lines)
            seconds, peak = run(args.ascribe, corpus)
            corpus.unlink()
            peaks.append(peak)
            print(f"| {lines:,} | {words:,} | {seconds:.1f} | {words / seconds:,.0f} | "
                  f"{peak / 1024:.1f} |", flush=True)
    growth = max(peaks) / min(peaks) - 1
    print(f"peak RSS growth from the smallest to the largest corpus: {growth:+.1%}")
    return 0 if growth <= 0.20 else 1


if __name__ == "__main__":
    sys.exit(main())
