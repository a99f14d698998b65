"""The Council view and the council's demands in a committee's Demands view, driven as a user
would: bundles chosen, passphrases typed (a wrong one asked again), demands linked."""

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from committee_app.exchange import bundle_format
from committee_app.exchange.bundle_content import write_bundle
from committee_app.services import assemblies, council, demands, profile
from committee_app.store import Store
from committee_app.vocabulary import CommitteeKind, DemandStatus
from tests.conftest import PASSPHRASE
from ui import background, file_dialogs
from ui.dialogs.backup_passphrases import PassphrasesDialog
from ui.dialogs.bundle_export_dialog import BundleExportDialog
from ui.views.council_view import CouncilView
from ui.views.demands_view import DemandsView

SHARED = "кеңес пен комитеттің сөзі"


def finished(qtbot):
    qtbot.waitUntil(lambda: background._running == set(), timeout=30_000)


@pytest.fixture
def typed(monkeypatch):
    """The passphrases typed when asked, in order; why each was asked (None: the first time)."""

    class Typed:
        def __init__(self):
            self.queue: list[list[str] | None] = []
            self.problems: list[str | None] = []

        def __call__(self, parent, title, explanation, labels, problem=None):
            self.problems.append(problem)
            return self.queue.pop(0)

    typing = Typed()
    monkeypatch.setattr(PassphrasesDialog, "ask", typing)
    return typing


def sender_bundle(folder, name, kind, titles) -> tuple:
    """A bundle from a committee (or a council) holding one held assembly adopting ``titles``."""
    sender = Store.create(folder / f"{name}.store", PASSPHRASE)
    profile.save_profile(sender, name=name, kind=kind)
    assembly = assemblies.create_assembly(sender, starts_at=datetime(2022, 1, 4, 10, 0), entitled=50)
    assemblies.update_assembly(sender, assembly.id, registered_others=40)
    item = assemblies.add_agenda_item(sender, assembly.id, title="Талаптар")
    assemblies.update_agenda_item(sender, item.id, decided="Талаптарды\nәкімдікке жіберу.")
    vote = assemblies.record_vote(sender, item.id, question="Қабылдау", votes_for=35, votes_against=3, votes_abstain=2)
    for title in titles:
        demands.propose_and_adopt_demand(sender, vote.id, title=title)
    assemblies.close_assembly(sender, assembly.id)
    path = folder / f"{name}.cdcb"
    write_bundle(sender, path, SHARED)
    sender.close()
    return path


@pytest.fixture
def view(qtbot, session):
    shown = CouncilView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def make_council(session):
    profile.save_profile(session.store, name="Маңғыстау кеңесі", kind=CommitteeKind.council)


def import_through_the_view(qtbot, view, typed, monkeypatch, path, *typings):
    monkeypatch.setattr(file_dialogs, "files_to_open", lambda *args: [path])
    typed.queue.extend(typings)
    view.import_action.trigger()
    finished(qtbot)


def test_a_council_imports_committees_bundles_a_wrong_passphrase_asked_again(qtbot, view, session, typed, monkeypatch, tmp_path, shown_messages):
    make_council(session)
    view.load()
    assert "No committee's bundle has been imported yet" in view.senders_label.text()
    first = sender_bundle(tmp_path, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    import_through_the_view(qtbot, view, typed, monkeypatch, first, ["not the shared one"], [SHARED])
    assert typed.problems[0] is None and "Wrong passphrase for this bundle" in typed.problems[1]
    assert shown_messages[-1][0] == QMessageBox.Icon.Information
    assert "Imported the bundle of Стачком Жаңаөзен" in shown_messages[-1][1]
    second = sender_bundle(tmp_path, "Стачком Қаражанбас", CommitteeKind.workplace, ["Повысить зарплату", "Вернуть уволенных"])
    import_through_the_view(qtbot, view, typed, monkeypatch, second, [SHARED])

    assert view.model.rowCount() == 3
    assert "Стачком Жаңаөзен: bundle written" in view.senders_label.text()
    resolutions = view.resolutions_model
    QAbstractItemModelTester(resolutions, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert resolutions.rowCount() == 2
    assert {resolutions.data(resolutions.index(row, resolutions.HALL)) for row in range(2)} == {"40 / 50"}
    assert {resolutions.data(resolutions.index(row, resolutions.VOTES)) for row in range(2)} == {"35 / 3 / 2"}
    assert resolutions.data(resolutions.index(0, resolutions.DECIDED)) == "Талаптарды әкімдікке жіберу."
    assert not view.table.isColumnHidden(view.model.COMMON)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert not view.link_new_action.isEnabled()

    # Choose the two wage demands and link them as the same demand.
    selection = view.table.selectionModel()
    for row in range(view.model.rowCount()):
        if view.model.demand(row).title in ("Жалақыны көтеру", "Повысить зарплату"):
            selection.select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert view.link_new_action.isEnabled()
    view.tabs.setCurrentWidget(view.resolutions)
    assert not view.link_new_action.isEnabled()  # the links are made in the demands' tab
    view.tabs.setCurrentWidget(view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    linked = [demand for demand in council.received_demands(session.store) if demand.common_demand_id is not None]
    assert len(linked) == 2 and len({demand.common_demand_id for demand in linked}) == 1
    common = demands.get_demand(session.store, linked[0].common_demand_id)
    assert common.status == DemandStatus.proposed
    assert {view.model.data(view.model.index(row, view.model.COMMON)) for row in range(2)} == {common.title}


def test_a_bundle_from_a_committee_is_refused_in_a_committees_store_with_a_message(qtbot, view, session, typed, monkeypatch, tmp_path, shown_messages):
    profile.save_profile(session.store, name="Цех №3", kind=CommitteeKind.workplace)
    other = sender_bundle(tmp_path, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    import_through_the_view(qtbot, view, typed, monkeypatch, other, [SHARED])
    assert "imported in the council's store" in shown_messages[-1][1]
    assert view.model.rowCount() == 0


def test_what_the_council_sent_shows_read_only_in_the_committees_demands(qtbot, session, typed, monkeypatch, tmp_path, view):
    profile.save_profile(session.store, name="Цех №3", kind=CommitteeKind.workplace)
    view.load()
    assert not view.link_new_action.isVisible() and not view.print_action.isVisible()
    assert view.table.isColumnHidden(view.model.COMMON)
    from_council = sender_bundle(tmp_path, "Маңғыстау кеңесі", CommitteeKind.council, ["Ортақ талап: жалақы"])
    import_through_the_view(qtbot, view, typed, monkeypatch, from_council, [SHARED])
    assert view.model.rowCount() == 1

    demands_view = DemandsView(session)
    qtbot.addWidget(demands_view)
    demands_view.show()
    demands_view.load()
    assert demands_view.from_council.isVisible()
    model = demands_view.from_council_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.SENDER)) == "Маңғыстау кеңесі"
    assert model.data(model.index(0, model.TITLE)) == "Ортақ талап: жалақы"
    assert model.data(model.index(0, model.VOTED)) == "35 / 3 / 2"
    # Read-only: not among the committee's own demands, which the view edits.
    assert demands_view.model.rowCount() == 0


def test_the_demands_view_shows_no_council_section_before_anything_came(qtbot, session):
    demands_view = DemandsView(session)
    qtbot.addWidget(demands_view)
    demands_view.show()
    demands_view.load()
    assert not demands_view.from_council.isVisible()


def test_export_waits_for_the_passphrase_typed_twice_then_writes_the_bundle(qtbot, view, session, monkeypatch, tmp_path, shown_messages):
    profile.save_profile(session.store, name="Цех №3", kind=CommitteeKind.workplace)
    dialog = BundleExportDialog(to_council=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    typed_words = "council and committee 2022"  # QTest types Latin letters only
    qtbot.keyClicks(dialog.passphrase.first, typed_words)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase.second, typed_words)
    assert ok.isEnabled()
    assert not dialog.include_delegates.isChecked()

    target = tmp_path / "for-the-council.cdcb"
    monkeypatch.setattr(BundleExportDialog, "get_export", classmethod(lambda cls, parent, to_council: (SHARED, False)))
    monkeypatch.setattr(file_dialogs, "file_to_save", lambda *args: target)
    view.export_action.trigger()
    finished(qtbot)
    assert bundle_format.read_bundle_file(target, SHARED)["sender"]["name"] == "Цех №3"
    assert "No member is named in it." in shown_messages[-1][1]


def test_the_file_dialogs_start_in_the_folder_of_the_last_bundle(qtbot, view, session, typed, monkeypatch, tmp_path):
    make_council(session)
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = sender_bundle(stick, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    started_in = []

    def choose(parent, caption, folder, name_filter):
        started_in.append(folder)
        return [bundle]

    monkeypatch.setattr(file_dialogs, "files_to_open", choose)
    typed.queue.extend([[SHARED], [SHARED]])
    view.import_action.trigger()
    finished(qtbot)
    view.import_action.trigger()
    finished(qtbot)
    assert started_in[1] == stick and started_in[0] != stick


def test_linking_says_what_was_made_in_the_status_line(qtbot, session, typed, monkeypatch, tmp_path):
    from ui.main_window import MainWindow

    make_council(session)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.load()
    view = window.view("council")
    window.show_view(window.views.index(view))
    first = sender_bundle(tmp_path, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    import_through_the_view(qtbot, view, typed, monkeypatch, first, [SHARED])
    view.table.selectRow(0)
    view.link_new_action.trigger()
    assert "linked as one common demand, «Жалақыны көтеру»" in window.statusBar().currentMessage()
    view.table.selectRow(0)
    view.unlink_action.trigger()
    assert "no longer linked" in window.statusBar().currentMessage()
    assert council.received_demands(session.store)[0].common_demand_id is None


def test_a_committees_records_can_be_removed_after_a_yes(qtbot, view, session, typed, monkeypatch, tmp_path, answers):
    make_council(session)
    first = sender_bundle(tmp_path, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    second = sender_bundle(tmp_path, "Стачком Қаражанбас", CommitteeKind.workplace, ["Вернуть уволенных"])
    import_through_the_view(qtbot, view, typed, monkeypatch, first, [SHARED])
    import_through_the_view(qtbot, view, typed, monkeypatch, second, [SHARED])
    assert view.forget_action.isEnabled()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, current, editable: ("Стачком Жаңаөзен", True))
    answers.queue.append(False)
    view.forget_action.trigger()
    assert view.model.rowCount() == 2
    answers.queue.append(True)
    view.forget_action.trigger()
    assert "Стачком Жаңаөзен" in answers.asked[-1] and "1 adopted demands" in answers.asked[-1]
    assert [sender.name for sender in council.senders(session.store)] == ["Стачком Қаражанбас"]
    assert [view.model.demand(row).title for row in range(view.model.rowCount())] == ["Вернуть уволенных"]


def test_a_committees_name_that_looks_like_markup_is_shown_as_typed(qtbot, view, session, typed, monkeypatch, tmp_path):
    make_council(session)
    bundle = sender_bundle(tmp_path, "<b>Стачком</b><br>Fake line", CommitteeKind.workplace, ["Жалақы"])
    import_through_the_view(qtbot, view, typed, monkeypatch, bundle, [SHARED])
    assert view.senders_label.textFormat() == Qt.TextFormat.PlainText
    assert view.senders_label.text().startswith("<b>Стачком</b><br>Fake line:")
    from ui.error_reporting import message_box

    box = message_box(view, QMessageBox.Icon.Information, "t", "<b>Стачком</b>")
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_several_bundles_at_once_one_passphrase_asked_again_only_for_the_files_it_does_not_open(
    qtbot, view, session, typed, monkeypatch, tmp_path, shown_messages
):
    make_council(session)
    first = sender_bundle(tmp_path, "Стачком Жаңаөзен", CommitteeKind.workplace, ["Жалақыны көтеру"])
    second = sender_bundle(tmp_path, "Стачком Қаражанбас", CommitteeKind.workplace, ["Вернуть уволенных"])
    other = tmp_path / "other-passphrase"
    other.mkdir()
    import committee_app.exchange.bundle_content as content_module

    third_store = Store.create(other / "third.store", PASSPHRASE)
    profile.save_profile(third_store, name="Цех №3", kind=CommitteeKind.workplace)
    third = other / "third.cdcb"
    content_module.write_bundle(third_store, third, "басқа ортақ сөз")
    third_store.close()
    damaged = tmp_path / "damaged.cdcb"
    damaged.write_bytes(first.read_bytes()[:-5])

    monkeypatch.setattr(file_dialogs, "files_to_open", lambda *args: [first, third, damaged, second])
    typed.queue.extend([[SHARED], ["басқа ортақ сөз"]])
    view.import_action.trigger()
    finished(qtbot)
    finished(qtbot)

    assert typed.problems[0] is None and "Wrong passphrase for this bundle" in typed.problems[1]
    assert len(typed.problems) == 2
    icon, text = shown_messages[-1]
    assert icon == QMessageBox.Icon.Warning
    assert text.count("Imported the bundle of") == 3
    assert "damaged.cdcb: not imported. The bundle" in text and "is damaged" in text
    assert sorted(sender.name for sender in council.senders(session.store)) == ["Стачком Жаңаөзен", "Стачком Қаражанбас", "Цех №3"]
    assert len(shown_messages) == 1
