"""Members → Export…: the file dialog's choice of workbook or CSV (and its separator), the
warning that the file is not encrypted, the writing off the UI thread, and the count said."""

import csv
import errno
import io
import os

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from committee_app.services.members import add_member
from ui import member_exchange
from ui.background import wait_for_background_work
from ui.main_window import MainWindow
from ui.member_exchange import ExportTarget, choose_export_target
from committee_app.exchange.member_export import ExportFormat

pytestmark = pytest.mark.usefixtures("unsynced_writes")

PEOPLE = [
    dict(full_name="Жұмабаев Қайрат", phone="+7 701 234 56 78", workplace="Өзенмұнайгаз", role="chair"),
    dict(full_name="Петренко Ольга", phone="87051112233", unit="Депо"),
    dict(full_name="Ерлан Сейітқали", status="left"),
]


@pytest.fixture
def window(qtbot, session, store):
    for person in PEOPLE:
        add_member(store, **person)
    shown = MainWindow(session)
    qtbot.addWidget(shown)
    shown.show()
    shown.load()
    return shown


def export_to(monkeypatch, target: ExportTarget | None) -> None:
    monkeypatch.setattr(member_exchange, "choose_export_target", lambda parent, suggested: target)


def run_export(qtbot, window) -> None:
    view = window.view("members")
    with qtbot.waitSignal(view.member_files.exported, timeout=10_000):
        view.export_action.trigger()


def test_export_warns_writes_the_workbook_and_says_how_many(qtbot, window, tmp_path, monkeypatch, answers, session):
    path = tmp_path / "list.xlsx"
    export_to(monkeypatch, ExportTarget(path, ExportFormat.xlsx))
    run_export(qtbot, window)

    assert "NOT encrypted" in answers.asked[0] and "list.xlsx" in answers.asked[0]
    rows = [[cell.value for cell in row] for row in load_workbook(path).active.iter_rows()]
    assert rows[0][:3] == ["Full name", "Phone", "Workplace"]
    # The list hides those who left, and so does the file.
    assert [row[0] for row in rows[1:]] == ["Жұмабаев Қайрат", "Петренко Ольга"]
    assert window.statusBar().currentMessage() == f"Wrote 2 member(s) to {path}"
    assert session.settings.member_files_folder == tmp_path


def test_export_takes_those_who_left_when_the_list_shows_them(qtbot, window, tmp_path, monkeypatch, answers):
    path = tmp_path / "list.csv"
    export_to(monkeypatch, ExportTarget(path, ExportFormat.csv, ","))
    window.view("members").show_left.setChecked(True)
    run_export(qtbot, window)
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=","))
    assert [row[0] for row in rows[1:]] == ["Ерлан Сейітқали", "Жұмабаев Қайрат", "Петренко Ольга"]
    assert rows[2][1] == "'+7 701 234 56 78"


def test_declining_the_warning_writes_nothing(qtbot, window, tmp_path, monkeypatch, answers):
    export_to(monkeypatch, ExportTarget(tmp_path / "list.xlsx", ExportFormat.xlsx))
    answers.queue.append(False)
    window.view("members").export_action.trigger()
    wait_for_background_work()
    assert "list.xlsx" not in os.listdir(tmp_path)


def test_a_full_disk_is_said_and_leaves_no_part(qtbot, window, tmp_path, monkeypatch, answers, shown_messages):
    folder = tmp_path / "stick"
    folder.mkdir()
    export_to(monkeypatch, ExportTarget(folder / "list.xlsx", ExportFormat.xlsx))

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    window.view("members").export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=10_000)
    monkeypatch.undo()
    icon, text = shown_messages[-1]
    assert icon == QMessageBox.Icon.Warning
    assert "disk is full" in text
    assert os.listdir(folder) == []


def answer_file_dialog(name_filter_part: str, file_name: str):
    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        chosen = next(text for text in dialog.nameFilters() if name_filter_part in text)
        dialog.selectNameFilter(chosen)
        dialog.selectFile(file_name)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize(
    "filter_part, typed, expected",
    [
        ("commas", "members", ("members.csv", ExportFormat.csv, ",")),
        ("semicolons", "members", ("members.csv", ExportFormat.csv, ";")),
        ("Excel workbook", "members", ("members.xlsx", ExportFormat.xlsx, ";")),
        ("commas", "members.xlsx", ("members.xlsx", ExportFormat.xlsx, ",")),
    ],
)
def test_the_file_dialog_chooses_the_form(qtbot, qapp, tmp_path, filter_part, typed, expected):
    answer_file_dialog(filter_part, str(tmp_path / typed))
    target = choose_export_target(None, tmp_path / "members.xlsx")
    assert (target.path.name, target.fmt, target.delimiter) == expected
    assert target.path.parent == tmp_path
