#!/usr/bin/env python3
"""Capture each main view in English and Russian from the demo records, into docs/screenshots/
(the assembly pages show the demo's general assembly, No. 2).

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
# A window filling a 1366×768 laptop screen, as the secretaries have.
SIZE = (1366, 708)
LAPTOP_SCREEN = ROOT / "tests" / "offscreen-laptop.json"


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
        languages = LanguageSwitch()
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
            assemblies = window.view("assemblies")
            window.show_view(window.views.index(assemblies))
            row = next(r for r in range(assemblies.list_model.rowCount()) if assemblies.list_model.assembly(r).number == 2)
            assemblies.list.selectRow(row)
            for tab, name in enumerate(("agenda", "attendance", "minutes")):
                assemblies.tabs.setCurrentIndex(tab)
                if name == "minutes":
                    minutes = assemblies.minutes
                    minutes.items.setCurrentIndex(minutes.items.model().index(1, 0))
                save(name)
            demands_view = window.view("demands")
            window.show_view(window.views.index(demands_view))
            demands_view.table.selectRow(0)
            save("demands")
            window.show_view(window.views.index(window.view("actions")))
            save("actions")
            window.show_view(window.views.index(window.view("backups")))
            save("backups")
            window.close()
        store.close()
    print(f"Saved to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
