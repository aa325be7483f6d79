"""axe-core (WCAG 2.2 AA tags) and structural checks on every page each audience can reach,
and reflow at 320 CSS pixels (WCAG 1.4.10)."""

import pytest

from support import ACCOUNTS, check_page, crawl, path_of, report, sign_in

PUBLIC_PAGES = ["/", "/accessibility", "/staff/sign-in"]

# Pages reached by a search rather than a link, for the roles that may search.
SEARCHED = ["/staff/residents?q=smith", "/staff/residents?q=WV1"]
TAKING = ["/staff/contacts/new?find=noise", "/staff/contacts/new?q=jones"]
START_PATHS = {
    "admin": SEARCHED, "programme-manager": SEARCHED, "auditor": SEARCHED,
    "front-office": SEARCHED + TAKING, "back-office": SEARCHED + TAKING,
}


def test_public_pages(page, server_url):
    # A request FixMyStreet sent, so that its tracking page is checked too.
    reference = page.request.get(server_url + "/open311/v2/requests.json?jurisdiction_id=wyvern-vale").json()[0]["service_request_id"]
    problems, checked = crawl(page, server_url, PUBLIC_PAGES + ["/requests/" + reference], signed_in=False, label="signed out",
                              follow=lambda path: not path.startswith("/staff"))
    print(f"signed out: checked {checked} pages")  # shown with -s or -rP
    assert checked >= len(PUBLIC_PAGES), f"only {checked} public pages were HTML"
    if problems:
        pytest.fail(report("signed out", problems, checked, server_url), pytrace=False)


@pytest.mark.parametrize("role", ACCOUNTS)
def test_staff_pages(page, server_url, role):
    sign_in(page, ACCOUNTS[role])
    # The sign-in page is checked signed out; signed in it has no Sign out button (or redirects).
    problems, checked = crawl(page, server_url, ["/staff"] + START_PATHS.get(role, []), signed_in=True, label=role,
                              follow=lambda path: path != "/staff/sign-in")
    print(f"{role}: checked {checked} pages")
    if problems:
        pytest.fail(report(role, problems, checked, server_url), pytrace=False)


def test_tracking_lookup_error(page, server_url):
    page.goto("/requests?reference=pothole")
    assert page.title().startswith("Error: "), page.title()
    problems = check_page(page, signed_in=False)
    if problems:
        pytest.fail(report("tracking lookup error state", {page.url: problems}, 1, server_url), pytrace=False)


def _submit_sign_in(page, email, password):
    page.goto("/staff/sign-in")
    form = page.locator("form:has(input[name=email])")
    # Reach the server's error summary even if the fields carry `required`.
    form.evaluate("form => { form.noValidate = true }")
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in", exact=True).click()


@pytest.mark.parametrize("email, password", [
    ("", ""),
    (ACCOUNTS["admin"], "not-the-password"),
], ids=["empty-fields", "wrong-password"])
def test_sign_in_errors(page, server_url, email, password):
    _submit_sign_in(page, email, password)
    assert path_of(page.url) == "/staff/sign-in", f"a failed sign-in went to {page.url}"
    assert page.get_by_role("button", name="Sign out").count() == 0, "a failed sign-in signed in"
    problems = check_page(page, signed_in=False)
    if problems:
        pytest.fail(report("sign-in error state", {page.url: problems}, 1, server_url), pytrace=False)


# Reports the elements that stick out, so a failure says where to look.
OVERFLOW_JS = """() => [...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .slice(0, 5)
  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
       + [...e.classList].map((c) => '.' + c).join(''))"""


@pytest.mark.parametrize("path, role", [
    ("/", None), ("/accessibility", None), ("/requests", None), ("/services", None), ("/services/report-a-pothole", None),
    ("/services/report-a-pothole/request/questions/depth", None), ("/partners", None), ("/privacy", None), ("/staff/sign-in", None), ("/staff", "admin"),
    ("/staff/catalogue", "programme-manager"), ("/staff/performance", "programme-manager"),
    ("/staff/statements", "programme-manager"), ("/staff/national", "central-reviewer"),
    ("/staff/contacts/new?find=noise", "front-office"), ("/staff/queue", "back-office"), ("/staff/compliance", "auditor"),
    ("/staff/take-up", "auditor"),
])
def test_reflow_at_320px(new_page, path, role):
    page = new_page(width=320, height=800)
    if role:
        sign_in(page, ACCOUNTS[role])
    page.goto(path)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, (f"{path} scrolls sideways at 320 px: scrollWidth {scroll_width}; "
                                 f"overflowing: {page.evaluate(OVERFLOW_JS)}")
