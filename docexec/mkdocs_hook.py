"""MkDocs hook: embed snippets from their baked captures. It reads files only: no torch, no execution."""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# MkDocs loads a hook by file path; make the package beside it importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from docexec import config as settings  # noqa: E402
from docexec import buildcache, handoff, notebook, preview, render, store  # noqa: E402
from docexec.notebook_pages import Converter  # noqa: E402
from docexec.config import DEVICES  # noqa: E402
from docexec.discover import Snippet, find_snippets  # noqa: E402
from docexec.pages import embed_line, find_embeds  # noqa: E402

log = logging.getLogger("mkdocs.hooks.docexec")


class State:
    """What the hook knows during one build."""

    command = "build"
    project: settings.Config
    snippets: dict[str, Snippet]
    embedded: set[str]
    failures: dict[str, str]  # snippet name -> why its capture failed, while serving
    unreadable: dict[str, str]  # snippet name -> why its file cannot be read as a snippet
    outputs: dict[str, str]  # of the page being converted
    drawings: dict[str, dict[str, str]]  # page -> its graphs and figures, kept until its HTML is final
    gpu_label = "CUDA"
    dirty = False  # `mkdocs serve --dirty`: only pages whose inputs changed are rebuilt
    cache: buildcache.Cache | None = None
    server: Any = None  # `mkdocs serve`'s live-reload server, once serving
    converter: Converter | None = None  # of notebooks to pages, ahead of MkDocs reaching them


state = State()


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve` (the only case where snippets may be re-captured), and whether dirty."""
    state.command = command
    state.dirty = dirty


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Index the snippets and find the GPU name to label CUDA tabs with."""
    _stop_converting()
    state.converter = Converter(config)
    if not handoff.wait_for_capture(on_working=state.converter.warm):
        raise PluginError("the capture failed (see above), so the site is not built")
    state.project = settings.load(Path(config.config_file_path).parent)
    unreadable: dict[str, str] = {}
    state.snippets = {snippet.name: snippet for snippet in find_snippets(state.project, problems=unreadable)}
    for problem in unreadable.values():
        log.warning(problem)
    state.unreadable = unreadable
    state.failures = {}
    if state.command == "serve":
        with preview.unwatched(state.server, state.project.captures):  # this build shows them: no second one for them
            state.failures = preview.recapture(state.project, list(state.snippets.values()))
    state.embedded = set()
    state.outputs, state.drawings = {}, {}
    names = Counter(
        capture["env"]["device_name"]
        for snippet in state.snippets.values()
        if (capture := store.read(state.project, "cuda", snippet.name))
    )
    state.gpu_label = f"CUDA · {names.most_common(1)[0][0]}" if names else "CUDA"
    return config


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    """Rebuild when a snippet or a capture changes."""
    state.server = server
    preview.poll_often(server)
    preview.list_theme_once(server, config.theme.dirs)
    server.watch(str(state.project.snippets))
    server.watch(str(state.project.captures))
    return server


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Publish each snippet file, so a reader can download exactly what was run."""
    for snippet in state.snippets.values():
        files.append(File.generated(config, f"snippets/{snippet.name}", abs_src_path=str(snippet.path)))
    state.cache = buildcache.Cache(state.project.build_cache, config, files) if state.project.build_cache else None
    buildcache.activate(state.cache)
    if state.dirty:
        for file in files.documentation_pages():
            if file.src_uri.endswith(".md"):
                _modified_with_its_snippets(file)
    if state.converter is not None:
        state.converter.start(files, dirty=state.dirty)
        files = state.converter.notebooks_last(files)
    return files


def _modified_with_its_snippets(file: File) -> None:
    """In a dirty rebuild, count a page as modified when a snippet it embeds, or a capture of one, changed after it was built."""
    names = {embed.name for embed in find_embeds(Path(file.abs_src_path).read_text(encoding="utf-8"))}
    inputs = [state.project.snippets / name for name in names]
    inputs += [store.capture_path(state.project, device, name) for name in names for device in DEVICES]
    newest = max((path.stat().st_mtime for path in inputs if path.exists()), default=0.0)
    by_source = file.is_modified

    def is_modified() -> bool:
        return by_source() or not os.path.isfile(file.abs_dest_path) or os.path.getmtime(file.abs_dest_path) < newest

    file.is_modified = is_modified  # type: ignore[method-assign]


def on_pre_page(page: Page, *, config: MkDocsConfig, files: Files) -> Page:
    """A notebook page being converted here is rendered from that conversion (after mkdocs-jupyter's own step)."""
    if state.converter is not None:
        state.converter.defer_render(page)
    return page


def on_page_context(context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
    """A notebook page's HTML, converted while MkDocs built the other pages, goes in just before its template."""
    if state.converter is not None:
        state.converter.fill(page)
    return context


def on_env(env: Any, *, config: MkDocsConfig, files: Files) -> Any:
    """Keep the theme's templates compiled between builds."""
    return state.cache.templates(env) if state.cache is not None else env


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Replace each `::snippet NAME` line with the snippet's code and captured output."""
    if not page.file.src_uri.endswith(".md"):  # a notebook, which mkdocs-jupyter renders from the .ipynb itself
        page.edit_url = notebook.chapter_edit_url(page.edit_url)
        page.meta["search"] = {"exclude": True}  # its text is its chapter's: one search hit, not two
        return markdown
    lines = markdown.splitlines()
    page_dir = os.path.dirname(page.file.src_uri)
    embeds = find_embeds(markdown)
    times: Counter[str] = Counter()
    scopes = []  # a snippet embedded again on the page gets its drawings' ids prefixed, so no id repeats
    for embed in embeds:
        times[embed.name] += 1
        scopes.append(f"e{times[embed.name]}" if times[embed.name] > 1 else "")
    for embed, scope in reversed(list(zip(embeds, scopes))):
        where = f"{page.file.src_path}:{embed.lineno}"
        snippet = state.snippets.get(embed.name)
        problem = embed.problem or state.unreadable.get(embed.name) or (None if snippet else f"no snippet '{embed.name}' in {state.project.snippets.name}/")
        if problem or snippet is None:
            log.warning(f"{where}: {problem}")
            lines[embed.lineno - 1 : embed.end_lineno] = [f'!!! failure "Broken snippet embed"\n    {where}: {problem}']
            continue
        state.embedded.add(snippet.name)
        captures = {device: store.read(state.project, device, snippet.name) for device in ("cpu", "cuda")}
        key = f"l{embed.lineno}"
        rendered = render.embed(
            snippet, embed, captures, page_dir=page_dir, gpu_label=state.gpu_label, key=key,
            failure=state.failures.get(snippet.name), scope=scope,
        )
        for problem in rendered.problems:
            log.warning(f"{where}: {problem}")
        state.outputs.update(rendered.outputs)
        state.drawings.setdefault(page.file.src_uri, {}).update(rendered.drawings)
        lines[embed.lineno - 1 : embed.end_lineno] = [rendered.markdown]
    stem = os.path.splitext(os.path.basename(page.file.src_uri))[0]
    if (chapter_notebook := files.get_file_from_path(f"{notebook.NOTEBOOKS}/{stem}.ipynb")) and lines and lines[0].startswith("# "):
        lines.insert(1, "\n" + notebook.chapter_links(stem, page.url, chapter_notebook.dest_uri, page.edit_url) + "\n")
    if state.cache is not None:
        page.render = buildcache.cached_render(state.cache, page)  # type: ignore[method-assign]
    return "\n".join(lines)


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the captured outputs in place, as HTML that Markdown never saw."""
    html = render.put_outputs(html, state.outputs)
    state.outputs = {}
    return html


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """Put graphs and figures in place only now, after search indexing: their SVG text is not prose."""
    return render.put_drawings(output, state.drawings.pop(page.file.src_uri, {}))


def on_post_build(*, config: MkDocsConfig) -> None:
    """Fail a strict build when a snippet is embedded by no page: a reader could never see it."""
    _stop_converting()
    if state.command == "serve":
        return  # a dirty rebuild sees only some pages
    if state.cache is not None:
        state.cache.evict()
    for name in sorted(set(state.snippets) - state.embedded):
        log.warning(f"snippet '{name}' is not embedded in any page: add `{embed_line(name)}` to a chapter, or delete it")


def on_build_error(*, error: Exception) -> None:
    """Stop converting notebooks for a build that failed."""
    _stop_converting()


def _stop_converting() -> None:
    if state.converter is not None:
        state.converter.close()
        state.converter = None


def on_shutdown() -> None:
    """When serving ends, bring the notebooks up to date with what was captured meanwhile."""
    _stop_converting()
    if state.command == "serve":
        preview.refresh_notebooks(state.project)
