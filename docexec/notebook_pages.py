"""Convert the notebooks to pages in other processes while MkDocs builds the chapters, into mkdocs-jupyter's own cache.

mkdocs-jupyter converts a notebook (nbconvert: one to two seconds each) when MkDocs reaches its page, one after
another in the MkDocs process. Here they are converted in processes forked from MkDocs, warmed while the capture
runs, while MkDocs reads and builds the other pages; each notebook page takes its title and contents when MkDocs
reads it, and its HTML just before its template. The result goes into mkdocs-jupyter's cache under the key
mkdocs-jupyter gives it, for the next build, and the page is the one mkdocs-jupyter makes.
Where mkdocs-jupyter's cache is off, or its internals are not the ones this was written against, nothing is
done here and mkdocs-jupyter converts as it always does.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.hooks.docexec")
PLUGIN = "mkdocs-jupyter"
OPTIONS = (  # what mkdocs-jupyter passes to its converter, beside the notebook's path
    "kernel_name", "theme", "allow_errors", "show_input", "no_input", "no_prompt", "remove_tag_config",
    "highlight_extra_classes", "include_requirejs", "custom_mathjax_url",
)


class Converter:
    """Notebooks converted ahead of their pages, in a pool of processes started on first need."""

    def __init__(self, config: MkDocsConfig) -> None:
        self.plugin = _usable_plugin(config)
        self.pool: ProcessPoolExecutor | None = None
        self.pending: dict[str, Conversion] = {}  # notebook -> its conversions under way
        self.workers = os.cpu_count() or 1
        self.unfilled: dict[str, Callable[[], None]] = {}  # notebook -> what puts its HTML in place

    def warm(self) -> None:
        """Start the converting processes now, each converting a tiny notebook, so that the first real one is quick.

        Each: the next notebook goes to whichever is free. Meanwhile the capture's worker is importing torch
        on one core, and MkDocs waits for the capture, so the warm-up costs the capture little.
        """
        if self.plugin is None:
            return
        pool = self._pool()
        for _ in range(self.workers):  # one each: a process busy warming leaves the next to the others
            pool.submit(_warm, self._options())

    def notebooks(self, files: Files) -> list[str]:
        """The notebooks among `files` that mkdocs-jupyter renders as pages."""
        if self.plugin is None:
            return []
        return [file.abs_src_path for file in files.documentation_pages() if file.abs_src_path and self.plugin.should_include(file)]

    def start(self, files: Files, *, dirty: bool = False) -> None:
        """Convert every notebook page that mkdocs-jupyter would have to convert itself (in a dirty build, if rebuilt)."""
        notebooks = self.notebooks(files)
        if dirty:
            self._keep_cached(notebooks)
            rebuilt = {file.abs_src_path for file in files.documentation_pages() if file.is_modified()}
            notebooks = [path for path in notebooks if path in rebuilt]
        for path in notebooks:
            if (cache_path := self._cache_path(path)).exists():
                continue
            pool = self._pool()  # its page and its table of contents side by side, each a notebook conversion
            toc = pool.submit(_toc, path, self.plugin.config["toc_depth"])  # type: ignore[union-attr]
            self.pending[path] = Conversion(pool.submit(_page, path, self._options()), toc, cache_path)

    def notebooks_last(self, files: Files) -> Files:
        """The files with the notebook pages last, so that MkDocs reads every other page while the notebooks convert."""
        notebooks = set(self.notebooks(files))
        if not notebooks:
            return files
        return Files([file for file in files if file.abs_src_path not in notebooks] + [file for file in files if file.abs_src_path in notebooks])

    def defer_render(self, page: Page) -> None:
        """Render a notebook page converted here: its title and contents now, its HTML only when its template needs it.

        MkDocs reads every page, then puts each in its template, in the same order, notebooks last: so the
        other pages' templates are done while the notebooks' HTML is still being converted.
        """
        path = page.file.abs_src_path or ""
        conversion = self.pending.pop(path, None)
        if conversion is None:
            return
        render = page.render  # mkdocs-jupyter's, used if a conversion here failed

        def render_contents_first(config: MkDocsConfig, files: Files) -> None:
            try:
                toc_tokens, title = conversion.toc.result()
            except Exception as error:  # noqa: BLE001 - mkdocs-jupyter converts it itself, and reports what fails
                log.debug(f"converting {page.file.src_path} ahead failed: {error}")
                render(config, files)
                return
            page.toc = get_toc(toc_tokens)  # as mkdocs-jupyter sets them
            if title is not None and not self.plugin.config["ignore_h1_titles"]:  # type: ignore[union-attr]
                page.title = title  # type: ignore[misc]
            page.content = ""
            self.unfilled[path] = lambda: _fill(page, conversion, toc_tokens, title, lambda: render(config, files))

        page.render = render_contents_first  # type: ignore[method-assign]

    def fill(self, page: Page) -> None:
        """Put a deferred notebook page's HTML in place, just before its template (on_page_context)."""
        if (filling := self.unfilled.pop(page.file.abs_src_path or "", None)) is not None:
            filling()

    def close(self) -> None:
        """Stop the converting processes."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        self.pending.clear()
        self.unfilled.clear()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # Forked, the processes start with nbconvert imported (mkdocs-jupyter imported it). Not where MkDocs runs
            # threads (serve's server), which a forked child could inherit holding a lock: there they start afresh.
            method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method))
        return self.pool

    def _keep_cached(self, notebooks: list[str]) -> None:
        """Keep mkdocs-jupyter from evicting, after a dirty build, the cached pages of the notebooks it did not rebuild.

        It evicts every entry that the build did not use, and a dirty build uses only the rebuilt pages' entries:
        after a `serve --dirty` session the next build would convert every notebook again.
        """
        used = getattr(self.plugin, "_used_cache_paths", None)
        if isinstance(used, set):
            used.update(self._cache_path(path) for path in notebooks)

    def _options(self) -> dict[str, Any]:
        return {key: self.plugin.config[key] for key in OPTIONS}  # type: ignore[union-attr]

    def _cache_path(self, path: str) -> Path:
        from mkdocs_jupyter import plugin

        config = self.plugin.config  # type: ignore[union-attr]
        return Path(plugin._get_cache_path(config["cache_dir"], plugin._compute_cache_key(path, config, False)))  # as it keys it


@dataclass(frozen=True)
class Conversion:
    """A notebook's conversions under way, and where mkdocs-jupyter keeps their result."""

    html: Future[str]
    toc: Future[tuple[list[Any], str | None]]
    cache_path: Path


def _fill(page: Page, conversion: Conversion, toc_tokens: list[Any], title: str | None, fallback: Callable[[], None]) -> None:
    """Put a notebook page's converted HTML in place, and keep it for the next build; or let mkdocs-jupyter convert it."""
    try:
        page.content = conversion.html.result()
    except Exception as error:  # noqa: BLE001 - mkdocs-jupyter converts it itself, and reports what fails
        log.debug(f"converting {page.file.src_path} ahead failed: {error}")
        fallback()
        return
    _store(conversion.cache_path, page.content, toc_tokens, title)


def _usable_plugin(config: MkDocsConfig) -> Any:
    """mkdocs-jupyter's plugin, if it renders notebooks without running them, caches pages, and has the cache's parts."""
    found = config.plugins.get(PLUGIN)
    if found is None or not found.config.get("cache") or found.config.get("execute"):
        return None
    try:
        from mkdocs_jupyter import plugin
    except ImportError:
        return None
    needed = ("_compute_cache_key", "_get_cache_path", "_get_nb_toc_tokens")
    if not all(hasattr(plugin, name) for name in needed) or not all(key in found.config for key in (*OPTIONS, "toc_depth", "cache_dir", "ignore_h1_titles")):
        return None
    return found


TINY = {  # a notebook with a cell of each kind the chapters have: converting it compiles the templates
    "cells": [
        {"cell_type": "markdown", "id": "m", "metadata": {}, "source": "# Title\n\nProse with `code` and a [link](#title)."},
        {"cell_type": "code", "id": "c", "metadata": {}, "execution_count": 1, "source": "print(1)",
         "outputs": [{"output_type": "stream", "name": "stdout", "text": "1\n"}]},
    ],
    "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5,
}


class _Compiled(jinja2.BytecodeCache):
    """Templates compiled once per converting process: nbconvert compiles its 15 anew for every notebook (0.13 s a page)."""

    def __init__(self) -> None:
        self.code: dict[str, tuple[str, Any]] = {}  # template key -> the checksum of its source, and its code

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        stored = self.code.get(bucket.key)
        if stored is not None and stored[0] == bucket.checksum:
            bucket.code = stored[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = (bucket.checksum, bucket.code)


def _compile_templates_once() -> None:
    """Give every template environment nbconvert makes in this (converting) process one cache of compiled templates."""
    from nbconvert.exporters.templateexporter import TemplateExporter

    create = TemplateExporter._create_environment
    if getattr(create, "compiled", None) is not None:
        return
    compiled = _Compiled()

    def create_environment(self: Any) -> jinja2.Environment:
        environment = create(self)
        environment.bytecode_cache = compiled
        return environment

    create_environment.compiled = compiled  # type: ignore[attr-defined]
    TemplateExporter._create_environment = create_environment


def _warm(options: dict[str, Any]) -> None:
    """Convert a tiny notebook, so the converter's templates are ready (in a converting process)."""
    from mkdocs_jupyter import convert

    _compile_templates_once()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "warm.ipynb")
        path.write_text(json.dumps(TINY), encoding="utf-8")
        convert.nb2html(str(path), execute=False, **options)


def _page(path: str, options: dict[str, Any]) -> str:
    """A notebook's page HTML, as mkdocs-jupyter converts it on a cache miss (in a converting process)."""
    from mkdocs_jupyter import convert

    _compile_templates_once()
    return convert.nb2html(path, execute=False, **options)


def _toc(path: str, toc_depth: int) -> tuple[list[Any], str | None]:
    """A notebook's table of contents and title, as mkdocs-jupyter finds them (in a converting process)."""
    from mkdocs_jupyter import plugin

    _compile_templates_once()
    return plugin._get_nb_toc_tokens(path, toc_depth)


def _store(cache_path: Path, body: str, toc_tokens: list[Any], title: str | None) -> None:
    """Keep a converted page where, and as, mkdocs-jupyter keeps it."""
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    partial = cache_path.with_name(f".{cache_path.name}.{os.getpid()}")
    partial.write_text(json.dumps({"content": body, "toc_tokens": toc_tokens, "title": title}), encoding="utf-8")
    os.replace(partial, cache_path)  # whole or not at all: mkdocs-jupyter never reads half an entry
