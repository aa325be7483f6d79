"""Signing in and out with the keyboard alone: no clicks, only Tab, Enter and typing."""

import re

from support import ACCOUNTS, DEMO_PASSWORD, path_of

MAX_TABS = 60

IS_SKIP_LINK = """() => { const e = document.activeElement;
  return e.tagName === 'A' && e.getAttribute('href') === '#main-content'
    && e.textContent.trim() === 'Skip to main content'; }"""
IS_NAMED = "(name) => document.activeElement.getAttribute('name') === name"
IS_BUTTON = """(text) => { const e = document.activeElement;
  return (e.tagName === 'BUTTON' && e.textContent.trim() === text)
    || (e.tagName === 'INPUT' && e.type === 'submit' && e.value.trim() === text); }"""
# A keyboard user must see where focus is: an outline (Chromium's default is style `auto`)
# or a box-shadow, on an element that is actually on screen.
FOCUS_INDICATOR = """() => { const e = document.activeElement, s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  return { visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0,
           indicated: outline || s.boxShadow !== 'none',
           outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
           boxShadow: s.boxShadow }; }"""


def tab_until(page, predicate, arg=None):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(predicate, arg):
            return
    raise AssertionError(f"{MAX_TABS} presses of Tab on {page.url} never focused it; "
                         f"focus ended on {page.evaluate('document.activeElement.outerHTML')[:200]}")


def assert_focus_visible(page, what):
    style = page.evaluate(FOCUS_INDICATOR)
    assert style["visible"] and style["indicated"], f"{what} has no visible focus indicator: {style}"


def test_first_tab_focuses_skip_link(page):
    page.goto("/staff/sign-in")
    page.keyboard.press("Tab")
    assert page.evaluate(IS_SKIP_LINK), (
        "the first Tab focused " + page.evaluate("document.activeElement.outerHTML")[:200])
    assert_focus_visible(page, "the skip link")
    page.keyboard.press("Enter")
    assert page.url.endswith("#main-content")


def test_sign_in_button_shows_focus(page):
    page.goto("/staff/sign-in")
    tab_until(page, IS_BUTTON, "Sign in")
    assert_focus_visible(page, "the Sign in button")


def test_sign_in_and_out_with_keyboard(page):
    page.goto("/staff/sign-in")
    page.keyboard.press("Tab")
    assert page.evaluate(IS_SKIP_LINK), "the first Tab did not focus the skip link"

    tab_until(page, IS_NAMED, "email")
    page.keyboard.type(ACCOUNTS["admin"])
    page.keyboard.press("Tab")
    assert page.evaluate(IS_NAMED, "password"), "Tab from the email field did not reach the password"
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: path_of(url) == "/staff")
    assert page.get_by_role("button", name="Sign out", exact=True).is_visible()

    tab_until(page, IS_BUTTON, "Sign out")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: path_of(url) == "/staff/sign-in")
    assert re.search(r"signed out", page.locator("body").inner_text(), re.IGNORECASE), (
        "the sign-in page does not say the user has signed out")
