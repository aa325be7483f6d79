"""Charts as Chromium draws them: no two labels of the trajectory overlap, wide or at 320 px."""

import pytest

from support import ACCOUNTS, running_guildhall, sign_in


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    """A demo council of its own, since other journeys add milestones that move the range."""
    with running_guildhall(tmp_path_factory.mktemp("charts")) as (url, _):
        yield url

BOXES = """() => [...document.querySelectorAll('svg[aria-labelledby^="chart-trajectory"] text')].map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
})"""


def overlapping(boxes):
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]:
                pairs.append((a["text"], b["text"]))
    return pairs


@pytest.mark.parametrize("width", [1280, 320])
def test_no_two_labels_of_the_trajectory_overlap(browser, demo_url, width):
    context = browser.new_context(base_url=demo_url, locale="en-GB", viewport={"width": width, "height": 900})
    page = context.new_page()
    sign_in(page, ACCOUNTS["programme-manager"])
    page.goto("/staff/performance")
    boxes = page.evaluate(BOXES)
    labels = [box["text"] for box in boxes]
    assert "Today" in labels
    assert sum(1 for label in labels if label[-4:].isdigit() and label[:3].isalpha()) >= 3, labels
    assert overlapping(boxes) == []
    context.close()
