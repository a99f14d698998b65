"""The live view of a general assembly, driven by keys: F5 opens it on the item on the floor;
a member found as the name is typed and a worker not in the list join the speakers list;
F6 gives the floor and the countdown runs; F7 writes the speaker into «Spoke»; the vote is
typed as hands are counted, then counted again sheet by sheet; the hall screen follows and
never shows a phone, a workplace or the member list; closed mid-way, nothing is lost."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from committee_app.services import assemblies, live
from committee_app.services.members import add_member, add_members_in_bulk
from committee_app.vocabulary import AssemblyKind, AssemblyStatus, SpeakerState, VoteOutcome
from tests.ui.test_members_view import type_text
from ui.hall_screen import HallScreen
from ui.views.assemblies_view import AssembliesView
from ui.views.live_window import LiveWindow

pytestmark = pytest.mark.usefixtures("unsynced_writes")

PHONE = "+7 701 555 44 33"
WORKPLACE = "Цех подземного ремонта скважин №4"


@pytest.fixture
def assembly(session):
    store = session.store
    add_members_in_bulk(store, [{"full_name": f"Мұнайшы {n:03d}", "workplace": WORKPLACE, "phone": PHONE} for n in range(40)])
    add_member(store, full_name="Жұмабаев Қайрат Серікұлы", phone=PHONE, workplace=WORKPLACE)
    planned = assemblies.create_assembly(
        store, kind=AssemblyKind.general_assembly, title="Жалпы жиналыс", entitled=1200, registered_others=640
    )
    for title, minutes in (("Жалақы туралы", 20), ("Ереуіл туралы", 30), ("Делегаттар сайлауы", 15)):
        assemblies.add_agenda_item(store, planned.id, title=title, planned_minutes=minutes)
    return planned


@pytest.fixture
def view(qtbot, session, assembly):
    shown = AssembliesView(session)
    qtbot.addWidget(shown)
    shown.load()
    shown.resize(1366, 700)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def open_live(qtbot, view) -> LiveWindow:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.live_window is not None and view.live_window.isVisible())
    window = view.live_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_into(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it, key by key."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def test_the_assembly_run_live_by_keys_is_the_record_the_minutes_show(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    assert "Item 1 of 3: Жалақы туралы" in window.heading.text()
    assert "Registered 640 of 1,200" in window.quorum.text()

    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert "Item 2 of 3: Ереуіл туралы" in window.heading.text()

    # A member found as the name is typed, then a worker not in the list, by name.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.speakers.search
    assert search.hasFocus()
    type_text(search, "жұмаб")
    offered = search.completer().popup()
    qtbot.waitUntil(offered.isVisible)
    assert search.completer().completionCount() == 1
    qtbot.keyClick(offered, Qt.Key.Key_Down)
    qtbot.keyClick(offered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.text() == "")
    # The offscreen platform leaves the closed popup the active window; a desktop does not.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, search, "Петренко Сергей Иванович")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    item = live.live_item(store, assembly.id)
    rows = live.speakers(store, item.id)
    assert [(row.name, row.member_id is not None) for row in rows] == [
        ("Жұмабаев Қайрат Серікұлы", True),
        ("Петренко Сергей Иванович", False),
    ]

    # F6: the first one waiting gets the floor; the countdown shows the assembly's limit.
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert live.speakers(store, item.id)[0].state == SpeakerState.speaking
    assert window.speakers.gist.hasFocus()
    assert window.speakers.countdown.text() in ("3:00", "2:59")
    type_text(window.speakers.gist, "ереуілді қолдады")
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.spoke.toPlainText().splitlines() == ["Қ.С. Жұмабаев — ереуілді қолдады", "С.И. Петренко"]

    # «Spoke» typed here is saved as typed, with the lines the speakers left.
    window.spoke.setFocus()
    window.spoke.moveCursor(window.spoke.textCursor().MoveOperation.End)
    type_text(window.spoke, " — қарсы")
    qtbot.waitUntil(lambda: "қарсы" in live.live_item(store, assembly.id).spoke, timeout=3000)

    # The vote: a question, then the counts typed as hands are counted, saved as typed.
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.vote.question.hasFocus()
    type_text(window.vote.question, "Объявить забастовку")
    qtbot.keyClick(window.vote.question, Qt.Key.Key_Return)
    assert window.vote.votes_for.hasFocus()
    for box, count in ((window.vote.votes_for, "412"), (window.vote.votes_against, "31"), (window.vote.votes_abstain, "17")):
        type_into(qtbot, box, count)
    [vote] = assemblies.votes_on_item(store, item.id)
    qtbot.waitUntil(lambda: assemblies.votes_on_item(store, item.id)[0].votes_abstain == 17, timeout=3000)
    vote = assemblies.votes_on_item(store, item.id)[0]
    assert (vote.question, vote.votes_for, vote.votes_against, vote.outcome) == ("Объявить забастовку", 412, 31, VoteOutcome.carried)

    # Counted again on two sheets: the vote becomes their sum, the sheet numbers kept.
    for number, sector, counts in ((1, "Партер", ("300", "20", "5")), (2, "Балкон", ("150", "15", "10"))):
        assert window.vote.sheet_number.value() == number
        type_into(qtbot, window.vote.sector, sector)
        for box, count in zip((window.vote.sheet_for, window.vote.sheet_against, window.vote.sheet_abstain), counts, strict=True):
            type_into(qtbot, box, count)
        qtbot.keyClick(window.vote.sheet_abstain, Qt.Key.Key_Return)
    vote = assemblies.votes_on_item(store, item.id)[0]
    assert (vote.votes_for, vote.votes_against, vote.votes_abstain) == (450, 35, 15)
    assert [(t.sheet_number, t.sector) for t in live.tallies(store, vote.id)] == [(1, "Партер"), (2, "Балкон")]
    assert window.vote.votes_for.value() == 450 and window.vote.votes_for.isReadOnly()

    # F10 puts the result on the hall screen.
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.hall_state().last_vote == "For 450 · Against 35 · Abstained 15 — Adopted"

    # Closed: the minutes show what was typed live.
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.live_window is None)
    view.tabs.setCurrentWidget(view.minutes)
    view.minutes.items.setCurrentIndex(view.plan.agenda_model.index(1, 0))
    assert view.minutes.spoke.toPlainText().startswith("Қ.С. Жұмабаев — ереуілді қолдады\nС.И. Петренко — қарсы")
    assert view.minutes.votes_model.rowCount() == 1


def test_the_hall_screen_follows_the_live_view_and_shows_no_personal_data(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    member = next(choice for choice in assemblies.member_choices(store) if choice.full_name.startswith("Жұмабаев"))
    speaker = live.add_speaker(store, item.id, member_id=member.id)
    window.speakers.reload()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    hall = window.hall_screen
    assert isinstance(hall, HallScreen) and hall.isVisible()
    texts = hall.shown_texts()
    assert window.committee_name in texts or window.committee_name == ""
    assert "1. Жалақы туралы" in texts
    assert "Қ.С. Жұмабаев" in texts
    assert any(text in ("3:00", "2:59") for text in texts)
    shown = " ".join(texts)
    assert PHONE not in shown and "701" not in shown
    assert WORKPLACE not in shown and "Цех" not in shown
    assert "Мұнайшы" not in shown  # no member list

    # It follows the live view: the next item, and the floor given back.
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    texts = hall.shown_texts()
    assert "2. Ереуіл туралы" in texts and "Қ.С. Жұмабаев" not in texts

    # F9 blanks it, and again shows it.
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert hall.is_blank() and hall.shown_texts() == []
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not hall.is_blank()

    # Closing the live view closes the hall screen with it.
    window.close()
    qtbot.waitUntil(lambda: view.live_window is None)
    assert not any(isinstance(widget, HallScreen) and widget.isVisible() for widget in QApplication.topLevelWidgets())
    assert live.speakers(store, item.id)[0].id == speaker.id


def test_closed_mid_way_the_floor_and_the_counts_are_kept(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, window.speakers.search, "Ермеков Нұрлан")
    qtbot.keyClick(window.speakers.search, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    window.vote.question.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_text(window.vote.question, "Объявить забастовку")
    qtbot.keyClick(window.vote.question, Qt.Key.Key_Return)
    type_into(qtbot, window.vote.votes_for, "77")
    # The lid closes at once: the counts waiting for their save are written on closing.
    window.close()
    qtbot.waitUntil(lambda: view.live_window is None)
    item = live.live_item(store, assembly.id)
    assert item.position == 2
    assert assemblies.votes_on_item(store, item.id)[0].votes_for == 77
    window = open_live(qtbot, view)
    assert "Item 2 of 3" in window.heading.text()
    assert window.speakers.speaker_on_floor().name == "Ермеков Нұрлан"
    assert window.vote.votes_for.value() == 77


def test_the_countdown_turns_red_past_the_limit_and_signals_once(qtbot, view, session, assembly, monkeypatch):
    store = session.store
    window = open_live(qtbot, view)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    item = live.live_item(store, assembly.id)
    speaker = live.add_speaker(store, item.id, name="Петренко Сергей")
    live.give_floor(store, speaker.id)
    window.speakers.reload()
    started = window.speakers.speaker_on_floor().started_at
    window.speakers.tick(started + timedelta(seconds=170))
    assert window.speakers.countdown.text() == "0:10" and "#ffc857" in window.speakers.countdown.styleSheet()
    assert beeps == []
    window.speakers.tick(started + timedelta(seconds=185))
    window.speakers.tick(started + timedelta(seconds=186))
    assert window.speakers.countdown.text() == "\u22120:06"
    assert "#ff6b5b" in window.speakers.countdown.styleSheet()
    assert beeps == [1]


def test_the_time_per_speaker_is_typed_as_minutes_and_seconds(qtbot, view, session, assembly):
    window = open_live(qtbot, view)
    type_into(qtbot, window.speakers.limit, "2:30")
    qtbot.keyClick(window.speakers.limit, Qt.Key.Key_Return)
    assert assemblies.get_assembly(session.store, assembly.id).speaking_limit_seconds == 150
    type_into(qtbot, window.speakers.limit, "4")
    qtbot.keyClick(window.speakers.limit, Qt.Key.Key_Return)
    assert assemblies.get_assembly(session.store, assembly.id).speaking_limit_seconds == 240


def test_a_held_assembly_is_not_run_live_and_says_why(qtbot, view, session, assembly, shown_messages):
    assemblies.close_assembly(session.store, assembly.id)
    view.reload(select_id=assembly.id)
    qtbot.keyClick(view.list, Qt.Key.Key_F5)
    assert view.live_window is None
    [(icon, text)] = shown_messages
    assert icon == QMessageBox.Icon.Information and "marked held" in text
    assert assemblies.get_assembly(session.store, assembly.id).status == AssemblyStatus.held


def test_more_hands_than_registered_are_shown_beside_the_counts_and_not_saved(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    live.start_vote(store, item.id, question="Объявить забастовку")
    window.vote.show_item(item.id)
    type_into(qtbot, window.vote.votes_for, "700")
    qtbot.waitUntil(lambda: "640" in window.vote.problem.text(), timeout=3000)
    assert assemblies.votes_on_item(store, item.id)[0].votes_for == 0


def test_counts_refused_as_the_secretary_moves_on_are_said_in_a_message(qtbot, view, session, assembly, shown_messages):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    live.start_vote(store, item.id, question="Объявить забастовку")
    window.vote.show_item(item.id)
    type_into(qtbot, window.vote.votes_for, "700")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    [(_icon, text)] = shown_messages
    assert "Объявить забастовку" in text and "640" in text
    assert assemblies.votes_on_item(store, item.id)[0].votes_for == 0


def test_counts_typed_just_before_another_vote_is_chosen_stay_with_their_own_vote(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    first = live.start_vote(store, item.id, question="Вопрос А")
    second = live.start_vote(store, item.id, question="Вопрос Б")
    window.vote.show_item(item.id, select_vote_id=first.id)
    type_into(qtbot, window.vote.votes_for, "50")
    assert window.vote.save_timer.isActive()
    window.vote.chooser.setCurrentIndex(1)  # within the pause before the save
    votes = {vote.id: vote for vote in assemblies.votes_on_item(store, item.id)}
    assert (votes[first.id].votes_for, votes[first.id].question) == (50, "Вопрос А")
    assert (votes[second.id].votes_for, votes[second.id].question) == (0, "Вопрос Б")


def test_a_question_retyped_is_saved(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    live.start_vote(store, item.id, question="Объявить забастовку")
    window.vote.show_item(item.id)
    type_into(qtbot, window.vote.question, "Объявить бессрочную забастовку")
    qtbot.keyClick(window.vote.question, Qt.Key.Key_Return)
    assert assemblies.votes_on_item(store, item.id)[0].question == "Объявить бессрочную забастовку"


def test_what_the_speaker_said_is_kept_as_typed_across_items_and_a_closed_window(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    type_into(qtbot, window.speakers.search, "Петренко Сергей")
    qtbot.keyClick(window.speakers.search, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    type_text(window.speakers.gist, "бессрочная забастовка")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.speakers.gist.text() == "бессрочная забастовка"
    type_text(window.speakers.gist, ", касса взаимопомощи")
    window.close()  # the lid closes before the pause that saves
    qtbot.waitUntil(lambda: view.live_window is None)
    window = open_live(qtbot, view)
    assert window.speakers.gist.text() == "бессрочная забастовка, касса взаимопомощи"
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert live.live_item(store, assembly.id).spoke == "С. Петренко — бессрочная забастовка, касса взаимопомощи"


def test_locking_saves_what_was_typed_and_closes_the_live_view_and_the_hall_screen(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    hall = window.hall_screen
    window.spoke.setFocus()
    type_text(window.spoke, "Төраға жиналысты ашты.")
    assert window.spoke_timer.isActive()  # not yet saved when the lock comes
    # What the app does on locking: save what needs no question, then clear every view.
    view.save_pending(may_ask=False)
    view.clear()
    qtbot.waitUntil(lambda: not window.isVisible() and not hall.isVisible())
    assert view.live_window is None
    assert live.live_item(store, assembly.id).spoke == "Төраға жиналысты ашты."
    # The item's time on the floor stops while the records are locked.
    assert assemblies.get_assembly(store, assembly.id).live_since is None


def test_a_wipe_writes_nothing_the_live_view_still_held(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    window.spoke.setFocus()
    type_text(window.spoke, "жазылмауы керек")
    item = live.live_item(store, assembly.id)
    before = (item.spoke, assemblies.get_assembly(store, assembly.id).live_since)
    # The wipe clears the views with nothing saved first.
    view.clear()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert (live.live_item(store, assembly.id).spoke, assemblies.get_assembly(store, assembly.id).live_since) == before


def test_with_a_projector_connected_the_hall_screen_goes_full_screen_on_the_screen_chosen(qtbot, view, monkeypatch):
    import ui.views.live_window as live_window
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QInputDialog

    laptop = QGuiApplication.primaryScreen()
    # The offscreen platform has one screen: the projector is the same screen, by another name.
    monkeypatch.setattr(live_window, "hall_screens", lambda: [laptop, laptop])
    monkeypatch.setattr(live_window, "default_hall_screen", lambda: laptop)
    offered = []

    def choose(parent, title, label, names, current, editable):
        offered.append((list(names), current))
        return names[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    shown_on = []
    monkeypatch.setattr(HallScreen, "show_on", lambda self, screen: shown_on.append(screen))
    window = open_live(qtbot, view)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    [(names, current)] = offered
    assert len(names) == 2 and all(f"({laptop.geometry().width()}×{laptop.geometry().height()})" in name for name in names)
    assert shown_on == [laptop]
    window.close()


def test_the_result_announced_stays_on_the_wall_on_the_next_item_and_follows_a_recount(qtbot, view, session, assembly):
    store = session.store
    window = open_live(qtbot, view)
    item = live.live_item(store, assembly.id)
    vote = live.start_vote(store, item.id, question="Объявить забастовку")
    live.set_vote_counts(store, vote.id, votes_for=400, votes_against=30, votes_abstain=10)
    window.vote.show_item(item.id)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert window.hall_state().last_vote == "For 400 · Against 30 · Abstained 10 — Adopted"
    type_into(qtbot, window.vote.votes_for, "20")
    window.vote.save_now()
    assert window.hall_state().last_vote == "For 20 · Against 30 · Abstained 10 — Not adopted"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.hall_state().last_vote == "For 20 · Against 30 · Abstained 10 — Not adopted"
