"""The kiosk's look: one palette, one stylesheet (``assets/theme.qss``), sizes for touch.

The stylesheet names colours as ``$name``; they are filled in from ``COLOURS`` so that
tests/ui/test_theme.py can check every text/background pair's contrast from the same values.
"""

from __future__ import annotations

import re
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

#: Sizes at 1920x1080 (or 1080x1920), in pixels; other screens scale them (``scale_for``).
BODY_PX = 24
TITLE_PX = 40
TAP_MIN = 48
TAP_PRIMARY = 64
#: The smallest scale: text stays readable (body 20 px) on a 1280x720 screen.
MIN_SCALE = 0.82
#: The designed screen, landscape: (long side, short side).
DESIGN_SIDES = (1920, 1080)

_PX = re.compile(r"(?<![\w$.])(\d+)px")


def scale_for(width: int, height: int) -> float:
    """How much bigger or smaller than at 1920x1080 sizes are on a ``width`` x ``height`` screen.

    Portrait screens count as their landscape counterpart (1080x1920 is 1.0), so that a tall
    screen keeps the text of a wide one. Never below ``MIN_SCALE``: small screens scroll more
    rather than shrink text under what residents who read poorly can read.
    """
    long_side, short_side = max(width, height), min(width, height)
    return max(MIN_SCALE, min(long_side / DESIGN_SIDES[0], short_side / DESIGN_SIDES[1]))


def scaled(px: int, scale: float) -> int:
    """``px`` (a size at 1920x1080) on a screen of ``scale``; at least 1 pixel."""
    return max(1, round(px * scale))


def tap_sizes(scale: float) -> tuple[int, int]:
    """(tap target, primary tap target) heights: scaled, never under DESIGN.md's 48 and 64 px."""
    return max(TAP_MIN, scaled(TAP_MIN, scale)), max(TAP_PRIMARY, scaled(TAP_PRIMARY, scale))


def stylesheet(scale: float = 1.0) -> str:
    """The stylesheet with every colour filled in, and every size scaled by ``scale``."""
    template = Template(resource("assets", "theme.qss").read_text(encoding="utf-8"))
    if scale != 1.0:  # every literal "NNpx" of the file, so no size is forgotten
        template = Template(_PX.sub(lambda m: f"{scaled(int(m.group(1)), scale)}px", template.template))
    tap_min, tap_primary = tap_sizes(scale)
    return template.substitute(COLOURS, body_px=scaled(BODY_PX, scale), title_px=scaled(TITLE_PX, scale),
                               tap_min=tap_min, tap_primary=tap_primary,
                               pictograms=resource("assets", "pictograms").as_posix())


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
