"""Members: add, edit, find in Kazakh, Russian or English, order, import, delete."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from committee_app.errors import NotFound, ValidationError
from committee_app.keyslot import KdfParams
from committee_app.models import ActionItem, AgendaItem, Assembly, Attendance
from committee_app.services.actions import add_action_item
from committee_app.services.assemblies import add_agenda_item, create_assembly, set_presence
from committee_app.services.members import (
    DeletionResult,
    add_member,
    add_members_in_bulk,
    count_active_members,
    count_members,
    delete_member,
    get_member,
    mark_member_left,
    search_member_ids,
    search_members,
    update_member,
)
from committee_app.store import Store
from committee_app.vocabulary import MemberRole, MemberStatus

KAZAKH_CYRILLIC = "".join(chr(code) for code in range(ord("А"), ord("я") + 1)) + "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def names(members):
    return [member.full_name for member in members]


# These tests are about records, not power cuts: writes skip fsync (see conftest).
pytestmark = pytest.mark.usefixtures("unsynced_writes")


def shared_store(tmp_path_factory, name: str) -> Store:
    """One store for a module's read-only tests (the tests using it must not change it)."""
    folder = tmp_path_factory.mktemp(name)
    return Store.create(folder / "committee.store", "shared тест", kdf=KdfParams(memory_kib=64, iterations=1, lanes=1))


# --- Adding -------------------------------------------------------------------


def test_add_member_keeps_every_field(store):
    added = add_member(
        store,
        full_name="  Ерлан Сейітқали ",
        phone=" +7 701 234 56 78 ",
        workplace="ҚазМұнайГаз",
        unit="Цех №3",
        occupation="Оператор добычи",
        role="secretary",
        status="inactive",
        joined_on="2021-03-15",
        notes="Хочет вести протоколы.\nЗвонить после смены.",
    )
    member = get_member(store, added.id)
    assert member.full_name == "Ерлан Сейітқали"
    assert member.phone == "+7 701 234 56 78"
    assert member.workplace == "ҚазМұнайГаз"
    assert member.unit == "Цех №3"
    assert member.occupation == "Оператор добычи"
    assert member.role is MemberRole.secretary
    assert member.status is MemberStatus.inactive
    assert member.joined_on == date(2021, 3, 15)
    assert member.notes == "Хочет вести протоколы.\nЗвонить после смены."


def test_new_member_is_an_active_ordinary_member(store):
    member = get_member(store, add_member(store, full_name="Әлия").id)
    assert (member.role, member.status, member.joined_on, member.phone) == (MemberRole.member, MemberStatus.active, None, "")


def test_joined_on_accepts_a_date_object(store):
    member = add_member(store, full_name="Әлия", joined_on=date(2020, 1, 31))
    assert get_member(store, member.id).joined_on == date(2020, 1, 31)


@pytest.fixture(scope="module")
def refusing(tmp_path_factory):
    """A store for tests where every add is refused: it must stay empty."""
    shared = shared_store(tmp_path_factory, "refusing")
    yield shared
    shared.close()


@pytest.mark.parametrize("full_name", ["", " ", "   \t\n ", "\u3000", None])
def test_name_is_required(refusing, full_name):
    with pytest.raises(ValidationError, match="Full name") as refused:
        add_member(refusing, full_name=full_name)
    assert "required" in str(refused.value)
    assert count_members(refusing) == 0


FIELD_LIMITS = [
    ("full_name", "Full name", 300),
    ("phone", "Phone", 60),
    ("workplace", "Workplace", 300),
    ("unit", "Shop or department", 300),
    ("occupation", "Occupation", 300),
    ("notes", "Notes", 100_000),
]


@pytest.mark.parametrize(("field", "label", "limit"), FIELD_LIMITS)
def test_too_long_field_is_refused_with_the_limit(refusing, field, label, limit):
    fields = {"full_name": "Ерлан", field: "ж" * (limit + 1)}
    with pytest.raises(ValidationError) as refused:
        add_member(refusing, **fields)
    message = str(refused.value)
    assert label in message
    assert f"at most {limit}" in message
    assert str(limit + 1) in message
    assert count_members(refusing) == 0


@pytest.mark.parametrize(("field", "label", "limit"), FIELD_LIMITS)
def test_field_at_its_limit_is_accepted(store, field, label, limit):
    fields = {"full_name": "Ерлан", field: "ж" * limit}
    member = add_member(store, **fields)
    assert getattr(get_member(store, member.id), field) == "ж" * limit


def test_length_is_counted_after_trimming_spaces(store):
    member = add_member(store, full_name="  " + "ж" * 300 + "  ")
    assert get_member(store, member.id).full_name == "ж" * 300


@pytest.mark.parametrize(
    ("field", "value", "words_in_message"),
    [
        ("role", "boss", ["Role", "boss", "chair", "member"]),
        ("role", "", ["Role"]),
        ("status", "gone", ["Status", "gone", "active", "left"]),
        ("joined_on", "15.03.2021", ["Joined on", "YYYY-MM-DD", "15.03.2021"]),
        ("joined_on", "2021-02-30", ["Joined on", "YYYY-MM-DD"]),
        ("joined_on", "вчера", ["Joined on", "YYYY-MM-DD"]),
    ],
)
def test_invalid_choice_or_date_is_refused(refusing, field, value, words_in_message):
    with pytest.raises(ValidationError) as refused:
        add_member(refusing, full_name="Ерлан", **{field: value})
    for word in words_in_message:
        assert word in str(refused.value)
    assert count_members(refusing) == 0


def test_update_refuses_an_empty_name_and_keeps_the_old_one(store):
    member = add_member(store, full_name="Ерлан")
    with pytest.raises(ValidationError, match="Full name"):
        update_member(store, member.id, full_name="  ")
    assert get_member(store, member.id).full_name == "Ерлан"


def test_update_changes_only_the_given_fields(store):
    member = add_member(store, full_name="Ерлан", phone="+7 701 000 00 00", unit="Цех 1")
    update_member(store, member.id, unit="Цех 2", role=MemberRole.delegate)
    changed = get_member(store, member.id)
    assert (changed.full_name, changed.phone, changed.unit, changed.role) == (
        "Ерлан",
        "+7 701 000 00 00",
        "Цех 2",
        MemberRole.delegate,
    )


def test_mark_member_left(store):
    member = add_member(store, full_name="Ерлан")
    mark_member_left(store, member.id)
    assert get_member(store, member.id).status is MemberStatus.left


@pytest.mark.parametrize(
    "call",
    [
        lambda store: get_member(store, 9999),
        lambda store: update_member(store, 9999, phone="1"),
        lambda store: delete_member(store, 9999),
        lambda store: mark_member_left(store, 9999),
    ],
    ids=["get", "update", "delete", "mark_left"],
)
def test_missing_member_is_not_found(store, call):
    add_member(store, full_name="Ерлан")
    with pytest.raises(NotFound, match="no longer exists"):
        call(store)


# --- Searching ----------------------------------------------------------------

PEOPLE = [
    dict(full_name="ҚАЙРАТ Жұмабаев", phone="+7 701 234 56 78", workplace="Озенмұнайгаз", unit="Цех бурения"),
    dict(full_name="Ерлан Сейітқали", phone="+7 702 555 11 22", workplace="ҚазМұнайГаз", unit="Транспортный цех"),
    dict(full_name="Sergey Petrenko", phone="8 (705) 111-22-33", workplace="Tengizchevroil", unit="Drilling"),
    dict(full_name="Әлия Нұрланқызы", workplace="Школа №5", unit="Начальные классы"),
    dict(full_name="Ольга Ким", workplace="Больница", unit="Хирургия"),
]
KAIRAT, ERLAN, SERGEY, ALIYA, OLGA = (person["full_name"] for person in PEOPLE)


SPECIAL = ['Иван "Ваня" Петров', "Анна 100% Ли", "Дана_Ох"]
EVERYONE = {KAIRAT, ERLAN, SERGEY, ALIYA, OLGA, *SPECIAL}


@pytest.fixture
def people(store):
    return {person["full_name"]: add_member(store, **person).id for person in PEOPLE}


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    """The people above and a few names with characters that mean something to SQL or FTS5."""
    shared = shared_store(tmp_path_factory, "directory")
    for person in PEOPLE:
        add_member(shared, **person)
    for full_name in SPECIAL:
        add_member(shared, full_name=full_name)
    yield shared
    shared.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("қайрат", {KAIRAT}),
        ("Қайрат", {KAIRAT}),
        ("ҚАЙРАТ", {KAIRAT}),
        ("ерлан", {ERLAN}),
        ("ЕРЛАН", {ERLAN}),
        ("ЖҰМА", {KAIRAT}),
        ("жұма", {KAIRAT}),
        ("СЕЙІТ", {ERLAN}),
        ("нұрлан", {ALIYA}),
        ("sergey", {SERGEY}),
        ("SERGEY", {SERGEY}),
        ("etrenk", {SERGEY}),
        # Any part of a phone, typed with or without spaces and signs.
        ("701 234", {KAIRAT}),
        ("7012345", {KAIRAT}),
        ("234 56 78", {KAIRAT}),
        ("+7 701", {KAIRAT}),
        ("705 111", {SERGEY}),
        ("(705) 111-22", {SERGEY}),
        ("555", {ERLAN}),
        # The same number with 8 or +7 in front, or without either.
        ("87025551122", {ERLAN}),
        ("8 702 555 11 22", {ERLAN}),
        ("8 (702) 555-11-22", {ERLAN}),
        ("7025551122", {ERLAN}),
        ("8702", {ERLAN}),
        ("+77051112233", {SERGEY}),
        ("+7 705 111 22 33", {SERGEY}),
        ("7051112233", {SERGEY}),
        ("87025551123", set()),
        # Any part of the workplace or unit.
        ("озенмұнай", {KAIRAT}),
        ("МҰНАЙ", {KAIRAT, ERLAN}),
        ("tengiz", {SERGEY}),
        ("бурения", {KAIRAT}),
        ("ЦЕХ", {KAIRAT, ERLAN}),
        ("хирург", {OLGA}),
        ("drill", {SERGEY}),
        # Every term must match.
        ("қайрат озен", {KAIRAT}),
        ("озен ҚАЙРАТ", {KAIRAT}),
        ("қайрат транспорт", set()),
        ("ерлан цех", {ERLAN}),
        ("цех мұнай", {KAIRAT, ERLAN}),
        # Terms of one or two characters.
        ("ер", {ERLAN}),
        ("ЕР", {ERLAN}),
        # Typed on a Russian keyboard, without the Kazakh letters.
        ("кайрат", {KAIRAT}),
        ("жума", {KAIRAT}),
        ("ки", {OLGA}),
        ("ер ли", {ERLAN}),
        ("ер ки", set()),
        ("ке", set()),
        ("нет-такого", set()),
        ("", EVERYONE),
        ("   ", EVERYONE),
    ],
)
def test_search_finds_any_part_in_any_case(directory, query, expected):
    found = search_members(directory, query)
    assert set(names(found)) == expected
    assert len(found) == len(expected)
    assert count_members(directory, query) == len(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', {"Иван \"Ваня\" Петров"}),
        ('"ваня"', {"Иван \"Ваня\" Петров"}),
        ('"ваня', {"Иван \"Ваня\" Петров"}),
        ("%", {"Анна 100% Ли"}),
        ("0%", {"Анна 100% Ли"}),
        ("100%", {"Анна 100% Ли"}),
        ("_", {"Дана_Ох"}),
        ("а_о", {"Дана_Ох"}),
        ("%ан%", set()),
        ("a_b", set()),
        ("__", set()),
        ("\\", set()),
        ("\\%", set()),
        ("*", set()),
        ("ива*", set()),
        ("(", {SERGEY}),  # only the phone "8 (705) …" has one
        (")", {SERGEY}),
        ("OR", set()),
        ("or", set()),
        ("қайрат OR ерлан", set()),
        ("NEAR", set()),
        ("NEAR(қайрат ерлан)", set()),
        ("NOT қайрат", set()),
        ("^қай", set()),
        ("search_key:қайрат", set()),
        ('"""', set()),
        ("{", set()),
    ],
)
def test_search_treats_special_characters_as_plain_text(directory, query, expected):
    found = search_members(directory, query)
    assert set(names(found)) == expected
    assert count_members(directory, query) == len(expected)
    assert search_member_ids(directory, query) == [member.id for member in found]


@pytest.mark.parametrize(
    "query", ["87025553344", "8 702 555 33 44", "+7 702 555 33 44", "7025553344", "555 33", "8 702", "555–33–44"]
)
@pytest.mark.parametrize("add", ["one", "in bulk", "edited"])
def test_a_phone_is_found_typed_with_8_or_plus_7_however_the_member_was_saved(store, add, query):
    if add == "one":
        add_member(store, full_name="Ерлан", phone="+7 702 555 3344")
    elif add == "in bulk":
        add_members_in_bulk(store, [{"full_name": "Ерлан", "phone": "+7 702 555 3344"}])
    else:
        member = add_member(store, full_name="Ерлан", phone="+7 701 000 0000")
        update_member(store, member.id, phone="+7 702 555 3344")
    add_member(store, full_name="Қайрат", phone="+7 701 444 3345")
    assert names(search_members(store, query)) == ["Ерлан"]
    assert count_members(store, query) == 1


@pytest.mark.parametrize("query", ["12-34", "1.2.3"])
def test_digits_with_separators_find_the_unit_or_workplace_as_typed(store, query):
    add_member(store, full_name="Ерлан", unit="Бригада 12-34", workplace="Участок 1.2.3")
    assert names(search_members(store, query)) == ["Ерлан"]


def test_search_after_renaming_finds_the_new_name_and_not_the_old(store, people):
    update_member(store, people[KAIRAT], full_name="Бауыржан Омаров", phone="+7 777 000 11 22")
    assert names(search_members(store, "бауыржан")) == ["Бауыржан Омаров"]
    assert names(search_members(store, "ОМАР")) == ["Бауыржан Омаров"]
    assert names(search_members(store, "7770001")) == ["Бауыржан Омаров"]
    assert search_members(store, "қайрат") == []
    assert search_members(store, "жұма") == []
    assert search_members(store, "7012345") == []
    # The unchanged workplace still finds the member.
    assert names(search_members(store, "озен")) == ["Бауыржан Омаров"]


def test_search_after_changing_only_the_status_still_finds_the_member(store, people):
    update_member(store, people[KAIRAT], status="inactive")
    assert names(search_members(store, "қайрат")) == [KAIRAT]


def test_search_by_status_and_counts(store, people):
    update_member(store, people[KAIRAT], status=MemberStatus.inactive)
    mark_member_left(store, people[SERGEY])
    mark_member_left(store, people[OLGA])
    assert set(names(search_members(store, status=MemberStatus.left))) == {SERGEY, OLGA}
    assert names(search_members(store, status=MemberStatus.inactive)) == [KAIRAT]
    assert set(names(search_members(store, status=MemberStatus.active))) == {ERLAN, ALIYA}
    assert names(search_members(store, "ки", status=MemberStatus.left)) == [OLGA]
    assert search_members(store, "ерлан", status=MemberStatus.left) == []
    assert count_members(store) == 5
    assert count_members(store, status=MemberStatus.left) == 2
    assert count_members(store, "цех", status=MemberStatus.active) == 1
    assert count_active_members(store) == 2


def test_count_active_members_of_an_empty_committee_is_zero(store):
    assert count_active_members(store) == 0
    assert count_members(store) == 0


# --- Ordering -----------------------------------------------------------------

ALPHABETICAL = [
    "Sergey Petrenko",
    "Аяжан",
    "Әлия",
    "Бақыт",
    "Ерлан",
    "Ёлка",
    "Кирилл",
    "Қанат",
    "Лаура",
    "Оспан",
    "Өмір",
    "Петр",
    "Уәли",
    "Ұлан",
    "Үміт",
    "Фарид",
    "Хадиша",
    "Һади",
    "Ыбырай",
    "Іңкәр",
]
# A fixed scramble, so that the order by id is not the order by name.
SCRAMBLED = [ALPHABETICAL[(index * 7) % len(ALPHABETICAL)] for index in range(len(ALPHABETICAL))]


@pytest.fixture(scope="module")
def alphabet(tmp_path_factory):
    assert sorted(SCRAMBLED) == sorted(ALPHABETICAL) and SCRAMBLED != ALPHABETICAL
    shared = shared_store(tmp_path_factory, "alphabet")
    for full_name in SCRAMBLED:
        add_member(shared, full_name=full_name)
    yield shared
    shared.close()


def test_members_are_ordered_by_the_kazakh_alphabet(alphabet):
    assert names(search_members(alphabet)) == ALPHABETICAL


def test_descending_order_is_the_reverse(alphabet):
    assert names(search_members(alphabet, descending=True)) == ALPHABETICAL[::-1]


def test_order_ignores_case(store):
    for full_name in ("бақыт", "ӘЛИЯ", "аяжан"):
        add_member(store, full_name=full_name)
    assert names(search_members(store)) == ["аяжан", "ӘЛИЯ", "бақыт"]


def test_limit_and_offset_page_through_the_order(alphabet):
    assert names(search_members(alphabet, limit=3, offset=1)) == ALPHABETICAL[1:4]


@pytest.mark.parametrize(
    ("query", "order_by", "descending"),
    [("", "full_name", False), ("", "full_name", True), ("а", "full_name", False), ("ан", "full_name", True), ("", "phone", False)],
)
def test_search_member_ids_are_in_the_same_order_as_search_members(alphabet, query, order_by, descending):
    ids = search_member_ids(alphabet, query, order_by=order_by, descending=descending)
    found = search_members(alphabet, query, order_by=order_by, descending=descending)
    assert ids == [member.id for member in found]
    assert len(ids) > 1


def test_search_member_ids_follow_the_name_order_not_the_id_order(alphabet):
    ids = search_member_ids(alphabet)
    assert ids != sorted(ids)
    assert [get_member(alphabet, member_id).full_name for member_id in ids] == ALPHABETICAL


# --- Importing in bulk --------------------------------------------------------


def test_bulk_insert_adds_rows_searchable_at_once(store):
    rows = [
        {"full_name": f"Жұмысшы Нөмір{number:03d}", "phone": f"+7 700 100 {number:04d}", "unit": "Цех 7"}
        for number in range(1, 121)
    ]
    assert add_members_in_bulk(store, rows) == 120
    assert count_members(store) == 120
    assert count_members(store, "ЖҰМЫСШЫ") == 120
    assert names(search_members(store, "нөмір042")) == ["Жұмысшы Нөмір042"]
    assert names(search_members(store, "700 100 0117")) == ["Жұмысшы Нөмір117"]
    assert count_members(store, "ер", status=MemberStatus.active) == 0
    first = search_members(store, limit=1)[0]
    assert (first.full_name, first.role, first.status, first.unit) == ("Жұмысшы Нөмір001", MemberRole.member, MemberStatus.active, "Цех 7")


def test_bulk_insert_keeps_given_role_status_and_date(store):
    add_members_in_bulk(store, [{"full_name": "Ерлан", "role": "chair", "status": "left", "joined_on": "2019-05-01"}])
    member = search_members(store, "ерлан")[0]
    assert (member.role, member.status, member.joined_on) == (MemberRole.chair, MemberStatus.left, date(2019, 5, 1))
    assert count_active_members(store) == 0


@pytest.mark.parametrize(
    "bad_row",
    [{"phone": "+7 701 000 00 00"}, {"full_name": ""}, {"full_name": "   "}, {"full_name": "Ерлан", "joined_on": "01.01.2020"}],
    ids=["no-name", "empty-name", "blank-name", "bad-date"],
)
def test_bulk_insert_with_a_bad_row_inserts_nothing(store, bad_row):
    add_member(store, full_name="Бұрыннан бар")
    rows = [{"full_name": "Бірінші"}, {"full_name": "Екінші"}, bad_row, {"full_name": "Төртінші"}]
    with pytest.raises(ValidationError):
        add_members_in_bulk(store, rows)
    assert names(search_members(store)) == ["Бұрыннан бар"]
    assert search_members(store, "бірінші") == []


def test_bulk_insert_of_nothing(store):
    assert add_members_in_bulk(store, []) == 0
    assert count_members(store) == 0


# --- Deleting -----------------------------------------------------------------


def test_delete_member_without_history(store, people):
    result = delete_member(store, people[ERLAN])
    assert result == DeletionResult(True, "")
    with pytest.raises(NotFound):
        get_member(store, people[ERLAN])
    assert search_members(store, "ерлан") == []
    assert search_members(store, "ер") == []
    assert count_members(store) == 4


def _chaired(store, member_id):
    assembly = create_assembly(store, chair_id=member_id)
    return lambda session: session.get(Assembly, assembly.id).chair_id


def _took_minutes(store, member_id):
    assembly = create_assembly(store, secretary_id=member_id)
    return lambda session: session.get(Assembly, assembly.id).secretary_id


def _attended(store, member_id):
    assembly = create_assembly(store)
    record = set_presence(store, assembly.id, member_id, "present")
    return lambda session: session.get(Attendance, record.id).member_id


def _was_excused(store, member_id):
    assembly = create_assembly(store)
    record = set_presence(store, assembly.id, member_id, "excused")
    return lambda session: session.get(Attendance, record.id).member_id


def _presented(store, member_id):
    item = add_agenda_item(store, create_assembly(store).id, title="О зарплате", presenter_id=member_id)
    return lambda session: session.get(AgendaItem, item.id).presenter_id


def _was_assigned(store, member_id):
    action = add_action_item(store, text="Собрать подписи", assignee_id=member_id)
    return lambda session: session.get(ActionItem, action.id).assignee_id


@pytest.mark.parametrize("history", [_chaired, _took_minutes, _attended, _was_excused, _presented, _was_assigned])
def test_delete_member_with_history_marks_them_left_instead(store, people, history):
    member_id = people[KAIRAT]
    reference = history(store, member_id)
    result = delete_member(store, member_id)
    assert result.deleted is False
    assert "left" in result.reason
    member = get_member(store, member_id)
    assert member.status is MemberStatus.left
    assert member.full_name == KAIRAT
    with store.session() as session:
        assert reference(session) == member_id
    assert names(search_members(store, "қайрат")) == [KAIRAT]
    assert count_active_members(store) == 4


def test_history_of_another_member_does_not_keep_this_one(store, people):
    _chaired(store, people[KAIRAT])
    assert delete_member(store, people[ERLAN]).deleted is True


# --- Properties ---------------------------------------------------------------


PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(full_name=st.text(alphabet=PRINTABLE, min_size=1, max_size=300).filter(lambda text: text.strip()))
def test_any_name_survives_as_typed(store, full_name):
    member = add_member(store, full_name=full_name)
    assert get_member(store, member.id).full_name == full_name.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    before=st.text(alphabet=PRINTABLE, min_size=1, max_size=20).filter(str.strip),
    control=st.characters(whitelist_categories=("Cc",)).filter(lambda c: c not in " "),
    after=st.text(alphabet=PRINTABLE, min_size=1, max_size=20).filter(str.strip),
)
def test_a_name_with_a_control_character_is_refused_and_nothing_is_stored(store, before, control, after):
    members_before = count_members(store)
    with pytest.raises(ValidationError, match="control character"):
        add_member(store, full_name=before.strip() + control + after.strip())
    assert count_members(store) == members_before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(full_name=st.text(alphabet=KAZAKH_CYRILLIC, min_size=3, max_size=40))
def test_upper_case_search_finds_a_cyrillic_or_kazakh_name(store, full_name):
    member = add_member(store, full_name=full_name)
    assert member.id in [found.id for found in search_members(store, full_name.upper())]
    assert member.id in [found.id for found in search_members(store, full_name.lower())]
