"""Reports of what another torch release changes, as the site reads them: which report is the newest, which examples
it lists, and which it has not checked. `tools/drift.py` makes the reports (`nox -s drift -- VERSION`).

A report is `captures/drift/torch-VERSION.json`; the site shows the newest one, on one page (`changes/torch.md`),
and `changes_for()` links each example it lists from the example's block.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from docexec.config import Config
from docexec.discover import find_snippets

DRIFT = "drift"  # below the captures folder (store.orphans() looks at device folders only)
PAGE = "changes/torch.md"  # below the docs folder: the newest report's page, one name whatever the release
UNCHECKED = "::drift-unchecked"  # a line of the page: how many examples changed since the report, said at build time


def data_path(config: Config, version: str) -> Path:
    """Where the report on torch `version` is kept."""
    return config.captures / DRIFT / f"torch-{version}.json"


def anchor(name: str) -> str:
    """The id of a snippet's section on a report page."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name.removesuffix(".py")).strip("-").lower()


def release(version: str) -> tuple[int, ...]:
    """A torch version as numbers to order by ("2.15.0+cpu" -> (2, 15, 0))."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3])


def newest(captures: Path) -> dict[str, Any] | None:
    """The report on the newest torch below the captures folder (its file's path under "path"), or None."""
    found = [(release(path.stem.removeprefix("torch-")), path) for path in (captures / DRIFT).glob("torch-*.json")]
    if not found:
        return None
    path = max(found)[1]
    return {**json.loads(path.read_text(encoding="utf-8")), "path": path}


def unchecked(config: Config, data: dict[str, Any]) -> list[str]:
    """The CPU snippets a report has not compared: added or changed since it was made
    (all of them if it does not say)."""
    compared = data.get("sources", {})
    unreadable: dict[str, str] = {}  # reported by the build's not-embedded check; here, simply not compared
    readable = find_snippets(config, problems=unreadable)
    changed = [s.name for s in readable if "cpu" in s.devices and compared.get(s.name) != s.sha256]
    return sorted([*changed, *unreadable])


def report_of_page(config: Config, page: str) -> dict[str, Any] | None:
    """The report a page below the docs folder shows, if it is the report's page."""
    return newest(config.captures) if page == PAGE else None


@lru_cache(maxsize=4)
def _listed(captures: Path, stamp: int) -> dict[str, list[tuple[str, str, str]]]:
    """Snippet name -> (label, page#anchor, the source hash it was compared at), from the newest report; `stamp` is the
    reports folder's time, which a new report changes."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    if (data := newest(captures)) is not None:
        version = data["torch"].split("+")[0]
        label = f"changes in torch {'.'.join(version.split('.')[:2])}"
        for change in data["changes"]:
            found.setdefault(change["snippet"], []).append(
                (label, f"{PAGE}#{anchor(change['snippet'])}", change["source_sha256"])
            )
    return found


def changes_for(config: Config, snippet_name: str, source_sha256: str | None = None) -> list[tuple[str, str]]:
    """The reports that list a snippet: (label, page and anchor below the docs folder), e.g.
    ("changes in torch 2.15", "changes/torch.md#tensors-view-of-transpose-error").

    With `source_sha256` (the snippet's current hash), a report made from other source is left out: what it says
    may no longer hold. The report is read again when the reports folder changes.
    """
    return [
        (label, where)
        for label, where, sha in _listed(config.captures.resolve(), _stamp(config.captures / DRIFT)).get(
            snippet_name, []
        )
        if source_sha256 is None or sha == source_sha256
    ]


def _stamp(folder: Path) -> int:
    """A folder's modification time, 0 if there is none."""
    try:
        return folder.stat().st_mtime_ns
    except FileNotFoundError:
        return 0
