"""Date fields that read a date typed the way it is written: "25.11.2026", "25.11.2026 18:30".

Qt moves on to the next section by itself once one is complete ("25"), and then takes the
separator typed next as a request to move on again, so "25.11.2026" would land "11" in the
year. Here a separator typed right after Qt moved on by itself is taken as already done.
Everything else (arrows, the calendar, Qt's own moves between sections) stays Qt's.
"""

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

# Four digits for the year, as on every paper the committee signs.
DATE_FORMAT = "dd.MM.yyyy"


class TypedSeparators:
    """For a QDateTimeEdit subclass: swallows the separator that follows Qt's own move."""

    _moved_on_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.SelectAll) or event.key() == Qt.Key.Key_Home:
            # Typing the whole date again starts from its first part.
            self._start_from_the_first_section()
            event.accept()
            return
        typed = event.text()[:1]
        if self._moved_on_by_itself and typed and not typed.isdigit() and typed.isprintable():
            self._moved_on_by_itself = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on_by_itself = typed.isdigit() and self.currentSection() != section

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._moved_on_by_itself = False
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Coming back to the field starts afresh: a dot typed now is a move of its own, and
        # from the keyboard (Tab or Shift+Tab alike) the date is typed from its first part.
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self._start_from_the_first_section()
        self._moved_on_by_itself = False

    def _start_from_the_first_section(self) -> None:
        self._moved_on_by_itself = False
        self.setSelectedSection(self.sectionAt(0))


class TypedDateEdit(TypedSeparators, QDateEdit):
    """A QDateEdit in the locale's format that takes "25.11.2026" typed as written."""


class DayField(TypedSeparators, QDateEdit):
    def __init__(self, day: QDate, parent: QWidget | None = None):
        super().__init__(day, parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)


class FormDateTimeEdit(TypedSeparators, QDateTimeEdit):
    """A date and time typed as written. Tab moves on to the next field, as everywhere else in
    a form; Qt's own date-time edit would walk its day, month, year, hour and minute instead.
    Only the Tab key is taken: a typed separator still moves between the sections, which Qt
    does through ``focusNextPrevChild``, so that stays Qt's own."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                QWidget.focusNextPrevChild(self, forward)
                return True
        return super().event(event)
