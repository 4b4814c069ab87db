"""The Python-Markdown extension: each `::snippet NAME` line of a page becomes the snippet's code and captured outputs.

Any engine that runs Python-Markdown extensions runs it from `markdown_extensions` (MkDocs, Zensical), and they give
the same HTML: it reads snippets and captures only, imports no torch and runs nothing. It runs after Python-Markdown
has set aside fenced code, raw HTML and comments, so an embed line is only ever read where Markdown itself would render
it; a directive line Markdown would show as text (indented into a list, an admonition or a tab) is a problem, never a
raw line in silence. What the whole site decides (which page this is, what no page embeds, the GPU label) comes from
`docexec.sitewide`, worked out once per state of the docs and captures.

Options (`markdown_extensions: [{docexec.extension: {...}}]`):

- `project`: the folder of the project's pyproject.toml (default: found from the working directory);
- `problems`: `fail` raises on a page that cannot be shown as written, naming each page and line (what a build with
  Zensical, which runs no hooks, needs); `warn` logs a warning instead, which `mkdocs build --strict` counts and
  `mkdocs serve` survives. The MkDocs hook sets `warn`, and so does `DOCEXEC_PROBLEMS=warn` in the environment
  (what `docexec serve --engine zensical` sets); the default is `fail`.
"""

from __future__ import annotations

import itertools
import logging
import os
import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import Registry

from docexec import drift, handoff, pages, parse, pending, render
from docexec.config import PROBLEMS
from docexec.pages import OUTPUTS, Embed, find_embeds
from docexec.parse import EMBEDS
from docexec.sitewide import Site

NEEDS = {  # what the Markdown an embed becomes is written in, and the extension that reads it
    "fenced_code_block": "pymdownx.superfences",
    "tabbed": "pymdownx.tabbed",
    "details": "pymdownx.details",
    "admonition": "admonition",
    "attr_list": "attr_list",
}
# A directive line that Markdown would show as text: indented into a list item, an admonition or a content tab.
STRAY = re.compile(r"^[ \t]*(::(?:snippet|gpu-claim|outputs|drift-unchecked)\b.*)$", re.MULTILINE)
log = logging.getLogger("mkdocs.docexec")  # MkDocs counts warnings below its logger towards --strict


class EmbedError(Exception):
    """Embeds a page cannot show as written; the message names each page and line."""


class SnippetExtension(Extension):
    """Embed executed snippets from their baked captures."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "project": ["", "the folder of the project's pyproject.toml (default: found from the working directory)"],
            "problems": [os.environ.get(PROBLEMS, "fail"), "fail: raise on a page that cannot be shown; warn: log it"],
        }
        super().__init__(**kwargs)
        self.source: list[str] = []  # the page being converted, as written: per page, cleared by reset()
        self.page: tuple[str, int] | None = None  # which page it is, and the lines of front matter taken off it

    def extendMarkdown(self, md: Markdown) -> None:
        """Read each page as written, embed after fenced code, raw HTML and comments are set aside, then check that
        no directive line was left to show as text."""
        md.registerExtension(self)
        md.preprocessors.register(_Source(md, self), "docexec_source", 35)
        md.preprocessors.register(_Embeds(md, self), EMBEDS, 19)
        md.treeprocessors.register(_Stray(md, self), "docexec_stray", 25)  # before inline: the text as written

    def reset(self) -> None:
        """Forget the page just converted (Python-Markdown calls this between pages)."""
        self.source, self.page = [], None

    @property
    def site(self) -> Site:
        """The project this extension embeds from."""
        project = self.getConfig("project")
        return Site.load(Path(project) if project else None)

    def placer(self, parsed: list[str]) -> Callable[[int], str]:
        """'page.md:LINE' for a line number of `parsed` (the lines as the preprocessors left them), in the page as
        written; the two are aligned on the first call, which only a problem makes."""
        name, offset = self.page if self.page else ("a page", 0)
        where: dict[int, int] = {}

        def place(number: int) -> str:
            if not where:
                where.update(parse.line_map(self.source, parsed))
            return f"{name}:{where.get(number - 1, number - 1) + 1 + offset}"

        return place

    def stray_places(self, texts: list[str]) -> list[str]:
        """'page.md:LINE' for each directive line Markdown shows as text, in order: the next line of the page that
        ends with it, preferring one that does not start with it (indented, quoted, in HTML)."""
        name, offset = self.page if self.page else ("a page", 0)
        written = [line.expandtabs(4).rstrip() for line in self.source]
        found, after = [], 0
        for text in texts:
            wanted = text.strip()
            ends = [n for n in range(after, len(written)) if written[n].endswith(wanted)]
            number = next((n for n in ends if written[n] != wanted), ends[0] if ends else None)
            after = number + 1 if number is not None else after
            found.append(f"{name}:{(number if number is not None else 0) + 1 + offset}")
        return found

    def report(self, problems: list[str]) -> None:
        """Raise, or log each problem as a warning, as the `problems` option says."""
        if not problems:
            return
        if self.getConfig("problems") == "warn":
            for problem in problems:
                log.warning(problem)
            return
        raise EmbedError("\n".join(problems))


def makeExtension(**kwargs: Any) -> SnippetExtension:
    """Entry point for Python-Markdown (`markdown_extensions: [docexec.extension]`)."""
    return SnippetExtension(**kwargs)


class _Source(Preprocessor):
    """Keeps the page's lines as written, and which page they are."""

    def __init__(self, md: Markdown, extension: SnippetExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        site = self.extension.site
        site.refresh()
        self.extension.source = list(lines)
        self.extension.page = site.page("\n".join(lines))
        return lines


class _Embeds(Preprocessor):
    """Replace embed lines, and the page's other directive lines, with what they stand for."""

    def __init__(self, md: Markdown, extension: SnippetExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        extension, site = self.extension, self.extension.site
        page = extension.page[0] if extension.page else ""
        embeds = find_embeds("\n".join(lines))
        if embeds or OUTPUTS in lines:
            self._check_extensions()
        problems = site.unembedded()
        label = site.gpu_label()
        drawings = itertools.count(1)

        def ids() -> str:  # each drawing's id prefix, unique on the page
            return f"s{next(drawings)}-"

        out = list(lines)
        replaced = []
        place = extension.placer(lines)
        for embed in embeds:
            markdown, found = self._render(site, embed, ids, page, label)
            problems += [f"{place(embed.lineno)}: {problem}" for problem in found]
            replaced.append((embed, markdown))
        for number, line in enumerate(lines):  # one line for one line: the embeds' line numbers stay true
            if line == drift.UNCHECKED:
                out[number] = self._unchecked(site, page)
            elif (names := pages.gpu_claim(line)) is not None:
                shown, claimed = self._gpu_claim(site, names)
                problems += [f"{place(number + 1)}: {problem}" for problem in claimed]
                out[number] = shown
        for embed, markdown in reversed(replaced):  # from the end, so that earlier line numbers stay true
            out[embed.lineno - 1 : embed.end_lineno] = markdown.split("\n")
        if OUTPUTS in out:  # about the page's examples; on a page that embeds none (the home page), about the site's
            everywhere = not embeds
            names = (
                [embed.name for shown in site.embedded().values() for embed in shown]
                if everywhere
                else [embed.name for embed in embeds]
            )
            examples = [snippet for name in dict.fromkeys(names) if (snippet := site.snippet(name)) is not None]
            for example in examples:
                handoff.wait_for_snippet(example.name)
            sentence = render.outputs_sentence(
                render.outputs(examples, site.read), "on this site" if everywhere else "on this page"
            )
            out = [f"{sentence}\n{{: .page-outputs }}" if line == OUTPUTS else line for line in out]
        if page and out and out[0].startswith("# ") and (links := site.notebook_links(page)):
            out[1:1] = ["", links]
        extension.report(problems)
        return out

    def _render(self, site: Site, embed: Embed, ids: Callable[[], str], page: str, label: str) -> tuple[str, list[str]]:
        """One embed's Markdown, its code already set aside as HTML, and its problems."""
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
            (title, posixpath.relpath(where, posixpath.dirname(page) or ".")) for title, where in site.changes(snippet)
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

    def _highlighted(self, site: Site, fence: str) -> str:
        """A fenced block as the page shows it: its HTML from the cache, set aside with the public `htmlStash.store`;
        or, with line numbers or anchors on, the block as the page's own fenced-code extension leaves it."""
        if site.code.enabled:
            return f"\n{self.md.htmlStash.store(site.code.html(fence))}\n"
        return "\n".join(self.md.preprocessors["fenced_code_block"].run(fence.split("\n")))

    def _unchecked(self, site: Site, page: str) -> str:
        """What a drift report's page says of the examples added or changed since the report: a notice, never a
        failure."""
        data = drift.report_of_page(site.config, page)
        names = drift.unchecked(site.config, data) if data is not None else []
        if data is None or not names:
            return ""
        version = data["torch"].split("+")[0]
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
            if "sources" in data
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


class _Stray(Treeprocessor):
    """Fail on a directive line that Markdown is about to show as text: indented into a list item, an admonition or a
    content tab, it is no directive (an embed line starts at the beginning of a line, as in the notebooks)."""

    def __init__(self, md: Markdown, extension: SnippetExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        strays = [match[1] for text in _texts(root) for match in STRAY.finditer(text)]
        problems = [
            f"{place}: `{stray.strip()}` would show as text: a directive line starts at the beginning of a line, "
            "outside lists, admonitions, tabs, quotes and HTML"
            for stray, place in zip(strays, self.extension.stray_places(strays), strict=True)
        ]
        self.extension.report(problems)


def _texts(element: etree.Element) -> list[str]:
    """The text of an element and what follows it, as Markdown shows it as text: code left out."""
    inside = [] if element.tag in ("pre", "code") else [element.text or "", *(t for c in element for t in _texts(c))]
    return [*inside, element.tail or ""]
