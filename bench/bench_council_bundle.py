"""A council bundle from a committee with 1,000 held assemblies and 500 adopted demands:
export (gather the records, seal, write the file) and import into a council (open, check,
merge), beside writing the same content with ``json.dumps`` to a file in the same run.
Target: each under 5x that. The ratios leave out the key derivation, which a bundle runs once
either way (the shipped Argon2id, about half a second by design): each is run again with the
cheapest derivation the format allows. Beside them, the floors: reading the records, and the
import's SQL alone in SQLCipher and in plain SQLite.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
"""

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from committee_app import keyslot  # noqa: E402
from committee_app.keyslot import KdfParams  # noqa: E402
from sqlalchemy import create_engine, event  # noqa: E402
from sqlmodel import Session, SQLModel  # noqa: E402

from committee_app.exchange.bundle_content import build_content, read_content, write_bundle  # noqa: E402
from committee_app.exchange.bundle_import import _add_records, import_bundle  # noqa: E402
from committee_app.models import AgendaItem, Assembly, BundleImport, Demand, DemandEvent, Vote  # noqa: E402
from committee_app.services import profile  # noqa: E402
from committee_app.store import Store  # noqa: E402
from committee_app.vocabulary import AssemblyStatus, CommitteeKind, DemandStatus, VoteOutcome  # noqa: E402

ASSEMBLIES = int(os.environ.get("BENCH_ASSEMBLIES", "1000"))
DEMANDS = int(os.environ.get("BENCH_DEMANDS", "500"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))
PASSPHRASE = "benchmark passphrase — құпия сөз"
SHARED = "кеңес пен комитеттің ортақ сөзі"
MINIMAL_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def fill(store: Store) -> None:
    profile.save_profile(store, name="Өзенмұнайгаз ереуіл комитеті", kind=CommitteeKind.workplace, locality="Жаңаөзен")
    start = datetime(2021, 1, 4, 10, 0)
    votes = []
    with store.session() as session:
        for number in range(1, ASSEMBLIES + 1):
            assembly = Assembly(
                number=number, starts_at=start + timedelta(days=number), place="Алаң", status=AssemblyStatus.held, entitled=500
            )
            session.add(assembly)
            session.flush()
            for position, title in enumerate(("Талаптар туралы", "Ереуіл комитетін сайлау", "Әртүрлі"), start=1):
                item = AgendaItem(
                    assembly_id=assembly.id,
                    position=position,
                    title=title,
                    heard="Баяндамашы жағдайды түсіндірді. " * 8,
                    decided="Қаулы етілді: талаптарды әкімдікке жіберу. " * 3,
                )
                session.add(item)
                session.flush()
                vote = Vote(agenda_item_id=item.id, question=title, votes_for=300, votes_against=12, votes_abstain=8, outcome=VoteOutcome.carried)
                session.add(vote)
                session.flush()
                votes.append(vote.id)
        moment = datetime(2022, 1, 5, 9, 0).astimezone()
        for number in range(DEMANDS):
            demand = Demand(
                title=f"Талап №{number}: жалақыны көтеру",
                text="Барлық жұмысшыларға жалақыны 100% көтеру, вахта әдісін қайтару. " * 3,
                status=DemandStatus.presented,
                adopted_by_vote_id=votes[number % len(votes)],
                addressed_to="Маңғыстау облысының әкімдігі",
            )
            session.add(demand)
            session.flush()
            for step, (before, after) in enumerate(
                ((None, DemandStatus.proposed), (DemandStatus.proposed, DemandStatus.adopted), (DemandStatus.adopted, DemandStatus.presented))
            ):
                session.add(DemandEvent(demand_id=demand.id, at=moment + timedelta(hours=step), from_status=before, to_status=after, note="Жиналыс шешімі"))


def json_baseline(content: dict, target: Path) -> None:
    with open(target, "w", encoding="utf-8") as file:
        file.write(json.dumps(content, ensure_ascii=False))
        file.flush()
        os.fsync(file.fileno())


def merge(session, parsed) -> None:
    source = BundleImport(source_uuid=parsed.sender.uuid, source_name=parsed.sender.name, source_kind=parsed.sender.kind, made_at=parsed.made_at)
    session.add(source)
    session.flush()
    _add_records(session, source, parsed, {})


def merge_into_store(folder: Path, number: int, parsed) -> float:
    """The import's own SQL alone: the same rows into a fresh council store, one transaction."""
    store = Store.create(folder / f"floor-{number}.store", PASSPHRASE)

    def work() -> None:
        with store.session() as session:
            merge(session, parsed)

    seconds = timed(work)
    store.close()
    return seconds


def merge_into_plain_sqlite(folder: Path, number: int, parsed) -> float:
    """The same in plain, unencrypted SQLite with the same schema and durability (WAL, fsync)."""
    engine = create_engine(f"sqlite:///{folder / f'plain-{number}.db'}")

    @event.listens_for(engine, "connect")
    def settings(connection, _record):
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")

    SQLModel.metadata.create_all(engine)

    def work() -> None:
        with Session(engine) as session, session.begin():
            merge(session, parsed)

    seconds = timed(work)
    engine.dispose()
    return seconds


def export_and_import(committee: Store, folder: Path, bundle: Path, number: int, label: str) -> tuple[float, float]:
    exported = timed(lambda: write_bundle(committee, bundle, SHARED))
    council = Store.create(folder / f"council-{label}-{number}.store", PASSPHRASE)
    profile.save_profile(council, name="Маңғыстау кеңесі", kind=CommitteeKind.council)
    imported = timed(lambda: import_bundle(council, bundle, SHARED))
    council.close()
    return exported, imported


def main() -> int:
    shipped = keyslot.DEFAULT_KDF
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_FOLDER")) as temporary:
        folder = Path(temporary)
        committee = Store.create(folder / "committee.store", PASSPHRASE)
        fill(committee)
        content = build_content(committee)
        bundle = folder / "for-the-council.cdcb"
        parsed = read_content(content, bundle)
        names = ("json", "export", "import", "export_work", "import_work", "merge", "plain", "read")
        runs: dict[str, list[float]] = {name: [] for name in names}
        for number in range(REPEATS):
            runs["json"].append(timed(lambda: json_baseline(content, folder / "baseline.json")))
            runs["merge"].append(merge_into_store(folder, number, parsed))
            runs["plain"].append(merge_into_plain_sqlite(folder, number, parsed))
            kept = []  # freed outside the timing
            runs["read"].append(timed(lambda: kept.append(build_content(committee))))
            kept.clear()
            exported, imported = export_and_import(committee, folder, bundle, number, "shipped")
            runs["export"].append(exported)
            runs["import"].append(imported)
            # The same with the cheapest key derivation the format allows (64 KiB, one pass,
            # well under a millisecond): the work of the export and the import without it.
            keyslot.DEFAULT_KDF = MINIMAL_KDF
            try:
                exported, imported = export_and_import(committee, folder, bundle, number, "minimal")
            finally:
                keyslot.DEFAULT_KDF = shipped
            runs["export_work"].append(exported)
            runs["import_work"].append(imported)
        write_bundle(committee, bundle, SHARED)
        committee.close()
        size = bundle.stat().st_size
        json_size = (folder / "baseline.json").stat().st_size
    medians = {name: statistics.median(values) for name, values in runs.items()}
    baseline = medians["json"]
    print(
        f"A committee with {ASSEMBLIES:,} held assemblies ({3 * ASSEMBLIES:,} resolutions) and {DEMANDS:,} adopted demands: "
        f"JSON {json_size / 1024:.0f} KiB, bundle {size / 1024:.0f} KiB; {REPEATS} runs, medians"
    )
    print(f"  baseline, json.dumps of the same content written and fsynced: {baseline * 1000:.0f} ms")
    for name in ("export", "import"):
        work = medians[f"{name}_work"]
        verdict = "met" if work < 5 * baseline else "NOT met"
        print(
            f"  {name}: {medians[name] * 1000:.0f} ms with the shipped Argon2id ({shipped.memory_kib // 1024} MiB, "
            f"{shipped.iterations} passes); without it {work * 1000:.0f} ms = {work / baseline:.2f}x the baseline "
            f"(target < 5x: {verdict})"
        )
    print(
        f"  of the export, reading the records from the store into the content: {medians['read'] * 1000:.0f} ms = "
        f"{medians['read'] / baseline:.2f}x the baseline"
    )
    print(
        f"  of the import, the merge's SQL alone (the same rows into a fresh council store, one transaction): "
        f"{medians['merge'] * 1000:.0f} ms = {medians['merge'] / baseline:.2f}x the baseline; in plain unencrypted "
        f"SQLite with the same schema, WAL and fsync: {medians['plain'] * 1000:.0f} ms = {medians['plain'] / baseline:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
