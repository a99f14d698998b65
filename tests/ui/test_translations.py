"""Every string in Kazakh and Russian: complete .ts files, in step with the code, and no
English source string left on screen when the app runs in kk or ru."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTableView, QTabWidget, QWidget

from committee_app import rules
from committee_app.services import assemblies
from committee_app.i18n import LanguageSwitch
from ui.main_window import MainWindow
from ui.session import DeskSession
from ui.settings import DeskSettings

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")
# Words that are the same in every language here, or are not words at all.
SAME_IN_EVERY_LANGUAGE = {"", "OK", "JSON (*.json)"}


def messages(ts_file: Path) -> list[dict]:
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source"),
                    "forms": forms,
                    "unfinished": translation.get("type") in ("unfinished", "vanished", "obsolete"),
                }
            )
    return found


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every string in the code now, as lupdate finds them."""
    sys.path.insert(0, str(ROOT / "tools"))
    import translations

    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [translations.tool("pyside6-lupdate"), *translations.sources(), "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )
    return {(message["context"], message["source"]) for message in messages(target)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        f"{m['context']}: {m['source']}"
        for m in messages(TRANSLATIONS / f"committee_app_{language}.ts")
        if m["unfinished"] or not all(form.strip() for form in m["forms"])
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translations_cover_every_string_in_the_code(language, fresh_sources):
    translated = {(m["context"], m["source"]) for m in messages(TRANSLATIONS / f"committee_app_{language}.ts")}
    missing = sorted(fresh_sources - translated)
    assert missing == [], "run: python tools/translations.py update, then translate"


def test_kazakh_translations_use_kazakh_letters():
    # Һ is rare (loanwords only); the other Kazakh letters appear in any real Kazakh text.
    text = " ".join(" ".join(m["forms"]) for m in messages(TRANSLATIONS / "committee_app_kk.ts")).lower()
    assert {letter for letter in "әғқңөұүі" if letter not in text} == set()


def english_sources() -> dict[str, str]:
    """English source → its Russian translation, for the strings that change when translated."""
    return {m["source"]: m["forms"][0] for m in messages(TRANSLATIONS / "committee_app_ru.ts")}


def texts_on_screen(root: QWidget) -> set[str]:
    texts = {root.windowTitle()}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(index) for index in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.update(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount(QModelIndex()))
            )
        texts.update(action.text() for action in widget.actions())
        texts.add(widget.toolTip())
    for menu_action in root.menuBar().actions() if hasattr(root, "menuBar") else []:
        texts.add(menu_action.text())
        if menu_action.menu():
            texts.update(action.text() for action in menu_action.menu().actions())
    return {text for text in texts if text}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_widget_shows_an_untranslated_string(language, qapp, demo_store, shown_messages):
    store = demo_store
    switch = LanguageSwitch()
    switch.use(language)
    try:
        window = MainWindow(DeskSession(store, DeskSettings(), language))
        window.load()
        seen = set()
        for index in range(len(window.views)):
            window.show_view(index)
            for tabs in window.views[index].findChildren(QTabWidget):
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    seen |= texts_on_screen(window)
            seen |= texts_on_screen(window)
        english = english_sources()
        untranslated = sorted(
            text for text in seen if text in english and english[text] != text and text not in SAME_IN_EVERY_LANGUAGE
        )
        assert untranslated == []
    finally:
        switch.use("en")


def every_dialog(store_path):
    """Each dialog of the app, built as the app builds it, with plausible contents."""
    from datetime import date, datetime

    from committee_app.services.actions import AgendaItemChoice
    from committee_app.services.assemblies import MemberChoice
    from committee_app.vocabulary import ActionStatus, AssemblyKind, DemandStatus
    from ui.dialogs.action_item_dialog import ActionItemDialog, ActionItemForm
    from ui.dialogs.agenda_item_dialog import AgendaItemDialog, AgendaItemForm
    from ui.dialogs.assembly_dialog import AssemblyDialog, AssemblyForm, CarryOverDialog
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.backup_passphrases import SeparateBackupPassphraseDialog
    from ui.dialogs.change_passphrase import ChangePassphraseDialog
    from ui.dialogs.demand_dialog import DemandDialog, DemandWording, FollowUp, FollowUpDialog
    from ui.dialogs.demand_status_dialog import DemandStatusDialog
    from ui.dialogs.first_run import FirstRunWizard
    from committee_app.printing.document import PaperChoice
    from ui.dialogs.member_dialog import MemberDialog
    from ui.dialogs.member_import_dialog import MemberImportDialog
    from ui.dialogs.print_dialog import PrintDialog
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog, ShortcutSection
    from ui.dialogs.unlock import UnlockDialog
    from ui.dialogs.vote_dialog import AdoptDemandDialog, VoteDialog

    people = [MemberChoice(1, "Жұмабаев Қайрат"), MemberChoice(2, "Петренко Сергей")]
    form = AssemblyForm(1, AssemblyKind.general_assembly, "", datetime(2026, 12, 15, 10), "", 1, 2, "majority")
    yield AboutDialog(store_path)
    yield ActionItemDialog(people, date(2026, 12, 1))
    yield ActionItemDialog(
        people,
        date(2026, 12, 1),
        agenda_items=[AgendaItemChoice(1, 3, datetime(2026, 12, 5, 18, 30), 1, "Требования")],
        current=ActionItemForm("Собрать подписи", 1, date(2026, 12, 10), 1, ActionStatus.open),
    )
    yield AgendaItemDialog(AgendaItemForm(), people, new=True)
    yield AssemblyDialog(form, people, other_dates={}, copy_sources=[])
    yield CarryOverDialog(1, [])
    yield ChangePassphraseDialog()
    yield SeparateBackupPassphraseDialog()
    yield DemandDialog(DemandWording(title=""), new=True)
    yield FollowUpDialog("Требование", FollowUp())
    yield DemandStatusDialog("Требование", DemandStatus.proposed, [])
    yield FirstRunWizard("en")
    yield MemberDialog()
    yield MemberImportDialog(DeskSession(None, DeskSettings(), "en"), store_path.parent / "члены.csv")
    yield PrintDialog("Список членов комитета", PaperChoice("ru", "a4"), personal_data=True)
    yield SettingsDialog(SettingsChoice("en", 10, 7))
    yield UnlockDialog(store_path)
    yield VoteDialog(assemblies.Hall(40, True, 12, 0, rules.quorum_status("majority", 40, 12)))
    yield AdoptDemandDialog("Принять требования?")
    yield ShortcutsDialog([ShortcutSection("Везде", [QAction("Заблокировать")]), ShortcutSection("Поручения", [])])


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_dialog_shows_an_untranslated_string(language, qapp, store_path):
    switch = LanguageSwitch()
    switch.use(language)
    try:
        english = english_sources()
        untranslated = []
        for dialog in every_dialog(store_path):
            pages = [dialog.page(page_id) for page_id in dialog.pageIds()] if hasattr(dialog, "pageIds") else [dialog]
            seen = set().union(*(texts_on_screen(page) for page in pages)) | {dialog.windowTitle()}
            assert len(seen) > 3, f"{type(dialog).__name__}: its texts were not found"
            untranslated += [
                f"{type(dialog).__name__}: {text}"
                for text in seen
                if text in english and english[text] != text and text not in SAME_IN_EVERY_LANGUAGE
            ]
            dialog.deleteLater()
        assert sorted(untranslated) == []
    finally:
        switch.use("en")
