"""Render DOT sources to SVG with Graphviz, and make SVG text safe to inline next to others."""

from __future__ import annotations

import re
import shutil
import subprocess

COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
ID = re.compile(r'\bid="([^"]+)"')
METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)
BETWEEN_TAGS = re.compile(r">\s+<")
REFERENCE = re.compile(r'(?:url\(#|href="#)([^"\)]+)')
UNREFERRED_ID = re.compile(r' id="([^"]+)"')
INSTALL_GRAPHVIZ = (
    "Graphviz's `dot` was not found on PATH. Install Graphviz (Debian/Ubuntu: `apt-get install graphviz`, "
    "macOS: `brew install graphviz`, conda: `conda install graphviz`), then run the capture again: "
    "it renders the recorded graphs without re-running the snippets."
)


class GraphvizMissing(RuntimeError):
    """Graphviz's `dot` is not installed."""


def dot_available() -> bool:
    """Whether Graphviz's `dot` is on PATH."""
    return shutil.which("dot") is not None


def render(source: str) -> str:
    """Render a DOT source to SVG with `dot`, without its version comments."""
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizMissing(INSTALL_GRAPHVIZ)
    done = subprocess.run([executable, "-Tsvg"], input=source, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"dot failed: {done.stderr.strip()}")
    return COMMENT.sub("", done.stdout)


def scope_ids(svg: str, prefix: str) -> str:
    """Prefix every id (and every reference to it) so several SVGs can share one page."""
    ids = set(ID.findall(svg))
    if not ids:
        return svg
    pattern = re.compile(
        r'(\bid="|url\(#|href="#)(' + "|".join(map(re.escape, sorted(ids, key=len, reverse=True))) + r')(?=["\)])'
    )
    return pattern.sub(lambda match: f"{match[1]}{prefix}-{match[2]}", svg)


def compact(svg: str, prefix: str) -> str:
    """The same drawing in fewer bytes, for a page: short ids, no metadata, comments or whitespace between tags.

    A capture's ids are long and unique across the site (snippet, device, drawing), and matplotlib names every
    group and refers to a glyph by id at each character it draws. On a page, where `prefix` is unique, an id
    nothing refers to goes and the others become `prefix` and a counter.
    """
    svg = BETWEEN_TAGS.sub("><", COMMENT.sub("", METADATA.sub("", svg))).replace(" \n", " ")
    referred = set(REFERENCE.findall(svg))
    names: dict[str, str] = {}
    for name in ID.findall(svg):
        if name in referred:
            names.setdefault(name, f"{prefix}{_base36(len(names))}")
    svg = UNREFERRED_ID.sub(lambda match: "" if match[1] not in referred else match[0], svg)
    if not names:
        return svg
    pattern = re.compile(
        r'(\bid="|url\(#|href="#)(' + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r')(?=["\)])'
    )
    return pattern.sub(lambda match: f"{match[1]}{names[match[2]]}", svg)


def _base36(number: int) -> str:
    """0 -> "0", 35 -> "z", 36 -> "10"."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def strip_prolog(svg: str) -> str:
    """Drop the XML declaration and DOCTYPE so the SVG can sit inside HTML."""
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg
