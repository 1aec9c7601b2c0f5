"""ascribe: who stands behind every statement of a news article.

Each result is the dict of one ``ascribe analyze --input jsonl --format jsonl`` line: an
``ascribe-report`` with one document (``{"format", "version", "documents": [...], "sources":
[...]}``; the document carries ``id`` and a null ``path``).
"""

from os import PathLike
from typing import Any, Dict, List, Optional, Sequence, Union

__version__: str

class AscribeError(ValueError):
    """An unusable input; the message is the one the ``ascribe`` command prints."""

def analyze(
    text: str,
    lang: str = "auto",
    title: Optional[str] = None,
    id: Optional[str] = None,
) -> Dict[str, Any]:
    """Analyses one article (``lang``: ``"auto"``, ``"pl"`` or ``"en"``)."""

def analyze_many(
    texts: Sequence[str],
    lang: str = "auto",
    threads: Optional[int] = None,
    ids: Optional[Sequence[Optional[str]]] = None,
    titles: Optional[Sequence[Optional[str]]] = None,
) -> List[Dict[str, Any]]:
    """Analyses many articles in parallel (GIL released), results in input order."""

def parse_record(
    line: str,
    line_number: int,
    text_field: str = "text",
    id_field: str = "id",
    title_field: Optional[str] = None,
) -> Dict[str, Any]:
    """Reads one JSON Lines corpus record as ``ascribe analyze --input jsonl`` does:
    ``{"line": int, "id": str, "title": str | None, "text": str}``; raises
    :class:`AscribeError` (``"line N: …"``) for a record the command would skip."""

def load_session(
    path: Union[str, "PathLike[str]"], full_paths: bool = False
) -> Dict[str, Any]:
    """A saved session's JSON report with the reviewer's decisions applied, as
    ``ascribe export`` writes it; warnings come as ``UserWarning``."""
