#!/usr/bin/env python3
"""Write a set of golden files into tests/data/golden-REVISION/: a small store with its two
key files, a backup of it and its council bundle, made by this version of Committee Desk.

    python3 tools/dev.py test --co -q  (once, to set up .venv), then:
    .venv/bin/python tools/make_golden_files.py

The files are committed and never made again for the same schema revision: the tests open
them with the passphrases below, so a change of the key-file or backup format, or of the
store's encryption, fails a test instead of stranding the stores and backups users have.
A later version whose schema has moved on adds its own set beside the older ones, which
stay to prove that older stores still open and are migrated. See tests/data/README.md.

The key derivation is a fast one (64 KiB, one pass), written in the files' headers, so
the tests open them in milliseconds; the format is the same as with the shipped setting.
"""

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from committee_app import schema  # noqa: E402
from committee_app.backup import write_backup  # noqa: E402
from committee_app.exchange import bundle_content, bundle_format  # noqa: E402
from committee_app.keyslot import SLOT_SUFFIXES, KdfParams  # noqa: E402
from committee_app.services import actions, assemblies, elections, live, members, profile  # noqa: E402
from committee_app.store import Store  # noqa: E402

DATA = ROOT / "tests" / "data"
GOLDEN_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
STORE_PASSPHRASE = "алтын күз: қазан 2026"
BACKUP_PASSPHRASE = "Ұлытау таулары — резерв"
STORE_NAME = "committee.store"
BACKUP_NAME = "backup-golden.cdbk"
BUNDLE_PASSPHRASE = "Маңғыстау кеңесі: ортақ сөз"
BUNDLE_NAME = "bundle-golden.cdcb"
# Not a divisor of the store's size: the backup ends with a shorter last chunk.
BACKUP_CHUNK_SIZE = 5000


def fill(store: Store) -> None:
    profile.save_profile(
        store,
        name="«Жаңаөзен» ереуіл комитеті",
        kind="workplace",
        locality="Жаңаөзен",
        enterprise="«Өзенмұнайгаз» АҚ",
        default_language="kk",
    )
    chair = members.add_member(
        store, full_name="Қайрат Әбілқасымұлы Жұмабаев", phone="+7 701 234 56 78", workplace="Ұңғыма №7", role="chair"
    )
    secretary = members.add_member(
        store, full_name="Гүлнар Ережепқызы Сағынтаева", phone="8 705 111 22 33", role="secretary"
    )
    member = members.add_member(store, full_name="Сергей Петрович Иванов", notes="Вахта: 15/15")
    assembly = assemblies.create_assembly(
        store,
        number=3,
        kind="general_assembly",
        title="Жалақы туралы жалпы жиналыс",
        starts_at=datetime(2026, 3, 8, 10, 0),
        place="Мәдениет үйі",
        chair_id=chair.id,
        secretary_id=secretary.id,
    )
    for each in (chair, secretary, member):
        assemblies.set_presence(store, assembly.id, each.id, "present")
    item = assemblies.add_agenda_item(store, assembly.id, title="Жалақыны көтеру туралы")
    vote = assemblies.record_vote(
        store, item.id, question="Талаптарды қабылдау", votes_for=2, votes_against=1, votes_abstain=0
    )
    assemblies.adopt_demand_from_vote(store, vote.id, title="Жалақыны 100% көтеру", category="wages")
    actions.add_action_item(
        store, text="Талаптарды әкімдікке жіберу", assignee_id=secretary.id, due_on=date(2026, 3, 15)
    )
    # Run live: a member who spoke, and the vote counted again on a counter's sheet.
    speaker = live.add_speaker(store, item.id, member_id=member.id)
    live.give_floor(store, speaker.id, now=datetime(2026, 3, 8, 10, 20, tzinfo=UTC))
    live.finish_speaker(store, speaker.id, gist="қолдаймын", now=datetime(2026, 3, 8, 10, 23, tzinfo=UTC))
    live.set_tally(store, vote.id, 1, sector="Партер", votes_for=2, votes_against=1, votes_abstain=0)
    # An open election of one delegate, declared, with the mandate it gave.
    election_item = assemblies.add_agenda_item(store, assembly.id, title="Кеңеске делегат сайлау")
    election = elections.create_election(
        store, election_item.id, office="Кеңеске делегат", body="Маңғыстау жұмысшы комитеттерінің кеңесі",
        seats=1, ballot_kind="open", mandate_until=date(2027, 3, 8),
    )  # fmt: skip
    candidate = elections.add_candidate(store, election.id, member_id=chair.id)
    elections.set_votes(store, election.id, {candidate.id: 3})
    elections.declare_result(store, election.id, now=datetime(2026, 3, 8, 11, 0, tzinfo=UTC))
    assemblies.close_assembly(store, assembly.id)


def main() -> int:
    target = DATA / f"golden-{schema.head_revision()}"
    if target.exists():
        print(f"{target} exists: golden files are never made again for the same schema.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        building = Path(folder) / STORE_NAME
        store = Store.create(building, STORE_PASSPHRASE, kdf=GOLDEN_KDF, fill=fill)
        try:
            backup = write_backup(
                store, Path(folder), BACKUP_PASSPHRASE, kdf=GOLDEN_KDF, chunk_size=BACKUP_CHUNK_SIZE
            )
            bundle = bundle_format.seal(
                bundle_content.build_content(store), BUNDLE_PASSPHRASE, salt=os.urandom(16), params=GOLDEN_KDF
            )
        finally:
            store.close()
        target.mkdir(parents=True)
        for suffix in ("", *SLOT_SUFFIXES):
            (target / (STORE_NAME + suffix)).write_bytes(Path(f"{building}{suffix}").read_bytes())
        (target / BACKUP_NAME).write_bytes(backup.read_bytes())
        (target / BUNDLE_NAME).write_bytes(bundle)
    for path in sorted(target.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
