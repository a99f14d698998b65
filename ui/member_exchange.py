"""The member list in and out of spreadsheets, from the members view: Export… writes the list
as .xlsx or CSV for Excel after a warning that the file is not encrypted; Import… opens a file
in the import dialog, which shows what importing it would do before anything is written.

openpyxl is imported only when a list is exported or imported, never while the app starts.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from committee_app.exchange.member_export import DEFAULT_DELIMITER, ExportFormat

from . import confirm, error_reporting, file_dialogs
from .error_reporting import reporting_errors
from .session import DeskSession

STATUS_MESSAGE_MS = 10_000


@dataclass(frozen=True)
class ExportTarget:
    path: Path
    fmt: ExportFormat
    delimiter: str = DEFAULT_DELIMITER


def export_filters() -> dict[str, tuple[ExportFormat, str]]:
    """The file dialog's choices: each names a format (and a CSV file's separator)."""
    return {
        QCoreApplication.translate("MemberFiles", "Excel workbook (*.xlsx)"): (ExportFormat.xlsx, DEFAULT_DELIMITER),
        QCoreApplication.translate("MemberFiles", "CSV for Excel, separated by semicolons (*.csv)"): (ExportFormat.csv, ";"),
        QCoreApplication.translate("MemberFiles", "CSV separated by commas (*.csv)"): (ExportFormat.csv, ","),
    }


def import_filter() -> str:
    return ";;".join(
        (
            QCoreApplication.translate("MemberFiles", "Member lists (*.xlsx *.csv *.txt)"),
            QCoreApplication.translate("MemberFiles", "All files (*)"),
        )
    )


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path(QDir.homePath())


def choose_export_target(parent: QWidget | None, suggested: Path) -> ExportTarget | None:
    """Where to write the list and in which form; None when the user cancels."""
    filters = export_filters()
    dialog = file_dialogs.file_dialog(
        parent,
        QCoreApplication.translate("MemberFiles", "Export members"),
        suggested,
        ";;".join(filters),
        file_dialogs.Choosing.FILE_TO_SAVE,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        fmt, delimiter = filters.get(dialog.selectedNameFilter(), (ExportFormat.xlsx, DEFAULT_DELIMITER))
    finally:
        dialog.deleteLater()
    if path.suffix.lower() in (".csv", ".xlsx"):
        # The name says the format; a CSV keeps the separator chosen.
        fmt = ExportFormat(path.suffix.lower().lstrip("."))
        return ExportTarget(path, fmt, delimiter)
    # Some file dialogs leave the extension off; without it Excel does not open the file.
    path = path.with_name(path.name + "." + fmt.value)
    if path.exists() and not confirm.ask(
        parent,
        QCoreApplication.translate("MemberFiles", "Export members"),
        QCoreApplication.translate("MemberFiles", "{name} already exists. Replace it?").format(name=path.name),
    ):
        return None
    return ExportTarget(path, fmt, delimiter)


def choose_import_file(parent: QWidget | None, folder: Path) -> Path | None:
    return file_dialogs.file_to_open(
        parent, QCoreApplication.translate("MemberFiles", "Import members"), folder, import_filter()
    )


class MemberFiles(QObject):
    """Export and import for one view (its parent): the dialogs open over it."""

    exported = Signal(object, int)  # the Path written, the number of members
    imported = Signal(object)  # the ImportSummary

    def __init__(self, session: DeskSession, view: QWidget):
        super().__init__(view)
        self.session = session
        self.view = view

    def folder(self) -> Path:
        return self.session.settings.member_files_folder or documents_folder()

    def export_members(self, *, include_left: bool) -> None:
        from committee_app.exchange.member_export import export_members

        with reporting_errors(self.view):
            target = choose_export_target(self.view, self.folder() / self.tr("members.xlsx"))
            if target is None:
                return
            warning = self.tr(
                "{name} will hold the members' names, phone numbers and workplaces. The file is NOT "
                "encrypted: anyone who gets it can read it. Keep it only on a disk you trust, and delete "
                "it when it is no longer needed.\n\nExport the member list?"
            ).format(name=target.path.name)
            if not confirm.ask(self.view, self.tr("Export members"), warning, default_yes=True):
                return
            store, language = self.session.store, self.session.language
            writing = self.tr("Writing {name}…").format(name=target.path.name)

            def work(report):
                return export_members(
                    store,
                    target.path,
                    language=language,
                    fmt=target.fmt,
                    delimiter=target.delimiter,
                    include_left=include_left,
                    progress=lambda done, total: report(writing, done, total),
                )

            self.session.run(
                self.view,
                work,
                label=writing,
                on_success=lambda count: self._exported(target.path, count),
                reports_progress=True,
            )

    def _exported(self, path: Path, count: int) -> None:
        self.session.settings.member_files_folder = path.parent
        self._show_status(self.tr("Wrote %n member(s) to {path}", "", count).format(path=path))
        self.exported.emit(path, count)

    def import_members(self) -> None:
        from .dialogs.member_import_dialog import MemberImportDialog

        with reporting_errors(self.view):
            path = choose_import_file(self.view, self.folder())
            if path is None:
                return
            self.session.settings.member_files_folder = path.parent
            summary, accepted = MemberImportDialog.import_members(self.view, self.session, path)
            if not accepted or summary is None:
                return
            self.imported.emit(summary)
            self._show_status(
                self.tr("Imported from {name}: %n member(s) added", "", summary.added).format(name=path.name)
            )
            error_reporting.show_message(
                self.view,
                QMessageBox.Icon.Information,
                self.tr("Import members"),
                self.summary_text(summary),
            )

    def summary_text(self, summary) -> str:
        lines = [
            self.tr("Added: %n member(s).", "", summary.added),
            self.tr("Updated from the file: %n member(s).", "", summary.updated),
            self.tr("Skipped, already in the list: %n row(s).", "", summary.skipped),
        ]
        if summary.errors:
            lines.append(self.tr("Left out, with errors: %n row(s).", "", summary.errors))
        return "\n".join(lines)

    def _show_status(self, text: str) -> None:
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
