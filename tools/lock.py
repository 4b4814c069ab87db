"""Lock the dependency groups: a hash-pinned requirements file per group of pyproject.toml,
and torch alone, from its own index.

`python -m tools.lock [--upgrade]` (what `nox -s lock` runs) writes requirements/<group>.txt with uv, for Linux
x86_64 and the CPython minor of `[tool.docexec] python`, every package with the sha256 of its files on PyPI; and
requirements/torch.txt, the CPU build of the pinned torch from https://download.pytorch.org/whl/cpu, which is
installed in a step of its own with `--no-deps` (its dependencies come from PyPI, in the group locks). Versions
already locked are kept unless pyproject.toml asks otherwise or `--upgrade` is given, and every group gets the
same version of a package they share (each is resolved within one resolution of all of them).

`problems()` is the cheap check the tests run: no network, only pyproject.toml and requirements/ read.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

LOCKS = "requirements"  # the folder of the lock files, below the project root
TORCH_INDEX = "https://download.pytorch.org/whl/cpu"  # for torch alone: never an extra index for everything
# torch's CPU wheel for Linux x86_64: uv's name for the platform, and the wheel tag's.
PLATFORM = ("x86_64-manylinux_2_28", "manylinux_2_28_x86_64")
COMMAND = "nox -s lock"  # what the files' headers say wrote them
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")
VIA = re.compile(r"\(pyproject\.toml:([\w.-]+)\)")


def normalize(name: str) -> str:
    """A distribution name as indexes compare them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """The normalized distribution name a requirement string names."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"cannot read a package name in {requirement!r}")
    return normalize(match[1])


def pyproject(root: Path) -> dict[str, Any]:
    """pyproject.toml as data."""
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def groups(project: dict[str, Any]) -> dict[str, list[str]]:
    """Each dependency group's requirements, included groups spelled out."""
    declared = project.get("dependency-groups", {})

    def flatten(name: str, seen: tuple[str, ...]) -> list[str]:
        if name in seen:
            raise ValueError(f"dependency group {name!r} includes itself")
        found: list[str] = []
        for item in declared[name]:
            found.extend(flatten(item["include-group"], (*seen, name)) if isinstance(item, dict) else [item])
        return found

    return {name: flatten(name, ()) for name in declared}


def python_minor(project: dict[str, Any]) -> str:
    """The Python minor version the CPU captures and the lock are for, e.g. "3.11"."""
    return str(project["tool"]["docexec"]["python"])


def torch_pin(project: dict[str, Any]) -> str | None:
    """The torch version pinned in the groups (`torch==X`), or None if no group has torch."""
    pins = {
        req.split("==", 1)[1].strip()
        for reqs in groups(project).values()
        for req in reqs
        if requirement_name(req) == "torch"
    }
    if len(pins) > 1 or any(not re.fullmatch(r"[\w.]+", pin) for pin in pins):
        raise ValueError(
            f"torch must be pinned once, as torch==X.Y.Z, in pyproject.toml's groups; found {sorted(pins)}"
        )
    return pins.pop() if pins else None


def torch_wheel(version: str, python: str) -> str:
    """The file name of torch's CPU build for Linux x86_64 and this CPython minor."""
    tag = "cp" + python.replace(".", "")
    return f"torch-{version}+cpu-{tag}-{tag}-{PLATFORM[1]}.whl"


def needs_torch(project: dict[str, Any], group: str) -> bool:
    """Whether a group's lock must be installed after requirements/torch.txt."""
    return any(requirement_name(req) == "torch" for req in groups(project)[group])


def read_lock(path: Path) -> dict[str, dict[str, Any]]:
    """A lock file's packages: name -> {"version", "hashes", "via"}, "via" being the groups that ask for it by name."""
    found: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = found[normalize(match[1])] = {"version": match[2], "hashes": [], "via": set()}
        elif current is not None and (hashed := re.search(r"--hash=sha256:([0-9a-f]{64})", line)):
            current["hashes"].append(hashed[1])
        elif current is not None and line.lstrip().startswith("#"):
            current["via"].update(VIA.findall(line))
    return found


def problems(root: Path) -> list[str]:
    """Where requirements/ disagrees with pyproject.toml's groups; empty when the lock is current. Reads files only."""
    from packaging.requirements import Requirement

    project = pyproject(root)
    folder = root / LOCKS
    declared = groups(project)
    found: list[str] = []
    rerun = f"run `{COMMAND}`"
    locks = {path.stem: read_lock(path) for path in sorted(folder.glob("*.txt")) if path.stem != "torch"}
    for name in sorted(set(locks) - set(declared)):
        found.append(f"{LOCKS}/{name}.txt locks no dependency group of pyproject.toml: delete it, or {rerun}")
    version = torch_pin(project)
    torch_file = folder / "torch.txt"
    if version is not None:
        torch = read_lock(torch_file) if torch_file.exists() else {}
        text = torch_file.read_text(encoding="utf-8") if torch_file.exists() else ""
        if set(torch) != {"torch"} or torch["torch"]["version"] != f"{version}+cpu" or not torch["torch"]["hashes"]:
            found.append(f"{LOCKS}/torch.txt must pin torch=={version}+cpu with its hash, and nothing else: {rerun}")
        if f"--index-url {TORCH_INDEX}\n" not in text:
            found.append(f"{LOCKS}/torch.txt must install torch from --index-url {TORCH_INDEX}: {rerun}")
    versions: dict[str, dict[str, str]] = {}  # package -> lock -> version
    for group, requirements in sorted(declared.items()):
        if group not in locks:
            found.append(f"dependency group {group!r} has no lock ({LOCKS}/{group}.txt): {rerun}")
            continue
        lock = locks[group]
        wanted = {requirement_name(req): req for req in requirements if requirement_name(req) != "torch"}
        for name, req in sorted(wanted.items()):
            if name not in lock:
                found.append(f"{LOCKS}/{group}.txt lacks {req!r}, which group {group!r} asks for: {rerun}")
            elif not Requirement(req).specifier.contains(lock[name]["version"], prereleases=True):
                found.append(
                    f"{LOCKS}/{group}.txt has {name}=={lock[name]['version']}, "
                    f"but group {group!r} asks for {req!r}: {rerun}"
                )
        for name, entry in sorted(lock.items()):
            if not entry["hashes"]:
                found.append(f"{LOCKS}/{group}.txt pins {name} without a --hash: {rerun}")
            if group in entry["via"] and name not in wanted:
                found.append(
                    f"{LOCKS}/{group}.txt still has {name} for group {group!r}, which no longer asks for it: {rerun}"
                )
            versions.setdefault(name, {})[group] = entry["version"]
        if "torch" in lock:
            found.append(f"{LOCKS}/{group}.txt pins torch, which must come from {LOCKS}/torch.txt alone: {rerun}")
    for name, where in sorted(versions.items()):
        if len(set(where.values())) > 1:
            found.append(
                f"the locks disagree on {name}: "
                + ", ".join(f"{v} in {g}.txt" for g, v in sorted(where.items()))
                + f": {rerun}"
            )
    return found


def find_links_dirs() -> list[Path]:
    """The local folders pip and uv are told to find packages in (PIP_FIND_LINKS, UV_FIND_LINKS)."""
    found = []
    for variable in ("PIP_FIND_LINKS", "UV_FIND_LINKS"):
        for item in os.environ.get(variable, "").split():
            path = Path(item.removeprefix("file://"))
            if path.is_dir():
                found.append(path)
    return found


def torch_source(version: str, python: str) -> tuple[str, str]:
    """Where uv finds the CPU torch (a local folder holding its wheel,
    else the CPU index's torch page), and the wheel's sha256.

    The local file, where there is one, is the file the index serves: its hash is the one locked either way.
    """
    wheel = torch_wheel(version, python)
    for folder in find_links_dirs():
        if (folder / wheel).is_file():
            return str(folder), hashlib.sha256((folder / wheel).read_bytes()).hexdigest()
    page = f"{TORCH_INDEX}/torch/"
    try:
        with urllib.request.urlopen(page, timeout=60) as response:
            html = response.read().decode()
    except OSError as error:
        raise SystemExit(
            f"error: cannot read {page} ({error}), and no find-links folder (PIP_FIND_LINKS, UV_FIND_LINKS) "
            f"holds {wheel}: put that file in one, or lock where the index can be reached"
        ) from None
    quoted = wheel.replace("+", "%2B")
    link = next((m[1] for m in re.finditer(r'href="([^"]+)"', html) if quoted in m[1] or wheel in m[1]), None)
    if link is None:
        raise SystemExit(
            f"error: {page} has no {wheel}: is torch {version} released for CPython {python} on Linux x86_64?"
        )
    if digest := re.search(r"#sha256=([0-9a-f]{64})", link):
        return page, digest[1]
    url = urllib.parse.urljoin(page, link.split("#")[0])
    hasher = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=600) as response:  # the index gave no hash: read the file's own
        while chunk := response.read(1 << 20):
            hasher.update(chunk)
    return page, hasher.hexdigest()


def torch_lock(version: str, python: str, digest: str) -> str:
    """The text of requirements/torch.txt."""
    return (
        f"# torch alone, the CPU build, from PyTorch's own index; written by `{COMMAND}` from pyproject.toml's pin.\n"
        "# Installed first, in a step of its own: pip install --no-deps --require-hashes -r requirements/torch.txt\n"
        "# (its dependencies come from PyPI, in the group locks). "
        "Never PyPI for torch: its Linux wheel is the CUDA build.\n"
        "# Never this index for anything else: "
        "a package named like one of ours there would be taken (torchtriton, Dec 2022).\n"
        f"# The hash is that of {torch_wheel(version, python)}.\n"
        f"--index-url {TORCH_INDEX}\n"
        f"torch=={version}+cpu \\\n"
        f"    --hash=sha256:{digest}\n"
    )


def write(root: Path, upgrade: bool = False) -> list[Path]:
    """Write requirements/: torch.txt, then each group's lock within one resolution of all groups;
    return the files written."""
    project = pyproject(root)
    python = python_minor(project)
    folder = root / LOCKS
    folder.mkdir(exist_ok=True)
    declared = groups(project)
    written = []
    version = torch_pin(project)
    common = ["--python-version", python, "--python-platform", PLATFORM[0], "--no-emit-package", "torch", "--quiet"]
    with tempfile.TemporaryDirectory(prefix="docexec-lock-") as scratch:
        work = Path(scratch)
        if version is not None:
            source, digest = torch_source(version, python)
            (folder / "torch.txt").write_text(torch_lock(version, python, digest), encoding="utf-8")
            written.append(folder / "torch.txt")
            # The CPU build, found only where --find-links says.
            (work / "overrides.txt").write_text(f"torch=={version}+cpu\n")
            common += ["--overrides", str(work / "overrides.txt"), "--find-links", source]
        # One resolution of every group, seeded with what is locked now; each group's own then starts from its versions.
        seed = {}
        for path in sorted(folder.glob("*.txt")):
            if path.stem in declared:
                seed.update({name: entry["version"] for name, entry in read_lock(path).items()})
        everything = work / "all.txt"
        everything.write_text("".join(f"{name}=={v}\n" for name, v in sorted(seed.items())))
        uv(
            root,
            [
                *(arg for group in declared for arg in ("--group", group)),
                *common,
                *(["--upgrade"] if upgrade else []),
                "-o",
                str(everything),
            ],
        )
        chosen = "".join(f"{name}=={entry['version']}\n" for name, entry in sorted(read_lock(everything).items()))
        for group in declared:
            target = folder / f"{group}.txt"
            # uv keeps the versions an output file holds where it can: these agree across groups.
            target.write_text(chosen)
            uv(
                root,
                [
                    "--group",
                    group,
                    *common,
                    "--generate-hashes",
                    "--custom-compile-command",
                    COMMAND,
                    "-o",
                    str(target),
                ],
            )
            written.append(target)
    for stale in sorted(folder.glob("*.txt")):
        if stale.stem not in declared and stale.stem != "torch":
            stale.unlink()
    return written


def uv(root: Path, args: list[str]) -> None:
    """Run `uv pip compile` in the project, from PyPI (uv reads no pip configuration)."""
    try:
        from uv import find_uv_bin  # the uv of requirements/lock.txt, in `nox -s lock`'s environment
    except ImportError:
        binary = shutil.which("uv")
    else:
        binary = find_uv_bin()
    if binary is None:
        raise SystemExit("error: uv is not installed: run `nox -s lock`, which installs it from requirements/lock.txt")
    command = [binary, "pip", "compile", *args]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_INDEX", "UV_DEFAULT_INDEX")
    }
    done = subprocess.run(command, cwd=root, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"error: `uv pip compile {' '.join(args)}` failed (status {done.returncode})")


def main(argv: list[str] | None = None) -> int:
    """Write the lock files, then check them against pyproject.toml."""
    parser = argparse.ArgumentParser(prog="python -m tools.lock", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--upgrade", action="store_true", help="take the newest versions pyproject.toml allows, not the ones locked now"
    )
    args = parser.parse_args(argv)
    root = Path.cwd()
    for path in write(root, upgrade=args.upgrade):
        print(f"wrote {path.relative_to(root)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
