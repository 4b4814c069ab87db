"""The line between the two interpreters: docexec/sandbox/ runs in the snippet's Python with the standard library alone."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

SANDBOX = REPO / "docexec" / "sandbox"
MODULES = sorted(path for path in SANDBOX.glob("*.py"))
# Imported lazily, inside functions, and only where the snippet's environment has them.
THIRD_PARTY = {"torch", "matplotlib", "graphviz", "numpy"}
# Loaded by matplotlib itself, as the backend `module://docexec.sandbox.figure_backend`: matplotlib is there by then.
BACKEND = SANDBOX / "figure_backend.py"


def imports(path: Path, *, top_level: bool) -> set[str]:
    """The modules a file imports: at its top level only, or anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_a_sandbox_module_imports_nothing_of_docexec_outside_the_sandbox(path: Path) -> None:
    outside = {
        name
        for name in imports(path, top_level=False)
        if name.split(".")[0] == "docexec" and not name.startswith("docexec.sandbox")
    }
    assert not outside, f"{path.relative_to(REPO)} imports {sorted(outside)}: the snippet's Python may lack them"


@pytest.mark.parametrize("path", [path for path in MODULES if path != BACKEND], ids=lambda path: path.name)
def test_a_sandbox_module_needs_only_the_standard_library_at_import(path: Path) -> None:
    eager = {name for name in imports(path, top_level=True) if name.split(".")[0] not in {"docexec", "__future__"}}
    assert {name.split(".")[0] for name in eager} <= set(sys.stdlib_module_names), sorted(eager)


def test_importing_the_sandbox_loads_the_standard_library_and_itself_alone() -> None:
    """What the import statements say, checked against what an interpreter really loads."""
    names = [f"docexec.sandbox.{path.stem}" for path in MODULES if path not in (BACKEND, SANDBOX / "__init__.py")]

    def loaded(*modules: str) -> set[str]:
        code = f"import importlib, json, sys\nfor name in {list(modules)!r}: importlib.import_module(name)\n"
        done = subprocess.run(
            [sys.executable, "-c", f"{code}print(json.dumps(sorted(sys.modules)))"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        return set(json.loads(done.stdout))

    # What the interpreter's own start-up loads (site, .pth files) aside; multiprocessing names __main__ __mp_main__ too.
    added = {name for name in loaded(*names) - loaded() if not name.startswith("__")}
    assert {name.split(".")[0] for name in added} - set(sys.stdlib_module_names) == {"docexec"}
    assert {name for name in added if name.startswith("docexec")} == {"docexec", "docexec.sandbox", *names}


def test_third_party_modules_are_imported_inside_functions_only() -> None:
    for path in MODULES:
        if path == BACKEND:
            continue
        anywhere = {name.split(".")[0] for name in imports(path, top_level=False)}
        assert not (imports(path, top_level=True) & THIRD_PARTY)
        assert anywhere <= set(sys.stdlib_module_names) | THIRD_PARTY | {"docexec", "__future__"}, path.name
