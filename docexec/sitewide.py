"""What every page of a build reads, worked out once per state of the docs, snippets and captures, never per page.

The extension converts one page at a time and is told nothing of the others. What depends on the whole site (which
page a text is, what every page embeds, which snippets none does, the GPU the CUDA tabs name, the newest drift report)
is kept here, and worked out again only when a page, a snippet folder or a capture folder changes: a page costs a
few dozen `stat` calls, not a read of the site.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docexec import config as settings
from docexec import drift, notebook, pages, parse, store
from docexec.codecache import CodeCache
from docexec.discover import Snippet, SnippetError, find_snippets, load_snippet
from docexec.pages import Embed


@dataclass
class Site:
    """The project's settings and snippets, and the site-wide facts its pages share."""

    config: settings.Config
    docs: Path
    edit_uri: str
    code: CodeCache
    _state: tuple[Any, ...] | None = None
    _texts: dict[str, str] = field(default_factory=dict)  # page (below docs) -> its text
    _embeds: dict[str, list[Embed]] | None = None
    _said: tuple[Any, ...] | None = None  # the state the "not embedded" problems were last said for
    _label: tuple[tuple[Any, ...], str] | None = None

    @classmethod
    def load(cls, root: Path | None) -> Site:
        """The project at `root` (found from the working directory if None), read once per process."""
        project = settings.load(root)
        key = (project.root, (project.root / "mkdocs.yml").stat().st_mtime_ns)  # read again when mkdocs.yml changes
        if (site := _SITES.get(key)) is None:
            mkdocs = settings.mkdocs_settings(project.root)
            code = CodeCache(project.cache, project.root)
            site = cls(project, project.root / mkdocs.get("docs_dir", "docs"), mkdocs.get("edit_uri", "") or "", code)
            _SITES[key] = site
        return site

    def refresh(self) -> None:
        """Forget what depends on the pages and snippets if one changed since the last page (a few dozen stats)."""
        folders = (
            [self.config.snippets, *(Path(entry.path) for entry in os.scandir(self.config.snippets) if entry.is_dir())]
            if self.config.snippets.is_dir()
            else []
        )
        state = (
            tuple((str(path), path.stat().st_mtime_ns) for path in sorted(self.docs.rglob("*.md"))),
            tuple((str(path), path.stat().st_mtime_ns) for path in folders),
        )
        if state != self._state:
            self._state, self._texts, self._embeds = state, {}, None

    def page(self, text: str) -> tuple[str, int] | None:
        """Which page a text is, and how many lines of front matter the engine took off its top."""
        if not self._texts:
            self._texts = {
                path.relative_to(self.docs).as_posix(): path.read_text(encoding="utf-8").replace("\r\n", "\n")
                for path in sorted(self.docs.rglob("*.md"))
            }
        return pages.locate(self._texts, text)

    def embedded(self) -> dict[str, list[Embed]]:
        """Every page and the embeds its rendering shows."""
        if self._embeds is None:
            self._embeds = parse.embeds_by_page(self.config.root, self.docs)
        return self._embeds

    def unembedded(self) -> list[str]:
        """Snippets no page shows, and snippet files that cannot be read: said once per state of docs and snippets."""
        if self._said == self._state:
            return []
        self._said = self._state
        problems: dict[str, str] = {}
        snippets = find_snippets(self.config, problems=problems)
        embedded = {embed.name for embeds in self.embedded().values() for embed in embeds}
        found = [
            f"snippet '{s.name}' is not embedded in any page: add `{pages.embed_line(s.name)}` to a chapter (a line of"
            " its own, outside comments, HTML and code), or delete it"
            for s in snippets
            if s.name not in embedded
        ]
        return found + [problem for name, problem in sorted(problems.items()) if name not in embedded]

    def snippet(self, name: str) -> Snippet | None:
        """The snippet of this name, read again only if its file changed; None if there is none or it cannot be read."""
        return self._load(name)[0]

    def unreadable(self, name: str) -> str | None:
        """Why the snippet of this name cannot be read, if it cannot."""
        return self._load(name)[1]

    def _load(self, name: str) -> tuple[Snippet | None, str | None]:
        """The snippet, or why its file cannot be read as one (neither if there is no such file)."""
        path = self.config.snippets / name
        if not path.is_file():
            return None, None
        try:
            return load_snippet(self.config, path), None
        except SnippetError as error:
            return None, str(error)

    def read(self, device: str, name: str) -> dict[str, Any] | None:
        """A capture, or None."""
        return store.read(self.config, device, name)

    def gpu_label(self) -> str:
        """The CUDA tabs' label: the GPU most CUDA captures come from ("CUDA · NVIDIA H200"), recounted when they
        change (a capture is written by a rename in its chapter's folder, which changes that folder's time)."""
        folder = self.config.captures / "cuda"
        folders = [folder, *(Path(e.path) for e in os.scandir(folder) if e.is_dir())] if folder.is_dir() else []
        stamp = tuple((str(path), path.stat().st_mtime_ns) for path in folders)
        if self._label is None or self._label[0] != stamp:
            names = (
                Counter(
                    json.loads(path.read_text(encoding="utf-8"))["env"]["device_name"]
                    for path in folder.rglob("*.json")
                )
                if stamp
                else Counter[str]()
            )
            self._label = (stamp, f"CUDA · {names.most_common(1)[0][0]}" if names else "CUDA")
        return self._label[1]

    def changes(self, snippet: Snippet) -> list[tuple[str, str]]:
        """The newest drift report's line on this snippet, if it lists this very source: (label, page#anchor)."""
        return drift.changes_for(self.config, snippet.name, snippet.sha256)

    def failure(self, snippet: Snippet) -> str | None:
        """Why the last capture of this very source failed, while previewing."""
        return store.failure(self.config, snippet)

    def notebook_links(self, page: str) -> str | None:
        """The paragraph under a chapter's title linking to its notebook, if it has one."""
        stem = Path(page).stem
        if not (self.docs / notebook.NOTEBOOKS / f"{stem}.ipynb").is_file():
            return None
        return notebook.chapter_links(stem, os.path.dirname(page), self.edit_uri)


_SITES: dict[tuple[Path, int], Site] = {}
