"""Reuse what a build computed before: a page's HTML and search entries while its inputs are unchanged, compiled templates.

A page's Markdown, once snippets are embedded, is converted to HTML with Pygments highlighting every
code block, and Material's search plugin then parses that HTML again to index it: together most of a
build. Both depend only on inputs that can be hashed, so a rebuild with nothing changed reads them
from disk instead, as mkdocs-jupyter does for notebooks. A page whose conversion logged a warning is
never cached, so that a strict build still fails on it. The theme's Jinja templates, compiled anew by
every build, are kept compiled with Jinja's own bytecode cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc

VERSION = 1  # bump when what is stored changes
PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "pygments", "mkdocs-material")


class Cache:
    """A folder of JSON files, one per page and step, named by the hash of everything the step depends on."""

    def __init__(self, folder: Path, config: MkDocsConfig, files: Files) -> None:
        self.folder = folder
        self.used: set[Path] = set()
        versions = {name: _version(name) for name in PACKAGES}
        settings = {key: config[key] for key in ("markdown_extensions", "mdx_configs", "use_directory_urls", "validation")}
        listing = sorted((file.src_uri, file.dest_uri) for file in files)  # links resolve against every file
        self.base = _digest(VERSION, versions, settings, listing)

    def path(self, *parts: Any) -> Path:
        """Where the result computed from `parts` is kept."""
        path = self.folder / f"{_digest(self.base, *parts)}.json"
        self.used.add(path)
        return path

    def evict(self) -> None:
        """Delete what this build did not use: pages that changed or are gone."""
        for path in self.folder.glob("*.json"):
            if path not in self.used:
                path.unlink(missing_ok=True)

    def templates(self, env: jinja2.Environment) -> jinja2.Environment:
        """Keep the theme's compiled templates between builds (Jinja checks each against its source)."""
        folder = self.folder / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env


def cached_render(cache: Cache, page: Page) -> Callable[[MkDocsConfig, Files], None]:
    """A replacement for `page.render` that reads the result from the cache, or renders and stores it."""

    def render(config: MkDocsConfig, files: Files) -> None:
        path = cache.path("page", page.file.src_uri, page.markdown)
        if stored := _load(path):
            page.content = stored["content"]
            page.toc = get_toc(stored["toc"])
            page._title_from_render = stored["title"]
            page.present_anchor_ids = set(stored["anchors"])
            if stored["links"] is not None:
                page.links_to_anchors = {files.get_file_from_path(uri): links for uri, links in stored["links"].items()}
            return
        with _warnings() as warned:
            type(page).render(page, config, files)
        if warned.count:
            return
        links = None if page.links_to_anchors is None else {file.src_uri: anchors for file, anchors in page.links_to_anchors.items()}
        _store(path, {
            "content": page.content, "toc": _tokens(page.toc), "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()), "links": links,
        })

    return render


_active: Cache | None = None  # the cache of the build in progress


def activate(cache: Cache | None) -> None:
    """Use `cache` for this build's search entries (None: compute them all)."""
    global _active
    _active = cache
    _cache_search_entries()


def _cache_search_entries() -> None:
    """Make Material's search index reuse the entries of a page whose HTML, address and table of contents are unchanged.

    A page it does index, it reads without the highlighting inside code blocks (see `unhighlighted`).
    """
    try:
        from material.plugins.search.plugin import SearchIndex
    except ImportError:
        return
    if hasattr(SearchIndex, "_docexec_original"):
        return
    original = SearchIndex.add_entry_from_context

    def add_entry_from_context(self: Any, page: Page) -> None:
        cache = _active
        if cache is None:
            return _index_unhighlighted(original, self, page)
        settings = {key: self.config.get(key) for key in ("lang", "separator", "pipeline", "fields")}
        path = cache.path("search", settings, page.url, page.title, page.meta.get("search"), page.meta.get("tags"),
                          page.meta.get("title"), _tokens(page.toc), page.content)
        if (stored := _load(path)) is not None:
            self.entries.extend(stored)
            return
        before = len(self.entries)
        _index_unhighlighted(original, self, page)
        _store(path, self.entries[before:])

    SearchIndex._docexec_original = original
    SearchIndex.add_entry_from_context = add_entry_from_context


_PRE = re.compile(r"<pre(?:\s[^>]*)?>.*?</pre>", re.DOTALL)
_HIGHLIGHTING = re.compile(r"</?span(?:\s[^<>]*)?>|<a(?:\s[^<>]*)?></a>")  # Pygments' token spans, empty line anchors


def unhighlighted(html: str) -> str:
    """`html` without the span tags and empty anchors inside its <pre> blocks: the same text, in far fewer tags.

    Pygments wraps every token of a code block in a span, most of a chapter's tags. Material's search
    parser keeps the text of a <pre> and drops those tags, so the entries it makes are the same either way
    (tests/test_site.py checks that on every chapter); it parses a chapter in about half the time.
    """
    return _PRE.sub(lambda block: block[0] if "data-search-exclude" in block[0] else _HIGHLIGHTING.sub("", block[0]), html)


def _index_unhighlighted(index: Callable[[Any, Page], None], search: Any, page: Page) -> None:
    """Have Material's `index` read `page` unhighlighted; the page keeps its HTML."""
    content = page.content
    page.content = unhighlighted(content) if content else content
    try:
        index(search, page)
    finally:
        page.content = content


def _tokens(toc: TableOfContents) -> list[dict[str, Any]]:
    """A table of contents as the tokens MkDocs builds it from."""

    def token(link: AnchorLink) -> dict[str, Any]:
        return {"name": link.title, "id": link.id, "level": link.level, "children": [token(child) for child in link.children]}

    return [token(link) for link in toc]


def _digest(*parts: Any) -> str:
    """A stable hash of JSON-able parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _load(path: Path) -> Any:
    """What was stored at `path`, or None."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _store(path: Path, value: Any) -> None:
    """Store a value atomically (a half-written entry would be read as missing anyway, but leave none)."""
    from docexec.store import write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(value, ensure_ascii=False))


class _WarningCounter(logging.Handler):
    """Counts the warnings MkDocs and its extensions log."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class _warnings:
    """A context that says whether anything logged a warning while it was open."""

    def __enter__(self) -> _WarningCounter:
        self.counter = _WarningCounter()
        logging.getLogger().addHandler(self.counter)
        logging.getLogger("mkdocs").addHandler(self.counter)
        return self.counter

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self.counter)
        logging.getLogger("mkdocs").removeHandler(self.counter)
