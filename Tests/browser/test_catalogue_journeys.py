"""Journeys through the catalogue and performance pages that only a form submission reaches,
audited with axe-core at each step: error states, the import preview, LGSL suggestions."""

import pytest

from support import ACCOUNTS, check_page, path_of, report, sign_in

BAD_FILE = b"service,division,interaction,applicable\nParks,Leisure,11,yes\nParks,Leisure,1,maybe\n"
GOOD_FILE = (b"service,division,interaction,applicable,channels,e_enabled_on\r\n"
             b"Riverside moorings,Leisure and Culture,7,yes,web,2003-06-01\r\n"
             b"Riverside moorings,Leisure and Culture,8,yes,telephone,\r\n")


def audit(page, server_url, label):
    problems = check_page(page, signed_in=True)
    if problems:
        pytest.fail(report(label, {page.url: problems}, 1, server_url), pytrace=False)


def upload(page, name, contents):
    page.goto("/staff/catalogue/import")
    page.get_by_label("Catalogue file").set_input_files({"name": name, "mimeType": "text/csv", "buffer": contents})
    with page.expect_navigation():
        page.get_by_role("button", name="Check the file").click()


def test_import_is_checked_previewed_and_confirmed(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    upload(page, "bad.csv", BAD_FILE)
    assert page.get_by_text("“11” is not an interaction type").count() == 1
    assert page.title().startswith("Error: ")
    audit(page, server_url, "import with problems")

    upload(page, "moorings.csv", GOOD_FILE)
    assert path_of(page.url).startswith("/staff/catalogue/import/")
    assert page.get_by_role("heading", name="Check the import").count() == 1
    audit(page, server_url, "import preview")
    with page.expect_navigation():
        page.get_by_role("button", name="Import the file").click()
    assert path_of(page.url) == "/staff/catalogue"
    assert page.get_by_text("Imported moorings.csv: 2 added").count() == 1
    audit(page, server_url, "catalogue after import")


def test_adding_a_service_suggests_lgsl_matches(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    page.goto("/staff/catalogue/services/new")
    page.get_by_label("Name", exact=True).fill("Free school meals")
    with page.expect_navigation():
        page.get_by_role("button", name="Find LGSL matches for the name").click()
    audit(page, server_url, "service form with suggestions")
    page.get_by_label("4 – Find out about free school meals").check()
    page.get_by_label("Division", exact=True).select_option(label="Customer Services")
    with page.expect_navigation():
        page.get_by_role("button", name="Add service").click()
    assert page.get_by_text("4 – Find out about free school meals (provided by: county/unitary)").count() == 1
    audit(page, server_url, "new service page")


def test_interaction_form_explains_mistakes(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    page.goto("/staff/catalogue?q=noise")
    page.get_by_role("link", name="Noise nuisance").click()
    page.get_by_role("link", name="providing information").first.click()
    page.get_by_label("E-enabled on (optional)").fill("2003-02-30")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    assert page.title().startswith("Error: ")
    audit(page, server_url, "interaction form with an error")


def test_milestone_and_snapshot_forms(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    page.goto("/staff/performance/targets")
    page.get_by_label("Date", exact=True).fill("not a date")
    with page.expect_navigation():
        page.get_by_role("button", name="Add milestone").click()
    assert page.title().startswith("Error: ")
    audit(page, server_url, "milestone form with an error")

    page.goto("/staff/performance")
    with page.expect_navigation():
        page.get_by_role("button", name="Take a snapshot").click()
    assert page.get_by_text("taken").count() >= 1
    audit(page, server_url, "dashboard after a snapshot")
