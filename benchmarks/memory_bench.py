"""The resident's kiosk's memory over 1,000 resident sessions, on the synthetic 5,000-procedure catalogue.

    python -m benchmarks.memory_bench [--procedures 5000] [--sessions 1000]

DESIGN.md section 7: under 250 MB resident, with no growth over 1,000 simulated resident sessions.
A session is what a resident does at the terminal: a language, a category, a procedure with a few
documents ticked, its guide through to the question, the take-away screen with its QR codes,
a search typed word by word, the partners, then the idle reset. The resident memory (VmRSS) is
printed after the first sessions (warm: every screen built, caches filled) and at the end, beside
a bare PySide6 window's, measured in the same run. Runs offscreen; prints figures, asserts nothing.
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
os.environ["QT_QPA_PLATFORM"] = "offscreen"

#: Sessions run before the first measure: every screen built, every cache warm (the glyphs of
#: five scripts, the pictograms at their sizes, the QR code tables, SQLAlchemy's statements).
WARM_UP = 200
TARGET_MB = 250
#: "No growth": what the later sessions may add, beyond noise (allocator pages, fragmentation).
GROWTH_MB = 5

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("bare")
window.resize(1920, 1080)
window.show()
app.processEvents()
window.grab()
print([line.split()[1] for line in open("/proc/self/status") if line.startswith("VmRSS")][0])
"""


PREPARE = """
import sys
from pathlib import Path
from benchmarks.synthetic import write
from kiosk.context import open_context
folder, procedures = Path(sys.argv[1]), int(sys.argv[2])
open_context(folder / "home", starter=write(folder / "synthetic.json", procedures)).close()
"""


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from kiosk.catalogue import categories
    from kiosk.context import open_context
    from ui.app import create_application
    from ui.services import Services
    from ui.window import KioskWindow

    folder = Path(tempfile.mkdtemp(prefix="kiosk-memory-bench-"))
    # The catalogue is loaded by another process, as a sync would: this one is the kiosk alone.
    subprocess.run([sys.executable, "-c", PREPARE, str(folder), str(args.procedures)], cwd=ROOT, check=True)
    context = open_context(folder / "home")
    bare = float(subprocess.run([sys.executable, "-c", BARE_WINDOW], capture_output=True, text=True,
                                env={**os.environ}, check=True).stdout.split()[-1]) / 1024

    app = create_application()
    window = KioskWindow(Services.from_context(context, speech_engine=None))
    window.resize(1920, 1080)
    window.show()
    pool = QThreadPool.globalInstance()
    rng = random.Random(7)
    slugs = [c.slug for c in categories(context.db, "fr")]
    languages = [language.code for language in window.services.languages]

    def settle() -> None:
        """Until every background load is shown and every deleted widget is gone."""
        for _ in range(3):
            pool.waitForDone()
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def session() -> None:
        procedure = f"procedure-{rng.randrange(args.procedures)}"
        window.set_language(rng.choice(languages))
        for name, argument in (("category", rng.choice(slugs)), ("procedure", procedure)):
            window.open_screen(name, argument)
            settle()
        for row in window.screen("procedure").rows()[:3]:
            row.tick.setChecked(True)
        window.open_screen("guide", procedure)
        settle()
        guide = window.screen("guide")
        while not guide.asking():
            guide.next_step()
        window.open_screen("takeaway", procedure)
        settle()
        window.open_screen("search", None)
        search = window.screen("search")
        for typed in ("a", "ai", "aid", "aide"):
            search.field.setText(typed)
            settle()
        window.open_screen("partners", None)
        settle()
        window.grab()
        window.reset_session()
        settle()

    started = time.perf_counter()
    for _ in range(WARM_UP):
        session()
    gc.collect()
    warm = rss_mb()
    marks = []
    for done in range(WARM_UP + 1, args.sessions + 1):
        session()
        if done % 200 == 0:
            gc.collect()
            marks.append((done, rss_mb()))
    window.services.flush_statistics()
    gc.collect()
    final = rss_mb()
    elapsed = time.perf_counter() - started

    growth = final - warm
    print(f"synthetic catalogue: {args.procedures} procedures; {args.sessions} resident sessions in {elapsed:.0f} s")
    print(f"resident memory after {WARM_UP} sessions  {warm:6.1f} MB   bare window {bare:6.1f} MB   "
          f"ratio {warm / bare:4.1f}x")
    print("  " + "   ".join(f"after {done}: {mb:.1f} MB" for done, mb in marks))
    print(f"resident memory at the end       {final:6.1f} MB   target < {TARGET_MB} MB  "
          f"{'ok' if final < TARGET_MB else 'OVER'}")
    print(f"growth over sessions {WARM_UP}-{args.sessions}     {growth:+6.1f} MB   target < {GROWTH_MB} MB  "
          f"{'ok' if growth < GROWTH_MB else 'OVER'}")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash freeing widgets at exit


if __name__ == "__main__":
    main()
