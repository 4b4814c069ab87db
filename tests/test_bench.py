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
        assert sum(results["steps"][scenario].values()) == pytest.approx(seconds["this project"], abs=0.01)


def test_quick_bench_ratios_are_this_project_over_each_peer(quick: tuple[str, dict]) -> None:
    _, results = quick
    for scenario in SCENARIOS:
        seconds = results["seconds"][scenario]
        for peer, ratio in results["ratios"][scenario].items():
            assert ratio == pytest.approx(seconds["this project"] / seconds[peer], rel=0.01)
        best = results["best_peer"][scenario]
        assert seconds[best] == min(seconds[peer] for peer in results["ratios"][scenario])
    target = results["targets"]["nothing changed"]
    assert target["against"] == "mkdocs-jupyter" and target["met"] == (target["ratio"] <= target["at_most"])


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
    assert results["targets"]["serve"]["median_s"] == results["serve_s"][0]


def test_quick_bench_measures_the_capture_engine_against_its_floor(quick: tuple[str, dict]) -> None:
    stdout, results = quick
    engine = results["capture_engine"]
    assert engine["floor_s"] == pytest.approx(engine["torch_import_s"] + engine["snippets_own_s"], rel=0.01)
    assert engine["vs_floor"] == pytest.approx(engine["full_capture_s"] / engine["floor_s"], rel=0.01)
    assert engine["check_cost"] == pytest.approx(engine["new_checked_s"] / engine["new_once_s"], rel=0.01)
    assert engine["targets"]["no_change_s"]["met"] == (engine["no_change_s"] <= 1.0)
    assert f"full capture {engine['full_capture_s']:.2f} s" in stdout
