"""The live view of a general assembly with 1,000 members: every keystroke the secretary
types there, from the key event to the window repainted, with what it writes to the store.

- a member searched as the name is typed (the names offered are filtered and shown);
- a speaker put on the list (Enter), given the floor (F6) and written into «Spoke» (F7);
- «Spoke» typed, and saved as typed;
- the counts of a vote typed as hands are counted, and saved as typed;
- a counter's sheet added (Enter), summed into the vote;
- the next item (Ctrl+PgDown), and the once-a-second tick with the hall screen shown.

Target: every keystroke handled under 50 ms. Offscreen, in a throwaway store with the
shipped SQLCipher settings (the key derivation is cheap: it is not measured here).
Prints figures; asserts nothing. Run: python3 tools/dev.py bench
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_desktop import isolate_folders, make_application, wait_until  # noqa: E402
from bench_members import percentile  # noqa: E402

MEMBER_COUNT = int(os.environ.get("BENCH_LIVE_MEMBERS", "1000"))
TARGET_MS = 50
TYPED_NAMES = ["жұмаб", "ерлан", "петр", "сағын", "қайр"]
SPEAKERS = 12
ROUNDS = 3


def report(name: str, samples: list[float]) -> None:
    worst = max(samples)
    print(
        f"  {name}: median {statistics.median(samples) * 1000:.1f} ms, p95 {percentile(samples, 0.95) * 1000:.1f} ms, "
        f"worst {worst * 1000:.1f} ms over {len(samples)} ({'met' if worst * 1000 < TARGET_MS else 'NOT met'}: "
        f"< {TARGET_MS} ms)"
    )


def key_times(app, widget, keys) -> list[float]:
    """Seconds for each key: sent, handled, and the window repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    for key in keys:
        start = time.perf_counter()
        if isinstance(key, str):
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, key, Qt.KeyboardModifier.NoModifier)
        else:
            QTest.keyClick(widget, *key)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def fired(app, timer) -> float:
    """Seconds the save behind a debounce timer takes once it fires."""
    if not timer.isActive():
        return 0.0
    timer.stop()
    start = time.perf_counter()
    timer.timeout.emit()
    app.processEvents()
    return time.perf_counter() - start


def main() -> int:
    from committee_app.keyslot import KdfParams

    with tempfile.TemporaryDirectory() as folder:
        os.environ.update(isolate_folders(Path(folder)))
        app, _languages = make_application()
        from PySide6.QtCore import Qt

        from committee_app.services import assemblies
        from committee_app.services.members import add_members_in_bulk
        from committee_app.store import Store
        from committee_app.vocabulary import AssemblyKind
        from ui.session import DeskSession
        from ui.settings import DeskSettings
        from ui.views.assemblies_view import AssembliesView

        store = Store.create(Path(folder) / "live.store", "benchmark", kdf=KdfParams(64, 1, 1))
        names = ["Жұмабаев Қайрат", "Ерланов Ерлан", "Петренко Сергей", "Сағынтаева Гүлнар", "Қайратұлы Бақыт"]
        add_members_in_bulk(
            store,
            [
                {"full_name": f"{names[n % len(names)]} {n:04d}", "phone": f"+7 701 {n:07d}", "workplace": "ӨМГ"}
                for n in range(MEMBER_COUNT)
            ],
        )
        assembly = assemblies.create_assembly(store, kind=AssemblyKind.general_assembly, entitled=5000, registered_others=4000)
        for title in ("Жалақы туралы", "Ереуіл туралы", "Делегаттар сайлауы", "Әртүрлі"):
            assemblies.add_agenda_item(store, assembly.id, title=title)
        session = DeskSession(store=store, settings=DeskSettings(), language="ru")
        view = AssembliesView(session)
        view.load()
        view.resize(1366, 708)
        view.show()
        view.run_live()
        window = view.live_window
        window.resize(1366, 708)
        app.processEvents()
        window.show_hall_screen()
        window.activateWindow()
        wait_until(window.isActiveWindow, timeout=5)
        app.processEvents()
        print(f"Live view, {MEMBER_COUNT:,} members, {ROUNDS} rounds:")

        search, typing, adds, floor, finish, spoke, spoke_saves, counts, count_saves, sheets, steps, ticks = (
            [] for _ in range(12)
        )
        for _round in range(ROUNDS):
            panel = window.speakers
            for word in TYPED_NAMES:
                panel.search.setFocus()
                search += key_times(app, panel.search, list(word))
                panel.search.completer().popup().hide()
                panel.search.clear()
            for number in range(SPEAKERS):
                panel.search.setText(f"Сөйлеуші {number}")
                adds += key_times(app, panel.search, [(Qt.Key.Key_Return,)])
            for _speaker in range(SPEAKERS // 2):
                floor += key_times(app, window, [(Qt.Key.Key_F6,)])
                panel.gist.setFocus()
                typing += key_times(app, panel.gist, list("ереуілді қолдады"))
                finish += key_times(app, window, [(Qt.Key.Key_F7,)])
            window.spoke.setFocus()
            spoke += key_times(app, window.spoke, list(" Қ.С. Жұмабаев — ереуілді қолдады."))
            spoke_saves.append(fired(app, window.spoke_timer))
            window.vote.start_vote()  # Ctrl+Shift+V: a new question is typed, then Enter
            window.vote.question.setText("Объявить забастовку")
            window.vote.start_vote()
            for box, typed in ((window.vote.votes_for, "3412"), (window.vote.votes_against, "131"), (window.vote.votes_abstain, "57")):
                box.setFocus()
                box.selectAll()
                counts += key_times(app, box, list(typed))
                count_saves.append(fired(app, window.vote.save_timer))
            window.vote.start_vote()
            window.vote.question.setText("Объявить забастовку, пересчёт")
            window.vote.start_vote()
            for number in range(1, 9):
                window.vote.sector.setText(f"Сектор {number}")
                window.vote.sheet_for.setValue(300 + number)
                window.vote.sheet_against.setValue(20)
                sheets += key_times(app, window.vote.sheet_abstain, [(Qt.Key.Key_Return,)])
            steps += key_times(app, window, [(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)])
            for _tick in range(10):
                start = time.perf_counter()
                window.tick()
                app.processEvents()
                ticks.append(time.perf_counter() - start)
        # What the keys did, read back: a figure for a key that did nothing would flatter.
        from committee_app.services import live

        spoken = sum(
            len([row for row in live.speakers(store, item.id) if row.state == "spoke"])
            for item in assemblies.agenda(store, assembly.id)
        )
        summed = sum(
            len(live.tallies(store, vote.id))
            for item in assemblies.agenda(store, assembly.id)
            for vote in assemblies.votes_on_item(store, item.id)
        )
        typed = [
            (vote.votes_for, vote.votes_against, vote.votes_abstain)
            for item in assemblies.agenda(store, assembly.id)
            for vote in assemblies.votes_on_item(store, item.id)
            if not live.tallies(store, vote.id)
        ]
        print(f"  done by the keys: {spoken} speakers written into «Spoke», {summed} sheets summed, counts typed {typed}, item now "
              f"{live.live_item(store, assembly.id).position}")
        report("a letter of a member's name (names offered filtered)", search)
        report("Enter: a speaker put on the list", adds)
        report("F6: the floor given", floor)
        report("a letter of what the speaker said", typing)
        report("F7: the speaker written into «Spoke»", finish)
        report("a letter of «Spoke»", spoke)
        report("«Spoke» saved, once typing pauses", spoke_saves)
        report("a digit of a count", counts)
        report("the counts saved, once typing pauses", count_saves)
        report("Enter: a counter's sheet summed into the vote", sheets)
        report("Ctrl+PgDown: the next item", steps)
        report("the once-a-second tick, hall screen shown", ticks)
        window.close()
        view.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
