"""Choosing a file to save or open, or a folder: the system's own dialog where it has one,
else Qt's, with every label in the app's language and sizes and dates written as the app
writes them.

Qt's Russian translation (qtbase_ru) predates some of Qt 6's file dialog: it lacks "Look in:",
"Files of type:" and the type of a folder. The app's own translations carry those messages
under Qt's contexts, where Qt's dialog looks them up (the app's translator is installed after
Qt's, so it is asked first).
"""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QFileSystemModel, QTreeView, QWidget

from .models.assembly_formatting import data_size, date_time_format

QT_FILE_DIALOG_MESSAGES = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
)

QT_DIALOG_SIZE = QSize(900, 540)


class Choosing(Enum):
    FILE_TO_SAVE = "save"
    FILE_TO_OPEN = "open"
    FILES_TO_OPEN = "open several"
    FOLDER = "folder"


class FilesInAppLanguage(QIdentityProxyModel):
    """Qt's dialog writes sizes and dates in the computer's language, not the app's (and in
    Kazakh with two-digit years): here they are written as everywhere else in the app."""

    SIZE, DATE_MODIFIED = 1, 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or index.column() not in (self.SIZE, self.DATE_MODIFIED):
            return super().data(index, role)
        files = self.sourceModel()
        source = self.mapToSource(index)
        if not isinstance(files, QFileSystemModel) or not source.isValid():
            return super().data(index, role)
        if index.column() == self.SIZE:
            return "" if files.isDir(source) else data_size(files.size(source))
        return QLocale().toString(files.lastModified(source), date_time_format())


def file_dialog(parent: QWidget | None, caption: str, start: Path, name_filter: str, choosing: Choosing) -> QFileDialog:
    """The dialog, not yet shown; ``start`` is a folder, or a file to suggest when saving."""
    if choosing is Choosing.FILE_TO_SAVE and not start.is_dir():
        dialog = QFileDialog(parent, caption, str(start.parent), name_filter)
        dialog.selectFile(start.name)
    else:
        dialog = QFileDialog(parent, caption, str(start), name_filter)
    if choosing is Choosing.FILE_TO_SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif choosing is Choosing.FILE_TO_OPEN:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    elif choosing is Choosing.FILES_TO_OPEN:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    # Only Qt's own dialog uses these; the system's dialog writes sizes and dates itself and
    # takes its own size. Qt's would open too narrow to show a whole date.
    dialog.setProxyModel(FilesInAppLanguage(dialog))
    dialog.resize(dialog.sizeHint().expandedTo(QT_DIALOG_SIZE))
    _fit_whole_dates(dialog)
    return dialog


def _fit_whole_dates(dialog: QFileDialog) -> None:
    """Qt makes the date column as wide as "10/29/81 02:02PM", which cuts a four-digit year
    short; it is widened to the app's longest date (a column the user made wider stays)."""
    files = dialog.findChild(QTreeView, "treeView")
    if files is None:
        return
    longest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(20, 58)), date_time_format())
    wanted = files.fontMetrics().horizontalAdvance(longest + "    ")
    header = files.header()
    if header.sectionSize(FilesInAppLanguage.DATE_MODIFIED) < wanted:
        header.resizeSection(FilesInAppLanguage.DATE_MODIFIED, wanted)


def _chosen(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def file_to_save(parent: QWidget | None, caption: str, suggested: Path, name_filter: str) -> Path | None:
    """Where to save, starting at the suggested file; None when the user cancels."""
    return _chosen(file_dialog(parent, caption, suggested, name_filter, Choosing.FILE_TO_SAVE))


def file_to_open(parent: QWidget | None, caption: str, folder: Path, name_filter: str) -> Path | None:
    return _chosen(file_dialog(parent, caption, folder, name_filter, Choosing.FILE_TO_OPEN))


def files_to_open(parent: QWidget | None, caption: str, folder: Path, name_filter: str) -> list[Path]:
    """One or more files chosen together; none when the user cancels."""
    dialog = file_dialog(parent, caption, folder, name_filter, Choosing.FILES_TO_OPEN)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles()]
    finally:
        dialog.deleteLater()


def folder_to_use(parent: QWidget | None, caption: str, folder: Path) -> Path | None:
    return _chosen(file_dialog(parent, caption, folder, "", Choosing.FOLDER))
