"""Compare a snippet's CPU and CUDA captures: the same, different only by release, or different in substance."""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from typing import Any

from docexec.terminal import screen

DEVICE_NAME = re.compile(r"\b(?:cuda(?::\d+)?|cpu)\b")
DEVICE_KWARG = re.compile(r",\s*device='DEVICE'")
TRIGGERED = re.compile(r"\s*\(Triggered internally at [^)]*\)")  # where in torch's C++ a warning was raised
WARNING = re.compile(r"^.*:\d+: (\w*Warning): .*\n(?:[ \t]+\S.*\n)?", re.M)  # a warning's line, message and source line
ORDERED_DICT = "OrderedDict(["  # Python 3.11's repr; 3.12 prints OrderedDict({...})


class Difference(Enum):
    """How two captures of one snippet differ, from the reader's point of view."""

    NONE = "none"  # the same, once the device's name is set aside
    RELEASE = "release"  # only in what a torch or Python release words, lays out or locates differently
    SUBSTANCE = "substance"  # values, types, which exception: the "CPU ≠ CUDA" badge


def compare(cpu: dict[str, Any] | None, cuda: dict[str, Any] | None) -> Difference | None:
    """How the CUDA capture differs from the CPU one; None without both."""
    if not cpu or not cuda:
        return None
    if _shown(cpu) == _shown(cuda):
        return Difference.NONE
    versions = {key: cpu["env"].get(key) == cuda["env"].get(key) for key in ("torch", "python")}
    if _substance(cpu, **versions) == _substance(cuda, **versions):
        return Difference.RELEASE
    return Difference.SUBSTANCE


def release_note(cpu: dict[str, Any], cuda: dict[str, Any]) -> str:
    """The sentence saying that the CUDA tab differs from the CPU one only by release."""
    releases = [
        f"{name} {cuda['env'][key]} against {cpu['env'][key]}"
        for key, name in (("torch", "torch"), ("python", "Python"))
        if cpu["env"].get(key) != cuda["env"].get(key)
    ]
    if not releases:
        return "It differs from the CPU tab only in where each build of torch says its C++ source lies."
    return (
        f"It differs from the CPU tab only in what the two releases ({'; '.join(releases)}) "
        "word, lay out or locate differently."
    )


def _shown(capture: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """What a reader sees, less the device's own name."""
    exception = capture["exception"]
    return (
        _devices(screen(capture["output"])),
        exception and exception["type"],
        exception and _devices(exception["message"]),
    )


def _substance(capture: dict[str, Any], *, torch: bool, python: bool) -> tuple[str, str | None, int | None, str | None]:
    """What a capture printed and how it ended, less what differs between devices or releases alone.

    Between two torch releases a warning's or an error's wording (and where in torch a warning was raised) are not
    substance; between two Python releases the repr of an OrderedDict is not. Values, types, which exception and
    on which line of the snippet are.
    """
    output = screen(capture["output"])
    if not torch:
        output = WARNING.sub(r"\1\n", output)
    if not python:
        output = _ordered_dicts_as_312(output)
    output = _plain(output)
    exception = capture["exception"]
    if exception is None:
        return output, None, None, None
    return output, exception["type"], exception["lineno"], _plain(exception["message"]) if torch else None


def _plain(text: str) -> str:
    """Text with device names made equal, `device=` removed from reprs, and no C++ source location of torch's."""
    return _devices(TRIGGERED.sub("", text))


def _devices(text: str) -> str:
    """Text with device names made equal and `device=` removed from reprs."""
    return DEVICE_KWARG.sub("", DEVICE_NAME.sub("DEVICE", text))


def _ordered_dicts_as_312(text: str) -> str:
    """Rewrite Python 3.11's `OrderedDict([('k', v), ...])` as 3.12 prints it, `OrderedDict({'k': v, ...})`."""
    out: list[str] = []
    start = 0
    while (found := text.find(ORDERED_DICT, start)) >= 0:
        end = _closing(text, found + len(ORDERED_DICT) - 1)
        if end is None or text[end + 1 : end + 2] != ")":
            out.append(text[start : found + len(ORDERED_DICT)])
            start = found + len(ORDERED_DICT)
            continue
        items = _split_top_level(text[found + len(ORDERED_DICT) : end])
        pairs = [pair for item in items if (pair := _pair(item)) is not None]
        if len(pairs) < len(items):
            out.append(text[start : end + 2])
        else:
            out.append(
                text[start:found] + "OrderedDict({" + ", ".join(f"{key}: {value}" for key, value in pairs) + "})"
            )
        start = end + 2
    out.append(text[start:])
    return "".join(out)


def _closing(text: str, opening: int) -> int | None:
    """The index of the bracket closing the one at `opening`, skipping quoted strings; None if it never closes."""
    return next((index for index, char, depth in _outside_strings(text, opening) if depth == 0 and char in ")]}"), None)


def _split_top_level(text: str) -> list[str]:
    """Split at the commas that are inside no bracket and no string."""
    cuts = [index for index, char, depth in _outside_strings(text) if char == "," and depth == 0]
    parts = [text[start + 1 : end].strip() for start, end in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    return [part for part in parts if part]


def _outside_strings(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character outside quoted strings from `start`, with the bracket depth after it."""
    depth, quote = 0, ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if char == quote and text[index - 1] != "\\":
                quote = ""
            continue
        if char in "'\"":
            quote = char
        depth += (char in "([{") - (char in ")]}")
        yield index, char, depth


def _pair(item: str) -> tuple[str, str] | None:
    """('key', value) as its key and value, or None if it is not a two-item tuple."""
    if not (item.startswith("(") and item.endswith(")")):
        return None
    inner = _split_top_level(item[1:-1])
    return (inner[0], inner[1]) if len(inner) == 2 else None
