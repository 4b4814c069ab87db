"""Benchmark this project against mkdocs-jupyter, markdown-exec and mkdocs-gallery,
scenario by scenario; the last line is JSON."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any, overload

from bench import engine, pageweight
from bench.peers import PEERS
from bench.scenarios import SCENARIOS, Seconds, Steps, code_cache_cost, run_rounds
from bench.serve import save_to_reload
from bench.tools import ThisProject, ThisProjectOnZensical, Tool
from bench.workload import Workload, select
from docexec import config as settings

# scenario -> (the peer it is compared with, None for the fastest; the most this project may take, as a ratio)
TARGETS: dict[str, tuple[str | None, float]] = {
    "from scratch": ("markdown-exec", 1.3),
    "one edited": (None, 0.5),
    "nothing changed": ("mkdocs-jupyter", 1.0),
}
SERVE_TARGET_S = 1.5  # median seconds from saving a snippet to the open page showing its new output
QUICK = {"counts": "3", "rounds": 1, "serve_edits": 1, "page_weight_loads": 0, "engine_rounds": 1}


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios for each tool at each size, then print the tables and one JSON line."""
    args = _parse(argv)
    root = settings.find_root(Path(__file__).parent)
    peers = [peer for peer in PEERS if peer.name in args.peers]
    missing = [peer.name for peer in peers if not peer.installed()]
    peers = [peer for peer in peers if peer.installed()]
    chromium = Path(pageweight.CHROMIUM).exists()
    load_at_start = os.getloadavg()[0]
    runs: list[tuple[Workload, list[Tool], Seconds, Steps]] = []
    serve: list[float] = []
    serve_zensical: list[float] = []
    weights: dict[str, Any] | None = None
    capture: dict[str, Any] | None = None
    code_cache: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="docexec-bench-") as scratch:
        for count in _counts(args.counts):
            workload = select(root, count, their_chapters_only=args.quick)
            folder = Path(scratch) / str(len(workload.snippets))
            tools: list[Tool] = [
                ThisProject(workload, folder / "this-project"),
                ThisProjectOnZensical(workload, folder / "on-zensical"),
            ]
            tools += [peer(workload, folder / peer.name) for peer in peers]
            print(
                f"{len(workload.snippets)} snippets: {', '.join(tool.name for tool in tools)}",
                file=sys.stderr,
                flush=True,
            )
            runs.append((workload, tools, *run_rounds(workload, tools, args.rounds)))
        project, on_zensical = runs[0][1][:2]  # at the largest size
        assert isinstance(project, ThisProject) and isinstance(on_zensical, ThisProjectOnZensical)
        print(f"highlighted-code cache: {args.rounds} round(s)", file=sys.stderr, flush=True)
        code_cache = code_cache_cost(project, args.rounds)
        if args.engine_rounds:
            print(f"capture engine: {args.engine_rounds} round(s)", file=sys.stderr, flush=True)
            capture = {"snippets": len(project.workload.snippets), **engine.measure(project, args.engine_rounds)}
        if chromium and args.serve_edits:
            print(f"serve: {args.serve_edits} edits of {project.workload.edited.name}", file=sys.stderr, flush=True)
            serve = save_to_reload(project, args.serve_edits)
            print(f"serve on Zensical: {args.serve_edits} edits", file=sys.stderr, flush=True)
            serve_zensical = save_to_reload(on_zensical, args.serve_edits)
        if chromium and args.page_weight_loads:
            project.write(project.workload.sources())  # the site as the repository has it, without the last edit
            project.build()
            weights = pageweight.measure(project.site, repeat=args.page_weight_loads)
    results = _results(args, runs, serve, weights, missing, (load_at_start, os.getloadavg()[0]))
    results["serve_zensical_s"] = [_round(value) for value in serve_zensical]
    results["capture_engine"] = capture
    results["code_cache"] = code_cache
    print(_report(results, runs[0]))
    print(
        f"\nHighlighted-code cache: nothing changed takes {code_cache['with_s']:.2f} s with it and "
        f"{code_cache['without_s']:.2f} s with it emptied first, which that build then fills again "
        f"({code_cache['ratio']:.2f}x)."
    )
    if capture:
        print("\n" + engine.report(capture))
    print(json.dumps(results, separators=(",", ":")))
    return 0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a smoke run: {QUICK['counts']} snippets and their chapter, one round, one serve edit",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds of every scenario; medians are reported (default 3)"
    )
    parser.add_argument(
        "--counts", default="50,100,all", help="workload sizes in snippets, for the scale table (default 50,100,all)"
    )
    parser.add_argument(
        "--peers",
        default=",".join(peer.name for peer in PEERS),
        help="peers to measure, comma-separated (default: all)",
    )
    parser.add_argument(
        "--serve-edits", type=int, default=5, help="edits saved while serving (0 skips serve; default 5)"
    )
    parser.add_argument(
        "--page-weight-loads", type=int, default=3, help="loads of each page when weighing the site (0 skips it)"
    )
    parser.add_argument(
        "--engine-rounds", type=int, default=3, help="rounds of the capture engine against its floor (0 skips them)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        for key, value in QUICK.items():
            setattr(args, key, value)
    args.peers = [name.strip() for name in args.peers.split(",") if name.strip()]
    return args


def _counts(text: str) -> list[int | None]:
    """Workload sizes, largest first ("all" is None): the headline figures come first, should a run be cut short."""
    sizes = [None if item.strip() == "all" else int(item) for item in text.split(",")]
    return sorted(dict.fromkeys(sizes), key=lambda size: float("inf") if size is None else size, reverse=True)


def _results(
    args: argparse.Namespace,
    runs: list[Any],
    serve: list[float],
    weights: dict[str, Any] | None,
    missing: list[str],
    load: tuple[float, float],
) -> dict[str, Any]:
    """Every figure and ratio, as the JSON line carries them."""
    workload, tools, seconds, steps = runs[0]
    peers = [tool.name for tool in tools if not tool.ours]
    ratios = {
        scenario: {peer: _median_ratio(times[ThisProject.name], times[peer]) for peer in peers}
        for scenario, times in seconds.items()
    }
    on_zensical = {
        scenario: {peer: _round(_median_ratio(times[ThisProjectOnZensical.name], times[peer])) for peer in peers}
        for scenario, times in seconds.items()
    }
    best = {
        scenario: min(peers, key=lambda peer: statistics.median(times[peer])) if peers else None
        for scenario, times in seconds.items()
    }
    targets: dict[str, Any] = {}
    for scenario, (against, limit) in TARGETS.items():
        peer = against or best[scenario]
        ratio = ratios[scenario].get(peer) if peer else None
        targets[scenario] = {
            "against": peer,
            "ratio": _round(ratio),
            "at_most": limit,
            "met": None if ratio is None else ratio <= limit,
        }
    serve_median = statistics.median(serve) if serve else None
    targets["serve"] = {
        "median_s": _round(serve_median),
        "under_s": SERVE_TARGET_S,
        "met": None if serve_median is None else serve_median < SERVE_TARGET_S,
    }
    counts = sorted(len(run[0].snippets) for run in runs)
    scale = {
        scenario: {
            tool.name: {
                str(len(run[0].snippets)): _round(statistics.median(run[2][scenario][tool.name])) for run in runs
            }
            for tool in tools
        }
        for scenario in SCENARIOS
    }
    return {
        "mode": "quick" if args.quick else "full",
        "cores": os.cpu_count(),
        "load_average": {"start": round(load[0], 2), "end": round(load[1], 2)},
        "rounds": args.rounds,
        "snippets": len(workload.snippets),
        "counts": counts,
        "workload": {
            "chapters": len(workload.chapters),
            "left_out_cuda_only": sum(reason == "CUDA only" for reason in workload.excluded.values()),
            "raising": len(workload.raising()),
            "drawing": len(workload.drawing()),
            "edited": workload.edited.name,
        },
        "versions": {tool.name: tool.version() for tool in tools},
        "not_installed": missing,
        "seconds": {
            scenario: {name: _round(statistics.median(times)) for name, times in by_tool.items()}
            for scenario, by_tool in seconds.items()
        },
        "spread": {
            scenario: {name: [_round(min(times)), _round(max(times))] for name, times in by_tool.items()}
            for scenario, by_tool in seconds.items()
        },
        "steps": {
            scenario: {step: _round(statistics.median(times)) for step, times in by_step.items()}
            for scenario, by_step in steps.items()
        },
        "ratios": {
            scenario: {peer: _round(ratio) for peer, ratio in by_peer.items()} for scenario, by_peer in ratios.items()
        },
        "ratios_on_zensical": on_zensical,
        "best_peer": best,
        "targets": targets,
        "scale": scale,
        "slope_s_per_100": {
            scenario: {
                name: _round(_slope(counts, [by_count[str(count)] for count in counts]))
                for name, by_count in by_tool.items()
            }
            for scenario, by_tool in scale.items()
        },
        "serve_s": [_round(value) for value in serve],
        "page_weight": None
        if weights is None
        else {
            "max_chapter_mb": _round(weights["max_chapter_bytes"] / 1e6),
            "max_chapter_decoded_mb": _round(weights["max_chapter_decoded_bytes"] / 1e6),
            "max_chapter_first_render_ms": weights["max_chapter_first_render_ms"],
            "max_page_mb": _round(weights["max_bytes"] / 1e6),
            "chapters_over_budget": weights["over_budget"],
        },
    }


def _report(results: dict[str, Any], largest: tuple[Workload, list[Tool], Seconds, Steps]) -> str:
    """The figures as a person reads them: what was measured, the table of scenarios, the steps, the scale."""
    workload, tools, _, _ = largest
    names = [tool.name for tool in tools]
    shape = results["workload"]
    lines = [
        f"Workload: {results['snippets']} snippets and all the prose of {shape['chapters']} chapters, "
        f"the same for every tool; {shape['left_out_cuda_only']} CUDA-only snippets left out for all; "
        f"{shape['raising']} end with an error on purpose; {shape['drawing']} draw a figure or a graph. "
        f"The edited snippet: {shape['edited']}.",
        "How each tool builds it:",
        *(f"  - {tool.name} ({results['versions'][tool.name]}): {_doc(tool)}" for tool in tools),
        *(
            f"  - {name}: not installed here, not measured (`nox -s bench` installs it)"
            for name in results["not_installed"]
        ),
        f"Median wall time of {results['rounds']} round(s), each running every tool in turn (min-max in brackets); "
        f"{results['cores']} cores, load average {results['load_average']['start']} at the start, "
        f"{results['load_average']['end']} at the end.",
        "",
        "| scenario | " + " | ".join(names) + " | this project vs best peer | on Zensical vs best peer | target |",
        "|---" * (len(names) + 4) + "|",
    ]
    for scenario in SCENARIOS:
        cells = [_time(results["seconds"][scenario][name], results["spread"][scenario][name]) for name in names]
        best = results["best_peer"][scenario]
        versus = f"{results['ratios'][scenario][best]:.2f}x {best}" if best else "-"
        zensical = f"{results['ratios_on_zensical'][scenario][best]:.2f}x {best}" if best else "-"
        lines.append(
            f"| {scenario} | "
            + " | ".join(cells)
            + f" | {versus} | {zensical} | {_target(results['targets'][scenario])} |"
        )
    serve, target = results["serve_s"], results["targets"]["serve"]
    measured = (
        f"{target['median_s']:.2f} s ({min(serve):.2f}-{max(serve):.2f}, {len(serve)} edits)"
        if serve
        else "not measured"
    )
    met = "" if target["met"] is None else (": met" if target["met"] else ": missed")
    serve_zensical = results.get("serve_zensical_s") or []
    on_zensical = (
        f"{statistics.median(serve_zensical):.2f} s ({min(serve_zensical):.2f}-{max(serve_zensical):.2f})"
        if serve_zensical
        else "not measured"
    )
    lines.append(
        f"| serve: save, page shows new output | {measured} | {on_zensical} | "
        + " | ".join("-" for _ in names[2:])
        + f" | - | - | < {SERVE_TARGET_S} s (MkDocs){met} |"
    )
    lines += ["", "Scenarios: " + "; ".join(f"{name}: {what}" for name, what in SCENARIOS.items()) + "."]
    lines += [
        "",
        "This project by step (median s): "
        + "; ".join(
            f"{scenario}: " + ", ".join(f"{step} {value:.2f}" for step, value in results["steps"][scenario].items())
            for scenario in SCENARIOS
        ),
    ]
    if len(results["counts"]) > 1:
        counts = [str(count) for count in results["counts"]]
        lines += [
            "",
            "| scenario | tool | " + " | ".join(f"{count} snippets" for count in counts) + " | s per 100 snippets |",
            "|---" * (len(counts) + 3) + "|",
        ]
        for scenario, by_tool in results["scale"].items():
            for name, by_count in by_tool.items():
                lines.append(
                    f"| {scenario} | {name} | "
                    + " | ".join(f"{by_count[c]:.2f} s" for c in counts)
                    + f" | {results['slope_s_per_100'][scenario][name]:.2f} |"
                )
    if weights := results["page_weight"]:
        lines += [
            "",
            f"Heaviest chapter page {weights['max_chapter_mb']:.2f} MB transferred, gzip-compressed as GitHub Pages "
            f"serves it ({weights['max_chapter_decoded_mb']:.2f} MB once decompressed), "
            f"slowest first render {weights['max_chapter_first_render_ms']:.0f} ms (budget 1.5 MB, 1000 ms); "
            f"over budget: {', '.join(weights['chapters_over_budget']) or 'none'}.",
        ]
    elif not Path(pageweight.CHROMIUM).exists():
        lines += ["", f"Page weight and serve not measured: no Chromium at {pageweight.CHROMIUM}."]
    return "\n".join(lines)


def _doc(tool: Tool) -> str:
    """The first line of a tool's description."""
    return (type(tool).__doc__ or "").strip().splitlines()[0]


def _time(median: float, spread: list[float]) -> str:
    """A median and its range."""
    return f"{median:.2f} s ({spread[0]:.2f}-{spread[1]:.2f})"


def _target(target: dict[str, Any]) -> str:
    """A target, and whether it was met."""
    wanted = f"<= {target['at_most']}x {target['against'] or 'best peer'}"
    return wanted if target["met"] is None else f"{wanted}: {'met' if target['met'] else 'missed'}"


def _median_ratio(ours: list[float], theirs: list[float]) -> float:
    """The median of the rounds' ratios: each round's pair saw the same machine."""
    return statistics.median(a / b for a, b in zip(ours, theirs, strict=True))


def _slope(counts: list[int], seconds: list[float]) -> float | None:
    """Least-squares seconds per 100 snippets, None with fewer than two sizes."""
    if len(counts) < 2:
        return None
    return statistics.linear_regression(counts, seconds).slope * 100


@overload
def _round(value: float) -> float: ...
@overload
def _round(value: float | None) -> float | None: ...
def _round(value: float | None) -> float | None:
    """Three decimals, for the JSON line."""
    return None if value is None else round(value, 3)


if __name__ == "__main__":
    raise SystemExit(main())
