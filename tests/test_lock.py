"""The lock: requirements/ agrees with pyproject.toml's groups, torch comes from its own index alone. Files only, no network."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO

from tools import lock


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """pyproject.toml and requirements/ of this repository, in a scratch folder to edit."""
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(REPO / lock.LOCKS, tmp_path / lock.LOCKS)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_the_lock_agrees_with_pyproject() -> None:
    assert lock.problems(REPO) == []


def test_a_package_added_to_a_group_without_locking_is_named(copy: Path) -> None:
    edit(copy / "pyproject.toml", '"pymdown-extensions>=10.14",', '"pymdown-extensions>=10.14",\n    "mkdocs-redirects==1.2.2",')
    found = lock.problems(copy)
    # docs is included by test and bench: their locks lack it too
    assert [p for p in found if "mkdocs-redirects" in p] == [
        f"requirements/{group}.txt lacks 'mkdocs-redirects==1.2.2', which group {group!r} asks for: run `nox -s lock`"
        for group in ("bench", "docs", "lint", "test")
    ]


def test_a_package_dropped_from_a_group_is_named(copy: Path) -> None:
    edit(copy / "pyproject.toml", '    "zensical==0.0.73",  # Material', '    # Material')
    assert "requirements/docs.txt still has zensical for group 'docs', which no longer asks for it: run `nox -s lock`" in lock.problems(copy)


def test_a_version_the_group_excludes_is_named(copy: Path) -> None:
    edit(copy / "pyproject.toml", '"matplotlib==3.11.2"', '"matplotlib==3.12.0"')
    assert "requirements/capture.txt has matplotlib==3.11.2, but group 'capture' asks for 'matplotlib==3.12.0': run `nox -s lock`" in lock.problems(copy)


def test_a_new_group_without_a_lock_is_named(copy: Path) -> None:
    edit(copy / "pyproject.toml", "\n[tool.docexec]", '\nextra = ["rich>=13"]\n\n[tool.docexec]')
    assert "dependency group 'extra' has no lock (requirements/extra.txt): run `nox -s lock`" in lock.problems(copy)


def test_another_torch_pin_is_named(copy: Path) -> None:
    edit(copy / "pyproject.toml", '"torch==2.13.0"', '"torch==2.14.0"')
    assert any(p.startswith("requirements/torch.txt must pin torch==2.14.0+cpu") for p in lock.problems(copy))


def test_locks_that_disagree_on_a_shared_package_are_named(copy: Path) -> None:
    path = copy / lock.LOCKS / "docs.txt"
    version = lock.read_lock(path)["pyyaml"]["version"]
    edit(path, f"pyyaml=={version} ", "pyyaml==0.0.1 ")
    assert any(p.startswith("the locks disagree on pyyaml: ") for p in lock.problems(copy))


def test_every_locked_package_has_a_hash() -> None:
    for path in sorted((REPO / lock.LOCKS).glob("*.txt")):
        for name, entry in lock.read_lock(path).items():
            assert entry["hashes"], f"{path.name}: {name}"


def test_torch_comes_from_its_own_index_and_nothing_else_does() -> None:
    torch = (REPO / lock.LOCKS / "torch.txt").read_text()
    assert re.findall(r"^--(?:extra-)?index-url .*$", torch, re.MULTILINE) == [f"--index-url {lock.TORCH_INDEX}"]
    assert set(lock.read_lock(REPO / lock.LOCKS / "torch.txt")) == {"torch"}
    for path in sorted((REPO / lock.LOCKS).glob("*.txt")):
        if path.name != "torch.txt":
            text = path.read_text()
            assert "index-url" not in text and "find-links" not in text, path.name
            assert "torch" not in lock.read_lock(path), path.name
    for workflow in sorted((REPO / ".github" / "workflows").glob("*.yml")):
        assert "EXTRA_INDEX" not in workflow.read_text().upper().replace("-", "_"), workflow.name


def test_torch_lock_is_the_hash_of_the_cpu_wheel_where_that_file_is_here() -> None:
    project = lock.pyproject(REPO)
    name = lock.torch_wheel(lock.torch_pin(project), lock.python_minor(project))
    files = [folder / name for folder in lock.find_links_dirs() if (folder / name).is_file()]
    if not files:
        pytest.skip(f"{name} is not in a local find-links folder")
    locked = lock.read_lock(REPO / lock.LOCKS / "torch.txt")["torch"]["hashes"]
    assert locked == [hashlib.sha256(files[0].read_bytes()).hexdigest()]


def test_workflows_build_and_test_on_the_captures_python() -> None:
    python = lock.python_minor(lock.pyproject(REPO))
    workflows = REPO / ".github" / "workflows"
    assert re.findall(r'python-version: "([\d.]+)"', (workflows / "docs.yml").read_text()) == [python]
    assert re.findall(r"container: python:([\d.]+)-", (workflows / "tests.yml").read_text()) == [python]
    assert ".ci/run" in (workflows / "tests.yml").read_text()
