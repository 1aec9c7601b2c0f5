"""Benchmark: the four ways to run ascribe over one corpus, words/s and peak memory.

    python python/bench/corpus_paths.py [--eval ../shared/eval/polnear/train/text] [--copies 2]
        [--ascribe target/release/ascribe] [--workers 2]

builds, in a temporary folder and only for the run, a corpus of every article of ``--eval``
repeated ``--copies`` times (PolNeAR train: 840 × 2 = 1,680 articles) as a folder of .txt files
and as one JSON Lines file, then times

1. ``ascribe analyze --format jsonl FOLDER``  (the CLI on a folder),
2. ``ascribe analyze --input jsonl --format jsonl CORPUS.jsonl``,
3. ``ascribe.analyze_many`` in one Python process (all texts in one call),
4. the Dask recipe (``recipes/dask_corpus.py``) on a LocalCluster of ``--workers`` processes.

Peak memory is the largest sum of the resident set sizes of the process and all its
descendants (the Dask scheduler, nanny and worker processes included), sampled every 50 ms with
psutil. Words are whitespace-separated tokens of the input texts. Nothing is written into the
repository.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import List, Tuple

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def peak_rss(command: List[str], **kwargs) -> Tuple[float, int]:
    """Runs ``command``; returns (seconds, peak summed RSS of its process tree in bytes)."""
    start = time.perf_counter()
    process = psutil.Popen(command, **kwargs)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                tree = [process] + process.children(recursive=True)
                total = 0
                for p in tree:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if code not in (0, 2):
        raise SystemExit(f"{command[:3]}… exited with {code}")
    return seconds, peak


PYTHON_RUN = """
import json, sys, ascribe
texts, ids = [], []
with open(sys.argv[1], encoding="utf-8") as corpus:
    for line in corpus:
        record = json.loads(line)
        texts.append(record["text"]); ids.append(record["id"])
reports = ascribe.analyze_many(texts, ids=ids)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for report in reports:
        out.write(json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\\n")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(REPO.parent / "shared/eval/polnear/train/text"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--ascribe", default=str(REPO / "target/release/ascribe"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    sources = sorted(Path(args.eval).glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="ascribe-bench-") as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        corpus = Path(scratch) / "corpus.jsonl"
        words = 0
        with corpus.open("w", encoding="utf-8") as out:
            for copy in range(args.copies):
                for source in sources:
                    text = source.read_text(encoding="utf-8")
                    name = f"{copy}-{source.name}"
                    (folder / name).write_text(text, encoding="utf-8")
                    out.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
                    words += len(text.split())
        articles = len(sources) * args.copies
        print(f"corpus: {articles} articles, {words} words; {os.cpu_count()} CPUs")
        result = Path(scratch) / "out.jsonl"
        runs = {
            "CLI, folder of .txt": [args.ascribe, "analyze", "--format", "jsonl",
                                    str(folder), "-o", str(result)],
            "CLI, --input jsonl": [args.ascribe, "analyze", "--input", "jsonl", "--format",
                                   "jsonl", str(corpus), "-o", str(result)],
            "Python analyze_many": [sys.executable, "-c", PYTHON_RUN, str(corpus), str(result)],
            f"Dask, {args.workers} workers": [
                sys.executable, str(REPO / "python/recipes/dask_corpus.py"), str(corpus),
                str(result), "--workers", str(args.workers)],
        }
        print("| path | seconds | words/s | peak RSS (MiB) |")
        print("| --- | ---: | ---: | ---: |")
        for name, command in runs.items():
            seconds, peak = peak_rss(command, stderr=subprocess.DEVNULL)
            print(f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {peak / 2**20:.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
