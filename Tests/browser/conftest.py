"""Fixtures: a Guildhall server on a free loopback port, and Debian's Chromium driven by Playwright.

Environment:
  GUILDHALL_BASE_URL  test this running server instead of starting one
  GUILDHALL_BIN       server binary (default <repo>/.build/debug/guildhall)
  CHROMIUM_PATH       browser binary (default /usr/bin/chromium)
"""

import os

import pytest
from playwright.sync_api import sync_playwright

from support import running_guildhall


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    if os.environ.get("GUILDHALL_BASE_URL"):
        yield os.environ["GUILDHALL_BASE_URL"].rstrip("/")
        return
    with running_guildhall(tmp_path_factory.mktemp("guildhall")) as (url, _):
        yield url


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
