"""Notebook pages converted ahead, in other processes, are the pages mkdocs-jupyter makes itself, and survive dirty builds."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import Project, project_env

JUPYTER = """
plugins:
  - search
  - mkdocs-jupyter:
      include: ["notebooks/*.ipynb"]
      ignore: ["*.md"]
      execute: false
      cache: %s
      cache_dir: .jupyter-cache
"""
NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["# Shapes\n", "\n", "A tensor has a `shape`."]},
        {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": None, "source": ["print((2, 3))"],
         "outputs": [{"output_type": "stream", "name": "stdout", "text": ["(2, 3)\n"]}]},
        {"cell_type": "markdown", "id": "c", "metadata": {}, "source": ["## Strides\n", "\n", "Steps through storage."]},
    ],
    "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5,
}


def with_notebooks(project: Project, *, cache: bool) -> Project:
    """The project as a site with a home page and two notebooks rendered by mkdocs-jupyter."""
    mkdocs_yml = project.root / "mkdocs.yml"
    base = mkdocs_yml.read_text().split("\nplugins:")[0]
    mkdocs_yml.write_text(base + JUPYTER % ("true" if cache else "false"))
    project.page("index.md", "# Home\n")
    for name in ("first", "second"):
        path = project.root / "docs" / "notebooks" / f"{name}.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(NOTEBOOK).replace("Shapes", f"Shapes, {name}"), encoding="utf-8")
    return project


def mkdocs(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build ARGS` in the project."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=project.root, env=project_env(),
                          capture_output=True, text=True, timeout=300, check=False)


def pages(project: Project) -> dict[str, bytes]:
    """Every built page (the notebooks' by their name; the others' navigation shows the notebooks' titles)."""
    site = project.root / "site"
    return {str(path.parent.relative_to(site)).removeprefix("notebooks/"): path.read_bytes() for path in sorted(site.rglob("index.html"))}


def test_pages_converted_ahead_are_those_mkdocs_jupyter_makes(project: Project) -> None:
    with_notebooks(project, cache=False)  # no cache: nothing is converted ahead, mkdocs-jupyter converts itself
    done = mkdocs(project, "--strict")
    assert done.returncode == 0, done.stderr
    by_mkdocs_jupyter = pages(project)
    with_notebooks(project, cache=True)
    done = mkdocs(project, "--strict")
    assert done.returncode == 0, done.stderr
    assert "Cache miss" not in done.stderr  # mkdocs-jupyter converted neither itself
    assert len(list((project.root / ".jupyter-cache").glob("*.json"))) == 2  # and finds both for the next build
    assert pages(project) == by_mkdocs_jupyter
    assert mkdocs(project, "--strict").stderr.count("Cache hit") == 2
    assert pages(project) == by_mkdocs_jupyter
    assert set(by_mkdocs_jupyter) == {".", "first", "second"} and b"Shapes, second" in by_mkdocs_jupyter["second"]


def test_a_dirty_build_keeps_the_cached_pages_it_did_not_rebuild(project: Project) -> None:
    with_notebooks(project, cache=True)
    assert mkdocs(project).returncode == 0
    cached = sorted((project.root / ".jupyter-cache").glob("*.json"))
    assert len(cached) == 2
    second = project.root / "docs" / "notebooks" / "second.ipynb"
    second.write_text(second.read_text(encoding="utf-8").replace("Steps", "Strides step"), encoding="utf-8")
    done = mkdocs(project, "--dirty")
    assert done.returncode == 0, done.stderr
    after = sorted((project.root / ".jupyter-cache").glob("*.json"))
    assert cached[0] in after or cached[1] in after  # the first notebook's page, not rebuilt, is still cached
    assert len(after) == 2  # and the second's old entry made way for its new one
    assert b"Strides step" in pages(project)["second"]

