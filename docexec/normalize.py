"""Make captured text byte-for-byte reproducible: no memory addresses, machine paths or object ids."""

from __future__ import annotations

import re
from pathlib import Path

from docexec.sandbox.worker import interpreter_paths

# A memory address in a repr: "<MulBackward0 object at 0x7f3a…>", "<function f at 0x…>". A hex number the
# snippet printed itself (hex(), float.hex()) is a value, and is left alone.
ADDRESS = re.compile(r"(?<=\bat )0x[0-9a-fA-F]+\b")
NODE_ID = re.compile(r"\b\d{8,}\b")  # torchviz names graph nodes by id()


def output(text: str, *, root: Path, cwd: Path | None = None, interpreter: list[tuple[str, str]] | None = None) -> str:
    """Replace machine-specific paths (the project's, the interpreter's, the run's own folder) and memory addresses."""
    replacements = [(str(root.resolve()) + "/", ""), *(interpreter if interpreter is not None else interpreter_paths())]
    if cwd is not None:  # a fresh folder each run: shown as the "." it is to the snippet
        replacements += [(str(cwd.resolve()) + "/", ""), (str(cwd.resolve()), ".")]
    for old, new in sorted(replacements, key=lambda pair: -len(pair[0])):
        text = text.replace(old, new)
    return ADDRESS.sub("0x...", text)


def dot(source: str) -> str:
    """Rename id()-based node names in a DOT source to n1, n2, ... in order of appearance."""
    names: dict[str, str] = {}
    return NODE_ID.sub(lambda match: names.setdefault(match[0], f"n{len(names) + 1}"), source)
