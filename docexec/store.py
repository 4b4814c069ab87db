"""Read and write capture files atomically, decide which are stale, and keep one capture run at a time."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

from docexec.config import DEVICES, Config
from docexec.discover import Snippet

# The version of what a capture holds. Bump it only when the engine changes what a run records (a new
# field, another normalization): every capture is then redone, CUDA ones included, which needs a GPU.
# An engine edit that records the same thing leaves it alone; changes that can be applied to stored
# captures (how output is rendered, terminal control) are applied at build time instead.
FORMAT = 2
UMASK = os.umask(0o022)  # reading the file-creation mask means setting it: done once, before any thread runs
os.umask(UMASK)


class CaptureLocked(RuntimeError):
    """Another capture run holds the lock."""


def package_version(name: str) -> str | None:
    """Installed version of a distribution, read without importing it."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


# Distributions that compute part of what a snippet importing another one prints: scikit-learn's fits call SciPy's
# solvers, and torchviz hands its graph to the graphviz package, which writes the DOT.
SHAPED_BY = {"scikit-learn": ("scipy",), "torchviz": ("graphviz",)}
EVERYWHERE = ("torch", "numpy")  # recorded for every snippet, at the top of `env`


class WrongPython(RuntimeError):
    """A CPU capture asked of a Python whose minor version is not the one the project's CPU captures come from."""


def minor(version: str) -> str:
    """ "3.11.7" -> "3.11": a patch release of Python changes no output, a minor one may (reprs, warnings, messages)."""
    return ".".join(version.split(".")[:2])


def environment(
    versions: dict[str, Any], device: str, device_name: str = "CPU", cuda: str | None = None
) -> dict[str, Any]:
    """What the captures on this machine depend on besides their snippets:
    the snippets' Python's versions, and the device.

    `versions` is what `docexec.sandbox.worker.versions()` reads in that Python; its "modules" (top-level module ->
    [distribution, version]) stays here under that key, for `recorded()` to take each snippet's share of.
    """
    env: dict[str, Any] = {
        "python": minor(versions["python"]),
        "torch": versions["torch"],
        "numpy": versions["numpy"],
        "device": device,
        "device_name": device_name,
    }
    if device == "cuda":
        env["cuda"] = cuda
    env["modules"] = versions.get("modules") or {}
    return env


def recorded(env: dict[str, Any], snippet: Snippet) -> dict[str, Any]:
    """The `env` a capture of `snippet` records: the machine's, plus the versions of the other packages it imports.

    "packages" holds the distribution of each top-level module the snippet imports (torch and NumPy are recorded
    for all), and those that compute part of their output (SHAPED_BY); a module of no distribution (the standard
    library, a local file) adds nothing, and a snippet that imports nothing else records no "packages".
    """
    modules = env.get("modules", {})
    packages: dict[str, str] = {}
    for name in sorted({module.split(".")[0] for module in snippet.imports}):
        if name in modules:
            distribution, version = modules[name]
            packages[distribution] = version
    for distribution in list(packages):
        for shaper in SHAPED_BY.get(distribution, ()):
            found = next((v for d, v in modules.values() if d == shaper), None)
            if found is not None:
                packages[shaper] = found
    for name in EVERYWHERE:
        packages.pop(name, None)
    kept = {key: value for key, value in env.items() if key != "modules"}
    if packages:
        kept["packages"] = dict(sorted(packages.items()))
    return kept


def same_environment(stored: dict[str, Any], here: dict[str, Any]) -> bool:
    """Whether a capture recorded in environment `stored` still stands for one made in `here` (a recorded env).

    The rules, so that changing what `env` records stales nothing already captured (CUDA captures need a GPU):
    - Python is compared by minor version: "3.12.3" stored stands for 3.12.x here (captures made before `env`
      recorded the minor alone hold the full version);
    - a field `stored` does not record is not compared: a field added to `env` later (such as "packages") stales
      no capture made before it;
    - a field it records must be equal here, in its nested fields too: a package it records that is not
      installed here, or at another version, stales it.
    """
    for key, value in stored.items():
        if key not in here:
            return False
        if key == "python":
            if minor(str(value)) != minor(str(here[key])):
                return False
        elif isinstance(value, dict) and isinstance(here[key], dict):
            if not same_environment(value, here[key]):
                return False
        elif value != here[key]:
            return False
    return True


def check_python(config: Config, env: dict[str, Any]) -> None:
    """Refuse a CPU capture in a Python of another minor version than the project's (`[tool.docexec] python`).

    Every CPU capture records the minor version; run with another, a capture would redo (and change) them all.
    """
    if config.python is None or env["device"] != "cpu" or minor(env["python"]) == config.python:
        return
    raise WrongPython(
        f"the CPU captures come from Python {config.python} (pyproject.toml, [tool.docexec] python), "
        f"and this is Python {env['python']}: a capture here would redo all of them. "
        f"Run `nox -s capture`, which makes a Python {config.python} environment "
        f"(from a python{config.python} on PATH, or one nox downloads; "
        f"`uv python install {config.python}` also gives one), or run this command with a Python {config.python}. "
        "CUDA captures (--device cuda) come from any Python."
    )


def capture_path(config: Config, device: str, name: str) -> Path:
    """Where the capture of snippet `name` on `device` is kept."""
    return config.captures / device / Path(name).with_suffix(".json")


def read(config: Config, device: str, name: str) -> dict[str, Any] | None:
    """Load a capture, or None if there is none."""
    path = capture_path(config, device, name)
    try:
        capture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return capture


def write(config: Config, capture: dict[str, Any]) -> Path:
    """Write a capture atomically: readers see the old file or the new one, never half of one."""
    path = capture_path(config, capture["device"], capture["snippet"])
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, json.dumps(capture, indent=1, ensure_ascii=False) + "\n")
    return path


def write_text(path: Path, text: str) -> None:
    """Replace a file's text atomically (a temporary file beside it, then a rename)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, 0o666 & ~UMASK)  # as an ordinary new file would be, not mkstemp's 0600
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def staleness(capture: dict[str, Any] | None, snippet: Snippet) -> str | None:
    """Why a capture cannot stand for this snippet's source ("has no capture", "changed since..."), or None."""
    if capture is None:
        return "has no capture"
    if capture.get("source_sha256") != snippet.sha256:
        return "changed since it was captured"
    return None


def is_current(capture: dict[str, Any] | None, snippet: Snippet, env: dict[str, Any]) -> bool:
    """Whether a capture was made from this source, in this capture format, in this machine's environment `env`.

    `env` is what `environment()` gives; it is compared with what the capture recorded by `same_environment()`.
    """
    return (
        capture is not None
        and staleness(capture, snippet) is None
        and capture.get("format") == FORMAT
        and isinstance(capture.get("env"), dict)
        and same_environment(capture["env"], _here(capture["env"], env, snippet))
    )


def _here(stored: dict[str, Any], env: dict[str, Any], snippet: Snippet) -> dict[str, Any]:
    """This machine's recorded env for `snippet`,
    the packages it imports read only where `stored` records them (a parse)."""
    if "packages" in stored:
        return recorded(env, snippet)
    return {key: value for key, value in env.items() if key != "modules"}


def orphans(config: Config) -> list[Path]:
    """Capture files whose snippet file no longer exists (one that exists but cannot be read keeps its captures)."""
    found = []
    for device in DEVICES:  # not captures/drift/, which holds reports about them
        for path in (config.captures / device).glob("**/*.json"):
            name = path.relative_to(config.captures / device)
            if not (config.snippets / name).with_suffix(".py").exists():
                found.append(path)
    return found


@contextmanager
def locked(config: Config) -> Iterator[None]:
    """Hold the capture lock, or fail at once naming the run that holds it."""
    # The lock lives outside captures/, so taking it never wakes `mkdocs serve`'s file watcher.
    key = hashlib.sha256(str(config.captures.resolve()).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"docexec-{key}.lock"
    with open(path, "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "unknown"
            raise CaptureLocked(
                f"another capture run (pid {holder}) is using {config.captures}; wait for it to finish, or stop it"
            ) from None
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def failures_path(project: Config) -> Path:
    """Where previewing keeps why snippets failed: beside the captures, so that an engine watching them rebuilds."""
    return project.captures / ".failures.json"


def failure(project: Config, snippet: Snippet) -> str | None:
    """Why the last capture of exactly this source failed while previewing, or None."""
    path = failures_path(project)
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    if (known := _failures.get(path)) is None or known[0] != mtime:
        try:
            _failures[path] = known = (mtime, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None
    entry = known[1].get(snippet.name)
    return entry["message"] if entry and entry.get("sha256") == snippet.sha256 else None


_failures: dict[Path, tuple[float, dict[str, dict[str, str]]]] = {}  # failures file -> (its mtime, what it says)
