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

from docexec.config import Config
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


def environment(versions: dict[str, str | None], device: str, device_name: str = "CPU", cuda: str | None = None) -> dict[str, str | None]:
    """What a capture's output depends on besides the snippet: the snippets' Python's versions, and the device."""
    env = {"python": versions["python"], "torch": versions["torch"], "numpy": versions["numpy"], "device": device, "device_name": device_name}
    if device == "cuda":
        env["cuda"] = cuda
    return env


def capture_path(config: Config, device: str, name: str) -> Path:
    """Where the capture of snippet `name` on `device` is kept."""
    return config.captures / device / Path(name).with_suffix(".json")


def read(config: Config, device: str, name: str) -> dict[str, Any] | None:
    """Load a capture, or None if there is none."""
    path = capture_path(config, device, name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


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
    """Whether a capture was made from this source, in this capture format, in this environment."""
    return (
        capture is not None
        and staleness(capture, snippet) is None
        and capture.get("format") == FORMAT
        and capture.get("env") == env
    )


def orphans(config: Config) -> list[Path]:
    """Capture files whose snippet file no longer exists (one that exists but cannot be read keeps its captures)."""
    found = []
    for path in config.captures.glob("*/**/*.json"):
        _device, *name = path.relative_to(config.captures).parts
        if not (config.snippets / Path(*name)).with_suffix(".py").exists():
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
