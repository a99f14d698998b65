"""Erasing a person completely: nothing of them is left in any record or page of the store,
and every count the records give stays as it was."""

from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from committee_app import keyslot
from committee_app.errors import NotFound, ValidationError
from committee_app.person_names import person_replaced_in
from committee_app.services import actions, assemblies, demands, members, profile
from committee_app.services.erasure import erase_member, erased_name_template, erasures, shown_name
from committee_app.store import PAGE_SIZE, Store
from committee_app.vocabulary import MemberRole, MemberStatus, Presence
from tests.conftest import PASSPHRASE

NAME = "Жұмабаев Қайрат Серікұлы"
PHONE = "+7 702 555 33 44"
WORKPLACE = "ТОО Каспийский трубопрокатный завод"
NOTES = "Живёт у сестры в Жанаозене"
# SQLCipher 4's page: AES-256-CBC over all but the reserved tail, which holds the IV (16
# bytes) and the HMAC (64); the first page keeps the 16-byte salt in the clear.
RESERVED = 80
IV = 16
SALT = 16


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the store and of its write-ahead log, decrypted, as they lie on disk:
    free pages and the unused room in pages included, which no query would show."""
    plain = bytearray()

    def decrypt(page: bytes, first: bool) -> bytes:
        start = SALT if first else 0
        iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + IV]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize()

    data = path.read_bytes()
    for offset in range(0, len(data), PAGE_SIZE):
        plain += decrypt(data[offset : offset + PAGE_SIZE], offset == 0)
    # Page 1 decrypted: the header's page size (bytes 16-17) and reserved room (byte 20).
    assert plain[0:2] == PAGE_SIZE.to_bytes(2, "big") and plain[4] == RESERVED
    wal = Path(str(path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for offset in range(0, len(frames), 24 + PAGE_SIZE):
            header, page = frames[offset : offset + 24], frames[offset + 24 : offset + 24 + PAGE_SIZE]
            if len(page) == PAGE_SIZE:
                plain += decrypt(page, int.from_bytes(header[:4], "big") == 1)
    return bytes(plain)


def traces(pages: bytes, *texts: str) -> list[str]:
    """Which of ``texts`` (as typed, case-folded, as bare digits) are found in ``pages``."""
    found = []
    for typed in texts:
        forms = {typed, typed.casefold(), typed.upper(), "".join(filter(str.isdigit, typed))} - {""}
        found += [form for form in forms if len(form) >= 4 and form.encode() in pages]
    return found


@pytest.fixture
def held(store):
    """A held meeting that the member to be erased chaired, spoke at, voted at and was given
    work at; a demand and its history name them; another member is there too."""
    profile.save_profile(store, name="Стачечный комитет", default_language="ru")
    person = members.add_member(store, full_name=NAME, phone=PHONE, workplace=WORKPLACE, unit="Цех №3",
                                occupation="Сварщик", notes=NOTES, role=MemberRole.chair, joined_on="2024-03-01")
    other = members.add_member(store, full_name="Петрова Анна Ивановна", phone="+7 701 111 22 33", workplace="Депо")
    third = members.add_member(store, full_name="Сейітов Ерлан", workplace="Депо")
    assembly = assemblies.create_assembly(store, title="Собрание о зарплате", starts_at=datetime(2025, 3, 4, 18, 0),
                                          place="Клуб", chair_id=person.id, secretary_id=other.id,
                                          opening_notes=f"Открыл собрание {NAME}.")
    for member in (person, other):
        assemblies.set_presence(store, assembly.id, member.id, Presence.present)
    assemblies.set_presence(store, assembly.id, third.id, Presence.excused)
    item = assemblies.add_agenda_item(
        store, assembly.id, title="О зарплате", presenter_id=person.id,
        heard="Жұмабаева Қ. С. о задержке зарплаты.",
        spoke=f"Петрова А. И., Қ.С. Жұмабаев (тел. 8 (702) 555-33-44).",
        decided="Поручить ЖҰМАБАЕВУ Қ.С. вести переговоры.",
    )
    vote = assemblies.record_vote(store, item.id, question="Поддержать предложение Жұмабаева?",
                                  votes_for=2, votes_against=0, votes_abstain=0)
    actions.add_action_item(store, text="Жұмабаев подготовит письмо", assignee_id=person.id, agenda_item_id=item.id)
    demand = demands.propose_and_adopt_demand(store, vote.id, title="Зарплата вовремя",
                                              text=f"Контакт: {PHONE}", note="Предложил Жұмабаев Қ.С.")
    return store, person, other, assembly, item, vote, demand


def test_erasing_replaces_the_person_everywhere_and_keeps_every_count(held):
    store, person, other, assembly, item, vote, demand = held
    hall_before = assemblies.hall(store, assembly.id)
    counts_before = store.check().counts

    result = erase_member(store, person.id)

    placeholder = "удалённый участник №1"
    assert (result.number, result.placeholder) == (1, placeholder)
    erased = members.get_member(store, person.id)
    assert erased.full_name == placeholder
    assert (erased.phone, erased.workplace, erased.unit, erased.occupation, erased.notes) == ("", "", "", "", "")
    assert erased.joined_on is None
    # The role and status stay: who counts for quorum and how many were entitled do not change.
    assert (erased.role, erased.status) == (MemberRole.chair, MemberStatus.active)
    assert members.search_members(store, "Жұмабаев") == []
    assert members.search_members(store, "555 33 44") == []
    assert [found.id for found in members.search_members(store, "удалённый")] == [person.id]

    assert assemblies.hall(store, assembly.id) == hall_before
    assert store.check().counts == counts_before
    assert assemblies.attendance(store, assembly.id)[person.id] == Presence.present
    (item_after,) = assemblies.agenda(store, assembly.id)
    assert item_after.presenter_id == person.id
    assert item_after.heard == f"{placeholder} о задержке зарплаты."
    assert item_after.spoke == f"Петрова А. И., {placeholder} (тел. {placeholder})."
    assert item_after.decided == f"Поручить {placeholder} вести переговоры."
    (vote_after,) = assemblies.votes_on_item(store, item.id)
    assert (vote_after.votes_for, vote_after.outcome, vote_after.question) == (
        2, vote.outcome, f"Поддержать предложение {placeholder}?")
    (action,) = actions.list_action_items(store)
    assert (action.assignee_id, action.text) == (person.id, f"{placeholder} подготовит письмо")
    assert demands.get_demand(store, demand.id).text == f"Контакт: {placeholder}"
    assert f"Предложил {placeholder}" in [event.note for event in demands.demand_history(store, demand.id)]
    assert assemblies.get_assembly(store, assembly.id).opening_notes == f"Открыл собрание {placeholder}."
    # The other people are untouched.
    assert members.get_member(store, other.id).full_name == "Петрова Анна Ивановна"

    (recorded,) = erasures(store)
    assert recorded.id == 1 and recorded.records_changed == 7
    with store.connection() as connection:
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(erasures)"))]
    assert columns == ["id", "erased_at", "records_changed"]


def test_no_page_of_the_store_keeps_the_name_phone_or_workplace(held, tmp_path):
    store = held[0]
    person = held[1]
    path = store.path
    key = keyslot.unlock_key(path, PASSPHRASE).key
    # The scan finds what is there: before the erasure, and another member's name after it.
    assert traces(decrypted_pages(path, key), NAME, PHONE, WORKPLACE)

    erase_member(store, person.id)

    pages = decrypted_pages(path, key)
    assert traces(pages, "Петрова Анна Ивановна")
    assert traces(pages, NAME, *NAME.split(), "Жұмабаева", PHONE, "7025553344", WORKPLACE, NOTES) == []
    store.close()
    reopened = Store.open(path, PASSPHRASE)
    try:
        assert reopened.check().healthy_now
        assert members.get_member(reopened, person.id).full_name == "удалённый участник №1"
    finally:
        reopened.close()


def test_the_placeholder_is_shown_in_the_readers_language(held):
    store, person = held[0], held[1]
    erase_member(store, person.id)
    russian = {"members": {"erased member No. {number}": "удалённый участник №{number}"}}
    kazakh = {"members": {"erased member No. {number}": "өшірілген қатысушы №{number}"}}
    from sqlalchemy import select

    from committee_app.models import Member

    with store.connection() as connection:
        for translations, expected in ((russian, "удалённый участник №1"), (kazakh, "өшірілген қатысушы №1")):
            template = erased_name_template(lambda context, source: translations[context][source])
            assert connection.scalar(select(shown_name(template)).where(Member.id == person.id)) == expected
        assert connection.scalar(select(shown_name("x {number}")).where(Member.id == held[2].id)) == "Петрова Анна Ивановна"


def test_an_erased_member_cannot_be_erased_again_and_a_missing_one_is_said(held):
    store, person = held[0], held[1]
    erase_member(store, person.id)
    with pytest.raises(ValidationError, match="already erased"):
        erase_member(store, person.id)
    with pytest.raises(NotFound):
        erase_member(store, 999)
    assert len(erasures(store)) == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Слушали Жұмабаева Қ. С. о зарплате.", "Слушали ★ о зарплате."),
        ("Выступили: Қ.С. Жұмабаев, Петров П. П.", "Выступили: ★, Петров П. П."),
        ("Жұмабаев Қайрат Серікұлы предложил", "★ предложил"),
        ("Қайрат Жұмабаевқа тапсырылды", "★ тапсырылды"),
        ("тел. 8 (702) 555-33-44, 87025553344", "тел. ★, ★"),
        # Not a name when it does not start with a capital; other people stay.
        ("қайрат жұмабаевқа", "қайрат жұмабаевқа"),
        ("Петров П. П. и Иванов И. И.", "Петров П. П. и Иванов И. И."),
        ("8 702 555 33 45", "8 702 555 33 45"),
    ],
)
def test_a_person_is_found_in_typed_text_however_written(typed, expected):
    assert person_replaced_in(NAME, PHONE, "★")(typed) == expected
