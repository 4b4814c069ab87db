"""The benchmark's quick mode through its real command line: it must keep running and keep ending with its figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import IN_CI, REPO, project_env

from bench.pageweight import CHROMIUM

SCENARIOS = ("from scratch", "one edited", "nothing changed")


@pytest.fixture(scope="module")
def quick() -> tuple[str, dict]:
    """What `python -m bench --quick` prints, and its last line read as JSON."""
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"], cwd=REPO, env=project_env(), capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, f"the quick bench failed:\n{done.stderr[-4000:]}"
    return done.stdout, json.loads(done.stdout.strip().splitlines()[-1])


def test_quick_bench_times_every_scenario_for_this_project_and_a_peer(quick: tuple[str, dict]) -> None:
    _, results = quick
    assert results["mode"] == "quick" and results["rounds"] == 1
    assert 0 < results["snippets"] == results["counts"][-1]
    for scenario in SCENARIOS:
        seconds = results["seconds"][scenario]
        assert seconds["this project"] > 0 and seconds["mkdocs-jupyter"] > 0  # mkdocs-jupyter is in every environment that builds the site
        assert set(results["steps"][scenario]) == {"build"}


def test_quick_bench_compares_with_every_peer_and_names_the_fastest(quick: tuple[str, dict]) -> None:
    _, results = quick
    for scenario in SCENARIOS:
        assert set(results["ratios"][scenario]) == set(results["seconds"][scenario]) - {"this project", "this project on Zensical"}
        assert all(ratio > 0 for ratio in results["ratios"][scenario].values())
        assert results["best_peer"][scenario] in results["ratios"][scenario]
    for scenario in SCENARIOS:  # judged where, and only where, its peer was measured (a quick run has no markdown-exec)
        target = results["targets"][scenario]
        measured = (target["against"] or results["best_peer"][scenario]) in results["seconds"][scenario]
        assert (target["met"] is not None) == measured, scenario


def test_quick_bench_prints_the_table_before_the_json(quick: tuple[str, dict]) -> None:
    stdout, results = quick
    table = [line for line in stdout.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in table[1:]] == [f"| {scenario}" for scenario in SCENARIOS] + ["| serve: save, page shows new output"]
    assert f"{results['seconds']['from scratch']['this project']:.2f} s" in table[1]


def test_quick_bench_times_serve_where_a_browser_is(quick: tuple[str, dict]) -> None:
    _, results = quick
    if not (IN_CI or Path(CHROMIUM).exists()):
        assert results["serve_s"] == []
        return
    assert len(results["serve_s"]) == 1 and results["serve_s"][0] > 0
    assert results["targets"]["serve"]["met"] is not None


def test_quick_bench_measures_the_capture_engine_and_the_code_cache(quick: tuple[str, dict]) -> None:
    stdout, results = quick
    engine = results["capture_engine"]
    assert engine["full_capture_s"] > 0 and engine["floor_s"] > engine["torch_import_s"] > 0
    assert {"vs_floor", "no_change_s"} == set(engine["targets"])
    assert f"full capture {engine['full_capture_s']:.2f} s" in stdout
    cache = results["code_cache"]
    assert cache["with_s"] > 0 and cache["without_s"] > 0
    assert f"{cache['with_s']:.2f} s with it" in stdout
