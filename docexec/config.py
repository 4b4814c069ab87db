"""Read the project's [tool.docexec] settings from pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEVICES = ("cpu", "cuda")
# The environment's say on the extension's `problems` option, for an engine adapter that runs no hook (Zensical).
PROBLEMS = "DOCEXEC_PROBLEMS"


@dataclass(frozen=True)
class Config:
    """Where snippets and captures live, and the limits a snippet runs under."""

    root: Path
    snippets: Path
    captures: Path
    timeout: float = 120.0
    max_output: int = 20_000  # characters of output, and of a traceback
    max_drawing: int = 1_000_000  # characters of one graph's DOT or one figure's SVG
    python: str | None = None  # the Python minor version CPU captures must come from ("3.11"); None: any
    cache: Path | None = None  # snippets' code blocks highlighted before, kept between builds; None: not kept


def find_root(start: Path | None = None) -> Path:
    """Return the nearest folder at or above `start` that holds a pyproject.toml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    raise FileNotFoundError(f"no pyproject.toml at or above {here}")


def mkdocs_settings(root: Path) -> dict[str, Any]:
    """mkdocs.yml as data; its !!python tags (none today, but Material's recipes use them) load as None."""
    import yaml  # from the docs tools: the capture, which never reads mkdocs.yml, runs without them

    class Loader(yaml.SafeLoader):
        """The safe loader, plus None for each !!python tag."""

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    site: dict[str, Any] = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return site


def load(root: Path | None = None) -> Config:
    """Load the settings of the project at `root` (found from the working directory if omitted)."""
    root = find_root(root)
    settings = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["docexec"]
    return Config(
        root=root,
        snippets=root / settings.get("snippets", "snippets"),
        captures=root / settings.get("captures", "captures"),
        timeout=float(settings.get("timeout", 120)),
        max_output=int(settings.get("max_output", 20_000)),
        max_drawing=int(settings.get("max_drawing", 1_000_000)),
        python=str(settings["python"]) if settings.get("python") else None,
        cache=root / settings["cache"] if settings.get("cache") else None,
    )
