"""What a capture's `env` records, and when a change of environment makes it stale (docexec.store.same_environment)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Project

from docexec import config as settings
from docexec import store
from docexec.discover import find_snippets, parse_directives
from docexec.sandbox.worker import installed_modules, versions

FIGURE = "import matplotlib.pyplot as plt\nimport torch\nplt.plot(torch.arange(3))\nplt.show()\n"
PLAIN = "import torch\nprint(torch.ones(2))\n"
FIT = "from sklearn.linear_model import LinearRegression\nprint(LinearRegression())\n"
GRAPH = "import torch\nfrom torchviz import make_dot\n"


def snippet(source: str, name: str = "demo/s.py"):
    return parse_directives(name, Path(name), source.encode())


def machine(python: str = "3.11.7", device: str = "cpu", **packages: str) -> dict[str, Any]:
    """The environment of a made-up machine: torch 2.13.0, NumPy 2.4.6, the given packages (by module)."""
    modules = {"matplotlib": ["matplotlib", "3.11.2"], "sklearn": ["scikit-learn", "1.9.1"], "scipy": ["scipy", "1.17.1"],
               "torchviz": ["torchviz", "0.0.3"], "graphviz": ["graphviz", "0.21"], "torch": ["torch", "2.13.0"]}
    for module, version in packages.items():
        modules[module] = [modules[module][0], version]
    found = {"python": python, "torch": "2.13.0", "numpy": "2.4.6", "modules": modules}
    if device == "cuda":
        return store.environment(found, "cuda", "NVIDIA H200", "13.0")
    return store.environment(found, "cpu")


def captured(source: str, env: dict[str, Any]) -> dict[str, Any]:
    """A capture of `source` as the engine would store it in `env`."""
    made = snippet(source)
    return {"snippet": made.name, "source_sha256": made.sha256, "format": store.FORMAT, "env": store.recorded(env, made)}


def test_env_records_python_by_minor_version_and_the_packages_a_snippet_imports() -> None:
    env = machine()
    assert store.recorded(env, snippet(PLAIN)) == {"python": "3.11", "torch": "2.13.0", "numpy": "2.4.6", "device": "cpu", "device_name": "CPU"}
    assert store.recorded(env, snippet(FIGURE))["packages"] == {"matplotlib": "3.11.2"}
    # scikit-learn's fits call SciPy, torchviz's graphs are written by the graphviz package
    assert store.recorded(env, snippet(FIT))["packages"] == {"scikit-learn": "1.9.1", "scipy": "1.17.1"}
    assert store.recorded(env, snippet(GRAPH))["packages"] == {"graphviz": "0.21", "torchviz": "0.0.3"}
    assert "packages" not in store.recorded(env, snippet("import math\nimport json\nprint(math.pi)\n"))


def test_a_patch_release_of_python_stales_nothing() -> None:
    capture = captured(FIGURE, machine("3.11.7"))
    assert store.is_current(capture, snippet(FIGURE), machine("3.11.12"))


def test_another_minor_version_of_python_stales_every_capture() -> None:
    for source in (PLAIN, FIGURE):
        assert not store.is_current(captured(source, machine("3.11.7")), snippet(source), machine("3.12.1"))


def test_a_changed_package_stales_the_snippets_that_import_it_and_no_other() -> None:
    before, after = machine(), machine(matplotlib="3.12.0")
    assert not store.is_current(captured(FIGURE, before), snippet(FIGURE), after)
    assert store.is_current(captured(PLAIN, before), snippet(PLAIN), after)
    assert store.is_current(captured(FIT, before), snippet(FIT), after)
    assert not store.is_current(captured(FIT, before), snippet(FIT), machine(scipy="1.18.0"))


def test_a_package_a_capture_records_that_is_gone_stales_it() -> None:
    env = machine()
    del env["modules"]["matplotlib"]
    assert not store.is_current(captured(FIGURE, machine()), snippet(FIGURE), env)


def test_a_field_the_capture_does_not_record_is_not_compared() -> None:
    # as captured before `env` recorded packages and the minor version alone
    old = {"python": "3.12.3", "torch": "2.13.0", "numpy": "2.4.6", "device": "cuda", "device_name": "NVIDIA H200", "cuda": "13.0"}
    made = snippet(FIGURE)
    capture = {"snippet": made.name, "source_sha256": made.sha256, "format": store.FORMAT, "env": old}
    assert store.is_current(capture, made, machine("3.12.9", "cuda"))
    assert store.is_current(capture, made, machine("3.12.9", "cuda", matplotlib="3.12.0"))  # not recorded: not compared
    assert not store.is_current(capture, made, machine("3.13.0", "cuda"))
    assert not store.is_current({**capture, "env": {**old, "torch": "2.12.0"}}, made, machine("3.12.9", "cuda"))


def test_what_the_capture_records_that_the_machine_lacks_stales_it() -> None:
    capture = captured(PLAIN, machine())
    capture["env"]["cuda"] = "13.0"  # a field this machine's env has not
    assert not store.is_current(capture, snippet(PLAIN), machine())


def test_the_committed_cuda_captures_are_current_on_the_gpu_machine_they_came_from() -> None:
    config = settings.load(REPO)
    checked = 0
    for made in find_snippets(config):
        capture = store.read(config, "cuda", made.name)
        if capture is None or store.staleness(capture, made):
            continue  # no capture, or its snippet changed since: stale on any machine
        recorded = capture["env"]
        gpu = {"python": recorded["python"], "torch": recorded["torch"], "numpy": recorded["numpy"], "modules": installed_modules()}
        env = store.environment(gpu, "cuda", recorded["device_name"], recorded["cuda"])
        assert store.is_current(capture, made, env), made.name
        checked += 1
    assert checked > 200


def test_the_committed_cpu_captures_are_current_here() -> None:
    config = settings.load(REPO)
    here = store.environment(versions(), "cpu")
    if here["python"] != config.python:
        pytest.skip(f"the CPU captures come from Python {config.python}; this is {here['python']}")
    stale = [made.name for made in find_snippets(config) if "cpu" in made.devices
             and not store.is_current(store.read(config, "cpu", made.name), made, here)]
    assert stale == []


def test_installed_modules_names_each_distribution_at_its_version() -> None:
    from importlib import metadata

    modules = installed_modules()
    assert modules["sklearn"] == ["scikit-learn", metadata.version("scikit-learn")]
    assert modules["matplotlib"] == ["matplotlib", metadata.version("matplotlib")]
    assert modules["torch"] == ["torch", metadata.version("torch")]
    assert "json" not in modules and "os" not in modules


def test_a_capture_records_what_its_snippet_imports(project: Project) -> None:
    project.snippet("demo/figure.py", FIGURE)
    project.snippet("demo/plain.py", PLAIN)
    assert project.capture("--once").returncode == 0
    import matplotlib

    figure = project.read("cpu", "demo/figure.py")["env"]
    assert figure["python"] == f"{sys.version_info.major}.{sys.version_info.minor}"
    assert figure["packages"] == {"matplotlib": matplotlib.__version__}
    assert "packages" not in project.read("cpu", "demo/plain.py")["env"]
    # another matplotlib recorded: the figure is redone, the other is not
    path = project.capture_path("cpu", "demo/figure.py")
    stored = json.loads(path.read_text())
    stored["env"]["packages"]["matplotlib"] = "0.1"
    path.write_text(json.dumps(stored))
    done = project.capture("--once")
    assert "1 captured, 1 already current" in done.stderr, done.stderr
    assert project.read("cpu", "demo/figure.py")["env"]["packages"] == {"matplotlib": matplotlib.__version__}


def test_a_cpu_capture_in_another_python_minor_stops_and_says_how_to_get_the_right_one(project: Project) -> None:
    other = "3.10" if sys.version_info[:2] != (3, 10) else "3.11"
    (project.root / "pyproject.toml").write_text(f'[tool.docexec]\npython = "{other}"\ntimeout = 8\n')
    project.snippet("demo/hello.py", "print('hi')\n")
    done = project.capture()
    assert done.returncode == 2, done.stderr
    assert f"the CPU captures come from Python {other}" in done.stderr
    assert "nox -s capture" in done.stderr and f"uv python install {other}" in done.stderr
    assert not project.capture_path("cpu", "demo/hello.py").exists()


def test_cuda_captures_come_from_any_python() -> None:
    config = settings.Config(root=REPO, snippets=REPO, captures=REPO, python="3.10")
    store.check_python(config, machine("3.12.3", "cuda"))  # no error
    with pytest.raises(store.WrongPython):
        store.check_python(config, machine("3.12.3"))
