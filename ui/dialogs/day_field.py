"""A date field that reads a date typed the way it is written: "25.11.2026".

Qt moves on to the month by itself once the day is complete ("25"), and then takes the dot
typed next as a request to move on again, so "25.11.2026" would land "11" in the year. Here a
dot typed right after Qt moved on by itself is taken as already done. Everything else (arrows,
Tab, the calendar) is Qt's own.
"""

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# Four digits for the year, as on every paper the committee signs.
DATE_FORMAT = "dd.MM.yyyy"
SEPARATOR = "."


class DayField(QDateEdit):
    def __init__(self, day: QDate, parent: QWidget | None = None):
        super().__init__(day, parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self._moved_on_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._moved_on_by_itself and event.text() == SEPARATOR:
            self._moved_on_by_itself = False
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on_by_itself = event.text()[:1].isdigit() and self.currentSection() != section

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._moved_on_by_itself = False
        super().mousePressEvent(event)
