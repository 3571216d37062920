"""Drive headless Chromium from tests: Playwright for Python if it can, else the chromium CLI.

    path = ensure_chromium()              # finds Debian's chromium, or apt-get installs it as root
    with launch() as browser:             # Playwright on that executable, or the CLI fallback
        page = browser.open(html_file, width=1280, height=900)
        page.click("#a1-c2 > summary")
        assert page.is_visible("#a1-c2 mark")
        page.evaluate("typeof window.__pwned")
        page.screenshot("out.png")
        page.requests                     # every URL the page asked for

Playwright's own browser download (`playwright install`) is never used: it fetches a build
from outside the package registries. Playwright launches the distro's /usr/bin/chromium via
`executable_path` instead. If Playwright is missing or cannot drive that Chromium, the CLI
fallback replays the page's recorded actions in a fresh `chromium --headless --dump-dom` run for
every question: an inline probe script performs them after load and writes its answer into the
DOM, with the requests the page's Resource Timing and CSP violation reports saw. Set SUMMARIZER_BROWSER=cli (or =playwright) to choose.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

#: Flags that work in this container as root: no sandbox, no GPU, no background traffic.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
]

CANDIDATES = ("chromium", "chromium-browser", "/usr/bin/chromium", "/usr/lib/chromium/chromium")


class BrowserUnavailable(RuntimeError):
    pass


def find_chromium() -> str | None:
    env = os.environ.get("CHROMIUM")
    for name in ((env,) if env else ()) + CANDIDATES:
        path = shutil.which(name) if not os.path.isabs(name) else (name if os.access(name, os.X_OK) else None)
        if path:
            return path
    return None


def ensure_chromium(timeout: float = 900) -> str | None:
    """Path to Chromium; as root, install Debian's `chromium` with apt-get if it is missing.

    Returns None when it is missing and cannot be installed (not root, no apt-get, apt failed).
    """
    path = find_chromium()
    if path:
        return path
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            subprocess.run(cmd, env=env, check=True, timeout=timeout,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except (subprocess.SubprocessError, OSError):
        return None
    return find_chromium()


def chromium_or_skip() -> str:
    path = ensure_chromium()
    if not path:
        pytest.skip("headless Chromium is not installed and could not be installed (needs root and apt-get)")
    return path


def file_url(path: str | os.PathLike[str]) -> str:
    return Path(path).resolve().as_uri()


# -- Playwright -------------------------------------------------------------------------


class _PlaywrightPage:
    def __init__(self, browser, url: str, width: int, height: int, js: bool):
        self.context = browser.new_context(viewport={"width": width, "height": height},
                                           java_script_enabled=js, service_workers="block")
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url, wait_until="load")

    def click(self, selector: str) -> None:
        self.page.click(selector)

    def is_visible(self, selector: str) -> bool:
        return self.page.is_visible(selector)

    def text(self, selector: str) -> str:
        return self.page.locator(selector).first.inner_text()

    def evaluate(self, expression: str):
        return self.page.evaluate(expression)

    def scroll_to(self, selector: str) -> None:
        self.page.evaluate("(s) => document.querySelector(s).scrollIntoView({block: 'start'})", selector)

    def screenshot(self, out: str | os.PathLike[str], full_page: bool = False) -> None:
        self.page.screenshot(path=str(out), full_page=full_page)

    def close(self) -> None:
        self.context.close()


class PlaywrightBrowser:
    backend = "playwright"

    def __init__(self, executable: str):
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(
                executable_path=executable, headless=True,
                args=[f for f in CHROMIUM_FLAGS if f != "--headless"])
            # Prove it can really drive this Chromium before the tests rely on it.
            page = self._browser.new_page()
            page.set_content("<p id=x>ok</p>")
            assert page.inner_text("#x") == "ok"
            page.close()
        except BaseException:
            self._pw.stop()
            raise
        self._pages: list[_PlaywrightPage] = []

    def open(self, path, width: int = 1280, height: int = 900, js: bool = True) -> _PlaywrightPage:
        page = _PlaywrightPage(self._browser, file_url(path), width, height, js)
        self._pages.append(page)
        return page

    def close(self) -> None:
        for p in self._pages:
            with contextlib.suppress(Exception):
                p.close()
        with contextlib.suppress(Exception):
            self._browser.close()
        self._pw.stop()


# -- CLI fallback -----------------------------------------------------------------------

_PROBE = """<script>
(function () {
  var me = document.currentScript, top = window.parent || window, violations = [];
  me.remove();  // the page must not see its probe (e.g. in document.scripts)
  addEventListener('securitypolicyviolation', function (e) { violations.push(e.blockedURI || 'inline'); });
  var actions = [%s], expression = function () { return (%s); };
  function answer(out) {
    out.requests = performance.getEntriesByType('resource').map(function (e) { return e.name; })
      .concat(violations);
    var pre = top.document.createElement('pre');
    pre.id = '__probe__'; pre.hidden = true; pre.textContent = JSON.stringify(out);
    top.document.documentElement.appendChild(pre);
  }
  function step(i) {
    // The page's own timing: hashchange and toggle events run in later tasks, so wait between steps.
    try {
      if (i < actions.length) { actions[i](); setTimeout(function () { step(i + 1); }, 50); return; }
      answer({value: expression()});
    } catch (e) { answer({error: String(e)}); }
  }
  if (%s) {  // for a screenshot: set the state up before the first paint, all at once
    window.__probe_paint__ = true;
    addEventListener('DOMContentLoaded', function () { actions.forEach(function (a) { a(); }); });
  } else {
    addEventListener('load', function () { setTimeout(function () { step(0); }, 50); });
  }
})();
</script>"""

#: New headless Chromium will not make a window narrower than this: a narrower viewport is an iframe.
_MIN_WINDOW = 500


class _CliPage:
    """Each question reruns Chromium on a copy of the page with a probe script that replays the
    actions so far (clicks, scrolls) after load, evaluates the question and writes the answer
    into the DOM for --dump-dom. Requests are what the page's Resource Timing and CSP violation
    reports saw. Slower than Playwright (a browser start per question), same answers."""

    def __init__(self, owner: CliBrowser, path, width: int, height: int, js: bool):
        if not js:
            raise BrowserUnavailable("the chromium CLI fallback needs JavaScript for its probes")
        self.owner, self.source = owner, Path(path).read_text(encoding="utf-8")
        self.width, self.height = width, height
        self.actions: list[str] = []
        self.requests: list[str] = []
        self._n = 0

    def _probe_copy(self, expression: str, before_paint: bool = False) -> Path:
        self._n += 1
        copy = Path(self.owner.workdir) / f"probe-{id(self)}-{self._n}.html"
        # Written as functions, not strings to eval: the page's CSP has no 'unsafe-eval'.
        probe = _PROBE % (", ".join(f"function () {{ {a}; }}" for a in self.actions), expression,
                          "true" if before_paint else "false")
        page = re.sub(r"(?i)<head>", lambda m: m.group(0) + probe, self.source, count=1)
        if self.width < _MIN_WINDOW:
            # A srcdoc frame is same-origin with its parent: the probe writes its answer there.
            page = ('<!doctype html><html><body style="margin:0">'
                    f'<iframe style="border:0;display:block;width:{self.width}px;height:{self.height}px" '
                    f'srcdoc="{html.escape(page, quote=True)}"></iframe></body></html>')
        copy.write_text(page, encoding="utf-8")
        return copy

    def _run(self, copy: Path, *extra: str) -> str:
        profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=self.owner.workdir)
        cmd = [self.owner.executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
               f"--window-size={max(self.width, _MIN_WINDOW)},{self.height}",
               "--virtual-time-budget=5000", *extra, file_url(copy)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=90, cwd=self.owner.workdir)
        except subprocess.TimeoutExpired as e:
            raise BrowserUnavailable(f"chromium timed out: {' '.join(cmd)}") from e
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        if done.returncode != 0:
            raise BrowserUnavailable(f"chromium exited {done.returncode}: {done.stderr[-2000:]}")
        return done.stdout

    def evaluate(self, expression: str):
        dom = self._run(self._probe_copy(expression), "--dump-dom")
        m = re.search(r'<pre id="__probe__"[^>]*>(.*?)</pre>', dom, re.S)
        if not m:
            raise BrowserUnavailable("probe script produced no answer")
        out = json.loads(html.unescape(m.group(1)))
        self.requests += [u for u in out.get("requests", []) if u not in self.requests]
        if "error" in out:
            raise RuntimeError(f"in page: {out['error']}")
        return out.get("value")

    def click(self, selector: str) -> None:
        self.actions.append(f"document.querySelector({json.dumps(selector)}).click()")

    def scroll_to(self, selector: str) -> None:
        # CLI screenshots show only what was rastered at the top of the page, so a real scroll
        # comes out blank: the body is shifted up instead, which looks the same in a screenshot.
        self.actions.append(
            f"var e = document.querySelector({json.dumps(selector)}); if (window.__probe_paint__) "
            f"document.body.style.marginTop = -(e.getBoundingClientRect().top + scrollY - 16) + 'px'; "
            f"else e.scrollIntoView({{block:'start'}})")

    def is_visible(self, selector: str) -> bool:
        return bool(self.evaluate(
            f"(function(e){{if(!e)return false;var r=e.getBoundingClientRect();"
            f"return r.width>0&&r.height>0&&e.checkVisibility({{visibilityProperty:true}});}})"
            f"(document.querySelector({json.dumps(selector)}))"))

    def text(self, selector: str) -> str:
        return self.evaluate(f"document.querySelector({json.dumps(selector)}).innerText")

    def screenshot(self, out: str | os.PathLike[str], full_page: bool = False) -> None:
        if full_page:
            raise BrowserUnavailable("full-page screenshots need Playwright")
        out = Path(out).resolve()
        out.unlink(missing_ok=True)
        self._run(self._probe_copy("null", before_paint=True), f"--screenshot={out}")
        if not out.exists():
            raise BrowserUnavailable("chromium wrote no screenshot")

    def close(self) -> None:
        pass


class CliBrowser:
    backend = "cli"

    def __init__(self, executable: str):
        self.executable = executable
        self.workdir = tempfile.mkdtemp(prefix="summarizer-browser-")

    def open(self, path, width: int = 1280, height: int = 900, js: bool = True) -> _CliPage:
        return _CliPage(self, path, width, height, js)

    def close(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


@contextlib.contextmanager
def launch(executable: str | None = None, backend: str | None = None) -> Iterator[PlaywrightBrowser | CliBrowser]:
    """A browser on Debian's Chromium: Playwright if it can drive it, else the CLI fallback."""
    executable = executable or chromium_or_skip()
    backend = backend or os.environ.get("SUMMARIZER_BROWSER", "")
    browser: PlaywrightBrowser | CliBrowser
    if backend == "cli":
        browser = CliBrowser(executable)
    else:
        try:
            browser = PlaywrightBrowser(executable)
        except Exception as e:  # not installed, or this Chromium is too new/old for it
            if backend == "playwright":
                raise
            import warnings

            warnings.warn(f"Playwright cannot drive {executable} ({e!r}); using the chromium CLI", stacklevel=2)
            browser = CliBrowser(executable)
    try:
        yield browser
    finally:
        browser.close()
