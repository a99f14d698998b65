"""What every view needs while the store is unlocked: the store, the settings, and a way to
run work in the background with errors shown to the user."""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from committee_app.store import Store

from .background import run_in_background
from .error_reporting import report_error
from .settings import DeskSettings


@dataclass
class DeskSession:
    store: Store
    settings: DeskSettings
    language: str

    def run(
        self,
        parent: QWidget,
        work: Callable[..., Any],
        *,
        label: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        reports_progress: bool = False,
        cancel: threading.Event | None = None,
        ask_again: Callable[[str], None] | None = None,
        open_costly: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` off the UI thread; a failure is reported in a dialog over ``parent``
        (then ``on_failure`` runs, if given). With ``ask_again``, a wrong passphrase is not
        reported: ``ask_again(message)`` asks for it again, saying why. With ``open_costly``, a
        backup whose key derivation costs far more than usual is explained and, if the user
        agrees, ``open_costly()`` opens it."""

        def failed(error: BaseException) -> None:
            report_or_ask(parent, error, ask_again=ask_again, open_costly=open_costly)
            if on_failure is not None:
                on_failure(error)

        run_in_background(
            parent,
            work,
            label=label,
            on_success=on_success,
            on_failure=failed,
            reports_progress=reports_progress,
            cancel=cancel,
        )


def report_or_ask(
    parent: QWidget | None,
    error: BaseException,
    *,
    ask_again: Callable[[str], None] | None = None,
    open_costly: Callable[[], None] | None = None,
) -> None:
    """Say what went wrong, unless the user can answer it: a mistyped passphrase is asked for
    again (``ask_again(why)``), a backup costly to open is opened if the user agrees."""
    if ask_again is not None and is_wrong_passphrase(error):
        ask_again(str(error))
    elif open_costly is not None and is_costly_backup(error):
        if agrees_to_open_costly(parent, error):
            open_costly()
    else:
        report_error(parent, error)


def is_wrong_passphrase(error: BaseException) -> bool:
    """The store's passphrase or a backup's, mistyped: asked again rather than reported."""
    from committee_app.backup import BackupWrongPassphrase
    from committee_app.errors import WrongPassphrase
    from committee_app.exchange.bundle_format import BundleWrongPassphrase

    return isinstance(error, WrongPassphrase | BackupWrongPassphrase | BundleWrongPassphrase)


def is_costly_backup(error: BaseException) -> bool:
    from committee_app.backup import BackupCostly

    return isinstance(error, BackupCostly)


def agrees_to_open_costly(parent: QWidget | None, error: BaseException) -> bool:
    from PySide6.QtCore import QCoreApplication

    from . import confirm

    title = QCoreApplication.translate("DeskSession", "A backup that takes long to open")
    question = QCoreApplication.translate(
        "DeskSession", "Open it anyway? This computer will be busy with it for a while; only agree for a backup you trust."
    )
    return confirm.ask(parent, title, str(error) + "\n\n" + question)
