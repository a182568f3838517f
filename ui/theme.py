"""The kiosk's look: one palette, one stylesheet (``assets/theme.qss``), sizes for touch.

The stylesheet names colours as ``$name``; they are filled in from ``COLOURS`` so that
tests/ui/test_theme.py can check every text/background pair's contrast from the same values.
"""

from __future__ import annotations

from string import Template

from kiosk.paths import resource

COLOURS = {
    "bar": "#0B3D91",          # deep blue top bar and primary buttons
    "bar_text": "#FFFFFF",
    "page": "#FFFFFF",
    "ink": "#0F1E36",          # body text
    "muted": "#33415C",        # secondary text, still 7:1 on the page
    "tile": "#EEF3FB",
    "tile_pressed": "#D6E2F5",
    "border": "#5E7396",       # control borders, 3:1 at least
    "help": "#FFD23F",         # the yellow "need help?" button
    "help_text": "#0F1E36",
    "notice": "#FFF4CC",       # announcement band
    "notice_text": "#3D2B00",
    "notice_edge": "#8A5A00",
    "focus": "#B45309",        # keyboard focus ring
    "warning": "#FDE2E1",
    "warning_text": "#6B0F0A",
    "card": "#F6F8FC",         # partner cards
    "card_edge": "#C9D4E5",
    "open": "#DDF3E4",         # "open now"
    "open_text": "#0B4F1F",
}

#: (text, background) pairs that appear on screen; each must reach 7:1.
TEXT_PAIRS = [
    ("bar_text", "bar"), ("ink", "page"), ("muted", "page"), ("ink", "tile"), ("ink", "tile_pressed"),
    ("help_text", "help"), ("notice_text", "notice"), ("bar", "page"), ("warning_text", "warning"),
    ("ink", "card"), ("muted", "card"), ("open_text", "open"),
]
#: (border, background) pairs of controls; each must reach 3:1.
BORDER_PAIRS = [("border", "page"), ("border", "tile"), ("focus", "page"), ("notice_edge", "notice")]

#: Sizes at 1920x1080, in pixels.
BODY_PX = 24
TITLE_PX = 40
TAP_MIN = 48
TAP_PRIMARY = 64


def stylesheet() -> str:
    template = Template(resource("assets", "theme.qss").read_text(encoding="utf-8"))
    return template.substitute(COLOURS, body_px=BODY_PX, title_px=TITLE_PX,
                               tap_min=TAP_MIN, tap_primary=TAP_PRIMARY,
                               pictograms=resource("assets", "pictograms").as_posix())


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
