"""What residents are sent: a case closed on the staff pages sends its resident the one question
"were you satisfied?", which they answer with the keyboard alone; and the administrator's
outbox and Notify pages. Every page is checked with axe-core."""

import json
import re
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from support import ACCOUNTS, check_page, guildhall_binary, report, running_guildhall, sign_in


def command(workdir, *arguments):
    env = {"PATH": "/usr/bin:/bin", "GUILDHALL_SQLITE_PATH": str(workdir / "guildhall.sqlite")}
    return subprocess.run([str(guildhall_binary()), *arguments], cwd=workdir, env=env, capture_output=True, text=True,
                          timeout=120, check=True).stdout.strip()


def report_pothole(url, key):
    body = urllib.parse.urlencode({
        "jurisdiction_id": "wyvern-vale", "api_key": key, "service_code": "report-a-pothole", "attribute[depth]": "deep",
        "attribute[where]": "carriageway", "first_name": "Jane", "last_name": "Public", "email": "jane@example.org",
        "lat": "52.586214", "long": "-2.129821", "description": "title: Pothole outside the library",
    }).encode()
    with urllib.request.urlopen(urllib.request.Request(url + "/open311/v2/requests.json", data=body), timeout=30) as answer:
        return json.loads(answer.read())[0]["service_request_id"]


def assert_accessible(page, label, signed_in, url):
    problems = check_page(page, signed_in=signed_in)
    if problems:
        pytest.fail(report(label, {page.url: problems}, 1, url), pytrace=False)


def test_closing_a_case_asks_the_resident_one_question(browser, tmp_path):
    with running_guildhall(tmp_path) as (url, log_path):
        def new_page():
            return browser.new_context(base_url=url, locale="en-GB", viewport={"width": 1280, "height": 900}).new_page()

        key = command(tmp_path, "open311", "key", "add", "--org", "wyvern-vale", "--name", "Journeys")
        reference = report_pothole(url, key)

        staff = new_page()
        sign_in(staff, ACCOUNTS["front-office"])
        staff.goto(f"{url}/staff/cases/{reference}")
        assert "The resident is told of progress by email to jane@example.org." in staff.content()
        staff.get_by_label("Status", exact=True).select_option("fixed")
        staff.get_by_label("Update for the resident (optional)", exact=True).fill("We filled it in this morning.")
        with staff.expect_navigation():
            staff.get_by_role("button", name="Save update", exact=True).click()

        # Without Notify the messages are written to the log, link and all.
        pattern = re.compile(f"https?://[^/ ]+(/requests/{reference}/satisfaction/[A-Za-z0-9_-]+)")
        deadline, found = time.monotonic() + 20, None
        while time.monotonic() < deadline and not found:
            found = pattern.search(log_path.read_text(errors="replace"))
            time.sleep(0.2)
        assert found, "the closing message, with its question, was not written to the log"

        resident = new_page()
        resident.goto(url + found.group(1))
        assert_accessible(resident, "the closing question", False, url)
        resident.keyboard.press("Tab")  # the skip link
        while resident.evaluate("document.activeElement.value") != "yes":
            resident.keyboard.press("Tab")
        resident.keyboard.press("Space")
        resident.keyboard.press("Tab")  # out of the radio group, which is one stop
        assert resident.evaluate("document.activeElement.textContent") == "Send your answer"
        with resident.expect_navigation():
            resident.keyboard.press("Enter")
        assert "Thank you" in resident.content(), resident.title()
        assert_accessible(resident, "thanks for answering", False, url)

        admin = new_page()
        sign_in(admin, ACCOUNTS["admin"])
        for path in ["/staff/admin/outbox", "/staff/admin/outbox?status=sent", "/staff/admin/notify"]:
            admin.goto(url + path)
            assert_accessible(admin, path, True, url)
        admin.goto(url + "/staff/admin/outbox")
        assert reference in admin.content() and "Written to the log" in admin.content()
