"""Make captured text byte-for-byte reproducible: no memory addresses, machine paths or object ids."""

from __future__ import annotations

import functools
import re
import site
import sysconfig
from pathlib import Path

ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{6,16}\b")
NODE_ID = re.compile(r"\b\d{8,}\b")  # torchviz names graph nodes by id()


def output(text: str, *, root: Path, scratch: Path | None = None) -> str:
    """Replace machine-specific paths and memory addresses in a snippet's output."""
    replacements = [(str(root.resolve()) + "/", ""), *_interpreter_paths()]
    if scratch is not None:
        replacements.append((str(scratch.resolve()) + "/", ""))
    for old, new in sorted(replacements, key=lambda pair: -len(pair[0])):
        text = text.replace(old, new)
    return ADDRESS.sub("0x...", text)


@functools.cache
def _interpreter_paths() -> tuple[tuple[str, str], ...]:
    """Where this Python's packages and standard library live, and what to show instead."""
    packages = {*site.getsitepackages(), sysconfig.get_paths()["purelib"]}
    return (
        *((path.rstrip("/") + "/", "<site-packages>/") for path in packages),
        (sysconfig.get_paths()["stdlib"].rstrip("/") + "/", "<python>/"),
    )


def dot(source: str) -> str:
    """Rename id()-based node names in a DOT source to n1, n2, ... in order of appearance."""
    names: dict[str, str] = {}
    return NODE_ID.sub(lambda match: names.setdefault(match[0], f"n{len(names) + 1}"), source)
