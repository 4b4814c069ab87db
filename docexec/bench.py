"""Benchmark: capture against one process per snippet and against its floor; the build against bare MkDocs."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from docexec import config as settings
from docexec import pageweight, run
from docexec.discover import find_snippets


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, print figures and ratios, and end with one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m docexec.bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each quick measurement (the median is kept)")
    parser.add_argument("--naive-sample", type=int, help="time the naive way on every Nth snippet only, and scale up")
    args = parser.parse_args(argv)
    config = settings.load()
    snippets = [s for s in find_snippets(config) if "cpu" in s.devices]
    results: dict[str, Any] = {"snippets": len(snippets), "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="docexec-bench-") as scratch:
        project = _scratch_project(config, Path(scratch))
        # Rounds interleave each figure with its baseline, so a slow spell on the machine hits both sides.
        rounds = [_capture_round(project, snippets) for _ in range(args.repeat)]
        results.update({key: statistics.median(r[key] for r in rounds) for key in rounds[0]})
        results["vs_floor"] = statistics.median(r["full_capture_s"] / r["floor_s"] for r in rounds)
        results["full_capture_1_job_s"] = _timed(_capture_command("--force", "--jobs", "1"), project)
        results["no_change_capture_s"] = statistics.median(_timed(_capture_command(), project) for _ in range(args.repeat))
        results["naive_s"] = _naive(snippets, Path(scratch), args.naive_sample)
        builds = _build_rounds(config, Path(scratch), args.repeat)
        results["build_s"] = statistics.median(with_hook for with_hook, _ in builds)
        results["bare_build_s"] = statistics.median(bare for _, bare in builds)
        results["build_vs_bare"] = statistics.median(with_hook / bare for with_hook, bare in builds)
        weights = pageweight.measure(Path(scratch) / "site")
        results["max_chapter_mb"] = weights["max_chapter_bytes"] / 1e6
        results["max_chapter_first_render_ms"] = weights["max_chapter_first_render_ms"]
        results["max_page_mb"] = weights["max_bytes"] / 1e6
        results["pages_over_budget"] = weights["over_budget"]
    results["speedup_vs_naive"] = results["naive_s"] / results["full_capture_s"]
    results["vs_floor_1_job"] = results["full_capture_1_job_s"] / results["floor_s"]
    _print(results)
    print(json.dumps({key: round(value, 3) if isinstance(value, float) else value for key, value in results.items()}))
    return 0


def _scratch_project(config: settings.Config, folder: Path) -> Path:
    """A project that runs the real snippets into its own captures folder."""
    project = folder / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        f'[tool.docexec]\nsnippets = "{config.snippets}"\ncaptures = "captures"\n'
        f"timeout = {config.timeout}\nmax_output = {config.max_output}\n"
    )
    return project


def _timed(command: list[str], cwd: Path) -> float:
    """Wall-clock seconds of a command, which must succeed."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(settings.find_root(Path(__file__).parent)), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _naive(snippets: list[Any], folder: Path, sample: int | None) -> float:
    """Seconds to run each snippet as its own `python snippet.py`, one after another, GPU hidden."""
    chosen = snippets[:: sample or 1]
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "MPLBACKEND": "Agg"}
    started = time.perf_counter()
    for snippet in chosen:
        subprocess.run([sys.executable, str(snippet.path)], cwd=folder, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - started) * len(snippets) / len(chosen)


def _capture_round(project: Path, snippets: list[Any]) -> dict[str, float]:
    """One full capture, and the floor beside it: one torch import plus the snippets' own run time."""
    full = _timed(_capture_command("--force"), project)
    torch_import = _timed([sys.executable, "-c", "import torch"], project)
    own = sum(run.capture(settings.load(project), snippets, "cpu", force=True, jobs=1).captured.values())
    return {"full_capture_s": full, "torch_import_s": torch_import, "snippets_own_s": own, "floor_s": torch_import + own}


def _capture_command(*options: str) -> list[str]:
    """The CPU capture command line, as a user would type it."""
    return [sys.executable, "-m", "docexec", "capture", "--device", "cpu", *options]


def _build_rounds(config: settings.Config, folder: Path, repeat: int) -> list[tuple[float, float]]:
    """Seconds of `mkdocs build` of the site, and of the same pages with no snippet embedding, side by side."""
    bare = folder / "bare"
    shutil.copytree(config.root / "docs", bare / "docs")
    settings_yaml = settings.mkdocs_settings(config.root)
    settings_yaml.pop("hooks", None)
    (bare / "mkdocs.yml").write_text(yaml.safe_dump(settings_yaml))

    def build(site: str) -> list[str]:
        return [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(folder / site)]

    return [(_timed(build("site"), config.root), _timed(build("bare-site"), bare)) for _ in range(repeat)]


def _print(results: dict[str, Any]) -> None:
    """Figures and ratios for a person to read."""
    lines = [
        f"snippets run on CPU:            {results['snippets']} ({results['cores']} cores)",
        f"naive, one process per snippet: {results['naive_s']:8.2f} s",
        f"full capture:                   {results['full_capture_s']:8.2f} s   {results['speedup_vs_naive']:.1f}x faster than naive (target >= 5x)",
        f"full capture, 1 job:            {results['full_capture_1_job_s']:8.2f} s   {results['vs_floor_1_job']:.2f}x the floor",
        f"floor (torch import + snippets):{results['floor_s']:8.2f} s   full capture is {results['vs_floor']:.2f}x the floor (target <= 1.5x)",
        f"no-change capture:              {results['no_change_capture_s']:8.2f} s   (target < 1 s)",
        f"mkdocs build:                   {results['build_s']:8.2f} s   {results['build_vs_bare']:.2f}x a bare build (target <= 1.3x)",
        f"bare mkdocs-material build:     {results['bare_build_s']:8.2f} s",
        f"heaviest chapter page:          {results['max_chapter_mb']:8.2f} MB  (target < 1.5 MB; any page: {results['max_page_mb']:.2f} MB)",
        f"slowest chapter first render:   {results['max_chapter_first_render_ms']:8.0f} ms  (target < 1000 ms)",
        f"chapter pages over budget:      {', '.join(results['pages_over_budget']) or 'none'}",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
