"""Capture snippets: run each in a fresh process forked from a warm worker, check it, and store it."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from docexec import normalize, store, svg
from docexec.config import Config
from docexec.discover import Snippet, SnippetError, check_syntax

PRELOAD = ("torch", "numpy")  # what almost every snippet imports; others are preloaded when a snippet asks
POLL_SECONDS = 0.1  # how often a running child is checked for floods, timeouts and Ctrl-C
FLOOD_FACTOR = 50  # a snippet that prints this many times the kept output is stopped


class NoGPU(RuntimeError):
    """CUDA was asked for, but torch sees no CUDA GPU."""


@dataclass
class Report:
    """What a capture run did."""

    device: str
    ran: bool = True  # False where only stored captures were looked at
    captured: dict[str, float] = field(default_factory=dict)  # snippet name -> seconds its code ran
    current: int = 0
    rendered: int = 0
    removed: int = 0
    failures: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def cuda_environment() -> dict[str, Any]:
    """Describe the visible CUDA GPU, or raise NoGPU saying how to get CUDA output."""
    import torch

    if not torch.cuda.is_available():
        raise NoGPU(
            f"--device cuda: torch {torch.__version__} sees no CUDA GPU (torch.cuda.is_available() is False). "
            "Run the CUDA capture on a machine with an NVIDIA GPU and a CUDA build of torch; see README.md, "
            "'Refresh the GPU outputs'."
        )
    return store.environment("cuda", torch.cuda.get_device_name(0), torch.version.cuda)


def gpu_present() -> bool:
    """Whether this machine may have an NVIDIA GPU, decided without importing torch."""
    return shutil.which("nvidia-smi") is not None or Path("/proc/driver/nvidia").exists()


def capture(config: Config, snippets: list[Snippet], device: str, *, force: bool = False, jobs: int | None = None) -> Report:
    """Bring the captures of `snippets` on `device` up to date."""
    report = Report(device)
    env = cuda_environment() if device == "cuda" else store.environment("cpu")
    pending: list[Snippet] = []
    for snippet in snippets:
        if device not in snippet.devices:
            continue
        existing = store.read(config, device, snippet.name)
        if not force and existing and store.is_current(existing, snippet, env):
            report.current += 1
            _render_stored(config, existing, report)
            continue
        try:
            check_syntax(snippet)
        except SnippetError as error:
            report.failures.append(str(error))
            continue
        pending.append(snippet)
    if pending:
        _execute_all(config, pending, device, env, report, jobs or min(os.cpu_count() or 1, 8))
    return report


def render_pending(config: Config, snippets: list[Snippet], device: str) -> Report:
    """Render graphs recorded without Graphviz (say, on a GPU machine) in captures of a device not run here."""
    report = Report(device, ran=False)
    for snippet in snippets:
        if existing := store.read(config, device, snippet.name):
            _render_stored(config, existing, report)
    return report


def _render_stored(config: Config, capture: dict[str, Any], report: Report) -> None:
    """Render a stored capture's missing SVGs, if any, and write it back."""
    if _render_graphs(capture, report):
        store.write(config, capture)
        report.rendered += 1


def prune(config: Config, snippets: list[Snippet], report: Report) -> None:
    """Delete captures whose snippet is gone."""
    for path in store.orphans(config, snippets):
        path.unlink()
        report.removed += 1


def _execute_all(config: Config, snippets: list[Snippet], device: str, env: dict[str, Any], report: Report, jobs: int) -> None:
    """Run snippets in parallel in processes forked from one warm worker."""
    context = _context(snippets)
    stopping = threading.Event()
    lock = threading.Lock()

    def one(snippet: Snippet) -> None:
        result, problem = _execute(context, config, snippet, device, stopping)
        if problem:
            with lock:
                report.failures.append(problem)
            return
        seconds = result.pop("seconds")
        capture = {"snippet": snippet.name, "device": device, "source_sha256": snippet.sha256, "format": store.FORMAT, "env": env, **result}
        _render_graphs(capture, report)
        with lock:
            if stopping.is_set():
                return
            store.write(config, capture)
            report.captured[snippet.name] = seconds

    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        for future in [pool.submit(one, snippet) for snippet in snippets]:
            future.result()
    except BaseException:
        stopping.set()  # completed captures stay; nothing half-done is written
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _context(snippets: list[Snippet]) -> multiprocessing.context.BaseContext:
    """A forkserver whose warm parent has torch and the snippets' other imports loaded once."""
    context = multiprocessing.get_context("forkserver")
    wanted = set(PRELOAD).union(*(s.imports for s in snippets))
    if "torchviz" in wanted:
        wanted.add("graphviz.rendering")  # patched in each child to record graphs
    importable = sorted(name for name in wanted if _importable(name))
    os.environ.setdefault("MPLBACKEND", "Agg")
    context.set_forkserver_preload(["docexec.child", *importable])
    return context


def _importable(name: str) -> bool:
    """Whether a module can be found, without importing it."""
    try:
        return importlib.util.find_spec(name.split(".")[0]) is not None
    except (ImportError, ValueError):
        return False


def _execute(context: Any, config: Config, snippet: Snippet, device: str, stopping: threading.Event) -> tuple[dict[str, Any], str | None]:
    """Run one snippet in a fresh process; return its capture fields, or a problem naming file and line."""
    where = _relative(config, snippet.path)
    with tempfile.TemporaryDirectory(prefix="docexec-") as scratch:
        output_path = Path(scratch) / "output.txt"
        output_path.touch()
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(
            target=_child_main,
            args=(sender, str(snippet.path), snippet.source, device, str(output_path), config.timeout, sorted(snippet.imports)),
            daemon=True,
        )
        process.start()
        sender.close()
        flood_limit = config.max_output * FLOOD_FACTOR
        deadline = time.monotonic() + config.timeout + 10
        flooded = False
        while not receiver.poll() and process.exitcode is None:
            wait([receiver, process.sentinel], POLL_SECONDS)  # wakes the moment the child reports or exits
            if stopping.is_set() or time.monotonic() > deadline:
                process.kill()
            elif output_path.stat().st_size > flood_limit:
                flooded = True
                process.kill()
        result = _receive(receiver)
        raw = output_path.read_bytes()[: config.max_output * 4].decode("utf-8", "backslashreplace")
        text = normalize.output(raw, root=config.snippets.parent, scratch=Path(scratch))

    if flooded:
        return {}, (
            f"{where}: printed more than {flood_limit:,} bytes, so it was stopped. "
            "Print a summary instead (a shape, a slice, a few values)."
        )
    if result is None:
        return {}, _died(where, snippet, text, process.exitcode, config.timeout)
    output, truncated = _cap(text, config.max_output)
    exception = result["exception"]
    if exception:
        exception["traceback"] = normalize.output(exception["traceback"], root=config.snippets.parent)
    problem = _check_expectation(where, snippet, device, exception)
    graphs = [{"name": g["name"], "dot": normalize.dot(g["dot"]), "svg": None} for g in result["graphs"]]
    figures = [svg.scope_ids(svg.strip_prolog(figure), f"{_slug(snippet.name)}-{device}-fig{i}") for i, figure in enumerate(result["figures"], 1)]
    fields = {"output": output, "truncated": truncated, "exception": exception, "graphs": graphs, "figures": figures, "seconds": result["seconds"]}
    return fields, problem


def _receive(receiver: Any) -> dict[str, Any] | None:
    """The child's report, or None if it died before sending one."""
    try:
        return receiver.recv() if receiver.poll() else None
    except EOFError:
        return None
    finally:
        receiver.close()


def _child_main(sender: Any, *args: Any) -> None:
    """Process target: run the snippet and send back what happened."""
    from docexec.child import run_snippet

    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C stops the child at once; the parent reports it
    sender.send(run_snippet(*args))
    sender.close()


def _check_expectation(where: str, snippet: Snippet, device: str, exception: dict[str, Any] | None) -> str | None:
    """Compare the exception a snippet ended with against the one it declares for this device."""
    declared = snippet.raises.get(device)
    if exception is None:
        if declared:
            return f"{where}:{_directive_line(snippet, declared)}: declares `raises: {declared}` on {device}, but finished without raising it"
        return None
    line = exception["lineno"] or 1
    if declared is None:
        return (
            f"{where}:{line}: {exception['type']}: {exception['message']}\n"
            f"  If this error is the point of the example, declare it at the top: `# raises: {exception['type']}`"
            f" (or `# raises on {device}: {exception['type']}`)."
        )
    if declared != exception["type"]:
        return f"{where}:{line}: raised {exception['type']}: {exception['message']}\n  but the snippet declares `raises: {declared}` on {device}."
    return None


def _died(where: str, snippet: Snippet, text: str, exitcode: int | None, timeout: float) -> str:
    """Explain a child that ended without reporting: a timeout, a crash or a stop."""
    if "Timeout (" in text or exitcode == -signal.SIGKILL:
        frames = re.findall(rf'File "{re.escape(where)}", line (\d+)', text)
        line = f":{frames[0]}" if frames else ""
        return f"{where}{line}: did not finish within {timeout:g} s (timeout in [tool.docexec] of pyproject.toml), so it was stopped"
    if exitcode is not None and exitcode < 0:
        return f"{where}: the process running it died with {signal.Signals(-exitcode).name}"
    return f"{where}: the process running it exited with code {exitcode} before reporting; its output ended:\n{text[-500:]}"


def _cap(text: str, limit: int) -> tuple[str, bool]:
    """Keep the first `limit` characters of the output, with a note if more was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit].rsplit("\n", 1)[0] + "\n"
    return cut + f"[... output cut: only the first {limit:,} characters are kept]\n", True


def _render_graphs(capture: dict[str, Any], report: Report) -> bool:
    """Render graphs that have no SVG yet; return whether any was rendered."""
    missing = [graph for graph in capture["graphs"] if graph["svg"] is None]
    if not missing:
        return False
    if not svg.dot_available():
        notice = f"{len(missing)} graph(s) recorded but not rendered. {svg.INSTALL_GRAPHVIZ}"
        if notice not in report.notices:
            report.notices.append(notice)
        return False
    for index, graph in enumerate(capture["graphs"], 1):
        if graph["svg"] is None:
            rendered = svg.render(graph["dot"])
            graph["svg"] = svg.scope_ids(svg.strip_prolog(rendered), f"{_slug(capture['snippet'])}-{capture['device']}-g{index}")
    return True


def _directive_line(snippet: Snippet, declared: str) -> int:
    """The line of the `raises` directive naming `declared`."""
    for lineno, line in enumerate(snippet.source.splitlines(), start=1):
        if line.startswith("#") and "raises" in line and declared in line:
            return lineno
    return 1


def _slug(name: str) -> str:
    """An id-safe form of a snippet name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name.removesuffix(".py")).strip("-")


def _relative(config: Config, path: Path) -> str:
    """A snippet's path as captures show it: from the folder that holds the snippets folder."""
    return path.resolve().relative_to(config.snippets.parent.resolve()).as_posix()
