"""Shared fixtures: the `ascribe` command to compare with, and a small generated corpus."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

POLISH = [
    "Minister finansów powiedział, że budżet zostanie przyjęty w przyszłym tygodniu.",
    "Według rzecznika rządu decyzja zapadnie jutro. \"To ważny dzień\" – dodał.",
    "NATO potwierdziło, że Korea Północna wysłała swoich żołnierzy do Rosji.",
    "Analityczka Olena Guseinowa oceniła, że to poważna eskalacja.",
]
ENGLISH = [
    "The mayor said the council would vote on the budget next week.",
    "\"We are ready,\" the spokesman told reporters on Tuesday.",
    "According to officials who spoke to The New York Times, the talks failed.",
    "Critics argued that the plan would raise taxes, the newspaper reported.",
]


def ascribe_bin() -> str:
    """The built `ascribe` binary: $ASCRIBE_BIN, else target/release, else target/debug."""
    candidates = [os.environ.get("ASCRIBE_BIN")]
    candidates += [str(REPO / "target" / kind / "ascribe") for kind in ("release", "debug")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("no ascribe binary: build it (cargo build) or set ASCRIBE_BIN")


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Runs the command line, capturing bytes."""
    return subprocess.run(
        [ascribe_bin(), *args], input=stdin, capture_output=True, check=False
    )


def article(i: int) -> str:
    """A made-up article of a few paragraphs, Polish or English."""
    pool = POLISH if i % 2 else ENGLISH
    paragraphs = [pool[(i + k) % len(pool)] + " " + pool[(i + 2 * k + 1) % len(pool)]
                  for k in range(1 + i % 3)]
    return "\n\n".join(paragraphs)


def corpus_lines(n: int) -> list[str]:
    """`n` records with string, numeric and missing ids, titles, and some bad lines."""
    lines = []
    for i in range(n):
        record: dict = {"text": article(i), "title": f"Artykuł {i}"}
        if i % 5 == 0:
            record["id"] = i * 10
        elif i % 5 != 3:
            record["id"] = f"doc-{i}"
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0))
        if i == 4:
            lines.append("{not json")
        if i == 7:
            lines.append("")
        if i == 9:
            lines.append(json.dumps({"id": "no-text", "body": "x"}))
        if i == 11:
            lines.append(json.dumps({"id": "empty", "text": "   "}))
    return lines


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A 30-record JSON Lines corpus with three bad records and a blank line."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(corpus_lines(30)) + "\n", encoding="utf-8")
    return path
