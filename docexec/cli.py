"""Command line: `python -m docexec capture [--device cpu|cuda] [--force] [SNIPPET ...]`,
and `build` / `serve` with either engine."""

from __future__ import annotations

import argparse
import sys
import time
from types import ModuleType

from docexec import config as settings
from docexec import notebook, pending, progress, run, store
from docexec.config import DEVICES
from docexec.discover import SnippetError, find_snippets
from docexec.engines import mkdocs_engine, zensical_engine
from docexec.handoff import Announcer
from docexec.supervise import WorkerError


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the command; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m docexec", description="Execute snippets and bake their outputs.")
    commands = parser.add_subparsers(dest="command", required=True)
    capture = commands.add_parser(
        "capture", help="run snippets whose capture is missing or stale, and store what they print"
    )
    capture.add_argument(
        "--device",
        choices=("cpu", "cuda"),
        help="capture on this device only (default: CPU, and CUDA where torch sees a GPU)",
    )
    capture.add_argument(
        "--force", action="store_true", help="re-run every selected snippet, even if its capture is current"
    )
    capture.add_argument("--jobs", type=int, help="snippets run at once (default: the number of CPU cores)")
    capture.add_argument(
        "--once",
        action="store_true",
        help="run new and changed snippets once, skipping the second run that checks they print the same",
    )
    capture.add_argument("snippets", nargs="*", metavar="SNIPPET", help="snippet files or folders (default: all)")
    for name, does in (
        ("build", "capture what changed on the CPU (once each), then build the site"),
        ("serve", "serve the site with live reload, re-capturing each snippet you save"),
    ):
        command = commands.add_parser(name, help=does)
        command.add_argument(
            "--engine", choices=sorted(ENGINES), default="mkdocs", help="the site engine (default: mkdocs)"
        )
        command.add_argument("OPTION", nargs="*", help=f"passed to the engine's `{name}`, in order (e.g. --strict)")
    argv = sys.argv[1:] if argv is None else argv
    args, unknown = parser.parse_known_args(argv)
    if args.command in ("build", "serve"):
        engine, passed = _engine(argv[argv.index(args.command) + 1 :])
        # mkdocs.yml watches it, and MkDocs refuses to watch what is not there
        settings.load().captures.mkdir(exist_ok=True)
        return build_command(passed, engine) if args.command == "build" else engine.serve(passed)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return capture_command(args)


ENGINES = {engine.NAME: engine for engine in (mkdocs_engine, zensical_engine)}


def _engine(args: list[str]) -> tuple[ModuleType, list[str]]:
    """The engine named by `--engine NAME` among `args` (MkDocs by default), and the other arguments, for it."""
    for index, arg in enumerate(args):
        if arg.startswith("--engine="):
            return ENGINES[arg.split("=", 1)[1]], args[:index] + args[index + 1 :]
        if arg == "--engine" and index + 1 < len(args):
            return ENGINES[args[index + 1]], args[:index] + args[index + 2 :]
    return ENGINES["mkdocs"], args


def build_command(engine_args: list[str], engine: ModuleType = mkdocs_engine) -> int:
    """Capture what changed on the CPU, once, and build the site;
    the capture's status if it failed, else the build's."""

    def capture(announcer: Announcer | None) -> int:
        # Each new or changed snippet runs once here: the second run, which checks that it prints the same,
        # belongs where snippets are written (`capture`, `serve`), and the tests compare every capture with a
        # fresh run anyway.
        args = argparse.Namespace(device="cpu", force=False, jobs=None, once=True, snippets=[])
        return capture_command(args, announcer)

    status: int = engine.build(engine_args, capture)
    return status


def capture_command(args: argparse.Namespace, announcer: Announcer | None = None) -> int:
    """Capture the selected snippets on each device, printing a summary; 1 if any failed.

    `announcer` is told which snippets run and when each is done (a site engine building beside it waits for them).
    """
    started = time.perf_counter()
    config = settings.load()
    if store.package_version("torch") is None:
        print(
            f"error: torch is not installed for {sys.executable}; "
            "run `nox -s capture`, or install the capture group of pyproject.toml",
            file=sys.stderr,
        )
        return 2
    unreadable: dict[str, str] = {}
    try:
        snippets = find_snippets(config, args.snippets, problems=unreadable)
        shown = progress.for_stream(sys.stderr)
        with store.locked(config), run.Runner(config) as runner:
            devices = [args.device] if args.device else ["cpu", *(["cuda"] if _cuda_usable(runner) else [])]
            reports = [
                run.capture(
                    config,
                    snippets,
                    device,
                    runner,
                    force=args.force,
                    jobs=args.jobs,
                    recheck=not args.once,
                    progress=shown,
                    announce=announcer.running if announcer else None,
                    done=announcer.done if announcer else None,
                )
                for device in devices
            ]
            reports += [run.render_pending(config, snippets, device) for device in DEVICES if device not in devices]
            if not args.snippets:
                run.prune(config, reports[0])
    except (SnippetError, store.CaptureLocked, store.WrongPython, run.NoGPU, WorkerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "interrupted: captures finished before the interruption were kept; none was half-written", file=sys.stderr
        )
        return 130
    failures = [*unreadable.values(), *(failure for report in reports for failure in report.failures.values())]
    for report in reports:
        print(_summary(report), file=sys.stderr)
        if report.captured:
            print(f"{report.device}: slowest: {progress.slowest(report.captured)}", file=sys.stderr)
        for notice in report.notices:
            print(f"note: {notice}", file=sys.stderr)
    waiting = pending.pending(config, find_snippets(config, problems={}))
    pending.write(config, waiting)
    print(pending.summary(config, waiting), file=sys.stderr)
    if devices == ["cuda"]:  # a bare GPU machine has no docs tools: the notebooks follow where they are installed
        print(
            "notebooks: not regenerated by a CUDA-only capture: `nox -s capture` or `nox -s notebooks` does it",
            file=sys.stderr,
        )
    elif (config.root / "mkdocs.yml").exists():  # a site's notebooks hold its outputs: keep them current
        print(notebook.refresh(config.root), file=sys.stderr)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    print(f"done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 1 if failures else 0


def _cuda_usable(runner: run.Runner) -> bool:
    """Whether a CUDA capture should run by default: a GPU is present and torch can use it."""
    if not run.gpu_present():
        return False
    try:
        runner.environment("cuda")
    except run.NoGPU:
        return False
    return True


def _summary(report: run.Report) -> str:
    """One line saying what a capture run did on a device."""
    if not report.ran:
        return f"{report.device}: not run here" + (
            f"; {report.rendered} captures' graphs rendered" if report.rendered else ""
        )
    parts = [f"{len(report.captured)} captured", f"{report.current} already current"]
    if report.rendered:
        parts.append(f"{report.rendered} graphs rendered")
    if report.removed:
        parts.append(f"{report.removed} orphaned captures removed")
    if report.rechecked:
        parts.append(f"{report.rechecked} new or changed run twice to check they print the same")
    if report.failures:
        parts.append(f"{len(report.failures)} failed")
    return f"{report.device}: " + ", ".join(parts)
