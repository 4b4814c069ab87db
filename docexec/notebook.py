"""Turn each chapter into a Jupyter notebook: its prose as Markdown cells,
its snippets as code cells with their baked CPU outputs."""

from __future__ import annotations

import argparse
import json
import posixpath
import re
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docexec import alt, parse, pending, render, store
from docexec import config as settings
from docexec.discover import Snippet, find_snippets
from docexec.pages import OUTPUTS, Embed, fenced, gpu_claim

NOTEBOOKS = "notebooks"  # below the docs folder
HOME = "index.md"
ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+(?P<kind>\w+)(?:\s+"(?P<title>[^"]*)")?\s*$')
INLINE_MATH = re.compile(r"\\\((.+?)\\\)")
CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
LOCAL_LINK = re.compile(r"\]\((?P<page>[\w\-]+\.md)?(?P<anchor>#[^)\s]*)?\)")
GITHUB_EDIT = re.compile(r"^https://github\.com/(?P<repo>[^/]+/[^/]+)/edit/(?P<branch>[^/]+)/?(?P<docs>.*?)/?$")


Notebook = dict[str, Any]  # a notebook, cell or output, as nbformat's JSON holds it (nbformat itself is slow to import)


class NotebookError(Exception):
    """A chapter that cannot become a notebook as things stand; the message says what to do."""


def chapters(docs: Path) -> list[Path]:
    """The chapter pages: every Markdown page of the docs folder except the home page."""
    return sorted(path for path in docs.glob("*.md") if path.name != HOME)


def notebook_path(docs: Path, chapter: Path) -> Path:
    """Where a chapter's notebook is kept."""
    return docs / NOTEBOOKS / f"{chapter.stem}.ipynb"


def site_settings(root: Path) -> dict[str, Any]:
    """The parts of mkdocs.yml a notebook needs: the docs folder and the site's URL."""
    mkdocs = settings.mkdocs_settings(root)
    return {"docs": root / mkdocs.get("docs_dir", "docs"), "site_url": mkdocs.get("site_url", "").rstrip("/") + "/"}


def build(
    chapter: Path,
    project: settings.Config,
    snippets: dict[str, Snippet],
    site_url: str,
    embeds: list[Embed] | None = None,
) -> Notebook:
    """The notebook of one chapter: Markdown cells between the embeds its page shows (`embeds`, or as the site's
    Markdown parse finds them), a code cell for each embedded snippet."""
    markdown = chapter.read_text(encoding="utf-8")
    lines = markdown.splitlines()
    if embeds is None:
        embeds = parse.shown_embeds(parse.site_markdown(project.root), markdown)
    parts: list[str | tuple[Snippet, Embed]] = []  # prose, and (snippet, its embed) where one is embedded
    embedded: list[Snippet] = []
    start = 0
    for embed in embeds:
        parts.append("\n".join(lines[start : embed.lineno - 1]))
        start = embed.end_lineno
        snippet = snippets.get(embed.name)
        if embed.problem:
            raise NotebookError(f"{chapter}:{embed.lineno}: {embed.problem}")
        if snippet is None:
            raise NotebookError(f"{chapter}:{embed.lineno}: no snippet '{embed.name}' in {project.snippets.name}/")
        embedded.append(snippet)
        parts.append((snippet, embed))
    parts.append("\n".join(lines[start:]))

    def claims(names: list[str]) -> str:
        """A `::gpu-claim` line's note, as the page shows it."""
        return render.gpu_claim_note(
            sorted(pending.pending(project, [snippets[name] for name in names if name in snippets]))
        )

    first = str(parts[0])  # the prose before the first embed, title included
    title, parts[0] = first.split("\n", 1) if first.startswith("# ") and "\n" in first else ("", first)
    cells = [_markdown("\n\n".join(filter(None, [title, _header(chapter, title, site_url, project, embedded)])))]
    if install := _install_line(project.root, embedded):
        cells.append(_code_cell(install, {"tags": ["setup"]}))
    for part in parts:
        if isinstance(part, str):
            if text := _prose(part, chapter.stem, site_url, claims).strip("\n"):
                cells.append(_markdown(text))
        else:
            snippet, embed = part
            cells.append(_code(project, snippet, embed.options, where=chapter))
            if embed.note:
                why = _prose(embed.note, chapter.stem, site_url, claims)
                summary = "Why" if "exercise" in embed.options else "About this solution"
                cells.append(_markdown(f"<details><summary>{summary}</summary>\n\n{why}\n\n</details>"))
    for index, cell in enumerate(cells):
        cell["id"] = f"{chapter.stem}-{index:03d}"  # stable ids: regenerating changes no byte
    notebook = {"cells": cells, "metadata": _metadata(), "nbformat": 4, "nbformat_minor": 5}
    return notebook


def dumps(notebook: Notebook) -> str:
    """The notebook as nbformat writes it to disk: multi-line text as lists of lines, sorted keys, a final newline."""
    for cell in notebook["cells"]:
        cell["source"] = cell["source"].splitlines(True)
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                output["text"] = output["text"].splitlines(True)
            for mime, value in output.get("data", {}).items():
                output["data"][mime] = value.splitlines(True)
    return json.dumps(notebook, indent=1, sort_keys=True, separators=(",", ": "), ensure_ascii=False) + "\n"


def generate(root: Path | None = None) -> dict[Path, str]:
    """Every chapter's notebook text, keyed by the path it belongs at."""
    project = settings.load(root)
    site = site_settings(project.root)
    snippets = {snippet.name: snippet for snippet in find_snippets(project)}
    md = parse.site_markdown(project.root)
    return {
        notebook_path(site["docs"], chapter): dumps(
            build(
                chapter,
                project,
                snippets,
                site["site_url"],
                parse.shown_embeds(md, chapter.read_text(encoding="utf-8")),
            )
        )
        for chapter in chapters(site["docs"])
    }


def write(root: Path | None = None) -> list[Path]:
    """Write the notebooks that changed, remove those whose chapter is gone; return the paths touched."""
    wanted = generate(root)
    touched: list[Path] = []
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            store.write_text(path, text)  # atomically: `mkdocs serve` may be reading it
            touched.append(path)
    folders = {path.parent for path in wanted}
    for folder in folders:
        for stale in sorted(set(folder.glob("*.ipynb")) - set(wanted)):
            stale.unlink()
            touched.append(stale)
    return touched


def chapter_links(chapter: str, page_dir: str, edit_uri: str) -> str:
    """The paragraph under a chapter's title linking to its notebook: the file, on GitHub, in Colab.

    `page_dir` is the chapter's folder below the docs folder; `edit_uri` is mkdocs.yml's, the one place naming
    the repository.
    """
    file = posixpath.relpath(f"{NOTEBOOKS}/{chapter}.ipynb", page_dir or ".")
    links = [f"[download {chapter}.ipynb]({file}){{ download }}"]
    if repository := _repository(edit_uri):
        path = f"{repository['docs']}{NOTEBOOKS}/{chapter}.ipynb"
        links.append(f"[read it on GitHub](https://github.com/{repository['repo']}/blob/{repository['branch']}/{path})")
        links.append(
            f"[open it in Colab](https://colab.research.google.com/github/{repository['repo']}/blob/{repository['branch']}/{path})"
        )
    return "This chapter is also a Jupyter notebook: " + " · ".join(links) + ".\n{: .chapter-notebook }"


def _repository(edit_uri: str) -> dict[str, str] | None:
    """The repository, branch and docs folder ("docs/") named by a GitHub `edit_uri`."""
    match = GITHUB_EDIT.match(edit_uri.rstrip("/"))
    if not match:
        return None
    return {"repo": match["repo"], "branch": match["branch"], "docs": f"{match['docs']}/" if match["docs"] else ""}


def _header(chapter: Path, title: str, site_url: str, project: settings.Config, embedded: list[Snippet]) -> str:
    """The note under the title: where the notebook comes from, and which devices its outputs come from.

    What it says about the GPU is read from the CUDA captures the site shows (current ones only), so it
    stays true as they arrive: regenerating the notebooks after a GPU capture run updates it.
    """
    name = title.removeprefix("# ").strip() or chapter.stem
    found = render.outputs(embedded, lambda device, snippet: store.read(project, device, snippet))
    cpu, cuda = found.get("cpu"), found.get("cuda")
    captured = f" with {cpu.where.removeprefix('a CPU with ')}" if cpu and cpu.current else ""
    if cuda and cuda.current:
        gpu = f"On the site, the CUDA tabs show what {cuda.count} printed on {cuda.where}."
    elif cuda:
        gpu = (
            "None of its examples has been run on a GPU yet: "
            "on the site, their CUDA tabs say that their output is pending."
        )
    else:
        gpu = ""
    return (
        f"> This notebook is the chapter [{name}]({site_url}{chapter.stem}/) of *PyTorch Fundamentals, executed*, "
        f"generated from `docs/{chapter.name}`. The outputs under the cells are what each example printed on a CPU"
        f"{captured}; run the cells to see your own." + (f" {gpu}" if gpu else "")
    )


def _install_line(root: Path, snippets: list[Snippet]) -> str | None:
    """A cell installing torchviz, which Colab and plain Jupyter lack, when a snippet draws a graph with it."""
    # The text first: parsing every snippet for its imports took most of a refresh
    if not any(
        "torchviz" in snippet.source and any(name.split(".")[0] == "torchviz" for name in snippet.imports)
        for snippet in snippets
    ):
        return None
    groups = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8")).get("dependency-groups", {})
    pinned = next(
        (req for req in groups.get("capture", []) if isinstance(req, str) and req.startswith("torchviz")), "torchviz"
    )
    return (
        "# The graphs below are drawn with torchviz (and Graphviz's `dot`, which Colab has)\n"
        f"%pip install --quiet {pinned}"
    )


def _code(project: settings.Config, snippet: Snippet, options: frozenset[str], *, where: Path) -> Notebook:
    """A code cell holding the snippet's source and its CPU capture as outputs."""
    cell = _code_cell(snippet.source.rstrip("\n"), {})
    if "exercise" in options:
        cell["metadata"]["tags"] = ["exercise"]
        cell["metadata"]["jupyter"] = {"outputs_hidden": True}  # predict first: JupyterLab folds the answer away
    if "solution" in options:
        cell["metadata"]["tags"] = ["solution"]
        cell["metadata"]["jupyter"] = {"source_hidden": True, "outputs_hidden": True}  # write it first, then look
    if "cpu" not in snippet.devices:
        cell["metadata"].setdefault("tags", []).append("needs-gpu")
        return cell
    capture = store.read(project, "cpu", snippet.name)
    if state := store.staleness(capture, snippet):
        raise NotebookError(
            f"{where}: snippet '{snippet.name}' {state} on the CPU: run `nox -s capture` first, then `nox -s notebooks`"
        )
    assert capture is not None  # staleness() found it current
    if capture["output"]:
        cell["outputs"].append({"output_type": "stream", "name": "stdout", "text": capture["output"]})
    if error := capture["exception"]:
        cell["outputs"].append(
            {
                "output_type": "error",
                "ename": error["type"],
                "evalue": error["message"],
                "traceback": error["traceback"].rstrip("\n").splitlines(),
            }
        )
    for graph in capture["graphs"]:
        if graph["svg"] is not None:
            cell["outputs"].append(_display(graph["svg"], alt.describe_graph(graph)))
    for figure in capture["figures"]:
        cell["outputs"].append(_display(figure, alt.describe_figure(figure)))
    return cell


def _markdown(text: str) -> Notebook:
    """A Markdown cell."""
    return {"cell_type": "markdown", "metadata": {}, "source": text}


def _code_cell(source: str, metadata: dict[str, Any]) -> Notebook:
    """A code cell with no outputs yet."""
    return {"cell_type": "code", "execution_count": None, "metadata": metadata, "outputs": [], "source": source}


def _display(svg: str, label: str) -> Notebook:
    """A display_data output showing an SVG drawing, described in words for those who cannot see it."""
    return {
        "output_type": "display_data",
        "data": {"image/svg+xml": alt.labelled(svg, label), "text/plain": label},
        "metadata": {},
    }


def _prose(text: str, chapter: str, site_url: str, claims: Callable[[list[str]], str]) -> str:
    """Chapter Markdown as Jupyter renders it: admonitions as quotes, `\\(x\\)` as `$x$`, links to the site.

    The `::outputs` line goes: the notebook's header says where its outputs come from. A `::gpu-claim` line becomes
    what `claims` makes of its snippet names.
    """
    out: list[str] = []
    quoting = False
    blanks = 0  # blank lines inside an admonition: quoted if more of it follows, plain if it ends
    for _, line, in_fence in fenced(text.splitlines()):
        if line == OUTPUTS and not in_fence:
            continue
        if (names := gpu_claim(line)) is not None and not in_fence:
            line = claims(names)
        if quoting and not line.strip():
            blanks += 1
            continue
        if quoting and line.startswith("    "):
            out += [">"] * blanks
            blanks, line = 0, line[4:]
        else:
            out += [""] * blanks
            blanks, quoting = 0, False
        if not quoting and not in_fence and (admonition := ADMONITION.match(line)):
            quoting = True
            out += [f"> **{admonition['title'] or admonition['kind'].capitalize()}**", ">"]
            continue
        line = line if in_fence else _inline(line, chapter, site_url)
        out.append("> " + line if quoting else line)
    return "\n".join(out)


def _inline(line: str, chapter: str, site_url: str) -> str:
    """Rewrite math delimiters and links outside code spans."""
    pieces: list[str] = []
    last = 0
    for span in CODE_SPAN.finditer(line):
        pieces += [_rewrite(line[last : span.start()], chapter, site_url), span[0]]
        last = span.end()
    pieces.append(_rewrite(line[last:], chapter, site_url))
    return "".join(pieces)


def _rewrite(text: str, chapter: str, site_url: str) -> str:
    """Math as Jupyter writes it; links to other pages (or this one's sections) pointing at the site."""
    text = INLINE_MATH.sub(r"$\1$", text)

    def link(match: re.Match[str]) -> str:
        page = match["page"].removesuffix(".md") if match["page"] else chapter
        return f"]({site_url}{'' if page == 'index' else page + '/'}{match['anchor'] or ''})"

    return LOCAL_LINK.sub(link, text)


def _metadata() -> dict[str, Any]:
    """Notebook metadata: a plain Python 3 kernel."""
    return {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }


def refresh(root: Path) -> str:
    """Bring the notebooks up to date after a capture; say what happened in one line (never raises for a chapter)."""
    try:
        touched = write(root)
    except NotebookError as error:
        return f"notebooks not regenerated: {error}"
    except ImportError as error:  # the docs tools (PyYAML, Python-Markdown, pymdownx) are not installed here
        return f"notebooks not regenerated ({error.name} is not installed): run `nox -s notebooks`"
    return f"notebooks: {len(touched)} changed" + (f" ({', '.join(path.name for path in touched)})" if touched else "")


def main(argv: list[str] | None = None) -> int:
    """Regenerate docs/notebooks/ from the chapters and their CPU captures."""
    parser = argparse.ArgumentParser(prog="python -m docexec.notebook", description=main.__doc__)
    parser.parse_args(argv)
    try:
        touched = write()
    except NotebookError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in touched:
        print(f"wrote {path}" if path.exists() else f"removed {path}", file=sys.stderr)
    print(f"notebooks: {len(touched)} changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
