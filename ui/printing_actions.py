"""Printing a document from a view: the user chooses its language and paper, whether it is
redacted (or the blank rows of a sign-in sheet), then saves the PDF where they like or opens a
private copy in the system's PDF viewer. The PDF is made off the UI thread; the language, paper
and redaction are remembered for the next document, and the footer's time is a setting.

ReportLab takes a noticeable part of a second to import, so the printing modules are imported
only when something is printed, never while the app starts.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from committee_app.i18n import LANGUAGES
from committee_app.services import profile
from committee_app.store import Store
# The panic wipe finds the copies opened in a viewer by this prefix.
from committee_app.wipe import OPENED_COPY_PREFIX

from . import confirm, file_dialogs
from .error_reporting import reporting_errors
from .session import DeskSession

if TYPE_CHECKING:
    from committee_app.printing.document import PaperChoice

    from .dialogs.print_dialog import PrintRequest

STATUS_MESSAGE_MS = 10_000
# xdg-open either fails within moments or has handed the file to a program; on some desktops
# it then waits for that program to close.
XDG_OPEN_PATIENCE_S = 5.0
XDG_OPEN_POLL_MS = 100

# Folders holding the copies opened in a viewer during this run; deleted when the app quits.
_opened_copy_folders: list[Path] = []


@dataclass(frozen=True)
class Printable:
    """A document the user can print: what it is called, the file name offered (never one that
    names a member), and how it is made (store, path, PrintRequest) -> the PDF's bytes."""

    title: str
    file_name: str
    build: Callable[[Store, Path, PrintRequest], bytes]
    personal_data: bool = False
    # A sign-in sheet's blank rows offered before the dialog opens, read from the store; None: no such choice.
    blank_rows_default: Callable[[Store], int] | None = None
    # Whether it has a redacted form (initials, no phones or workplaces): all but the sign-in sheet.
    redactable: bool = True


def agenda(assembly_number: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.agenda import print_agenda

        return print_agenda(store, assembly_number, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Agenda of assembly No. {number}").format(number=assembly_number),
        QCoreApplication.translate("Printing", "agenda-{number}.pdf").format(number=assembly_number),
        build,
    )


def signin_sheet(assembly_number: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.signin import print_signin_sheet

        return print_signin_sheet(store, assembly_number, path, request.choice, blank_rows=request.blank_rows)

    def blank_rows_default(store: Store) -> int:
        from committee_app.printing.assembly_papers import sign_in_blank_rows_default

        return sign_in_blank_rows_default(store, assembly_number)

    return Printable(
        QCoreApplication.translate("Printing", "Sign-in sheet of assembly No. {number}").format(number=assembly_number),
        QCoreApplication.translate("Printing", "signin-{number}.pdf").format(number=assembly_number),
        build,
        blank_rows_default=blank_rows_default,
        redactable=False,
    )


def minutes(assembly_number: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.minutes import print_minutes

        return print_minutes(store, assembly_number, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Minutes of assembly No. {number}").format(number=assembly_number),
        QCoreApplication.translate("Printing", "minutes-{number}.pdf").format(number=assembly_number),
        build,
    )


def tally_sheets(assembly_number: int, item_position: int, sheets: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.tally_sheets import print_tally_sheets

        return print_tally_sheets(store, assembly_number, item_position, path, request.choice, sheets=sheets)

    return Printable(
        QCoreApplication.translate("Printing", "Tally sheets for item {position} of assembly No. {number}").format(
            position=item_position, number=assembly_number
        ),
        QCoreApplication.translate("Printing", "tally-{number}-{position}.pdf").format(
            number=assembly_number, position=item_position
        ),
        build,
        redactable=False,  # no name on them
    )


def ballots(assembly_number: int, item_position: int, copies: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.ballots import print_ballots

        return print_ballots(store, assembly_number, item_position, path, request.choice, copies=copies)

    return Printable(
        QCoreApplication.translate("Printing", "Ballot papers for item {position} of assembly No. {number}").format(
            position=item_position, number=assembly_number
        ),
        QCoreApplication.translate("Printing", "ballots-{number}-{position}.pdf").format(
            number=assembly_number, position=item_position
        ),
        build,
        redactable=False,  # the voters read the names in full
    )


def count_protocol(assembly_number: int, item_position: int) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.count_protocol import print_count_protocol

        return print_count_protocol(store, assembly_number, item_position, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Counting commission's protocol, item {position} of assembly No. {number}").format(
            position=item_position, number=assembly_number
        ),
        QCoreApplication.translate("Printing", "count-protocol-{number}-{position}.pdf").format(
            number=assembly_number, position=item_position
        ),
        build,
    )


def delegates() -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.delegates import print_delegates

        return print_delegates(store, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Delegates and their mandates"),
        QCoreApplication.translate("Printing", "delegates.pdf"),
        build,
    )


def demands() -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.demands_paper import print_demands

        return print_demands(store, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Adopted demands"),
        QCoreApplication.translate("Printing", "demands.pdf"),
        build,
    )


def common_demands() -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.common_demands import print_common_demands

        return print_common_demands(store, path, request.choice)

    return Printable(
        QCoreApplication.translate("Printing", "Common demands"),
        QCoreApplication.translate("Printing", "common-demands.pdf"),
        build,
        redactable=False,
    )


def roster(*, include_left: bool) -> Printable:
    def build(store: Store, path: Path, request: PrintRequest) -> bytes:
        from committee_app.printing.roster import print_roster

        return print_roster(store, path, request.choice, include_left=include_left)

    if include_left:
        title = QCoreApplication.translate("Printing", "Member list, with the members who left")
    else:
        title = QCoreApplication.translate("Printing", "Member list")
    return Printable(title, QCoreApplication.translate("Printing", "members.pdf"), build, personal_data=True)


def open_with_system(path: Path, owner: QObject, answer: Callable[[bool], None]) -> None:
    """Open a file (a PDF) or a folder in the program the system chooses for it, then call
    ``answer`` with whether one took it.

    On Linux Qt hands the file to xdg-open and reports success once xdg-open has started, even
    when xdg-open then finds no program for it. So xdg-open is started here and watched: its
    failure status is a failure; still running after a few seconds, it has opened a program.
    Elsewhere the system's own call says whether a program took the file."""
    xdg_open = shutil.which("xdg-open") if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) else None
    if xdg_open is None:
        answer(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        return
    try:
        # A session of its own: the program opened outlives the app.
        process = subprocess.Popen(
            [xdg_open, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        answer(False)
        return
    started = time.monotonic()
    timer = QTimer(owner, interval=XDG_OPEN_POLL_MS)

    def check() -> None:
        status = process.poll()
        if status is None and time.monotonic() - started < XDG_OPEN_PATIENCE_S:
            return
        timer.stop()
        timer.deleteLater()
        answer(status in (None, 0))

    timer.timeout.connect(check)
    timer.start()


def show_path(parent: QWidget | None, title: str, text: str) -> None:
    """A message naming a file, its text selectable so the path can be copied."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.exec()


def private_copy_path(file_name: str) -> Path:
    """Where a copy to open is written: a new folder only this user can read (mkdtemp: 0700)."""
    folder = Path(tempfile.mkdtemp(prefix=OPENED_COPY_PREFIX))
    _opened_copy_folders.append(folder)
    return folder / file_name


@atexit.register
def delete_opened_copies() -> None:
    # A viewer on Windows may still hold its copy open; that one stays for the system to clear.
    for folder in _opened_copy_folders:
        shutil.rmtree(folder, ignore_errors=True)
    _opened_copy_folders.clear()


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class DocumentPrinter(QObject):
    """Prints documents for one view (its parent): the dialogs open over it."""

    printed = Signal(object)  # the Path of the PDF written

    def __init__(self, session: DeskSession, view: QWidget):
        super().__init__(view)
        self.session = session
        self.view = view

    def default_choice(self) -> PaperChoice:
        """The language, paper and redaction of the last document (before the first one, the
        committee's language, unredacted), with the footer's time as the settings say."""
        from committee_app.printing.document import PaperChoice

        settings = self.session.settings
        language = settings.print_language
        if language is None:
            committee = profile.get_profile(self.session.store)
            chosen = committee.default_language if committee is not None else None
            language = chosen if chosen in LANGUAGES else self.session.language
        return PaperChoice(language, settings.print_paper, redacted=settings.print_redacted, print_time=settings.print_time)

    def print_document(self, document: Printable) -> None:
        from .dialogs.print_dialog import PrintDestination, PrintDialog

        with reporting_errors(self.view):
            offered = document.blank_rows_default
            request, accepted = PrintDialog.get_print_choice(
                self.view,
                document.title,
                self.default_choice(),
                personal_data=document.personal_data,
                blank_rows=offered(self.session.store) if offered is not None else None,
                redactable=document.redactable,
            )
            if not accepted:
                return
            settings = self.session.settings
            settings.print_language = request.choice.language
            settings.print_paper = request.choice.paper
            # Remembered: once a secretary prints redacted (a search is feared), the next paper
            # is redacted too until the box is cleared, rather than falling back to full names
            # unnoticed. A sign-in sheet, which has no redacted form, leaves the choice as it was.
            if document.redactable:
                settings.print_redacted = request.choice.redacted
            if request.destination is PrintDestination.save:
                path = self._ask_where_to_save(document)
                if path is None:
                    return
                finish = self._saved
            else:
                path = private_copy_path(document.file_name)
                finish = self._opened
            store = self.session.store
            self.session.run(
                self.view,
                lambda: document.build(store, path, request),
                label=self.tr("Making “{title}”…").format(title=document.title),
                on_success=lambda _pdf: finish(path),
            )

    def _ask_where_to_save(self, document: Printable) -> Path | None:
        folder = self.session.settings.print_folder or documents_folder()
        path = file_dialogs.file_to_save(
            self.view, self.tr("Save PDF"), folder / document.file_name, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix:
            return path
        # Some file dialogs leave the extension off; without it no viewer opens the file.
        path = path.with_suffix(".pdf")
        if path.exists() and not confirm.ask(
            self.view, self.tr("Save PDF"), self.tr("{name} already exists. Replace it?").format(name=path.name)
        ):
            return None
        return path

    def _saved(self, path: Path) -> None:
        self.session.settings.print_folder = path.parent
        self._show_status(self.tr("Saved {path}").format(path=path))
        self.printed.emit(path)

    def _opened(self, path: Path) -> None:
        open_with_system(path, self, lambda opened: self._viewer_answered(path, opened))

    def _viewer_answered(self, path: Path, opened: bool) -> None:
        if opened:
            self._show_status(self.tr("Opened {name} in the PDF viewer").format(name=path.name))
        else:
            question = self.tr(
                "No program on this computer opened the PDF: a PDF viewer may be missing. "
                "It was written to {path}.\n\nOpen the folder that holds it instead?"
            ).format(path=path)
            if confirm.ask(self.view, self.tr("Print"), question, default_yes=True):
                open_with_system(path.parent, self, lambda folder_opened: self._folder_answered(path, folder_opened))
                return
        self.printed.emit(path)

    def _folder_answered(self, path: Path, opened: bool) -> None:
        if opened:
            self._show_status(self.tr("Opened the folder that holds {name}").format(name=path.name))
        else:
            show_path(
                self.view,
                self.tr("Print"),
                self.tr(
                    "The folder could not be opened either. The PDF is here; select the path to copy it:"
                    "\n\n{path}\n\n"
                    "This copy is deleted when Committee Desk closes. "
                    "To keep the PDF, print again and choose “Save PDF…”."
                ).format(path=path),
            )
        self.printed.emit(path)

    def _show_status(self, text: str) -> None:
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
