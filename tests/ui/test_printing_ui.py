"""Printing from the desktop: the print dialog, each view's print actions writing a real PDF
through the printing core, the private copy opened in the system's viewer, the language and
paper remembered for the next document, and errors shown to the user.

Records with Kazakh letters come in through the services; typed text would have to be ASCII.
"""

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.signin_rows import DEFAULT_BLANK_ROWS_AT_MOST, FEW_BLANK_ROWS, MOST_BLANK_ROWS
from committee_app.services import assemblies, demands, members, profile
from committee_app.store import Store
from committee_app.vocabulary import DemandStatus
from tests.conftest import PASSPHRASE
from tests.printing.conftest import read_pdf
from ui import file_dialogs, printing_actions
from ui.dialogs.print_dialog import PrintDestination, PrintDialog, PrintRequest
from ui.session import DeskSession
from ui.settings import DeskSettings
from ui.views.assemblies_view import AssembliesView
from ui.views.demands_view import DemandsView
from ui.views.members_view import MembersView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MEMBER = "Жұмабаев Қайрат"
PHONE = "+7 701 555 12 34"
AGENDA_ITEM = "Жалақы және еңбек қауіпсіздігі"
DEMAND = "Қауіпсіздік техникасын жаңарту"
BACKGROUND_MS = 20_000


@pytest.fixture
def store(demo_store):
    """The demo committee's records (an empty store only where a test says so)."""
    return demo_store


@pytest.fixture
def records(store):
    """The demo committee, plus a member, an agenda item of assembly No. 4 (the planned one) and an adopted demand in Kazakh."""
    profile.save_profile(store, default_language="kk")
    members.add_member(store, full_name=MEMBER, phone=PHONE, workplace="Цех № 2")
    upcoming = assemblies.get_assembly_by_number(store, 4)
    assemblies.add_agenda_item(store, upcoming.id, title=AGENDA_ITEM)
    demand = demands.propose_demand(store, title=DEMAND, text="Жаңа қорғаныс құралдары")
    demands.change_demand_status(store, demand.id, DemandStatus.adopted)
    return store


def shown(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def loaded(qtbot, view):
    shown(qtbot, view).load()
    return view


@pytest.fixture
def assemblies_view(qtbot, session, records):
    return loaded(qtbot, AssembliesView(session))


@pytest.fixture
def demands_view(qtbot, session, records):
    return loaded(qtbot, DemandsView(session))


@pytest.fixture
def members_view(qtbot, session, records):
    return loaded(qtbot, MembersView(session))


class PrintAnswers:
    """Stands in for the print dialog and the save dialog, and keeps what each was asked."""

    def __init__(self, monkeypatch, save_to: Path | None = None):
        self.request = PrintRequest(PaperChoice("ru", "a4"), PrintDestination.save)
        self.accepted = True
        self.save_to = save_to
        self.dialogs: list[dict] = []
        self.save_dialogs: list[str] = []
        monkeypatch.setattr(PrintDialog, "get_print_choice", classmethod(self.answer_print))
        monkeypatch.setattr(file_dialogs, "file_to_save", self.answer_save)

    def answer_print(self, _cls, parent, document_title, choice, *, personal_data, blank_rows=None, redactable=True):
        self.dialogs.append(
            {
                "title": document_title,
                "choice": choice,
                "personal_data": personal_data,
                "blank_rows": blank_rows,
                "redactable": redactable,
            }
        )
        return self.request, self.accepted

    def answer_save(self, parent, caption, suggested, file_filter):
        self.save_dialogs.append(str(suggested))
        return self.save_to


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def print_and_wait(qtbot, view, action) -> Path:
    with qtbot.waitSignal(view.printer.printed, timeout=BACKGROUND_MS) as printed:
        action.trigger()
    return printed.args[0]


# --- the dialog ------------------------------------------------------------------------


def test_the_dialog_starts_from_the_choice_given_and_saves_what_was_picked(qtbot):
    dialog = PrintDialog("Agenda of assembly No. 4", PaperChoice("ru", "letter"), personal_data=False)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ru"
    assert dialog.paper.currentData() == "letter"
    languages = [dialog.language.itemText(index) for index in range(dialog.language.count())]
    assert languages == ["Қазақша", "Русский", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request() == PrintRequest(PaperChoice("kk", "a4"), PrintDestination.save)


def test_open_in_the_dialog_asks_for_a_copy_in_the_viewer(qtbot):
    dialog = PrintDialog("Adopted demands", PaperChoice("en", "a4"), personal_data=False)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request() == PrintRequest(PaperChoice("en", "a4"), PrintDestination.open)


def test_the_dialog_by_keyboard_return_saves_and_escape_cancels(qtbot):
    def answer(key):
        dialog = QApplication.activeModalWidget()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        qtbot.keyClick(dialog, key)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    request, accepted = PrintDialog.get_print_choice(None, "Member list", PaperChoice("kk", "a4"), personal_data=True)
    assert accepted
    assert request == PrintRequest(PaperChoice("ru", "a4"), PrintDestination.save)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    _request, accepted = PrintDialog.get_print_choice(None, "Member list", PaperChoice("kk", "a4"), personal_data=True)
    assert not accepted


def test_the_sign_in_sheet_dialog_offers_its_blank_rows_and_takes_a_typed_number(qtbot):
    dialog = PrintDialog("Sign-in sheet of assembly No. 4", PaperChoice("ru", "a4"), personal_data=False, blank_rows=480)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.blank_rows.isVisible() and dialog.blank_rows_label.isVisible()
    assert dialog.blank_rows.value() == 480
    assert dialog.blank_rows.maximum() == MOST_BLANK_ROWS and dialog.blank_rows.minimum() == 0
    assert "not in the member list" in dialog.blank_rows_note.text()
    assert dialog.request().blank_rows == 480

    dialog.blank_rows.setFocus()
    dialog.blank_rows.selectAll()
    qtbot.keyClicks(dialog.blank_rows, "1188")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request() == PrintRequest(PaperChoice("ru", "a4"), PrintDestination.save, 1188)


def test_the_blank_rows_are_reached_by_tab_and_typed_then_return_saves(qtbot):
    focused = []

    def answer():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        focused.append(dialog.focusWidget())
        dialog.blank_rows.selectAll()
        qtbot.keyClicks(dialog.blank_rows, "0")
        qtbot.keyClick(dialog.blank_rows, Qt.Key.Key_Return)
        # Closed whatever happened, so that a failure is reported rather than waited on.
        QTimer.singleShot(0, dialog.reject)

    QTimer.singleShot(0, answer)
    request, accepted = PrintDialog.get_print_choice(
        None, "Sign-in sheet of assembly No. 4", PaperChoice("kk", "a4"), personal_data=False, blank_rows=10
    )
    # Language, paper, then the blank rows.
    assert [type(widget).__name__ for widget in focused] == ["QSpinBox"]
    assert accepted
    assert request == PrintRequest(PaperChoice("kk", "a4"), PrintDestination.save, 0)


def test_other_documents_have_no_blank_rows_to_choose(qtbot):
    dialog = PrintDialog("Agenda of assembly No. 3", PaperChoice("ru", "a4"), personal_data=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.blank_rows.isVisible() and not dialog.blank_rows_label.isVisible()
    assert not dialog.blank_rows_note.isVisible()
    assert dialog.request().blank_rows is None


@pytest.mark.parametrize("personal_data", [True, False])
def test_the_warning_about_names_and_phones_shows_only_for_personal_data(qtbot, personal_data):
    dialog = PrintDialog("Member list", PaperChoice("ru", "a4"), personal_data=personal_data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.personal_data_warning.isVisible() == personal_data
    assert "NOT encrypted" in dialog.personal_data_warning.text()
    assert dialog.open_note.isVisible()
    assert "temporary folder" in dialog.open_note.text()


def test_the_print_settings_read_back_only_what_is_valid(tmp_path):
    settings = DeskSettings()
    assert (settings.print_language, settings.print_paper, settings.print_folder) == (None, "a4", None)
    settings.print_language, settings.print_paper, settings.print_folder = "kk", "letter", tmp_path
    again = DeskSettings()
    assert (again.print_language, again.print_paper, again.print_folder) == ("kk", "letter", tmp_path)
    settings.set_value("print/language", "de")
    settings.set_value("print/paper", "tabloid")
    settings.print_folder = tmp_path / "unplugged stick"
    assert (settings.print_language, settings.print_paper, settings.print_folder) == (None, "a4", None)


# --- each action, through the real printing core ----------------------------------------


@pytest.mark.parametrize(
    ("view_fixture", "action_name", "file_name", "expected", "personal_data"),
    [
        ("assemblies_view", "print_agenda_action", "agenda-4.pdf", [AGENDA_ITEM], False),
        ("assemblies_view", "print_signin_action", "signin-4.pdf", [MEMBER], False),
        ("assemblies_view", "print_minutes_action", "minutes-4.pdf", [AGENDA_ITEM], False),
        ("demands_view", "print_action", "demands.pdf", [DEMAND], False),
        ("members_view", "print_action", "members.pdf", [MEMBER, PHONE], True),
    ],
)
def test_each_print_action_saves_a_real_pdf(
    request, qtbot, monkeypatch, tmp_path, view_fixture, action_name, file_name, expected, personal_data
):
    view = request.getfixturevalue(view_fixture)
    answers = PrintAnswers(monkeypatch, save_to=tmp_path / "out" / file_name)
    (tmp_path / "out").mkdir()
    answers.request = PrintRequest(PaperChoice("kk", "a4"), PrintDestination.save)

    written = print_and_wait(qtbot, view, getattr(view, action_name))

    assert written == tmp_path / "out" / file_name
    assert written.read_bytes().startswith(b"%PDF")
    text = pdf_text(written)
    for entered in expected:
        assert entered in text
    assert answers.dialogs[0]["personal_data"] is personal_data
    assert Path(answers.save_dialogs[0]).name == file_name


@pytest.mark.parametrize(
    ("view_fixture", "focus", "keys", "titles"),
    [
        (
            "assemblies_view",
            "list",
            [(Qt.Key.Key_P, CTRL), (Qt.Key.Key_P, CTRL_SHIFT), (Qt.Key.Key_M, CTRL_SHIFT)],
            ["Agenda of assembly No. 4", "Sign-in sheet of assembly No. 4", "Minutes of assembly No. 4"],
        ),
        ("demands_view", "table", [(Qt.Key.Key_P, CTRL)], ["Adopted demands"]),
        ("members_view", "table", [(Qt.Key.Key_P, CTRL)], ["Member list"]),
    ],
)
def test_the_print_shortcuts_ask_how_to_print(request, qtbot, monkeypatch, view_fixture, focus, keys, titles):
    view = request.getfixturevalue(view_fixture)
    answers = PrintAnswers(monkeypatch)
    answers.accepted = False
    getattr(view, focus).setFocus()
    for key, modifiers in keys:
        qtbot.keyClick(getattr(view, focus), key, modifiers)
    assert [dialog["title"] for dialog in answers.dialogs] == titles
    assert answers.save_dialogs == []


def test_the_sign_in_sheet_offers_a_row_for_each_worker_not_listed_and_prints_the_rows_chosen(
    qtbot, monkeypatch, tmp_path, assemblies_view
):
    store = assemblies_view.session.store
    listed = len(read_assembly_papers(store, 4, with_sign_in_lines=True).sign_in_lines)
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, 4).id, entitled=listed + 7)
    answers = PrintAnswers(monkeypatch, save_to=tmp_path / "signin-4.pdf")
    answers.request = PrintRequest(PaperChoice("en", "a4"), PrintDestination.save, blank_rows=3)

    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_signin_action)

    assert answers.dialogs[0]["blank_rows"] == 7
    last_page = read_pdf(written.read_bytes()).page_bodies[-1]
    numbers = [int(word) for word in last_page.split() if word.isdigit()]
    assert numbers[-4:] == [listed, listed + 1, listed + 2, listed + 3]
    assert "Registered in total: ________________ people. Secretary of the assembly" in last_page


@pytest.mark.parametrize(
    ("entitled", "offered"), [(None, FEW_BLANK_ROWS), (5000, DEFAULT_BLANK_ROWS_AT_MOST)], ids=["members", "a large hall"]
)
def test_the_blank_rows_offered_follow_those_entitled(qtbot, monkeypatch, assemblies_view, entitled, offered):
    store = assemblies_view.session.store
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, 4).id, entitled=entitled)
    answers = PrintAnswers(monkeypatch)
    answers.accepted = False
    assemblies_view.print_signin_action.trigger()
    assemblies_view.print_agenda_action.trigger()
    assert [dialog["blank_rows"] for dialog in answers.dialogs] == [offered, None]


def test_the_assembly_print_actions_wait_for_an_assembly(qtbot, tmp_path, shown_messages):
    empty = Store.create(tmp_path / "empty" / "committee.store", PASSPHRASE)
    session = DeskSession(store=empty, settings=DeskSettings(), language="en")
    view = loaded(qtbot, AssembliesView(session))
    assert not view.print_agenda_action.isEnabled()
    assert not view.print_button.isEnabled()
    assemblies.create_assembly(session.store, number=1, title="Жиналыс")
    view.reload()
    assert all(action.isEnabled() for action in view.print_actions)
    assert view.print_button.menu().actions() == view.print_actions
    view.clear()
    empty.close()


def test_the_minutes_typed_but_not_saved_are_printed(qtbot, monkeypatch, tmp_path, assemblies_view):
    PrintAnswers(monkeypatch, save_to=tmp_path / "minutes-4.pdf")
    assemblies_view.tabs.setCurrentWidget(assemblies_view.minutes)
    heard, _spoke, _resolved = assemblies_view.minutes.editors()
    qtbot.keyClicks(heard, "Heard the treasurer on the strike fund")
    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_minutes_action)
    assert "Heard the treasurer on the strike fund" in pdf_text(written)


def test_the_member_list_includes_those_who_left_while_the_view_shows_them(qtbot, monkeypatch, tmp_path, members_view):
    left = members.add_member(members_view.session.store, full_name="Сейітова Гүлнар")
    members.mark_member_left(members_view.session.store, left.id)
    answers = PrintAnswers(monkeypatch, save_to=tmp_path / "members.pdf")
    assert "Сейітова" not in pdf_text(print_and_wait(qtbot, members_view, members_view.print_action))
    members_view.show_left.setChecked(True)
    assert "Сейітова" in pdf_text(print_and_wait(qtbot, members_view, members_view.print_action))
    assert answers.dialogs[1]["title"] == "Member list, with the members who left"


# --- remembering the choice ------------------------------------------------------------------


def test_language_paper_and_folder_are_remembered_for_the_next_document(
    qtbot, monkeypatch, tmp_path, session, demands_view
):
    folder = tmp_path / "stick"
    folder.mkdir()
    answers = PrintAnswers(monkeypatch, save_to=folder / "demands.pdf")
    answers.request = PrintRequest(PaperChoice("en", "letter"), PrintDestination.save)

    print_and_wait(qtbot, demands_view, demands_view.print_action)
    # Before the first document: the committee's own language, on A4.
    assert answers.dialogs[0]["choice"] == PaperChoice("kk", "a4")

    print_and_wait(qtbot, demands_view, demands_view.print_action)
    assert answers.dialogs[1]["choice"] == PaperChoice("en", "letter")
    assert answers.save_dialogs[1] == str(folder / "demands.pdf")
    settings = DeskSettings()
    assert (settings.print_language, settings.print_paper, settings.print_folder) == ("en", "letter", folder)
    page = PdfReader(folder / "demands.pdf").pages[0]
    assert round(float(page.mediabox.width)) == 612  # Letter, in points


def test_the_status_bar_says_where_the_pdf_was_saved(qtbot, monkeypatch, tmp_path, session, records):
    window = QMainWindow()
    view = MembersView(session)
    window.setCentralWidget(view)
    shown(qtbot, window)
    view.load()
    PrintAnswers(monkeypatch, save_to=tmp_path / "members.pdf")
    print_and_wait(qtbot, view, view.print_action)
    assert window.statusBar().currentMessage() == f"Saved {tmp_path / 'members.pdf'}"


def test_a_name_typed_without_extension_is_saved_as_pdf(qtbot, monkeypatch, tmp_path, demands_view):
    PrintAnswers(monkeypatch, save_to=tmp_path / "for the akimat")
    written = print_and_wait(qtbot, demands_view, demands_view.print_action)
    assert written == tmp_path / "for the akimat.pdf"
    assert written.exists()


def test_a_cancelled_print_dialog_changes_nothing(qtbot, monkeypatch, demands_view):
    answers = PrintAnswers(monkeypatch)
    answers.accepted = False
    answers.request = PrintRequest(PaperChoice("en", "letter"), PrintDestination.save)
    demands_view.print_action.trigger()
    assert answers.save_dialogs == []
    assert DeskSettings().print_language is None


# --- opening in the viewer --------------------------------------------------------------------


class SystemOpening:
    """Stands in for the system's "open this file" (QDesktopServices.openUrl) and keeps what it
    was asked to open; the answers say, in turn, whether a program took it. No xdg-open is
    found, so the app asks Qt, as on Windows and macOS."""

    def __init__(self, monkeypatch, tmp_path, *answers: bool):
        self.answers = list(answers)
        self.opened: list[Path] = []
        empty = tmp_path / "no programs"
        empty.mkdir()
        monkeypatch.setenv("PATH", str(empty))
        monkeypatch.setattr(QDesktopServices, "openUrl", self.open_url)

    def open_url(self, url):
        self.opened.append(Path(url.toLocalFile()))
        return self.answers.pop(0)


@pytest.fixture
def opening_the_copy(monkeypatch):
    answers = PrintAnswers(monkeypatch)
    answers.request = PrintRequest(PaperChoice("ru", "a4"), PrintDestination.open)
    return answers


@pytest.fixture
def messages_with_a_path(monkeypatch):
    """The messages shown with a path to copy, as (text, whether its text can be selected)."""
    shown = []

    def shown_instead(box):
        flags = box.textInteractionFlags()
        shown.append((box.text(), bool(flags & Qt.TextInteractionFlag.TextSelectableByMouse)))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", shown_instead)
    return shown


def status_line(view) -> str:
    return view.window().statusBar().currentMessage()


@pytest.fixture
def demands_in_window(qtbot, session, records):
    """The demands view in a window with a status line (kept open until the test ends)."""
    window = QMainWindow()
    window.setCentralWidget(DemandsView(session))
    shown(qtbot, window)
    window.centralWidget().load()
    yield window.centralWidget()
    window.close()


def test_open_writes_a_private_copy_and_shows_it_in_the_viewer(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_in_window, answers
):
    opening = SystemOpening(monkeypatch, tmp_path, True)

    written = print_and_wait(qtbot, demands_in_window, demands_in_window.print_action)

    assert opening.opened == [written]
    assert answers.asked == []
    assert status_line(demands_in_window) == "Opened demands.pdf in the PDF viewer"
    assert written.name == "demands.pdf"
    assert DEMAND in pdf_text(written)
    folder = written.parent
    assert folder.parent == Path(tempfile.gettempdir())
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert opening_the_copy.save_dialogs == []
    printing_actions.delete_opened_copies()
    assert not folder.exists()


def test_no_viewer_says_so_and_opens_the_folder_instead(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_in_window, answers, messages_with_a_path
):
    opening = SystemOpening(monkeypatch, tmp_path, False, True)

    written = print_and_wait(qtbot, demands_in_window, demands_in_window.print_action)

    [question] = answers.asked
    assert question.startswith("No program on this computer opened the PDF")
    assert str(written) in question
    assert question.endswith("Open the folder that holds it instead?")
    assert opening.opened == [written, written.parent]
    assert status_line(demands_in_window) == "Opened the folder that holds demands.pdf"
    assert "PDF viewer" not in status_line(demands_in_window)
    assert messages_with_a_path == []
    printing_actions.delete_opened_copies()


def test_a_folder_that_will_not_open_either_shows_the_full_path_to_copy(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_view, answers, messages_with_a_path
):
    opening = SystemOpening(monkeypatch, tmp_path, False, False)

    written = print_and_wait(qtbot, demands_view, demands_view.print_action)

    assert opening.opened == [written, written.parent]
    [(text, selectable)] = messages_with_a_path
    assert text.startswith("The folder could not be opened either.")
    assert f"\n\n{written}\n\n" in text
    assert selectable
    assert written.exists()
    printing_actions.delete_opened_copies()


def test_no_to_the_folder_opens_nothing_more(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_in_window, answers, messages_with_a_path
):
    opening = SystemOpening(monkeypatch, tmp_path, False)
    answers.queue.append(False)

    written = print_and_wait(qtbot, demands_in_window, demands_in_window.print_action)

    assert opening.opened == [written]
    assert len(answers.asked) == 1
    assert messages_with_a_path == []
    assert "Opened" not in status_line(demands_in_window)
    printing_actions.delete_opened_copies()


# --- xdg-open, as Qt uses it on Linux: it starts even when it then finds no program -------------


def fake_xdg_open(monkeypatch, tmp_path, script: str) -> Path:
    """An xdg-open first on the PATH that logs what it is asked to open, then runs ``script``."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "xdg-open.log"
    program = folder / "xdg-open"
    program.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n{script}\n', encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("Qt's openUrl reports success too early"))
    return log


def opened_by_xdg_open(log: Path) -> list[Path]:
    return [Path(line) for line in log.read_text(encoding="utf-8").splitlines()]


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is how Linux opens files")


@linux_only
def test_xdg_open_finding_no_program_is_a_failure(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_view, answers, messages_with_a_path
):
    # Status 3: "a required tool could not be found", what xdg-open says with no PDF viewer.
    log = fake_xdg_open(monkeypatch, tmp_path, "exit 3")

    written = print_and_wait(qtbot, demands_view, demands_view.print_action)

    assert opened_by_xdg_open(log) == [written, written.parent]
    assert answers.asked[0].startswith("No program on this computer opened the PDF")
    [(text, _selectable)] = messages_with_a_path
    assert str(written) in text
    printing_actions.delete_opened_copies()


@linux_only
@pytest.mark.parametrize("script", ["exit 0", "sleep 3"], ids=["returns at once", "waits for the viewer"])
def test_xdg_open_that_opened_a_viewer_is_a_success(
    qtbot, monkeypatch, tmp_path, opening_the_copy, demands_in_window, answers, script
):
    monkeypatch.setattr(printing_actions, "XDG_OPEN_PATIENCE_S", 0.5)
    log = fake_xdg_open(monkeypatch, tmp_path, script)

    written = print_and_wait(qtbot, demands_in_window, demands_in_window.print_action)

    assert opened_by_xdg_open(log) == [written]
    assert answers.asked == []
    assert status_line(demands_in_window) == "Opened demands.pdf in the PDF viewer"
    printing_actions.delete_opened_copies()


# --- errors ------------------------------------------------------------------------------------


def test_a_missing_output_folder_is_shown_as_a_message(qtbot, monkeypatch, tmp_path, shown_messages, members_view):
    target = tmp_path / "removed stick" / "members.pdf"
    PrintAnswers(monkeypatch, save_to=target)
    printed = []
    members_view.printer.printed.connect(printed.append)

    members_view.print_action.trigger()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=BACKGROUND_MS)

    [(icon, text)] = shown_messages
    assert icon == QMessageBox.Icon.Warning
    assert str(target) in text
    assert "does not exist" in text
    assert printed == []
    assert not target.exists()
    assert DeskSettings().print_folder is None


def test_tally_sheets_ask_the_item_and_the_counters_then_print_one_sheet_each(qtbot, monkeypatch, tmp_path, assemblies_view):
    from PySide6.QtWidgets import QInputDialog

    asked = {}

    def choose_item(parent, title, label, items, current, editable):
        asked["items"] = items
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose_item)
    monkeypatch.setattr(QInputDialog, "getInt", lambda parent, title, label, value, low, high: (3, True))
    answers = PrintAnswers(monkeypatch, save_to=tmp_path / "tally.pdf")
    answers.request = PrintRequest(PaperChoice("en", "a4"), PrintDestination.save)

    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_tally_action)

    assert written == tmp_path / "tally.pdf"
    pages = PdfReader(written).pages
    assert len(pages) == 3
    assert "TALLY SHEET No. 3 of 3" in pages[2].extract_text()
    assert asked["items"][-1].split(". ", 1)[1] in " ".join(pages[0].extract_text().split())
    assert answers.dialogs[0]["redactable"] is False and answers.dialogs[0]["personal_data"] is False
    assert Path(answers.save_dialogs[0]).name.startswith("tally-4-")
