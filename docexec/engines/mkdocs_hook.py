"""MkDocs hook: while serving, re-capture edited snippets and rebuild the pages that show them; when built by
`python -m docexec build`, stop if its capture failed. A page is correct without it: the Markdown extension embeds."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

# MkDocs loads a hook by file path; make the package it belongs to importable without installing it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import jinja2  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402

from docexec import config as settings  # noqa: E402
from docexec import handoff, store, watch  # noqa: E402
from docexec.config import DEVICES  # noqa: E402
from docexec.discover import find_snippets  # noqa: E402
from docexec.pages import find_embeds  # noqa: E402


class State:
    """What the hook knows across the builds of one `mkdocs` command."""

    serving = False
    server: Any = None  # `mkdocs serve`'s live-reload server, once serving
    project: settings.Config


state = State()


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, the only command that re-captures snippets."""
    state.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """While serving, re-capture what changed since the last build."""
    state.project = settings.load(Path(config.config_file_path).parent)
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
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md") or not os.path.isfile(file.abs_dest_path):
            continue
        names = {embed.name for embed in find_embeds(Path(file.abs_src_path).read_text(encoding="utf-8"))}
        inputs = [state.project.snippets / name for name in names]
        inputs += [store.capture_path(state.project, device, name) for name in names for device in DEVICES]
        inputs.append(watch.failures_path(state.project))
        newest = max((path.stat().st_mtime for path in inputs if path.exists()), default=0.0)
        if os.path.getmtime(file.abs_dest_path) < newest:
            os.utime(file.abs_dest_path, (0, 0))
    return files


def on_shutdown() -> None:
    """When serving ends, bring the notebooks up to date with what was captured meanwhile."""
    if state.serving:
        watch.refresh_notebooks(state.project)
