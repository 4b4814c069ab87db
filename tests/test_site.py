"""The real site: every snippet embedded and captured, captures true to a fresh run, and a strict build with either engine."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, project_env, snippet_blocks
from material.plugins.search.plugin import Parser as SearchParser

from docexec import config as settings
from docexec import parse, pending, store
from docexec.discover import find_snippets
from docexec.engines import mkdocs_hook

CONFIG = settings.load(REPO)
SNIPPETS = find_snippets(CONFIG)
COMPARED = ("source_sha256", "output", "truncated", "exception", "graphs", "figures")


def embeds_in_docs() -> dict[str, list[str]]:
    """Snippet name -> the page:line places that embed it."""
    found: dict[str, list[str]] = {}
    for page, embeds in parse.embeds_by_page(REPO, REPO / "docs").items():  # as the pages show them
        for embed in embeds:
            found.setdefault(embed.name, []).append(f"docs/{page}:{embed.lineno}")
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


def test_every_cuda_output_is_current_or_explicitly_pending() -> None:
    assert pending.listed(CONFIG).keys() == pending.pending(CONFIG, SNIPPETS).keys(), (
        f"{pending.list_path(CONFIG)} must list exactly the snippets whose CUDA capture is missing or older than the "
        "snippet: run `nox -s capture` to update it, and refresh them on a GPU (README.md)"
    )


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


def test_strict_build_of_the_site_passes_and_each_download_is_its_snippet_file(site: Path) -> None:
    downloads = {}
    for page in site.rglob("index.html"):
        for block in snippet_blocks(page.read_text(encoding="utf-8")):
            name = re.match(r'<div class="snippet" data-snippet="([^"]+)">', block)[1]
            downloads[name] = base64.b64decode(re.search(r'class="snippet-download" href="data:text/x-python;base64,([^"]+)"', block)[1])
    assert downloads == {snippet.name: snippet.path.read_bytes() for snippet in SNIPPETS}


def test_zensical_renders_every_example_with_the_html_mkdocs_gives(site: Path, zensical_site: Path) -> None:
    embedded = {name for name, places in embeds_in_docs().items() for _ in places}
    for engine in (site, zensical_site):
        names = [name for page in engine.rglob("index.html") for name in re.findall(r'<div class="snippet" data-snippet="([^"]+)">', page.read_text(encoding="utf-8"))]
        assert len(names) == sum(len(places) for places in embeds_in_docs().values()) and set(names) == embedded
    for page in sorted(site.rglob("index.html")):
        mkdocs = [block.replace(" data-search-exclude", "") for block in snippet_blocks(page.read_text(encoding="utf-8"))]
        # Zensical's search indexer honours data-search-exclude, then takes the attribute out of the page.
        assert snippet_blocks((zensical_site / page.relative_to(site)).read_text(encoding="utf-8")) == mkdocs, page.relative_to(site)


def _search_sections(html: str) -> list[tuple[str | None, str, str]]:
    """What Material's search parser makes of a page: each section's anchor, title and text."""
    parser = SearchParser()
    parser.feed(html)
    parser.close()
    return [(section.id, "".join(section.title), "".join(section.text)) for section in parser.data]


def test_search_reads_each_page_unhighlighted_into_the_same_entries_from_far_fewer_tags(site: Path) -> None:
    tags = {"highlighted": 0, "plain": 0}
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        plain = mkdocs_hook.unhighlighted(html)
        assert _search_sections(plain) == _search_sections(html), page.relative_to(site)
        tags["highlighted"] += html.count("<")
        tags["plain"] += plain.count("<")
    assert tags["plain"] < tags["highlighted"] / 2
