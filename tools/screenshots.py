#!/usr/bin/env python3
"""Capture each main view in English and Russian from the demo records, into docs/screenshots/
(the assembly pages show the demo's general assembly, No. 2), and the guide's pictures in
Kazakh, Russian and English, into docs/guide/LANG/images/.

    python3 tools/dev.py app  (once, to set up .venv), then:
    .venv/bin/python tools/screenshots.py

Runs offscreen with a throwaway store in a temporary folder; the user's own store and
settings are never touched.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "screenshots"
GUIDE = ROOT / "docs" / "guide"
# A window filling a 1366×768 laptop screen, as the secretaries have.
SIZE = (1366, 708)
LAPTOP_SCREEN = ROOT / "tests" / "offscreen-laptop.json"



def each_assembly_tab(window, names):
    """Shows assembly No. 2 of the demo, then each of its tabs in turn (the minutes on their
    second item), giving the name to photograph it under."""
    assemblies = window.view("assemblies")
    window.show_view(window.views.index(assemblies))
    row = next(r for r in range(assemblies.list_model.rowCount()) if assemblies.list_model.assembly(r).number == 2)
    assemblies.list.selectRow(row)
    for tab, name in enumerate(names):
        assemblies.tabs.setCurrentIndex(tab)
        if tab == 2:
            assemblies.minutes.items.setCurrentIndex(assemblies.minutes.items.model().index(1, 0))
        yield name

def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={LAPTOP_SCREEN}")
    with tempfile.TemporaryDirectory() as folder:
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
            os.environ[variable] = str(Path(folder) / variable.lower())
        from PySide6.QtWidgets import QApplication

        from committee_app.backup import format as backup_format
        from committee_app.demo import fill_demo_records
        from committee_app.services import backups
        from committee_app.i18n import LanguageSwitch
        from committee_app.keyslot import KdfParams
        from committee_app.store import Store
        from ui.main_window import MainWindow
        from ui.session import DeskSession
        from ui.settings import DeskSettings

        app = QApplication.instance() or QApplication(sys.argv)
        # A throwaway store: a cheap key derivation is enough for pictures.
        store = Store.create(Path(folder) / "demo.store", "screenshots only", kdf=KdfParams(64, 1, 1), fill=fill_demo_records)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        # One verified backup in a folder standing for the stick, so the list has a row.
        stick = Path(folder) / "KINGSTON"
        stick.mkdir()
        backup_format.DEFAULT_KDF = KdfParams(64, 1, 1)
        backups.back_up_and_verify(store, stick, "screenshots only")
        settings = DeskSettings()
        settings.backup_folder = stick
        running = assembly_in_progress(store)
        languages = LanguageSwitch()
        for language in ("kk", "ru", "en"):
            languages.use(language)
            guide_pictures(app, store, settings, language, GUIDE / language / "images")
        for language in ("en", "ru"):
            languages.use(language)
            window = MainWindow(DeskSession(store, settings, language))
            window.resize(*SIZE)
            window.show()
            window.load()

            def save(name: str) -> None:
                app.processEvents()
                window.grab().save(str(OUTPUT / f"{name}-{language}.png"))

            window.show_view(window.views.index(window.view("members")))
            save("members")
            for name in each_assembly_tab(window, ("agenda", "attendance", "minutes")):
                save(name)
            demands_view = window.view("demands")
            window.show_view(window.views.index(demands_view))
            demands_view.table.selectRow(0)
            save("demands")
            window.show_view(window.views.index(window.view("actions")))
            save("actions")
            window.show_view(window.views.index(window.view("backups")))
            save("backups")
            live_pictures(app, window, running, language)
            election_picture(app, window, language)
            window.close()
        store.close()
    print(f"Saved to {OUTPUT} and {GUIDE}/*/images")
    return 0


def assembly_in_progress(store) -> int:
    """A general assembly sitting now, as the live view shows it: two speakers heard, one on
    the floor with a minute left, another waiting, and a vote counted on three sheets."""
    from datetime import datetime, timedelta

    from committee_app.models import utcnow
    from committee_app.services import assemblies, live
    from committee_app.vocabulary import AssemblyKind

    number = assemblies.next_assembly_number(store)
    assembly = assemblies.create_assembly(
        store, number=number, kind=AssemblyKind.general_assembly, title="Общее собрание работников",
        starts_at=datetime(2026, 1, 12, 11, 0), place="Дом культуры нефтяников", entitled=1200, registered_others=640,
    )  # fmt: skip
    items = [
        assemblies.add_agenda_item(store, assembly.id, title=title, planned_minutes=minutes)
        for title, minutes in (
            ("О ходе переговоров с работодателем", 20),
            ("О продолжении забастовки", 30),
            ("О выборах делегатов в Совет рабочих комитетов", 15),
        )
    ]
    item = items[1]
    now = utcnow()
    live.open_live(store, assembly.id, now=now - timedelta(minutes=40))
    live.set_live_item(store, assembly.id, item.id, now=now - timedelta(minutes=17))
    for name, gist, minutes_ago in (
        ("Жұмабаев Қайрат Серікұлы", "предложил продолжать забастовку до выполнения всех требований", 14),
        ("Сағынтаева Гүлнар Ережепқызы", "предложила создать кассу взаимопомощи для семей бастующих", 9),
    ):
        speaker = live.add_speaker(store, item.id, name=name)
        live.give_floor(store, speaker.id, now=now - timedelta(minutes=minutes_ago))
        live.finish_speaker(store, speaker.id, gist=gist, now=now - timedelta(minutes=minutes_ago - 3))
    on_floor = live.add_speaker(store, item.id, name="Петренко Сергей Иванович")
    live.add_speaker(store, item.id, name="Ермеков Нұрлан Қуанышұлы")
    vote = live.start_vote(store, item.id, question="Продолжать забастовку до выполнения требований")
    for sheet, sector, counts in ((1, "Партер, ряды 1–12", (214, 9, 4)), (2, "Партер, ряды 13–25", (188, 14, 6)), (3, "Балкон", (151, 21, 7))):
        live.set_tally(store, vote.id, sheet, sector=sector, votes_for=counts[0], votes_against=counts[1], votes_abstain=counts[2])
    live.give_floor(store, on_floor.id, now=now - timedelta(seconds=125))
    live.close_live(store, assembly.id, now=now)
    return assembly.id


def live_pictures(app, window, assembly_id: int, language: str) -> None:
    """The live view of the assembly in progress, and the hall screen it drives."""
    assemblies_view = window.view("assemblies")
    window.show_view(window.views.index(assemblies_view))
    assemblies_view.reload(select_id=assembly_id)
    assemblies_view.run_live()
    live_window = assemblies_view.live_window
    live_window.resize(*SIZE)
    live_window.show()
    live_window.announce_vote()
    live_window.show_hall_screen()
    app.processEvents()
    live_window.grab().save(str(OUTPUT / f"live-{language}.png"))
    hall = live_window.hall_screen
    hall.resize(1366, 768)
    app.processEvents()
    hall.grab().save(str(OUTPUT / f"hall-screen-{language}.png"))
    live_window.close()
    app.processEvents()


def election_picture(app, window, language: str) -> None:
    """The demo's election of delegates to the council (assembly No. 2), as counted."""
    from committee_app.services import assemblies, elections
    from ui.dialogs.election_dialog import ElectionDialog

    store = window.session.store
    assembly = assemblies.get_assembly_by_number(store, 2)
    item = next(each for each in assemblies.agenda(store, assembly.id) if elections.election_of_item(store, each.id))
    election = elections.election_of_item(store, item.id)
    dialog = ElectionDialog(window.session, assembly, item, election.id, window.view("assemblies").printer, window)
    dialog.resize(900, 640)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUTPUT / f"election-{language}.png"))
    dialog.close()


def save_small(image, path: Path) -> None:
    """A screenshot as an 8-bit palette PNG: screens are flat colours, and a guide with
    forty pictures should stay small enough to travel on any stick."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


class DialogCatcher:
    """While set, a dialog the app opens with exec() is photographed and closed unanswered,
    so the pictures show the dialogs exactly as the commands open them; a question on the
    way ("this assembly is held: change it anyway?") is answered yes."""

    def __init__(self, app):
        from PySide6.QtWidgets import QDialog, QMessageBox

        self.app = app
        self.target: Path | None = None
        self.prepare = None
        self._dialog_exec = QDialog.exec
        catcher = self

        def photographed(dialog) -> int:
            if isinstance(dialog, QMessageBox):
                return QMessageBox.StandardButton.Yes.value
            dialog.show()
            if catcher.prepare is not None:
                catcher.prepare(dialog)
            catcher.app.processEvents()
            save_small(dialog.grab().toImage(), catcher.target)
            dialog.hide()
            return QDialog.DialogCode.Rejected.value

        QDialog.exec = photographed

    def photograph(self, trigger, target: Path, prepare=None) -> None:
        self.target, self.prepare = target, prepare
        trigger()

    def close(self) -> None:
        from PySide6.QtWidgets import QDialog

        QDialog.exec = self._dialog_exec


def guide_pictures(app, store, settings, language: str, folder: Path) -> None:
    """The pictures the guide's pages show, with the screens in ``language``."""
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.settings_dialog import SettingsChoice, SettingsDialog
    from ui.dialogs.unlock import UnlockDialog
    from ui.main_window import MainWindow
    from ui.session import DeskSession

    folder.mkdir(parents=True, exist_ok=True)

    def shot(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        save_small(widget.grab().toImage(), folder / f"{name}.png")

    wizard = FirstRunWizard(language)
    wizard.committee.name.setText(DEMO_COMMITTEE[language])
    shot(wizard, "first-start")
    wizard.next()
    wizard.passphrase.fields.first.setText("correct horse battery staple")
    wizard.passphrase.fields.second.setText("correct horse battery staple")
    shot(wizard, "passphrase")
    wizard.close()
    unlock = UnlockDialog(store.path)
    shot(unlock, "unlock")
    unlock.close()

    window = MainWindow(DeskSession(store, settings, language))
    window.resize(*SIZE)
    window.show()
    window.load()
    catcher = DialogCatcher(app)
    try:
        current = SettingsChoice(language, settings.idle_lock_minutes, settings.backup_reminder_days, settings.print_time)
        catcher.photograph(lambda: SettingsDialog.get_settings(window, current), folder / "settings.png")
        for name in each_assembly_tab(window, ("plan", "attendance", "minutes")):
            shot(window, name)
        assemblies = window.view("assemblies")
        minutes = assemblies.minutes
        catcher.photograph(minutes.vote_action.trigger, folder / "vote.png")
        catcher.photograph(assemblies.print_minutes_action.trigger, folder / "print.png")
        demands_view = window.view("demands")
        window.show_view(window.views.index(demands_view))
        demands_view.table.selectRow(0)
        shot(window, "demands")
        catcher.photograph(demands_view.status_action.trigger, folder / "demand-status.png")
        window.show_view(window.views.index(window.view("backups")))
        shot(window, "backups")
    finally:
        catcher.close()
        window.close()

# The committee's name typed on the first page of the wizard, as a secretary would.
DEMO_COMMITTEE = {
    "kk": "Жаңаөзен мұнайшыларының ереуіл комитеті",
    "ru": "Забастовочный комитет нефтяников Жанаозена",
    "en": "Strike committee of the Zhanaozen oil workers",
}


if __name__ == "__main__":
    sys.exit(main())
