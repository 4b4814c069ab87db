"""The scenarios a user lives through, timed for every tool in turn within each round,
so drift on the machine hits all."""

from __future__ import annotations

import statistics
import sys
from collections.abc import Sequence

from bench.tools import Tool
from bench.workload import Workload, edit, remove

# In the order the report lists them; a round runs them in the order each needs (a built site before "nothing changed").
SCENARIOS = {
    "from scratch": "no captures, notebooks, caches or site: execute everything, build the site",
    "one edited": "one snippet's source edited (a print appended), then rebuilt",
    "nothing changed": "rebuilt with nothing changed, as CI and GitHub Pages do",
}
ROUND_ORDER = ("from scratch", "nothing changed", "one edited")

Seconds = dict[str, dict[str, list[float]]]  # scenario -> tool -> seconds of each round
Steps = dict[str, dict[str, list[float]]]  # scenario -> step of this project's build -> seconds of each round


def run_rounds(workload: Workload, tools: Sequence[Tool], rounds: int, first_edit: int = 1) -> tuple[Seconds, Steps]:
    """Time every scenario for every tool, `rounds` times; the first tool's steps are kept apart."""
    seconds: Seconds = {scenario: {tool.name: [] for tool in tools} for scenario in SCENARIOS}
    steps: Steps = {scenario: {} for scenario in SCENARIOS}
    for number in range(first_edit, first_edit + rounds):
        for scenario in ROUND_ORDER:
            for tool in tools:
                taken = run(workload, tool, scenario, number)
                seconds[scenario][tool.name].append(sum(taken.values()))
                if tool is tools[0]:
                    for step, value in taken.items():
                        steps[scenario].setdefault(step, []).append(value)
                print(
                    f"  {len(workload.snippets)} snippets, round {number - first_edit + 1}/{rounds}, {scenario}: "
                    f"{tool.name} {sum(taken.values()):.2f} s",
                    file=sys.stderr,
                    flush=True,
                )
    return seconds, steps


def run(workload: Workload, tool: Tool, scenario: str, number: int) -> dict[str, float]:
    """Bring the tool to the scenario's starting point and time its build; seconds of each step."""
    if scenario == "from scratch":
        tool.write(workload.sources())
        tool.clean()
        return tool.build()
    if scenario == "nothing changed":
        return tool.build()
    edited, shown = edit(workload.edited, number)
    tool.write(workload.sources({edited.name: edited.source}))
    taken = tool.build()
    if not tool.shows(shown):
        raise RuntimeError(
            f"{tool.name}: after editing {edited.name}, no page of {tool.site} shows its new output {shown!r}"
        )
    return taken


def code_cache_cost(tool: Tool, rounds: int) -> dict[str, float]:
    """What the highlighted-code cache saves a build with nothing changed: median seconds with it and without it,
    in turn (docexec/codecache.py; the build without it writes it again for the next)."""
    kept, cleared = [], []
    for _ in range(rounds):
        kept.append(sum(tool.build().values()))
        remove(tool.folder / ".nox" / ".docexec-cache" / "code")
        cleared.append(sum(tool.build().values()))
    with_cache, without = statistics.median(kept), statistics.median(cleared)
    return {"with_s": round(with_cache, 2), "without_s": round(without, 2), "ratio": round(with_cache / without, 2)}
