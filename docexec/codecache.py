"""Snippets' code, highlighted once: the HTML the site's own Markdown makes of a fenced block, kept between builds.

Highlighting every snippet's code with Pygments was a third of a build with nothing changed. A block's HTML is made by
converting the block alone, with a Markdown converter of the site's own extensions (mkdocs.yml), through
Python-Markdown's public `convert`; a page then sets it aside with `htmlStash.store`, as any extension does. It is kept
by the hash of the block, of the site's Markdown settings and of the versions of Markdown, pymdown-extensions and
Pygments. Correct by construction:

- a block's HTML depends on nothing but those, except where ids number the lines of a page's code blocks: with line
  numbers or line anchors on (`pymdownx.highlight`'s `linenums`, `anchor_linenums`, `line_spans`, `line_anchors`), the
  cache is off and each page's own fenced-code extension highlights its blocks, so ids stay unique on the page;
- the folder keeps at most `LIMIT` blocks, the least recently used going first.

Clear it with `rm -r .nox/.docexec-cache` (pyproject.toml's `cache`); a build without it is only slower.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import Any

from docexec import parse
from docexec.store import write_text

VERSION = 2  # bump when what is kept changes
PACKAGES = ("markdown", "pymdown-extensions", "pygments")
LIMIT = 2000  # blocks kept in the folder: several times the snippets of this site
NUMBERED = ("linenums", "anchor_linenums", "line_spans", "line_anchors")  # settings that give a block ids of the page's


class CodeCache:
    """Highlighted code blocks in memory, and in a folder (if one is given) for the next build."""

    def __init__(self, folder: Path | None, root: Path) -> None:
        self.folder = folder / "code" if folder is not None else None
        self.root = root
        names, configs = parse.markdown_extensions(root, embeds=False)
        highlight = configs.get("pymdownx.highlight", {})
        self.enabled = not any(highlight.get(setting) for setting in NUMBERED)
        self.memory: dict[str, str] = {}
        self.base = _digest(VERSION, {name: _version(name) for name in PACKAGES}, names, configs)
        self._markdown: Any = None
        self._written = 0

    def html(self, fence: str) -> str:
        """The HTML of a fenced block, as the site's Markdown makes it; only while `enabled`."""
        key = _digest(self.base, fence)
        if (found := self.memory.get(key)) is not None:
            return found
        path = self.folder / f"{key}.html" if self.folder is not None else None
        try:
            if path is not None:
                found = path.read_text(encoding="utf-8")
                os.utime(path)  # recently used: pruned last
        except OSError:
            found = None
        if found is None:
            if self._markdown is None:
                self._markdown = parse.site_markdown(self.root, embeds=False)
            found = self._markdown.reset().convert(fence)
            if path is not None:
                self._keep(path, found)
        self.memory[key] = found
        return found

    def _keep(self, path: Path, html: str) -> None:
        """Write a block's HTML, and leave no more than LIMIT blocks in the folder (looked at every 100 writes)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, html)
        self._written += 1
        if self._written % 100 != 1:
            return
        kept = list(path.parent.glob("*.html"))
        if len(kept) > LIMIT:
            for old in sorted(kept, key=lambda file: file.stat().st_mtime)[: len(kept) - LIMIT]:
                old.unlink(missing_ok=True)


def _digest(*parts: Any) -> str:
    """A stable hash of JSON-able parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _version(name: str) -> str | None:
    """An installed package's version, or None."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
