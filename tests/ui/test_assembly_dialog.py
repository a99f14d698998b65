"""The assembly dialog as typed into: the start typed as a date, who may take part, the
invited guests, and a protocol number out of step with the dates of the others."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox

from committee_app.vocabulary import AssemblyKind
from ui.dialogs.assembly_dialog import AssemblyDialog, AssemblyForm

PLANNED = datetime(2026, 12, 1, 10, 0)


def new_form(**changes) -> AssemblyForm:
    fields = dict(
        number=2, kind=AssemblyKind.committee_meeting, title="", starts_at=PLANNED, place="", chair_id=None,
        secretary_id=None, quorum_rule="majority",
    )
    fields.update(changes)
    return AssemblyForm(**fields)


@pytest.fixture
def russian_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan))
    yield
    QLocale.setDefault(previous)


def shown_dialog(qtbot, form=None, other_dates=None) -> AssemblyDialog:
    dialog = AssemblyDialog(form or new_form(), [], other_dates=other_dates or {}, copy_sources=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("05.12.2026 18:30", datetime(2026, 12, 5, 18, 30)),
        ("25.11.2026 09:05", datetime(2026, 11, 25, 9, 5)),
        ("31.01.2027 10:00", datetime(2027, 1, 31, 10, 0)),
    ],
)
def test_a_start_typed_with_its_dots_and_colon_lands_in_the_start_and_nowhere_else(qtbot, russian_locale, typed, meant):
    dialog = shown_dialog(qtbot)
    focus(qtbot, dialog.starts_at)
    qtbot.keyClicks(dialog.starts_at, typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.starts_at.dateTime().toPython() == meant
    assert dialog.place.text() == ""
    assert QApplication.focusWidget() is dialog.place
    assert dialog.form().starts_at == meant


def test_tab_and_shift_tab_leave_the_start_for_the_neighbouring_fields(qtbot):
    dialog = shown_dialog(qtbot)
    focus(qtbot, dialog.starts_at)
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.place
    focus(qtbot, dialog.starts_at)
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.title


def test_a_general_assembly_asks_how_many_may_take_part(qtbot):
    dialog = shown_dialog(qtbot)
    assert dialog.form().entitled is None
    assert not dialog.entitled.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.general_assembly))
    assert dialog.entitled.isEnabled()
    assert not ok_button(dialog).isEnabled()
    assert "how many may take part" in dialog.problem.text()
    focus(qtbot, dialog.entitled)
    qtbot.keyClick(dialog.entitled, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.entitled, "1200")
    assert ok_button(dialog).isEnabled()
    assert dialog.form().entitled == 1200
    assert "workers" in dialog.entitled_note.text()


def test_a_committee_meeting_after_a_general_assembly_counts_the_committee_again(qtbot):
    dialog = shown_dialog(qtbot, new_form(kind=AssemblyKind.general_assembly, entitled=1260))
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.committee_meeting))
    assert dialog.form().entitled is None
    dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.general_assembly))
    assert dialog.form().entitled == 1260  # the number typed before is still there


def test_a_dot_typed_on_coming_back_to_the_start_is_a_move_of_its_own(qtbot, russian_locale):
    dialog = shown_dialog(qtbot)
    focus(qtbot, dialog.starts_at)
    qtbot.keyClicks(dialog.starts_at, "25")
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Tab)
    focus(qtbot, dialog.starts_at)
    dialog.starts_at.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(dialog.starts_at, ".")
    assert dialog.starts_at.currentSection() == QDateTimeEdit.Section.MonthSection


def test_the_committee_as_base_sends_no_number(qtbot):
    dialog = shown_dialog(qtbot, new_form(kind=AssemblyKind.general_assembly, entitled=300))
    assert dialog.form().entitled == 300
    dialog.entitled_base.setCurrentIndex(dialog.entitled_base.findData(False))
    assert dialog.form().entitled is None
    assert "active members" in dialog.entitled_note.text()


def test_invited_guests_are_kept_one_a_line(qtbot):
    dialog = shown_dialog(qtbot, new_form(guests_names="Адвокат Сейітов"))
    focus(qtbot, dialog.guests_names)
    dialog.guests_names.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.guests_names, Qt.Key.Key_Return)
    # QTest types ASCII only; Kazakh letters arrive as input does.
    dialog.guests_names.insertPlainText("Журналист Әбенова  ")
    assert dialog.form().guests_names == "Адвокат Сейітов\nЖурналист Әбенова"


def test_a_number_dated_before_an_earlier_number_is_warned_about_and_asked(qtbot, answers):
    dialog = shown_dialog(qtbot, new_form(number=2, starts_at=datetime(2026, 11, 20, 18)), {1: datetime(2026, 11, 25, 10)})
    assert dialog.warning.isVisibleTo(dialog)
    assert "No. 1" in dialog.warning.text() and "after this No. 2" in dialog.warning.text()
    assert ok_button(dialog).isEnabled()  # a warning, not a refusal

    answers.queue.append(False)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "Save it as it is?" in answers.asked[-1]

    dialog.starts_at.setDateTime(dialog.starts_at.dateTime().addDays(10))
    assert not dialog.warning.isVisibleTo(dialog)
    asked = len(answers.asked)
    dialog.accept()
    assert len(answers.asked) == asked
    assert dialog.result() == 1


def test_a_number_dated_after_a_later_number_is_warned_about(qtbot):
    dialog = shown_dialog(qtbot, new_form(number=2, starts_at=datetime(2026, 12, 20, 18)), {3: datetime(2026, 12, 10, 10), 1: None})
    assert "No. 3" in dialog.warning.text() and "before this No. 2" in dialog.warning.text()


@pytest.mark.parametrize("field_of", ["member", "action"])
def test_other_date_fields_take_a_date_typed_as_written(qtbot, russian_locale, field_of):
    from ui.dialogs.action_item_dialog import ActionItemDialog
    from ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog() if field_of == "member" else ActionItemDialog([], date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field = dialog.joined_on if field_of == "member" else dialog.due_on
    field.setEnabled(True)
    focus(qtbot, field)
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, "25.11.2026")
    assert (field.text(), field.date().toPython().isoformat()) == ("25.11.2026", "2026-11-25")


@pytest.mark.parametrize("how", ["shift+tab", "ctrl+a", "home"])
def test_a_date_typed_again_replaces_the_whole_date(qtbot, russian_locale, how):
    from ui.dialogs.demand_status_dialog import DemandStatusDialog
    from committee_app.vocabulary import DemandStatus

    dialog = DemandStatusDialog("Индексация", DemandStatus.adopted, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field = dialog.on
    focus(qtbot, field)
    qtbot.keyClicks(field, "17.11.2026")
    if how == "shift+tab":
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        QApplication.focusWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        field.setFocus(Qt.FocusReason.BacktabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    elif how == "ctrl+a":
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClicks(field, "01.11.2026")
    assert (field.text(), field.date().toPython().isoformat()) == ("01.11.2026", "2026-11-01")


@pytest.mark.parametrize(("kind", "expected"), [("fraction", "for example 1/2 or 2/3"), ("fixed", "for example 25")])
def test_a_missing_quorum_number_is_asked_for_in_the_words_of_the_form(qtbot, kind, expected):
    dialog = shown_dialog(qtbot)
    dialog.quorum_kind.setCurrentIndex(dialog.quorum_kind.findData(kind))
    assert expected in dialog.problem.text()
    assert "fraction:" not in dialog.problem.text() and "fixed:" not in dialog.problem.text()
    assert not ok_button(dialog).isEnabled()
