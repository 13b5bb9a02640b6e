"""The HTML view as a real browser renders it: headless Chromium, driven over
the DevTools protocol on a pipe (``--remote-debugging-pipe``), so no Python
package and no network port is needed.

Skipped when no Chromium is installed (Debian: ``apt-get install chromium
fonts-noto-core``).  Run this file as a script to refresh the docs' picture::

    PYTHONPATH=src python tests/test_browser.py docs/screenshot.png
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import hindinews
from hindinews import Kind, Label
from hindinews.view import KIND_COLOURS, LABEL_COLOURS, block_colour

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed-asianet-0001.json"


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = find_chromium()

# Quiet, offline, throwaway: without these Chromium keeps dialling out.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)


class CDPError(RuntimeError):
    pass


class Chromium:
    """A headless Chromium and one page, spoken to over the DevTools pipe
    (fd 3: commands in, fd 4: replies out, each message ending in NUL)."""

    def __init__(self, executable: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="hindinews-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire_fds() -> None:  # runs in the child, before exec
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=wire_fds,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self.session = self._attach()

    # -------------------------------------------------------------- protocol

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CDPError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if ready:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise CDPError(f"Chromium closed the pipe (exit code {self.proc.poll()})")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self._events.append(reply)

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        """A command to the page."""
        return self.send(method, params, session=self.session)

    def wait_event(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while True:
            for index, event in enumerate(self._events):
                if event["method"] == method and event.get("sessionId") == self.session:
                    del self._events[index]
                    return event
            self._events.append(self._read_message(deadline))

    def _attach(self) -> str:
        deadline = time.monotonic() + self.timeout
        while True:
            pages = [t for t in self.send("Target.getTargets")["targetInfos"] if t["type"] == "page"]
            if pages:
                break
            if time.monotonic() > deadline:
                raise CDPError("Chromium opened no page")
            time.sleep(0.05)
        session: str = self.send("Target.attachToTarget", {"targetId": pages[0]["targetId"], "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "DOM", "CSS", "Runtime"):
            self.send(f"{domain}.enable", session=session)
        return session

    # -------------------------------------------------------------- helpers

    def open(self, path: Path, width: int = 1000, height: int = 800) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        self._events.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_event("Page.loadEventFired")
        self.evaluate("document.fonts.ready.then(() => true)")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CDPError(f"JavaScript failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def fonts_for(self, selector: str) -> list[dict[str, Any]]:
        """The fonts the browser really drew the node's text with."""
        root = self.call("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        node = self.call("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        if not node:
            raise CDPError(f"no element matches {selector}")
        fonts: list[dict[str, Any]] = self.call("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        return fonts

    def screenshot(self, path: Path) -> None:
        size = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        shot = self.call(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1},
            },
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        with contextlib.suppress(CDPError, OSError):
            self.send("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


def seed_article() -> hindinews.Article:
    return hindinews.parse(json.loads(SEED.read_text(encoding="utf-8"))["text"])


# ---------------------------------------------------------------------- tests

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium fonts-noto-core)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    assert CHROMIUM is not None
    chromium = Chromium(CHROMIUM)
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module")
def seed_page(browser: Chromium, tmp_path_factory: pytest.TempPathFactory) -> hindinews.Article:
    article = seed_article()
    path = tmp_path_factory.mktemp("view") / "seed.html"
    article.to_html(path)
    browser.open(path)
    return article


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_legend_is_visible_and_lists_every_label_and_kind(browser: Chromium, seed_page: hindinews.Article) -> None:
    legend = browser.evaluate(
        """(() => {
        const legend = document.querySelector('.hn-legend');
        const box = legend.getBoundingClientRect();
        const style = getComputedStyle(legend);
        const keys = [...legend.querySelectorAll('.hn-key')].map(k => {
            const r = k.getBoundingClientRect();
            return {text: k.textContent, width: r.width, height: r.height, top: r.top,
                    bg: getComputedStyle(k).backgroundColor};
        });
        return {width: box.width, height: box.height, top: box.top, viewport: innerHeight,
                display: style.display, visibility: style.visibility, opacity: style.opacity, keys};
    })()"""
    )
    assert legend["display"] != "none" and legend["visibility"] == "visible" and legend["opacity"] == "1"
    assert legend["width"] > 200 and legend["height"] > 20
    assert 0 <= legend["top"] < legend["viewport"]  # on the first screen, above the text
    names = {key["text"] for key in legend["keys"]}
    assert {label.value for label in Label} <= names
    assert {kind.value for kind in Kind} <= names
    for key in legend["keys"]:
        assert key["width"] > 0 and key["height"] > 0 and key["top"] < legend["viewport"], key
    by_name = {key["text"]: key["bg"] for key in legend["keys"]}
    for label, colour in LABEL_COLOURS.items():
        assert by_name[label.value] == _rgb(colour)
    for kind, colour in KIND_COLOURS.items():
        assert by_name[kind.value] == _rgb(colour)


def test_every_colour_is_rendered_and_blocks_carry_their_label_colour(
    browser: Chromium, seed_page: hindinews.Article
) -> None:
    rendered = browser.evaluate(
        """[...document.querySelectorAll('.hn-view *')].map(e => getComputedStyle(e).backgroundColor)"""
    )
    for colour in [*LABEL_COLOURS.values(), *KIND_COLOURS.values()]:
        assert _rgb(colour) in rendered
    blocks = browser.evaluate(
        """[...document.querySelectorAll('.hn-text > .hn-b')].map(e => ({
            label: e.dataset.label, kind: e.dataset.kind || null, bg: getComputedStyle(e).backgroundColor,
            tag: getComputedStyle(e, '::before').content, text: e.textContent}))"""
    )
    article = seed_page
    assert [b["label"] for b in blocks] == [b.label.value for b in article.blocks]
    for rendered_block, block in zip(blocks, article.blocks, strict=True):
        assert rendered_block["bg"] == _rgb(block_colour(block))
        assert rendered_block["text"] == block.text
        if block.kind is not None:  # the kind tag is drawn, not part of the text
            assert rendered_block["tag"] == f'"{block.kind.value}"'
    # The article's own text, exactly, in order.
    assert browser.evaluate("document.querySelector('.hn-text').textContent") == article.text
    assert browser.evaluate("document.querySelector('.hn-view').lang") == "hi"


def test_dateline_is_marked_inside_the_lede(browser: Chromium, seed_page: hindinews.Article) -> None:
    article = seed_page
    assert article.dateline is not None and article.lede is not None
    mark = browser.evaluate(
        """(() => {
        const m = document.querySelector('.hn-dateline:not(.hn-key)');
        const s = getComputedStyle(m);
        return {text: m.textContent, parent: m.parentElement.dataset.label,
                start: m.parentElement.dataset.start, line: s.textDecorationLine,
                outline: s.outlineStyle, bg: s.backgroundColor};
    })()"""
    )
    assert mark["text"] == article.dateline.text
    assert mark["parent"] == "body" and int(mark["start"]) == article.lede.start
    assert mark["line"] == "underline" and mark["outline"] == "solid"
    assert mark["bg"] == _rgb(LABEL_COLOURS[Label.DATELINE])


def test_devanagari_is_shaped_with_a_noto_devanagari_font(browser: Chromium, seed_page: hindinews.Article) -> None:
    fonts = browser.fonts_for('.hn-text > .hn-b[data-label="body"]')
    main = max(fonts, key=lambda f: f["glyphCount"])
    assert "Noto" in main["familyName"] and "Devanagari" in main["familyName"], (
        f"Devanagari drawn with {fonts}, not Noto Sans Devanagari: is fonts-noto-core installed?"
    )
    # Shaping: the conjunct क्ष is one glyph, much narrower than क + ् + ष drawn apart.
    widths = browser.evaluate(
        """(() => {
        const host = document.querySelector('.hn-text');
        const width = s => { const e = document.createElement('span'); e.textContent = s;
            host.appendChild(e); const w = e.getBoundingClientRect().width; e.remove(); return w; };
        return {conjunct: width('क्ष'), parts: ['क', '्', 'ष'].map(width)};
    })()"""
    )
    parts = sum(widths["parts"])
    assert widths["conjunct"] > 0 and all(w > 0 for w in widths["parts"])
    assert widths["conjunct"] < 0.8 * parts, widths


@pytest.mark.parametrize("width", [1000, 360])
def test_no_horizontal_overflow_even_with_unbroken_lines(browser: Chromium, tmp_path: Path, width: int) -> None:
    long_word = "क्षत्रिय" * 60
    url = "https://example.com/" + "a" * 400
    text = f"लंबी पंक्ति वाला शीर्षक यहां है\n\nलखनऊ: {long_word} और {url} के बाद बैठक हुई।\n\nShare this article"
    article = hindinews.parse(text)
    path = tmp_path / "long.html"
    article.to_html(path)
    browser.open(path, width=width, height=700)
    sizes = browser.evaluate(
        """(() => { const d = document.documentElement;
        const view = document.querySelector('.hn-view').getBoundingClientRect();
        return {scroll: d.scrollWidth, client: d.clientWidth, right: view.right}; })()"""
    )
    assert sizes["scroll"] <= sizes["client"], sizes
    assert sizes["right"] <= sizes["client"], sizes


def test_empty_and_all_boilerplate_articles_render(browser: Chromium, tmp_path: Path) -> None:
    for name, text in (("empty", ""), ("boiler", "Share this article\n\nविज्ञापन\n\nFollow Us")):
        article = hindinews.parse(text)
        assert all(b.label in (Label.BOILERPLATE, Label.BLANK) for b in article.blocks)
        path = tmp_path / f"{name}.html"
        article.to_html(path)
        browser.open(path, width=600, height=400)
        state = browser.evaluate(
            """({keys: document.querySelectorAll('.hn-legend .hn-key').length,
                 text: document.querySelector('.hn-text').textContent,
                 scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"""
        )
        assert state["keys"] == len(Label) + len(Kind) + 1
        assert state["text"] == text
        assert state["scroll"] <= state["client"]


def test_screenshot_of_the_view(browser: Chromium, seed_page: hindinews.Article, tmp_path: Path) -> None:
    shot = tmp_path / "view.png"
    browser.screenshot(shot)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def main(argv: list[str]) -> int:
    """Write the screenshot of the seed article's view for the docs."""
    if CHROMIUM is None:
        print("Chromium is not installed", file=sys.stderr)
        return 2
    target = Path(argv[1] if len(argv) > 1 else "docs/screenshot.png")
    chromium = Chromium(CHROMIUM)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "seed.html"
            seed_article().to_html(page)
            chromium.open(page, width=900, height=700)
            chromium.screenshot(target)
    finally:
        chromium.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
