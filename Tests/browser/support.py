"""Shared helpers: running the server, demo accounts, signing in, page checks (axe-core and our
own), and the crawler."""

import contextlib
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
import warnings
from collections import deque
from pathlib import Path
from urllib.parse import parse_qsl, urldefrag, urlsplit

import pytest

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

DEMO_PASSWORD = "demo-password-for-tests"

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


def guildhall_binary():
    binary = Path(os.environ.get("GUILDHALL_BIN", REPO / ".build/debug/guildhall"))
    if not binary.is_absolute():
        binary = REPO / binary
    if not os.access(binary, os.X_OK):
        pytest.fail(f"{binary} is not an executable: build the server first, "
                    "or set GUILDHALL_BIN or GUILDHALL_BASE_URL", pytrace=False)
    return binary


@contextlib.contextmanager
def running_guildhall(workdir, **environment):
    """Serves Guildhall from `workdir`, with its SQLite database there and the demo seeded, as a
    service manager would start it; yields its address and the path of its log."""
    log_path = workdir / "server.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ,
               GUILDHALL_SQLITE_PATH=str(workdir / "guildhall.sqlite"),
               GUILDHALL_DEMO="true",
               GUILDHALL_DEMO_PASSWORD=DEMO_PASSWORD,
               **environment)
    with open(log_path, "wb") as log:
        # From a directory of its own: the binary carries its stylesheets and scripts.
        process = subprocess.Popen(
            [str(guildhall_binary()), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
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
        yield url, log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

ACCOUNTS = {
    "admin": "admin@wyvernvale.example",
    "programme-manager": "programme-manager@wyvernvale.example",
    "service-owner": "service-owner@wyvernvale.example",
    "front-office": "front-office@wyvernvale.example",
    "back-office": "back-office@wyvernvale.example",
    "committee-member": "committee-member@wyvernvale.example",
    "auditor": "auditor@wyvernvale.example",
    "central-reviewer": "central-reviewer@odpm.example",
}

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
AXE = Axe()

CRAWL_LIMIT = 300
# Lists can link hundreds of records that share one template; auditing a few of each is enough,
# and keeps the breadth-first crawl from spending its whole budget on one list.
PAGES_PER_SHAPE = 10
NEVER_CRAWL = {"/metrics", "/healthz"}
NOT_HTML_SUFFIXES = (".csv", ".json", ".pdf", ".ics", ".xml", ".txt", ".zip", ".xlsx", ".ods",
                     ".png", ".jpg", ".svg", ".css", ".js")



def is_print_document(path):
    """Print-ready statements stand alone, without the site's header and skip link; they are
    audited with axe-core, and on A4, by test_statement_journeys."""
    return path.endswith("/preview") or path.endswith("/document.html")


# Our own checks, run in the page. Each returns a list of problem descriptions.
STRUCTURE_JS = """(signedIn) => {
  const problems = [];
  const h1s = document.querySelectorAll('h1').length;
  if (h1s !== 1) problems.push(`expected exactly one <h1>, found ${h1s}`);
  if (!document.title.trim()) problems.push('<title> is missing or empty');
  const lang = document.documentElement.getAttribute('lang');
  if (lang !== 'en-GB') problems.push(`<html lang> is ${JSON.stringify(lang)}, expected "en-GB"`);
  const first = document.querySelector(
    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])');
  if (!first || first.getAttribute('href') !== '#main-content'
      || first.textContent.trim() !== 'Skip to main content')
    problems.push('first focusable element is not the "Skip to main content" link to #main-content');
  if (!document.getElementById('main-content')) problems.push('no element with id="main-content"');
  const label = (b) => (b.tagName === 'INPUT' ? b.value : b.textContent).trim();
  if (signedIn && ![...document.querySelectorAll('button, input[type=submit]')].some(
        (b) => label(b) === 'Sign out' && b.form && b.form.method === 'post'))
    problems.push('no "Sign out" button in a POST form (signed out, or header missing it?)');
  return problems;
}"""


def path_of(url):
    return urlsplit(url).path


def sign_in(page, email, password=DEMO_PASSWORD):
    page.goto("/staff/sign-in")
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in", exact=True).click()
    try:
        page.wait_for_url(lambda url: path_of(url) == "/staff", timeout=15_000)
    except PlaywrightError:
        raise AssertionError(f"signing in as {email} did not reach /staff; ended on {page.url}:\n"
                             f"{page.locator('body').inner_text()[:1000]}") from None


def _selector(target):
    # axe gives one entry per frame, and a list of selectors where shadow roots are crossed.
    return " >>> ".join(part if isinstance(part, str) else " >> ".join(part) for part in target)


def check_page(page, signed_in):
    """axe-core violations and structural problems on the current page, as readable lines."""
    problems = [f"structure: {problem}" for problem in page.evaluate(STRUCTURE_JS, signed_in)]
    for violation in AXE.run(page, options=AXE_OPTIONS).response["violations"]:
        targets = [_selector(node["target"]) for node in violation["nodes"]]
        more = f" and {len(targets) - 10} more" if len(targets) > 10 else ""
        problems.append(f"axe {violation['id']} ({violation['impact']}): {violation['help']}\n"
                        f"      at {'; '.join(targets[:10])}{more}")
    return problems


def _shape(url):
    """The URL with record identifiers and query values blanked, e.g. /staff/cases/:id?page=,
    /services/:id."""
    parts = urlsplit(url)
    # Numbers, UUIDs and case references (WV-4KX9QP) all name one record of a kind.
    segments = parts.path.split("/")
    path = "/".join(":id" if re.fullmatch(r"\d+|[0-9a-fA-F-]{16,}|[2-9A-Z]{2,3}-[2-9A-Z]{6}", segment)
                    # The Hub names a service by its short name: /services/report-a-pothole.
                    or (index == 2 and segments[1] == "services") else segment
                    for index, segment in enumerate(segments))
    return path + "?" + "&".join(sorted(key for key, _ in parse_qsl(parts.query)))


def crawl(page, origin, start_paths, follow, signed_in, label, limit=CRAWL_LIMIT):
    """Breadth-first GET crawl of same-origin links; checks every HTML page reached.

    `follow(path)` says whether to follow a discovered link. Returns {url: [problems]} for
    pages with problems, and the number of pages checked.
    """
    queue = deque(origin + path for path in start_paths)
    seen, shapes, problems, checked = set(queue), {}, {}, 0
    linked_from = {}
    while queue and checked < limit:
        url = queue.popleft()
        try:
            response = page.goto(url)
        except PlaywrightError as error:
            if "Download is starting" in str(error):  # a file download, not a page
                continue
            raise
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            continue
        final = urldefrag(page.url).url
        if final != url and (final in seen or not final.startswith(origin + "/")):
            continue  # redirected to a page already queued or checked, or off this server
        seen.add(final)
        checked += 1
        found = check_page(page, signed_in)
        if response.status >= 400:
            found.insert(0, f"HTTP {response.status} for a page linked from "
                            f"{_relative(linked_from.get(url, 'the start'), origin)}")
        if found:
            problems[final] = found
        for href in page.eval_on_selector_all("a[href]:not([download])", "as => as.map(a => a.href)"):
            link = urldefrag(href).url
            path = path_of(link)
            if (link in seen or not link.startswith(origin + "/") or path in NEVER_CRAWL
                    or path.lower().endswith(NOT_HTML_SUFFIXES) or is_print_document(path) or not follow(path)):
                continue
            seen.add(link)
            linked_from[link] = final
            shape = _shape(link)
            shapes[shape] = shapes.get(shape, 0) + 1
            if shapes[shape] <= PAGES_PER_SHAPE:
                queue.append(link)
    if queue:
        warnings.warn(f"{label}: stopped after checking {limit} pages; {len(queue)} left unvisited")
    return problems, checked


def _relative(url, origin):
    return url[len(origin):] if url.startswith(origin + "/") else url


def report(label, problems, checked, origin, urls_shown=8):
    """Groups identical problems (a header fault repeats on every page) and lists where they are."""
    pages_by_problem = {}
    for url, found in problems.items():
        for problem in found:
            pages_by_problem.setdefault(problem, []).append(url)
    lines = [f"{label}: {len(pages_by_problem)} distinct problems on {len(problems)} "
             f"of {checked} pages checked at {origin}"]
    for problem, urls in pages_by_problem.items():
        lines.append(f"  - {problem}")
        lines.append(f"      on {len(urls)} page(s): "
                     + ", ".join(_relative(url, origin) for url in urls[:urls_shown])
                     + (", ..." if len(urls) > urls_shown else ""))
    return "\n".join(lines)
