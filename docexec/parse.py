"""The site's own Markdown parse, outside a build: which embeds a page shows, as the page's rendering decides.

The extension reads embed lines after Python-Markdown has set aside fenced code, raw HTML and comments. Everything
else that asks which snippets a page embeds (the "not embedded anywhere" check, the notebooks, the output counts,
the drift report's chapters) runs the same preprocessors on the page, from mkdocs.yml's `markdown_extensions`, and
stops where the extension would start: so a line in a comment or in code counts nowhere, as it shows nowhere.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from docexec import config as settings
from docexec.pages import Embed, find_embeds

EXTENSION = "docexec.extension"
EMBEDS = "docexec_embeds"  # the name the extension's embedding preprocessor is registered under
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)  # as MkDocs and Zensical strip it


def markdown_extensions(root: Path, *, embeds: bool = True) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """mkdocs.yml's Markdown extensions and their settings (docexec's told where the project is, or left out)."""
    names: list[str] = []
    configs: dict[str, dict[str, Any]] = {}
    for item in settings.mkdocs_settings(root).get("markdown_extensions", []):
        name, config = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name == EXTENSION:
            if not embeds:
                continue
            config = {**(config or {}), "project": str(root)}
        names.append(name)
        configs[name] = dict(config or {})
    return names, configs


def site_markdown(root: Path, *, embeds: bool = True) -> Any:
    """A Markdown converter with the site's extensions: the docs tools (Python-Markdown, pymdownx) must be installed."""
    import markdown  # the docs tools: a capture on a bare GPU machine never gets here

    names, configs = markdown_extensions(root, embeds=embeds)
    return markdown.Markdown(extensions=names, extension_configs=configs)


def shown_embeds(md: Any, text: str) -> list[Embed]:
    """The embeds of a page that its rendering shows, with their line numbers in the page as written."""
    source = text.replace("\r\n", "\n")
    offset = 0
    if front := FRONT_MATTER.match(source):
        offset, source = front[0].count("\n"), source[front.end() :]
    md.reset()
    lines = source.split("\n")
    for index in range(md.preprocessors.get_index_for_name(EMBEDS)):
        lines = md.preprocessors[index].run(lines)
    return in_source(source.split("\n"), find_embeds("\n".join(lines)), lines, offset)


def line_map(written: list[str], parsed: list[str]) -> dict[int, int]:
    """Where each line the preprocessors left (index) stands in the page as written (index), if it is there.

    They fold each fenced block into one line, and each HTML block into one line and two blank ones, so lines move
    both ways: the two texts are aligned (difflib), and a directive line, never inside a folded block, is one of the
    lines they have in common.
    """
    plain = [line.expandtabs(4).rstrip() for line in written]
    seen = [line.expandtabs(4).rstrip() for line in parsed]
    where: dict[int, int] = {}
    for a, b, size in difflib.SequenceMatcher(None, seen, plain, autojunk=False).get_matching_blocks():
        where.update((a + k, b + k) for k in range(size))
    return where


def in_source(written: list[str], embeds: list[Embed], parsed: list[str], offset: int = 0) -> list[Embed]:
    """Embeds found in the parsed lines, renumbered by the page as written."""
    where = line_map(written, parsed)
    found = []
    for embed in embeds:
        shift = where.get(embed.lineno - 1, embed.lineno - 1) + 1 - embed.lineno + offset
        found.append(
            Embed(embed.lineno + shift, embed.name, embed.options, embed.note, embed.end_lineno + shift, embed.problem)
        )
    return found


def embeds_by_page(root: Path, docs: Path) -> dict[str, list[Embed]]:
    """Every page below `docs` (as a path below it) and the embeds its rendering shows."""
    md = site_markdown(root)
    return {
        path.relative_to(docs).as_posix(): shown_embeds(md, path.read_text(encoding="utf-8"))
        for path in sorted(docs.rglob("*.md"))
    }
