"""Snippets' code blocks, highlighted once: their HTML kept by the hash of the block and of the highlighting settings.

Highlighting every snippet's code with Pygments was a third of a build with nothing changed. The Markdown
extension keeps what the site's own fenced-code extension made of a block (the HTML it set aside, and the line
it left in its place) and gives it back while the block, the settings and the versions are the same.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from docexec.store import write_text

VERSION = 1  # bump when what is kept changes
PACKAGES = ("markdown", "pymdown-extensions", "pygments")


class CodeCache:
    """Highlighted code blocks in memory, and in a folder (if one is given) for the next build."""

    def __init__(self, folder: Path | None, settings: Any) -> None:
        self.folder = folder
        self.memory: dict[str, dict[str, Any]] = {}
        self.base = _digest(VERSION, {name: _version(name) for name in PACKAGES}, settings)

    def get(self, block: str) -> dict[str, Any] | None:
        """What was kept for this block, or None."""
        key = _digest(self.base, block)
        if key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        try:
            found: dict[str, Any] = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        self.memory[key] = found
        return found

    def put(self, block: str, value: dict[str, Any]) -> None:
        """Keep what a block became."""
        key = _digest(self.base, block)
        self.memory[key] = value
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_text(self.folder / f"{key}.json", json.dumps(value, ensure_ascii=False))


def _digest(*parts: Any) -> str:
    """A stable hash of JSON-able parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
