"""The tools a user would pick instead, each fed the workload's snippets and prose the way that tool expects them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import nbformat

from bench.tools import Tool, plugin_name, plugin_settings
from bench.workload import Workload, put
from docexec import config as settings
from docexec import notebook
from docexec.discover import Snippet
from docexec.pages import Embed


class Peer(Tool):
    """A peer's site: the site's theme, extensions and search, the peer's plugin instead of this project's hook."""

    module = ""  # what must be importable for the peer to run

    @classmethod
    def installed(cls) -> bool:
        """Whether the peer can run here (the bench group installs every peer; the test group only mkdocs-jupyter)."""
        return importlib.util.find_spec(cls.module) is not None

    def plugin(self) -> dict[str, Any]:
        """The peer's entry in mkdocs.yml's plugins."""
        raise NotImplementedError

    def write_site(self) -> None:
        """mkdocs.yml and the docs folder's assets and home page."""
        self.copy_docs()
        site = {
            key: value for key, value in self.workload.site.items() if key not in {"hooks", "nav", "plugins", "watch"}
        }
        site["markdown_extensions"] = [
            item for item in site.get("markdown_extensions", []) if plugin_name(item) != "docexec.extension"
        ]
        search = [plugin for plugin in self.workload.site.get("plugins", []) if plugin_name(plugin) == "search"]
        site["plugins"] = [*search, self.plugin()]
        site["nav"] = self.nav()
        self.write_settings(site)

    def nav(self) -> list[Any]:
        """The site's navigation, its pages only (not its notebooks), each chapter where the peer puts it."""
        pages = [
            item
            for item in self.workload.site.get("nav", [])
            if isinstance(item, dict) and isinstance(next(iter(item.values())), str)
        ]
        return [{title: self.page(page) for title, page in item.items()} for item in pages]

    def page(self, chapter: str) -> str:
        """Where a chapter's page comes from, below docs/."""
        return chapter


class MkdocsJupyter(Peer):
    """One notebook per chapter, executed by mkdocs-jupyter (`execute: true`),
    which caches each page by its notebook's bytes."""

    name = "mkdocs-jupyter"
    package = "mkdocs-jupyter"
    module = "mkdocs_jupyter"
    cache = ".cache/mkdocs-jupyter"

    def __init__(self, workload: Workload, folder: Path) -> None:
        super().__init__(workload, folder)
        self._notebooks: dict[str, dict[str, Any]] = {}

    def plugin(self) -> dict[str, Any]:
        """Execute every notebook with code (errors shown, not fatal); cache pages; typeset math as the site does."""
        idle = [
            f"*/{Path(chapter).stem}.ipynb" for chapter in self.workload.chapters if not self.workload.embeds(chapter)
        ]
        mathjax = plugin_settings(self.workload.site, "mkdocs-jupyter").get("custom_mathjax_url", "")
        return {
            "mkdocs-jupyter": {
                "include": ["*.ipynb"],
                "execute": True,
                "execute_ignore": idle,  # a chapter left with no snippet starts no kernel
                "allow_errors": True,
                "cache_dir": self.cache,
                "custom_mathjax_url": mathjax,
            }
        }

    def write(self, sources: dict[str, str]) -> None:
        """The chapters as notebooks with no outputs: prose in Markdown cells, each snippet a code cell."""
        self.write_site()
        originals = {snippet.source.rstrip("\n"): snippet.name for snippet in self.workload.snippets}
        for chapter in self.workload.chapters:
            generated = self._notebook(chapter)
            cells = [
                {**cell, "source": sources[originals[cell["source"]]].rstrip("\n")}
                if cell["cell_type"] == "code" and cell["source"] in originals
                else cell
                for cell in generated["cells"]
            ]
            put(self.docs / self.page(chapter), notebook.dumps(nbformat.from_dict({**generated, "cells": cells})))

    def page(self, chapter: str) -> str:
        """The chapter's notebook, beside the home page."""
        return f"{Path(chapter).stem}.ipynb" if chapter in self.workload.chapters else chapter

    def _notebook(self, chapter: str) -> dict[str, Any]:
        """A chapter's notebook as `docexec.notebook` makes it, outputs and the setup cell (a pip install) removed."""
        if chapter not in self._notebooks:
            page = self.folder / "chapters" / chapter  # the chapter as this workload has it, for the generator to read
            put(page, self.workload.chapter(chapter, lambda snippet, embed: embed.line))
            project = settings.load(self.workload.root)
            built = notebook.build(
                page,
                project,
                {s.name: s for s in self.workload.snippets},
                notebook.site_settings(project.root)["site_url"],
            )
            cells = [cell for cell in built["cells"] if "setup" not in cell["metadata"].get("tags", [])]
            for cell in cells:
                if cell["cell_type"] == "code":
                    cell["outputs"], cell["execution_count"] = [], None
            self._notebooks[chapter] = {**built, "cells": cells}
        return self._notebooks[chapter]

    def caches(self) -> list[Path]:
        """The rendered pages it keeps between builds."""
        return [self.folder / self.cache]


class MarkdownExec(Peer):
    """The chapters with each snippet as a ```python exec="on"``` block,
    all run in the MkDocs process, at every build."""

    name = "markdown-exec"
    package = "markdown-exec"
    module = "markdown_exec"

    def plugin(self) -> dict[str, Any]:
        """The plugin registers the exec fences."""
        return {"markdown-exec": {}}

    def write(self, sources: dict[str, str]) -> None:
        """Each embed becomes an exec block showing the code above its output; an exercise's note follows it."""
        self.write_site()

        def block(snippet: Snippet, embed: Embed) -> str:
            source = sources[snippet.name].rstrip("\n")
            fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", source))])
            return f'{fence}python exec="on" source="above" result="text"\n{source}\n{fence}' + (
                f"\n\n{embed.note}" if embed.note else ""
            )

        for chapter in self.workload.chapters:
            put(self.docs / chapter, self.workload.chapter(chapter, block, claims=False))


class MkdocsGallery(Peer):
    """Each snippet an example script of mkdocs-gallery, each chapter a gallery section with its prose as the header."""

    name = "mkdocs-gallery"
    package = "mkdocs-gallery"
    module = "mkdocs_gallery"
    examples = "docs/examples"
    generated = "docs/generated"
    conf_script = "docs/gallery_conf.py"
    # All examples share one process, so what one sets globally in torch reaches the next; a gallery's own
    # resetter (sphinx-gallery's `reset_modules`, given as a callable through `conf_script`) puts back what
    # the snippets change, as a gallery of them would have to.
    resetter = """import torch


def reset_torch(gallery_conf, file):
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default")
    torch.use_deterministic_algorithms(False)


conf = {"reset_modules": ("matplotlib", reset_torch)}
"""

    def plugin(self) -> dict[str, Any]:
        """Run every example, in chapter order; errors the snippets declare are expected failures."""
        return {
            "gallery": {
                "conf_script": self.conf_script,
                "examples_dirs": self.examples,
                "gallery_dirs": self.generated,
                "filename_pattern": ".*",  # run every script, not only plot_*.py
                "within_subsection_order": "FileNameSortKey",
                "expected_failing_examples": [
                    str(self._example(s).relative_to(self.folder)) for s in self.workload.raising()
                ],
                # Linking names to their docs reads every attribute a script names, in the one process
                # all scripts run in: reading `torch.backends.cuda.matmul.allow_tf32` raises once a
                # snippet has used the newer TF32 setting.
                "inspect_global_variables": False,
            }
        }

    def write(self, sources: dict[str, str]) -> None:
        """Scripts with a title docstring; a header page per section holding the chapter's prose."""
        self.write_site()
        put(self.folder / self.conf_script, self.resetter)
        put(self.folder / self.examples / "README.md", "# Examples\n")
        for chapter in self.workload.chapters:
            put(
                self._section(chapter) / "README.md",
                self.workload.chapter(chapter, lambda snippet, embed: "", claims=False),
            )
        for snippet in self.workload.snippets:
            put(self._example(snippet), f'"""\n# {snippet.name}\n"""\n\n{sources[snippet.name]}')

    def nav(self) -> list[Any]:
        """The home page, then the gallery, whose sections the plugin lists in its place."""
        return [*super().nav()[:1], "generated"]

    def caches(self) -> list[Path]:
        """The generated pages, and beside each example the hash it was last run with."""
        return [self.folder / self.generated]

    def _section(self, chapter: str) -> Path:
        """A chapter's section folder, numbered to keep the chapters' order."""
        return (
            self.folder
            / self.examples
            / f"{self.workload.chapters.index(chapter):02d}_{Path(chapter).stem.replace('-', '_')}"
        )

    def _example(self, snippet: Snippet) -> Path:
        """A snippet's example script, numbered to keep the chapter's order."""
        chapter = self.workload.chapter_of(snippet.name)
        order = [embed.name for embed in self.workload.embeds(chapter)]
        return self._section(chapter) / f"{order.index(snippet.name):03d}_{Path(snippet.name).stem}.py"


PEERS: tuple[type[Peer], ...] = (MkdocsJupyter, MarkdownExec, MkdocsGallery)
