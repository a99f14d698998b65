"""Work that may take longer than a blink runs off the UI thread, with a progress dialog
and its result or error delivered back on the UI thread (after Anki's CollectionOp)."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# Shorter work finishes before the dialog would appear, so it never flickers.
PROGRESS_DELAY_MS = 200


class _Relay(QObject):
    # The outcome itself stays in Python (``_Job.outcome``): a Python object carried by a
    # queued signal from another thread can leave the garbage collector's lists broken in
    # PySide 6.11 (the UI thread then hangs in a collection, seen with an import preview).
    finished = Signal()
    # label, done, total (a total of 0 means "busy", with no measure of how far)
    progressed = Signal(str, int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, outcome: list):
        super().__init__()
        self.work = work
        self.relay = relay
        # A plain list, not an attribute of the job: the pool deletes the job once it has run.
        self.outcome = outcome  # gets (succeeded, result or error)

    def run(self) -> None:
        try:
            self.outcome.append((True, self.work()))
        except BaseException as error:  # noqa: BLE001 - delivered to the UI thread as a failure
            self.outcome.append((False, error))
        self.work = None
        self.relay.finished.emit()


_running: set[_Relay] = set()


def run_in_background(
    parent: QWidget | None,
    work: Callable[[], Any],
    *,
    label: str,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    reports_progress: bool = False,
    cancel: threading.Event | None = None,
) -> None:
    """Run ``work`` on a worker thread; call back on the UI thread with its result or error.

    With ``reports_progress``, ``work`` is called with ``report(label, done, total)``, which
    it may call from its thread to move the progress bar and change its words. With ``cancel``,
    the progress dialog has a Cancel button (Escape too) that sets it; ``work`` watches it and
    stops, and its failure or result is delivered as usual."""
    # The Qt namespace costs a noticeable share of a cold start the first time it is touched:
    # imported here, it loads after the unlock window shows, not before.
    from PySide6.QtCore import Qt

    progress = QProgressDialog(label, "", 0, 0, parent)
    if cancel is None:
        progress.setCancelButton(None)
    else:
        progress.setCancelButtonText(QCoreApplication.translate("QProgressDialog", "Cancel"))
        progress.canceled.connect(cancel.set)
    # Reaching 100% of one stage is not the end of the work: the dialog stays until it ends.
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    relay = _Relay()
    _running.add(relay)

    def finish() -> None:
        progress.reset()
        # Hidden now: deleteLater waits for the event loop, and a message shown next opens its own.
        progress.hide()
        progress.deleteLater()
        _running.discard(relay)

    def finished() -> None:
        finish()
        succeeded, value = outcome.pop()
        if succeeded:
            on_success(value)
        else:
            on_failure(value)

    def progressed(text: str, done: int, total: int) -> None:
        if text:
            progress.setLabelText(text)
        progress.setMaximum(total)
        progress.setValue(done)

    relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
    relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    outcome: list = []
    if reports_progress:
        job = _Job(lambda: work(relay.progressed.emit), relay, outcome)
    else:
        job = _Job(work, relay, outcome)
    QThreadPool.globalInstance().start(job)


def background_work_running() -> bool:
    return bool(_running)


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until every background job has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
