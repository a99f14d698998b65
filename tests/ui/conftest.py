"""Qt tests: offscreen (set in tests/conftest.py), a fresh store per test, and the message
boxes answered by the test instead of waiting for a click."""

import pytest

from ui import confirm, error_reporting
from ui.session import DeskSession
from ui.settings import DeskSettings


@pytest.fixture
def shown_messages(monkeypatch):
    """Every message box the app would show, as (icon, text), instead of showing it."""
    messages = []
    monkeypatch.setattr(error_reporting, "show_message", lambda parent, icon, title, text: messages.append((icon, text)))
    return messages


@pytest.fixture
def answers(monkeypatch):
    """The answers to yes/no questions, in order (default: yes); the questions asked are kept."""

    class Answers:
        def __init__(self):
            self.queue: list[bool] = []
            self.asked: list[str] = []

        def __call__(self, parent, title, question, **kwargs):
            self.asked.append(question)
            return self.queue.pop(0) if self.queue else True

    answering = Answers()
    monkeypatch.setattr(confirm, "ask", answering)
    return answering


@pytest.fixture
def session(qapp, store, shown_messages):
    return DeskSession(store=store, settings=DeskSettings(), language="en")
