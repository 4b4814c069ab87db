"""Fixtures: a throwaway project with its own snippets and captures, and ways to run the real CLI on it."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from docexec.config import mkdocs_settings

REPO = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip on a laptop without a tool; in CI a missing tool is a failure, not a skip."""
    if not condition:
        if IN_CI:
            pytest.fail(f"CI must provide this: {reason}")
        pytest.skip(reason)


@dataclass
class Project:
    """A minimal docs project in a temporary folder, using this repository's docexec package."""

    root: Path

    def snippet(self, name: str, source: str) -> Path:
        """Write snippets/NAME with dedented source."""
        path = self.root / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source).lstrip())
        return path

    def page(self, name: str, markdown: str) -> Path:
        """Write docs/NAME with dedented Markdown."""
        path = self.root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(markdown).lstrip())
        return path

    def capture(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300,
                ctrl_c: signal.Handlers = signal.SIG_DFL) -> subprocess.CompletedProcess[str]:
        """Run `python -m docexec capture ARGS` in the project."""
        return self.python("-m", "docexec", "capture", *args, env=env, timeout=timeout, ctrl_c=ctrl_c)

    def python(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300,
               ctrl_c: signal.Handlers = signal.SIG_DFL) -> subprocess.CompletedProcess[str]:
        """Run this interpreter in the project with docexec importable (Ctrl-C as a terminal leaves it, unless `ctrl_c` says)."""
        return subprocess.run(
            [sys.executable, *args], cwd=self.root, env=project_env(env), capture_output=True, text=True, timeout=timeout, check=False,
            preexec_fn=lambda: as_from_a_terminal(ctrl_c),
        )

    def build(self) -> subprocess.CompletedProcess[str]:
        """Run a strict MkDocs build of the project."""
        return subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(self.root / "site")],
            cwd=self.root, env=project_env(), capture_output=True, text=True, timeout=300, check=False,
        )

    def zensical(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """Run `zensical ARGS` on the project (it builds into site/, as mkdocs.yml's site_dir says)."""
        return self.python("-m", "zensical", *args, env=env)

    def read(self, device: str, name: str) -> dict[str, Any]:
        """Load the capture of snippet NAME on DEVICE."""
        return json.loads(self.capture_path(device, name).read_text())

    def capture_path(self, device: str, name: str) -> Path:
        """Where the capture of snippet NAME on DEVICE lives."""
        return self.root / "captures" / device / Path(name).with_suffix(".json")


def as_from_a_terminal(ctrl_c: signal.Handlers = signal.SIG_DFL) -> None:
    """In a child about to start: Ctrl-C set up as a terminal leaves it, whatever pytest was started with (`&` ignores it)."""
    signal.signal(signal.SIGINT, ctrl_c)


def project_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a subprocess: docexec importable, MkDocs 2.0 notice off."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"}
    env.update(extra or {})
    return env


MKDOCS_YML = """
site_name: Test
theme: {name: material, font: false, features: [content.tabs.link, content.code.copy]}
hooks: [%s]
watch: [snippets, captures]
markdown_extensions:
  - admonition
  - attr_list
  - pymdownx.details
  - pymdownx.superfences
  - pymdownx.highlight
  - pymdownx.tabbed: {alternate_style: true}
  - docexec.extension
"""


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built strictly into a temporary folder (once per test run)."""
    folder = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(folder)],
        cwd=REPO, env=project_env(), capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, f"strict build failed:\n{done.stderr[-4000:]}"
    return folder


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built by Zensical into a temporary folder, from a copy of docs/ and mkdocs.yml (Zensical wants
    both in one folder) whose embeds read this repository's snippets and captures."""
    folder = tmp_path_factory.mktemp("zensical")
    settings = mkdocs_settings(REPO)
    shutil.copytree(REPO / settings.get("docs_dir", "docs"), folder / "docs")
    settings.update(docs_dir="docs", site_dir="site", watch=[])
    settings["markdown_extensions"] = [{"docexec.extension": {"project": str(REPO)}} if item == "docexec.extension" else item
                                       for item in settings["markdown_extensions"]]
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict"], cwd=folder, env=project_env(),
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"Zensical build failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}"
    return folder / "site"


def snippet_blocks(html: str) -> list[str]:
    """Each embed's HTML on a page: a `div.snippet`, up to its closing tag."""
    found = []
    for start in re.finditer(r'<div class="snippet" data-snippet="[^"]+">', html):
        depth = 0
        for tag in re.finditer(r"<(/?)div\b[^>]*>", html[start.start():]):
            depth += -1 if tag[1] else 1
            if depth == 0:
                found.append(html[start.start(): start.start() + tag.end()])
                break
    return found


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project: pyproject.toml with short limits, mkdocs.yml with the real extension and hook."""
    (tmp_path / "pyproject.toml").write_text('[tool.docexec]\ntimeout = 8\nmax_output = 300\n')
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML % (REPO / "docexec" / "engines" / "mkdocs_hook.py"))
    (tmp_path / "snippets").mkdir()
    (tmp_path / "captures").mkdir()
    (tmp_path / "docs").mkdir()
    return Project(tmp_path)


# The slow tier: what starts a capture (a torch import per run), a site build, a browser or the bench. CI runs every
# test; `nox -s tests -- -m "not slow"` leaves these out, for a check in under a minute while editing the engine.
SLOW_FIXTURES = {"project", "site", "zensical_site", "probes"}
SLOW_MODULES = {"test_bench", "test_browser", "test_build", "test_capture", "test_environment", "test_fidelity",
                "test_preview", "test_site"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the slow tier: tests in the modules that run real tools, and tests that use a fixture that does."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = getattr(item, "module", None)  # code blocks of README.md and docs/ have none: they run in the fast tier
        if (module is not None and module.__name__ in SLOW_MODULES) or fixtures & SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)
