"""Make a report of what another torch release changes: capture every snippet with it, compare with the baked CPU
outputs, publish the differences.

`python -m tools.drift VERSION` (what `nox -s drift -- VERSION` runs, in an environment of its own with that torch)
captures every CPU snippet into a scratch folder through docexec's capture, compares each with its committed CPU
capture and writes captures/drift/torch-VERSION.json, the data, and docs/changes/torch.md, the page of the newest
report. `python -m tools.drift --pages` writes the page again from the data alone (no torch needed).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from docexec import config as settings
from docexec import parse, store
from docexec.config import Config
from docexec.discover import Snippet, find_snippets
from docexec.drift import PAGE, UNCHECKED, anchor, data_path, newest

# Where in torch's C++ a warning came from: it moves every release.
TRIGGERED = re.compile(r"\(Triggered internally at [^)]*\)")
# A warning's line, and its source line.
WARNING = re.compile(r"^\S.*:\d+: (\w*Warning): .*\n(?:[ \t]+\S.*\n)?", re.MULTILINE)
WORDS = {  # how a page names each kind of change
    "output": "output",
    "warnings": "warnings",
    "exception": "exception type",
    "message": "exception message",
    "graphs": "graphs",
    "figures": "figures",
    "fails": "fails",
}


def clean(text: str) -> str:
    """Text as compared: torch's C++ source locations left out."""
    return TRIGGERED.sub("(Triggered internally at …)", text)


def ending(capture: dict[str, Any]) -> str:
    """How a capture ended, as a terminal's last line shows it: "RuntimeError: message", or "" if it did not raise."""
    exception = capture["exception"]
    return clean(f"{exception['type']}: {exception['message']}\n") if exception else ""


# How the capture says that a snippet did not end as it declares (docexec.run.check_expectation): then no capture is
# kept, and what it raised instead is read from the message.
RAISED = re.compile(r"^\S+:\d+: raised (?P<ending>\w+: .*?)\n  but the snippet declares", re.DOTALL)
UNDECLARED = re.compile(r"^\S+:\d+: (?P<ending>\w+: .*?)\n  If this is the point of the example", re.DOTALL)
FINISHED = re.compile(r"^\S+:\d+: declares `raises: \w+` on \w+, but finished without raising it")


def compare(
    before: dict[str, Any], after: dict[str, Any] | None, failure: str | None, labels: tuple[str, str]
) -> dict[str, Any] | None:
    """What changed between two captures of a snippet (or None);
    `after` is None and `failure` says why where the new run failed.

    The changes named: "output" (what it printed, its warnings aside), "warnings", "exception" (another type, or
    none, or one where there was none), "message" (the exception's), "graphs", "figures"; "fails" where the new run
    ended in a way the capture refuses (a timeout, a crash). The diff shows the printed text, then the exception's line.
    """
    change: dict[str, Any] = {"snippet": before["snippet"], "source_sha256": before["source_sha256"]}
    heads = (f"torch {labels[0]}", f"torch {labels[1]}")
    if after is None:
        failure = clean(failure or "no capture")
        if match := RAISED.match(failure) or UNDECLARED.match(failure):
            new_ending = clean(match["ending"] + "\n")
        elif FINISHED.match(failure):
            new_ending = ""
        else:
            return {**change, "what": ["fails"], "failure": failure, "diff": ""}
        # The run stopped at an exception the snippet does not declare, so its output was not kept: only the
        # ending is compared.
        diff = "".join(difflib.unified_diff(ending(before).splitlines(True), new_ending.splitlines(True), *heads, n=0))
        return {**change, "what": ["exception"], "failure": failure, "diff": diff}
    what = []
    old, new = clean(before["output"]), clean(after["output"])
    if WARNING.sub("", old) != WARNING.sub("", new):
        what.append("output")
    if [m[0] for m in WARNING.finditer(old)] != [m[0] for m in WARNING.finditer(new)]:
        what.append("warnings")
    kinds = [(capture["exception"] or {}).get("type") for capture in (before, after)]
    if kinds[0] != kinds[1]:
        what.append("exception")
    elif ending(before) != ending(after):
        what.append("message")
    graphs = [[graph["dot"] for graph in capture["graphs"]] for capture in (before, after)]
    if graphs[0] != graphs[1]:
        what.append("graphs")
    figures = [capture["figures"] for capture in (before, after)]
    if figures[0] != figures[1]:
        what.append("figures")
        change["figures"] = [n for n, pair in enumerate(zip(*figures, strict=False), 1) if pair[0] != pair[1]] + list(
            range(min(map(len, figures)) + 1, max(map(len, figures)) + 1)
        )
    if not what:
        return None
    texts = [
        (text + ("" if not text or text.endswith("\n") else "\n") + ending(capture))
        for text, capture in ((old, before), (new, after))
    ]
    diff = "".join(difflib.unified_diff(texts[0].splitlines(True), texts[1].splitlines(True), *heads, n=1))
    for number, (one, two) in enumerate(zip(*graphs, strict=False), 1):
        if one != two:
            diff += "".join(
                difflib.unified_diff(
                    one.splitlines(True),
                    two.splitlines(True),
                    f"graph {number}, {heads[0]}",
                    f"graph {number}, {heads[1]}",
                    n=1,
                )
            )
    return {**change, "what": what, "diff": diff}


def capture_with_this_torch(
    config: Config, snippets: list[Snippet], version: str
) -> tuple[dict[str, Any], dict[str, dict[str, Any] | None], dict[str, str], float]:
    """Capture `snippets` on the CPU with this Python's torch (release `version`, or it stops before running any),
    in a scratch folder; the env, the captures, the failures, the seconds."""
    from docexec import run

    with tempfile.TemporaryDirectory(prefix="docexec-drift-") as scratch:
        side = replace(config, root=Path(scratch), captures=Path(scratch) / "captures", python=None)
        started = time.perf_counter()
        with store.locked(side), run.Runner(side) as runner:
            env = runner.environment("cpu")
            if env["torch"].split("+")[0] != version:  # before the snippets run, not after
                raise SystemExit(
                    f"error: this Python has torch {env['torch']}, not {version}: run `nox -s drift -- {version}`"
                )
            report = run.capture(side, snippets, "cpu", runner, force=True, recheck=False)
        seconds = time.perf_counter() - started
        captures = {snippet.name: store.read(side, "cpu", snippet.name) for snippet in snippets}
    return env, captures, report.failures, seconds


def report(config: Config, version: str) -> dict[str, Any]:
    """Capture every CPU snippet with this torch and compare with the committed captures: the data of the report."""
    snippets = [snippet for snippet in find_snippets(config) if "cpu" in snippet.devices]
    found = {snippet.name: store.read(config, "cpu", snippet.name) for snippet in snippets}
    stale = [
        name
        for name, snippet in zip(found, snippets, strict=True)
        if not found[name] or store.staleness(found[name], snippet)
    ]
    if stale:
        raise SystemExit(
            f"error: the CPU captures of {', '.join(stale[:5])} are missing or stale: run `nox -s capture` first"
        )
    baked = {name: capture for name, capture in found.items() if capture is not None}  # every one, after that check
    env, captures, failures, seconds = capture_with_this_torch(config, snippets, version)
    torch = env["torch"]
    first = next(iter(baked.values()))["env"]
    labels = (first["torch"], torch)
    changes = []
    for snippet in snippets:
        change = compare(baked[snippet.name], captures[snippet.name], failures.get(snippet.name), labels)
        if change is not None:
            changes.append(change)
    packages: dict[str, list[str | None]] = {}  # what else differed from the baked outputs' environment
    recorded = {"numpy": first["numpy"]}
    for capture in baked.values():
        recorded.update(capture["env"].get("packages", {}))
    here = {distribution: found for distribution, found in env["modules"].values()}
    for name, old in sorted(recorded.items()):
        new = env["numpy"] if name == "numpy" else here.get(name)
        if new != old:
            packages[name] = [old, new]
    return {
        "torch": torch,
        "build": torch_build(),
        "baseline": {"torch": first["torch"], "python": first["python"]},
        "python": env["python"],
        "packages": packages,
        "snippets": len(snippets),
        "seconds": round(seconds, 1),
        "sources": {snippet.name: snippet.sha256 for snippet in snippets},
        "changes": changes,
    }


def torch_build() -> str:
    """Which build of torch this Python has: a CUDA wheel run on the CPU is not the CPU build the outputs come from."""
    import torch

    return f"a CUDA {torch.version.cuda} build, run on the CPU" if torch.version.cuda else "the CPU build"


def chapters(config: Config) -> dict[str, tuple[str, str]]:
    """Snippet name -> (the page that shows it, below the docs folder; its title), as the site's parse decides."""
    docs = config.root / "docs"
    found: dict[str, tuple[str, str]] = {}
    for page, embeds in parse.embeds_by_page(config.root, docs).items():
        text = (docs / page).read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), Path(page).stem)
        for embed in embeds:
            found.setdefault(embed.name, (page, title))
    return found


def _fence(text: str, info: str = "") -> str:
    """A fenced code block that no backtick run in `text` closes."""
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence}{info}\n{text.rstrip(chr(10))}\n{fence}"


def page(config: Config, data: dict[str, Any], source: str) -> str:
    """The Markdown page of a report."""
    minor = ".".join(data["torch"].split("+")[0].split(".")[:2])
    where = chapters(config)
    changed = data["changes"]
    lines = [
        f"# What changes in torch {minor}",
        "",
        f"<!-- Written by `nox -s drift -- {data['torch'].split('+')[0]}` from {source}: "
        "regenerate it, never edit it. -->",
        "",
        f"The outputs on this site come from torch {data['baseline']['torch']} on a CPU. "
        f"Run under torch {data['torch']} "
        + (f"({data['build']}) " if data.get("build") else "")
        + f"instead, with Python {data['python']} and the same other packages as those outputs"
        + (
            ", except "
            + ", ".join(f"{name} {new or '(none)'} for {old}" for name, (old, new) in data["packages"].items())
            if data["packages"]
            else ""
        )
        + f", {len(changed)} of the {data['snippets']} examples run on the CPU, "
        "as they were when this report was made, "
        + (
            "print something else, end otherwise or draw another figure: each is listed below with what changes."
            if changed
            else "print something else: every one prints, raises and draws exactly the same."
        ),
        "",
        UNCHECKED,
        "",
        "Where in torch's C++ source a warning was raised is left out of the comparison: it moves in every release. "
        "Line numbers in a difference are the example's own.",
    ]
    if changed:
        lines += ["", "| example | chapter | what changes |", "| --- | --- | --- |"]
        for change in changed:
            name = change["snippet"]
            chapter = where.get(name)
            link = f"[{chapter[1]}](../{chapter[0]})" if chapter else ""
            lines.append(
                f"| [`{name}`](#{anchor(name)}) | {link} | {', '.join(WORDS[what] for what in change['what'])} |"
            )
    for change in changed:
        name = change["snippet"]
        chapter = where.get(name)
        lines += ["", f"## `{name}` {{ #{anchor(name)} }}", ""]
        said = f"In [{chapter[1]}](../{chapter[0]})." if chapter else ""
        if "fails" in change["what"]:
            lines += [
                f"{said} Its capture fails under torch {data['torch']}:".strip(),
                "",
                _fence(change["failure"], "text"),
            ]
            continue
        lines.append(f"{said} What changes: {', '.join(WORDS[what] for what in change['what'])}.".strip())
        if figures := change.get("figures"):
            numbers = ", ".join(map(str, figures))
            lines += [
                "",
                f"Figure {numbers} is drawn differently."
                if len(figures) == 1
                else f"Figures {numbers} are drawn differently.",
            ]
        if change["diff"]:
            lines += ["", _fence(change["diff"], "diff")]
        if change.get("failure"):
            lines += [
                "",
                "It no longer ends as it declares, so only how it ends is compared; the capture says:",
                "",
                _fence(change["failure"], "text"),
            ]
    return "\n".join(lines) + "\n"


def write_pages(config: Config) -> list[Path]:
    """Write the newest report's page from its data; return it."""
    data = newest(config.captures)
    if data is None:
        return []
    path = config.root / "docs" / PAGE
    path.parent.mkdir(parents=True, exist_ok=True)
    store.write_text(path, page(config, data, data["path"].relative_to(config.root).as_posix()))
    return [path]


def main(argv: list[str] | None = None) -> int:
    """Capture with this torch and write the report and its page, or (--pages) the pages alone."""
    parser = argparse.ArgumentParser(prog="python -m tools.drift", description=__doc__.split("\n")[0])
    parser.add_argument("version", nargs="?", help="the torch release installed here, e.g. 2.15.0")
    parser.add_argument("--pages", action="store_true", help="only write the pages again from the stored reports")
    args = parser.parse_args(argv)
    config = settings.load()
    if not args.pages:
        if args.version is None:
            parser.error("give the torch version installed here, or --pages")
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        if config.python and here != config.python:
            raise SystemExit(
                f"error: the CPU captures come from Python {config.python}, this is {here}: "
                f"run `nox -s drift -- {args.version}`"
            )
        data = report(config, args.version)
        path = data_path(config, args.version)
        path.parent.mkdir(parents=True, exist_ok=True)
        store.write_text(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        print(
            f"torch {data['torch']}: {len(data['changes'])} of {data['snippets']} snippets change "
            f"({data['seconds']} s); wrote {path.relative_to(config.root)}",
            file=sys.stderr,
        )
    for page_path in write_pages(config):
        print(f"wrote {page_path.relative_to(config.root)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
