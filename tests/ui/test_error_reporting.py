"""Errors reach the secretary as dialogs: their own words for a UserError, an apology for a bug."""

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from committee_app import logs
from committee_app.errors import ValidationError
from ui.error_reporting import install_exception_hook, report_error, reporting_errors


def flush_logs():
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_user_error_is_shown_in_its_own_words(qapp, shown_messages):
    with reporting_errors(None):
        raise ValidationError("Full name is required.")
    assert shown_messages == [(QMessageBox.Icon.Warning, "Full name is required.")]


def test_a_bug_is_logged_without_its_message_and_shown_as_an_apology(qapp, shown_messages):
    logs.configure_logging()
    with reporting_errors(None):
        raise RuntimeError("Жұмабаев Қайрат +7 701 512 34 87")
    flush_logs()
    (icon, text), = shown_messages
    assert icon == QMessageBox.Icon.Critical
    assert "Sorry" in text and str(logs.log_file_path()) in text
    assert "Жұмабаев" not in text
    logged = logs.log_file_path().read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "Жұмабаев" not in logged and "701" not in logged


def test_the_app_goes_on_after_an_error(qapp, shown_messages):
    done = []
    with reporting_errors(None):
        raise KeyError("boom")
    with reporting_errors(None):
        done.append("next command")
    assert done == ["next command"]
    assert len(shown_messages) == 1


def test_an_error_escaping_a_slot_becomes_a_dialog(qapp, shown_messages, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise ValueError("inside a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    (icon, text), = shown_messages
    assert icon == QMessageBox.Icon.Critical
    assert "Sorry" in text


def test_report_error_shows_the_store_messages_translated_text(qapp, shown_messages):
    report_error(None, ValidationError("Текст"))
    assert shown_messages[0][1] == "Текст"
