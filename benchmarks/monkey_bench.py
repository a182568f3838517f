"""A day of use: random taps, keys and resets on the real kiosk window, and its memory.

    python -m benchmarks.monkey_bench [--actions 10000] [--warm-up 1000] [--procedures 0] [--seed 7]

DESIGN.md section 7: at most 5 % growth of resident memory over 10,000 random actions on the real
window after warm-up. Unlike memory_bench.py, which follows a resident's usual path, the monkey
taps whatever is on screen (tiles, cards, buttons, ticks, the language bar, Back and Home, the
"still there?" overlay), types on the keyboard, switches languages, and now and then lets the idle
reset run, so paths nobody scripted are walked too. The warm-up is a tour of every screen in every
language with a handout printed, then random actions: memory is measured from there on. Elevated modes are left out (their PIN pad is
behind the secret gesture). Printing goes to a PDF file in a temporary folder, never to a printer.

``--procedures 0`` (the default) uses the starter catalogue, the one residents see; a number uses
the synthetic catalogue of that size. Runs offscreen; prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.memory_bench import PREPARE, rss_mb  # noqa: E402

TARGET_GROWTH = 0.05
#: Keys a resident can press on a USB keyboard left on the terminal, or the virtual keyboard sends.
KEYS = ("A", "E", "1", "Space", "Backspace", "Return", "Escape", "Tab", "Left", "Right", "Up", "Down",
        "PgDown", "Menu", "F11")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--warm-up", type=int, default=1_000)
    parser.add_argument("--procedures", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QThreadPool
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

    from kiosk.catalogue import categories as catalogue_categories
    from kiosk.context import open_context
    from ui.app import create_application
    from ui.services import Services
    from ui.widgets.card import Card
    from ui.window import KioskWindow

    folder = Path(tempfile.mkdtemp(prefix="kiosk-monkey-bench-"))
    if args.procedures:
        subprocess.run([sys.executable, "-c", PREPARE, str(folder), str(args.procedures)], cwd=ROOT, check=True)
    context = open_context(folder / "home")
    from ui.printing import PdfPrinter
    from ui.screens import takeaway

    takeaway.configured_printer = lambda db: PdfPrinter(folder / "handout.pdf")  # never a real printer

    app = create_application()
    window = KioskWindow(Services.from_context(context, speech_engine=None))
    window.resize(1920, 1080)
    window.show()
    QApplication.instance().installEventFilter(window.guard)  # as start_services() does
    pool = QThreadPool.globalInstance()
    rng = random.Random(args.seed)
    languages = [language.code for language in window.services.languages]
    categories = [card.slug for card in catalogue_categories(context.db, "fr")]
    counts: dict[str, int] = {}

    def settle() -> None:
        for _ in range(2):
            pool.waitForDone()
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def tappable() -> list[QWidget]:
        """What a finger could hit now: visible, enabled buttons and cards of the window's widgets."""
        found = []
        for widget in window.findChildren(QWidget):
            if isinstance(widget, (QAbstractButton, Card)) and widget.isVisible() and widget.isEnabled():
                found.append(widget)
        return found

    def act() -> str:
        roll = rng.random()
        if roll < 0.70:
            targets = tappable()
            if targets:
                target = rng.choice(targets)
                QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 QPoint(target.width() // 2, target.height() // 2))
                return "tap"
        if roll < 0.85:
            focus = QApplication.focusWidget() or window
            key = QKeySequence.fromString(rng.choice(KEYS))[0].key()
            QTest.keyClick(focus, key)
            return "key"
        if roll < 0.93:
            window.set_language(rng.choice(languages))
            return "language"
        if roll < 0.97:
            window.go_back()
            return "back"
        window.reset_session()
        return "reset"

    def tour() -> None:
        """Every screen once in every language, a handout printed: the caches a day fills (glyphs of
        five scripts, pictograms at their sizes, the PDF writer's fonts) are full before measuring."""
        with context.db.read() as connection:
            procedures = [row[0] for row in connection.execute("SELECT slug FROM procedures LIMIT 40")]
            documents = [row[0] for row in connection.execute("SELECT slug FROM documents LIMIT 60")]
        for lang in languages:
            window.set_language(lang)
            for name, argument in ([("home", None), ("search", None), ("partners", None), ("help", None)]
                                   + [("category", slug) for slug in categories]
                                   + [(screen, slug) for slug in procedures for screen in ("procedure", "guide", "takeaway")]
                                   + [("document", slug) for slug in documents]):
                window.open_screen(name, argument)
                settle()
                if name == "takeaway" and argument == procedures[0]:
                    window.screen("takeaway").print_list()
                    settle()
                window.grab()
            window.reset_session()
            settle()

    def run(n: int) -> None:
        for index in range(n):
            kind = act()
            counts[kind] = counts.get(kind, 0) + 1
            settle()
            if window.services.mode != "resident":  # never stay elevated
                window.reset_session()
            if index % 50 == 0:
                window.grab()  # paint, as the screen would

    started = time.perf_counter()
    tour()
    run(args.warm_up)
    window.reset_session()
    settle()
    gc.collect()
    warm = rss_mb()
    marks = []
    step = max(1, args.actions // 10)
    done = 0
    while done < args.actions:
        run(min(step, args.actions - done))
        done += min(step, args.actions - done)
        window.reset_session()
        settle()
        gc.collect()
        marks.append((done, rss_mb()))
    window.services.flush_statistics()
    final = marks[-1][1]
    elapsed = time.perf_counter() - started
    growth = (final - warm) / warm
    catalogue = f"synthetic, {args.procedures} procedures" if args.procedures else "starter"
    print(f"catalogue: {catalogue}; a tour of every screen in every language and {args.warm_up} warm-up actions, then {args.actions} random actions "
          f"in {elapsed:.0f} s ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    print(f"resident memory after warm-up  {warm:6.1f} MB")
    print("  " + "   ".join(f"{n}: {mb:.1f}" for n, mb in marks))
    print(f"resident memory at the end     {final:6.1f} MB   growth {growth:+.1%}   target <= "
          f"{TARGET_GROWTH:.0%}  {'ok' if growth <= TARGET_GROWTH else 'OVER'}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash freeing widgets at exit


if __name__ == "__main__":
    main()
