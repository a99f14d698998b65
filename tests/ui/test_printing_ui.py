"""Printing from the desktop: the print dialog, each view's print actions writing a real PDF
through the printing core, the private copy opened in the system's viewer, the language and
paper remembered for the next document, and errors shown to the user.

Records with Kazakh letters come in through the services; typed text would have to be ASCII.
"""

import os
import stat
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox

from committee_app.demo import fill_demo_records
from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.signin_rows import DEFAULT_BLANK_ROWS_AT_MOST, FEW_BLANK_ROWS, MOST_BLANK_ROWS
from committee_app.services import assemblies, demands, members, profile
from committee_app.vocabulary import DemandStatus
from tests.printing.conftest import read_pdf
from ui import printing_actions
from ui.dialogs.print_dialog import PrintDestination, PrintDialog, PrintRequest
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
def records(store):
    """The demo committee, plus a member, an agenda item of assembly No. 3 and an adopted demand in Kazakh."""
    fill_demo_records(store)
    profile.save_profile(store, default_language="kk")
    members.add_member(store, full_name=MEMBER, phone=PHONE, workplace="Цех № 2")
    upcoming = assemblies.get_assembly_by_number(store, 3)
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
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self.answer_save)

    def answer_print(self, _cls, parent, document_title, choice, *, personal_data, blank_rows=None):
        self.dialogs.append(
            {"title": document_title, "choice": choice, "personal_data": personal_data, "blank_rows": blank_rows}
        )
        return self.request, self.accepted

    def answer_save(self, parent, caption, suggested, file_filter, *args):
        self.save_dialogs.append(suggested)
        return (str(self.save_to) if self.save_to else "", file_filter)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def print_and_wait(qtbot, view, action) -> Path:
    with qtbot.waitSignal(view.printer.printed, timeout=BACKGROUND_MS) as printed:
        action.trigger()
    return printed.args[0]


# --- the dialog ------------------------------------------------------------------------


def test_the_dialog_starts_from_the_choice_given_and_saves_what_was_picked(qtbot):
    dialog = PrintDialog("Agenda of assembly No. 3", PaperChoice("ru", "letter"), personal_data=False)
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
        ("assemblies_view", "print_agenda_action", "agenda-3.pdf", [AGENDA_ITEM], False),
        ("assemblies_view", "print_signin_action", "signin-3.pdf", [MEMBER], False),
        ("assemblies_view", "print_minutes_action", "minutes-3.pdf", [AGENDA_ITEM], False),
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
            ["Agenda of assembly No. 3", "Sign-in sheet of assembly No. 3", "Minutes of assembly No. 3"],
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
    listed = len(read_assembly_papers(store, 3, with_sign_in_lines=True).sign_in_lines)
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, 3).id, entitled=listed + 7)
    answers = PrintAnswers(monkeypatch, save_to=tmp_path / "signin-3.pdf")
    answers.request = PrintRequest(PaperChoice("en", "a4"), PrintDestination.save, blank_rows=3)

    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_signin_action)

    assert answers.dialogs[0]["blank_rows"] == 7
    last_page = read_pdf(written.read_bytes()).page_bodies[-1]
    numbers = [int(word) for word in last_page.split() if word.isdigit()]
    assert numbers[-4:] == [listed, listed + 1, listed + 2, listed + 3]
    assert last_page.endswith("Signed in on this sheet: ________________")


@pytest.mark.parametrize(
    ("entitled", "offered"), [(None, FEW_BLANK_ROWS), (5000, DEFAULT_BLANK_ROWS_AT_MOST)], ids=["members", "a large hall"]
)
def test_the_blank_rows_offered_follow_those_entitled(qtbot, monkeypatch, assemblies_view, entitled, offered):
    store = assemblies_view.session.store
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, 3).id, entitled=entitled)
    answers = PrintAnswers(monkeypatch)
    answers.accepted = False
    assemblies_view.print_signin_action.trigger()
    assemblies_view.print_agenda_action.trigger()
    assert [dialog["blank_rows"] for dialog in answers.dialogs] == [offered, None]


def test_the_assembly_print_actions_wait_for_an_assembly(qtbot, session):
    view = loaded(qtbot, AssembliesView(session))
    assert not view.print_agenda_action.isEnabled()
    assert not view.print_button.isEnabled()
    assemblies.create_assembly(session.store, number=1, title="Жиналыс")
    view.reload()
    assert all(action.isEnabled() for action in view.print_actions)
    assert view.print_button.menu().actions() == view.print_actions


def test_the_minutes_typed_but_not_saved_are_printed(qtbot, monkeypatch, tmp_path, assemblies_view):
    PrintAnswers(monkeypatch, save_to=tmp_path / "minutes-3.pdf")
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


def test_open_writes_a_private_copy_and_shows_it_in_the_viewer(qtbot, monkeypatch, demands_view):
    answers = PrintAnswers(monkeypatch)
    answers.request = PrintRequest(PaperChoice("ru", "a4"), PrintDestination.open)
    opened = []
    monkeypatch.setattr(printing_actions, "open_in_viewer", lambda path: opened.append(path) or True)

    written = print_and_wait(qtbot, demands_view, demands_view.print_action)

    assert opened == [written]
    assert written.name == "demands.pdf"
    assert DEMAND in pdf_text(written)
    folder = written.parent
    assert folder.parent == Path(tempfile.gettempdir())
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert answers.save_dialogs == []
    printing_actions.delete_opened_copies()
    assert not folder.exists()


def test_a_copy_no_viewer_opened_is_reported_with_its_place(qtbot, monkeypatch, shown_messages, demands_view):
    answers = PrintAnswers(monkeypatch)
    answers.request = PrintRequest(PaperChoice("ru", "a4"), PrintDestination.open)
    monkeypatch.setattr(printing_actions, "open_in_viewer", lambda path: False)
    written = print_and_wait(qtbot, demands_view, demands_view.print_action)
    expected = f"No program on this computer opened the PDF. It was written to {written}."
    assert shown_messages == [(QMessageBox.Icon.Warning, expected)]
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
