"""Run ascribe over a JSON Lines corpus with Dask: the same output as the command line.

    python recipes/dask_corpus.py CORPUS.jsonl OUT.jsonl [--workers 2] [--lang auto]
        [--text-field text] [--id-field id] [--title-field NAME] [--scheduler ADDRESS]

writes what ``ascribe analyze --input jsonl --format jsonl CORPUS.jsonl`` writes, line for line:
each record is read by :func:`ascribe.parse_record` (the command's own reader: ids kept, a record
without one named ``line-N``), analysed by :func:`ascribe.analyze_many` in its partition, and a
bad record is reported on standard error as ``ascribe: line N: …`` and skipped (exit status 2,
as the command).

How it is spread: the client scans the file once for the byte offset of every
``lines_per_partition``-th line (constant memory), a ``dask.bag`` holds one such range per
partition, and each partition (``map_partitions``) reads its own lines, analyses them and writes
``part-NNNNNN.jsonl`` into a scratch folder next to the output; the client then joins the parts
in order. Workers therefore need the corpus and the output folder on a shared file system (true
on a ``LocalCluster``; on a real cluster use shared storage). Without ``--scheduler`` a
``distributed.LocalCluster`` with ``--workers`` processes of one thread is started.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from typing import List, Optional, Sequence, Tuple

import ascribe
import dask.bag as db

#: One partition: (index, first byte, end byte, number of its first line).
Range = Tuple[int, int, int, int]


def line_ranges(path: str, lines_per_partition: int) -> List[Range]:
    """Splits the file into ranges of ``lines_per_partition`` lines, by byte offset."""
    ranges: List[Range] = []
    start, first_line, count, offset = 0, 1, 0, 0
    with open(path, "rb") as corpus:
        for raw in corpus:
            offset += len(raw)
            count += 1
            if count == lines_per_partition:
                ranges.append((len(ranges), start, offset, first_line))
                start, first_line, count = offset, first_line + count, 0
    if count:
        ranges.append((len(ranges), start, offset, first_line))
    return ranges


def dumps(report: dict) -> str:
    """A report as the command line writes it: compact JSON, non-ASCII characters kept."""
    return json.dumps(report, ensure_ascii=False, separators=(",", ":"))


def analyze_range(
    part: Range,
    corpus: str,
    scratch: str,
    lang: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
    title_field: Optional[str] = None,
    threads: Optional[int] = 1,
) -> List[str]:
    """Analyses one range of the corpus into ``scratch/part-NNNNNN.jsonl``; returns the
    problems (``line N: …``) of the records it skipped."""
    index, start, end, line_number = part
    records, problems = [], []
    with open(corpus, "rb") as source:
        source.seek(start)
        chunk = source.read(end - start)
        lines = chunk.split(b"\n")
        if chunk.endswith(b"\n"):
            lines.pop()
        for raw in lines:
            number, line_number = line_number, line_number + 1
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"line {number}: cannot read: stream did not contain valid UTF-8")
                continue
            text = text[:-1] if text.endswith("\r") else text
            if not text.strip():
                continue
            try:
                records.append(
                    ascribe.parse_record(text, number, text_field, id_field, title_field)
                )
            except ascribe.AscribeError as problem:
                problems.append(str(problem))
    reports = ascribe.analyze_many(
        [r["text"] for r in records],
        lang=lang,
        threads=threads,
        ids=[r["id"] for r in records],
        titles=[r["title"] for r in records],
    )
    with open(os.path.join(scratch, f"part-{index:06d}.jsonl"), "w", encoding="utf-8") as out:
        for report in reports:
            out.write(dumps(report) + "\n")
    return problems


def run(
    corpus: str,
    output: str,
    client=None,
    workers: int = 2,
    lines_per_partition: int = 256,
    **options,
) -> List[str]:
    """Analyses ``corpus`` into ``output`` on ``client`` (or on a new ``LocalCluster`` of
    ``workers`` processes); returns the problems of the skipped records, in line order.
    ``options`` go to :func:`analyze_range` (``lang``, ``text_field``, ``id_field``,
    ``title_field``, ``threads``)."""
    if __name__ != "__main__":
        # Workers need not be able to import this file: its functions travel with the tasks.
        import cloudpickle

        cloudpickle.register_pickle_by_value(sys.modules[__name__])
    own = None
    if client is None:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        own = client = Client(cluster)
    folder = os.path.dirname(os.path.abspath(output))
    scratch = tempfile.mkdtemp(prefix=".ascribe-dask-", dir=folder)
    try:
        ranges = line_ranges(corpus, lines_per_partition)
        problems: List[str] = []
        if ranges:
            bag = db.from_sequence(ranges, npartitions=len(ranges))
            problems = bag.map_partitions(
                lambda parts: [
                    p for part in parts for p in analyze_range(part, corpus, scratch, **options)
                ]
            ).compute()
        partial = output + ".partial"
        with open(partial, "wb") as out:
            for index, *_ in ranges:
                with open(os.path.join(scratch, f"part-{index:06d}.jsonl"), "rb") as part:
                    shutil.copyfileobj(part, out)
        os.replace(partial, output)
        return problems
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if own is not None:
            cluster = own.cluster
            own.close()
            cluster.close()


def main(argv: Optional[Sequence[str]] = None) -> int:
    """The command line; returns the exit status (2 when a record was skipped)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--lines-per-partition", type=int, default=256)
    parser.add_argument("--lang", default="auto")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--title-field")
    parser.add_argument("--threads", type=int, default=1, help="engine threads per worker")
    args = parser.parse_args(argv)
    client = None
    if args.scheduler:
        from distributed import Client

        client = Client(args.scheduler)
    problems = run(
        args.corpus,
        args.output,
        client=client,
        workers=args.workers,
        lines_per_partition=args.lines_per_partition,
        lang=args.lang,
        text_field=args.text_field,
        id_field=args.id_field,
        title_field=args.title_field,
        threads=args.threads,
    )
    for problem in problems:
        print(f"ascribe: {problem}", file=sys.stderr)
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
