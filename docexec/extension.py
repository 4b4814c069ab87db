"""The Python-Markdown extension: each `::snippet NAME` line of a page becomes the snippet's code and captured outputs.

Any engine that runs Python-Markdown extensions runs it from `markdown_extensions` (MkDocs, Zensical), and
they give the same HTML: it reads snippets and captures only, imports no torch and runs nothing. It runs after
Python-Markdown has set aside fenced code, raw HTML and comments, so an embed line is only ever read where
Markdown itself would render it.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import posixpath
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.util import Registry

from docexec import config as settings
from docexec import drift, handoff, notebook, pages, pending, render, store
from docexec.codecache import CodeCache
from docexec.config import PREVIEW
from docexec.discover import Snippet, SnippetError, find_snippets, load_snippet
from docexec.pages import OUTPUTS, Embed, find_embeds

NEEDS = {  # what the Markdown an embed becomes is written in, and the extension that reads it
    "fenced_code_block": "pymdownx.superfences",
    "tabbed": "pymdownx.tabbed",
    "details": "pymdownx.details",
    "admonition": "admonition",
    "attr_list": "attr_list",
}
log = logging.getLogger("mkdocs.docexec")  # MkDocs counts warnings below its logger towards --strict


class EmbedError(Exception):
    """Embeds a page cannot show as written; the message names each page and line."""


class SnippetExtension(Extension):
    """Embed executed snippets from their baked captures."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "project": ["", "the folder of the project's pyproject.toml (default: found from the working directory)"]
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        """Read each page as written, then embed after fenced code, raw HTML and comments are set aside."""
        source = _Source(md)
        md.preprocessors.register(source, "docexec_source", 35)
        md.preprocessors.register(_Embeds(md, self.getConfig("project") or None, source), "docexec_embeds", 19)


def makeExtension(**kwargs: Any) -> SnippetExtension:
    """Entry point for Python-Markdown (`markdown_extensions: [docexec.extension]`)."""
    return SnippetExtension(**kwargs)


class _Source(Preprocessor):
    """Keeps the page's lines as written: what the engine passed, before any preprocessor changed them."""

    lines: list[str] = []

    def run(self, lines: list[str]) -> list[str]:
        self.lines = list(lines)
        return lines


class _Embeds(Preprocessor):
    """Replace embed lines with the Markdown of their snippets."""

    def __init__(self, md: Markdown, project: str | None, source: _Source) -> None:
        super().__init__(md)
        self.project = project
        self.source = source

    def run(self, lines: list[str]) -> list[str]:
        site = Site.load(Path(self.project) if self.project else None)
        page = pages.locate(site.docs, "\n".join(self.source.lines))
        embeds = find_embeds("\n".join(lines))
        if embeds or OUTPUTS in lines:
            self._check_extensions()
        places = _places(page, self.source.lines, [(embed.lineno, lines[embed.lineno - 1]) for embed in embeds])
        problems = site.unembedded_once()
        label = site.gpu_label()
        drawings = itertools.count(1)

        def ids() -> str:  # each drawing's id prefix, unique on the page
            return f"s{next(drawings)}-"

        replaced = []
        for embed, place in zip(embeds, places, strict=True):
            markdown, found = self._render(site, embed, ids, page[0] if page else "", label)
            problems += [f"{place}: {problem}" for problem in found]
            replaced.append((embed, markdown))
        out = list(lines)
        for embed, markdown in reversed(replaced):  # from the end, so that earlier line numbers stay true
            out[embed.lineno - 1 : embed.end_lineno] = markdown.split("\n")
        for number, line in enumerate(out):
            if line == drift.UNCHECKED and page is not None:
                out[number] = self._unchecked(site, page[0])
            if (names := pages.gpu_claim(line)) is not None:
                shown, claimed = self._gpu_claim(site, names)
                problems += [
                    f"{_places(page, self.source.lines, [(number + 1, line)])[0]}: {problem}" for problem in claimed
                ]
                out[number] = shown
        if OUTPUTS in out:  # about the page's examples; on a page that embeds none (the home page), about the site's
            examples = [snippet for embed in embeds if (snippet := site.snippet(embed.name)) is not None]
            everywhere = not embeds
            if everywhere:
                examples = find_snippets(site.config, problems={})
            for example in examples:
                handoff.wait_for_snippet(example.name)
            sentence = render.outputs_sentence(
                render.outputs(examples, site.read), "on this site" if everywhere else "on this page"
            )
            out = [f"{sentence}\n{{: .page-outputs }}" if line == OUTPUTS else line for line in out]
        if page is not None and out and out[0].startswith("# ") and (links := site.notebook_links(page[0])):
            out[1:1] = ["", links]
        _report(problems)
        return out

    def _render(self, site: Site, embed: Embed, ids: Callable[[], str], page: str, label: str) -> tuple[str, list[str]]:
        """One embed's Markdown, its fences already set aside as Markdown set aside the page's, and its problems."""
        snippet = site.snippet(embed.name)
        problem = (
            embed.problem
            or site.unreadable(embed.name)
            or (None if snippet else f"no snippet '{embed.name}' in {site.config.snippets.name}/")
        )
        if problem or snippet is None:
            return f'!!! failure "Broken snippet embed"\n    {problem}\n', [str(problem)]
        handoff.wait_for_snippet(snippet.name)  # `python -m docexec build` may be capturing it right now
        captures = {device: site.read(device, snippet.name) for device in ("cpu", "cuda")}
        changes = [
            (title, posixpath.relpath(where, posixpath.dirname(page) or "."))
            for title, where in drift.changes_for(site.config, snippet.name, snippet.sha256)
        ]
        rendered = render.embed(
            snippet,
            embed,
            captures,
            gpu_label=label,
            stash=self.md.htmlStash.store,
            ids=ids,
            code=lambda fence: self._highlighted(site, fence),
            failure=site.failure(snippet),
            changes=changes,
        )
        return rendered.markdown, rendered.problems

    def _unchecked(self, site: Site, page: str) -> str:
        """What a drift report's page says of the examples added or changed since the report:
        a notice, never a failure."""
        data = drift.report_of_page(site.config, page)
        names = drift.unchecked(site.config, data) if data is not None else []
        if not names:
            return ""
        version = data["torch"].split("+")[0] if data else ""
        log.info(
            f"{page}: examples changed since the torch {version} report: {len(names)}; "
            f"`nox -s drift -- {version}` checks them"
        )
        shown = ", ".join(f"`{name}`" for name in names[:10]) + (
            f" and {len(names) - 10} more" if len(names) > 10 else ""
        )
        since = (
            f"{len(names)} {'example was' if len(names) == 1 else 'examples were'} "
            "added or changed since this report was made, "
            f"so it says nothing about {'it' if len(names) == 1 else 'them'}: {shown}"
            if data and "sources" in data
            else "this report does not record which version of each example it compared, "
            f"so it vouches for none of the {len(names)} here now"
        )
        return f"**Not checked yet:** {since}. `nox -s drift -- {version}` brings it up to date.\n{{: .gpu-pending }}"

    def _gpu_claim(self, site: Site, names: list[str]) -> tuple[str, list[str]]:
        """What a `::gpu-claim` line shows (a note while a snippet it names awaits a GPU run), and its problems."""
        if not names:
            return "", [f"`{pages.GPU_CLAIM}` names no snippet: write `{pages.GPU_CLAIM} chapter/name.py ...`"]
        problems, waiting = [], []
        for name in names:
            snippet = site.snippet(name)
            if snippet is None:
                problems.append(f"`{pages.GPU_CLAIM}` names no snippet '{name}' in {site.config.snippets.name}/")
            elif "cuda" not in snippet.devices:
                problems.append(f"`{pages.GPU_CLAIM}` names '{name}', which does not run on CUDA")
            elif pending.pending(site.config, [snippet]):
                waiting.append(name)
        note = render.gpu_claim_note(waiting)
        return f"{note}\n{{: .gpu-pending }}" if note else "", problems

    def _highlighted(self, site: Site, fence: str) -> str:
        """A fenced block as the site's fenced-code extension leaves it (the HTML set aside, a placeholder line in its
        place), highlighted once and then reused from the cache while the block and the settings are the same."""
        stash = self.md.htmlStash
        if (kept := site.code.get(fence)) is None:
            first = stash.html_counter
            lines = self.md.preprocessors["fenced_code_block"].run(fence.split("\n"))
            blocks = stash.rawHtmlBlocks[first:]
            if not all(isinstance(block, str) for block in blocks):
                return "\n".join(lines)
            text = "\n".join(lines)
            for number in range(len(blocks)):
                text = text.replace(stash.get_placeholder(first + number), f"\x00{number}\x00")
            site.code.put(fence, {"text": text, "blocks": blocks})
            return "\n".join(lines)
        cached: str = kept["text"]
        for number, block in enumerate(kept["blocks"]):
            cached = cached.replace(f"\x00{number}\x00", stash.store(block))
        return cached

    def _check_extensions(self) -> None:
        """Say which Markdown extensions the embeds need, if the site does not load them."""
        registered: list[Registry[Any]] = [
            self.md.preprocessors,
            self.md.parser.blockprocessors,
            self.md.treeprocessors,
        ]
        missing = sorted({name for key, name in NEEDS.items() if not any(key in registry for registry in registered)})
        if missing:
            raise EmbedError(
                f"docexec's embeds need these Markdown extensions as well: {', '.join(missing)} "
                "(add them under `markdown_extensions`)"
            )


def _places(page: tuple[str, int] | None, source: list[str], embeds: list[tuple[int, str]]) -> list[str]:
    """'page.md:LINE' for each embed line, in order, found in the page as written.

    Markdown has folded each fenced block and HTML block into one line by now, so an embed line stands at its own
    line of the page or further down: each is the next line of the page that reads the same.
    """
    name, offset = page if page else ("a page", 0)
    written = [line.expandtabs(4).rstrip() for line in source]
    places, after = [], 0
    for lineno, line in embeds:
        wanted = line.expandtabs(4).rstrip()
        found = next(
            (number for number in range(max(after, lineno - 1), len(written)) if written[number] == wanted), None
        )
        if found is not None:
            after = found + 1
        places.append(f"{name}:{(found + 1 if found is not None else lineno) + offset}")
    return places


def _report(problems: list[str]) -> None:
    """Log each problem as a warning where the engine counts warnings against a strict build (MkDocs); else raise."""
    if not problems:
        return
    if "mkdocs.commands.build" in sys.modules or os.environ.get(PREVIEW):
        for problem in problems:
            log.warning(problem)
        return
    raise EmbedError("\n".join(problems))


@dataclass
class Site:
    """What every page of one build reads: the project's settings, its snippets, and the GPU to label tabs with."""

    config: settings.Config
    docs: Path
    edit_uri: str
    code: CodeCache
    _stamp: tuple[Any, ...] = ()
    _label: str = "CUDA"
    _checked: tuple[Any, ...] = ()
    _unreadable: dict[str, str] | None = None

    @classmethod
    def load(cls, root: Path | None) -> Site:
        """The project at `root` (found from the working directory if None), read once per process."""
        project = settings.load(root)
        key = (project.root, (project.root / "mkdocs.yml").stat().st_mtime_ns)  # read again when mkdocs.yml changes
        if (site := _SITES.get(key)) is None:
            mkdocs = settings.mkdocs_settings(project.root)
            engine = "mkdocs" if "mkdocs.commands.build" in sys.modules else "other"  # whose fenced-code settings apply
            code = CodeCache(project.cache, [engine, mkdocs.get("markdown_extensions")])
            site = cls(project, project.root / mkdocs.get("docs_dir", "docs"), mkdocs.get("edit_uri", "") or "", code)
            _SITES[key] = site
        return site

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
        """The CUDA tabs' label: the GPU most CUDA captures come from ("CUDA · NVIDIA H200"),
        recounted when they change."""
        folder = self.config.captures / "cuda"
        # A capture is written by a rename in its chapter's folder, which changes that folder's time.
        folders = (
            [folder, *(Path(entry.path) for entry in os.scandir(folder) if entry.is_dir())] if folder.is_dir() else []
        )
        stamp = tuple((str(path), path.stat().st_mtime_ns) for path in folders)
        if stamp != self._stamp:
            names = (
                Counter(
                    json.loads(path.read_text(encoding="utf-8"))["env"]["device_name"]
                    for path in folder.rglob("*.json")
                )
                if stamp
                else Counter()
            )
            self._label = f"CUDA · {names.most_common(1)[0][0]}" if names else "CUDA"
            self._stamp = stamp
        return self._label

    def failure(self, snippet: Snippet) -> str | None:
        """Why the last capture of this very source failed, while previewing (see docexec/watch.py)."""
        from docexec.watch import failure

        return failure(self.config, snippet)

    def notebook_links(self, page: str) -> str | None:
        """The paragraph under a chapter's title linking to its notebook, if it has one."""
        stem = Path(page).stem
        if not (self.docs / notebook.NOTEBOOKS / f"{stem}.ipynb").is_file():
            return None
        return notebook.chapter_links(stem, os.path.dirname(page), self.edit_uri)

    def unembedded_once(self) -> list[str]:
        """Snippets no page embeds, and snippet files that cannot be read:
        said once per state of the docs and snippets."""
        listing = sorted(path for path in [*self.docs.rglob("*.md"), *self.config.snippets.rglob("*.py")])
        stamp = tuple((str(path), path.stat().st_mtime) for path in listing)
        if stamp == self._checked:
            return []
        self._checked = stamp
        problems: dict[str, str] = {}
        snippets = find_snippets(self.config, problems=problems)
        embedded = {
            embed.name
            for path in listing
            if path.suffix == ".md"
            for embed in find_embeds(path.read_text(encoding="utf-8"))
        }
        found = [
            f"snippet '{s.name}' is not embedded in any page: add `{pages.embed_line(s.name)}` to a chapter, "
            "or delete it"
            for s in snippets
            if s.name not in embedded
        ]
        return found + [problem for name, problem in sorted(problems.items()) if name not in embedded]


_SITES: dict[tuple[Path, int], Site] = {}
