"""A general assembly of 1,200 workers through the Assemblies view, with the real dialogs:
planned with its workforce and guests, twelve members ticked and 628 counted at the door,
the strike voted 590 / 30 / 20 as the item resolved, a demand adopted, the assembly held."""

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from committee_app.services import assemblies, demands
from committee_app.services.members import add_members_in_bulk, search_member_ids
from committee_app.vocabulary import AssemblyKind, AssemblyStatus, DemandStatus, MajorityRule, Presence
from tests.ui.test_whole_cycle import Secretary, column, select_rows
from ui.dialogs.assembly_dialog import AssemblyDialog
from ui.dialogs.vote_dialog import AdoptDemandDialog, VoteDialog
from ui.models.votes_model import VotesModel
from ui.views.assemblies_view import AssembliesView

pytestmark = pytest.mark.usefixtures("unsynced_writes")

GUESTS = "Адвокат Серікбаев Нұрлан\nЖурналист Әбенова Дана"
DEMAND = "Повысить заработную плату на 100%"


@pytest.fixture
def view(qtbot, session):
    add_members_in_bulk(session.store, [{"full_name": f"Мұнайшы {n:02d}", "workplace": "ӨМГ"} for n in range(15)])
    shown = AssembliesView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.resize(1366, 700)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def type_number(qtbot, box, number: int) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, str(number))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_general_assembly_of_1200_workers_through_the_window(view, qtbot, monkeypatch, session, answers, shown_messages):
    store = session.store
    secretary = Secretary(monkeypatch)

    def plan(dialog: AssemblyDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(AssemblyKind.general_assembly))
        assert dialog.entitled.isEnabled()
        type_number(qtbot, dialog.entitled, 1200)
        dialog.title.setText("Общее собрание работников АО «Өзенмұнайгаз»")
        dialog.starts_at.setDateTime(QDateTime(QDate(2026, 12, 16), QTime(11, 0)))
        dialog.quorum_kind.setCurrentIndex(dialog.quorum_kind.findData("fraction"))
        qtbot.keyClicks(dialog.quorum_value, "1/2")
        dialog.guests_names.setPlainText(GUESTS)

    secretary.will_fill(AssemblyDialog, plan)
    view.new_action.trigger()
    assert shown_messages == []
    assembly = view.current_assembly()
    assert (assembly.kind, assembly.entitled, assembly.quorum_rule) == ("general_assembly", 1200, "fraction:1/2")
    assert assembly.guests_names == GUESTS
    assert view.plan.details["entitled"].text() == "1,200"

    view.tabs.setCurrentWidget(view.attendance)
    page = view.attendance
    assert page.model.rowCount() == 15
    assert page.quorum_label.text() == "Missing 600 for quorum: 0 registered of 1,200 workers entitled to take part; 600 needed"
    select_rows(page.table, 0, 11)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.quorum_label.text() == "Missing 588 for quorum: 12 registered of 1,200 workers entitled to take part; 600 needed"
    type_number(qtbot, page.others, 628)
    assert page.quorum_label.text() == "Quorum reached: 640 registered of 1,200 workers entitled to take part; 600 needed"
    assert page.count_label.text() == "Members present: 12, at the door: 628, guests: 2"  # the two named
    assert assemblies.get_assembly(store, assembly.id).registered_others == 628

    assemblies.add_agenda_item(store, assembly.id, title="Об объявлении забастовки")
    view.plan.reload_agenda()
    view.tabs.setCurrentWidget(view.minutes)
    minutes = view.minutes
    minutes.resolved.setFocus()
    qtbot.keyClicks(minutes.resolved, "Declare the strike from 17 December.")

    def vote(dialog: VoteDialog) -> None:
        assert dialog.question.text() == "Declare the strike from 17 December."
        assert dialog.present_note.text() == "Registered: 640 (12 members present, 628 others); entitled: 1,200"
        type_number(qtbot, dialog.votes_for, 660)
        assert "660 votes" in dialog.problem.text() and "only 640 were registered" in dialog.problem.text()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        type_number(qtbot, dialog.votes_for, 590)
        type_number(qtbot, dialog.votes_against, 30)
        type_number(qtbot, dialog.votes_abstain, 20)
        dialog.rule.setCurrentIndex(dialog.rule.findData(MajorityRule.absolute))
        assert dialog.outcome.text() == "Failed"  # 590 is not more than half of 1,200
        dialog.rule.setCurrentIndex(dialog.rule.findData(MajorityRule.registered_majority))
        assert dialog.outcome.text() == "Carried"

    secretary.will_fill(VoteDialog, vote)
    minutes.vote_action.trigger()
    assert column(minutes.votes_model, VotesModel.OUTCOME) == ["Carried"]
    assert column(minutes.votes_model, VotesModel.RULE) == ["Of registered"]

    def adopt(dialog: AdoptDemandDialog) -> None:
        dialog.title.setText(DEMAND)

    secretary.will_fill(AdoptDemandDialog, adopt)
    minutes.demand_action.trigger()
    assert column(minutes.votes_model, VotesModel.DEMANDS) == [DEMAND]
    [demand] = demands.list_demands(store)
    assert (demand.title, demand.status) == (DEMAND, DemandStatus.adopted)

    view.held_action.trigger()
    held = assemblies.get_assembly(store, assembly.id)
    assert held.status is AssemblyStatus.held
    [item] = assemblies.agenda(store, assembly.id)
    assert item.decided == "Declare the strike from 17 December."
    [saved] = assemblies.votes_on_item(store, item.id)
    assert (saved.votes_for, saved.votes_against, saved.votes_abstain) == (590, 30, 20)
    recorded = assemblies.attendance(store, assembly.id)
    assert len(recorded) == 12 and set(recorded.values()) == {Presence.present}
    assert secretary.left_unanswered() == []
