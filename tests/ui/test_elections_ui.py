"""Elections in the window: the general assembly elects two delegates to the council by
secret ballot, typed as the counting commission reads out; a tie is shown; the result is
declared into the minutes with a mandate each; the delegates list shows them, and a recall
by a carried vote ends one and keeps its history."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from committee_app.services import assemblies, elections, live
from committee_app.services.members import add_member, add_members_in_bulk
from committee_app.vocabulary import AssemblyKind, BallotKind, ElectionQuota
from tests.ui.test_members_view import type_text
from tests.ui.test_whole_cycle import Secretary
from ui.dialogs.delegates_dialog import DelegatesDialog, RecallDialog
from ui.dialogs.election_dialog import ElectionDialog
from ui.dialogs.election_settings_dialog import ElectionSettingsDialog
from ui.models.candidates_model import CandidatesModel
from ui.views.assemblies_view import AssembliesView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

COUNCIL = "Совет рабочих комитетов Мангистау"


@pytest.fixture
def assembly(session):
    store = session.store
    add_members_in_bulk(store, [{"full_name": f"Мұнайшы {n:02d}"} for n in range(10)])
    add_member(store, full_name="Жұмабаев Қайрат Серікұлы")
    add_member(store, full_name="Сағынтаева Гүлнар Ережепқызы")
    held = assemblies.create_assembly(
        store, kind=AssemblyKind.general_assembly, title="Общее собрание", entitled=1200, registered_others=640,
        starts_at=datetime(2026, 12, 16, 11, 0),
    )  # fmt: skip
    for title in ("О забастовке", "О выборах делегатов в Совет"):
        assemblies.add_agenda_item(store, held.id, title=title)
    return held


@pytest.fixture
def view(qtbot, session, assembly):
    shown = AssembliesView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.resize(1366, 700)
    shown.show()
    return shown


def type_votes(qtbot, dialog: ElectionDialog, row: int, votes: str) -> None:
    """Select the candidate's row and type the count, as the commission reads it out."""
    table = dialog.table
    shown_before = dialog.problem.text()
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(row, CandidatesModel.VOTES))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = dialog.focusWidget()
    assert editor is not table
    editor.selectAll()
    qtbot.keyClicks(editor, votes)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The editor hands the count over as the event loop runs on.
    qtbot.waitUntil(
        lambda: str(dialog.model.candidate(row).votes) == votes or dialog.problem.text() not in ("", shown_before)
    )


def test_delegates_elected_by_secret_ballot_through_the_window(qtbot, monkeypatch, view, session, assembly, answers, shown_messages):
    store = session.store
    secretary = Secretary(monkeypatch)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args: ("2. О выборах делегатов в Совет", True)))

    def settings(dialog: ElectionSettingsDialog) -> None:
        type_text(dialog.office, "Делегат в Совет")
        type_text(dialog.body, COUNCIL)
        dialog.seats.setValue(2)
        dialog.ballot_kind.setCurrentIndex(dialog.ballot_kind.findData(BallotKind.secret))
        dialog.commission.setPlainText("Ермеков Нұрлан\nИванова Мария\nПетренко Сергей")
        dialog.has_end.setChecked(True)
        dialog.mandate_until.setFocus()
        qtbot.keyClicks(dialog.mandate_until, "16.12.2027")

    secretary.will_fill(ElectionSettingsDialog, settings)
    seen = {}

    def count(dialog: ElectionDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        # A member found by a few letters, then two workers not in the list, by name.
        type_text(dialog.search, "жұмаб")
        offered = dialog.search.completer().popup()
        qtbot.waitUntil(offered.isVisible)
        qtbot.keyClick(offered, Qt.Key.Key_Down)
        qtbot.keyClick(offered, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.search.text() == "")
        # The offscreen platform leaves the closed popup the active window; a desktop does not.
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        for name in ("Иванов Пётр Ильич", "Ахметова Сәуле"):
            dialog.search.setFocus()
            type_text(dialog.search, name)
            qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert [dialog.model.candidate(row).name for row in range(3)] == [
            "Жұмабаев Қайрат Серікұлы", "Иванов Пётр Ильич", "Ахметова Сәуле",
        ]  # fmt: skip
        # The ballot order is the secretary's: the last one moved to the top.
        dialog.table.setCurrentIndex(dialog.model.index(2, CandidatesModel.VOTES))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
        assert dialog.model.candidate(0).name == "Ахметова Сәуле"
        # The commission's figures, then the votes read out: a tie for the second seat first.
        for box, figure in ((dialog.issued, "600"), (dialog.found, "598"), (dialog.invalid, "8")):
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box, figure)
            qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert dialog.valid.text() == "590"
        type_votes(qtbot, dialog, 0, "410")
        type_votes(qtbot, dialog, 1, "300")
        type_votes(qtbot, dialog, 2, "300")
        seen["tie"] = dialog.result.text()
        type_votes(qtbot, dialog, 2, "600")
        seen["refused"] = dialog.problem.text()
        type_votes(qtbot, dialog, 2, "280")
        seen["result"] = dialog.result.text()
        dialog.declare_button.click()
        seen["declared"] = dialog.result.text()
        seen["editable_after"] = dialog.search.isEnabled()
        dialog.accept()
        return dialog.result_code if hasattr(dialog, "result_code") else 1

    monkeypatch.setattr(ElectionDialog, "exec", count)
    view.tabs.setCurrentWidget(view.minutes)
    qtbot.keyClick(view.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert "Tie for the last seat(s) between Жұмабаев Қайрат Серікұлы, Иванов Пётр Ильич" in seen["tie"]
    assert "600" in seen["refused"] and "590" in seen["refused"]
    assert seen["result"] == "Elected: Ахметова Сәуле, Жұмабаев Қайрат Серікұлы."
    assert "declared" in seen["declared"] and seen["editable_after"] is False
    item = assemblies.agenda(store, assembly.id)[1]
    assert "С. Ахметова" in item.decided and "Қ.С. Жұмабаев" in item.decided
    held = elections.mandates(store, on=date(2026, 12, 20))
    assert [(row.name, row.body, row.ends_on) for row in held] == [
        ("Ахметова Сәуле", COUNCIL, date(2027, 12, 16)),
        ("Жұмабаев Қайрат Серікұлы", COUNCIL, date(2027, 12, 16)),
    ]
    # The minutes tab shows what was declared.
    view.minutes.items.setCurrentIndex(view.plan.agenda_model.index(1, 0))
    assert "Ахметова" in view.minutes.resolved.toPlainText()
    assert secretary.left_unanswered() == []


def test_a_recall_by_a_carried_vote_ends_a_mandate_and_keeps_its_history(qtbot, monkeypatch, session, assembly, answers):
    store = session.store
    item = assemblies.agenda(store, assembly.id)[1]
    election = elections.create_election(
        store, item.id, office="Делегат в Совет", body=COUNCIL, seats=1, quota=ElectionQuota.most_votes, ballot_kind=BallotKind.open
    )
    candidate = elections.add_candidate(store, election.id, name="Ахметова Сәуле")
    elections.set_votes(store, election.id, {candidate.id: 500})
    elections.declare_result(store, election.id)
    later = assemblies.create_assembly(store, kind=AssemblyKind.general_assembly, entitled=1200, registered_others=700,
                                       starts_at=datetime(2027, 3, 1, 11, 0))  # fmt: skip
    recall_item = assemblies.add_agenda_item(store, later.id, title="Об отзыве делегата")
    vote = live.start_vote(store, recall_item.id, question="Отозвать делегата Ахметову С.")
    live.set_vote_counts(store, vote.id, votes_for=420, votes_against=100, votes_abstain=20)

    printed = []
    printer = type("Printer", (), {"print_document": lambda self, document: printed.append(document.file_name)})()
    dialog = DelegatesDialog(session, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1 and dialog.recall_button.isEnabled()
    secretary = Secretary(monkeypatch)

    def recall(form: RecallDialog) -> None:
        assert not form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()  # no vote chosen yet
        form.vote.setCurrentIndex(form.vote.findData(vote.id))
        form.on.setDate(QDate(2027, 3, 1))
        type_text(form.note, "Не отчитывалась перед собранием")

    secretary.will_fill(RecallDialog, recall)
    dialog.recall_button.click()
    [row] = elections.mandates(store)
    assert (row.recalled_on, row.recall_vote_id, row.recall_note) == (date(2027, 3, 1), vote.id, "Не отчитывалась перед собранием")
    assert "recalled" in dialog.model.index(0, dialog.model.STATUS).data()
    assert not dialog.recall_button.isEnabled()
    dialog.current_only.setChecked(True)
    assert dialog.model.rowCount() == 0 or date.today() < date(2027, 3, 1)
    dialog.print_button.click()
    assert printed == ["delegates.pdf"]


def test_the_live_view_opens_the_election_of_the_item_on_the_floor(qtbot, monkeypatch, view, session, assembly):
    import ui.views.live_window as live_window

    opened = []
    monkeypatch.setattr(live_window, "open_election", lambda parent, session, assembly, item, printer: opened.append(item.title))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_F5)
    window = view.live_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["О выборах делегатов в Совет"]
    window.close()


def test_delete_clears_a_count_and_taking_a_candidate_off_the_ballot_is_asked_first(qtbot, session, assembly, answers):
    store = session.store
    item = assemblies.agenda(store, assembly.id)[1]
    election = elections.create_election(store, item.id, office="Делегат в Совет", body=COUNCIL, seats=1)
    first = elections.add_candidate(store, election.id, name="Ахметова Сәуле")
    elections.add_candidate(store, election.id, name="Иванов Пётр")
    elections.set_votes(store, election.id, {first.id: 300})
    dialog = ElectionDialog(session, assembly, item, election.id, printer=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, CandidatesModel.VOTES))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.model.candidate(0).votes is None)
    assert dialog.model.rowCount() == 2
    answers.queue = [False]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 2 and "Ахметова Сәуле" in answers.asked[-1]
    answers.queue = [True]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [dialog.model.candidate(row).name for row in range(dialog.model.rowCount())] == ["Иванов Пётр"]
    # Tab leaves the table for the next field.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert not dialog.table.hasFocus()
