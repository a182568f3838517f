"""The resident's kiosk on the synthetic 5,000-procedure catalogue: start, screen change, search.

    python benchmarks/ui_bench.py [--procedures 5000] [--rounds 200] [--starts 5]

Each figure is printed beside a floor measured in the same run:
- start to painted home (``kiosk run --exit-when-ready``) beside a bare PySide6 window started and
  painted the same way (target: at most 3x);
- screen change after a tap, until the new screen is filled and painted, beside switching a
  QStackedWidget between two fixed pages (target: p95 under 30 ms);
- search keystroke to results painted beside a keystroke in a bare QLineEdit (target: p95 under 16 ms).
Runs offscreen; prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("bare")
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1920, 1080)
window.show()
app.exec()
"""


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def time_until_ready(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in process.stdout:
        if line.startswith("ready"):
            break
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    return elapsed * 1000


def bench_start(home: Path, starts: int) -> None:
    env = {**os.environ, "KIOSK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    kiosk = [sys.executable, "-m", "kiosk", "run", "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_until_ready(kiosk, env)  # warm the file cache
    ours = [time_until_ready(kiosk, env) for _ in range(starts)]
    floor = [time_until_ready(bare, env) for _ in range(starts)]
    ratio = statistics.median(ours) / statistics.median(floor)
    print(f"start to painted home   kiosk {statistics.median(ours):7.0f} ms   bare window "
          f"{statistics.median(floor):7.0f} ms   ratio {ratio:4.1f}x   target <= 3x  {'ok' if ratio <= 3 else 'OVER'}")


def bench_in_process(context, rounds: int) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QStackedWidget, QWidget

    from kiosk.catalogue import categories
    from ui.app import create_application
    from ui.services import Services
    from ui.window import KioskWindow

    app = create_application()
    window = KioskWindow(Services.from_context(context, speech_engine=None))
    window.resize(1920, 1080)
    window.show()
    pool = QThreadPool.globalInstance()

    def until_filled(screen) -> None:
        filled = []
        screen.content_changed.connect(lambda: filled.append(True))
        while not filled:
            pool.waitForDone(5)
            app.processEvents()
        screen.content_changed.disconnect()
        screen.content_changed.connect(window._refresh_header)
        window.grab()  # a full render of the window, as the floor does

    rng = random.Random(3)
    slugs = [c.slug for c in categories(context.db, "fr")]
    taps = []
    for i in range(rounds):
        name, argument = rng.choice([("category", rng.choice(slugs)),
                                     ("procedure", f"procedure-{rng.randrange(5000)}"),
                                     ("guide", f"procedure-{rng.randrange(5000)}")])
        started = time.perf_counter()
        window.open_screen(name, argument)
        until_filled(window.screen(name))
        taps.append((time.perf_counter() - started) * 1000)

    # The floor: a window of the same size switching between two pages of a dozen styled buttons.
    stack = QStackedWidget()
    for page in range(2):
        grid = QWidget()
        layout = QGridLayout(grid)
        for i in range(12):
            layout.addWidget(QPushButton(f"Page {page} button {i}"), i // 2, i % 2)
        stack.addWidget(grid)
    stack.resize(1920, 1080)
    stack.show()
    floor = []
    for i in range(rounds):
        started = time.perf_counter()
        stack.setCurrentIndex(i % 2)
        stack.grab()
        floor.append((time.perf_counter() - started) * 1000)
    print(f"screen change after tap kiosk p50 {p(taps, 50):5.1f} ms p95 {p(taps, 95):5.1f} ms   "
          f"floor p95 {p(floor, 95):5.2f} ms   target p95 < 30 ms  {'ok' if p(taps, 95) < 30 else 'OVER'}")

    window.open_screen("search", None)
    search = window.screen("search")
    words = ["d", "de", "dem", "dema", "deman", "demand", "demande", "a", "ai", "aid", "aide", "l", "lo", "log"]
    keystrokes = []
    for i in range(rounds):
        started = time.perf_counter()
        search.field.setText(words[i % len(words)])
        until_filled(search)
        keystrokes.append((time.perf_counter() - started) * 1000)
    # The floor: a keystroke in a bare field of a window of the same size, repainted whole.
    page = QWidget()
    field = QLineEdit(page)
    field.resize(800, 80)
    page.resize(1920, 1080)
    page.show()
    bare = []
    for i in range(rounds):
        started = time.perf_counter()
        field.setText(words[i % len(words)])
        page.grab()
        bare.append((time.perf_counter() - started) * 1000)
    print(f"search keystroke->paint kiosk p50 {p(keystrokes, 50):5.1f} ms p95 {p(keystrokes, 95):5.1f} ms   "
          f"floor p95 {p(bare, 95):5.2f} ms   target p95 < 16 ms  {'ok' if p(keystrokes, 95) < 16 else 'OVER'}")
    window.close()
    QApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()

    from benchmarks.synthetic import write
    from kiosk.context import open_context

    folder = Path(tempfile.mkdtemp(prefix="kiosk-ui-bench-"))
    starter = write(folder / "synthetic.json", args.procedures)
    context = open_context(folder / "home", starter=starter)
    print(f"synthetic catalogue: {args.procedures} procedures in 5 languages")
    bench_start(folder / "home", args.starts)
    bench_in_process(context, args.rounds)
    context.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash freeing widgets at exit


if __name__ == "__main__":
    main()
