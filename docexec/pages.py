"""Read chapter pages: which lines are fenced code (as CommonMark decides), and which embed a snippet."""

from __future__ import annotations

import re
import shlex
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

EMBED_PREFIX = "::snippet"
OUTPUTS = (
    "::outputs"  # a line of its own: the sentence saying where the page's outputs come from, derived from its captures
)
# A line of its own after prose that says what a GPU prints: `::gpu-claim chapter/name.py ...` names the snippets
# whose CUDA output the claim rests on. While one of them awaits a GPU run, the page says so there.
GPU_CLAIM = "::gpu-claim"
# exercise: "predict the output", the output folded away. solution: a "write the code" exercise's answer,
# code and output folded away together. picture: a snippet whose job is to draw, its picture shown and the code
# that draws it folded away (still copyable and downloadable).
EMBED_OPTIONS = frozenset({"exercise", "solution", "picture"})
OPENING_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@dataclass(frozen=True)
class Embed:
    """A line of a page that embeds a snippet, and the indented note under it (the answer's "why")."""

    lineno: int
    name: str
    options: frozenset[str]
    note: str = ""
    end_lineno: int = 0  # the last line the embed takes up: its own, or its note's last
    problem: str | None = None  # why the line cannot be used as written

    @property
    def line(self) -> str:
        """The embed line as it should be written."""
        name = shlex.quote(self.name) if re.search(r"\s", self.name) else self.name
        return " ".join([EMBED_PREFIX, name, *sorted(self.options)])


def embed_line(name: str) -> str:
    """The line that embeds snippet `name`, quoted if it has to be."""
    return Embed(0, name, frozenset()).line


def fenced(lines: list[str]) -> Iterator[tuple[int, str, bool]]:
    """Yield (line number, line, whether it belongs to a fenced code block, fences included)."""
    fence: re.Match[str] | None = None
    for lineno, line in enumerate(lines, start=1):
        if fence is None:
            opening = OPENING_FENCE.match(line)
            # A backtick fence's info string may not hold a backtick: "``` `x` ```" is inline code.
            if opening and not (opening["fence"][0] == "`" and "`" in opening["info"]):
                fence = opening
            yield lineno, line, fence is not None
        else:
            yield lineno, line, True
            # It closes on a run of the same character at least as long, with nothing after it.
            closing = line.strip()
            if closing and set(closing) == {fence["fence"][0]} and len(closing) >= len(fence["fence"]):
                fence = None


def find_embeds(markdown: str) -> list[Embed]:
    """The embed lines of a page outside fenced code, each with its note; malformed ones carry a problem."""
    lines = markdown.splitlines()
    embeds: list[Embed] = []
    for lineno, line, in_fence in fenced(lines):
        if in_fence or not line.startswith(EMBED_PREFIX):
            continue
        end = lineno
        while end < len(lines) and lines[end].startswith("    ") and lines[end].strip():
            end += 1
        note = textwrap.dedent("\n".join(lines[lineno:end]))
        embeds.append(_parse(lineno, line, note, end))
    return embeds


def _parse(lineno: int, line: str, note: str, end: int) -> Embed:
    """One embed line, or an Embed whose problem says why it cannot be read."""
    usage = f"write `{EMBED_PREFIX} chapter/name.py [{'|'.join(sorted(EMBED_OPTIONS))}]` (quote a name with spaces)"
    try:
        words = shlex.split(line[len(EMBED_PREFIX) :])
    except ValueError as error:
        return Embed(lineno, "", frozenset(), note, end, f"cannot read {line.strip()!r} ({error}): {usage}")
    if not line[len(EMBED_PREFIX) :][:1].isspace() or not words:
        return Embed(lineno, "", frozenset(), note, end, f"cannot read {line.strip()!r}: {usage}")
    name, options = words[0], frozenset(words[1:])
    if unknown := options - EMBED_OPTIONS:
        return Embed(lineno, name, options, note, end, f"unknown option {sorted(unknown)[0]!r}: {usage}")
    if len(options) > 1:
        return Embed(
            lineno, name, options, note, end, f"an embed is one of exercise, solution or picture, not two: {usage}"
        )
    if note and not options:
        return Embed(
            lineno,
            name,
            options,
            note,
            end,
            "an indented note under an embed explains an exercise's answer; "
            "add `exercise` or `solution`, or un-indent it",
        )
    return Embed(lineno, name, options, note, end)


def gpu_claim(line: str) -> list[str] | None:
    """The snippet names of a `::gpu-claim` line (empty if it names none), or None for any other line."""
    if line != GPU_CLAIM and not line.startswith(GPU_CLAIM + " "):
        return None
    return line[len(GPU_CLAIM) :].split()


def locate(texts: dict[str, str], markdown: str) -> tuple[str, int] | None:
    """Which of the pages (name -> text as written) a Markdown text is, and how many lines of front matter the engine
    took off its top.

    A Markdown extension is given a page's text, not its name; the name is what a reader of an error needs.
    """
    body = markdown.replace("\r\n", "\n").strip("\n")
    with_front_matter = None
    for name, written in texts.items():
        text = written.rstrip("\n")
        if text.lstrip("\n") == body:
            return name, len(text) - len(text.lstrip("\n"))
        if with_front_matter is None and text.startswith("---") and text.endswith(body):
            with_front_matter = name, text[: len(text) - len(body)].count("\n")
    return with_front_matter
