"""The real site: every snippet embedded and captured, captures true to a fresh run, and a strict build."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import REPO, project_env

from docexec import config as settings
from docexec import store
from docexec.discover import find_snippets
from docexec.pages import find_embeds

CONFIG = settings.load(REPO)
SNIPPETS = find_snippets(CONFIG)
COMPARED = ("source_sha256", "output", "truncated", "exception", "graphs", "figures")


def embeds_in_docs() -> dict[str, list[str]]:
    """Snippet name -> the page:line places that embed it."""
    found: dict[str, list[str]] = {}
    for page in sorted((REPO / "docs").rglob("*.md")):
        for embed in find_embeds(page.read_text()):
            found.setdefault(embed.name, []).append(f"{page.relative_to(REPO)}:{embed.lineno}")
    return found


def test_every_snippet_is_embedded_and_every_embed_resolves() -> None:
    embeds = embeds_in_docs()
    names = {snippet.name for snippet in SNIPPETS}
    assert sorted(set(embeds) - names) == [], "embeds naming no snippet"
    assert sorted(names - set(embeds)) == [], "snippets no page embeds"


def test_every_cpu_capture_is_current() -> None:
    stale = [
        snippet.name
        for snippet in SNIPPETS
        if "cpu" in snippet.devices and store.staleness(store.read(CONFIG, "cpu", snippet.name), snippet)
    ]
    assert stale == [], "missing or stale CPU captures: run `nox -s capture`"


def test_no_cuda_capture_is_stale() -> None:
    stale = [
        snippet.name
        for snippet in SNIPPETS
        if (capture := store.read(CONFIG, "cuda", snippet.name)) and store.staleness(capture, snippet)
    ]
    assert stale == [], "CUDA captures older than their snippet: refresh them on a GPU (README.md)"


# How the re-runs compared with the committed captures are made. A capture must print the same bytes on any x86_64
# machine, whatever vector instructions its CPU has (torch picks AVX-512, AVX2 or plain kernels when it is imported)
# and however many threads it runs (a reduction split over threads adds its parts in another order). Two runs cover
# that without a run per setting: this machine's own choice, and both floors at once, the plain kernels
# (ATEN_CPU_CAPABILITY=default) on one thread (OMP_NUM_THREADS=1, set before the worker imports torch). A snippet
# whose output depends on either shows it in the second run: the two would have to cancel out exactly to hide it.
# A CI runner adds a third point, its own instructions and cores (often AVX-512 on four).
RERUNS = {
    "as-is": {},
    "plain-kernels-one-thread": {"ATEN_CPU_CAPABILITY": "default", "OMP_NUM_THREADS": "1"},
}


@pytest.fixture(scope="module", params=list(RERUNS))
def fresh_captures(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every snippet re-executed on the CPU, into a scratch captures folder, under one of RERUNS' settings."""
    root = tmp_path_factory.mktemp(f"rerun-{request.param}")
    (root / "pyproject.toml").write_text(f'[tool.docexec]\nsnippets = "{CONFIG.snippets}"\ncaptures = "captures"\ntimeout = {CONFIG.timeout}\nmax_output = {CONFIG.max_output}\n')
    done = subprocess.run(
        [sys.executable, "-m", "docexec", "capture", "--device", "cpu", "--force", "--once"],  # comparing is the check
        cwd=root, env=project_env(RERUNS[request.param]), capture_output=True, text=True, timeout=900, check=False,
    )
    assert done.returncode == 0, done.stderr
    return root / "captures"


@pytest.mark.parametrize("snippet", [s for s in SNIPPETS if "cpu" in s.devices], ids=lambda s: s.name)
def test_committed_capture_matches_a_fresh_run(snippet, fresh_captures: Path) -> None:
    committed = store.read(CONFIG, "cpu", snippet.name)
    assert committed is not None, f"no committed capture for {snippet.name}: run `nox -s capture`"
    fresh = json.loads((fresh_captures / "cpu" / Path(snippet.name).with_suffix(".json")).read_text())
    assert {key: fresh[key] for key in COMPARED} == {key: committed[key] for key in COMPARED}


def test_strict_build_of_the_site_passes(site: Path) -> None:
    assert (site / "tensors" / "index.html").is_file()
    assert (site / "snippets" / SNIPPETS[0].name).read_bytes() == SNIPPETS[0].path.read_bytes()


def test_search_indexes_each_chapter_the_same_with_its_code_unhighlighted(site: Path) -> None:
    from material.plugins.search.plugin import SearchIndex
    from mkdocs.structure.toc import get_toc

    from docexec.buildcache import unhighlighted

    index = getattr(SearchIndex, "_docexec_original", SearchIndex.add_entry_from_context)  # Material's own
    for chapter in sorted(page.stem for page in (REPO / "docs").glob("*.md") if page.stem != "index"):
        article = re.search(r"<article[^>]*>(.*)</article>", (site / chapter / "index.html").read_text(encoding="utf-8"), re.DOTALL)[1]
        lean = unhighlighted(article)
        assert lean.count("<") < article.count("<") * 0.7, chapter  # its code blocks lost their token spans
        entries = []
        for html in (article, lean):
            search = SearchIndex()
            index(search, SimpleNamespace(meta={}, content=html, toc=get_toc([]), url=f"{chapter}/", title=chapter))
            entries.append(search.entries)
        assert entries[0] == entries[1], chapter
        assert len(entries[0]) > 3, chapter
