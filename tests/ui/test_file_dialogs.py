"""The file dialogs the app opens (Save PDF, export, restore, the backups folder), as Qt draws
them where the system has no dialog of its own: no English label under Russian or Kazakh."""

import re
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QTreeView,
    QWidget,
)

from committee_app.i18n import LanguageSwitch
from ui.file_dialogs import QT_FILE_DIALOG_MESSAGES, Choosing, file_dialog
from ui.models.assembly_formatting import short_date_time
from ui.models.backups_model import data_size

LANGUAGES = ("kk", "ru")
# How the app opens each: its title and file types (with the context the app translates them
# in), what it chooses, and the file it suggests.
DIALOGS = {
    "save PDF": ("DocumentPrinter", "Save PDF", "PDF files (*.pdf)", Choosing.FILE_TO_SAVE, "Протокол № 3.pdf"),
    "export records": ("MainWindow", "Save all records as a readable file", "Readable file of all records (*.json)",
                       Choosing.FILE_TO_SAVE, "committee-records.json"),
    "restore a backup": ("BackupsView", "Restore from a backup", "Committee Desk backups (*.cdbk)", Choosing.FILE_TO_OPEN, ""),
    "backups folder": ("BackupsView", "Choose a folder for backups", "", Choosing.FOLDER, ""),
}
# What Qt's dialog can say besides its labels: questions and errors, shown when needed.
QT_FILE_DIALOG_QUESTIONS = [
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    ("QFileDialog", "Are you sure you want to delete '%1'?"),
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    ("QFileDialog", "Could not delete directory."),
    ("QFileDialog", "New Folder"),
    ("QPlatformTheme", "&Yes"),
    ("QPlatformTheme", "&No"),
]


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder as a secretary's looks: earlier papers, a backup, a subfolder."""
    (tmp_path / "Протоколы").mkdir()
    (tmp_path / "Список членов.pdf").write_bytes(b"%PDF-1.4\n" + bytes(3000))
    (tmp_path / "backup-2026-12-01-1830.cdbk").write_bytes(bytes(50_000))
    (tmp_path / "committee-records.json").write_text("{}", encoding="utf-8")
    return tmp_path


def texts_of(dialog: QFileDialog) -> set[str]:
    """Every text the dialog shows or offers: labels, buttons and their tips, lists, the columns'
    names and values, the sidebar, the context menu's commands."""
    texts = {dialog.windowTitle()}
    for widget in dialog.findChildren(QWidget):
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(index) for index in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), widget.rootIndex()
            if isinstance(widget, QTreeView) and not widget.isHeaderHidden():
                texts.update(str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount(root)))
            for row in range(model.rowCount(root)):
                for column in range(model.columnCount(root)):
                    texts.add(str(model.data(model.index(row, column, root)) or ""))
    texts.update(action.text() for action in dialog.findChildren(QAction))
    return {text for text in texts if text}


def shown_dialog(qtbot, folder: Path, name: str, *, closed_by_qtbot: bool = True) -> QFileDialog:
    context, caption, name_filter, choosing, file_name = DIALOGS[name]
    caption = QCoreApplication.translate(context, caption)
    name_filter = QCoreApplication.translate(context, name_filter) if name_filter else ""
    dialog = file_dialog(None, caption, folder / file_name if file_name else folder, name_filter, choosing)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if closed_by_qtbot:
        qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QAbstractItemView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
    # The file list fills in its sizes, types and dates in the background.
    qtbot.waitUntil(lambda: any(re.search(r"\d{4}", text) for text in texts_of(dialog)))
    return dialog


def seen_in(qtbot, folder, name, language) -> set[str]:
    switch = LanguageSwitch()
    switch.use(language)
    try:
        dialog = shown_dialog(qtbot, folder, name)
        texts = texts_of(dialog)
        dialog.close()
        return texts
    finally:
        switch.use("en")


def same_in_every_language(folder: Path) -> set[str]:
    """What the file system names (files, folders and paths), and the JSON files' type."""
    names = {path.name for path in folder.iterdir()} | {folder.name, Path.home().name, "/", "JSON (*.json)"}
    return names | {str(path) for path in (folder, *folder.parents)}


@pytest.mark.parametrize("name", DIALOGS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_file_dialog_shows_no_english(qapp, qtbot, folder, name, language):
    english = seen_in(qtbot, folder, name, "en") - same_in_every_language(folder)
    shown = seen_in(qtbot, folder, name, language)
    # Not a lone key name such as "Alt+Left": that is how a shortcut is written in any language.
    assert sorted(text for text in shown & english if not re.fullmatch(r"Alt\+\w+", text)) == []
    assert {"&Look in:", "Files of &type:", "Folder"} & shown == set()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_qt_file_dialog_writes_sizes_and_dates_as_the_app_does(qapp, qtbot, folder, language):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        dialog = shown_dialog(qtbot, folder, "restore a backup")
        view = dialog.findChild(QAbstractItemView, "treeView")
        model, root = view.model(), view.rootIndex()
        rows = {model.data(model.index(row, 0, root)): row for row in range(model.rowCount(root))}
        backup = folder / "backup-2026-12-01-1830.cdbk"
        row = rows[backup.name]
        assert model.data(model.index(row, 1, root)) == data_size(50_000)
        assert model.data(model.index(row, 3, root)) == short_date_time(datetime.fromtimestamp(backup.stat().st_mtime))
        dialog.close()
    finally:
        switch.use("en")


def test_the_date_column_shows_the_whole_date_even_when_qt_remembers_it_narrow(qapp, qtbot, folder):
    """Qt sizes the column for "10/29/81 02:02PM" and remembers its width from one dialog to
    the next; a date with a four-digit year is not cut short to "02.12.2…6" either way."""
    switch = LanguageSwitch()
    switch.use("kk")
    try:
        earlier = shown_dialog(qtbot, folder, "restore a backup", closed_by_qtbot=False)
        earlier.findChild(QTreeView, "treeView").header().resizeSection(3, 60)
        earlier.close()
        shiboken6.delete(earlier)  # Qt keeps the column widths when its dialog goes

        dialog = shown_dialog(qtbot, folder, "restore a backup")
        view = dialog.findChild(QTreeView, "treeView")
        model, root = view.model(), view.rootIndex()
        widest = max(view.fontMetrics().horizontalAdvance(model.data(model.index(row, 3, root))) for row in range(model.rowCount(root)))
        # Beside the text, an item keeps a margin either side (Qt's focus frame margin and one pixel).
        margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        assert view.header().sectionSize(3) >= widest + margins
        dialog.close()
    finally:
        switch.use("en")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("context", "source"), [*QT_FILE_DIALOG_MESSAGES, *QT_FILE_DIALOG_QUESTIONS])
def test_what_qt_file_dialog_can_say_is_translated(qapp, language, context, source):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        assert QCoreApplication.translate(context, source) != source
    finally:
        switch.use("en")


def test_qt_asks_for_a_folder_type_with_a_note_and_still_finds_the_translation(qapp):
    # Qt 6 looks "Folder" up with the disambiguation "All other platforms"; the app's message has none.
    switch = LanguageSwitch()
    switch.use("ru")
    try:
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Папка"
    finally:
        switch.use("en")
