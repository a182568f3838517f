"""Running core calls off the UI thread (STYLE.md practice 3, after Anki's QueryOp).

    run_in_background(self, lambda: load_procedure(db, slug, lang), self._show_procedure)

The work runs on Qt's global thread pool; ``on_done`` is called on the UI thread with its
result, unless ``owner`` was deleted meanwhile. An exception in the work is logged and given to
``on_error`` when there is one, never raised into the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the result back to the UI thread (it lives there; its signal is queued)."""

    finished = Signal(object, object)  # result, exception


def _job(work: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    """What the pool runs. A plain function, not a QRunnable subclass: PySide keeps a few of those
    alive for good, with all they hold (benchmarks/memory_bench.py found 2 in 100)."""

    def run() -> None:
        try:
            result, error = work(), None
        except Exception as exc:  # reported on the UI thread, never lost
            result, error = None, exc
        relay.finished.emit(result, error)

    return run


#: Relays of jobs still running. A relay must outlive its job whatever happens to the owner: if
#: it were the owner's child, deleting the owner (a screen emptied, a QR code replaced) while the
#: worker emits would free it under the worker's feet.
_PENDING: set[_Relay] = set()


def run_in_background(owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None] | None = None,
                      pool: QThreadPool | None = None) -> None:
    """Run ``work()`` on a worker thread and hand its result to ``on_done`` on the UI thread.

    ``pool``: a pool of its own for work that waits on an outside service (the print system),
    so that its deadlines never hold up the screens' loads in the global pool.
    """
    relay = _Relay()  # no parent: created on the UI thread, so its signal is delivered there
    _PENDING.add(relay)

    # Not decorated with @Slot: PySide keeps what that decorator registers for good, and a new
    # function is made at every call (benchmarks/memory_bench.py found it growing).
    def finished(result: Any, error: Exception | None) -> None:
        _PENDING.discard(relay)
        relay.deleteLater()
        if not shiboken6.isValid(owner):
            return  # the owner was deleted meanwhile: nobody is waiting for this
        if error is not None:
            log.error("background work failed", exc_info=error)
            if on_error is not None:
                on_error(error)
        else:
            on_done(result)

    relay.finished.connect(finished)
    (pool or QThreadPool.globalInstance()).start(_job(work, relay))
