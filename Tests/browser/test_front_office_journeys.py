"""The front office's journey with the keyboard alone: a call from a new resident becomes a case,
referred to the back office, which works it and closes it; the front office then sees the closure
on the resident's page. Every page on the way is checked with axe-core, error states included."""

import re

import pytest

from support import ACCOUNTS, DEMO_PASSWORD, check_page, path_of, report
from test_keyboard import IS_BUTTON, IS_NAMED, tab_until

IS_LINK = """(text) => { const e = document.activeElement;
  return e.tagName === 'A' && e.textContent.trim().startsWith(text); }"""
VALUE_IS = "(value) => document.activeElement.value === value"


def keyboard_sign_in(page, email):
    page.goto("/staff/sign-in")
    tab_until(page, IS_NAMED, "email")
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: path_of(url) == "/staff")


def keyboard_sign_out(page):
    tab_until(page, IS_BUTTON, "Sign out")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: path_of(url) == "/staff/sign-in")


def follow(page, text):
    """Tabs to the link that starts with `text` and follows it."""
    tab_until(page, IS_LINK, text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def type_into(page, name, text):
    tab_until(page, IS_NAMED, name)
    page.keyboard.type(text)


def choose(page, name, value):
    """Moves a focused radio group or select to `value` with the arrow keys, as a keyboard user does."""
    tab_until(page, IS_NAMED, name)
    if page.evaluate("() => document.activeElement.tagName") == "SELECT":
        page.keyboard.press("Home")
    for _ in range(20):
        if page.evaluate(f"() => (document.querySelector('[name={name}]:checked') || document.activeElement).value") == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"the arrow keys never chose {value} for {name}")


def submit(page, button):
    tab_until(page, IS_BUTTON, button)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_accessible(page, what):
    problems = check_page(page, signed_in=True)
    if problems:
        pytest.fail(report(what, {page.url: problems}, 1, ""), pytrace=False)


def test_call_to_closed_case_with_keyboard(page):
    keyboard_sign_in(page, ACCOUNTS["front-office"])
    follow(page, "Take a contact")
    assert_accessible(page, "take a contact")

    # A caller nobody knows yet.
    follow(page, "Add a new resident")
    type_into(page, "name", "Kay Boardman")
    type_into(page, "phone", "01632 960999")
    type_into(page, "postcode", "WV9 9ZZ")
    submit(page, "Add resident")
    assert path_of(page.url) == "/staff/contacts/new", page.locator("main").inner_text()[:1500]
    assert "Kay Boardman" in page.locator("main").inner_text()

    # The service by its LGSL number: one match, so it is chosen, and its catalogue entry shows.
    type_into(page, "find", "412")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    main = page.locator("main").inner_text()
    assert "Noise nuisance" in main and "3. What happened?" in main, main[:800]
    assert_accessible(page, "take a contact, service chosen")

    choose(page, "outcome", "case")
    submit(page, "Record contact")
    assert page.get_by_text("Describe what the resident asked for").first.is_visible()
    assert page.title().startswith("Error:")
    assert_accessible(page, "take a contact, with errors")

    type_into(page, "description", "Loud music every night from the flat below")
    submit(page, "Record contact")
    heading = page.locator("h1").inner_text()
    reference = re.fullmatch(r"Case (\S+)", heading).group(1)
    assert "give the resident this reference" in page.locator("main").inner_text()
    assert_accessible(page, "a new case")

    # Referred to the back office with a handover note.
    choose(page, "status", "referred")
    type_into(page, "internalNote", "Caller is shift worker: ring after 4pm")
    submit(page, "Save update")
    assert "Referred to the back office" in page.locator("main").inner_text()
    keyboard_sign_out(page)

    # The back office finds it by its reference, works it and closes it.
    keyboard_sign_in(page, ACCOUNTS["back-office"])
    follow(page, "Residents")
    type_into(page, "q", reference.lower())
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == f"Case {reference}"
    choose(page, "status", "in-progress")
    type_into(page, "publicNote", "An officer will visit on Thursday evening.")
    submit(page, "Save update")
    choose(page, "status", "fixed")
    type_into(page, "publicNote", "We have served a noise abatement notice.")
    submit(page, "Save update")
    assert "Fixed" in page.locator("main").inner_text()
    assert_accessible(page, "a closed case")
    keyboard_sign_out(page)

    # The front office answers "what is happening with my request?" from the resident's page.
    keyboard_sign_in(page, ACCOUNTS["front-office"])
    follow(page, "Residents")
    type_into(page, "q", "Boardman")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    follow(page, "Kay Boardman")
    cases = page.get_by_role("table", name=re.compile("cases")).inner_text()
    assert "Fixed" in cases, cases
    assert_accessible(page, "the resident's page")
    follow(page, reference)
    history = page.locator("main").inner_text()
    assert "We have served a noise abatement notice." in history
    assert "Caller is shift worker: ring after 4pm" in history
