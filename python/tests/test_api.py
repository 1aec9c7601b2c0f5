"""The Python API: results equal to the command line's, errors with its messages."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from pathlib import Path

import ascribe
import pytest
from conftest import REPO, article, run_cli

SESSION = REPO / "saves" / "seed_pl.session.ron"


def cli_jsonl(corpus: Path, *options: str) -> list[dict]:
    result = run_cli("analyze", "--input", "jsonl", "--format", "jsonl", *options, str(corpus))
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_analyze_equals_one_cli_line(tmp_path: Path) -> None:
    text = article(3)
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": text, "head": "Nagłówek"}) + "\n")
    [expected] = cli_jsonl(corpus, "--title-field", "head")
    got = ascribe.analyze(text, title="Nagłówek", id="a1")
    assert got == expected
    assert got["documents"][0]["id"] == "a1"
    assert got["documents"][0]["statements"], "the article has statements"


def test_analyze_without_id_and_with_a_language() -> None:
    report = ascribe.analyze("The mayor said the vote would be next week.", lang="en")
    document = report["documents"][0]
    assert document["id"] is None and document["path"] is None
    assert document["language"] == "en"
    forced = ascribe.analyze("The mayor said the vote would be next week.", lang="pl")
    assert forced["documents"][0]["language"] == "pl"


def test_analyze_many_keeps_order_and_equals_analyze() -> None:
    texts = [article(i) for i in range(12)]
    ids = [f"n{i}" for i in range(12)]
    many = ascribe.analyze_many(texts, ids=ids)
    assert many == [ascribe.analyze(t, id=i) for t, i in zip(texts, ids)]
    assert ascribe.analyze_many(texts, threads=1, ids=ids) == many
    assert ascribe.analyze_many([]) == []


def test_corpus_records_and_cli_agree(corpus: Path) -> None:
    lines = corpus.read_text(encoding="utf-8").split("\n")[:-1]
    records, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(ascribe.parse_record(line, number, title_field="title"))
        except ascribe.AscribeError as problem:
            problems.append(f"ascribe: {problem}")
    result = run_cli("analyze", "--input", "jsonl", "--format", "jsonl",
                     "--title-field", "title", str(corpus))
    assert result.returncode == 2
    assert problems == result.stderr.decode().splitlines()
    assert len(problems) == 3
    reports = ascribe.analyze_many(
        [r["text"] for r in records],
        ids=[r["id"] for r in records],
        titles=[r["title"] for r in records],
    )
    assert reports == [json.loads(line) for line in result.stdout.decode().splitlines()]
    ids = [r["documents"][0]["id"] for r in reports]
    assert ids[:4] == ["0", "doc-1", "doc-2", "line-4"]


def test_errors_are_exceptions_with_the_cli_messages(tmp_path: Path) -> None:
    with pytest.raises(ascribe.AscribeError, match=r"invalid language 'de'.*auto, pl, en"):
        ascribe.analyze("Tekst.", lang="de")
    with pytest.raises(ascribe.AscribeError, match="ids has 1 items for 2 texts"):
        ascribe.analyze_many(["a", "b"], ids=["x"])
    with pytest.raises(ascribe.AscribeError, match="threads must be at least 1"):
        ascribe.analyze_many(["a"], threads=0)
    with pytest.raises(TypeError):
        ascribe.analyze_many("not a list")
    with pytest.raises(ascribe.AscribeError, match="article limit of 8 MB"):
        ascribe.analyze("a" * (8 * 1024 * 1024 + 1))
    with pytest.raises(ascribe.AscribeError) as bad:
        ascribe.parse_record('{"id": 1}', 7)
    assert str(bad.value) == 'line 7: no "text" field'
    assert isinstance(bad.value, ValueError)

    for path in (tmp_path / "missing.ron", tmp_path):
        result = run_cli("export", str(path))
        assert result.returncode == 2
        with pytest.raises(ascribe.AscribeError) as error:
            ascribe.load_session(path)
        assert f"ascribe: {error.value}" == result.stderr.decode().strip()

    broken = tmp_path / "broken.ron"
    broken.write_text("(format: \"ascribe-session\", version: 2, name: ")
    result = run_cli("export", str(broken))
    with pytest.raises(ascribe.AscribeError) as error:
        ascribe.load_session(str(broken))
    assert f"ascribe: {error.value}" == result.stderr.decode().strip()


def with_decision(tmp_path: Path) -> Path:
    """The example session with the reviewer's decision: statement 6 (the author's voice by the
    engine) belongs to NATO."""
    ron = SESSION.read_text(encoding="utf-8")
    text = re.search(r'text: r#"(.*?)"#,', ron, re.S).group(1).encode("utf-8")
    start, end = map(int, re.search(r"\(id: 6, paragraph: \d+, span: \(start: (\d+), end: (\d+)\)",
                                    ron).groups())
    statement = text[start:end].decode("utf-8")
    decision = (f"decisions: [(document: 0, span: (start: {start}, end: {end}), "
                f"text: r#\"{statement}\"#, verdict: Assigned(source: Some(\"nato\"), via: []))],")
    assert "decisions: []," in ron
    path = tmp_path / "reviewed.ron"
    path.write_text(ron.replace("decisions: [],", decision), encoding="utf-8")
    return path


def test_load_session_equals_export_with_decisions(tmp_path: Path) -> None:
    path = with_decision(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = ascribe.load_session(path)
    result = run_cli("export", str(path))
    assert result.returncode == 0, result.stderr
    assert report == json.loads(result.stdout)
    statement = report["documents"][0]["statements"][6]
    assert (statement["source"], statement["reviewed"]) == ("nato", True)
    full = ascribe.load_session(path, full_paths=True)
    assert full == json.loads(run_cli("export", "--full-paths", str(path)).stdout)


def test_session_warnings_become_python_warnings(tmp_path: Path) -> None:
    path = tmp_path / "edited.ron"
    shutil.copy(SESSION, path)
    ron = path.read_text(encoding="utf-8")
    path.write_text(ron.replace("NATO potwierdziło, że", "NATO ogłosiło, że", 1), encoding="utf-8")
    expected = run_cli("export", str(path))
    with pytest.warns(UserWarning) as caught:
        report = ascribe.load_session(path)
    assert report == json.loads(expected.stdout)
    messages = [f"ascribe: {w.message}" for w in caught]
    assert messages == expected.stderr.decode().splitlines()
