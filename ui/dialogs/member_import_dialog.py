"""Members → Import…: what importing a spreadsheet would do, row by row, before anything is
written. The encoding, separator and sheet found are shown and can be changed; so can the
meaning of each column. The file is read again off the UI thread after each change (with a
progress bar that can be cancelled, for large files); Import writes in one transaction, off
the UI thread too, and a file that cannot be imported is said in the dialog, nothing written.
"""

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from committee_app.errors import UserError
from committee_app.exchange.member_import import (
    ImportCancelled,
    ImportOptions,
    ImportPreview,
    ImportProblem,
    ImportSummary,
    NoUsableColumn,
    OnDuplicate,
    RowStatus,
    commit_import,
    read_import_preview,
    target_labels,
)
from committee_app.exchange.tables import encoding_name

from ..background import run_in_background
from ..error_reporting import report_error
from ..models.import_preview_model import ImportPreviewModel
from ..session import DeskSession
from .inline_problem import grow_to_fit, problem_label

ENCODINGS = ("utf-8", "cp1251")
DELIMITERS = (",", ";", "\t")
# A header longer than this is cut in the column list (the whole of it is in the tooltip).
HEADER_SHOWN_LENGTH = 40
MAX_COLUMNS_LISTED = 200
PREFERRED_SIZE = (1180, 680)


class MemberImportDialog(QDialog):
    def __init__(self, session: DeskSession, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.preview: ImportPreview | None = None
        self.summary: ImportSummary | None = None
        # What the user chose; None: as found in the file.
        self._encoding: str | None = None
        self._delimiter: str | None = None
        self._sheet: str | None = None
        # The header row's number; 0: none; None: as found in the file.
        self._header_row: int | None = None
        self._last_header_row = 1
        self._read_once = False
        self._busy = False
        self._started = False
        self.column_choices: list[QComboBox] = []
        self._listed_columns: list[int] = []  # the file's column (from 0) of each choice
        self._column_rows: list[tuple[QLabel, QComboBox]] = []
        self.setWindowTitle(self.tr("Import members"))
        self._build()
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("File: {name}").format(name=self.path.name))
        self.file_label.setToolTip(str(self.path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.encoding = QComboBox()
        for encoding in ENCODINGS:
            self.encoding.addItem(encoding_name(encoding), encoding)
        self.encoding.setToolTip(self.tr("How the letters of a CSV file are written; Excel on a Russian Windows writes Windows-1251"))
        self.delimiter = QComboBox()
        for delimiter, text in zip(DELIMITERS, (self.tr("Comma (,)"), self.tr("Semicolon (;)"), self.tr("Tab"))):
            self.delimiter.addItem(text, delimiter)
        self.sheet = QComboBox()
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        self.delimiter_label = QLabel(self.tr("Se&parator:"))
        self.delimiter_label.setBuddy(self.delimiter)
        self.sheet_label = QLabel(self.tr("S&heet:"))
        self.sheet_label.setBuddy(self.sheet)
        options = QHBoxLayout()
        for caption, combo in (
            (self.encoding_label, self.encoding),
            (self.delimiter_label, self.delimiter),
            (self.sheet_label, self.sheet),
        ):
            options.addWidget(caption)
            options.addWidget(combo)
            options.addSpacing(12)
        options.addStretch(1)
        self.encoding.activated.connect(self._encoding_chosen)
        self.delimiter.activated.connect(self._delimiter_chosen)
        self.sheet.activated.connect(self._sheet_chosen)
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter, self.sheet_label, self.sheet):
            widget.hide()

        self.columns_box = QGroupBox(self.tr("What each column holds"))
        self.columns_form = QFormLayout()
        self.columns_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns_inner = QWidget()
        columns_inner.setLayout(self.columns_form)
        self.columns_area = QScrollArea()
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setWidget(columns_inner)
        self.columns_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # The choices narrow with the pane rather than hide behind a sideways scroll bar.
        self.columns_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.has_header = QCheckBox(self.tr("&First row holds column names"))
        self.has_header.setToolTip(self.tr("Clear it when the list starts with a member, not with the columns' names"))
        self.has_header.clicked.connect(self._header_chosen)
        self.has_header.hide()
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addWidget(self.has_header)
        columns_layout.addWidget(self.columns_area)
        self.columns_left_out = QLabel()
        self.columns_left_out.setWordWrap(True)
        self.columns_left_out.hide()
        columns_layout.addWidget(self.columns_left_out)

        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        preview_label = QLabel(self.tr("Pre&view: nothing is written until Import"))
        preview_label.setBuddy(self.table)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(preview_label)
        preview_layout.addWidget(self.table)

        splitter = QSplitter()
        splitter.addWidget(self.columns_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])
        splitter.setChildrenCollapsible(False)

        self.counts = QLabel()
        self.problem = problem_label()

        self.duplicates_box = QGroupBox(self.tr("Rows that are the same as a member already in the list"))
        self.skip_same = QRadioButton(self.tr("&Skip them: the list stays as it is"))
        self.update_same = QRadioButton(self.tr("&Update those members from the file (its empty cells change nothing)"))
        self.skip_same.setChecked(True)
        self._duplicate_choice = QButtonGroup(self)
        self._duplicate_choice.addButton(self.skip_same)
        self._duplicate_choice.addButton(self.update_same)
        duplicates_layout = QVBoxLayout(self.duplicates_box)
        duplicates_layout.addWidget(self.skip_same)
        duplicates_layout.addWidget(self.update_same)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.problem)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(PREFERRED_SIZE[0], screen.width() - 40), min(PREFERRED_SIZE[1], screen.height() - 60))

    # --- the API tests and the view use -------------------------------------------------------

    @classmethod
    def import_members(cls, parent: QWidget | None, session: DeskSession, path: Path) -> tuple[ImportSummary | None, bool]:
        """Show what importing ``path`` would do; on Import, write it. (summary, accepted)."""
        dialog = cls(session, path, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.summary, accepted
        finally:
            dialog.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            # Once the dialog is on screen, so that the progress bar has a window to stand over.
            QTimer.singleShot(0, lambda: self.read(self._options()))

    def mapping(self) -> dict[int, str | None]:
        """Column index → the member field chosen for it, or None for a column left out."""
        return {index: combo.currentData() for index, combo in zip(self._listed_columns, self.column_choices, strict=True)}

    def on_duplicate(self) -> OnDuplicate:
        return OnDuplicate.update if self.update_same.isChecked() else OnDuplicate.skip

    # --- reading the file -----------------------------------------------------------------

    def _options(self, mapping: dict[int, str | None] | None = None) -> ImportOptions:
        return ImportOptions(
            encoding=self._encoding, delimiter=self._delimiter, sheet=self._sheet, mapping=mapping, header_row=self._header_row
        )

    def read(self, options: ImportOptions) -> None:
        """Read the file again with ``options``, off the UI thread."""
        self._busy = True
        self._update_buttons()
        cancel = threading.Event()
        store, path = self.session.store, self.path

        def work(report):
            return read_import_preview(
                store, path, options, progress=lambda done, total: report("", done, total), cancelled=cancel.is_set
            )

        run_in_background(
            self,
            work,
            label=self.tr("Reading {name}…").format(name=self.path.name),
            on_success=self._preview_read,
            on_failure=self._reading_failed,
            reports_progress=True,
            cancel=cancel,
        )

    def _preview_read(self, preview: ImportPreview) -> None:
        self._busy = False
        self._read_once = True
        self.preview = preview
        self._show_file_options(preview.kind, preview.encoding, preview.delimiter, preview.sheet_names, preview.sheet)
        self._show_columns(preview.headers, preview.mapping, preview.filled_columns)
        self._show_header_row(preview.header_row_number)
        self.model.set_preview(preview)
        self._fit_columns()
        self.counts.setText(
            self.tr("New members: {new}    The same as a member or an earlier row: {same}    Errors: {errors}").format(
                new=preview.count(RowStatus.new), same=preview.count(RowStatus.same), errors=preview.count(RowStatus.error)
            )
        )
        self._show_problem("" if preview.rows else self.tr("The file has no rows below its header."))
        self._update_buttons()
        self._focus_next_step()

    def _reading_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, ImportCancelled) and not self._read_once:
            # Stopped before anything was shown: there is nothing to look at.
            self.reject()
            return
        self.preview = None
        self.model.set_preview(None)
        self.counts.clear()
        if isinstance(error, ImportProblem) and error.kind is not None:
            # What was found of the file stays shown: another encoding, separator or sheet may read it.
            self._read_once = True
            sheet_names = list(error.sheet_names)
            sheet = self._sheet or error.sheet or (sheet_names[0] if sheet_names else None)
            self._show_file_options(
                error.kind, self._encoding or error.encoding, self._delimiter or error.delimiter, sheet_names, sheet
            )
        if isinstance(error, NoUsableColumn):
            self._show_columns(error.headers, {}, error.filled_columns)
            self._show_header_row(error.header_row_number)
        else:
            # The columns of what was read before are not this file's, or this sheet's.
            self._show_columns([], {}, [])
            self.has_header.hide()
        if isinstance(error, UserError):
            self._show_problem(str(error))
        else:
            self._show_problem("")
            report_error(self, error)
        self._update_buttons()
        self._focus_next_step()

    def _show_file_options(self, kind, encoding, delimiter, sheet_names, sheet) -> None:
        is_csv = kind == "csv"
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            widget.setVisible(is_csv)
        for widget in (self.sheet_label, self.sheet):
            widget.setVisible(not is_csv)
        if encoding in ENCODINGS:
            self.encoding.setCurrentIndex(ENCODINGS.index(encoding))
        if delimiter in DELIMITERS:
            self.delimiter.setCurrentIndex(DELIMITERS.index(delimiter))
        self.sheet.clear()
        self.sheet.addItems(sheet_names)
        if sheet in sheet_names:
            self.sheet.setCurrentIndex(sheet_names.index(sheet))

    def _show_columns(self, headers: list[str], mapping: dict[int, str | None], filled: list[int]) -> None:
        """One choice per column that has a header or a value in the file's first rows: the
        member field it holds, or "Leave out". Columns chosen come first, then the others up to
        MAX_COLUMNS_LISTED: a choice per column of a sheet 3,000 columns wide would take minutes."""
        chosen_columns = {index for index, target in mapping.items() if target is not None}
        others = [index for index in filled if index not in chosen_columns]
        room = max(MAX_COLUMNS_LISTED - len(chosen_columns), 0)
        listed = sorted(chosen_columns | set(others[:room]))
        left_out = len(others) - min(room, len(others))
        self.columns_left_out.setText(
            self.tr("%n more column(s) with values are not listed here and are left out.", "", left_out)
        )
        self.columns_left_out.setVisible(left_out > 0)
        width = len(listed)
        # The rows are kept and hidden, never deleted: deleting a widget while the worker
        # thread that just read the file is still winding down can stall PySide.
        while len(self._column_rows) < width:
            self._add_column_row()
        for row, (caption_label, combo) in enumerate(self._column_rows):
            shown = row < width
            self.columns_form.setRowVisible(row, shown)
            if not shown:
                continue
            index = listed[row]
            header = headers[index].strip() if index < len(headers) else ""
            letter = column_letter(index)
            if header:
                short = header if len(header) <= HEADER_SHOWN_LENGTH else header[: HEADER_SHOWN_LENGTH - 1] + "…"
                caption_label.setText(self.tr("{letter}: {header}").format(letter=letter, header=short))
            else:
                caption_label.setText(self.tr("Column {letter}").format(letter=letter))
            caption_label.setToolTip(header)
            chosen = mapping.get(index)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        self.column_choices = [combo for _, combo in self._column_rows[:width]]
        self._listed_columns = listed
        self._set_tab_order()

    def _show_header_row(self, number: int) -> None:
        if number:
            self._last_header_row = number
        self.has_header.setChecked(number > 0)
        self.has_header.show()

    def _add_column_row(self) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(self.tr("Leave out"), None)
        for target, text in target_labels().items():
            combo.addItem(text, target)
        combo.activated.connect(lambda _index, chosen=combo: self._column_chosen(chosen))
        caption_label = QLabel()
        caption_label.setBuddy(combo)
        self.columns_form.addRow(caption_label, combo)
        self._column_rows.append((caption_label, combo))

    def _set_tab_order(self) -> None:
        chain = [self.encoding, self.delimiter, self.sheet, self.has_header, *self.column_choices, self.table, self.skip_same,
                 self.update_same, self.import_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted = metrics.horizontalAdvance(title) + 24
            if column == ImportPreviewModel.STATUS:
                wanted = max(wanted, metrics.horizontalAdvance(self.tr("Repeats a row: left out")) + 16)
            elif column == ImportPreviewModel.NOTE:
                wanted = max(wanted, 220)
            elif column >= ImportPreviewModel.FIRST_FIELD:
                wanted = max(wanted, 140)
            header.resizeSection(column, wanted)

    def _encoding_chosen(self, _index: int) -> None:
        self._encoding = self.encoding.currentData()
        self.read(self._options())

    def _delimiter_chosen(self, _index: int) -> None:
        self._delimiter = self.delimiter.currentData()
        self.read(self._options())

    def _sheet_chosen(self, _index: int) -> None:
        self._sheet = self.sheet.currentText() or None
        self.read(self._options())

    def _column_chosen(self, chosen: QComboBox) -> None:
        target = chosen.currentData()
        if target is not None:
            # A field comes from one column: the column that held it before is left out now.
            for combo in self.column_choices:
                if combo is not chosen and combo.currentData() == target:
                    combo.setCurrentIndex(0)
        self.read(self._options(self.mapping()))

    def _header_chosen(self, checked: bool) -> None:
        self._header_row = self._last_header_row if checked else 0
        self.read(self._options(self.mapping() if self.column_choices else None))

    # --- importing ------------------------------------------------------------------------

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or self._busy or not self._importable():
            return
        self._busy = True
        self._update_buttons()
        store, on_duplicate = self.session.store, self.on_duplicate()

        def work(report):
            return commit_import(store, preview, on_duplicate=on_duplicate, progress=lambda done, total: report("", done, total))

        run_in_background(
            self,
            work,
            label=self.tr("Importing the members of {name}…").format(name=self.path.name),
            on_success=self._imported,
            on_failure=self._import_failed,
            reports_progress=True,
        )

    def _imported(self, summary: ImportSummary) -> None:
        self._busy = False
        self.summary = summary
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, UserError):
            self._show_problem(
                self.tr("Nothing was imported: {reason}").format(reason=str(error))
            )
        else:
            report_error(self, error)
        self._update_buttons()

    # --- state ------------------------------------------------------------------------------

    def _focus_next_step(self) -> None:
        """Where the keyboard goes on: Import when the file can be imported (Enter imports), else
        the first choice that can change that; never Cancel, where Enter would close the dialog."""
        if self.focusWidget() in (*self.column_choices, self.encoding, self.delimiter, self.sheet, self.has_header):
            return
        if self.import_button.isEnabled():
            self.import_button.setFocus()
        elif self.column_choices:
            self.column_choices[0].setFocus()
        elif self.encoding.isVisible():
            self.encoding.setFocus()

    def _importable(self) -> bool:
        preview = self.preview
        return preview is not None and (preview.count(RowStatus.new) + preview.count(RowStatus.same)) > 0

    def _update_buttons(self) -> None:
        importable = not self._busy and self._importable()
        self.import_button.setEnabled(importable)
        if importable:
            # Qt moves "default" to another button while this one is disabled; Enter imports again.
            self.import_button.setDefault(True)
        self.duplicates_box.setEnabled(self.preview is not None and self.preview.count(RowStatus.same) > 0)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        grow_to_fit(self)


def column_letter(index: int) -> str:
    """A spreadsheet's name for column ``index`` (from 0): A, B, … Z, AA, AB, …"""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
