"""The Hub's online forms in Chromium: a resident reports a pothole by postcode with the keyboard
alone, checks the answers, sends it and follows the reference; and every step of every demo form,
each error state included, is checked with axe-core."""

import re

import pytest

from support import check_page, path_of, report
from test_keyboard import IS_BUTTON, IS_NAMED, tab_until

IS_LINK = """(text) => { const e = document.activeElement;
  return e.tagName === 'A' && e.textContent.trim().startsWith(text); }"""
CHECKED = "(name) => (document.querySelector(`[name=\"${name}\"]:checked`) || {}).value"


def assert_accessible(page, what):
    problems = check_page(page, signed_in=False)
    if problems:
        pytest.fail(report(what, {page.url: problems}, 1, ""), pytrace=False)


def follow(page, text):
    tab_until(page, IS_LINK, text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def submit(page, button):
    tab_until(page, IS_BUTTON, button)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose(page, name, value):
    """Moves a radio group to `value` with the arrow keys."""
    tab_until(page, IS_NAMED, name)
    for _ in range(10):
        if page.evaluate(CHECKED, name) == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never chose {value} for {name}")


def test_report_a_pothole_by_postcode_with_the_keyboard(page):
    page.goto("/")
    tab_until(page, IS_NAMED, "q")
    page.keyboard.type("pothole")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    follow(page, "Report a pothole")
    follow(page, "Start now")
    assert page.locator("h1").inner_text().startswith("How deep is the pothole?")

    submit(page, "Continue")
    assert page.title().startswith("Error:"), "an unanswered question is an error"
    choose(page, "attribute[depth]", "deep")
    submit(page, "Continue")
    choose(page, "attribute[where]", "carriageway")
    submit(page, "Continue")

    assert page.locator("h1").inner_text() == "Where is it?"
    tab_until(page, IS_NAMED, "postcode")
    page.keyboard.type("WV1 4AA")
    tab_until(page, IS_NAMED, "address")
    page.keyboard.type("Outside the post office on Mill Street")
    submit(page, "Continue")
    if path_of(page.url).endswith("/nearby"):
        follow(page, "No, mine is not one of these")

    tab_until(page, IS_NAMED, "name")
    page.keyboard.type("Pat Keyboard")
    tab_until(page, IS_NAMED, "email")
    page.keyboard.type("pat@example.org")
    choose(page, "updates", "yes")
    submit(page, "Continue")

    main = page.locator("main").inner_text()
    assert "Check your answers" in main and "4 cm or more" in main and "WV1 4AA" in main, main[:600]
    submit(page, "Send request")
    assert page.locator("h1").inner_text() == "Request sent"
    reference = re.search(r"Your reference is\s+(\S+)", page.locator("main").inner_text()).group(1)
    follow(page, "Follow your request")
    assert path_of(page.url) == f"/requests/{reference}"
    main = page.locator("main").inner_text()
    assert "Received" in main and "Report a pothole" in main
    assert "Pat Keyboard" not in main and "pat@example.org" not in main


def _answer(page, question):
    """Fills in a question page: the first choice of a list, or an answer of the right kind."""
    radios = page.locator("main input[type=radio], main input[type=checkbox]")
    if radios.count():
        radios.first.check()
        return
    field = page.locator("main input[type=text], main textarea").first
    name = field.get_attribute("name")
    hint = page.locator("main .hint").first.inner_text() if page.locator("main .hint").count() else ""
    field.fill("2" if "How many" in page.locator("h1").inner_text() else "1980-03-27" if "For example, 1980" in hint or "birth" in hint
               else "A few words")
    assert name


def _services(page, server_url):
    codes = []
    for jurisdiction in ("wyvern-vale", "wyvern-vale-cvs"):
        answer = page.request.get(f"{server_url}/open311/v2/services.json?jurisdiction_id={jurisdiction}").json()
        codes += [service["service_code"] for service in answer]
    return codes


def test_every_step_of_every_demo_form_is_accessible_with_its_errors(page, server_url):
    codes = _services(page, server_url)
    assert len(codes) == 8, codes
    problems, checked = {}, 0

    def audit(what):
        nonlocal checked
        checked += 1
        found = check_page(page, signed_in=False)
        if found:
            problems[f"{what}: {page.url}"] = found

    for code in codes:
        page.goto(f"/services/{code}")
        audit(f"{code} service page")
        page.goto(f"/services/{code}/request")
        while "/questions/" in path_of(page.url):
            audit(f"{code} question")
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
            if not page.title().startswith("Error:"):
                continue  # an optional question may be left unanswered
            audit(f"{code} question, unanswered")
            _answer(page, code)
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
        if path_of(page.url).endswith("/location"):
            audit(f"{code} location")
            page.get_by_label("Postcode").fill("W1")
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
            audit(f"{code} location, with errors")
            page.get_by_label("Postcode").fill("WV1 2AB")
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
            if path_of(page.url).endswith("/nearby"):
                audit(f"{code} nearby cases")
                with page.expect_navigation():
                    page.get_by_role("button", name="No, mine is not one of these").click()
        if path_of(page.url).endswith("/contact"):
            audit(f"{code} contact")
            email = page.get_by_label(re.compile("^Email address"))
            if email.count():
                email.fill("not an email")
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
            if page.title().startswith("Error:"):
                audit(f"{code} contact, with errors")
            for label, value in (("^Full name", "Alex Tester"), ("^Email address", "alex@example.org"), ("^Phone number", "01632 960 123")):
                field = page.get_by_label(re.compile(label))
                if field.count():
                    field.fill(value)
            with page.expect_navigation():
                page.get_by_role("button", name="Continue").click()
        assert path_of(page.url).endswith("/check"), f"{code} did not reach the check page: {page.url}"
        audit(f"{code} check your answers")
        with page.expect_navigation():
            page.get_by_role("button", name="Send request").click()
        assert page.locator("h1").inner_text() == "Request sent", page.locator("main").inner_text()[:300]
        audit(f"{code} request sent")
    print(f"checked {checked} steps of {len(codes)} forms")
    if problems:
        pytest.fail(report("the demo forms", problems, checked, server_url), pytrace=False)
