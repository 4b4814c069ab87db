"""The chapter notebooks: committed, current, faithful to their chapters and captures, and left alone by the hook."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, Project

from docexec import notebook, parse

DOCS = REPO / "docs"


def committed() -> dict[str, dict]:
    """The committed notebooks, by chapter name."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted((DOCS / notebook.NOTEBOOKS).glob("*.ipynb"))}


def test_every_chapter_has_a_notebook_and_every_notebook_a_chapter() -> None:
    assert set(committed()) == {chapter.stem for chapter in notebook.chapters(DOCS)}


def test_committed_notebooks_are_what_the_generator_writes() -> None:
    stale = [path.name for path, text in notebook.generate(REPO).items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert stale == [], "regenerate them: `nox -s notebooks` (or `python -m docexec.notebook`)"


def test_another_checkout_generates_the_same_bytes(tmp_path: Path) -> None:
    """No absolute path, time or machine detail leaks into a notebook: a copy elsewhere writes the committed bytes."""
    for name in ("docs", "snippets", "captures"):
        shutil.copytree(REPO / name, tmp_path / name)
    for name in ("pyproject.toml", "mkdocs.yml"):
        shutil.copy(REPO / name, tmp_path / name)
    elsewhere = {path.relative_to(tmp_path): text for path, text in notebook.generate(tmp_path).items()}
    here = {path.relative_to(REPO): path.read_text(encoding="utf-8") for path in notebook.generate(REPO)}
    assert elsewhere == here


@pytest.mark.parametrize("chapter", sorted(path.stem for path in notebook.chapters(DOCS)))
def test_notebook_holds_the_chapter_snippets_and_their_cpu_outputs(chapter: str) -> None:
    cells = nbformat.reads((DOCS / notebook.NOTEBOOKS / f"{chapter}.ipynb").read_text(encoding="utf-8"), as_version=4).cells
    assert not any("::snippet" in cell.source for cell in cells if cell.cell_type == "markdown")
    embeds = parse.shown_embeds(parse.site_markdown(REPO), (DOCS / f"{chapter}.md").read_text(encoding="utf-8"))
    code = [cell for cell in cells if cell.cell_type == "code" and "setup" not in cell.metadata.get("tags", [])]
    assert [cell.source + "\n" for cell in code] == [(REPO / "snippets" / embed.name).read_text(encoding="utf-8") for embed in embeds]
    for embed, cell in zip(embeds, code):
        capture_file = REPO / "captures" / "cpu" / embed.name.replace(".py", ".json")
        if not capture_file.exists():  # runs on CUDA only
            assert cell.outputs == []
            continue
        capture = json.loads(capture_file.read_text(encoding="utf-8"))
        streams = "".join(output.text for output in cell.outputs if output.output_type == "stream")
        errors = [(output.ename, output.evalue) for output in cell.outputs if output.output_type == "error"]
        # Each drawing as captured, but for its text alternative (role and aria-label on the root; tests/test_alt.py)
        images = [re.sub(r'^<svg role="img" aria-label="[^"]*"', "<svg", output.data["image/svg+xml"]) for output in cell.outputs if output.output_type == "display_data"]
        assert streams == capture["output"], embed.name
        assert errors == ([(capture["exception"]["type"], capture["exception"]["message"])] if capture["exception"] else []), embed.name
        assert images == [graph["svg"] for graph in capture["graphs"]] + capture["figures"], embed.name
        assert ("exercise" in cell.metadata.get("tags", [])) == ("exercise" in embed.options)


def test_notebooks_are_valid_nbformat() -> None:
    for path in sorted((DOCS / notebook.NOTEBOOKS).glob("*.ipynb")):
        nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))


def test_stale_capture_stops_notebook_generation(project: Project) -> None:
    name = "autograd/leaf_and_grad_fn.py"
    snippet = project.snippet(name, (REPO / "snippets" / name).read_text(encoding="utf-8"))
    project.capture_path("cpu", name).parent.mkdir(parents=True)
    shutil.copy(REPO / "captures" / "cpu" / name.replace(".py", ".json"), project.capture_path("cpu", name))
    project.page("autograd.md", f"# Autograd\n\n::snippet {name}\n")
    assert "autograd.ipynb" in {path.name for path in notebook.generate(project.root)}
    snippet.write_text(snippet.read_text() + "print('one more line')\n")
    with pytest.raises(notebook.NotebookError, match=r"leaf_and_grad_fn\.py.*changed.*nox -s capture"):
        notebook.generate(project.root)


def test_header_says_which_examples_have_gpu_outputs(project: Project) -> None:
    name = "cuda/device_idiom.py"
    project.snippet(name, (REPO / "snippets" / name).read_text(encoding="utf-8"))
    cpu = json.loads((REPO / "captures" / "cpu" / name.replace(".py", ".json")).read_text(encoding="utf-8"))
    for device in ("cpu", "cuda"):
        project.capture_path(device, name).parent.mkdir(parents=True)
    project.capture_path("cpu", name).write_text(json.dumps(cpu))
    project.page("cuda.md", f"# CUDA\n\n::snippet {name}\n")

    def header() -> str:
        text = next(text for path, text in notebook.generate(project.root).items() if path.name == "cuda.ipynb")
        return nbformat.reads(text, as_version=4).cells[0].source

    assert "None of its examples has been run on a GPU yet" in header()
    gpu = json.loads((REPO / "captures" / "cuda" / name.replace(".py", ".json")).read_text(encoding="utf-8"))  # a real one
    project.capture_path("cuda", name).write_text(json.dumps(gpu))
    on = f"{gpu['env']['device_name']} with torch {gpu['env']['torch']}"
    assert f"the CUDA tabs show what its one example printed on {on}." in header()
    assert f"on a CPU with torch {cpu['env']['torch']};" in header()
    project.capture_path("cuda", name).write_text(json.dumps({**gpu, "source_sha256": "0" * 64}))  # of other source
    assert "None of its examples has been run on a GPU yet" in header()
