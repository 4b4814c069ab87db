"""The torch drift reports: what counts as a change, the committed pages are what their data gives, links to them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Project

from docexec import config as settings
from docexec import drift, store
from tools import drift as drift_report

CONFIG = settings.load(REPO)
LABELS = ("2.13.0+cpu", "2.15.0")


def capture(output: str = "tensor([1., 2.])\n", exception: dict | None = None, figures: list | None = None, graphs: list | None = None) -> dict[str, Any]:
    return {"snippet": "demo/a.py", "source_sha256": "abc", "output": output, "exception": exception,
            "figures": figures or [], "graphs": graphs or []}


def test_identical_captures_are_no_change() -> None:
    assert drift_report.compare(capture(), capture(), None, LABELS) is None


def test_a_changed_value_is_a_change_of_output_with_its_diff() -> None:
    change = drift_report.compare(capture(), capture("tensor([1., 3.])\n"), None, LABELS)
    assert change["what"] == ["output"]
    assert change["diff"].splitlines()[:2] == ["--- torch 2.13.0+cpu", "+++ torch 2.15.0"]
    assert "-tensor([1., 2.])" in change["diff"] and "+tensor([1., 3.])" in change["diff"]


def test_a_new_warning_is_a_change_of_warnings_alone() -> None:
    warned = "snippets/demo/a.py:3: UserWarning: soon gone\n  x.foo()\ntensor([1., 2.])\n"
    assert drift_report.compare(capture(), capture(warned), None, LABELS)["what"] == ["warnings"]


def test_where_in_torchs_cpp_a_warning_was_raised_is_not_a_change() -> None:
    at = "snippets/demo/a.py:3: UserWarning: old (Triggered internally at /pytorch/aten/src/ATen/{}.cpp:{}.)\n  x.foo()\n"
    assert drift_report.compare(capture(at.format("A", 10)), capture(at.format("B", 99)), None, LABELS) is None


def test_another_exception_type_is_named() -> None:
    before = capture(exception={"type": "RuntimeError", "message": "no", "lineno": 3, "traceback": ""})
    after = capture(exception={"type": "TypeError", "message": "no", "lineno": 3, "traceback": ""})
    change = drift_report.compare(before, after, None, LABELS)
    assert change["what"] == ["exception"]
    assert "-RuntimeError: no" in change["diff"] and "+TypeError: no" in change["diff"]


def test_another_message_is_named() -> None:
    before = capture(exception={"type": "RuntimeError", "message": "shapes (4x3 and 2x3)", "lineno": 3, "traceback": ""})
    after = capture(exception={"type": "RuntimeError", "message": "mm: shapes (4x3 and 2x3)", "lineno": 3, "traceback": ""})
    change = drift_report.compare(before, after, None, LABELS)
    assert change["what"] == ["message"]
    assert "-RuntimeError: shapes (4x3 and 2x3)" in change["diff"] and "+RuntimeError: mm: shapes (4x3 and 2x3)" in change["diff"]


def test_a_snippet_that_raises_another_exception_than_it_declares_shows_both() -> None:
    before = capture(exception={"type": "RuntimeError", "message": "old words", "lineno": 7, "traceback": ""})
    failure = "snippets/demo/a.py:7: raised NotImplementedError: new words\n  but the snippet declares `raises: RuntimeError` on cpu."
    change = drift_report.compare(before, None, failure, LABELS)
    assert change["what"] == ["exception"] and change["failure"] == failure
    assert "-RuntimeError: old words" in change["diff"] and "+NotImplementedError: new words" in change["diff"]


def test_a_snippet_that_no_longer_raises_what_it_declares_is_an_exception_change() -> None:
    before = capture(exception={"type": "RuntimeError", "message": "old", "lineno": 7, "traceback": ""})
    failure = "snippets/demo/a.py:1: declares `raises: RuntimeError` on cpu, but finished without raising it"
    change = drift_report.compare(before, None, failure, LABELS)
    assert change["what"] == ["exception"] and "-RuntimeError: old" in change["diff"]


def test_figures_and_graphs_that_differ_are_named() -> None:
    before = capture(figures=["<svg>1</svg>", "<svg>2</svg>"], graphs=[{"name": "g", "dot": "digraph {\n a\n}\n", "svg": "x"}])
    after = capture(figures=["<svg>1</svg>", "<svg>two</svg>"], graphs=[{"name": "g", "dot": "digraph {\n b\n}\n", "svg": "y"}])
    change = drift_report.compare(before, after, None, LABELS)
    assert change["what"] == ["graphs", "figures"] and change["figures"] == [2]
    assert "--- graph 1, torch 2.13.0+cpu" in change["diff"] and "+ b" in change["diff"]


def test_a_snippet_that_fails_with_the_new_torch_says_why() -> None:
    failure = "snippets/demo/a.py:3: timed out after 120 s"
    change = drift_report.compare(capture(), None, failure, LABELS)
    assert change["what"] == ["fails"] and change["failure"] == failure


def report(torch: str, changes: list[str], sha: str = "abc") -> dict[str, Any]:
    return {"torch": torch, "baseline": {"torch": "2.13.0+cpu", "python": "3.11"}, "python": "3.11", "packages": {},
            "snippets": 2, "seconds": 1.0,
            "changes": [{"snippet": name, "source_sha256": sha, "what": ["output"], "diff": "--- a\n+++ b\n-1\n+2\n"} for name in changes]}


def store_report(project: Project, data: dict[str, Any]) -> Path:
    path = project.root / "captures" / drift.DRIFT / f"torch-{data['torch']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    return path


def test_changes_for_links_a_listed_snippet_to_its_line_on_the_report_page(project: Project) -> None:
    project.snippet("demo/view_error.py", "print(1)\n")
    project.snippet("demo/plain.py", "print(2)\n")
    project.page("demo.md", "# Demo\n\n::snippet demo/view_error.py\n\n::snippet demo/plain.py\n")
    store_report(project, report("9.9.0", ["demo/view_error.py"]))
    config = settings.load(project.root)
    assert drift.changes_for(config, "demo/view_error.py") == [("changes in torch 9.9", "changes/torch.md#demo-view-error")]
    assert drift.changes_for(config, "demo/plain.py") == []
    assert drift.changes_for(config, "demo/view_error.py", "another hash") == []  # made from other source: left out
    [page] = drift_report.write_pages(config)
    assert page == project.root / "docs" / "changes" / "torch.md"
    text = page.read_text()
    assert text.startswith("# What changes in torch 9.9\n")
    assert "## `demo/view_error.py` { #demo-view-error }" in text and "In [Demo](../demo.md)." in text
    assert store.orphans(config) == []  # the report is no capture of a snippet named torch-9.9.0


def test_the_site_shows_the_report_on_the_newest_torch_alone(project: Project) -> None:
    store_report(project, report("9.9.0", ["demo/a.py"]))
    store_report(project, report("9.10.0", ["demo/b.py"]))
    store_report(project, report("9.9.1", []))
    config = settings.load(project.root)
    assert drift.newest(config.captures)["torch"] == "9.10.0"  # by release, not by name: 9.10 after 9.9
    assert drift.changes_for(config, "demo/a.py") == []
    assert drift.changes_for(config, "demo/b.py") == [("changes in torch 9.10", "changes/torch.md#demo-b")]
    [page] = drift_report.write_pages(config)
    assert page.read_text().startswith("# What changes in torch 9.10\n")


NEWEST = drift.newest(CONFIG.captures)


@pytest.mark.skipif(NEWEST is None, reason="no drift report is committed")
def test_the_committed_report_page_is_what_its_data_gives() -> None:
    assert NEWEST is not None
    page = REPO / "docs" / drift.PAGE
    expected = drift_report.page(CONFIG, NEWEST, NEWEST["path"].relative_to(REPO).as_posix())
    assert page.read_text(encoding="utf-8") == expected, f"{page.relative_to(REPO)} is stale: run `python -m tools.drift --pages`"


def test_the_report_page_is_in_the_nav() -> None:
    assert f'"{drift.PAGE}"' in json.dumps(settings.mkdocs_settings(REPO)["nav"])


def test_every_snippet_the_report_lists_exists() -> None:
    names = {path.relative_to(CONFIG.snippets).as_posix() for path in CONFIG.snippets.rglob("*.py")}
    assert {change["snippet"] for change in (NEWEST or {}).get("changes", [])} <= names


def test_the_drift_session_runs_end_to_end_against_the_installed_torch(project: Project) -> None:
    """`python -m tools.drift VERSION`, as `nox -s drift` runs it: same torch, no change; a baked output edited, one."""
    import torch

    project.snippet("demo/ones.py", "import torch\nprint(torch.ones(2))\n")
    project.snippet("demo/arange.py", "import torch\nprint(torch.arange(3))\n")
    project.page("demo.md", "# Demo\n\n::snippet demo/ones.py\n\n::snippet demo/arange.py\n")
    assert project.capture("--device", "cpu").returncode == 0
    version = torch.__version__.split("+")[0]
    done = project.python("-m", "tools.drift", version)
    assert done.returncode == 0, done.stderr
    data = json.loads((project.root / "captures" / "drift" / f"torch-{version}.json").read_text())
    assert (data["snippets"], data["changes"]) == (2, [])
    assert "0 of the 2 examples" in (project.root / "docs" / drift.PAGE).read_text()

    baked = project.capture_path("cpu", "demo/arange.py")
    capture = json.loads(baked.read_text())
    baked.write_text(json.dumps({**capture, "output": "tensor([0, 1, 3])\n"}))  # as if an older torch had printed this
    assert project.python("-m", "tools.drift", version).returncode == 0
    data = json.loads((project.root / "captures" / "drift" / f"torch-{version}.json").read_text())
    [change] = data["changes"]
    assert (change["snippet"], change["what"]) == ("demo/arange.py", ["output"])
    assert "+tensor([0, 1, 2])" in change["diff"]

    project.snippet("demo/ones.py", "import torch\nprint(torch.ones(3))\n")  # edited after the report
    assert project.capture("--device", "cpu").returncode == 0
    assert drift.unchecked(settings.load(project.root), data) == ["demo/ones.py"]
    built = project.build()
    assert built.returncode == 0, built.stderr  # a notice, not a warning: the strict build passes
    assert "INFO    -  changes/torch.md" in built.stderr and "changed since the torch" in built.stderr
    html = (project.root / "site" / "changes" / "torch" / "index.html").read_text()
    assert "1 example was added or changed since this report was made" in html and "demo/ones.py" in html

    (project.root / "snippets" / "demo" / "unreadable.py").write_bytes(b"print('caf\xe9')\n")  # not UTF-8, no cookie
    assert drift.unchecked(settings.load(project.root), data) == ["demo/ones.py", "demo/unreadable.py"]


def test_the_drift_workflow_asks_for_the_newest_final_release_without_a_report(tmp_path: Path) -> None:
    """tools/drift_due.py, as .github/workflows/drift.yml runs it (the release list given, not fetched from PyPI)."""
    import subprocess
    import sys

    def due(releases: str) -> str:
        done = subprocess.run([sys.executable, "-m", "tools.drift_due", "--drift", str(tmp_path), "--releases", releases],
                              cwd=REPO, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    assert due("2.13.0,2.15.0,2.9.1,2.16.0rc1") == "2.15.0"  # the newest final release, in version order
    (tmp_path / "torch-2.15.0.json").write_text("{}")
    assert due("2.13.0,2.15.0,2.16.0rc1") == ""  # reported already: nothing to do
    assert due("2.15.0,2.16.0") == "2.16.0"
