"""A tool the benchmark builds the workload with, and this project as one: capture, notebooks, strict build."""

from __future__ import annotations

import html
import re
import shutil
import sys
import textwrap
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from bench.workload import HOME, Workload, environment, put, remove, timed
from docexec.discover import Snippet
from docexec.pages import Embed

TAG = re.compile(r"<[^>]+>")


class Tool:
    """One way to turn the workload into a site, laid out in its own folder; a build is one or more timed commands."""

    name = ""
    package = ""  # the distribution whose version the report names
    ours = False  # this project (on some engine), not a peer it is measured against

    def __init__(self, workload: Workload, folder: Path) -> None:
        self.workload = workload
        self.folder = folder
        self.python = sys.executable
        self.env = environment(workload.root)

    @property
    def site(self) -> Path:
        """Where the site is built."""
        return self.folder / "site"

    @property
    def docs(self) -> Path:
        """The docs folder it builds from."""
        return self.folder / "docs"

    def write(self, sources: dict[str, str]) -> None:
        """Lay out the tool's sources for these snippet texts, rewriting only the files that change."""
        raise NotImplementedError

    def caches(self) -> list[Path]:
        """What a build leaves behind for the next one to reuse: deleted before a build from scratch."""
        return []

    def steps(self) -> dict[str, list[str]]:
        """The commands of one build, as a user types them, by a short name."""
        return {"build": self.mkdocs_build()}

    def mkdocs_build(self, *options: str) -> list[str]:
        """`mkdocs build` into the tool's site folder."""
        return [self.python, "-m", "mkdocs", "build", "-q", *options, "-d", str(self.site)]

    def clean(self) -> None:
        """Forget every output and cache, as in a fresh clone."""
        remove(self.site, *self.caches())

    def build(self) -> dict[str, float]:
        """Run one build; seconds of each step."""
        return {step: timed(command, self.folder, self.env) for step, command in self.steps().items()}

    def shows(self, text: str) -> bool:
        """Whether a page of the built site shows `text` (as a reader sees it: tags such as highlighting's removed)."""
        pages = (page.read_text(encoding="utf-8", errors="replace") for page in self.site.rglob("*.html"))
        return any(text in html.unescape(TAG.sub("", page)) for page in pages)

    def version(self) -> str:
        """The version of the tool measured."""
        return metadata.version(self.package)

    def copy_docs(self) -> None:
        """Copy the docs folder's assets and home page, the same for every tool: not the chapters, not the notebooks."""
        if not self.docs.exists():  # every page but the home page is a chapter, written by the tool if in the workload
            shutil.copytree(
                self.workload.docs,
                self.docs,
                ignore=lambda folder, names: [
                    n for n in names if (n.endswith(".md") and n != HOME) or n == "notebooks"
                ],
            )

    def write_settings(self, site: dict[str, Any]) -> None:
        """Write mkdocs.yml."""
        put(self.folder / "mkdocs.yml", yaml.safe_dump(site, sort_keys=False, allow_unicode=True))


class ThisProject(Tool):
    """This project as `nox -s build` runs it: capture what changed on the CPU
    (the notebooks follow) while MkDocs starts, build strictly."""

    name = "this project"
    package = "mkdocs"
    engine = "mkdocs"
    ours = True

    def write(self, sources: dict[str, str]) -> None:
        """Snippets, chapters with their embed lines, mkdocs.yml wired to this repository's hook."""
        self.copy_docs()
        shutil.copy(self.workload.root / "pyproject.toml", self.folder / "pyproject.toml")
        site = dict(self.workload.site)
        site["hooks"] = [str((self.workload.root / hook).resolve()) for hook in site.get("hooks", [])]
        self.write_settings(site)
        for chapter in self.workload.chapters:
            put(self.docs / chapter, self.workload.chapter(chapter, _embed_text))
        for name, source in sources.items():
            put(self.folder / "snippets" / name, source)
        (self.folder / "captures").mkdir(exist_ok=True)  # mkdocs.yml watches it

    def caches(self) -> list[Path]:
        """Captures and notebooks, the highlighted code and compiled templates (.nox/.docexec-cache), and Zensical's
        cache of its pages."""
        return [self.folder / "captures", self.docs / "notebooks", self.folder / ".nox", self.folder / ".cache"]

    def steps(self) -> dict[str, list[str]]:
        """What `nox -s build` runs."""
        return {"build": [self.python, "-m", "docexec", "build", "-q", "--strict", "-d", str(self.site)]}

    def version(self) -> str:
        """This project's engine has no version of its own: name the site engine it builds with."""
        return f"{self.package} {super().version()}"


class ThisProjectOnZensical(ThisProject):
    """This project as `nox -s build -- --engine zensical` runs it: capture what changed,
    then `zensical build --strict`."""

    name = "this project on Zensical"
    package = "zensical"
    engine = "zensical"

    def steps(self) -> dict[str, list[str]]:
        """What `nox -s build -- --engine zensical` runs (Zensical builds into site/, as mkdocs.yml says)."""
        return {"build": [self.python, "-m", "docexec", "build", "--engine", "zensical", "--strict"]}


def _embed_text(snippet: Snippet, embed: Embed) -> str:
    """An embed line as the chapter has it, with its note."""
    return embed.line + ("\n" + textwrap.indent(embed.note, "    ") if embed.note else "")


def plugin_name(plugin: Any) -> str:
    """The name of an entry of mkdocs.yml's plugins list."""
    return plugin if isinstance(plugin, str) else next(iter(plugin))


def plugin_settings(site: dict[str, Any], name: str) -> dict[str, Any]:
    """The settings of a plugin in mkdocs.yml ({} if absent or unconfigured)."""
    for plugin in site.get("plugins", []):
        if plugin_name(plugin) == name and isinstance(plugin, dict):
            return plugin[name] or {}
    return {}
