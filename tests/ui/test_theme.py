"""The theme's colours meet the contrast DESIGN.md section 5 asks for."""

import pytest

from ui import theme


@pytest.mark.parametrize("text, background", theme.TEXT_PAIRS)
def test_text_contrast_at_least_7_to_1(text, background):
    assert theme.contrast(theme.COLOURS[text], theme.COLOURS[background]) >= 7


@pytest.mark.parametrize("border, background", theme.BORDER_PAIRS)
def test_control_borders_at_least_3_to_1(border, background):
    assert theme.contrast(theme.COLOURS[border], theme.COLOURS[background]) >= 3


def test_contrast_formula():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert theme.contrast("#777777", "#777777") == pytest.approx(1)


def test_stylesheet_fills_every_name():
    sheet = theme.stylesheet()
    assert "$" not in sheet and theme.COLOURS["bar"] in sheet
