"""`committee-app dump`: every record as one UTF-8 JSON document, the user's portable copy."""

import json
import os
from datetime import date, datetime

import pytest

from committee_app import __version__, schema
from committee_app.cli import main
from committee_app.dump import dump_json, dump_records
from committee_app.exchange import bundle_format
from committee_app.exchange.bundle_content import build_content
from committee_app.exchange.bundle_import import import_bundle
from committee_app.models import DERIVED_MEMBER_FIELDS, DUMP_TABLES
from committee_app.services import actions, assemblies, demands, elections, live, members, profile

SECRET = "құпия сөз — тест 2026"
COMMITTEE_NAME = "Стачком Жаңаөзен"
KAIRAT = "ҚАЙРАТ Жұмабаев Серікұлы"
KAIRAT_PHONE = "+7 701 512 34 87"
TABLES = (
    "committee_profile", "members", "assemblies", "agenda_items", "attendance",
    "votes", "vote_tallies", "speakers", "elections", "candidates", "mandates", "demands", "demand_events", "action_items",
    "bundle_imports", "shared_assemblies", "shared_resolutions", "shared_votes", "shared_demands",
    "shared_demand_events", "shared_delegates",
)  # fmt: skip


@pytest.fixture
def secret_file(tmp_path):
    target = tmp_path / "passphrase.txt"
    target.write_text(SECRET + "\n", encoding="utf-8")
    return target


@pytest.fixture
def with_member(tmp_path, secret_file, capsys):
    """A store made by `init`, holding one member with a Kazakh name."""
    path = tmp_path / "stores" / "committee.store"
    assert run(capsys, "--store", path, "--passphrase-file", secret_file, "init", "--name", COMMITTEE_NAME)[0] == 0
    code, _, err = run(
        capsys, "--store", path, "--passphrase-file", secret_file,
        "members", "add", "--name", KAIRAT, "--phone", KAIRAT_PHONE, "--unit", "Цех №3",
    )  # fmt: skip
    assert code == 0, err
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- through the command line ---------------------------------------------------------


def test_dump_to_standard_output_is_json_with_every_table_and_model_field_names(with_member, secret_file, capsys):
    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump")

    assert code == 0, err
    document = json.loads(out)
    assert document["format"] == "committee-desk-dump"
    assert document["format_version"] == 1
    assert document["schema_version"] == schema.head_revision()
    assert document["app_version"] == __version__
    for table in TABLES:
        assert isinstance(document[table], list), table
    assert [row["name"] for row in document["committee_profile"]] == [COMMITTEE_NAME]
    (member,) = document["members"]
    assert member["full_name"] == KAIRAT
    assert member["phone"] == KAIRAT_PHONE
    assert member["unit"] == "Цех №3"
    assert member["role"] == "member" and member["status"] == "active"
    assert not any(f'"{name}"' in out for name in DERIVED_MEMBER_FIELDS)


def test_dump_writes_kazakh_letters_as_themselves(with_member, secret_file, capsys):
    code, out, _ = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump")

    assert code == 0
    assert "Қ" in out and KAIRAT in out and COMMITTEE_NAME in out
    assert "\\u049a" not in out.lower()


def test_dump_to_a_file_writes_the_same_utf8_json_and_no_temporary_file(with_member, secret_file, tmp_path, capsys):
    code, printed, _ = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump")
    assert code == 0
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "records.json"
    target.write_text("an older dump", encoding="utf-8")

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump", "--output", target)

    assert code == 0, err
    assert out == ""
    assert str(target) in err
    written = target.read_bytes().decode("utf-8")
    assert json.loads(written) == json.loads(printed)
    assert KAIRAT in written
    assert [file.name for file in folder.iterdir()] == ["records.json"]


@pytest.mark.parametrize("to_file", [False, True], ids=["standard-output", "file"])
def test_dump_warns_on_stderr_that_the_records_are_written_unencrypted(with_member, secret_file, tmp_path, capsys, to_file):
    target = tmp_path / "records.json"
    output = ["--output", target] if to_file else []

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump", *output)

    assert code == 0, err
    assert "Warning:" in err and "unencrypted" in err and "personal data" in err
    # Standard output stays pure JSON, so a redirected dump is still a valid document.
    assert out == "" if to_file else json.loads(out)["members"]


def test_a_failed_dump_gives_no_warning_about_records_written(with_member, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("не тот пароль\n", encoding="utf-8")

    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", wrong, "dump")

    assert code == 1
    assert "Warning:" not in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_dump_file_is_readable_by_its_owner_only(with_member, secret_file, tmp_path, capsys):
    target = tmp_path / "records.json"

    code, _, _ = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump", "-o", target)

    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o600


def test_dump_into_a_folder_that_does_not_exist_fails_with_a_message(with_member, secret_file, tmp_path, capsys):
    target = tmp_path / "unplugged-usb" / "records.json"

    code, out, err = run(capsys, "--store", with_member, "--passphrase-file", secret_file, "dump", "--output", target)

    assert code == 1
    assert str(target) in err
    assert "Traceback" not in err and "Sorry" not in err
    assert not target.parent.exists()


def test_dump_with_the_wrong_passphrase_writes_nothing(with_member, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("не тот пароль\n", encoding="utf-8")
    target = tmp_path / "records.json"

    code, _, err = run(capsys, "--store", with_member, "--passphrase-file", wrong, "dump", "--output", target)

    assert code == 1
    assert "passphrase" in err.lower()
    assert not target.exists()


# --- the document ---------------------------------------------------------------------


@pytest.fixture
def filled(store, tmp_path):
    """One record in every table, through the services."""
    profile.save_profile(store, name=COMMITTEE_NAME, locality="Жаңаөзен")
    chair = members.add_member(store, full_name=KAIRAT, phone=KAIRAT_PHONE, joined_on=date(2025, 12, 17))
    assembly = assemblies.create_assembly(
        store, title="Жалпы жиналыс", starts_at=datetime(2026, 1, 5, 10, 0), chair_id=chair.id, secretary_id=chair.id
    )
    assemblies.set_presence(store, assembly.id, chair.id, "present")
    item = assemblies.add_agenda_item(store, assembly.id, title="Жалақы туралы", heard="Тыңдалды", decided="Қаулы етті")
    vote = assemblies.record_vote(
        store, item.id, question="Талапты қабылдау", votes_for=1, votes_against=0, votes_abstain=0, majority_rule="simple"
    )
    live.set_tally(store, vote.id, 1, sector="Партер", votes_for=1, votes_against=0, votes_abstain=0)
    speaker = live.add_speaker(store, item.id, member_id=chair.id)
    live.give_floor(store, speaker.id)
    election = elections.create_election(
        store, item.id, office="Кеңеске делегат", body="Кеңес", ballot_kind="open", mandate_until=date(2027, 1, 5)
    )
    candidate = elections.add_candidate(store, election.id, member_id=chair.id)
    elections.set_votes(store, election.id, {candidate.id: 1})
    elections.declare_result(store, election.id)
    demand = demands.propose_demand(store, title="Жалақыны 100% көтеру", category="wages", addressed_to="«Өзенмұнайгаз» АҚ")
    demands.adopt_demand(store, demand.id, vote.id)
    actions.add_action_item(
        store, text="Талапты тапсыру", assignee_id=chair.id, due_on=date(2026, 1, 6), agenda_item_id=item.id
    )
    assemblies.close_assembly(store, assembly.id)
    # What a council sent down: the committee's own records, sent back under the council's name.
    sent = build_content(store)
    sent["sender"] = {"uuid": "c0" * 16, "name": "Кеңес", "kind": "council", "locality": "", "enterprise": ""}
    sent["delegates"] = [{"uuid": "d0" * 16, "full_name": "Делегат"}]
    for records in (sent["assemblies"], sent["demands"]):
        for record in records:
            record["uuid"] = record["uuid"][::-1]
            for child in record.get("resolutions", []) + record.get("history", []):
                child["uuid"] = child["uuid"][::-1]
                for vote in child.get("votes", []):
                    vote["uuid"] = vote["uuid"][::-1]
    bundle = tmp_path / "council.cdcb"
    bundle.write_bytes(bundle_format.seal(sent, "ортақ сөз", salt=bytes(16)))
    import_bundle(store, bundle, "ортақ сөз")
    return store


def test_every_table_is_dumped_parents_first_with_one_key_per_model_field(filled):
    document = dump_records(filled)

    record_keys = [key for key in document if isinstance(document[key], list)]
    assert record_keys == list(TABLES)
    for table in DUMP_TABLES:
        rows = document[table.__tablename__]
        assert rows, table.__tablename__
        expected = set(table.model_fields) - DERIVED_MEMBER_FIELDS
        for row in rows:
            assert set(row) == expected, table.__tablename__


def test_the_dump_keeps_links_choices_and_dates_readable(filled):
    document = json.loads(dump_json(filled))

    (member,) = document["members"]
    (assembly,) = document["assemblies"]
    (item,) = document["agenda_items"]
    (vote,) = document["votes"]
    (demand,) = document["demands"]
    (action,) = document["action_items"]
    assert member["joined_on"] == "2025-12-17"
    assert assembly["starts_at"] == "2026-01-05T10:00:00"
    assert assembly["chair_id"] == member["id"] and assembly["status"] == "held"
    assert document["attendance"][0]["member_id"] == member["id"]
    assert document["attendance"][0]["presence"] == "present"
    # The election's result was declared after what was typed.
    assert item["assembly_id"] == assembly["id"] and item["decided"].startswith("Қаулы етті\nВыборы: Кеңеске делегат")
    assert vote["agenda_item_id"] == item["id"] and vote["outcome"] == "carried" and vote["majority_rule"] == "simple"
    assert demand["status"] == "adopted" and demand["adopted_by_vote_id"] == vote["id"]
    assert [event["to_status"] for event in document["demand_events"]][-1] == "adopted"
    assert all(event["demand_id"] == demand["id"] for event in document["demand_events"])
    assert action["assignee_id"] == member["id"] and action["due_on"] == "2026-01-06" and action["status"] == "open"
    (election,) = document["elections"]
    (candidate,) = document["candidates"]
    (mandate,) = document["mandates"]
    assert election["agenda_item_id"] == item["id"] and election["ballot_kind"] == "open" and election["quota"] == "most_votes"
    assert candidate["election_id"] == election["id"] and candidate["member_id"] == member["id"] and candidate["votes"] == 1
    assert mandate["election_id"] == election["id"] and mandate["member_id"] == member["id"]
    assert (mandate["starts_on"], mandate["ends_on"], mandate["recalled_on"]) == ("2026-01-05", "2027-01-05", None)
    # Timestamps keep their time zone, so a reader can tell UTC from local time.
    assert datetime.fromisoformat(member["created_at"]).utcoffset() is not None


def test_rows_are_listed_in_the_order_they_were_made(store):
    names = ["Ким Виктор", "Әбілқасымов Мұрат", "Абенова Жанар"]
    for name in names:
        members.add_member(store, full_name=name)

    document = dump_records(store)

    assert [row["full_name"] for row in document["members"]] == names
    assert [row["id"] for row in document["members"]] == [1, 2, 3]


def test_an_empty_store_dumps_empty_lists(store):
    document = dump_records(store)

    assert all(document[table] == [] for table in TABLES)
    assert document["format"] == "committee-desk-dump"
