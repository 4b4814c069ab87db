"""Capture snippets: decide which to run, run each in a fresh child of the warm worker,
check the result, and store it."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docexec import normalize, store, svg
from docexec.config import Config
from docexec.discover import Snippet, SnippetError, check_syntax
from docexec.progress import Progress
from docexec.supervise import Ending, Limits, Worker, explain, private_folder

# What torch imports on the first use of a feature rather than on `import torch`, preloaded for snippets that use it:
# torch._dynamo takes about 0.8 s here, in every child that makes an optimizer or calls torch.func or forward-mode AD;
# use_deterministic_algorithms imports the inductor's config, and with it dynamo, 0.9 s; broadcast_shapes and
# unravel_index import symbolic shapes (and sympy) on their first call, 0.3 s.
FIRST_USE = {
    "torch.optim": "torch._dynamo",
    "torch.func": "torch._dynamo",
    "torch.autograd.forward_ad": "torch._dynamo",
    "torch.use_deterministic_algorithms": "torch._inductor.config",
    "torch.broadcast_shapes": "torch.fx.experimental.symbolic_shapes",
    "torch.unravel_index": "torch.fx.experimental.symbolic_shapes",
}
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
    rechecked: int = 0  # new or changed snippets run twice to catch output that changes from run to run
    failures: dict[str, str] = field(default_factory=dict)  # snippet name (or file) -> what went wrong
    notices: list[str] = field(default_factory=list)


class Runner:
    """Runs snippets in warm workers of a given Python, started when first needed and kept until closed.

    The worker preloads what most snippets import (torch); the modules only some import (matplotlib,
    scikit-learn, torch._dynamo for optimizers) are preloaded by a second worker forked from it, which
    imports them while the first already runs the other snippets.
    """

    def __init__(self, config: Config, python: str | None = None, *, preload: list[Snippet] | None = None) -> None:
        self.config = config
        self.python = python or sys.executable
        self.preload = preload  # whose imports the worker loads once; by default, those of the first snippets it runs
        self._worker: Worker | None = None
        self._more: Worker | None = None  # forked from it, with the rest of the preload
        self._lock = threading.Lock()

    def versions(self) -> dict[str, Any]:
        """The Python, torch, NumPy and other packages' versions of the snippets' Python
        (read here if it is this one)."""
        if self.python == sys.executable and self._worker is None:
            from docexec.sandbox.worker import versions

            return versions()
        return self.worker().versions

    def environment(self, device: str) -> dict[str, Any]:
        """What the captures on `device` depend on besides their snippets; raise NoGPU for CUDA without a GPU."""
        if device == "cpu":
            return store.environment(self.versions(), "cpu")
        cuda = self.worker().describe_cuda()
        if not cuda["available"]:
            raise NoGPU(
                f"--device cuda: torch {cuda['torch']} sees no CUDA GPU (torch.cuda.is_available() is False). "
                "Run the CUDA capture on a machine with an NVIDIA GPU and a CUDA build of torch; see README.md, "
                "'Refresh the GPU outputs'."
            )
        return store.environment(self.versions(), "cuda", cuda["name"], cuda["cuda"])

    def worker(self, snippets: list[Snippet] | None = None) -> Worker:
        """The warm worker, started on first use with what most of `snippets` import preloaded
        (and a second, for the rest)."""
        with self._lock:
            if self._worker is None:
                needs = [preload_of(snippet) for snippet in self.preload or snippets or []]
                wanted: set[str] = set().union(*needs)
                if self.python == sys.executable:
                    wanted = {name for name in wanted if _importable(name)}
                common = {name for name in wanted if 2 * sum(name in need for need in needs) >= len(needs)}
                self._worker = Worker(self.python, sorted(common), Path(__file__).resolve().parent.parent)
                if rest := wanted - self._worker.modules:  # what it did not import along with the common ones
                    self._more = self._worker.fork(sorted(rest))
            return self._worker

    def worker_for(self, snippet: Snippet) -> Worker:
        """The worker to run `snippet` in: the first, unless it needs what only the second preloads."""
        first = self.worker([snippet])
        return first if self._more is None or preload_of(snippet) <= first.modules else self._more

    def preloading(self) -> Worker | None:
        """The second worker, while it is still importing its modules."""
        return self._more if self._more is not None and not self._more.ready else None

    def close(self) -> None:
        """Stop the workers, if they were started."""
        for started in (self._more, self._worker):
            if started is not None:
                started.close()
        self._worker = self._more = None

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def preload_of(snippet: Snippet) -> set[str]:
    """What a worker imports before it forks the snippet: what it imports,
    what its features load on first use, what the child patches."""
    wanted = set(snippet.imports)
    wanted.update(
        module
        for name in snippet.references
        for feature, module in FIRST_USE.items()
        if name == feature or name.startswith(feature + ".")
    )
    if "torchviz" in wanted:
        wanted.add("graphviz.rendering")  # patched in each child to record graphs
    return wanted


def gpu_present() -> bool:
    """Whether this machine may have an NVIDIA GPU, decided without importing torch."""
    return shutil.which("nvidia-smi") is not None or Path("/proc/driver/nvidia").exists()


def capture(
    config: Config,
    snippets: list[Snippet],
    device: str,
    runner: Runner,
    *,
    force: bool = False,
    jobs: int | None = None,
    recheck: bool = True,
    progress: Progress | None = None,
    announce: Callable[[list[str]], None] | None = None,
    done: Callable[[str], None] | None = None,
) -> Report:
    """Bring the captures of `snippets` on `device` up to date; new and changed ones are run twice and compared.

    `announce` is given the names of the snippets to run before the first runs, if any is to run; `done` the name
    of each once its capture is written or has failed.
    """
    report = Report(device)
    env = runner.environment(device)
    store.check_python(config, env)
    pending: list[tuple[Snippet, bool]] = []  # and whether to run it a second time
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
            report.failures[snippet.name] = str(error)
            continue
        pending.append((snippet, recheck and store.staleness(existing, snippet) is not None))
    if pending:
        if announce is not None:
            announce([snippet.name for snippet, _ in pending])
        progress = progress or Progress()
        progress.begin(device, len(pending))
        try:
            _execute_all(
                config,
                pending,
                device,
                env,
                runner,
                report,
                jobs or min(os.cpu_count() or 1, 8),
                progress,
                done or (lambda name: None),
            )
        finally:
            progress.end()
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


def prune(config: Config, report: Report) -> None:
    """Delete captures whose snippet is gone."""
    for path in store.orphans(config):
        path.unlink()
        report.removed += 1


def _execute_all(
    config: Config,
    pending: list[tuple[Snippet, bool]],
    device: str,
    env: dict[str, Any],
    runner: Runner,
    report: Report,
    jobs: int,
    progress: Progress,
    done: Callable[[str], None],
) -> None:
    """Run snippets in parallel, each in a fresh child of a warm worker; a rechecked one twice, side by side.

    Those the first worker can run go first, while the second preloads the rest's modules, taking one of the
    `jobs` cores as a snippet would: three at once on two cores left one idle when the first worker's were done
    and the second still importing. Snippets that run alone (timing, memory) go last, one at a time, with
    nothing else running.
    """
    first = runner.worker([snippet for snippet, _ in pending])
    where = {snippet.name: runner.worker_for(snippet) for snippet, _ in pending}
    slots = threading.Semaphore(jobs)  # children running at once
    if jobs > 1 and (preloading := runner.preloading()) is not None:
        slots.acquire()
        preloading.when_ready(slots.release)
    stopping = threading.Event()
    lock = threading.Lock()
    firsts: dict[str, tuple[dict[str, Any], str | None]] = {}

    def one(snippet: Snippet, runs: int) -> None:
        with slots:
            progress.running(snippet.name)
            result = _execute(config, where[snippet.name], snippet, device, stopping)
        with lock:
            if runs == 2 and snippet.name not in firsts:  # the other run of the pair finishes the job
                firsts[snippet.name] = result
                return
            other = firsts.pop(snippet.name, None)
        fields, problem = result
        if other is not None and not problem:
            problem = other[1] or _differences(config, snippet, other[0], fields)
        if problem:
            with lock:
                report.failures[snippet.name] = problem
            progress.finished(snippet.name, ok=False)
            done(snippet.name)
            return
        seconds = fields.pop("seconds")
        capture = {
            "snippet": snippet.name,
            "device": device,
            "source_sha256": snippet.sha256,
            "format": store.FORMAT,
            "env": store.recorded(env, snippet),
            **fields,
        }
        _render_graphs(capture, report)
        with lock:
            if stopping.is_set():
                return
            store.write(config, capture)
            report.captured[snippet.name] = seconds
            report.rechecked += runs == 2
        progress.finished(snippet.name, ok=True)
        done(snippet.name)

    tasks = [(snippet, 2 if twice else 1) for snippet, twice in pending for _ in range(2 if twice else 1)]
    # The first worker's first; the sort is stable, so pairs stay side by side.
    tasks.sort(key=lambda task: where[task[0].name] is not first)
    shared = [task for task in tasks if not task[0].alone]
    alone = [task for task in tasks if task[0].alone]  # after the others, one at a time, so nothing shares the device
    for batch, workers in ((shared, jobs), (alone, 1)):
        pool = ThreadPoolExecutor(max_workers=workers)
        try:
            for future in [pool.submit(one, snippet, runs) for snippet, runs in batch]:
                future.result()
        except BaseException:
            stopping.set()  # completed captures stay; running children are stopped; nothing half-done is written
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown()


def _execute(
    config: Config, worker: Worker, snippet: Snippet, device: str, stopping: threading.Event
) -> tuple[dict[str, Any], str | None]:
    """Run one snippet in a fresh child; return its capture fields, or a problem naming file and line."""
    where = _relative(config, snippet.path)
    cwd = private_folder("docexec-run-")
    request = {
        "op": "run",
        "path": str(snippet.path),
        "code": snippet.data.decode("latin-1"),
        "device": device,
        "cwd": str(cwd),
        "imports": sorted(snippet.imports),
        "limits": {"traceback": config.max_output, "drawing": config.max_drawing},
    }
    limits = Limits(
        timeout=config.timeout,
        keep=config.max_output * 4,
        flood=config.max_output * FLOOD_FACTOR,
        report=config.max_drawing * 64,
    )
    try:
        ending = worker.run(request, limits, stopping)
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    if problem := explain(ending, where, limits):
        return {}, problem
    return _fields(
        config,
        snippet,
        device,
        ending,
        lambda text: normalize.output(text, root=config.snippets.parent, cwd=cwd, interpreter=worker.paths),
    )


def _fields(
    config: Config, snippet: Snippet, device: str, ending: Ending, clean: Callable[[str], str]
) -> tuple[dict[str, Any], str | None]:
    """A finished run's capture fields, its text passed through `clean`; and a problem if it did not end as declared."""
    where = _relative(config, snippet.path)
    report = ending.report or {"exception": None, "graphs": [], "figures": [], "seconds": ending.seconds}
    output, truncated = _cap(
        clean(ending.output.decode("utf-8", "backslashreplace")),
        config.max_output,
        cut=ending.printed > len(ending.output),
    )
    exception = report["exception"]
    if exception:
        exception["traceback"] = clean(exception["traceback"])
    notes: list[str] = []
    graphs = []
    for graph in report["graphs"]:
        if graph.get("cut"):
            notes.append(f"[graph '{graph['name']}' {graph['cut'][1:]}")
        else:
            graphs.append({"name": graph["name"], "dot": normalize.dot(graph["dot"]), "svg": None})
    figures: list[str] = []
    for number, figure in enumerate(report["figures"], 1):
        if isinstance(figure, dict):
            notes.append(f"[figure {number} {figure['cut'][1:]}")
        else:
            figures.append(
                svg.scope_ids(svg.strip_prolog(figure), f"{_slug(snippet.name)}-{device}-fig{len(figures) + 1}")
            )
    if notes:
        output += ("" if not output or output.endswith("\n") else "\n") + "\n".join(notes) + "\n"
    fields = {
        "output": output,
        "truncated": truncated,
        "exception": exception,
        "graphs": graphs,
        "figures": figures,
        "seconds": report["seconds"],
    }
    return fields, check_expectation(where, snippet, device, exception)


def _differences(config: Config, snippet: Snippet, first: dict[str, Any], second: dict[str, Any]) -> str | None:
    """Say where two runs of a snippet differ (the first differing line), or None if they agree."""
    for key in ("output", "exception", "graphs", "figures"):
        if first[key] == second[key]:
            continue
        one, two = (str(run[key]) if key == "exception" else run[key] for run in (first, second))
        if key == "output":
            lines_one, lines_two = one.splitlines(), two.splitlines()
            number = next(
                (n for n, (a, b) in enumerate(zip(lines_one, lines_two, strict=False), 1) if a != b),
                min(len(lines_one), len(lines_two)) + 1,
            )
            shown = [(lines[number - 1] if number <= len(lines) else "(nothing)") for lines in (lines_one, lines_two)]
            what = f"output line {number} differs:\n  first run:  {shown[0][:200]}\n  second run: {shown[1][:200]}"
        else:
            what = f"its {key} differ"
        return (
            f"{_relative(config, snippet.path)}: prints something else each time it runs ({what})\n"
            "  A capture must be reproducible: seed the random number generators whose numbers show "
            "(torch.manual_seed(0), np.random.seed(0)), and print comparisons rather than times, ids or addresses."
        )
    return None


def _importable(name: str) -> bool:
    """Whether a module can be found, without importing it."""
    try:
        return importlib.util.find_spec(name.split(".")[0]) is not None
    except (ImportError, ValueError):
        return False


def check_expectation(where: str, snippet: Snippet, device: str, exception: dict[str, Any] | None) -> str | None:
    """Compare the exception a snippet ended with against the one it declares for this device: None if they agree,
    else the problem, naming file and line (tools/drift.py reads what the snippet raised from its wording)."""
    declared = snippet.raises.get(device)
    if exception is None:
        if declared:
            return (
                f"{where}:{_directive_line(snippet, declared)}: declares `raises: {declared}` on {device}, "
                "but finished without raising it"
            )
        return None
    line = exception["lineno"] or 1
    if declared is None:
        happened = (
            f"exited with status {exception['message']} (sys.exit)"
            if exception["type"] == "SystemExit"
            else f"{exception['type']}: {exception['message']}"
        )
        return (
            f"{where}:{line}: {happened}\n"
            f"  If this is the point of the example, declare it at the top: `# raises: {exception['type']}`"
            f" (or `# raises on {device}: {exception['type']}`)."
        )
    if declared != exception["type"]:
        return (
            f"{where}:{line}: raised {exception['type']}: {exception['message']}\n"
            f"  but the snippet declares `raises: {declared}` on {device}."
        )
    return None


def _cap(text: str, limit: int, *, cut: bool = False) -> tuple[str, bool]:
    """Keep the first `limit` characters of the output, with a note if more was cut."""
    if len(text) <= limit and not cut:
        return text, False
    kept = text[:limit].rsplit("\n", 1)[0] + "\n"
    return kept + f"[... output cut: only the first {limit:,} characters are kept]\n", True


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
            graph["svg"] = svg.scope_ids(
                svg.strip_prolog(rendered), f"{_slug(capture['snippet'])}-{capture['device']}-g{index}"
            )
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
