"""Members → Import…: the preview of a real-world file before anything is written, its
encoding, separator, sheet and columns changeable, the import off the UI thread, and files
that cannot be imported said in the dialog with nothing written."""

import threading

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from committee_app.errors import DiskError
from committee_app.exchange.member_import import RowStatus
from committee_app.services import members as member_service
from committee_app.services.members import add_member, count_members, search_members
from ui import member_exchange
from ui.dialogs import member_import_dialog
from ui.dialogs.member_import_dialog import MemberImportDialog, column_letter
from ui.models.import_preview_model import ImportPreviewModel
from ui.views.members_view import MembersView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

EXISTING = dict(full_name="Петренко Ольга Ивановна", phone="+7 705 111 22 33", workplace="Депо")
# As Excel on a Russian Windows saves "CSV (разделители — запятые)": Windows-1251, semicolons, CRLF.
RUSSIAN_EXCEL_CSV = (
    "Список членов профкома;;;;\r\n"
    "ФИО;Телефон;Цех;Дата вступления;Примечание\r\n"
    "Сидоров Алексей Петрович;8 701 234 56 78;Цех №3;15.03.2021;\"водитель; стаж 10 лет\"\r\n"
    "Петренко Ольга Ивановна;8 (705) 111-22-33;Депо;;\r\n"
    ";;;;\r\n"
    "Ким Вера;;Склад;31.02.2020;\r\n"
    "Ёлкина Мария;87770001122;;;\r\n"
)


@pytest.fixture
def existing(store):
    return add_member(store, **EXISTING)


@pytest.fixture
def russian_csv(tmp_path):
    path = tmp_path / "члены профкома.csv"
    path.write_bytes(RUSSIAN_EXCEL_CSV.encode("cp1251"))
    return path


def opened(qtbot, session, path) -> MemberImportDialog:
    dialog = MemberImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_read(qtbot, dialog)
    return dialog


def wait_until_read(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog._busy and (dialog.preview is not None or dialog.problem.isVisible()), timeout=10_000)


def preview_rows(dialog) -> list[tuple[str, str, str]]:
    """(row number, status, name) of each row of the preview table."""
    model = dialog.model
    name_column = ImportPreviewModel.FIRST_FIELD + model.fields().index("full_name")
    return [
        (
            model.index(row, ImportPreviewModel.ROW).data(),
            model.index(row, ImportPreviewModel.STATUS).data(),
            model.index(row, name_column).data(),
        )
        for row in range(model.rowCount())
    ]


def choose(qtbot, dialog, combo, data) -> None:
    """Pick an entry as the user does (the activated signal), then wait for the file to be read again."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())
    wait_until_read(qtbot, dialog)


def names_in_store(store) -> list[str]:
    return sorted(member.full_name for member in search_members(store))


def test_a_russian_excel_csv_is_previewed_with_its_encoding_found(qtbot, session, store, existing, russian_csv):
    dialog = opened(qtbot, session, russian_csv)

    assert dialog.encoding.currentText() == "Windows-1251" and dialog.encoding.isVisible()
    assert dialog.delimiter.currentData() == ";"
    assert not dialog.sheet.isVisible()
    assert [combo.currentData() for combo in dialog.column_choices] == ["full_name", "phone", "unit", "joined_on", "notes"]
    assert preview_rows(dialog) == [
        ("3", "New member", "Сидоров Алексей Петрович"),
        ("4", "Already in the list", "Петренко Ольга Ивановна"),
        ("6", "Error: left out", "Ким Вера"),
        ("7", "New member", "Ёлкина Мария"),
    ]
    error_reason = dialog.model.index(2, ImportPreviewModel.NOTE).data()
    assert "31.02.2020" in error_reason
    assert dialog.counts.text() == "New members: 2    The same as a member or an earlier row: 1    Errors: 1"
    assert dialog.import_button.isEnabled()
    assert count_members(store) == 1  # a preview writes nothing
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_the_encoding_can_be_changed_by_hand_and_back(qtbot, session, store, russian_csv):
    dialog = opened(qtbot, session, russian_csv)
    choose(qtbot, dialog, dialog.encoding, "utf-8")
    assert dialog.problem.isVisible()
    assert "UTF-8" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    choose(qtbot, dialog, dialog.encoding, "cp1251")
    assert not dialog.problem.isVisible()
    assert len(preview_rows(dialog)) == 4


def test_a_column_left_out_by_hand_is_not_imported(qtbot, session, store, existing, russian_csv):
    dialog = opened(qtbot, session, russian_csv)
    notes_choice = dialog.column_choices[4]
    choose(qtbot, dialog, notes_choice, None)
    assert "notes" not in dialog.model.fields()
    # And a date column read as notes instead: the bad date is no longer an error.
    choose(qtbot, dialog, dialog.column_choices[3], "notes")
    assert [status for _, status, _ in preview_rows(dialog)] == [
        "New member", "Already in the list", "New member", "New member",
    ]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert (dialog.summary.added, dialog.summary.skipped) == (3, 1)
    sidorov = next(member for member in search_members(store) if member.full_name.startswith("Сидоров"))
    assert (sidorov.notes, sidorov.unit, sidorov.joined_on) == ("15.03.2021", "Цех №3", None)


def test_the_separator_can_be_changed(qtbot, session, tmp_path):
    path = tmp_path / "tabs.txt"
    path.write_text("Аты-жөні\tТелефон\nҚайрат Жұмабаев\t+7 701 000 00 01\n", encoding="utf-8-sig")
    dialog = opened(qtbot, session, path)
    assert dialog.delimiter.currentData() == "\t"
    assert dialog.encoding.currentData() == "utf-8"
    choose(qtbot, dialog, dialog.delimiter, ",")
    # One column of "name<tab>phone" now: the header is not one the import knows.
    assert dialog.problem.isVisible()
    assert "Full name" in dialog.problem.text()
    assert len(dialog.column_choices) == 1


def test_a_file_with_no_known_header_is_mapped_by_hand(qtbot, session, store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("№,Кім,Нөмір\n1,Айгүл Сейітова,87010000001\n2,Марат Әбенов,\n", encoding="utf-8")
    dialog = opened(qtbot, session, path)
    assert dialog.problem.isVisible() and not dialog.import_button.isEnabled()
    assert [combo.currentData() for combo in dialog.column_choices] == [None, None, None]
    choose(qtbot, dialog, dialog.column_choices[1], "full_name")
    choose(qtbot, dialog, dialog.column_choices[2], "phone")
    assert not dialog.problem.isVisible()
    assert [name for _, _, name in preview_rows(dialog)] == ["Айгүл Сейітова", "Марат Әбенов"]
    # Enter imports from wherever the keyboard is.
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert names_in_store(store) == ["Айгүл Сейітова", "Марат Әбенов"]


def test_a_list_without_headers_mapped_by_hand_keeps_its_first_member_and_the_header_can_be_set(qtbot, session, store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Иванов Сергей;87011234567\nПетров Пётр;87017654321\nСидорова Анна;\n", encoding="utf-8")
    dialog = opened(qtbot, session, path)
    assert dialog.problem.isVisible() and dialog.has_header.isChecked()
    choose(qtbot, dialog, dialog.column_choices[0], "full_name")
    choose(qtbot, dialog, dialog.column_choices[1], "phone")
    assert not dialog.has_header.isChecked()
    assert [(number, name) for number, _, name in preview_rows(dialog)] == [
        ("1", "Иванов Сергей"), ("2", "Петров Пётр"), ("3", "Сидорова Анна")
    ]

    dialog.has_header.click()
    wait_until_read(qtbot, dialog)
    assert dialog.has_header.isChecked()
    assert [name for _, _, name in preview_rows(dialog)] == ["Петров Пётр", "Сидорова Анна"]
    dialog.has_header.click()
    wait_until_read(qtbot, dialog)
    assert [name for _, _, name in preview_rows(dialog)] == ["Иванов Сергей", "Петров Пётр", "Сидорова Анна"]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert names_in_store(store) == ["Иванов Сергей", "Петров Пётр", "Сидорова Анна"]


def test_a_file_3000_columns_wide_lists_only_the_columns_with_values_up_to_a_limit(qtbot, session, tmp_path):
    path = tmp_path / "wide.csv"
    header = ["ФИО", *[f"c{number}" for number in range(3000)], "", "", "Телефон"]
    values = ["Иван Ким", *["x"] * 3000, "", "", "87011234567"]
    path.write_text(";".join(header) + "\n" + ";".join(values) + "\n", encoding="utf-8")

    dialog = opened(qtbot, session, path)

    assert len(dialog.column_choices) == member_import_dialog.MAX_COLUMNS_LISTED
    assert dialog.columns_left_out.isVisible()
    assert dialog.columns_left_out.text() == "2802 more column(s) with values are not listed here and are left out."
    assert [name for _, _, name in preview_rows(dialog)] == ["Иван Ким"]
    # The phone, far to the right, is listed; the empty columns before it are not.
    phone_at = dialog.mapping()
    assert phone_at[3003] == "phone" and 3001 not in phone_at
    choose(qtbot, dialog, dialog.column_choices[1], "notes")
    assert dialog.preview.mapping[1] == "notes" and dialog.preview.mapping[3003] == "phone"
    assert [row.values["notes"] for row in dialog.preview.rows] == ["x"]


def test_a_field_chosen_for_a_second_column_is_taken_from_the_first(qtbot, session, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон;Сотовый\nИван Ким;87010000001;87770000002\n", encoding="utf-8")
    dialog = opened(qtbot, session, path)
    assert [combo.currentData() for combo in dialog.column_choices] == ["full_name", "phone", None]

    choose(qtbot, dialog, dialog.column_choices[2], "phone")

    assert [combo.currentData() for combo in dialog.column_choices] == ["full_name", None, "phone"]
    assert dialog.preview.rows[0].values["phone"] == "87770000002"


def test_a_workbooks_sheet_can_be_chosen(qtbot, session, tmp_path):
    workbook = Workbook()
    first = workbook.active
    first.title = "Цех 1"
    first.append(["ФИО", "Телефон"])
    first.append(["Иванов Иван", "+7 701 000 00 01"])
    second = workbook.create_sheet("Цех 2")
    second.append(["Аты-жөні", "Лауазымы"])
    second.append(["Әлия Нұрланқызы", "оператор"])
    second.append(["Ерлан Сейітқали", "слесарь"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)

    dialog = opened(qtbot, session, path)
    assert dialog.sheet.isVisible() and not dialog.encoding.isVisible()
    assert [dialog.sheet.itemText(index) for index in range(dialog.sheet.count())] == ["Цех 1", "Цех 2"]
    assert [name for _, _, name in preview_rows(dialog)] == ["Иванов Иван"]
    dialog.sheet.setCurrentIndex(1)
    dialog.sheet.activated.emit(1)
    wait_until_read(qtbot, dialog)
    assert dialog.sheet.currentText() == "Цех 2"
    assert [name for _, _, name in preview_rows(dialog)] == ["Әлия Нұрланқызы", "Ерлан Сейітқали"]
    assert "occupation" in dialog.model.fields()


def test_a_workbook_with_an_empty_first_sheet_shows_the_list_and_keeps_the_sheets_choosable(qtbot, session, tmp_path):
    workbook = Workbook()
    workbook.active.title = "Лист1"
    members = workbook.create_sheet("Список")
    members.append(["ФИО", "Телефон"])
    members.append(["Анна Ким", 87011234567])
    path = tmp_path / "list.xlsx"
    workbook.save(path)

    dialog = opened(qtbot, session, path)
    assert dialog.sheet.isVisible() and dialog.sheet.currentText() == "Список"
    assert [name for _, _, name in preview_rows(dialog)] == ["Анна Ким"]
    dialog.sheet.setCurrentIndex(0)
    dialog.sheet.activated.emit(0)
    wait_until_read(qtbot, dialog)
    assert dialog.problem.text() == "The sheet “Лист1” of list.xlsx has no rows."
    assert dialog.sheet.isVisible() and dialog.sheet.currentText() == "Лист1"
    assert dialog.column_choices == [] and not dialog.has_header.isVisible()
    dialog.sheet.setCurrentIndex(1)
    dialog.sheet.activated.emit(1)
    wait_until_read(qtbot, dialog)
    assert [name for _, _, name in preview_rows(dialog)] == ["Анна Ким"]


def test_a_utf8_file_with_one_bad_line_keeps_the_encoding_choosable(qtbot, session, tmp_path):
    path = tmp_path / "list.csv"
    rows = "ФИО;Телефон\n" + "".join(f"Иванов Номер{number};8701{number:07d}\n" for number in range(3000))
    path.write_bytes(rows.encode("utf-8") + "Пётр Ёлкин;1\n".encode("cp1251"))

    dialog = opened(qtbot, session, path)
    assert "Row 3002 of list.csv is not written in the encoding UTF-8" in dialog.problem.text()
    assert dialog.encoding.isVisible() and dialog.encoding.currentData() == "utf-8"
    assert dialog.delimiter.isVisible() and dialog.delimiter.currentData() == ";"
    assert not dialog.sheet.isVisible()


def test_same_rows_update_the_member_when_asked(qtbot, session, store, existing, russian_csv):
    dialog = opened(qtbot, session, russian_csv)
    assert dialog.duplicates_box.isEnabled()
    dialog.update_same.click()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert (dialog.summary.added, dialog.summary.updated, dialog.summary.errors) == (2, 1, 1)
    olga = member_service.get_member(store, existing.id)
    assert (olga.phone, olga.workplace) == ("8 (705) 111-22-33", "Депо")


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        (b"", "empty"),
    ],
    ids=["binary", "empty"],
)
def test_a_file_that_cannot_be_imported_is_said_and_nothing_is_written(qtbot, session, store, existing, tmp_path, content, words):
    path = tmp_path / "members.csv"
    path.write_bytes(content)
    dialog = opened(qtbot, session, path)
    assert dialog.problem.isVisible()
    assert words in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert names_in_store(store) == [EXISTING["full_name"]]


def test_a_failure_while_writing_is_said_in_the_dialog_and_nothing_is_written(qtbot, session, store, existing, russian_csv, monkeypatch):
    def disk_gone(*_args, **_kwargs):
        raise DiskError("The disk is full: the store could not be written. Nothing was changed.")

    monkeypatch.setattr(member_service, "update_members_in_bulk", disk_gone)
    dialog = opened(qtbot, session, russian_csv)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    assert dialog.isVisible()
    assert "Nothing was imported" in dialog.problem.text() and "disk is full" in dialog.problem.text()
    assert names_in_store(store) == [EXISTING["full_name"]]


def test_reading_a_large_file_can_be_cancelled(qtbot, session, store, tmp_path, monkeypatch):
    path = tmp_path / "large.csv"
    path.write_text("ФИО;Телефон\n" + "".join(f"Жұмысшы {n};8701{n:07d}\n" for n in range(3000)), encoding="utf-8")
    real_read = member_import_dialog.read_import_preview
    reading = threading.Event()

    def slow_read(store, path, options, *, progress=None, cancelled=None):
        reading.set()
        # As slow as a large file on a slow stick: still reading when Cancel is pressed.
        for _ in range(1000):
            if cancelled():
                break
            threading.Event().wait(0.01)
        return real_read(store, path, options, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(member_import_dialog, "read_import_preview", slow_read)
    dialog = MemberImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: reading.is_set() and dialog.findChild(QProgressDialog) is not None, timeout=10_000)
    progress = dialog.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=10_000)
    progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible(), timeout=10_000)
    assert count_members(store) == 0


def test_keyboard_reaches_every_choice(qtbot, session, existing, russian_csv):
    dialog = opened(qtbot, session, russian_csv)
    dialog.activateWindow()
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.encoding
    QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.delimiter
    QTest.keyClick(dialog.delimiter, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.has_header
    QTest.keyClick(dialog.has_header, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.column_choices[0]
    QTest.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.table
    QTest.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.update_same.isChecked)  # a mnemonic clicks as a click looks: after a moment
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_column_letters_are_the_spreadsheets():
    assert [column_letter(index) for index in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]


def test_members_import_from_the_view_adds_them_to_the_list(qtbot, session, store, existing, russian_csv, monkeypatch, shown_messages):
    monkeypatch.setattr(member_exchange, "choose_import_file", lambda parent, folder: russian_csv)
    view = MembersView(session)
    qtbot.addWidget(view)
    view.load()
    assert view.model.rowCount() == 1

    def press_import():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MemberImportDialog) or dialog.preview is None or dialog._busy:
            QTimer.singleShot(20, press_import)
            return
        dialog.import_button.click()

    QTimer.singleShot(0, press_import)
    view.import_action.trigger()

    names = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert names == ["Ёлкина Мария", "Петренко Ольга Ивановна", "Сидоров Алексей Петрович"]
    assert shown_messages[-1][1] == (
        "Added: 2 member(s).\nUpdated from the file: 0 member(s).\nSkipped, already in the list: 1 row(s).\n"
        "Left out, with errors: 1 row(s)."
    )
    assert session.settings.member_files_folder == russian_csv.parent
