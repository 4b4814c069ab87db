"""Text alternatives for graphs and figures, read from what a capture already holds: a graph's DOT, a figure's SVG."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

# torchviz's fill colours say what a node is; the rest are operations, named by their label.
TORCHVIZ_ROLES = {"darkolivegreen1": "output", "lightblue": "tensor", "orange": "saved tensor"}
DOT_NODE = re.compile(r'^\s*(?!(?:graph|node|edge)\b)(\w+)\s*\[((?:[^\]"]|"(?:[^"\\]|\\.)*")*)\]', re.MULTILINE)
DOT_ATTRIBUTE = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^\s\]]+)')
# matplotlib names each SVG group after what it draws: axes_1, legend_1, matplotlib.axis_2, xtick_3...
MPL_GROUP = re.compile(r"(axes|legend|matplotlib\.axis|xtick|ytick)_(\d+)$")


def labelled(svg: str, text: str) -> str:
    """The SVG as one image whose accessible name is `text` (role="img" and aria-label on its root element)."""
    return re.sub(r"<svg\b", f'<svg role="img" aria-label="{html.escape(text)}"', svg, count=1)


def describe_graph(graph: dict[str, Any]) -> str:
    """A captured torchviz graph in words: its nodes in the order torchviz lists them, the output first."""
    nodes = []
    for _, attributes in DOT_NODE.findall(graph["dot"]):
        values = {key: _unquote(value) for key, value in DOT_ATTRIBUTE.findall(attributes)}
        label = " ".join(re.sub(r"-{3,}", " ", values.get("label", "")).split())  # show_saved's rules: ----
        nodes.append(" ".join(filter(None, [TORCHVIZ_ROLES.get(values.get("fillcolor", "")), label])))
    return f"Autograd graph {graph['name']}, {len(nodes)} nodes from the output back: {', '.join(nodes)}."


def describe_figure(svg: str) -> str:
    """A matplotlib figure in words: per panel, its titles and texts, which axis label against which, its legend."""
    root = ET.fromstring(svg, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True)))
    panels: dict[str, dict[str, Any]] = {}
    loose: list[str] = []  # texts outside any axes: a figure title
    for groups, text in _texts(root):
        if "xtick" in groups or "ytick" in groups:
            continue  # tick labels: numbers a sighted reader reads off the axes, noise when read aloud
        if "axes" not in groups:
            loose.append(text)
            continue
        panel = panels.setdefault(groups["axes"], {"texts": [], "x": None, "y": None, "legend": []})
        if "legend" in groups:
            panel["legend"].append(text)
        elif "matplotlib.axis" in groups:  # numbered in pairs per panel: x, then y
            panel["x" if int(groups["matplotlib.axis"]) % 2 else "y"] = text
        else:
            panel["texts"].append(text)
    parts = [", ".join(loose)] if loose else []
    for panel in panels.values():
        words = [", ".join(panel["texts"])] if panel["texts"] else []
        if panel["x"] and panel["y"]:
            words.append(f"{panel['y']} against {panel['x']}")
        elif panel["x"] or panel["y"]:
            words.append("x axis: " + panel["x"] if panel["x"] else "y axis: " + panel["y"])
        if panel["legend"]:
            words.append("legend: " + ", ".join(panel["legend"]))
        parts.append("; ".join(words))
    described = ". ".join(part for part in parts if part)
    return f"Figure: {described}." if described else "Figure without text."


def _texts(node: ET.Element, groups: dict[str, str] | None = None) -> Iterator[tuple[dict[str, str], str]]:
    """Each text matplotlib drew (it precedes the glyphs with a comment), with the groups it sits in: kind -> number."""
    groups = groups or {}
    for child in node:
        tag: object = child.tag  # a str to typeshed; a comment's tag is the ET.Comment factory itself
        if tag is ET.Comment:
            if text := " ".join(_plain(child.text or "").split()):
                yield groups, text
        elif match := MPL_GROUP.search(child.get("id", "")):
            yield from _texts(child, {**groups, match[1]: match[2]})
        else:
            yield from _texts(child, groups)


def _plain(text: str) -> str:
    """Mathtext as plain text: `$\\mathdefault{10^{-2}}$` becomes `10^{-2}`."""
    return re.sub(r"\\mathdefault\{(.*)\}", r"\1", text).replace("$", "")


def _unquote(value: str) -> str:
    """A DOT attribute value without its quotes and escapes."""
    return re.sub(r"\\(.)", r"\1", value[1:-1]) if value.startswith('"') else value
