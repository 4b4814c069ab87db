"""CUDA outputs waiting for a GPU: snippets with no CUDA capture of their current source, listed in a committed file.

A snippet edited on a machine without a GPU keeps its old CUDA capture, which its page never shows as current.
The list says which these are, so that a review sees them and the next GPU run knows what to refresh.
"""

from __future__ import annotations

from pathlib import Path

from docexec import store
from docexec.config import Config
from docexec.discover import Snippet

LIST = "pending-gpu.txt"  # in the captures folder
HEADER = (
    "# CUDA outputs pending a GPU run: these snippets have no CUDA capture of their current source, so their\n"
    "# CUDA tabs say so. Written by `python -m docexec capture`; a CUDA capture on a machine with a GPU clears it\n"
    '# (README.md, "Refresh the GPU outputs").\n'
)


def pending(config: Config, snippets: list[Snippet]) -> dict[str, str]:
    """Snippet name -> why its CUDA output is pending, for each snippet that runs on CUDA."""
    found = {}
    for snippet in snippets:
        if "cuda" not in snippet.devices:
            continue
        capture = store.read(config, "cuda", snippet.name)
        if capture is None:
            found[snippet.name] = "never run on a GPU"
        elif store.staleness(capture, snippet):
            found[snippet.name] = (
                f"changed since it ran on {capture['env']['device_name']} (torch {capture['env']['torch']})"
            )
    return found


def list_path(config: Config) -> Path:
    """Where the list is kept."""
    return config.captures / LIST


def listed(config: Config) -> dict[str, str]:
    """The committed list, by snippet name."""
    try:
        text = list_path(config).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    entries = (line.split(None, 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {entry[0]: entry[1] if len(entry) > 1 else "" for entry in entries}


def write(config: Config, found: dict[str, str]) -> bool:
    """Bring the list up to date (no file when nothing is pending); whether it changed."""
    path = list_path(config)
    text = HEADER + "".join(f"{name:<56} {why}\n" for name, why in sorted(found.items())) if found else None
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if text == old:
        return False
    if text is None:
        path.unlink()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        store.write_text(path, text)
    return True


def summary(config: Config, found: dict[str, str]) -> str:
    """One line for a capture's or build's report."""
    if not found:
        return "cuda: no output pending a GPU run"
    names = sorted(found)
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    where = list_path(config)
    return (
        f"cuda: {len(names)} pending a GPU run ({shown}): listed in "
        f"{where.relative_to(config.root) if where.is_relative_to(config.root) else where}"
    )
