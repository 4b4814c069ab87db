"""MkDocs hook: while serving, re-capture edited snippets and rebuild the pages that show them; when built by
`python -m docexec build`, stop if its capture failed. A page is correct without it: the Markdown extension embeds."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

# MkDocs loads a hook by file path; make the package it belongs to importable without installing it. The imports
# below need this first, hence their `noqa: E402` (module level import not at top of file).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import jinja2  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import CombinedEvent, event_priority  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from docexec import config as settings  # noqa: E402
from docexec import (  # noqa: E402
    handoff,
    parse,  # noqa: E402
    store,
    watch,
)
from docexec.config import DEVICES  # noqa: E402
from docexec.discover import find_snippets  # noqa: E402


class State:
    """What the hook knows across the builds of one `mkdocs` command."""

    serving = False
    server: Any = None  # `mkdocs serve`'s live-reload server, once serving
    project: settings.Config
    page_html: str | None = None  # the page being indexed for search, as it is shown
    indexed_html: str | None = None  # and as the search index reads it


state = State()


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, the only command that re-captures snippets."""
    state.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """While serving, re-capture what changed since the last build."""
    state.project = settings.load(Path(config.config_file_path).parent)
    # A page that cannot be shown as written is a warning here: `--strict` counts it, and `mkdocs serve` survives it.
    config.mdx_configs.setdefault("docexec.extension", {})["problems"] = "warn"
    if not state.serving:
        return config
    snippets = find_snippets(state.project, problems={})
    if state.server is None:
        watch.recapture(state.project, snippets)
    else:
        state.server.unwatch(str(state.project.captures))  # this build shows what it writes: no second build for it
        try:
            watch.recapture(state.project, snippets)
        finally:
            state.server.watch(str(state.project.captures))
    return config


def on_env(env: Any, *, config: MkDocsConfig, files: Files) -> Any:
    """Every page is converted (each waited for its own snippets): before the notebooks are copied, the capture that
    `python -m docexec build` runs beside this build must have ended, and succeeded."""
    if not handoff.capture_succeeded():
        raise PluginError("the capture failed (see above), so the site is not built")
    if state.project.cache is None:
        return env
    # The theme's templates, compiled once and kept (Jinja checks each against its source): a fifth of a build.
    return env.overlay(bytecode_cache=jinja2.FileSystemBytecodeCache(str(_folder(state.project.cache / "jinja"))))


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


_PRE = re.compile(r"<pre\b.*?</pre>", re.S)
_HIGHLIGHTING = re.compile(r"</?span(?:\s[^<>]*)?>|<a(?:\s[^<>]*)?></a>")  # Pygments' token spans, empty line anchors
# What Material's search plugin removes from a page once it has indexed it (its `on_page_context`).
_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")


def unhighlighted(html: str) -> str:
    """`html` without the span tags and empty anchors inside its <pre> blocks: the same text, in far fewer tags.

    Pygments wraps every token of a code block in a span, most of a chapter's tags. Material's search parser keeps
    the text of a <pre> and drops those tags, so it makes the same entries either way (tests/test_site.py), in
    about half the time.
    """
    return _PRE.sub(lambda block: _HIGHLIGHTING.sub("", block[0]), html)


@event_priority(100)  # before the search plugin (priority 0) indexes the page
def _before_search(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """Give the search index the page unhighlighted."""
    state.page_html = page.content
    state.indexed_html = page.content = unhighlighted(page.content) if page.content else page.content
    return context


@event_priority(-100)  # after it
def _after_search(context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """Give the page back its highlighting, with whatever the search plugin took out of it taken out."""
    if state.page_html and page.content != state.indexed_html:  # the search plugin took its attributes out
        page.content = _SEARCH_ATTRIBUTES.sub("", state.page_html)
    else:
        page.content = state.page_html
    return context


on_page_context = CombinedEvent(_before_search, _after_search)


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    """Rebuild when a snippet or a capture changes (mkdocs.yml's `watch` says so for both engines; else, here)."""
    state.server = server
    watched = {os.path.abspath(path) for path in config.watch}
    for folder in (state.project.snippets, state.project.captures):
        if os.path.abspath(folder) not in watched:
            server.watch(str(folder))
    return server


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """In a `--dirty` rebuild, rebuild the pages whose snippets or captures changed after they were built.

    MkDocs rebuilds a page whose source is newer than its HTML; a page's snippets and captures are its sources
    too, so its HTML is dated back to when they last changed.
    """
    if not state.serving:
        return files
    md = parse.site_markdown(state.project.root)
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md") or file.abs_src_path is None or not os.path.isfile(file.abs_dest_path):
            continue  # no page built yet, or one generated with no source file: nothing to date back
        names = {embed.name for embed in parse.shown_embeds(md, Path(file.abs_src_path).read_text(encoding="utf-8"))}
        inputs = [state.project.snippets / name for name in names]
        inputs += [store.capture_path(state.project, device, name) for name in names for device in DEVICES]
        inputs.append(store.failures_path(state.project))
        newest = max((path.stat().st_mtime for path in inputs if path.exists()), default=0.0)
        if os.path.getmtime(file.abs_dest_path) < newest:
            os.utime(file.abs_dest_path, (0, 0))
    return files


def on_shutdown() -> None:
    """When serving ends, bring the notebooks up to date with what was captured meanwhile."""
    if state.serving:
        watch.refresh_notebooks(state.project)
