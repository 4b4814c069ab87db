"""Show captured text as a terminal would have left it: carriage returns rewrite their line,
escape codes are dropped."""

from __future__ import annotations

import re

# Control sequences: CSI (colours, cursor moves, erasing), OSC (titles, links), and lone two-character escapes.
ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
ERASE_TO_END = re.compile(r"\x1b\[0?K")


def screen(text: str) -> str:
    """The text a terminal shows once `text` has been written to it: the final state of every line."""
    if "\r" not in text and "\x1b" not in text and "\b" not in text:
        return text
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    """One line after its carriage returns, backspaces and erase codes have acted; other escape codes removed."""
    cells: list[str] = []
    cursor = 0
    for piece in re.split(
        f"({ERASE_TO_END.pattern}|\r|\b)", ESCAPE.sub(lambda m: m[0] if ERASE_TO_END.fullmatch(m[0]) else "", line)
    ):
        if piece == "\r":
            cursor = 0
        elif piece == "\b":
            cursor = max(cursor - 1, 0)
        elif ERASE_TO_END.fullmatch(piece):
            del cells[cursor:]
        else:
            cells[cursor : cursor + len(piece)] = piece
            cursor += len(piece)
    return "".join(cells)
