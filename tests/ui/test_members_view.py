"""The members view: search as you type in Kazakh and Russian, order by the Kazakh alphabet,
add, edit, mark as left, delete keeping history, and thousands of members read lazily."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from committee_app.services import members
from committee_app.services.assemblies import create_assembly, set_presence
from committee_app.services.members import (
    add_member,
    add_members_in_bulk,
    count_members,
    delete_member,
    get_member,
    search_members,
)
from committee_app.vocabulary import MemberRole, MemberStatus
from ui.dialogs.member_dialog import MemberDialog
from ui.models.members_model import MEMBER_ID_ROLE, PAGE_SIZE, MembersTableModel
from ui.views.members_view import MembersView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

Model = MembersTableModel
PEOPLE = [
    dict(full_name="ҚАЙРАТ Жұмабаев", phone="+7 701 234 56 78", workplace="Озенмұнайгаз", unit="Цех бурения"),
    dict(full_name="Ерлан Сейітқали", phone="+7 702 555 11 22", workplace="ҚазМұнайГаз", unit="Транспортный цех"),
    dict(full_name="Бақыт Оразов", phone="8 (705) 111-22-33", workplace="Tengizchevroil", unit="Drilling"),
    dict(full_name="Әлия Нұрланқызы", workplace="Школа №5", unit="Начальные классы", role="secretary"),
    dict(full_name="Аяжан Ким", workplace="Больница", unit="Хирургия", joined_on=date(2021, 3, 15)),
]
KAIRAT, ERLAN, BAKYT, ALIYA, AYAZHAN = (person["full_name"] for person in PEOPLE)


def type_text(widget, text: str) -> None:
    """Type any text, key by key (QTest's own typing knows only ASCII)."""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier)


def check_model(model):
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def names(view) -> list[str]:
    return column(view, Model.NAME)


def column(view, number: int) -> list[str]:
    return [view.model.index(row, number).data() for row in range(view.model.rowCount())]


def selected_name(view) -> str | None:
    row = view.selected_row()
    return view.model.index(row, Model.NAME).data() if row >= 0 else None


def select(view, name: str) -> None:
    view.table.setCurrentIndex(view.model.index(names(view).index(name), Model.NAME))


def members_named(store, name: str):
    return [member for member in search_members(store, name) if member.full_name == name]


@pytest.fixture
def people(store):
    return {person["full_name"]: add_member(store, **person).id for person in PEOPLE}


@pytest.fixture
def view(qtbot, session, people):
    shown = MembersView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


@pytest.fixture
def dialog_returns(monkeypatch):
    """What the member dialog gives back when the view opens it; the members it was opened for are kept."""

    class Answers:
        def __init__(self):
            self.values: dict = {}
            self.accepted = True
            self.opened_for = []

        def __call__(self, parent, member=None):
            self.opened_for.append(member)
            return dict(self.values), self.accepted

    answering = Answers()
    monkeypatch.setattr(MemberDialog, "get_member", answering)
    return answering


def new_values(**changes) -> dict:
    values = dict(
        full_name="Дәулет Сәрсенов",
        phone="+7 777 000 11 22",
        workplace="УТТ",
        unit="Гараж",
        occupation="Водитель",
        role=MemberRole.member,
        status=MemberStatus.active,
        joined_on=None,
        notes="",
    )
    values.update(changes)
    return values


# --- The model ---------------------------------------------------------------------------


def test_model_passes_the_item_model_tester_through_filter_sort_and_clear(qapp, store, people):
    model = Model()
    check_model(model)
    model.load(store)
    assert model.rowCount() == len(PEOPLE)
    model.set_query("цех")
    assert model.rowCount() == 2
    model.sort(Model.WORKPLACE, Qt.SortOrder.DescendingOrder)
    model.set_show_left(True)
    model.set_query("")
    model.sort(Model.JOINED_ON, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == len(PEOPLE)
    model.clear()
    assert model.rowCount() == 0


def test_model_shows_each_field_in_words(qapp, store, people):
    model = Model()
    model.load(store)
    row = [model.index(model.row_of(people[AYAZHAN]), number).data() for number in range(model.columnCount())]
    joined = QLocale().toString(QDate(2021, 3, 15), QLocale.FormatType.ShortFormat)
    assert row == [AYAZHAN, "", "Больница", "Хирургия", "Member", "Active", joined]
    aliya = model.row_of(people[ALIYA])
    assert model.index(aliya, Model.ROLE).data() == "Secretary"
    assert model.index(aliya, Model.NAME).data(MEMBER_ID_ROLE) == people[ALIYA]
    headers = [model.headerData(number, Qt.Orientation.Horizontal) for number in range(model.columnCount())]
    assert headers == ["Full name", "Phone", "Workplace", "Shop or department", "Role", "Status", "Joined on"]


def test_model_reads_rows_only_for_the_pages_shown(qapp, store, monkeypatch):
    add_members_in_bulk(store, ({"full_name": f"Член {number:05d}"} for number in range(PAGE_SIZE * 3)))
    asked = []
    reading = members.member_rows
    monkeypatch.setattr(members, "member_rows", lambda store, ids: asked.append(list(ids)) or reading(store, ids))
    model = Model()
    model.load(store)
    assert asked == []
    assert model.index(PAGE_SIZE + 5, Model.NAME).data() == f"Член {PAGE_SIZE + 5:05d}"
    assert model.index(PAGE_SIZE + 6, Model.NAME).data() == f"Член {PAGE_SIZE + 6:05d}"
    assert [len(ids) for ids in asked] == [PAGE_SIZE]


# --- Finding -----------------------------------------------------------------------------


def test_typing_in_kazakh_finds_the_name_in_capitals(view):
    view.search.setFocus()
    type_text(view.search, "қайрат")
    assert names(view) == [KAIRAT]
    assert view.count_label.text() == "1 of 5 member(s)"


def test_typing_on_a_russian_keyboard_finds_the_kazakh_name(view):
    type_text(view.search, "кайрат")
    assert names(view) == [KAIRAT]


def test_typing_a_phone_fragment_finds_the_member(qtbot, view):
    qtbot.keyClicks(view.search, "705 111")
    assert names(view) == [BAKYT]
    view.search.clear()
    qtbot.keyClicks(view.search, "555")
    assert names(view) == [ERLAN]


def test_every_keystroke_narrows_the_list(view):
    seen = []
    for character in "цех бур":
        type_text(view.search, character)
        seen.append(len(names(view)))
    assert seen == [3, 2, 2, 2, 1, 1, 1]  # "ц" also finds "Больница"
    assert names(view) == [KAIRAT]


def test_a_search_matching_nobody_shows_an_empty_list(qtbot, view):
    qtbot.keyClicks(view.search, "zzz")
    assert names(view) == []
    assert view.count_label.text() == "0 of 5 member(s)"
    assert not view.edit_action.isEnabled()
    assert not view.delete_action.isEnabled()


def test_escape_clears_the_search_and_ctrl_f_returns_to_it(qtbot, view):
    qtbot.keyClicks(view.search, "zzz")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert len(names(view)) == len(PEOPLE)
    assert view.count_label.text() == "5 member(s)"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()


def test_down_and_return_in_the_search_go_to_the_results(qtbot, view, dialog_returns):
    view.search.setFocus()
    type_text(view.search, "ерлан")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    assert dialog_returns.opened_for == []
    assert selected_name(view) == ERLAN
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()


def test_delete_key_in_the_search_edits_the_text_not_the_members(qtbot, view, answers, store):
    view.search.setFocus()
    qtbot.keyClicks(view.search, "zz")
    qtbot.keyClick(view.search, Qt.Key.Key_Home)
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)
    assert view.search.text() == "z"
    assert answers.asked == []
    assert count_members(store) == len(PEOPLE)


# --- Order -------------------------------------------------------------------------------


def test_names_are_in_the_kazakh_alphabet_and_reverse_on_a_second_click(qtbot, view):
    assert names(view) == [AYAZHAN, ALIYA, BAKYT, ERLAN, KAIRAT]
    header = view.table.horizontalHeader()
    name_header = header.sectionViewportPosition(Model.NAME) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + QPoint(name_header, 5))
    assert names(view) == [KAIRAT, ERLAN, BAKYT, ALIYA, AYAZHAN]


def test_sorting_by_a_column_keeps_the_search_and_the_selection(view):
    type_text(view.search, "цех")
    select(view, ERLAN)
    # Kazakh alphabet order: Қ comes right after К, so before О.
    view.table.sortByColumn(Model.WORKPLACE, Qt.SortOrder.AscendingOrder)
    assert column(view, Model.WORKPLACE) == ["ҚазМұнайГаз", "Озенмұнайгаз"]
    view.table.sortByColumn(Model.WORKPLACE, Qt.SortOrder.DescendingOrder)
    assert column(view, Model.WORKPLACE) == ["Озенмұнайгаз", "ҚазМұнайГаз"]
    assert selected_name(view) == ERLAN


def test_the_selection_survives_a_search_that_still_finds_the_member(view):
    select(view, ERLAN)
    type_text(view.search, "ер")
    assert selected_name(view) == ERLAN
    type_text(view.search, "лан")
    assert selected_name(view) == ERLAN


# --- The dialog --------------------------------------------------------------------------


def fill_and_accept(qtbot, fill):
    """Answer the next modal dialog: ``fill`` gets it and may click; the dialog is returned."""
    opened = []

    def answer():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, answer)
    return opened


def test_dialog_returns_what_was_typed(qtbot, qapp):
    def fill(dialog):
        qtbot.keyClicks(dialog.full_name, "  Daulet Sarsenov ")
        qtbot.keyClicks(dialog.phone, "+7 777 000 11 22")
        type_text(dialog.workplace, "ҚазМұнайГаз")
        type_text(dialog.unit, "Цех №3")
        type_text(dialog.occupation, "Оператор")
        dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.treasurer.value))
        dialog.status.setCurrentIndex(dialog.status.findData(MemberStatus.inactive.value))
        qtbot.mouseClick(dialog.joined_known, Qt.MouseButton.LeftButton, pos=dialog.joined_known.rect().center())
        dialog.joined_on.setDate(QDate(2020, 2, 29))
        dialog.notes.setPlainText("Звонить после смены.")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    fill_and_accept(qtbot, fill)
    values, accepted = MemberDialog.get_member(None)
    assert accepted
    assert values == dict(
        full_name="  Daulet Sarsenov ",
        phone="+7 777 000 11 22",
        workplace="ҚазМұнайГаз",
        unit="Цех №3",
        occupation="Оператор",
        role=MemberRole.treasurer,
        status=MemberStatus.inactive,
        joined_on=date(2020, 2, 29),
        notes="Звонить после смены.",
    )


def test_dialog_without_a_joining_date_returns_none_and_cancel_is_not_accepted(qtbot, qapp):
    def fill(dialog):
        qtbot.keyClicks(dialog.full_name, "Daulet")
        assert not dialog.joined_on.isEnabled()
        dialog.reject()

    fill_and_accept(qtbot, fill)
    values, accepted = MemberDialog.get_member(None)
    assert not accepted
    assert values["joined_on"] is None
    assert (values["role"], values["status"]) == (MemberRole.member, MemberStatus.active)


def test_dialog_refuses_an_empty_name_under_the_field(qtbot, qapp):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    name_error = dialog.errors["full_name"]
    assert not ok.isEnabled()
    assert name_error.isVisible()
    assert name_error.text() == "Full name is required."
    qtbot.keyClicks(dialog.full_name, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.full_name, "A")
    assert ok.isEnabled()
    assert not name_error.isVisible()
    assert not any(error.isVisible() for error in dialog.errors.values())


def test_dialog_fields_stop_at_the_service_limits(qtbot, qapp):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    limits = [dialog.full_name.maxLength(), dialog.phone.maxLength(), dialog.workplace.maxLength(),
              dialog.unit.maxLength(), dialog.occupation.maxLength()]
    assert limits == [300, 60, 300, 300, 300]
    dialog.show()
    dialog.full_name.setText("Ерлан")
    dialog.notes.setPlainText("ж" * 100_001)
    assert dialog.errors["notes"].isVisible()
    assert "100001" in dialog.errors["notes"].text() and "at most 100000" in dialog.errors["notes"].text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.notes.setPlainText("ж" * 100_000)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_dialog_says_under_a_field_what_the_store_would_refuse(qtbot, qapp):
    """A tab pasted into a one-line field: refused under the field, not after OK with the typing lost."""
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Ерлан")
    dialog.workplace.setText("Озен\tмұнайгаз")
    assert dialog.errors["workplace"].isVisible()
    assert "Workplace" in dialog.errors["workplace"].text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.workplace.setText("Озенмұнайгаз")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_dialog_shows_the_member_being_edited(qtbot, store, people):
    dialog = MemberDialog(get_member(store, people[AYAZHAN]))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit member"
    assert dialog.full_name.text() == AYAZHAN
    assert dialog.unit.text() == "Хирургия"
    assert dialog.joined_known.isChecked()
    assert dialog.joined_on.date() == QDate(2021, 3, 15)
    values = dialog.values()
    assert values["joined_on"] == date(2021, 3, 15)
    assert values["status"] is MemberStatus.active


def test_dialog_tab_order_follows_the_form(qtbot, qapp):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    chain, widget = [], dialog.full_name
    while len(chain) < 10:
        if widget.parentWidget() is dialog and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [dialog.full_name, dialog.phone, dialog.workplace, dialog.unit, dialog.occupation, dialog.role,
                     dialog.status, dialog.joined_known, dialog.joined_on, dialog.notes]


# --- Adding and editing --------------------------------------------------------------------


def test_new_member_appears_selected_and_is_stored(qtbot, view, store, dialog_returns):
    dialog_returns.values = new_values()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog_returns.opened_for == [None]
    assert "Дәулет Сәрсенов" in names(view)
    assert selected_name(view) == "Дәулет Сәрсенов"
    assert view.count_label.text() == "6 member(s)"
    (stored,) = members_named(store, "Дәулет Сәрсенов")
    assert (stored.phone, stored.workplace, stored.occupation) == ("+7 777 000 11 22", "УТТ", "Водитель")


def test_new_member_hidden_by_the_search_is_shown_by_clearing_it(view, dialog_returns):
    type_text(view.search, "қайрат")
    dialog_returns.values = new_values()
    view.new_action.trigger()
    assert view.search.text() == ""
    assert selected_name(view) == "Дәулет Сәрсенов"


def test_cancelled_new_member_changes_nothing(view, store, dialog_returns):
    dialog_returns.values, dialog_returns.accepted = new_values(), False
    view.new_action.trigger()
    assert count_members(store) == len(PEOPLE)
    assert len(names(view)) == len(PEOPLE)


def test_service_refusal_shows_the_message_and_changes_nothing(view, store, dialog_returns, shown_messages):
    dialog_returns.values = new_values(full_name="ж" * 301)
    view.new_action.trigger()
    ((icon, text),) = shown_messages
    assert icon == QMessageBox.Icon.Warning
    assert "Full name" in text and "at most 300" in text
    assert count_members(store) == len(PEOPLE)
    assert len(names(view)) == len(PEOPLE)


def test_edit_with_return_changes_the_member_and_keeps_the_selection(qtbot, view, store, people, dialog_returns):
    select(view, ERLAN)
    dialog_returns.values = new_values(full_name="Ерлан Сейітқали", workplace="Теңізшевройл")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert [member.full_name for member in dialog_returns.opened_for] == [ERLAN]
    assert get_member(store, people[ERLAN]).workplace == "Теңізшевройл"
    assert selected_name(view) == ERLAN
    assert view.model.index(view.selected_row(), Model.WORKPLACE).data() == "Теңізшевройл"


def test_edit_with_f2_and_double_click(qtbot, view, dialog_returns):
    dialog_returns.accepted = False
    select(view, BAKYT)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert len(dialog_returns.opened_for) == 1
    rect = view.table.visualRect(view.model.index(view.selected_row(), Model.PHONE))
    # A double click as the platform delivers it: press and release, then the double-click press.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [member.full_name for member in dialog_returns.opened_for] == [BAKYT, BAKYT]


def test_edit_refused_by_the_service_keeps_the_member_as_it_was(view, store, people, dialog_returns, shown_messages):
    select(view, ERLAN)
    dialog_returns.values = new_values(full_name="ж" * 301)
    view.edit_action.trigger()
    assert len(shown_messages) == 1
    assert get_member(store, people[ERLAN]).full_name == ERLAN


def test_edit_of_a_member_deleted_meanwhile_says_so(view, store, people, dialog_returns, shown_messages):
    select(view, ERLAN)
    delete_member(store, people[ERLAN])
    view.edit_action.trigger()
    assert dialog_returns.opened_for == []
    assert "no longer exists" in shown_messages[0][1]
    assert ERLAN not in names(view)


# --- Leaving and deleting ---------------------------------------------------------------------


def test_marked_as_left_is_hidden_then_shown_greyed(qtbot, view, store, people):
    select(view, BAKYT)
    view.left_action.trigger()
    assert get_member(store, people[BAKYT]).status is MemberStatus.left
    assert BAKYT not in names(view)
    assert selected_name(view) == ERLAN  # the member now in their place
    assert view.count_label.text() == "4 member(s)"
    assert view.hidden_left_label.text() == "1 member(s) who left are hidden"

    qtbot.mouseClick(view.show_left, Qt.MouseButton.LeftButton, pos=view.show_left.rect().center())
    assert view.show_left.isChecked()
    row = names(view).index(BAKYT)
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert view.model.index(row, Model.NAME).data(Qt.ItemDataRole.ForegroundRole).color() == grey
    assert view.model.index(row, Model.STATUS).data() == "Left"
    assert view.model.index(0, Model.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.count_label.text() == "5 member(s)"
    assert view.hidden_left_label.text() == ""
    select(view, BAKYT)
    assert not view.left_action.isEnabled()


def test_hidden_members_who_left_are_counted_when_the_search_matches_them(view):
    select(view, BAKYT)
    view.left_action.trigger()
    type_text(view.search, "бақыт")
    assert names(view) == []
    assert view.hidden_left_label.text() == "1 member(s) who left are hidden"
    view.search.clear()
    type_text(view.search, "ерлан")
    assert view.hidden_left_label.text() == ""


def test_delete_without_history_removes_the_member(qtbot, view, store, people, answers, shown_messages):
    select(view, ALIYA)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1 and ALIYA in answers.asked[0]
    assert members_named(store, ALIYA) == []
    assert ALIYA not in names(view)
    assert selected_name(view) == BAKYT
    assert shown_messages == []


def test_delete_answered_no_keeps_the_member(view, store, answers):
    answers.queue.append(False)
    select(view, ALIYA)
    view.delete_action.trigger()
    assert len(members_named(store, ALIYA)) == 1
    assert ALIYA in names(view)


def test_delete_with_history_keeps_the_member_as_left_and_says_why(view, store, people, answers, shown_messages):
    assembly = create_assembly(store, number=1, starts_at=datetime(2026, 1, 12, 18, 30))
    set_presence(store, assembly.id, people[KAIRAT], "present")
    select(view, KAIRAT)
    view.delete_action.trigger()
    assert get_member(store, people[KAIRAT]).status is MemberStatus.left
    ((icon, text),) = shown_messages
    assert icon == QMessageBox.Icon.Information
    assert "marked as having left" in text
    assert KAIRAT not in names(view)
    view.show_left.setChecked(True)
    assert KAIRAT in names(view)


# --- Locking and size ----------------------------------------------------------------------------


def test_clear_drops_every_record_and_the_search(view):
    type_text(view.search, "ерлан")
    view.clear()
    assert view.model.rowCount() == 0
    assert view.search.text() == ""
    assert view.count_label.text() == ""
    assert not view.new_action.isEnabled()
    assert not view.edit_action.isEnabled()


def test_thousands_of_members_load_and_filter(qtbot, session, store):
    rows = [
        {"full_name": f"{first} {number:04d}", "phone": f"+7 701 {number:04d}", "unit": unit,
         "status": "left" if number % 10 == 0 else "active"}
        for number in range(5_000)
        for first, unit in [(("Қайрат", "Цех 1"), ("Ерлан", "Гараж"))[number % 2]]
    ]
    add_members_in_bulk(store, rows)
    shown = MembersView(session)
    qtbot.addWidget(shown)
    check_model(shown.model)
    shown.load()
    assert shown.model.rowCount() == 4_500
    assert shown.count_label.text() == f"{QLocale().toString(4_500)} member(s)"
    type_text(shown.search, "кайрат")
    assert shown.model.rowCount() == 2_000  # every tenth left, all of them named Қайрат
    assert all(name.startswith("Қайрат") for name in names(shown)[:50] + names(shown)[-50:])
    shown.show_left.setChecked(True)
    assert shown.model.rowCount() == count_members(shown.session.store, "кайрат") == 2_500
    shown.search.clear()
    qtbot.keyClicks(shown.search, "701 0042")
    assert names(shown) == ["Қайрат 0042"]
    shown.table.sortByColumn(Model.PHONE, Qt.SortOrder.DescendingOrder)
    shown.search.clear()
    assert shown.model.index(0, Model.PHONE).data() == "+7 701 4999"
    assert shown.model.index(4_999, Model.PHONE).data() == "+7 701 0000"
