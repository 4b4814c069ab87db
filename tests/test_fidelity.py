"""Under capture a snippet behaves as `python snippet.py` does: each probe in tests/probes/ is run both ways and compared."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, Project, as_from_a_terminal

from docexec import normalize
from docexec.render import transcript
from docexec.supervise import Worker

PROBES = sorted((Path(__file__).parent / "probes").glob("*.py"))
ENDS_HERE = "# ends here"


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, str]:
    """Every probe captured in one run, in a project of its own; and what the run printed on stderr."""
    project = Project(tmp_path_factory.mktemp("probes"))
    (project.root / "pyproject.toml").write_text("[tool.docexec]\ntimeout = 60\n")
    shutil.copytree(Path(__file__).parent / "probes", project.root / "snippets" / "probes")
    done = project.capture("--device", "cpu", timeout=600)
    return project, done.stderr


def plain_run(script: Path, folder: Path, ctrl_c: signal.Handlers = signal.SIG_DFL) -> tuple[int, str]:
    """`python script.py` in a fresh empty folder, as a reader would run it: no stdin, stdout and stderr in one stream."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    # The two differences CONTRIBUTING's table lists for the environment: a CPU capture hides the GPU
    # (CUDA_VISIBLE_DEVICES=""), and its output is one unbuffered stream, kept in the order it was written.
    env.update(CUDA_VISIBLE_DEVICES="", PYTHONUNBUFFERED="1")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=folder, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120, check=False,
        preexec_fn=lambda: as_from_a_terminal(ctrl_c),
    )
    return done.returncode, done.stdout.decode("utf-8", "backslashreplace")  # bytes: text mode would turn "\r" into "\n"


def ending_line(probe: Path) -> int | None:
    """The line a probe marks as where it ends."""
    lines = probe.read_text(encoding="latin-1").splitlines()
    return next((number for number, line in enumerate(lines, 1) if line.rstrip().endswith(ENDS_HERE)), None)


@pytest.mark.parametrize("probe", PROBES, ids=lambda path: path.stem)
def test_probe_behaves_as_under_plain_python(probe: Path, probes: tuple[Project, str], tmp_path: Path) -> None:
    project, stderr = probes
    returncode, printed = plain_run(project.root / "snippets" / "probes" / probe.name, tmp_path)
    name = f"probes/{probe.name}"
    where = f"snippets/{name}"
    if project.capture_path("cpu", name).exists():
        capture = project.read("cpu", name)
        expected = normalize.output(printed, root=project.root, cwd=tmp_path)
        # The capture keeps a traceback to the snippet's own lines; every probe raises from its own lines.
        assert transcript(capture) == expected.rstrip("\n"), f"plain python printed:\n{expected}"
        assert (capture["exception"] is None) == (returncode == 0), returncode
        return
    failure = next((line for line in stderr.split("\nerror: ") if line.startswith(where)), None)
    assert failure, f"{name} has no capture and no failure:\n{stderr}"
    assert returncode != 0, f"plain python ran {name} without error:\n{printed}"
    if returncode < 0:
        assert signal.Signals(-returncode).name in failure, failure
    else:
        assert f"exited with code {returncode}" in failure, failure
    if (line := ending_line(probe)) is not None:
        assert failure.startswith(f"{where}:{line}:"), failure


def test_ctrl_c_ignored_by_whoever_started_the_capture_is_ignored_as_python_would(project: Project, tmp_path: Path) -> None:
    path = project.snippet("demo/ignored.py", """
        import os
        import signal

        print("interrupting myself")
        os.kill(os.getpid(), signal.SIGINT)
        print("still here")
    """)
    returncode, printed = plain_run(path, tmp_path, ctrl_c=signal.SIG_IGN)
    assert returncode == 0 and "still here" in printed  # started with `&`, python ignores SIGINT
    assert project.capture(ctrl_c=signal.SIG_IGN).returncode == 0
    assert project.read("cpu", "demo/ignored.py")["output"] == printed


def test_variables_the_worker_sets_for_itself_leave_a_users_own_values_as_they_were(project: Project) -> None:
    project.snippet("demo/environment.py", (Path(__file__).parent / "probes" / "environment_variables.py").read_text())
    own = {"OMP_WAIT_POLICY": "ACTIVE", "MPLBACKEND": "svg"}
    assert project.capture(env=own).returncode == 0
    captured = project.read("cpu", "demo/environment.py")["output"]
    assert "OMP_WAIT_POLICY ACTIVE\n" in captured and "MPLBACKEND svg\n" in captured, captured
    assert "sees GLIBC_TUNABLES and OMP_WAIT_POLICY None ACTIVE" in captured, captured


@pytest.mark.parametrize(("own", "spins"), [({}, "0"), ({"OMP_WAIT_POLICY": "ACTIVE"}, "30000000000")])
def test_openmp_threads_wait_passively_in_the_worker_unless_the_user_chose(
    own: dict[str, str], spins: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # OMP_DISPLAY_ENV=VERBOSE has OpenMP print, as torch loads it, what it read; passive waiting spins 0 times.
    for name, value in {**own, "OMP_DISPLAY_ENV": "VERBOSE"}.items():
        monkeypatch.setenv(name, value)
    with Worker(sys.executable, ["torch"], REPO) as worker:
        assert f"GOMP_SPINCOUNT = '{spins}'" in worker.stderr(), worker.stderr()


def test_probes_cover_every_way_to_end() -> None:
    names = {probe.stem for probe in PROBES}
    for needed in ("exit_sys_exit_zero", "exit_sys_exit_status", "exit_sys_exit_message", "exit_exception", "exit_keyboard_interrupt",
                   "exit_os_exit_zero", "exit_os_exit_one", "signal_sigterm", "signal_sigkill", "signal_segfault"):
        assert needed in names


def test_process_tree_ends_with_the_snippet(project: Project, tmp_path_factory: pytest.TempPathFactory) -> None:
    record = tmp_path_factory.mktemp("pids") / "pids.txt"
    project.snippet("demo/leftovers.py", f"""
        import subprocess

        sleeper = subprocess.Popen(["sleep", "300"])
        escaped = subprocess.Popen(["sleep", "301"], start_new_session=True)
        with open({str(record)!r}, "a") as record:
            print(sleeper.pid, escaped.pid, file=record)
        print("started two")
    """)
    assert project.capture().returncode == 0
    pids = [int(pid) for pid in record.read_text().split()]
    assert len(pids) == 4  # two runs: a new snippet is run twice
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in pids if _alive(pid)] == []


def _alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_snippet_cannot_reach_the_engines_files(project: Project) -> None:
    project.snippet("demo/vandal.py", """
        import os
        import shutil

        print(os.listdir("."))
        with open("output.txt", "w") as file:
            file.write("not what was printed")
        for name in os.listdir("."):
            os.remove(name)
    """)
    project.snippet("demo/neighbour.py", "print('neighbour')\n")
    done = project.capture()
    assert done.returncode == 0, done.stderr
    assert project.read("cpu", "demo/vandal.py")["output"] == "[]\n"
    assert project.read("cpu", "demo/neighbour.py")["output"] == "neighbour\n"


def test_killed_from_outside_is_not_called_a_timeout(project: Project) -> None:
    project.snippet("demo/oom.py", """
        import os
        import signal
        import time

        print(os.getpid(), flush=True)
        time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = project.capture()
    assert done.returncode == 1
    assert "snippets/demo/oom.py: was killed with SIGKILL" in done.stderr and "run out of memory" in done.stderr
    assert "did not finish within" not in done.stderr


def test_long_declared_exception_is_cut_with_a_note(project: Project) -> None:
    project.snippet("demo/shouting.py", "# raises: ValueError\nraise ValueError('x' * 5_000_000)\n")
    assert project.capture().returncode == 0
    exception = project.read("cpu", "demo/shouting.py")["exception"]
    assert len(exception["traceback"]) < 1000 and len(exception["message"]) < 1000
    assert "cut: only the first 300 of 5,000,000 characters are kept" in exception["message"]
    assert project.capture_path("cpu", "demo/shouting.py").stat().st_size < 5000


def test_oversized_figure_is_left_out_with_a_note(project: Project) -> None:
    (project.root / "pyproject.toml").write_text("[tool.docexec]\ntimeout = 60\nmax_drawing = 20000\n")
    project.snippet("demo/dense.py", """
        import matplotlib.pyplot as plt
        import numpy as np

        plt.figure()
        plt.plot([0, 1], [0, 1])
        plt.show()
        plt.figure()
        plt.scatter(np.arange(5000), np.arange(5000))
        plt.show()
    """)
    assert project.capture().returncode == 0, project.capture().stderr
    capture = project.read("cpu", "demo/dense.py")
    assert len(capture["figures"]) == 1
    assert re.search(r"\[figure 2 not kept: [\d,]+ characters of SVG, over the limit of 20,000", capture["output"])


def test_output_that_changes_between_runs_is_reported_at_capture(project: Project) -> None:
    project.snippet("demo/unseeded.py", "import torch\nprint('shape', (2,))\nprint(torch.rand(2))\n")
    done = project.capture()
    assert done.returncode == 1
    assert "snippets/demo/unseeded.py: prints something else each time it runs (output line 2 differs" in done.stderr
    assert "torch.manual_seed(0)" in done.stderr
    assert not project.capture_path("cpu", "demo/unseeded.py").exists()


def test_unchanged_snippet_is_not_run_twice(project: Project) -> None:
    project.snippet("demo/a.py", "print('a')\n")
    assert "1 new or changed run twice" in project.capture().stderr
    assert "run twice" not in project.capture("--force").stderr


def test_snippet_in_latin1_with_a_coding_cookie_is_shown_and_run(project: Project) -> None:
    path = project.root / "snippets" / "demo" / "latin.py"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'# -*- coding: latin-1 -*-\nprint("caf\xe9")\n')
    assert project.capture().returncode == 0
    assert project.read("cpu", "demo/latin.py")["output"] == "café\n"
    project.page("index.md", "# Demo\n\n::snippet demo/latin.py\n")
    built = project.build()
    assert built.returncode == 0, built.stderr
    assert '<span class="s2">"café"</span>' in (project.root / "site" / "index.html").read_text()


def test_undecodable_snippet_is_named_with_its_line(project: Project) -> None:
    path = project.root / "snippets" / "demo" / "bad.py"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'print("ok")\nprint("caf\xe9")\n')
    project.snippet("demo/good.py", "print('the others still run')\n")
    done = project.capture()
    assert done.returncode == 1
    assert "snippets/demo/bad.py:2: cannot be read as utf-8" in done.stderr
    assert "coding" in done.stderr
    assert project.read("cpu", "demo/good.py")["output"] == "the others still run\n"



def test_oversized_graph_is_left_out_with_a_note(project: Project) -> None:
    (project.root / "pyproject.toml").write_text("[tool.docexec]\ntimeout = 60\nmax_drawing = 500\n")
    project.snippet("demo/big_graph.py", """
        import torch
        from torchviz import make_dot

        x = torch.ones(3, requires_grad=True)
        y = x
        for _ in range(20):
            y = y * 2 + 1
        make_dot(y.sum(), params={"x": x}).render("chain", format="svg")
    """)
    done = project.capture()
    assert done.returncode == 0, done.stderr
    capture = project.read("cpu", "demo/big_graph.py")
    assert capture["graphs"] == []
    assert re.search(r"\[graph 'chain' not kept: [\d,]+ characters of DOT, over the limit of 500", capture["output"])
