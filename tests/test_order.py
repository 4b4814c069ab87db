"""The chapters teach in reading order: a link to a later chapter says it is a preview, and only such a link does."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from docexec.config import mkdocs_settings
from docexec.pages import fenced

from conftest import REPO

DOCS = REPO / "docs"
PREVIEW = "preview: "  # written right before the link: "(preview: [Autograd](autograd.md#...))"
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<page>[\w\-/]+\.md)(?:#[^)\s]*)?\)")
CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)


def reading_order(nav: list[Any] | None = None) -> list[str]:
    """The Markdown pages of the nav, in the order a reader meets them."""
    pages: list[str] = []
    for item in mkdocs_settings(REPO)["nav"] if nav is None else nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += reading_order(value) if isinstance(value, list) else [value]
    return [page for page in pages if page.endswith(".md")]


def chapter_links(page: str, markdown: str | None = None) -> list[tuple[int, str, bool]]:
    """(line, target page, marked as a preview) for each link from `page` (or `markdown` as that page) to another page, outside code."""
    markdown = (DOCS / page).read_text(encoding="utf-8") if markdown is None else markdown
    lines = [("" if in_fence else line) for _, line, in_fence in fenced(markdown.splitlines())]
    text = CODE_SPAN.sub(lambda span: re.sub(r"[^\n]", " ", span[0]), "\n".join(lines))  # same offsets, no code
    found = []
    for link in LINK.finditer(text):
        target = (Path(page).parent / link["page"]).as_posix()
        if target != page:
            before = re.sub(r"\s+", " ", text[max(0, link.start() - 40) : link.start()])  # a line break, an indent: one space
            found.append((text.count("\n", 0, link.start()) + 1, target, before.endswith(PREVIEW)))
    return found


CHAPTERS = [page for page in reading_order() if page != "index.md"]  # the home page maps the whole path


def test_the_nav_lists_every_chapter() -> None:
    on_disk = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
    assert sorted(reading_order()) == on_disk


@pytest.mark.parametrize("page", CHAPTERS)
def test_a_link_to_a_later_chapter_is_marked_as_a_preview(page: str) -> None:
    order = {name: number for number, name in enumerate(CHAPTERS)}
    wrong = []
    for line, target, preview in chapter_links(page):
        later = order.get(target, -1) > order[page]
        if later and not preview:
            wrong.append(f"docs/{page}:{line}: {target} comes later: write `({PREVIEW}[...]({target}))`, or teach it here")
        elif preview and not later:
            wrong.append(f"docs/{page}:{line}: {target} comes earlier, so this link is no preview")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_links_as_a_reader_does() -> None:
    """A link in code is no link; one split over two lines is; the marker must stand right before it."""
    sample = (
        "See `[x](autograd.md)` and the\n[Autograd\nchapter](autograd.md) (preview: [graphs](computation-graphs.md#a)).\n"
        "```\n[y](models.md)\n```\nBack to [tensors](tensors.md), preview: soon [z](models.md).\n"
        "!!! note\n    A model (preview:\n    [models](models.md)).\n"
    )
    assert chapter_links("broadcasting.md", sample) == [
        (2, "autograd.md", False), (3, "computation-graphs.md", True), (7, "tensors.md", False), (7, "models.md", False),
        (10, "models.md", True),
    ]
