"""What every tool in the benchmark builds: the same snippets and chapter prose, and how one build is timed."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from docexec import config as settings
from docexec import parse
from docexec.discover import Snippet, find_snippets, parse_directives
from docexec.pages import GPU_CLAIM, Embed, gpu_claim

HOME = "index.md"
DRAWS = {"matplotlib", "torchviz"}  # imports that make a snippet draw a figure or a graph


@dataclass(frozen=True)
class Workload:
    """The chapters (all their prose) and the snippets every tool runs, in reading order; what is left out and why."""

    root: Path  # the repository they come from
    site: dict[str, Any]  # its mkdocs.yml
    chapters: tuple[str, ...]  # chapter pages below docs/, in the order of the site's navigation
    snippets: tuple[Snippet, ...]
    excluded: dict[str, str] = field(default_factory=dict)  # snippet name -> why no tool runs it

    @property
    def docs(self) -> Path:
        """The docs folder the chapters are read from."""
        folder: str = self.site.get("docs_dir", "docs")
        return self.root / folder

    @cached_property
    def names(self) -> set[str]:
        """The names of the snippets every tool runs."""
        return {snippet.name for snippet in self.snippets}

    @cached_property
    def _embeds(self) -> dict[str, list[Embed]]:
        """Each chapter's embeds of workload snippets."""
        return {
            chapter: [e for e in self.shown(self.markdown(chapter)) if e.name in self.names]
            for chapter in self.chapters
        }

    @property
    def edited(self) -> Snippet:
        """The snippet the "one edited" scenarios edit: the first that prints plainly
        (no error, no drawing, not folded)."""
        folded = {embed.name for chapter in self.chapters for embed in self.embeds(chapter) if embed.options}
        for snippet in self.snippets:
            if "cpu" not in snippet.raises and not snippet.imports & DRAWS and snippet.name not in folded:
                return snippet
        raise ValueError("the workload has no snippet that prints plainly, so none can be edited: choose more snippets")

    def raising(self) -> list[Snippet]:
        """The snippets that end with an error on the CPU, on purpose."""
        return [snippet for snippet in self.snippets if "cpu" in snippet.raises]

    def drawing(self) -> list[Snippet]:
        """The snippets that draw a matplotlib figure or a torchviz graph."""
        return [snippet for snippet in self.snippets if {name.split(".")[0] for name in snippet.imports} & DRAWS]

    def sources(self, edits: dict[str, str] | None = None) -> dict[str, str]:
        """Each snippet's text by name, with `edits` (name -> text) in place of the originals."""
        return {snippet.name: snippet.source for snippet in self.snippets} | (edits or {})

    def embeds(self, chapter: str) -> list[Embed]:
        """The embeds of a chapter that name a snippet of the workload."""
        return self._embeds[chapter]

    def chapter_of(self, name: str) -> str:
        """The chapter that embeds a snippet."""
        return next(chapter for chapter, embeds in self._embeds.items() if any(embed.name == name for embed in embeds))

    def shown(self, text: str) -> list[Embed]:
        """The embeds a page shows, as the site's own Markdown parse finds them (not those in comments or code)."""
        return parse.shown_embeds(self._md, text)

    @cached_property
    def _md(self) -> Any:
        """A Markdown converter with the site's extensions."""
        return parse.site_markdown(self.root)

    def markdown(self, chapter: str) -> str:
        """A page of the docs folder as written."""
        return (self.docs / chapter).read_text(encoding="utf-8")

    def chapter(self, chapter: str, replace: Callable[[Snippet, Embed], str], *, claims: bool = True) -> str:
        """A chapter whose embeds of workload snippets are replaced by `replace(snippet, embed)`, the others dropped;
        its `::gpu-claim` lines name only workload snippets (or go, for a tool that does not read them)."""
        lines = self.markdown(chapter).splitlines()
        by_name = {snippet.name: snippet for snippet in self.snippets}
        for embed in reversed(self.shown(self.markdown(chapter))):
            snippet = by_name.get(embed.name)
            lines[embed.lineno - 1 : embed.end_lineno] = [replace(snippet, embed)] if snippet else []
        for number, line in enumerate(lines):  # a claim about a snippet left out names only those kept
            if (claimed := gpu_claim(line)) is not None:
                kept = [name for name in claimed if name in by_name]
                lines[number] = " ".join([GPU_CLAIM, *kept]) if kept and claims else ""
        return "\n".join(lines) + "\n"


def select(root: Path, count: int | None = None, *, their_chapters_only: bool = False) -> Workload:
    """The first `count` snippets (all if None) that run on the CPU, in reading order, with all the chapters' prose
    (or, for a quick run, only the prose of the chapters that embed them)."""
    site = settings.mkdocs_settings(root)
    chapters = _chapters_in_nav(site.get("nav", []))
    docs = root / site.get("docs_dir", "docs")
    snippets = {snippet.name: snippet for snippet in find_snippets(settings.load(root))}
    md = parse.site_markdown(root)
    pages = [parse.shown_embeds(md, (docs / chapter).read_text(encoding="utf-8")) for chapter in chapters]
    order = list(dict.fromkeys(embed.name for embeds in pages for embed in embeds if embed.name in snippets))
    excluded = {name: "CUDA only" for name in order if "cpu" not in snippets[name].devices}
    runnable = [name for name in order if name not in excluded]
    chosen = runnable if count is None else runnable[:count]
    excluded |= {name: f"beyond the first {count}" for name in runnable[len(chosen) :]}
    if their_chapters_only:
        chapters = [
            chapter
            for chapter, embeds in zip(chapters, pages, strict=True)
            if any(embed.name in chosen for embed in embeds)
        ]
        site = {**site, "nav": _pruned(site.get("nav", []), {Path(chapter).stem for chapter in chapters})}
        # The home page and the chapters kept link to chapters left out: not what a smoke run is about.
        site["validation"] = {"links": {"not_found": "ignore", "anchors": "ignore"}}
    return Workload(root, site, tuple(chapters), tuple(snippets[name] for name in chosen), excluded)


def _pruned(nav: list[Any], stems: set[str]) -> list[Any]:
    """The navigation without the chapters
    (and their notebooks) whose file name is not in `stems`; the home page stays."""
    kept: list[Any] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            if children := _pruned(value, stems):
                kept.append({next(iter(item)): children} if isinstance(item, dict) else children)
        elif Path(value).name == HOME or Path(value).stem in stems:
            kept.append(item)
    return kept


def edit(snippet: Snippet, number: int) -> tuple[Snippet, str]:
    """The snippet with a print appended, and the text its output then shows (which its source does not contain)."""
    source = snippet.source.rstrip("\n") + f'\nprint("benchmark edit", sum([{number}, 1000]))\n'
    return parse_directives(snippet.name, snippet.path, source.encode()), f"benchmark edit {number + 1000}"


def _chapters_in_nav(nav: list[Any]) -> list[str]:
    """The chapters of the site's navigation, in order: its Markdown pages but the home page and those in a folder
    (the drift reports, which embed no snippet)."""
    pages: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, str):
            if item.endswith(".md") and item != HOME and "/" not in item:
                pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    return pages


def put(path: Path, text: str) -> None:
    """Write a file only if its text changes, as an editor saving one file would leave the others untouched."""
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def remove(*paths: Path) -> None:
    """Delete files and folders, if they exist."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def environment(root: Path, **extra: str) -> dict[str, str]:
    """What every tool runs under: this repository importable, GPU hidden, matplotlib headless, no MkDocs 2.0 notice."""
    return {
        **os.environ,
        "PYTHONPATH": str(root),
        "CUDA_VISIBLE_DEVICES": "",
        "MPLBACKEND": "Agg",
        "NO_MKDOCS_2_WARNING": "1",
        **extra,
    }


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    """Wall-clock seconds of a command; if it fails, raise with the end of what it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(
            f"`{' '.join(command)}` in {cwd} exited with {done.returncode}:\n{(done.stdout + done.stderr)[-3000:]}"
        )
    return seconds
