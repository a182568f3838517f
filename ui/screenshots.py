"""``kiosk screenshots``: every screen, in each language and screen size, rendered to PNG files
without a display, and optionally checked for layout problems (``ui.layout_check``).

Each size is a screen of Qt's offscreen platform, side by side in one virtual desktop; the kiosk
window moves from one to the next and fits each as it does on a terminal (``ui.fullscreen``).
A size ``WxH@R`` is a screen of W x H device pixels at device pixel ratio R: the window is
W/R x H/R in Qt's logical pixels and its pictures are drawn R times finer, as on a 4K screen
set to 200 % (``3840x2160@2``).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.context import Context

#: (file name, screen, argument), in the order a resident meets them.
SHOTS = [
    ("home", "home", None),
    ("category", "category", "health"),
    ("procedure", "procedure", "complementaire-sante-solidaire"),
    ("eligibility", "eligibility", "complementaire-sante-solidaire"),
    ("document", "document", "proof-of-address"),
    ("glossary", "glossary", "caf"),
    ("guide", "guide", "complementaire-sante-solidaire"),
    ("takeaway", "takeaway", "complementaire-sante-solidaire"),
    ("partners", "partners", None),
    ("help", "help", None),
    ("digital", "digital", None),
    ("search", "search", None),
]
_SIZE = re.compile(r"^(\d{3,5})x(\d{3,5})(?:@([12](?:\.\d{1,2})?))?$")


@dataclass(frozen=True)
class ScreenSize:
    """A terminal's screen: ``width`` x ``height`` device pixels at ``ratio`` device pixels a pixel."""

    width: int
    height: int
    ratio: float = 1.0

    @classmethod
    def parse(cls, text: str) -> ScreenSize:
        """``1366x768`` or ``3840x2160@2``; ValueError with a plain sentence otherwise."""
        match = _SIZE.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a screen size: write it as 1366x768, or 3840x2160@2 "
                             "for a device pixel ratio of 2.")
        size = cls(int(match[1]), int(match[2]), float(match[3] or 1))
        if not (320 <= size.width / size.ratio <= 8192 and 320 <= size.height / size.ratio <= 8192):
            raise ValueError(f"{text!r} is not a screen size a kiosk can have (320 to 8192 pixels a side).")
        return size

    @property
    def label(self) -> str:
        ratio = "" if self.ratio == 1 else f"@{self.ratio:g}"
        return f"{self.width}x{self.height}{ratio}"

    def logical(self) -> tuple[int, int]:
        return round(self.width / self.ratio), round(self.height / self.ratio)


DEFAULT_SIZE = ScreenSize(1920, 1080)


def _offscreen_config(sizes: list[ScreenSize]) -> Path:
    """A configuration of Qt's offscreen platform with one screen per size, left to right, in
    device pixels; ``_scale_factors`` gives each its device pixel ratio."""
    screens, x = [], 0
    for index, size in enumerate(sizes):
        screens.append({"name": f"screen{index}", "x": x, "y": 0, "width": size.width, "height": size.height,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
        x += size.width
    handle, name = tempfile.mkstemp(prefix="kiosk-screens-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump({"screens": screens}, file)
    return Path(name)


def _scale_factors(sizes: list[ScreenSize]) -> str:
    """QT_SCREEN_SCALE_FACTORS for those screens: Qt then lays each out in logical pixels
    (W/R x H/R) and paints it R times finer, as on a real high-density screen. (The offscreen
    platform's own "dpr" setting changes what the screen reports, not how windows paint.)"""
    return ";".join(f"screen{index}={size.ratio:g}" for index, size in enumerate(sizes))


def render_screenshots(context: Context, out: Path, languages: list[str] | None = None,
                       sizes: list[ScreenSize] | None = None, *,
                       problems: list[str] | None = None, desk: bool = False) -> list[Path]:
    """Render every screen in each of ``languages`` (default: all the catalogue offers) at each
    of ``sizes`` into ``out``; returns the files written.

    With ``desk``, the window is a front desk's (``kiosk desk``, ui.desk): a window of each size,
    the French beside the other languages, files named ``desk-procedure-ar-1366x768.png``.

    Without ``sizes``: 1920x1080, files named ``screen-lang.png``; with them, every file name
    ends with the size (``home-ar-1366x768.png``). When ``problems`` is a list, the layout of
    every screen is checked and what is wrong is appended to it, one sentence each.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        raise RuntimeError("render_screenshots makes its own QApplication: call it in a process without one")
    named_by_size = sizes is not None
    sizes = sizes or [DEFAULT_SIZE]
    config = _offscreen_config(sizes)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCREEN_SCALE_FACTORS"] = _scale_factors(sizes)
    try:
        return _render(context, out, languages, sizes, named_by_size, problems, desk)
    finally:
        config.unlink(missing_ok=True)


def _quiet_offscreen(mode, context, message: str) -> None:
    """Qt's messages, less the offscreen platform's note that it has no window manager to tell
    a fixed window size to (every window it shows, so it says nothing)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _render(context, out, languages, sizes, named_by_size, problems, desk) -> list[Path]:
    from PySide6.QtCore import QSize, QThreadPool, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.layout_check import problems as layout_problems
    from ui.services import Services
    from ui.window import KioskWindow

    qInstallMessageHandler(_quiet_offscreen)
    app = create_application(fit_screen=not desk, virtual_keyboard=not desk)
    services = Services.from_context(context, speech_engine="mock", desk=desk)
    offered = [language.code for language in services.languages]
    languages = languages or offered
    window = KioskWindow(services)
    if desk:
        window.show_in_window(QSize(*sizes[0].logical()))
    else:
        window.show_on_screen()

    def settle() -> None:
        for _ in range(4):  # screens load off the UI thread, then lay themselves out
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    out.mkdir(parents=True, exist_ok=True)
    written = []
    prefix = "desk-" if desk else ""
    for size, screen in zip(sizes, app.screens()):
        window.windowHandle().setScreen(screen)
        if desk:  # a window of that size on that screen, the look sized for it
            window.setGeometry(screen.geometry().x(), screen.geometry().y(), *size.logical())
            window.window_fit().fit()
        settle()
        suffix = f"-{size.label}" if named_by_size else ""
        for lang in languages:
            window.set_language(lang)
            for name, screen_name, argument in SHOTS:
                if screen_name not in window.screen_names():
                    continue
                window.open_screen(screen_name, argument)
                if screen_name == "search":
                    window.screen("search").field.setText("caf")
                settle()
                path = out / f"{prefix}{name}-{lang}{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
                if problems is not None:
                    problems += [f"{path.stem}: {problem}"
                                 for problem in layout_problems(window, fills_screen=not desk)]
            if len(offered) > len(window.bar_languages()):  # the "more languages" panel, over home
                window.go_home()
                window.open_languages()
                settle()
                path = out / f"languages-{lang}{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
                if problems is not None:  # the panel alone: it covers the screen beneath on purpose
                    panel = window.language_panel()
                    problems += [f"{path.stem}: {problem}" for problem in layout_problems(panel, fills_screen=False)]
                window.close_languages()
            window.go_home()
    window.closing_allowed = True
    window.close()
    QApplication.processEvents()
    return written
