"""Bundles between two committees and their council: round trips, re-imports, refusals, and
what a bundle never carries."""

import hashlib
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from committee_app.exchange import bundle_format
from committee_app.exchange.bundle_content import build_content, write_bundle
from committee_app.exchange.bundle_import import BundleRefused, import_bundle
from committee_app.models import Member
from committee_app.services import assemblies, council, demands, members, profile
from committee_app.store import Store
from committee_app.vocabulary import CommitteeKind, DemandStatus
from tests.conftest import PASSPHRASE

SHARED = "ортақ құпия сөз — общий пароль"
PHONE = "+7 701 555 12 34"


def committee_store(folder: Path, name: str, *, kind=CommitteeKind.workplace, demand_titles=("Жалақыны 100% көтеру",)) -> Store:
    store = Store.create(folder / f"{name}.store", PASSPHRASE)
    profile.save_profile(store, name=name, kind=kind, locality="Жаңаөзен")
    chair = members.add_member(store, full_name="Құдайбергенов Әлімжан", phone=PHONE, workplace="Өзенмұнайгаз")
    members.add_member(store, full_name="Өтегенова Ұлжан", role="delegate", phone="+7 702 111 22 33")
    assembly = assemblies.create_assembly(store, starts_at=datetime(2022, 1, 4, 10, 0), place="Алаң", entitled=500)
    assemblies.update_assembly(store, assembly.id, registered_others=320, chair_id=chair.id)
    item = assemblies.add_agenda_item(store, assembly.id, title="Талаптар туралы", heard="Құдайбергенов баяндады")
    assemblies.update_agenda_item(store, item.id, decided="Талаптарды әкімдікке жіберу.")
    vote = assemblies.record_vote(store, item.id, question="Талаптарды қабылдау", votes_for=300, votes_against=12, votes_abstain=8)
    for title in demand_titles:
        demands.propose_and_adopt_demand(store, vote.id, title=title, text="Барлық жұмысшыларға", addressed_to="Әкімдік")
    assemblies.close_assembly(store, assembly.id)
    demands.propose_demand(store, title="Not adopted: stays home")
    return store


@pytest.fixture
def three_stores(tmp_path):
    first = committee_store(tmp_path, "Өзенмұнайгаз ереуіл комитеті")
    second = committee_store(tmp_path, "Стачком Каражанбас", demand_titles=("Повысить зарплату на 100%", "Вернуть уволенных"))
    the_council = Store.create(tmp_path / "council.store", PASSPHRASE)
    profile.save_profile(the_council, name="Маңғыстау жұмысшылар кеңесі", kind=CommitteeKind.council)
    yield first, second, the_council
    for store in (first, second, the_council):
        store.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_committees_and_a_council_round_trip(three_stores, tmp_path):
    first, second, the_council = three_stores
    for number, store in enumerate((first, second)):
        write_bundle(store, tmp_path / f"{number}.cdcb", SHARED)
        imported = import_bundle(the_council, tmp_path / f"{number}.cdcb", SHARED)
        assert imported.first_time

    received = council.received_demands(the_council)
    assert sorted(demand.title for demand in received) == [
        "Вернуть уволенных", "Жалақыны 100% көтеру", "Повысить зарплату на 100%",
    ]  # fmt: skip
    wages = next(demand for demand in received if demand.title == "Жалақыны 100% көтеру")
    assert wages.sender == "Өзенмұнайгаз ереуіл комитеті"
    assert (wages.votes_for, wages.votes_against, wages.votes_abstain) == (300, 12, 8)
    assert wages.adopted_on.isoformat() == "2022-01-04" and wages.status == DemandStatus.adopted
    resolutions = council.received_resolutions(the_council)
    assert {resolution.decided for resolution in resolutions} == {"Талаптарды әкімдікке жіберу."}
    assert {sender.name: (sender.assemblies, sender.demands) for sender in council.senders(the_council)} == {
        "Өзенмұнайгаз ереуіл комитеті": (1, 1),
        "Стачком Каражанбас": (1, 2),
    }

    # The council links the two wage demands and adopts its common list, then sends it down.
    raise_wages = next(demand for demand in received if demand.title == "Повысить зарплату на 100%")
    same = [wages.id, raise_wages.id]  # the first one's title names the common demand
    common_id = council.link_as_same_demand(the_council, same)
    council_assembly = assemblies.create_assembly(the_council, starts_at=datetime(2022, 1, 6, 12, 0), entitled=40)
    assemblies.update_assembly(the_council, council_assembly.id, registered_others=35)
    item = assemblies.add_agenda_item(the_council, council_assembly.id, title="Ортақ талаптар")
    assemblies.update_agenda_item(the_council, item.id, decided="Ортақ талаптарды бекіту.")
    vote = assemblies.record_vote(the_council, item.id, question="Бекіту", votes_for=35, votes_against=0, votes_abstain=0)
    demands.adopt_demand(the_council, common_id, vote.id)
    assemblies.close_assembly(the_council, council_assembly.id)
    common, unlinked = council.common_demands(the_council)
    assert [(demand.title, len(demand.linked)) for demand in common] == [("Жалақыны 100% көтеру", 2)]
    assert [demand.title for demand in unlinked] == ["Вернуть уволенных"]

    write_bundle(the_council, tmp_path / "down.cdcb", SHARED)
    imported = import_bundle(first, tmp_path / "down.cdcb", SHARED)
    assert imported.sender_kind == CommitteeKind.council
    from_council = council.received_demands(first)
    assert [(demand.sender, demand.title, demand.votes_for) for demand in from_council] == [
        ("Маңғыстау жұмысшылар кеңесі", "Жалақыны 100% көтеру", 35)
    ]
    # The committee's own demands are untouched by what came down.
    assert [demand.title for demand in demands.list_demands(first)] == ["Жалақыны 100% көтеру", "Not adopted: stays home"]


def test_importing_the_same_or_a_newer_bundle_updates_and_keeps_the_councils_links(three_stores, tmp_path):
    first, _second, the_council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    import_bundle(the_council, tmp_path / "a.cdcb", SHARED)
    (received,) = council.received_demands(the_council)
    common_id = council.link_as_same_demand(the_council, [received.id])

    again = import_bundle(the_council, tmp_path / "a.cdcb", SHARED)
    assert not again.first_time
    assert len(council.received_demands(the_council)) == 1

    (own,) = [demand for demand in demands.list_demands(first) if demand.status == DemandStatus.adopted]
    demands.change_demand_status(first, own.id, DemandStatus.met, note="Қанағаттандырылды")
    write_bundle(first, tmp_path / "b.cdcb", SHARED)
    import_bundle(the_council, tmp_path / "b.cdcb", SHARED)
    (updated,) = council.received_demands(the_council)
    assert updated.status == DemandStatus.met
    assert updated.common_demand_id == common_id
    assert len(council.senders(the_council)) == 1


def test_an_older_bundle_than_the_one_imported_is_refused_with_both_dates(three_stores, tmp_path):
    first, _second, the_council = three_stores
    older = build_content(first, now=datetime(2022, 1, 5, 9, 0).astimezone())
    newer = build_content(first, now=datetime(2022, 1, 7, 9, 0).astimezone())
    for name, content in (("older", older), ("newer", newer)):
        (tmp_path / f"{name}.cdcb").write_bytes(bundle_format.seal(content, SHARED, salt=bytes(16)))
    import_bundle(the_council, tmp_path / "newer.cdcb", SHARED)
    with pytest.raises(BundleRefused, match="05.01.2022.*07.01.2022"):
        import_bundle(the_council, tmp_path / "older.cdcb", SHARED)


def test_a_bundle_from_the_stores_own_committee_or_of_the_wrong_direction_is_refused(three_stores, tmp_path):
    first, second, the_council = three_stores
    write_bundle(first, tmp_path / "own.cdcb", SHARED)
    with pytest.raises(BundleRefused, match="this very store"):
        import_bundle(first, tmp_path / "own.cdcb", SHARED)
    with pytest.raises(BundleRefused, match="imported in the council's store"):
        import_bundle(second, tmp_path / "own.cdcb", SHARED)
    write_bundle(the_council, tmp_path / "council.cdcb", SHARED)
    other_council = Store.create(tmp_path / "other-council.store", PASSPHRASE)
    profile.save_profile(other_council, name="Басқа кеңес", kind=CommitteeKind.council)
    with pytest.raises(BundleRefused, match="another council"):
        import_bundle(other_council, tmp_path / "council.cdcb", SHARED)
    other_council.close()


def test_a_default_bundle_holds_no_member_names_or_phones(three_stores, tmp_path):
    first, _second, _council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    content = bundle_format.read_bundle_file(tmp_path / "a.cdcb", SHARED)
    text = json.dumps(content, ensure_ascii=False)
    with first.session() as session:
        everyone = session.exec(select(Member)).all()
    assert len(everyone) == 2
    for member in everyone:
        assert member.full_name not in text
        assert member.phone not in text and member.phone.replace(" ", "") not in text
        assert member.uuid not in text
    # Not the surname either, though the report (СЛУШАЛИ) names the speaker: it stays home.
    assert "Құдайбергенов" not in text and "Өзенмұнайгаз ереуіл комитеті" in text
    assert "delegates" not in content
    # Nothing readable in the file itself: not even the committee's name.
    raw = (tmp_path / "a.cdcb").read_bytes()
    assert "Өзенмұнайгаз".encode() not in raw and b"2022" not in raw


def test_the_delegates_names_only_when_asked_and_never_their_phones(three_stores, tmp_path):
    first, _second, the_council = three_stores
    written = write_bundle(first, tmp_path / "a.cdcb", SHARED, include_delegates=True)
    assert written.delegates == 1
    content = bundle_format.read_bundle_file(tmp_path / "a.cdcb", SHARED)
    assert [delegate["full_name"] for delegate in content["delegates"]] == ["Өтегенова Ұлжан"]
    assert "+7 702" not in json.dumps(content, ensure_ascii=False)
    import_bundle(the_council, tmp_path / "a.cdcb", SHARED)
    assert council.senders(the_council)[0].delegates == 1


def test_a_wrong_passphrase_is_told_apart_and_changes_nothing(three_stores, tmp_path):
    first, _second, the_council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    with pytest.raises(bundle_format.BundleWrongPassphrase):
        import_bundle(the_council, tmp_path / "a.cdcb", "not the shared one")
    assert council.senders(the_council) == []


def test_a_bundle_from_a_newer_format_or_content_version_is_refused(three_stores, tmp_path):
    first, _second, the_council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    data = bytearray((tmp_path / "a.cdcb").read_bytes())
    data[4:6] = (bundle_format.FORMAT_VERSION + 1).to_bytes(2, "big")
    (tmp_path / "newer-format.cdcb").write_bytes(bytes(data))
    with pytest.raises(bundle_format.BundleTooNew, match="newer version"):
        import_bundle(the_council, tmp_path / "newer-format.cdcb", SHARED)
    content = build_content(first)
    content["version"] += 1
    (tmp_path / "newer-content.cdcb").write_bytes(bundle_format.seal(content, SHARED, salt=bytes(16)))
    with pytest.raises(bundle_format.BundleTooNew, match="newer version"):
        import_bundle(the_council, tmp_path / "newer-content.cdcb", SHARED)
    assert council.senders(the_council) == []


@pytest.mark.parametrize(
    "change",
    [
        lambda content: content["demands"][0].update(status="granted"),
        lambda content: content["demands"][0].update(uuid="../../etc"),
        lambda content: content["assemblies"][0].update(registered=-1),
        lambda content: content["sender"].update(name=""),
        lambda content: content.pop("demands"),
        lambda content: content["demands"].append(dict(content["demands"][0])),  # the same uuid twice
        lambda content: content["demands"][0].update(title="half a pair \ud800"),
        lambda content: content["demands"][0].update(text="a bell \x07 rings"),
        lambda content: content["demands"][0]["history"][0].update(at="0001-01-01T00:00:00+05:00"),
        lambda content: content.update(made_at="9999-12-31T23:59:59+00:00"),
        lambda content: content["demands"][0].update(deadline="9999-12-31"),
        lambda content: content["assemblies"][0].update(starts_at="0001-01-01T00:00:00"),
    ],
)
def test_content_out_of_shape_is_refused_whole(three_stores, tmp_path, change):
    first, _second, the_council = three_stores
    content = build_content(first)
    change(content)
    # As JSON escapes: a lone surrogate cannot be written as UTF-8, only as \ud800.
    (tmp_path / "bad.cdcb").write_bytes(bundle_format.seal_json(json.dumps(content).encode(), SHARED, salt=bytes(16)))
    with pytest.raises(bundle_format.BundleDamaged):
        import_bundle(the_council, tmp_path / "bad.cdcb", SHARED)
    assert council.senders(the_council) == [] and council.received_demands(the_council) == []


def test_every_byte_flip_and_every_truncation_of_a_small_bundle_is_refused_and_changes_nothing(tmp_path):
    sender = Store.create(tmp_path / "small.store", PASSPHRASE)
    profile.save_profile(sender, name="Цех №3", kind=CommitteeKind.workplace)
    assembly = assemblies.create_assembly(sender, starts_at=datetime(2022, 1, 4, 10, 0), entitled=12)
    assemblies.update_assembly(sender, assembly.id, registered_others=10)
    item = assemblies.add_agenda_item(sender, assembly.id, title="Ереуіл")
    vote = assemblies.record_vote(sender, item.id, question="Иә", votes_for=9, votes_against=1, votes_abstain=0)
    demands.propose_and_adopt_demand(sender, vote.id, title="Ақы")
    assemblies.close_assembly(sender, assembly.id)
    write_bundle(sender, tmp_path / "small.cdcb", SHARED)
    sender.close()
    good = (tmp_path / "small.cdcb").read_bytes()

    council_path = tmp_path / "council.store"
    the_council = Store.create(council_path, PASSPHRASE)
    profile.save_profile(the_council, name="Кеңес", kind=CommitteeKind.council)
    the_council.close()
    before = file_digest(council_path)
    the_council = Store.open(council_path, PASSPHRASE)
    bad = tmp_path / "bad.cdcb"
    refused = 0
    variants = [good[:length] for length in range(len(good))]
    variants += [good[:index] + bytes([good[index] ^ 0x01]) + good[index + 1 :] for index in range(len(good))]
    for variant in variants:
        bad.write_bytes(variant)
        with pytest.raises(bundle_format.BundleError):
            import_bundle(the_council, bad, SHARED)
        refused += 1
    assert council.senders(the_council) == []
    the_council.close()
    assert refused == 2 * len(good) and len(good) > 300
    assert file_digest(council_path) == before


def test_not_a_bundle_missing_and_absurd_sizes_get_their_own_messages(three_stores, tmp_path):
    _first, _second, the_council = three_stores
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(bundle_format.NotABundle, match="not a Committee Desk bundle"):
        import_bundle(the_council, tmp_path / "photo.jpg", SHARED)
    with pytest.raises(bundle_format.BundleError, match="There is no bundle"):
        import_bundle(the_council, tmp_path / "gone.cdcb", SHARED)
    huge = tmp_path / "huge.cdcb"
    with open(huge, "wb") as file:
        file.write(bundle_format.MAGIC)
        file.truncate(bundle_format.MAX_HEADER_BYTES + bundle_format.MAX_SEALED_BYTES + 1)
    with pytest.raises(bundle_format.BundleDamaged):
        import_bundle(the_council, huge, SHARED)


def test_a_bundle_needs_the_committees_name(tmp_path):
    store = Store.create(tmp_path / "unnamed.store", PASSPHRASE)
    from committee_app.errors import UserError

    with pytest.raises(UserError, match="no committee name"):
        write_bundle(store, tmp_path / "a.cdcb", SHARED)
    assert not (tmp_path / "a.cdcb").exists()
    store.close()


def test_a_bundle_is_sealed_with_the_shipped_key_derivation(monkeypatch, three_stores, tmp_path):
    from committee_app import keyslot
    from committee_app.backup.format import SHIPPED_KDF

    monkeypatch.setattr(keyslot, "DEFAULT_KDF", SHIPPED_KDF)
    first, _second, _council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    raw = (tmp_path / "a.cdcb").read_bytes()
    length = int.from_bytes(raw[6:8], "big")
    header = json.loads(raw[8 : 8 + length])
    assert (header["memory_kib"], header["iterations"], header["lanes"]) == (192 * 1024, 3, 4)
    assert set(header) == {"kdf", "memory_kib", "iterations", "lanes", "salt", "compression"}


GOLDEN_BUNDLE = Path(__file__).resolve().parent.parent / "data" / "golden-0007" / "bundle-golden.cdcb"


def test_the_golden_bundle_of_format_1_is_imported_as_written(tmp_path):
    """Written once by tools/make_golden_files.py: every later version must import it."""
    the_council = Store.create(tmp_path / "council.store", PASSPHRASE)
    profile.save_profile(the_council, name="Кеңес", kind=CommitteeKind.council)
    imported = import_bundle(the_council, GOLDEN_BUNDLE, "Маңғыстау кеңесі: ортақ сөз")
    assert imported.sender_name == "«Жаңаөзен» ереуіл комитеті"
    assert (imported.assemblies, imported.demands, imported.delegates) == (1, 1, None)
    (demand,) = council.received_demands(the_council)
    assert (demand.title, demand.adopted_at_assembly, demand.adopted_on.isoformat()) == ("Жалақыны 100% көтеру", 3, "2026-03-08")
    assert (demand.votes_for, demand.votes_against, demand.votes_abstain) == (2, 1, 0)
    the_council.close()


def test_a_bundle_dated_ahead_of_today_is_refused_as_a_wrong_clock(three_stores, tmp_path):
    first, _second, the_council = three_stores
    ahead = build_content(first, now=datetime.now().astimezone() + timedelta(days=3))
    (tmp_path / "ahead.cdcb").write_bytes(bundle_format.seal(ahead, SHARED, salt=bytes(16)))
    with pytest.raises(BundleRefused, match="clock of the laptop that wrote it is wrong"):
        import_bundle(the_council, tmp_path / "ahead.cdcb", SHARED)
    assert council.senders(the_council) == []
    # A few hours ahead (another time zone, a clock a little fast) is taken.
    slightly = build_content(first, now=datetime.now().astimezone() + timedelta(hours=5))
    (tmp_path / "slightly.cdcb").write_bytes(bundle_format.seal(slightly, SHARED, salt=bytes(16)))
    assert import_bundle(the_council, tmp_path / "slightly.cdcb", SHARED).first_time


def test_records_another_committee_already_brought_are_refused_and_nothing_changes(three_stores, tmp_path):
    first, second, the_council = three_stores
    write_bundle(first, tmp_path / "first.cdcb", SHARED)
    import_bundle(the_council, tmp_path / "first.cdcb", SHARED)
    copied = build_content(first)
    copied["sender"].update(uuid=build_content(second)["sender"]["uuid"], name="Стачком Каражанбас")
    (tmp_path / "copy.cdcb").write_bytes(bundle_format.seal(copied, SHARED, salt=bytes(16)))
    with pytest.raises(BundleRefused, match="another committee's bundle already brought"):
        import_bundle(the_council, tmp_path / "copy.cdcb", SHARED)
    assert [sender.name for sender in council.senders(the_council)] == ["Өзенмұнайгаз ереуіл комитеті"]
    assert len(council.received_demands(the_council)) == 1


def test_a_sender_that_changed_its_name_is_updated_and_the_old_name_said(three_stores, tmp_path):
    first, _second, the_council = three_stores
    write_bundle(first, tmp_path / "a.cdcb", SHARED)
    assert import_bundle(the_council, tmp_path / "a.cdcb", SHARED).previous_name is None
    profile.save_profile(first, name="Жаңаөзен біріккен комитеті")
    write_bundle(first, tmp_path / "b.cdcb", SHARED)
    imported = import_bundle(the_council, tmp_path / "b.cdcb", SHARED)
    assert imported.previous_name == "Өзенмұнайгаз ереуіл комитеті"
    assert [sender.name for sender in council.senders(the_council)] == ["Жаңаөзен біріккен комитеті"]
