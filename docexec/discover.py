"""Find snippets and read the directives at their top."""

from __future__ import annotations

import ast
import hashlib
import io
import re
import tokenize
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from docexec.config import DEVICES, Config

DIRECTIVE = re.compile(r"#\s*(raises(?:\s+on\s+(?P<device>\w+))?|runs on)\s*:\s*(?P<value>.+?)\s*$")
ALONE = re.compile(r"#\s*runs alone\b(?:\s*:.*)?$")  # "# runs alone: it times the GPU"


class SnippetError(Exception):
    """A snippet that cannot be run as written; the message names its file and line."""


@dataclass(frozen=True)
class Snippet:
    """One example file and what it declares about how it ends on each device."""

    name: str  # path below the snippets folder, with forward slashes: "tensors/view.py"
    path: Path
    source: str  # the text, decoded as Python decodes it (coding cookie, UTF-8 BOM)
    data: bytes  # the file's bytes, which the capture runs, as `python path` would
    raises: dict[str, str] = field(default_factory=dict)  # device -> exception class name
    devices: tuple[str, ...] = DEVICES
    alone: bool = False  # timing or memory figures: no other snippet may run beside it

    @cached_property
    def sha256(self) -> str:
        """Hash of the source: a capture of other source is stale."""
        return hashlib.sha256(self.source.encode()).hexdigest()

    @cached_property
    def imports(self) -> set[str]:
        """Modules the snippet imports, by full dotted name (what a warm worker should preload)."""
        found: set[str] = set()
        for node in ast.walk(self._tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
        return found

    @cached_property
    def references(self) -> set[str]:
        """Dotted names the snippet imports or uses, spelled out: after `from torch import optim`,
        `optim.SGD` is torch.optim.SGD."""
        names: dict[str, str] = {}
        for node in ast.walk(self._tree):
            if isinstance(node, ast.Import):
                names.update(
                    (alias.asname, alias.name) if alias.asname else (alias.name.split(".")[0],) * 2
                    for alias in node.names
                )
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.update((alias.asname or alias.name, f"{node.module}.{alias.name}") for alias in node.names)
        found = set(names.values())
        for node in ast.walk(self._tree):
            chain: list[str] = []
            while isinstance(node, ast.Attribute):
                chain.insert(0, node.attr)
                node = node.value
            if chain and isinstance(node, ast.Name) and node.id in names:
                found.add(".".join([names[node.id], *chain]))
        return found

    @cached_property
    def _tree(self) -> ast.Module:
        """The parsed source; empty if it is not valid Python (the capture reports that with its line)."""
        try:
            return ast.parse(self.source)
        except SyntaxError:
            return ast.Module(body=[], type_ignores=[])


def parse_directives(name: str, path: Path, data: bytes) -> Snippet:
    """Build a Snippet from its file's bytes, reading the comment lines at its top."""
    source = decode(path, data)
    raises: dict[str, str] = {}
    devices: tuple[str, ...] = DEVICES
    alone = False
    for lineno, line in enumerate(source.splitlines(), start=1):
        if not line.startswith("#"):
            break
        if ALONE.match(line):
            alone = True
            continue
        match = DIRECTIVE.match(line)
        if not match:
            continue
        value = match["value"]
        if match[1] == "runs on":
            devices = tuple(d.strip() for d in value.split(","))
            unknown = [d for d in devices if d not in DEVICES]
        else:
            unknown = [match["device"]] if match["device"] and match["device"] not in DEVICES else []
            for device in [match["device"]] if match["device"] else DEVICES:
                raises[device] = value
        if unknown:
            raise SnippetError(f"{path}:{lineno}: unknown device {unknown[0]!r}; use one of {', '.join(DEVICES)}")
    return Snippet(name=name, path=path, source=source, data=data, raises=raises, devices=devices, alone=alone)


def decode(path: Path, data: bytes) -> str:
    """A snippet's text as Python reads it: UTF-8, or what its coding cookie says; a BOM is dropped."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        if not str(error).startswith(
            "invalid or missing encoding declaration"
        ):  # an unknown encoding, a contradicting BOM
            raise SnippetError(f"{path}:{error.lineno or 1}: {error}") from None
        encoding = "utf-8"  # bytes that are not UTF-8 in its first lines: said below, with the line
    try:
        return data.decode(encoding).removeprefix("\ufeff").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SnippetError(
            f"{path}:{line}: cannot be read as {encoding}: {error.reason} (byte {data[error.start]:#04x}); "
            "save it as UTF-8, or declare its encoding in a `# -*- coding: ... -*-` line"
        ) from None


_read: dict[tuple[str, Path], Snippet] = {}  # the snippets read before, by name and path


def load_snippet(config: Config, path: Path, root: Path | None = None) -> Snippet:
    """Read one snippet file; the same bytes read before give the same snippet
    (`mkdocs serve` reads all at each rebuild).

    `root` is the snippets folder, resolved (by the caller that loads many).
    """
    name = path.resolve().relative_to(root or config.snippets.resolve()).as_posix()
    data = path.read_bytes()
    if (known := _read.get((name, path))) is not None and known.data == data:
        return known
    _read[(name, path)] = snippet = parse_directives(name, path, data)
    return snippet


def find_snippets(
    config: Config, selection: list[str] | None = None, problems: dict[str, str] | None = None
) -> list[Snippet]:
    """Return the snippets below the snippets folder, or those named (files or folders) in `selection`.

    A file that cannot be read as a snippet raises SnippetError, or, if `problems` is given, is noted there by
    name and left out, so that one bad file does not stop the others.
    """
    paths: list[Path] = []
    for item in selection or [str(config.snippets)]:
        path = resolve_selection(config, item)
        paths.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    snippets = []
    root = config.snippets.resolve()
    for path in dict.fromkeys(paths):
        try:
            snippets.append(load_snippet(config, path, root))
        except SnippetError as error:
            if problems is None:
                raise
            problems[path.resolve().relative_to(root).as_posix()] = str(error)
    return snippets


def resolve_selection(config: Config, item: str) -> Path:
    """Find a snippet file or folder given as a path, or as a name below the snippets folder."""
    for candidate in (Path(item), config.snippets / item, config.root / item):
        if candidate.exists():
            resolved = candidate.resolve()
            if resolved == config.snippets.resolve() or config.snippets.resolve() in resolved.parents:
                return resolved
    raise SnippetError(f"{item}: no such snippet or folder below {config.snippets}")


def check_syntax(snippet: Snippet) -> None:
    """Raise SnippetError naming file, line and column if the snippet is not valid Python."""
    try:
        compile(snippet.data, str(snippet.path), "exec", dont_inherit=True)
    except SyntaxError as error:
        raise SnippetError(f"{snippet.path}:{error.lineno}:{error.offset or 0}: SyntaxError: {error.msg}") from None
