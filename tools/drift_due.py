"""Which torch release has no drift report yet: the question the weekly drift workflow asks first.

`python -m tools.drift_due` prints the newest final torch release on PyPI when `captures/drift/` has no report on it
(nothing otherwise), so the workflow runs `nox -s drift -- VERSION` only when there is something new to compare.
`--releases` gives the list instead of asking PyPI (the tests use it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from pathlib import Path

PYPI = "https://pypi.org/pypi/torch/json"  # PyPI's JSON API: every release of torch, with its files
FINAL = re.compile(r"^\d+(\.\d+)*$")  # 2.15.0; not 2.16.0rc1 or 2.15.0.dev20260101


def released(url: str = PYPI) -> list[str]:
    """Every torch release on PyPI that has files to install and was not yanked."""
    with urllib.request.urlopen(url, timeout=60) as response:
        data = json.load(response)
    return [version for version, files in data["releases"].items() if files and not all(f.get("yanked") for f in files)]


def newest(versions: list[str]) -> str | None:
    """The newest final release among `versions`."""
    finals = [version for version in versions if FINAL.match(version)]
    return max(finals, key=lambda version: tuple(int(part) for part in version.split(".")), default=None)


def reported(drift: Path) -> set[str]:
    """The torch versions `captures/drift/` has a report on ("2.15.0" from torch-2.15.0.json)."""
    return {path.stem.removeprefix("torch-") for path in drift.glob("torch-*.json")}


def due(versions: list[str], drift: Path) -> str | None:
    """The newest final release, if no report covers it yet."""
    latest = newest(versions)
    return latest if latest is not None and latest not in reported(drift) else None


def main(argv: list[str] | None = None) -> int:
    """Print the release a drift report is due for, or nothing."""
    parser = argparse.ArgumentParser(prog="python -m tools.drift_due", description=main.__doc__)
    parser.add_argument("--drift", type=Path, default=Path("captures/drift"), help="where the reports are kept")
    parser.add_argument("--releases", help="comma-separated torch versions to consider, instead of PyPI's")
    args = parser.parse_args(argv)
    versions = args.releases.split(",") if args.releases else released()
    if version := due(versions, args.drift):
        print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
