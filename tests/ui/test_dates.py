"""Dates with four-digit years in every language, in tables, labels and date fields: Kazakh's
own short format writes "05.12.26"."""

import re
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QTableView, QTabWidget

from committee_app.i18n import LANGUAGES, LanguageSwitch
from tests.ui.test_translations import every_dialog
from ui.main_window import MainWindow
from ui.models.assembly_formatting import date_format, date_time_format, local_date_time, short_date, short_date_time
from ui.session import DeskSession
from ui.settings import DeskSettings

# Day, month and a year of two digits, as "05.12.26" or "5/12/26", not followed by more digits.
TWO_DIGIT_YEAR = re.compile(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2}(?![\d.])")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    switch = LanguageSwitch()
    switch.use(request.param)
    yield request.param
    switch.use("en")


def test_the_formats_have_a_four_digit_year(language):
    assert "yyyy" in date_format()
    assert "yyyy" in date_time_format()
    assert "yy" not in date_format().replace("yyyy", "")


@pytest.mark.parametrize(
    ("formatted", "parts"),
    [
        (lambda: short_date(date(2026, 12, 5)), ["2026", "12", "05"]),
        (lambda: short_date(date(1999, 1, 31)), ["1999", "01", "31"]),
        (lambda: short_date_time(datetime(2026, 12, 5, 18, 30)), ["2026", "12", "05", "18:30"]),
        (lambda: local_date_time(datetime(2026, 12, 5, 9, 15, tzinfo=UTC)), ["2026", "12"]),
    ],
)
def test_dates_and_date_times_show_the_whole_year(language, formatted, parts):
    text = formatted()
    assert all(part in text for part in parts), text
    assert not TWO_DIGIT_YEAR.search(text), text


def test_every_date_field_of_every_dialog_shows_the_whole_year(language, store_path):
    fields = []
    for dialog in every_dialog(store_path):
        for edit in dialog.findChildren(QDateTimeEdit):
            fields.append(f"{type(dialog).__name__}: {edit.text()}")
            assert "yyyy" in edit.displayFormat(), fields[-1]
            assert str(edit.date().year()) in edit.text(), fields[-1]
            assert not TWO_DIGIT_YEAR.search(edit.text()), fields[-1]
        dialog.deleteLater()
    # The assembly's start, the member's joining, the action's and the demand's dates.
    assert len(fields) >= 4


def texts_shown(window) -> list[str]:
    texts = [label.text() for label in window.findChildren(QLabel)]
    for table in window.findChildren(QTableView):
        model = table.model()
        if model is None:
            continue
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                texts.append(str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or ""))
    return texts


def test_the_screens_show_dates_with_the_whole_year(language, demo_store, shown_messages):
    store = demo_store
    window = MainWindow(DeskSession(store, DeskSettings(), language))
    window.load()
    texts = []
    for index in range(len(window.views)):
        window.show_view(index)
        for tabs in window.views[index].findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                texts += texts_shown(window)
        texts += texts_shown(window)
    with_two_digit_years = sorted({text for text in texts if TWO_DIGIT_YEAR.search(text)})
    assert with_two_digit_years == []
    assert any(re.search(r"\d{1,2}[./]\d{1,2}[./]20\d\d", text) for text in texts)
