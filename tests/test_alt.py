"""Text alternatives for graphs and figures: what they say, and that every drawing on the site and in the notebooks has one."""

from __future__ import annotations

import io
from collections import Counter
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import pytest
from conftest import REPO

from docexec import alt

SVG = "{http://www.w3.org/2000/svg}"
CAPTURES = sorted((REPO / "captures" / "cpu").rglob("*.json"))


def drawn_texts(svg: str) -> list[str]:
    """The texts an SVG shows, each with its whitespace collapsed."""
    return [" ".join("".join(text.itertext()).split()) for text in ET.fromstring(svg).iter(f"{SVG}text")]


@pytest.mark.parametrize("capture", [c for c in CAPTURES if json.loads(c.read_text())["graphs"]], ids=lambda c: c.stem)
def test_graph_description_names_every_node_graphviz_drew(capture: Path) -> None:
    for graph in json.loads(capture.read_text())["graphs"]:
        description = alt.describe_graph(graph)
        nodes = [g for g in ET.fromstring(graph["svg"]).iter(f"{SVG}g") if g.get("class") == "node"]
        assert f" {len(nodes)} nodes" in description
        labels = [" ".join(t for t in drawn_texts(ET.tostring(node, encoding="unicode")) if not re.fullmatch(r"-+", t)) for node in nodes]
        for label, times in Counter(labels).items():  # show_saved's rules of dashes aside, every text of every node
            assert description.count(label) >= times, f"{graph['name']}: node {label!r} missing from {description!r}"


def test_figure_description_gives_titles_axes_and_legend_but_not_tick_labels() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2)
    fig.suptitle("Two panels")
    left.plot([0, 1], [0, 1], label="straight")
    left.plot([0, 1], [1, 0], label="crossing")
    left.set(title="Lines", xlabel="time (s)", ylabel="distance (m)")
    left.legend()
    right.bar([1, 2], [3, 4])
    right.set(title="Bars", xlabel="group")
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    plt.close(fig)

    description = alt.describe_figure(svg.getvalue())
    assert description.startswith("Figure: Two panels. Lines; distance (m) against time (s); legend: straight, crossing. Bars;")
    assert "x axis: group" in description
    ticks = set(re.findall(r"<!-- ([\d.−-]+) -->", svg.getvalue()))  # matplotlib draws glyphs, naming each text in a comment
    assert ticks and not any(re.search(rf"(?<![\w.]){re.escape(tick)}(?![\w.])", description) for tick in ticks)


def test_labelled_svg_is_one_image_named_by_its_description() -> None:
    svg = alt.labelled('<svg xmlns="http://www.w3.org/2000/svg" width="10pt"><title>n1</title></svg>', 'x < 2 & "y"')
    root = ET.fromstring(svg)
    assert (root.get("role"), root.get("aria-label"), root.get("width")) == ("img", 'x < 2 & "y"', "10pt")


def test_every_graph_and_figure_of_the_site_and_the_notebooks_has_a_description(site: Path) -> None:
    described = 0
    for page in site.rglob("index.html"):
        for figure in re.findall(r'<figure class="snippet-(?:graph|figure)" data-search-exclude>\s*(<svg[^>]*>)', page.read_text(encoding="utf-8")):
            assert re.search(r'role="img" aria-label="(Autograd graph|Figure)[^"]+"', figure), f"{page}: {figure[:200]}"
            described += 1
    drawings = sum(len(c["graphs"]) + len(c["figures"]) for c in map(lambda p: json.loads(p.read_text()), CAPTURES))
    assert described >= drawings > 0
    for path in (REPO / "docs" / "notebooks").glob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                if svg := output.get("data", {}).get("image/svg+xml"):
                    assert ET.fromstring(svg).get("aria-label") == output["data"]["text/plain"], f"{path.name}: {cell.id}"
