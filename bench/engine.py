"""The capture engine against its own floor: a full capture, the second runs that check output is stable,
a run with nothing to do."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

from bench.tools import ThisProject
from bench.workload import remove, timed
from docexec import config as settings
from docexec import run
from docexec.discover import find_snippets

TARGETS = {"vs_floor": 1.5, "no_change_s": 1.0}


def measure(project: ThisProject, rounds: int) -> dict[str, Any]:
    """Median figures of `rounds` interleaved rounds, on the project's own folder (left with current captures)."""
    capture = [project.python, "-m", "docexec", "capture", "--device", "cpu"]
    figures: dict[str, list[float]] = {}
    for _ in range(rounds):
        remove(project.folder / "captures")
        once = timed([*capture, "--once"], project.folder, project.env)  # every snippet new, each run once
        remove(project.folder / "captures")
        twice = timed(capture, project.folder, project.env)  # every snippet new: each run twice, side by side
        full = timed([*capture, "--force"], project.folder, project.env)  # all current: --force runs each once
        torch_import = timed([project.python, "-c", "import torch"], project.folder, project.env)
        own = _own_seconds(project.folder)
        no_change = timed(capture, project.folder, project.env)
        for key, value in {
            "full_capture_s": full,
            "torch_import_s": torch_import,
            "snippets_own_s": own,
            "floor_s": torch_import + own,
            "vs_floor": full / (torch_import + own),
            "new_once_s": once,
            "new_checked_s": twice,
            "check_cost": twice / once,
            "no_change_s": no_change,
        }.items():
            figures.setdefault(key, []).append(value)
    medians: dict[str, Any] = {key: statistics.median(values) for key, values in figures.items()}
    medians["targets"] = {key: {"at_most": limit, "met": medians[key] <= limit} for key, limit in TARGETS.items()}
    return medians


def _own_seconds(folder: Path) -> float:
    """The snippets' own run time, one at a time in this process's warm worker: what no engine can save."""
    config = settings.load(folder)
    snippets = [snippet for snippet in find_snippets(config) if "cpu" in snippet.devices]
    with run.Runner(config, sys.executable) as runner:
        report = run.capture(config, snippets, "cpu", runner, force=True, jobs=1, recheck=False)
    return sum(report.captured.values())


def report(figures: dict[str, Any]) -> str:
    """The engine's figures as a person reads them."""
    return "\n".join(
        [
            f"Capture engine ({figures['snippets']} snippets): full capture {figures['full_capture_s']:.2f} s, "
            f"{figures['vs_floor']:.2f}x its floor of {figures['floor_s']:.2f} s "
            f"(one torch import {figures['torch_import_s']:.2f} s + the snippets' own run time "
            f"{figures['snippets_own_s']:.2f} s; target <= {TARGETS['vs_floor']}x).",
            f"Nothing to capture: {figures['no_change_s']:.2f} s (target < {TARGETS['no_change_s']:.0f} s).",
            f"Checking that new snippets print the same twice: {figures['new_checked_s']:.2f} s "
            f"for all of them new, against {figures['new_once_s']:.2f} s run once (--once): "
            f"{figures['check_cost']:.2f}x.",
        ]
    )
