"""Sessions for previewing, capturing, building, testing and benchmarking the site."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups
nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}  # Material 9.8's notice about MkDocs 2.0; we stay on 1.6


def install(session: nox.Session, *groups: str) -> None:
    """Install the named dependency groups of pyproject.toml."""
    session.install(*(req for group in groups for req in nox.project.dependency_groups(PYPROJECT, group)))


@nox.session
def serve(session: nox.Session) -> None:
    """Preview the site at http://127.0.0.1:8000/pytorch-fundamentals/ with live reload: -- [--engine mkdocs|zensical] [OPTION ...]."""
    install(session, "docs")
    env = dict(QUIET_MKDOCS)
    capture_python = Path(".nox/capture/bin/python")
    if capture_python.exists():  # after one `nox -s capture`, edits to snippets are re-run with that torch
        env["DOCEXEC_PYTHON"] = str(capture_python.absolute())  # not resolve(): that leaves the venv
    session.run("python", "-m", "docexec", "serve", *session.posargs, env=env)


@nox.session
def capture(session: nox.Session) -> None:
    """Run new or changed snippets and bake their outputs: -- [--device cpu|cuda] [--force] [SNIPPET ...]."""
    install(session, "capture")
    session.run("python", "-m", "docexec", "capture", *session.posargs)


@nox.session
def notebooks(session: nox.Session) -> None:
    """Regenerate the chapter notebooks from the chapters and captures."""
    install(session, "docs")
    session.run("python", "-m", "docexec.notebook", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Capture what changed on the CPU (the notebooks follow), then build the site strictly into site/: -- [--engine mkdocs|zensical]."""
    install(session, "capture", "docs")
    session.run("python", "-m", "docexec", "build", "--strict", *session.posargs, env=QUIET_MKDOCS)


@nox.session
def tests(session: nox.Session) -> None:
    """Run everything CI checks: engine tests, re-execution of every snippet, strict build, code blocks, browser."""
    install(session, "test")
    session.run("pytest", *session.posargs, env={**QUIET_MKDOCS, "CI": os.environ.get("CI", "")})


@nox.session
def bench(session: nox.Session) -> None:
    """Time this project against the peers a user would pick instead: -- [--quick] [--rounds N] [--counts 50,100,all]; the last line is JSON."""
    install(session, "bench")
    session.run("python", "-m", "bench", *session.posargs, env=QUIET_MKDOCS)
