"""The admin screen's bar chart shows disclosed figures only (issue 13, item 3).

A count below 5 is written "<5" with no bar: a bar drawn to its true length gave it away. Other
counts are rounded to base 5, their bars drawn to the rounded length: 10, 11 and 12 look the same.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui import theme
from ui.widgets.bar_chart import ROW, BarChart


def bar_lengths(chart: BarChart) -> list[int]:
    """How many pixels of the bar colour each row has on its middle line."""
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    bar = QColor(theme.COLOURS["bar"]).rgb()
    lengths = []
    for index in range(len(chart.rows())):
        y = int((index * ROW + ROW / 2) * ratio)
        lengths.append(sum(1 for x in range(image.width()) if image.pixel(x, y) == bar))
    return lengths


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_masked_counts_have_no_bar_and_others_their_rounded_length(qtbot, direction):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(800, 7 * ROW)
    chart.set_rows([("one", 1), ("four", 4), ("ten", 10), ("eleven", 11), ("twelve", 12), ("twenty", 20),
                    ("none", 0)])
    one, four, ten, eleven, twelve, twenty, none = bar_lengths(chart)
    assert one == four == none == 0
    assert ten == eleven == twelve > 0
    assert abs(twenty - 2 * ten) <= 2
    # Neither what it reads aloud nor what it keeps holds an exact count.
    assert chart.accessibleName() == "one: <5; four: <5; ten: 10; eleven: 10; twelve: 10; twenty: 20; none: <5"
    assert [shown for _, shown in chart.rows()] == [None, None, 10, 10, 10, 20, None]


def test_a_chart_of_masked_counts_only_draws_no_bar(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(800, 2 * ROW)
    chart.set_rows([("started", 3), ("finished", 1)])
    assert bar_lengths(chart) == [0, 0]
