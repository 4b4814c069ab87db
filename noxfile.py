"""Sessions for previewing, capturing, building, testing and benchmarking the site."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups
nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
# The CPU captures' Python minor: sessions that capture or compare use it.
PYTHON = PYPROJECT["tool"]["docexec"]["python"]
LOCKS = Path("requirements")  # a hash-pinned lock per dependency group, written by `nox -s lock`
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}  # Material 9.8's notice about MkDocs 2.0; we stay on 1.6


def install(session: nox.Session, *groups: str) -> None:
    """Install the named dependency groups from their locks, every file hash-checked;
    torch first, alone, from its own index."""
    missing = [group for group in groups if not (LOCKS / f"{group}.txt").exists()]
    if missing:
        session.error(f"no lock for {', '.join(missing)} in {LOCKS}/: run `nox -s lock`")
    if any(_asks_for_torch(group) for group in groups):
        # The CPU build from https://download.pytorch.org/whl/cpu (torch.txt names that index for torch alone); its
        # dependencies are in the group's lock, from PyPI.
        session.install("--no-deps", "--require-hashes", "-r", str(LOCKS / "torch.txt"))
    session.install("--require-hashes", *(arg for group in groups for arg in ("-r", str(LOCKS / f"{group}.txt"))))


def _asks_for_torch(group: str) -> bool:
    """Whether a dependency group has torch in it."""
    return any(req.replace(" ", "").startswith("torch==") for req in nox.project.dependency_groups(PYPROJECT, group))


@nox.session
def serve(session: nox.Session) -> None:
    """Preview the site with live reload: -- [--engine mkdocs|zensical] [OPTION ...].

    It serves http://127.0.0.1:8000/pytorch-fundamentals/.
    """
    install(session, "docs")
    env = dict(QUIET_MKDOCS)
    capture_python = Path(".nox/capture/bin/python")
    if capture_python.exists():  # after one `nox -s capture`, edits to snippets are re-run with that torch
        env["DOCEXEC_PYTHON"] = str(capture_python.absolute())  # not resolve(): that leaves the venv
    session.run("python", "-m", "docexec", "serve", *session.posargs, env=env)


@nox.session(python=PYTHON)
def capture(session: nox.Session) -> None:
    """Run new or changed snippets, bake outputs: -- [--device cpu|cuda] [--force] [--once] [--jobs N] [SNIPPET ...]."""
    install(session, "capture")
    session.run("python", "-m", "docexec", "capture", *session.posargs)


@nox.session
def notebooks(session: nox.Session) -> None:
    """Regenerate the chapter notebooks from the chapters and captures."""
    install(session, "docs")
    session.run("python", "-m", "docexec.notebook", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Capture what changed on the CPU, then build the site strictly into site/: -- [--engine mkdocs|zensical].

    The capture brings the notebooks up to date.
    """
    install(session, "capture", "docs")
    session.run("python", "-m", "docexec", "build", "--strict", *session.posargs, env=QUIET_MKDOCS)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Run ruff (lint and format) and mypy where pyproject.toml says (docexec/, bench/, tools/...): -- [PATH ...]."""
    install(session, "lint")
    session.run("ruff", "check", *session.posargs)
    session.run("ruff", "format", "--check", *session.posargs)
    session.run("mypy", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run everything CI checks: engine tests, re-execution of every snippet, strict build, code blocks, browser."""
    install(session, "test")
    session.run("pytest", *session.posargs, env={**QUIET_MKDOCS, "CI": os.environ.get("CI", "")})


@nox.session
def lock(session: nox.Session) -> None:
    """Write requirements/ from pyproject.toml's groups, for Linux x86_64 and the captures' Python: -- [--upgrade].

    --upgrade takes the newest versions the groups allow, not those locked now.
    """
    session.install("--require-hashes", "-r", str(LOCKS / "lock.txt"))
    session.run("python", "-m", "tools.lock", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Report what another torch changes in the snippets' baked CPU outputs: -- VERSION [--torch-index URL].

    It captures every snippet with that torch, in an environment of its own.
    """
    parser = argparse.ArgumentParser(
        prog="nox -s drift --", description="Write captures/drift/torch-VERSION.json and its page in docs/changes/."
    )
    parser.add_argument("version", help="the torch release to compare with, e.g. 2.15.0")
    parser.add_argument(
        "--torch-index",
        default=_torch_index(session),
        help="where to get that torch alone (default: the CPU build's index)",
    )
    args, rest = parser.parse_known_args(session.posargs)
    # This session's own environment, never the capture one: that torch alone from its index, unpinned (the report is
    # data, never a published output); then the capture lock, hash-checked, so every other package is the one the
    # baked outputs come from (--no-deps: it is complete, and pip would otherwise resolve that torch's own needs
    # against it); then from PyPI whatever that torch needs that the lock does not have.
    session.install("--no-deps", "--index-url", args.torch_index, f"torch=={args.version}")
    session.install("--no-deps", "--require-hashes", "-r", str(LOCKS / "capture.txt"))
    session.install(f"torch=={args.version}")
    session.run("python", "-m", "tools.drift", args.version, *rest)


def _torch_index(session: nox.Session) -> str:
    """The index requirements/torch.txt installs torch from."""
    found = re.search(r"^--index-url (\S+)", (LOCKS / "torch.txt").read_text(), re.MULTILINE)
    if found is None:
        session.error(f"{LOCKS}/torch.txt names no --index-url: run `nox -s lock`")
    return found[1]


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Time this project against its peers: -- [--quick] [--rounds N] [--counts 50,100,all] [--peers NAME,...] ...

    Also --serve-edits N, --page-weight-loads N and --engine-rounds N (`nox -s bench -- --help`).
    The last line it prints is JSON.
    """
    install(session, "bench")
    session.run("python", "-m", "bench", *session.posargs, env=QUIET_MKDOCS)
