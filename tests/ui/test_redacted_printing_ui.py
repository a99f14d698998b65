"""Redacted paper and the footer's time from the desktop: the print dialog's redacted box
(absent for the sign-in sheet), remembered for the next document, and the settings' choice
of the time of printing in the footer, each driven by keys and read back from the PDF.
"""

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox

from committee_app.printing.document import PaperChoice
from tests.printing.conftest import read_pdf
from tests.ui.test_app_flow import existing_store, make_controller, open_window  # noqa: F401
from tests.ui.test_printing_ui import (  # noqa: F401
    MEMBER,
    PHONE,
    PrintAnswers,
    assemblies_view,
    members_view,
    print_and_wait,
    records,
    store,
)
from ui import file_dialogs
from ui.dialogs.print_dialog import PrintDestination, PrintDialog, PrintRequest
from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog
from ui.settings import DeskSettings

pytestmark = pytest.mark.usefixtures("unsynced_writes")

ALT = Qt.KeyboardModifier.AltModifier
# The demo's chair, Жұмабаев Қайрат Серікұлы, by the initials a redacted paper gives.
CHAIR_NAME, CHAIR_INITIALS = "Жұмабаев Қайрат Серікұлы", "Ж. Қ. С."
FOOTER_WITH_TIME = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d$")
FOOTER_DATE_ONLY = re.compile(r"\d{4}$")


def shown_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer_the_dialog_with(qtbot, *keys):
    """Press ``keys`` in the modal dialog about to open (each a key and its modifiers); it is
    closed whatever happens, so that a failure is reported rather than waited on."""

    def answer():
        dialog = QApplication.activeModalWidget()
        try:
            # A letter with Alt reaches its box only in the window in front.
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            for key, modifiers in keys:
                box = mnemonic_box(dialog, key) if modifiers == ALT else None
                ticked = box.isChecked() if box else None
                qtbot.keyClick(dialog.focusWidget() or dialog, key, modifiers)
                if box:
                    # A box takes its key as a click that shows itself pressed for a moment first.
                    qtbot.waitUntil(lambda box=box, ticked=ticked: box.isChecked() != ticked)
        finally:
            QTimer.singleShot(0, dialog.reject)

    QTimer.singleShot(0, answer)


def mnemonic_box(dialog, key) -> QCheckBox | None:
    """The check box in ``dialog`` whose underlined letter is ``key``."""
    wanted = QKeySequence(ALT | key)
    return next((box for box in dialog.findChildren(QCheckBox) if box.shortcut() == wanted), None)


def save_to(monkeypatch, path):
    monkeypatch.setattr(file_dialogs, "file_to_save", lambda parent, caption, suggested, file_filter: path)


# --- the dialog ------------------------------------------------------------------------------


def test_the_redacted_box_is_ticked_by_its_key_and_carried_in_the_request(qtbot):
    answer_the_dialog_with(qtbot, (Qt.Key.Key_R, ALT), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    request, accepted = PrintDialog.get_print_choice(
        None, "Agenda of assembly No. 2", PaperChoice("kk", "a4"), personal_data=False
    )

    assert accepted
    assert request == PrintRequest(PaperChoice("kk", "a4", redacted=True), PrintDestination.save)


def test_the_redacted_box_says_what_it_leaves_out_and_which_typed_names_it_cuts(qtbot):
    dialog = shown_dialog(qtbot, PrintDialog("Minutes of assembly No. 2", PaperChoice("ru"), personal_data=False))

    assert dialog.redacted.isVisible() and not dialog.redacted.isChecked()
    assert dialog.redacted.text() == "&Redacted: initials instead of names"
    note = dialog.redacted_note.text()
    assert dialog.redacted_note.isVisible()
    assert "no phones or workplaces" in note and "count of those present" in note and "surname written beside initials are cut to initials" in note


def test_the_sign_in_sheet_has_no_redacted_box_and_prints_in_full(qtbot):
    remembered = PaperChoice("ru", redacted=True)
    dialog = shown_dialog(
        qtbot, PrintDialog("Sign-in sheet of assembly No. 2", remembered, personal_data=False, blank_rows=10, redactable=False)
    )

    assert not dialog.redacted.isVisible() and not dialog.redacted_note.isVisible()
    assert dialog.request().choice == PaperChoice("ru")


def test_a_redacted_member_list_has_no_names_or_phones_to_warn_about(qtbot):
    dialog = shown_dialog(qtbot, PrintDialog("Member list", PaperChoice("ru"), personal_data=True))
    assert dialog.personal_data_warning.isVisible()

    dialog.redacted.setFocus()
    qtbot.keyClick(dialog.redacted, Qt.Key.Key_Space)

    assert dialog.redacted.isChecked()
    assert not dialog.personal_data_warning.isVisible()


def test_the_footers_time_comes_from_the_choice_given(qtbot):
    dialog = shown_dialog(qtbot, PrintDialog("Adopted demands", PaperChoice("en", print_time=True), personal_data=False))
    assert dialog.request().choice == PaperChoice("en", print_time=True)


# --- printing, through the real dialog ---------------------------------------------------------


def test_a_redacted_agenda_is_printed_and_the_choice_remembered(qtbot, monkeypatch, tmp_path, assemblies_view):
    save_to(monkeypatch, tmp_path / "agenda.pdf")
    answer_the_dialog_with(qtbot, (Qt.Key.Key_R, ALT), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_agenda_action)

    text = read_pdf(written.read_bytes()).text
    assert CHAIR_INITIALS in text and CHAIR_NAME not in text
    assert DeskSettings().print_redacted
    # The next document's dialog starts with the box ticked.
    answers = PrintAnswers(monkeypatch)
    answers.accepted = False
    assemblies_view.print_minutes_action.trigger()
    assert answers.dialogs[0]["choice"].redacted


def test_the_sign_in_sheet_prints_names_in_full_and_leaves_the_redacted_choice_as_it_was(
    qtbot, monkeypatch, tmp_path, assemblies_view
):
    DeskSettings().print_redacted = True
    save_to(monkeypatch, tmp_path / "signin.pdf")
    answer_the_dialog_with(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    written = print_and_wait(qtbot, assemblies_view, assemblies_view.print_signin_action)

    assert MEMBER in read_pdf(written.read_bytes()).text
    assert DeskSettings().print_redacted


def test_clearing_the_box_prints_in_full_again(qtbot, monkeypatch, tmp_path, members_view):
    DeskSettings().print_redacted = True
    save_to(monkeypatch, tmp_path / "members.pdf")
    answer_the_dialog_with(qtbot, (Qt.Key.Key_R, ALT), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    written = print_and_wait(qtbot, members_view, members_view.print_action)

    text = read_pdf(written.read_bytes()).text
    assert MEMBER in text and PHONE in text
    assert not DeskSettings().print_redacted


# --- the footer's time, a setting ----------------------------------------------------------------


def test_the_settings_dialog_sets_the_footers_time_by_its_key(qtbot):
    answer_the_dialog_with(qtbot, (Qt.Key.Key_T, ALT), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))

    choice, accepted = SettingsDialog.get_settings(None, SettingsChoice("en", 10, 7))

    assert accepted
    assert choice == SettingsChoice("en", 10, 7, print_time=True)


def test_the_footer_gives_the_time_once_the_settings_ask_for_it(
    qtbot, monkeypatch, tmp_path, make_controller, existing_store
):
    controller = make_controller(existing_store)
    window = open_window(qtbot, controller)
    members = window.view("members")
    window.show_view(window.views.index(members))
    save_to(monkeypatch, tmp_path / "date.pdf")
    answer_the_dialog_with(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    dated = print_and_wait(qtbot, members, members.print_action)

    answer_the_dialog_with(qtbot, (Qt.Key.Key_T, ALT), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    window.settings_action.trigger()
    assert DeskSettings().print_time
    save_to(monkeypatch, tmp_path / "time.pdf")
    answer_the_dialog_with(qtbot, (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    timed = print_and_wait(qtbot, members, members.print_action)

    assert FOOTER_DATE_ONLY.search(read_pdf(dated.read_bytes()).pages[0])
    assert FOOTER_WITH_TIME.search(read_pdf(timed.read_bytes()).pages[0])
