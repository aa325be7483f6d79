"""Fixtures: a Guildhall server on a free loopback port, and Debian's Chromium driven by Playwright.

Environment:
  GUILDHALL_BASE_URL  test this running server instead of starting one
  GUILDHALL_BIN       server binary (default <repo>/.build/debug/guildhall)
  CHROMIUM_PATH       browser binary (default /usr/bin/chromium)
"""

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from support import DEMO_PASSWORD

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 120


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url):
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _tail(path, lines=80):
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    if os.environ.get("GUILDHALL_BASE_URL"):
        yield os.environ["GUILDHALL_BASE_URL"].rstrip("/")
        return

    binary = Path(os.environ.get("GUILDHALL_BIN", REPO / ".build/debug/guildhall"))
    if not binary.is_absolute():
        binary = REPO / binary
    if not os.access(binary, os.X_OK):
        pytest.fail(f"{binary} is not an executable: build the server first, "
                    "or set GUILDHALL_BIN or GUILDHALL_BASE_URL", pytrace=False)

    workdir = tmp_path_factory.mktemp("guildhall")
    log_path = workdir / "server.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ,
               GUILDHALL_SQLITE_PATH=str(workdir / "guildhall.sqlite"),
               GUILDHALL_DEMO="true",
               GUILDHALL_DEMO_PASSWORD=DEMO_PASSWORD)
    with open(log_path, "wb") as log:
        # Run from a directory of its own, as a service manager would: the binary carries its assets.
        process = subprocess.Popen(
            [str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
            cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _healthy(url):
            if process.poll() is not None:
                pytest.fail(f"guildhall exited with status {process.returncode} before "
                            f"/healthz answered. Its output:\n{_tail(log_path)}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"guildhall's /healthz did not return 200 within "
                            f"{START_TIMEOUT_SECONDS} s. Its output:\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        # Debian's Chromium: `playwright install` cannot download a browser here.
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"), headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, server_url):
    """Makes pages, each in its own context so that cookies (sign-ins) never leak between them."""
    contexts = []

    def make(width=1280, height=900):
        context = browser.new_context(base_url=server_url, locale="en-GB",
                                      viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
