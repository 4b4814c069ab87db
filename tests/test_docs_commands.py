"""README.md and CONTRIBUTING.md say what exists: the files and sessions they name, and their shell commands, which run.

Each command of their shell blocks runs here, in order, in a copy of the project (the `.nox` environments shared), or
is listed in CANNOT with the reason it cannot: a container, a GPU, a server that runs until stopped, the tests
themselves, a download of gigabytes, the full bench.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import IN_CI, REPO, require

DOCS = ("README.md", "CONTRIBUTING.md")
BLOCK = re.compile(r"^```(?:sh|shell|bash)\n(.*?)^```", re.MULTILINE | re.DOTALL)
CANNOT = {  # the start of a command -> why the tests do not run it
    "python3 -m pip install nox && python3 -m nox -s serve": "serves until stopped: tests/test_preview.py serves and edits",
    "nox -s serve": "serves until stopped: tests/test_preview.py serves and edits",
    "python3 -m pip install nox && python3 -m nox -s tests": "the tests themselves",
    "python3 -m pip install torchviz": "the GPU machine's set-up: it installs into the Python that runs it",
    "python3 -m docexec capture --device cuda": "needs an NVIDIA GPU",
    "for i in $(seq 20); do python3 snippets/cuda/": "needs an NVIDIA GPU",
    "docker run": "needs a Docker engine, which this machine has not: CI runs .ci/run in that container",
    "nox -s lock -- --upgrade": "takes new versions, which then need a review: `nox -s lock` runs instead",
    "nox -s drift -- 2.15.0": "downloads torch (3 GB): tests/test_drift.py runs the drift path on the installed torch",
    "nox -s bench -- --quick": "tests/test_bench.py runs it",
    "nox -s bench": "the full bench takes 16 minutes here: tests/test_bench.py runs --quick",
}
NAMED_FILE = re.compile(r"`((?:[\w.-]+/)+[\w.-]+\.(?:py|md|yml|yaml|toml|txt|json|ipynb|css|js))`")
NAMED_SESSION = re.compile(r"\bnox -s (\w+)")


def commands() -> list[tuple[str, str]]:
    """(document, command) for each command of the documents' shell blocks, comments left out, in order."""
    found = []
    for doc in DOCS:
        for block in BLOCK.findall((REPO / doc).read_text(encoding="utf-8")):
            for line in block.splitlines():
                command = re.sub(r"\s+#.*$", "", line).strip()
                if command and not command.startswith("#"):
                    found.append((doc, command))
    return found


def reason(command: str) -> str | None:
    """Why a command is not run here, if it is not."""
    return next((why for start, why in CANNOT.items() if command.startswith(start)), None)


def test_every_file_the_docs_name_exists() -> None:
    missing = []
    for doc in DOCS:
        for name in NAMED_FILE.findall((REPO / doc).read_text(encoding="utf-8")):
            if re.search(r"[<>*]|VERSION|X\.Y|NAME", name) or name.startswith(("captures/cpu/", "captures/cuda/")) or name == "captures/.failures.json":
                continue  # a pattern, not a file
            if not any((base / name).exists() for base in (REPO, REPO / "snippets", REPO / "docs", REPO / "tests", REPO / "docexec")):
                missing.append(f"{doc}: {name}")
    assert not missing


def test_every_session_the_docs_name_exists() -> None:
    sessions = re.findall(r"^def (\w+)\(session: nox\.Session\)", (REPO / "noxfile.py").read_text(), re.MULTILINE)
    named = {name for doc in DOCS for name in NAMED_SESSION.findall((REPO / doc).read_text(encoding="utf-8"))}
    assert named <= set(sessions), sorted(named - set(sessions))


def test_every_reason_not_to_run_a_command_is_still_needed() -> None:
    listed = [command for _, command in commands()]
    assert all(any(command.startswith(start) for command in listed) for start in CANNOT), "a CANNOT entry names no command"


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project as committed and edited, in a folder of its own; its .nox environments are the checkout's."""
    folder = tmp_path_factory.mktemp("docs-commands") / "project"
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split()
    for name in files:
        if (REPO / name).is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, folder / name)
    (REPO / ".nox").mkdir(exist_ok=True)
    (folder / ".nox").symlink_to(REPO / ".nox")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(("doc", "command"), commands(), ids=[command for _, command in commands()])
def test_a_documented_command_runs(doc: str, command: str, copy: Path) -> None:
    if (why := reason(command)) is not None:
        pytest.skip(f"not run by the tests: {why}")
    if "nox" in command.split():
        require(shutil.which("nox") is not None, "nox is not on PATH (`python3 -m pip install nox`)")
    if command.startswith("python -m bench.pageweight"):
        require(Path("/usr/bin/chromium").exists(), "Chromium is not at /usr/bin/chromium")
    # `python` is the interpreter these tests run in, which has what the commands need (torch, the docs tools).
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "NO_MKDOCS_2_WARNING": "1", "CI": "true" if IN_CI else ""}
    done = subprocess.run(["bash", "-c", command], cwd=copy, env=env, capture_output=True, text=True, timeout=900,
                          check=False)
    assert done.returncode == 0, f"{doc}: `{command}` failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
