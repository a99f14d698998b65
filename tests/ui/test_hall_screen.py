"""The hall's screen: large type on the projector, what the live view hands it and nothing
more, blanked with B or "." and closed with Escape."""

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui import hall_screen
from ui.hall_screen import (
    HallScreen,
    HallState,
    clock_text,
    default_hall_screen,
    hall_screens,
)

FULL = HallState(
    committee_name="Комитет действия «Теміртау»",
    item="3. Об объявлении забастовки",
    speaker="Қ.С. Жұмабаев",
    remaining_seconds=185,
    last_vote="За 412 · Против 31 · Воздержались 17 — Решение принято",
)


@pytest.fixture
def hall(qtbot):
    window = HallScreen()
    qtbot.addWidget(window)
    window.resize(1024, 576)
    window.show()
    qtbot.waitExposed(window)
    return window


def clock_colour(hall) -> str:
    return hall.clock.palette().color(QPalette.ColorRole.WindowText).name()


def test_it_shows_every_field_of_the_state(hall):
    hall.show_state(FULL)
    assert hall.shown_texts() == [
        "Комитет действия «Теміртау»",
        "3. Об объявлении забастовки",
        "Speaking",
        "Қ.С. Жұмабаев",
        "3:05",
        "Last vote",
        "За 412 · Против 31 · Воздержались 17 — Решение принято",
    ]
    assert all(label.isVisible() for label in hall.labels)


def test_an_empty_field_hides_its_line_and_its_caption(hall):
    hall.show_state(FULL)
    hall.show_state(HallState(committee_name="Комитет", item="1. Повестка дня"))
    assert hall.shown_texts() == ["Комитет", "1. Повестка дня"]
    for label in (hall.speaker_caption, hall.speaker, hall.clock, hall.vote_caption, hall.last_vote):
        assert not label.isVisible()
    hall.show_state(HallState())
    assert hall.shown_texts() == []
    assert not any(label.isVisible() for label in hall.labels)


def test_a_countdown_without_a_speaker_still_shows(hall):
    hall.show_state(HallState(remaining_seconds=0))
    assert hall.shown_texts() == ["0:00"]
    assert hall.clock.isVisible() and not hall.speaker_caption.isVisible()


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (185, "3:05"),
        (0, "0:00"),
        (1, "0:01"),
        (59, "0:59"),
        (60, "1:00"),
        (-1, "\u22120:01"),
        (-7, "\u22120:07"),
        (-75, "\u22121:15"),
        (3600, "60:00"),
        (7325, "122:05"),
        (-3600, "\u221260:00"),
    ],
)
def test_clock_text(seconds, shown):
    assert clock_text(seconds) == shown


def test_the_minus_is_the_real_minus_sign():
    assert not clock_text(-7).startswith("-")


@pytest.mark.parametrize(
    ("seconds", "colour"),
    [
        (600, "#ffffff"),
        (31, "#ffffff"),
        (30, "#ffc857"),
        (1, "#ffc857"),
        (0, "#ffc857"),
        (-1, "#ff6b5b"),
        (-600, "#ff6b5b"),
    ],
)
def test_the_clock_turns_amber_near_the_end_and_red_over_time(hall, seconds, colour):
    hall.show_state(HallState(remaining_seconds=seconds))
    assert clock_colour(hall) == colour


def test_the_clock_goes_back_to_white_for_the_next_speaker(hall):
    hall.show_state(HallState(remaining_seconds=-20))
    hall.show_state(HallState(remaining_seconds=300))
    assert clock_colour(hall) == "#ffffff"


def test_black_background_white_text(hall):
    assert hall.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert hall.name.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert hall.autoFillBackground()


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_b_and_period_blank_and_unblank(qtbot, hall, key):
    hall.show_state(FULL)
    with qtbot.waitSignal(hall.blank_changed) as blanked:
        qtbot.keyClick(hall, key)
    assert blanked.args == [True]
    assert hall.is_blank()
    assert hall.shown_texts() == []
    assert not any(label.isVisible() for label in hall.labels)
    assert hall.pages.currentWidget() is hall.blank_page
    assert hall.blank_page.children() == []
    with qtbot.waitSignal(hall.blank_changed) as unblanked:
        qtbot.keyClick(hall, key)
    assert unblanked.args == [False]
    assert not hall.is_blank()
    assert "3. Об объявлении забастовки" in hall.shown_texts()


@pytest.mark.parametrize("letter", ["и", "ю"])
def test_the_same_keys_on_a_cyrillic_layout_blank(hall, letter):
    # QTest types Latin-1 only (it aborts on "и"): the key press as a Russian layout sends it.
    press = QKeyEvent(QEvent.Type.KeyPress, ord(letter.upper()), Qt.KeyboardModifier.NoModifier, letter)
    QApplication.sendEvent(hall, press)
    assert hall.is_blank()


def test_other_keys_do_nothing(hall):
    hall.show_state(FULL)
    QTest.keyClick(hall, Qt.Key.Key_A)
    QTest.keyClick(hall, Qt.Key.Key_Space)
    assert not hall.is_blank() and hall.isVisible()


def test_state_changes_while_blank_show_once_unblanked(qtbot, hall):
    hall.set_blank(True)
    hall.show_state(FULL)
    assert hall.shown_texts() == []
    hall.toggle_blank()
    assert hall.shown_texts()[1] == "3. Об объявлении забастовки"


def test_set_blank_twice_emits_once(qtbot, hall):
    emitted = []
    hall.blank_changed.connect(emitted.append)
    hall.set_blank(True)
    hall.set_blank(True)
    hall.set_blank(False)
    hall.set_blank(False)
    assert emitted == [True, False]


def test_escape_closes_it(qtbot, hall):
    qtbot.keyClick(hall, Qt.Key.Key_Escape)
    assert not hall.isVisible()


def test_markup_in_a_title_shows_literally(hall):
    hall.show_state(HallState(item="<b>x</b>", speaker="<i>A.</i> & B.", last_vote="1 < 2"))
    assert hall.shown_texts() == ["<b>x</b>", "Speaking", "<i>A.</i> & B.", "Last vote", "1 < 2"]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in hall.labels)


def test_a_window_of_its_own_with_a_title_and_no_pointer(qtbot, hall):
    assert hall.isWindow()
    assert hall.windowType() == Qt.WindowType.Window
    assert hall.windowTitle() == "Hall screen"
    assert hall.cursor().shape() == Qt.CursorShape.BlankCursor


def test_with_a_parent_it_is_still_a_window_of_its_own(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    window = HallScreen(parent)
    assert window.isWindow() and window.parentWidget() is parent


def test_show_on_the_default_screen_is_full_screen_there(qtbot):
    window = HallScreen()
    qtbot.addWidget(window)
    screen = default_hall_screen()
    window.show_on(screen)
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.screen() == screen
    assert window.geometry() == screen.geometry()


def test_hall_screens_are_the_application_screens(qapp):
    assert hall_screens() == QGuiApplication.screens()
    # The tests' offscreen platform has the laptop's screen alone: the hall falls back to it.
    assert default_hall_screen() == QGuiApplication.primaryScreen()


def test_the_default_screen_is_the_first_that_is_not_the_primary(monkeypatch):
    laptop, projector, monitor = object(), object(), object()

    class Screens:
        @staticmethod
        def screens():
            return [laptop, projector, monitor]

        @staticmethod
        def primaryScreen():
            return laptop

    monkeypatch.setattr(hall_screen, "QGuiApplication", Screens)
    assert default_hall_screen() is projector
    Screens.primaryScreen = staticmethod(lambda: projector)
    assert default_hall_screen() is laptop


def test_unplugging_the_projector_closes_it(qtbot, qapp):
    window = HallScreen()
    qtbot.addWidget(window)
    window.show_on(default_hall_screen())
    qtbot.waitExposed(window)
    qapp.screenRemoved.emit(window.screen())
    assert not window.isVisible()
    # Shown again on the laptop alone, it is a window, not a black screen over the live view.
    window.show()
    assert not window.isFullScreen()


def test_showing_it_does_not_take_the_secretarys_keyboard(qtbot):
    window = HallScreen()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_the_state_has_no_field_for_a_phone_a_workplace_or_members():
    # The structural protection: what the hall can show is only what these fields hold.
    assert [field.name for field in dataclasses.fields(HallState)] == [
        "committee_name",
        "item",
        "speaker",
        "remaining_seconds",
        "last_vote",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        FULL.item = "changed"


def test_a_bigger_window_has_bigger_type(qtbot, hall):
    hall.show_state(FULL)
    hall.resize(800, 450)
    qtbot.waitUntil(lambda: hall.size() == QSize(800, 450))
    small = {label: label.font().pointSizeF() for label in hall.labels}
    hall.resize(1600, 900)
    qtbot.waitUntil(lambda: hall.size() == QSize(1600, 900))
    assert hall.clock.font().pointSizeF() > small[hall.clock]
    assert all(label.font().pointSizeF() > small[label] for label in hall.labels)
    # The clock is the largest line and bold; the name of the committee the smallest text line.
    assert hall.clock.font().bold()
    assert hall.clock.font().pointSizeF() == pytest.approx(0.14 * 900)
    assert hall.item.font().pointSizeF() == pytest.approx(0.07 * 900)
    assert hall.name.font().pointSizeF() == pytest.approx(0.04 * 900)


def test_a_long_item_shrinks_the_type_to_stay_on_the_screen(qtbot, hall):
    # A 4:3 projector and a long agenda item: the window keeps the screen's size and every
    # line stays on it, in smaller type.
    hall.resize(1024, 768)
    qtbot.waitUntil(lambda: hall.size() == QSize(1024, 768))
    hall.show_state(FULL)
    full_size = hall.item.font().pointSizeF()
    long_item = "7. " + "О коллективном договоре, об оплате сверхурочных и о требованиях к руководству " * 3
    hall.show_state(dataclasses.replace(FULL, item=long_item))
    qtbot.waitUntil(lambda: hall.item.height() >= hall.item.heightForWidth(hall.item.width()))
    assert hall.size() == QSize(1024, 768)
    assert hall.item.font().pointSizeF() < full_size
    for label in hall.labels:
        top = label.mapTo(hall, label.rect().topLeft()).y()
        assert 0 <= top and top + label.height() <= hall.height()
    assert long_item in hall.shown_texts()
