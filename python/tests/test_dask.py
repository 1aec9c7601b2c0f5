"""The Dask recipe on a two-worker LocalCluster writes what the command line writes."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO, run_cli

sys.path.insert(0, str(REPO / "python" / "recipes"))
import dask_corpus  # noqa: E402


def test_line_ranges_cover_the_file(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"a\nbb\n\nccc")
    assert dask_corpus.line_ranges(str(path), 2) == [(0, 0, 5, 1), (1, 5, 9, 3)]


def test_dask_recipe_equals_the_cli(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    problems = dask_corpus.run(
        str(corpus), str(output), workers=2, lines_per_partition=7, title_field="title"
    )
    expected = run_cli("analyze", "--input", "jsonl", "--format", "jsonl",
                       "--title-field", "title", str(corpus))
    assert expected.returncode == 2
    assert output.read_bytes().splitlines() == expected.stdout.splitlines()
    assert len(output.read_bytes().splitlines()) == 30
    assert [f"ascribe: {p}" for p in problems] == expected.stderr.decode().splitlines()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ascribe-dask-")]
