"""What a long members list reads from the store: matching ids in no order, and rows by id."""

from datetime import date

import pytest

from committee_app.services.members import (
    IDS_PER_QUERY,
    MemberRow,
    add_member,
    add_members_in_bulk,
    delete_member,
    mark_member_left,
    member_ids_matching,
    member_ids_with_status,
    member_rows,
    search_member_ids,
)
from committee_app.vocabulary import MemberRole, MemberStatus

pytestmark = pytest.mark.usefixtures("unsynced_writes")

PEOPLE = [
    dict(full_name="ҚАЙРАТ Жұмабаев", phone="+7 701 234 56 78", workplace="Озенмұнайгаз", unit="Цех бурения"),
    dict(full_name="Ерлан Сейітқали", phone="+7 702 555 11 22", workplace="ҚазМұнайГаз", unit="Транспортный цех"),
    dict(full_name="Sergey Petrenko", phone="8 (705) 111-22-33", workplace="Tengizchevroil", unit="Drilling"),
    dict(full_name="Әлия Нұрланқызы", workplace="Школа №5", unit="Начальные классы"),
    dict(full_name="Аяжан Ким", workplace="Больница", unit="Хирургия"),
]


@pytest.fixture
def people(store):
    return {person["full_name"]: add_member(store, **person).id for person in PEOPLE}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("қайрат", {"ҚАЙРАТ Жұмабаев"}),
        ("кайрат", {"ҚАЙРАТ Жұмабаев"}),
        ("ЦЕХ", {"ҚАЙРАТ Жұмабаев", "Ерлан Сейітқали"}),
        ("ер", {"Ерлан Сейітқали"}),
        ("705 111", {"Sergey Petrenko"}),
        ("99-99", set()),
        ("нет-такого", set()),
    ],
)
def test_matching_ids_are_the_members_the_search_finds(store, people, query, expected):
    assert member_ids_matching(store, query) == {people[name] for name in expected}


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_a_query_without_terms_matches_everyone(store, people, query):
    assert member_ids_matching(store, query) is None


@pytest.mark.parametrize("query", ["", "ер", "цех", "мұнай", "+7 70", "нет"])
@pytest.mark.parametrize("order_by", ["full_name", "workplace", "phone"])
def test_full_order_filtered_by_the_matching_ids_is_the_searched_order(store, people, query, order_by):
    """The list keeps one ordered list of every member and filters it by the matching ids."""
    order = search_member_ids(store, order_by=order_by)
    matching = member_ids_matching(store, query)
    filtered = [member_id for member_id in order if matching is None or member_id in matching]
    assert filtered == search_member_ids(store, query, order_by=order_by)


def test_ids_with_status(store, people):
    assert member_ids_with_status(store, MemberStatus.left) == set()
    mark_member_left(store, people["Аяжан Ким"])
    mark_member_left(store, people["Sergey Petrenko"])
    left = {people["Аяжан Ким"], people["Sergey Petrenko"]}
    assert member_ids_with_status(store, MemberStatus.left) == left
    assert member_ids_with_status(store, MemberStatus.active) == {
        people[name] for name in ("ҚАЙРАТ Жұмабаев", "Ерлан Сейітқали", "Әлия Нұрланқызы")
    }


def test_an_empty_store_has_no_ids(store):
    assert member_ids_with_status(store, MemberStatus.active) == set()
    assert member_ids_matching(store, "қайрат") == set()


def test_member_rows_hold_the_shown_fields(store):
    member = add_member(
        store,
        full_name="Ерлан Сейітқали",
        phone="+7 702 555 11 22",
        workplace="ҚазМұнайГаз",
        unit="Цех №3",
        occupation="Оператор",
        role="secretary",
        status="inactive",
        joined_on="2021-03-15",
    )
    rows = member_rows(store, [member.id])
    assert rows == {
        member.id: MemberRow(
            id=member.id,
            full_name="Ерлан Сейітқали",
            phone="+7 702 555 11 22",
            workplace="ҚазМұнайГаз",
            unit="Цех №3",
            role=MemberRole.secretary,
            status=MemberStatus.inactive,
            joined_on=date(2021, 3, 15),
        )
    }
    assert rows[member.id].role is MemberRole.secretary
    assert rows[member.id].status is MemberStatus.inactive


def test_member_rows_leave_out_missing_ids_and_repeat_none(store, people):
    kairat = people["ҚАЙРАТ Жұмабаев"]
    delete_member(store, people["Аяжан Ким"])
    rows = member_rows(store, [kairat, people["Аяжан Ким"], kairat, 999_999])
    assert list(rows) == [kairat]
    assert member_rows(store, []) == {}


def test_member_rows_for_more_ids_than_one_query_takes(store):
    count = IDS_PER_QUERY * 2 + 7
    add_members_in_bulk(store, ({"full_name": f"Член {number:05d}"} for number in range(count)))
    ids = search_member_ids(store)
    rows = member_rows(store, ids)
    assert len(rows) == count
    assert [rows[member_id].full_name for member_id in ids] == [f"Член {number:05d}" for number in range(count)]
