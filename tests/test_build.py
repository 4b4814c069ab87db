"""The Markdown extension on a small project: what a page shows, and which mistakes fail a strict build."""

from __future__ import annotations

import base64
import json
import re

import pytest
from conftest import Project, require, snippet_blocks

from docexec.svg import dot_available

GRAPH = (
    "import torch\nfrom torchviz import make_dot\n"
    "w = torch.ones(2, requires_grad=True)\nmake_dot((w * 3).sum(), params={'w': w}).render('g', format='svg')\n"
)
HELLO = "import torch\nx = torch.ones(2, requires_grad=True)\nprint((x * 2).sum().grad_fn)\n"


def captured(project: Project, **snippets: str) -> Project:
    """Write snippets demo/NAME.py, capture them, and embed them all in docs/index.md."""
    for name, source in snippets.items():
        project.snippet(f"demo/{name}.py", source)
    done = project.capture()
    assert done.returncode == 0, done.stderr
    project.page("index.md", "# Demo\n\n" + "".join(f"::snippet demo/{name}.py\n\n" for name in snippets))
    return project


def page_html(project: Project) -> str:
    """The built index page."""
    return (project.root / "site" / "index.html").read_text()


def test_page_shows_code_output_and_provenance(project: Project) -> None:
    captured(project, hello=HELLO)
    done = project.build()
    assert done.returncode == 0, done.stderr
    html = page_html(project)
    assert "&lt;SumBackward0 object at 0x...&gt;" in html
    assert ">CPU</label>" in html and ">CUDA</label>" in html
    assert "Pending a GPU run: this example has not been run on a GPU yet" in html
    assert re.search(r'class="snippet-provenance" data-search-exclude>Captured with torch [^<]+· CPU</p>', html)
    download = re.search(r'<a class="snippet-download" href="data:text/x-python;base64,([^"]+)" download="hello.py">', html)
    assert download and base64.b64decode(download[1]) == (project.root / "snippets" / "demo" / "hello.py").read_bytes()


def test_build_imports_no_torch(project: Project) -> None:
    captured(project, hello=HELLO)
    probe = (
        "import sys\nfrom mkdocs.commands.build import build\nfrom mkdocs.config import load_config\n"
        "build(load_config('mkdocs.yml', strict=True, site_dir='site'))\nprint('torch' in sys.modules)"
    )
    done = project.python("-c", probe)
    assert done.stdout.strip() == "False", done.stderr


def test_embed_of_a_missing_snippet_fails_naming_page_and_line(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\nText.\n\n::snippet demo/typo.py\n")
    done = project.build()
    assert done.returncode == 1
    assert "index.md:7: no snippet 'demo/typo.py' in snippets/" in done.stderr


def test_stale_capture_fails_the_build_and_is_not_shown(project: Project) -> None:
    captured(project, hello=HELLO)
    project.snippet("demo/hello.py", HELLO + "print('added')\n")
    done = project.build()
    assert done.returncode == 1
    assert "index.md:3: snippet 'demo/hello.py' changed since it was captured on the CPU" in done.stderr
    relaxed = project.python("-m", "mkdocs", "build", "-d", "site")
    assert relaxed.returncode == 0
    assert "SumBackward0" not in page_html(project) and "changed since it was captured" in page_html(project)


def test_missing_capture_fails_the_build(project: Project) -> None:
    project.snippet("demo/never.py", "print('never captured')\n")
    project.page("index.md", "# Demo\n\n::snippet demo/never.py\n")
    done = project.build()
    assert done.returncode == 1 and "index.md:3: snippet 'demo/never.py' has no capture on the CPU" in done.stderr


def test_snippet_embedded_nowhere_fails_the_build(project: Project) -> None:
    captured(project, hello=HELLO)
    project.snippet("demo/lonely.py", "print('lonely')\n")
    done = project.build()
    assert done.returncode == 1 and "snippet 'demo/lonely.py' is not embedded in any page" in done.stderr


def test_embed_lines_inside_code_fences_are_left_alone(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\n```text\n::snippet demo/not-a-real-one.py\n```\n")
    done = project.build()
    assert done.returncode == 0, done.stderr
    assert "::snippet demo/not-a-real-one.py" in page_html(project)


def test_exercise_folds_its_output(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py exercise\n")
    assert project.build().returncode == 0
    html = page_html(project)
    details = html[html.index("<details"):html.index("</details>")]
    assert "Show the output" in details and "SumBackward0" in details


def test_cuda_only_snippet_says_so_in_the_cpu_tab(project: Project) -> None:
    captured(project, hello=HELLO, gpu="# runs on: cuda\nimport torch\nprint(torch.ones(1).cuda())\n")
    done = project.build()
    assert done.returncode == 0, done.stderr
    assert "This example runs on CUDA only." in page_html(project)


def _as_if_from_gpu(project: Project, name: str, output: str | None = None) -> None:
    """Store a CUDA capture made from the CPU one, to exercise rendering on a machine without a GPU."""
    capture = project.read("cpu", name)
    capture["device"] = "cuda"
    capture["env"] = {**capture["env"], "device": "cuda", "device_name": "Test GPU", "cuda": "12.0"}
    if output is not None:
        capture["output"] = output
    path = project.capture_path("cuda", name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(capture))


def test_cuda_capture_gets_a_labelled_tab_and_a_badge_when_it_differs(project: Project) -> None:
    captured(project, same="print('same')\n", differs="print('cpu says 1')\n")
    _as_if_from_gpu(project, "demo/same.py")
    _as_if_from_gpu(project, "demo/differs.py", output="cuda says 2\n")
    assert project.build().returncode == 0
    html = page_html(project)
    assert html.count(">CUDA · Test GPU</label>") == 2
    assert "CUDA 12.0 · Test GPU" in html and "cuda says 2" in html
    assert html.count("CPU ≠ CUDA</span>") == 1


def test_stale_cuda_capture_is_not_shown_as_current(project: Project) -> None:
    captured(project, hello=HELLO)
    _as_if_from_gpu(project, "demo/hello.py", output="from the GPU\n")
    project.snippet("demo/hello.py", HELLO + "# edited\n")
    assert project.capture().returncode == 0
    assert project.build().returncode == 0
    html = page_html(project)
    assert "from the GPU" not in html and "Pending a GPU run: this example changed after it was run on Test GPU" in html


def test_solution_folds_code_and_output_together(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\nWrite it yourself.\n\n::snippet demo/hello.py solution\n    Summing makes a scalar.\n")
    done = project.build()
    assert done.returncode == 0, done.stderr
    html = page_html(project)
    details = html[html.index("<details"):html.index("</details>")]
    assert "Show a solution" in details and "SumBackward0" in details and "Download hello.py" in details
    assert "Summing makes a scalar." in details
    assert html.count("Download hello.py") == 1


def test_exercise_note_is_the_why_inside_the_fold(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py exercise\n    `sum()` made the graph's last node.\n\nAfter.\n")
    assert project.build().returncode == 0
    html = page_html(project)
    details = html[html.index("<details"):html.index("</details>")]
    assert "<strong>Why:</strong>" in details and "made the graph" in details
    assert "After." in html[html.index("</details>"):]


def test_malformed_embed_line_fails_naming_page_and_line(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\n::snippet demo/my file.py\n\n::snippet demo/hello.py bogus\n")
    done = project.build()
    assert done.returncode == 1
    assert "index.md:5: unknown option 'file.py'" in done.stderr and "quote a name with spaces" in done.stderr
    assert "index.md:7: unknown option 'bogus'" in done.stderr


def test_snippet_name_with_a_space_is_embedded_when_quoted(project: Project) -> None:
    captured(project, **{"my file": "print('spaced')\n"})
    project.page("index.md", '# Demo\n\n::snippet "demo/my file.py"\n')
    done = project.build()
    assert done.returncode == 0, done.stderr
    assert "spaced" in page_html(project)


def test_unembedded_snippet_with_a_space_suggests_a_line_that_works(project: Project) -> None:
    captured(project, hello=HELLO)
    project.snippet("demo/my file.py", "print('spaced')\n")
    done = project.build()
    assert "add `::snippet 'demo/my file.py'`" in done.stderr


def test_fences_are_read_as_commonmark_reads_them(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n````markdown\n```python\n::snippet demo/inside.py\n```\n::snippet demo/still-inside.py\n````\n\n::snippet demo/hello.py\n")
    done = project.build()
    assert done.returncode == 0, done.stderr
    html = page_html(project)
    assert "::snippet demo/still-inside.py" in html and "SumBackward0" in html


def test_same_snippet_embedded_twice_repeats_no_id(project: Project) -> None:
    require(dot_available(), "Graphviz's dot is not installed")
    captured(project, graph=GRAPH)
    project.page("index.md", "# Demo\n\n::snippet demo/graph.py\n\nAgain:\n\n::snippet demo/graph.py\n")
    assert project.build().returncode == 0
    ids = re.findall(r'\bid="([^"]+)"', page_html(project))
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    assert repeated == []
    assert page_html(project).count('<figure class="snippet-graph" data-search-exclude><svg') == 2


def test_terminal_control_is_shown_as_a_terminal_leaves_it(project: Project) -> None:
    captured(project, progress=(
        "import sys\n"
        "for step in range(1, 4):\n"
        "    sys.stdout.write(f'\\rstep {step}/3')\n"
        "print()\n"
        "print('\\x1b[31mred\\x1b[0m done')\n"
    ))
    assert "\r" in project.read("cpu", "demo/progress.py")["output"]  # the capture keeps what was printed
    assert project.build().returncode == 0
    html = page_html(project)
    assert "<code>step 3/3\nred done\n</code>" in html
    assert "\x1b" not in html and "step 1/3" not in html


def test_unreadable_snippet_fails_the_build_naming_it_and_spares_the_rest(project: Project) -> None:
    captured(project, hello=HELLO)
    (project.root / "snippets" / "demo" / "latin.py").write_bytes(b'print("caf\xe9")\n')
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\n::snippet demo/latin.py\n")
    done = project.build()
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "snippets/demo/latin.py:1: cannot be read as utf-8" in done.stderr
    assert "index.md:5:" in done.stderr
    assert "SumBackward0" in page_html(project)


def test_docexec_build_captures_what_changed_once_then_builds(project: Project) -> None:
    captured(project, hello=HELLO)
    runs = project.root / "runs.log"
    project.snippet("demo/hello.py", HELLO + f"open({str(runs)!r}, 'a').write('ran\\n')\nprint('after the edit')\n")
    done = project.python("-m", "docexec", "build", "--strict", "-d", str(project.root / "site"))
    assert done.returncode == 0, done.stderr
    assert "1 captured" in done.stderr
    assert runs.read_text() == "ran\n"  # once: `docexec capture` and the tests are where two runs are compared
    assert project.read("cpu", "demo/hello.py")["output"].endswith("after the edit\n")
    assert "after the edit" in page_html(project)


def test_docexec_build_stops_when_the_capture_fails(project: Project) -> None:
    captured(project, hello=HELLO)
    project.snippet("demo/hello.py", HELLO + "1 / 0\n")
    done = project.python("-m", "docexec", "build", "--strict", "-d", str(project.root / "site"))
    assert done.returncode != 0
    assert "snippets/demo/hello.py:4: ZeroDivisionError" in done.stderr
    assert "the capture failed" in done.stderr
    assert not (project.root / "site").exists()


def test_embed_lines_markdown_would_not_render_are_left_alone(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", (
        "# Demo\n\n::snippet demo/hello.py\n\n"
        "<div>\n::snippet demo/in-html.py\n</div>\n\n"
        "<!--\n::snippet demo/in-a-comment.py\n-->\n\n"
        "Code:\n\n    ::snippet demo/indented-code.py\n"
    ))
    done = project.build()
    assert done.returncode == 0, done.stderr
    html = page_html(project)
    assert "::snippet demo/in-html.py" in html and "<!--\n::snippet demo/in-a-comment.py\n-->" in html
    assert re.search(r"<pre[^>]*>(?:(?!</pre>).)*::snippet demo/indented-code\.py", html, re.S)  # shown as code
    assert html.count('<div class="snippet"') == 1


def test_the_page_is_the_same_without_the_hook(project: Project) -> None:
    captured(project, hello=HELLO, graph=GRAPH if dot_available() else HELLO)
    assert project.build().returncode == 0
    with_hook = snippet_blocks(page_html(project))
    config = project.root / "mkdocs.yml"
    config.write_text(re.sub(r"hooks: \[[^\]]*\]\n", "", config.read_text()))
    done = project.build()
    assert done.returncode == 0, done.stderr
    assert len(with_hook) == 2 and snippet_blocks(page_html(project)) == with_hook


def test_zensical_gives_the_same_snippet_html(project: Project) -> None:
    require(dot_available(), "Graphviz's dot is not installed")
    captured(project, hello=HELLO, graph=GRAPH)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py exercise\n    Why.\n\n::snippet demo/graph.py solution\n\n::snippet demo/hello.py\n")
    assert project.build().returncode == 0
    mkdocs = snippet_blocks(page_html(project))
    done = project.zensical("build", "--clean")
    assert done.returncode == 0, done.stderr
    # Zensical's search indexer honours data-search-exclude, then takes the attribute out of the page.
    assert snippet_blocks(page_html(project)) == [block.replace(" data-search-exclude", "") for block in mkdocs] and len(mkdocs) == 3


def test_zensical_build_fails_on_a_broken_embed_naming_page_and_line(project: Project) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n```text\n::snippet demo/in-a-fence.py\n```\n\n::snippet demo/hello.py\n\n::snippet demo/typo.py\n")
    done = project.zensical("build", "--clean")
    assert done.returncode != 0
    assert "index.md:9: no snippet 'demo/typo.py' in snippets/" in done.stdout + done.stderr


def test_outputs_line_says_where_the_outputs_come_from(project: Project) -> None:
    captured(project, hello=HELLO, gpu="# runs on: cuda\nimport torch\nprint(torch.ones(1).cuda())\n")
    _as_if_from_gpu(project, "demo/hello.py")
    torch = project.read("cpu", "demo/hello.py")["env"]["torch"]
    project.page("index.md", "# Demo\n\n::outputs\n\n::snippet demo/hello.py\n\n::snippet demo/gpu.py\n")
    done = project.build()
    assert done.returncode == 0, done.stderr
    sentence = re.sub(r"<[^>]+>", "", re.search(r'<p class="page-outputs">(.*?)</p>', page_html(project), re.S)[1])
    cpu, cuda = sentence.split("in the CUDA tabs")
    assert f"torch {torch}" in cpu and "one example" in cpu  # the CUDA-only example has no CPU output
    assert "Test GPU" in cuda and "1 of its 2" in cuda and "pending a GPU run" in cuda  # what the captures say


def test_a_site_without_the_extensions_embeds_need_is_told_which(project: Project) -> None:
    captured(project, hello=HELLO)
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - pymdownx.tabbed: {alternate_style: true}\n", ""))
    done = project.build()
    assert done.returncode == 1 and "docexec's embeds need these Markdown extensions as well: pymdownx.tabbed" in done.stderr


def test_zensical_rebuild_shows_a_new_capture_of_an_unchanged_page(project: Project) -> None:
    captured(project, hello=HELLO)
    assert project.zensical("build").returncode == 0
    project.snippet("demo/hello.py", "print('recaptured')\n")
    assert project.capture().returncode == 0
    done = project.zensical("build")  # its cache kept: the page's Markdown is the same, a capture it reads is not
    assert done.returncode == 0, done.stderr
    assert "recaptured" in page_html(project)


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_snippet_embedded_only_in_a_comment_is_not_embedded(project: Project, engine: str) -> None:
    captured(project, hello=HELLO, lonely="print(1)\n")
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\n<!--\n::snippet demo/lonely.py\n-->\n")
    done = project.build() if engine == "mkdocs" else project.zensical("build", "--clean")
    assert done.returncode != 0
    assert "snippet 'demo/lonely.py' is not embedded in any page" in done.stdout + done.stderr


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_an_indented_embed_fails_naming_page_and_line(project: Project, engine: str) -> None:
    captured(project, hello=HELLO)
    project.page("index.md", "# Demo\n\n::snippet demo/hello.py\n\n!!! note\n    ::snippet demo/hello.py\n")
    done = project.build() if engine == "mkdocs" else project.zensical("build", "--clean")
    assert done.returncode != 0
    assert "index.md:6: `::snippet demo/hello.py` would show as text" in done.stdout + done.stderr
