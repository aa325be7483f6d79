"""Charts as Chromium draws them: no two labels of the trajectory overlap, wide or at 320 px."""

import pytest

from support import ACCOUNTS, sign_in

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
def test_no_two_labels_of_the_trajectory_overlap(new_page, width):
    page = new_page(width=width, height=900)
    sign_in(page, ACCOUNTS["programme-manager"])
    page.goto("/staff/performance")
    boxes = page.evaluate(BOXES)
    labels = [box["text"] for box in boxes]
    assert "Today" in labels
    assert sum(1 for label in labels if label[-4:].isdigit() and label[:3].isalpha()) >= 3, labels
    assert overlapping(boxes) == []
