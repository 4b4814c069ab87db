"""Measure what each built page costs a reader: bytes transferred and time to first render, in headless Chromium."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import statistics
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
BUDGET = {"bytes": 1_500_000, "first_render_ms": 1000.0}  # a chapter page, its graphs included, on a local server
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map"}  # what GitHub Pages gzips
FIRST_RENDER = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null"
INLINE_SVG = "[...document.querySelectorAll('article svg')].reduce((n, svg) => n + svg.outerHTML.length, 0)"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files as GitHub Pages does, text gzip-compressed when the browser accepts it,
    without logging each request."""

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()  # as it was: other files, the redirect to a folder's address, a 404
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port) for as long as the block runs; yield its base URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site_dir))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def pages(site_dir: Path) -> list[str]:
    """Every page of a built site (directory URLs), relative to its root: "" for the home page."""
    found = (path.parent.relative_to(site_dir).as_posix() for path in Path(site_dir).rglob("index.html"))
    return sorted("" if page == "." else f"{page}/" for page in found)


def measure(site_dir: Path | str, *, repeat: int = 3, executable: str = CHROMIUM) -> dict[str, Any]:
    """Load each page cold (empty cache) and return its bytes and first render; the maxima; pages over budget."""
    from playwright.sync_api import sync_playwright  # only the benchmark needs it

    site_dir = Path(site_dir)
    figures: dict[str, dict[str, Any]] = {}
    with serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for page in pages(site_dir):
                loads = [_load(browser, base_url + page) for _ in range(repeat)]
                figures[page] = {
                    **loads[0],
                    "first_render_ms": statistics.median(load["first_render_ms"] for load in loads),
                }
        finally:
            browser.close()
    chapters = {page: numbers for page, numbers in figures.items() if page and not page.startswith("notebooks/")}
    return {
        "pages": figures,
        "max_bytes": max(numbers["bytes"] for numbers in figures.values()),
        "max_first_render_ms": max(numbers["first_render_ms"] for numbers in figures.values()),
        "max_chapter_bytes": max((numbers["bytes"] for numbers in chapters.values()), default=0),
        "max_chapter_decoded_bytes": max((numbers["decoded_bytes"] for numbers in chapters.values()), default=0),
        "max_chapter_first_render_ms": max((numbers["first_render_ms"] for numbers in chapters.values()), default=0.0),
        "budget": BUDGET,
        "over_budget": sorted(
            page for page, numbers in chapters.items() if any(numbers[key] > limit for key, limit in BUDGET.items())
        ),
    }


def _load(browser: Any, url: str) -> dict[str, Any]:
    """Load one page in a fresh context and wait for the network to go quiet (the search index is fetched late)."""
    context = browser.new_context()
    finished: list[Any] = []
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        first_render = page.evaluate(FIRST_RENDER)
        inline_svg = page.evaluate(INLINE_SVG)
        sizes = [(request.url, _body_size(request), _decoded_size(request)) for request in finished]
    finally:
        context.close()
    document = next((decoded for address, _, decoded in sizes if address == url), 0)
    return {
        "bytes": sum(size for _, size, _ in sizes),  # transferred, gzip-compressed where the server compresses
        "decoded_bytes": sum(decoded for _, _, decoded in sizes),
        "html_bytes": document,
        "inline_svg_chars": inline_svg,
        "requests": len(sizes),
        "largest": urlparse(max(sizes, key=lambda item: item[2])[0]).path if sizes else None,
        "first_render_ms": round(first_render, 1) if first_render is not None else float("nan"),
    }


def _decoded_size(request: Any) -> int:
    """Bytes of a response body once decompressed."""
    response = request.response()
    try:
        return len(response.body()) if response is not None else 0
    except Exception:  # a body Chromium no longer holds
        reported: int = request.sizes()["responseBodySize"]
        return reported


def _body_size(request: Any) -> int:
    """Bytes of a response body; Chromium reports 0 for a worker's script, so count what arrived instead."""
    size: int = request.sizes()["responseBodySize"]
    if size == 0 and (response := request.response()) is not None:
        try:
            size = len(response.body())
        except Exception:  # a body Chromium no longer holds: report what it told us
            pass
    return size


def main(argv: list[str] | None = None) -> int:
    """Print the measurements of the site built in the folder given (default: site/) as JSON."""
    args = sys.argv[1:] if argv is None else argv
    print(json.dumps(measure(Path(args[0] if args else "site")), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
