"""What every screen offers the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.operations import run_in_background
from kiosk.text import FALLBACK_LANGUAGE, Localized
from ui.services import Services
from ui.widgets.labels import directed


#: The left and right margins of a screen's content, as the window's header has them.
SCREEN_MARGIN = 48


class Screen(QWidget):
    """A full screen of the kiosk, shown under the window's bar and header.

    Signals:
        navigate(str, object): open the screen of that name with that argument.
        content_changed(): the screen filled its content (after loading, or in a new language);
            the window refreshes the header's title from ``title()``.
    """

    navigate = Signal(str, object)
    content_changed = Signal()

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = services.default_language
        self._generation = 0

    def title(self) -> str:
        """The header's title for this screen, in the current language."""
        raise NotImplementedError

    def open(self, argument: object, lang: str) -> None:
        """Show ``argument`` (a slug, or None) in ``lang``."""
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        """Fill every text again in ``lang`` (called on a language switch)."""
        raise NotImplementedError

    def spoken_text(self) -> str:
        """What the read-aloud button reads on this screen, whole and once: its title first."""
        return self.title()

    def french_title(self) -> str:
        """The title in French, shown under the header's title at a front desk; "" elsewhere."""
        return ""

    def reset(self) -> None:
        """Forget everything of the resident's session (idle reset). Most screens hold nothing."""

    def is_rtl(self) -> bool:
        return self.services.direction(self.lang) == "rtl"

    def is_portrait(self) -> bool:
        """True on a screen taller than wide: one column (DESIGN.md section 5)."""
        window = self.window()
        return window.height() > window.width()

    def columns_for(self, count: int, widest: int, most: int) -> int:
        """How many columns of ``count`` items fit the screen's width, each at least ``widest``
        pixels at 1920x1080 (scaled with the screen), ``most`` at most."""
        from ui import theme
        from ui.fullscreen import current_scale

        room = self.window().width() - 2 * SCREEN_MARGIN
        return max(1, min(count, most, room // theme.scaled(widest, current_scale())))

    def set_portrait(self, portrait: bool) -> None:
        """Arrange the screen for a portrait (one column) or landscape screen of the window's
        size; the window calls it when its size changes (a new screen), then fills the shown
        screen again. Most screens need nothing."""

    def shown(self, text: Localized) -> str:
        """A catalogue text ready for a label: laid out in the direction of its own language."""
        return directed(text.text, self.services.direction(text.lang) == "rtl")

    def load_in_background(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run ``work`` off the UI thread; ``on_done(result)`` only if no newer load started since.

        A resident tapping quickly, or an idle reset, never sees an older answer arrive last.
        """
        self._generation += 1
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        run_in_background(self, work, done)

    def forget_loads(self) -> None:
        """Drop the answers of loads still running (on reset)."""
        self._generation += 1


class ItemScreen(Screen):
    """A screen about one catalogue item, loaded by its slug off the UI thread into ``view``.

    Subclasses name the core function that loads the item (``loader(db, slug, lang)``, returning
    a view with a ``title`` or None) and fill themselves in ``_show(view)``.
    """

    loader: Callable[..., Any]

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(services, parent)
        self.view: Any = None
        #: The same item in French, shown beside at a front desk (``Services.french_beside``).
        self.french: Any = None
        self._slug: str | None = None

    def title(self) -> str:
        return self.shown(self.view.title) if self.view else ""

    def french_title(self) -> str:
        return self.beside(self.view.title if self.view else None,
                           self.french.title if self.french else None)

    def beside(self, text: Localized | None, french: Localized | None) -> str:
        """The French of ``text`` to show beside it, or "" when French is not shown beside, or
        ``text`` is already in French (French itself, or a translation that fell back to it)."""
        if text is None or french is None or not text.text or text.lang == FALLBACK_LANGUAGE:
            return ""
        return french.text

    def open(self, argument: object, lang: str) -> None:
        self._slug = str(argument)
        self.show_language(lang)

    def show_language(self, lang: str) -> None:
        self.lang = lang
        load, db, slug = type(self).loader, self.services.context.db, self._slug
        beside = self.services.french_beside(lang)

        def work() -> tuple[Any, Any]:
            view = load(db, slug, lang)
            return view, (load(db, slug, FALLBACK_LANGUAGE) if beside and view is not None else None)

        self.load_in_background(work, self._show_with_french)

    def _show_with_french(self, views: tuple[Any, Any]) -> None:
        view, self.french = views
        self._show(view)

    def _show(self, view: Any) -> None:
        raise NotImplementedError
