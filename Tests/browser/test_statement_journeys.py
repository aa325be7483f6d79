"""Journeys through the statement that only a form submission reaches, audited with axe-core at
each step; the print-ready documents on A4; and commenting with the keyboard alone."""

import re

import pytest

from support import ACCOUNTS, AXE, AXE_OPTIONS, check_page, path_of, report, sign_in
from test_keyboard import IS_BUTTON, IS_NAMED, assert_focus_visible, tab_until

# A4 is 210 mm × 297 mm: 595.28 × 841.89 points.
A4_POINTS = (595.28, 841.89)


def audit(page, server_url, label):
    problems = check_page(page, signed_in=True)
    if problems:
        pytest.fail(report(label, {page.url: problems}, 1, server_url), pytrace=False)


def open_statement(page):
    page.goto("/staff/statements")
    with page.expect_navigation():
        page.get_by_role("link", name="2003").click()
    assert path_of(page.url).startswith("/staff/statements/")
    return path_of(page.url)


def test_section_errors_are_shown_then_fixed(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    statement = open_statement(page)
    page.goto(f"{statement}/sections/resources")
    page.get_by_label("Financial year, row 1").fill("2003")
    page.get_by_label("Capital (£), row 1").fill("lots")
    page.get_by_label("Revenue (£), row 1").fill("120,000")
    page.get_by_label("Grant received (£), row 1").fill("£200,000")
    with page.expect_navigation():
        page.get_by_role("button", name="Save section").click()
    assert page.title().startswith("Error: ")
    assert page.get_by_role("link", name="Must be a whole number").count() == 1
    assert page.get_by_role("link", name="Enter a financial year like 2003/04").count() == 1
    assert page.get_by_label("Revenue (£), row 1").input_value() == "120,000", "what was typed is kept"
    audit(page, server_url, "section with errors")

    page.get_by_label("Financial year, row 1").fill("2003/04")
    page.get_by_label("Capital (£), row 1").fill("250000")
    with page.expect_navigation():
        page.get_by_role("button", name="Save section").click()
    assert page.get_by_text("Resources and expenditure saved as revision 1").count() == 1
    assert page.get_by_role("cell", name="£250,000").count() == 1
    audit(page, server_url, "section saved")


def test_refused_submission_and_decision_errors(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    statement = open_statement(page)
    page.get_by_role("link", name="Submit the final statement").click()
    assert page.get_by_role("heading", name="The statement cannot be submitted yet").count() == 1
    assert page.get_by_text("Full Council has not approved the statement").count() == 1
    audit(page, server_url, "submission refused")

    page.goto(f"{statement}/decisions")
    page.get_by_label("Approved with amendments").check()
    page.get_by_label("Date of the decision").fill("2003-11-20")
    page.get_by_label("Minute reference").fill("C/200")
    with page.expect_navigation():
        page.get_by_role("button", name="Record decision").click()
    assert page.get_by_role("link", name="Name the officer delegated to make the amendments").count() == 1
    audit(page, server_url, "decision with errors")


def assert_prints_on_a4(page, label):
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = {tuple(round(float(n), 1) for n in box.split()[2:4])
             for box in re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", pdf) for box in [box.decode()]}
    assert boxes, f"{label}: the PDF has no page sizes"
    for width, height in boxes:
        assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1, f"{label} printed on {width} × {height} pt, not A4"
    page.emulate_media(media="screen")


def audit_document(page, server_url, label):
    violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
    problems = [f"axe {v['id']} ({v['impact']}): {v['help']}" for v in violations]
    if page.locator("h1").count() != 1:
        problems.append("expected exactly one <h1>")
    if page.evaluate("document.documentElement.lang") != "en-GB":
        problems.append('<html lang> is not "en-GB"')
    if problems:
        pytest.fail(report(label, {page.url: problems}, 1, server_url), pytrace=False)


def test_print_preview_is_accessible_and_a4(page, server_url):
    sign_in(page, ACCOUNTS["programme-manager"])
    open_statement(page)
    with page.expect_navigation():
        page.get_by_role("link", name="Preview and print the statement as it stands").click()
    assert page.get_by_role("heading", name="Implementing Electronic Government Statement 2003", level=1).count() == 1
    audit_document(page, server_url, "print preview")
    assert_prints_on_a4(page, "the print preview")


def test_submitted_document_is_accessible_and_a4(page, server_url):
    sign_in(page, ACCOUNTS["central-reviewer"])
    page.goto("/staff/national")
    with page.expect_navigation():
        page.get_by_role("link", name="Eastbrook Borough Council").click()
    assert page.get_by_text("Satisfactory, releasing a grant of £200,000").count() == 1
    with page.expect_navigation():
        page.get_by_role("link", name="Print-ready document (HTML, A4)").click()
    assert page.get_by_text("Final submission of version 1").count() == 1
    audit_document(page, server_url, "submitted document")
    assert_prints_on_a4(page, "the submitted document")


def test_review_errors(page, server_url):
    sign_in(page, ACCOUNTS["central-reviewer"])
    page.goto("/staff/national?sort=bvpi157&order=descending")
    with page.expect_navigation():
        page.get_by_role("link", name="Northfold District Council").click()
    page.get_by_label("Resubmission needed").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Record review").click()
    assert page.get_by_role("link", name="Give the reasons the statement must be resubmitted").count() == 1
    audit(page, server_url, "review with errors")


def test_committee_member_comments_with_the_keyboard(page, server_url):
    sign_in(page, ACCOUNTS["committee-member"])
    statement = open_statement(page)
    page.goto(f"{statement}/consultations")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"\d+ \w+ \d{4}")).first.click()
    consultation = path_of(page.url)
    page.goto(consultation)
    tab_until(page, IS_NAMED, "section")
    page.keyboard.press("End")  # the last section, Contact
    tab_until(page, IS_NAMED, "text")
    page.keyboard.type("Give a direct line for the contact officer.")
    tab_until(page, IS_BUTTON, "Add comment")
    assert_focus_visible(page, "the Add comment button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page.url) == consultation
    assert page.get_by_text("Comment on Contact recorded").count() == 1
    assert page.get_by_text("Give a direct line for the contact officer.").count() == 1
    audit(page, server_url, "consultation after commenting")


def test_compare_revisions_and_form_errors_are_accessible(page, server_url):
    """Pages reached only through a GET form or a refused POST, which the crawler cannot reach."""
    sign_in(page, ACCOUNTS["programme-manager"])
    statement = open_statement(page)
    page.goto(f"{statement}/sections/risks")
    with page.expect_navigation():
        page.get_by_role("button", name="Compare revisions").click()
    assert page.get_by_role("heading", name="Revision 1 and revision 2").count() == 1
    audit(page, server_url, "revision comparison")

    page.goto("/staff/committees")
    with page.expect_navigation():
        page.get_by_role("button", name="Add body").click()
    assert page.get_by_role("link", name="Enter the committee's name").count() == 1
    audit(page, server_url, "committee with errors")

    page.goto(f"{statement}/consultations")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"Scrutiny panel, ")).click()
    page.get_by_text("Answer the comment from").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Save answer").first.click()
    assert page.get_by_role("link", name="Write the response the consultee will read").count() == 1
    audit(page, server_url, "disposition with errors")
