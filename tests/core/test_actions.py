"""Action items: who does what by when; the open ones by due date."""

from datetime import date, timedelta

import pytest

from committee_app.errors import NotFound, ValidationError
from committee_app.models import ActionItem
from committee_app.services.actions import (
    add_action_item,
    agenda_item_choices,
    get_action_item,
    is_overdue,
    list_action_items,
    set_action_status,
    update_action_item,
)
from committee_app.services.assemblies import add_agenda_item, create_assembly, remove_agenda_item
from committee_app.services.members import add_member, delete_member
from committee_app.vocabulary import ActionStatus


# These tests are about records, not power cuts: writes skip fsync (see conftest).
pytestmark = pytest.mark.usefixtures("unsynced_writes")


def texts(actions):
    return [action.text for action in actions]


def test_add_action_item_with_assignee_due_date_and_agenda_item(store):
    member = add_member(store, full_name="Әлия Нұрланқызы")
    item = add_agenda_item(store, create_assembly(store).id, title="Разное")
    added = add_action_item(store, text="  Собрать подписи под требованием ", assignee_id=member.id, due_on="2025-06-20", agenda_item_id=item.id)
    [saved] = list_action_items(store)
    assert saved.id == added.id
    assert saved.text == "Собрать подписи под требованием"
    assert (saved.assignee_id, saved.due_on, saved.agenda_item_id) == (member.id, date(2025, 6, 20), item.id)
    assert saved.status is ActionStatus.open


def test_due_date_may_be_a_date_or_left_out(store):
    add_action_item(store, text="С датой", due_on=date(2025, 1, 5))
    add_action_item(store, text="Без даты")
    assert [(action.text, action.due_on) for action in list_action_items(store)] == [
        ("С датой", date(2025, 1, 5)),
        ("Без даты", None),
    ]


@pytest.mark.parametrize(
    ("fields", "exception", "words"),
    [
        ({"assignee_id": 4242}, NotFound, "member"),
        ({"agenda_item_id": 4242}, NotFound, "agenda item"),
        ({"text": ""}, ValidationError, "Task"),
        ({"text": "  \n "}, ValidationError, "Task"),
        ({"text": "я" * 2001}, ValidationError, "2000"),
        ({"due_on": "20.06.2025"}, ValidationError, "YYYY-MM-DD"),
        ({"due_on": "2025-06-31"}, ValidationError, "Due on"),
    ],
)
def test_add_action_item_refuses_and_adds_nothing(store, fields, exception, words):
    fields = {"text": "Собрать подписи", **fields}
    with pytest.raises(exception, match=words):
        add_action_item(store, **fields)
    assert list_action_items(store, status=None) == []


def test_a_member_deleted_before_the_assignment_is_refused(store):
    member = add_member(store, full_name="Ерлан")
    assert delete_member(store, member.id).deleted
    with pytest.raises(NotFound):
        add_action_item(store, text="Позвонить", assignee_id=member.id)
    assert list_action_items(store, status=None) == []


def test_open_items_are_listed_by_due_date_with_undated_last(store):
    for text, due in [
        ("Июль", "2025-07-01"),
        ("Без даты 1", None),
        ("Июнь 1", "2025-06-01"),
        ("Без даты 2", None),
        ("Июнь 15", "2025-06-15"),
        ("Тоже июнь 1", "2025-06-01"),
        ("Май", "2025-05-31"),
    ]:
        add_action_item(store, text=text, due_on=due)
    assert texts(list_action_items(store)) == [
        "Май",
        "Июнь 1",
        "Тоже июнь 1",  # same day: in the order set
        "Июнь 15",
        "Июль",
        "Без даты 1",
        "Без даты 2",
    ]


@pytest.mark.parametrize("status", [ActionStatus.done, ActionStatus.dropped, "done", "dropped"])
def test_done_or_dropped_items_leave_the_open_list(store, status):
    first = add_action_item(store, text="Первое", due_on="2025-06-01")
    add_action_item(store, text="Второе", due_on="2025-06-02")
    set_action_status(store, first.id, status)
    assert texts(list_action_items(store)) == ["Второе"]
    assert texts(list_action_items(store, status=ActionStatus(status))) == ["Первое"]
    assert texts(list_action_items(store, status=None)) == ["Первое", "Второе"]


def test_a_closed_item_can_be_reopened(store):
    action = add_action_item(store, text="Первое")
    set_action_status(store, action.id, ActionStatus.dropped)
    set_action_status(store, action.id, ActionStatus.open)
    assert texts(list_action_items(store)) == ["Первое"]


def test_set_action_status_refuses_an_unknown_status_or_item(store):
    action = add_action_item(store, text="Первое")
    with pytest.raises(ValidationError, match="finished"):
        set_action_status(store, action.id, "finished")
    with pytest.raises(NotFound):
        set_action_status(store, 4242, ActionStatus.done)
    assert texts(list_action_items(store)) == ["Первое"]


def test_update_changes_every_field_and_can_take_the_agenda_item_and_date_away(store):
    aliya = add_member(store, full_name="Әлия Нұрланқызы")
    erlan = add_member(store, full_name="Ерлан Сейітов")
    item = add_agenda_item(store, create_assembly(store).id, title="Разное")
    action = add_action_item(store, text="Собрать подписи", assignee_id=aliya.id, due_on="2025-06-20", agenda_item_id=item.id)

    update_action_item(
        store, action.id, text=" Собрать 300 подписей ", assignee_id=erlan.id, due_on="2025-06-25", status="done"
    )
    saved = get_action_item(store, action.id)
    assert (saved.text, saved.assignee_id, saved.due_on, saved.agenda_item_id, saved.status) == (
        "Собрать 300 подписей",
        erlan.id,
        date(2025, 6, 25),
        item.id,
        ActionStatus.done,
    )
    assert saved.updated_at > action.updated_at

    update_action_item(store, action.id, agenda_item_id=None, due_on=None, assignee_id=None, status=ActionStatus.open)
    saved = get_action_item(store, action.id)
    assert (saved.agenda_item_id, saved.due_on, saved.assignee_id, saved.status) == (None, None, None, ActionStatus.open)


def test_update_can_attach_an_item_set_outside_any_assembly(store):
    action = add_action_item(store, text="Найти зал")
    item = add_agenda_item(store, create_assembly(store).id, title="Подготовка собрания")
    update_action_item(store, action.id, agenda_item_id=item.id)
    assert get_action_item(store, action.id).agenda_item_id == item.id


@pytest.mark.parametrize(
    ("changes", "exception", "words"),
    [
        ({"assignee_id": 4242}, NotFound, "member"),
        ({"agenda_item_id": 4242}, NotFound, "agenda item"),
        ({"text": "  "}, ValidationError, "Task"),
        ({"text": "я" * 2001}, ValidationError, "2000"),
        ({"due_on": "2025-02-30"}, ValidationError, "Due on"),
        ({"status": "finished"}, ValidationError, "finished"),
        # A valid change beside a refused one is not written either.
        ({"text": "Другое", "assignee_id": 4242}, NotFound, "member"),
    ],
)
def test_update_refuses_and_changes_nothing(store, changes, exception, words):
    action = add_action_item(store, text="Собрать подписи", due_on="2025-06-20")
    with pytest.raises(exception, match=words):
        update_action_item(store, action.id, **changes)
    saved = get_action_item(store, action.id)
    assert (saved.text, saved.due_on, saved.assignee_id, saved.status) == (
        "Собрать подписи",
        date(2025, 6, 20),
        None,
        ActionStatus.open,
    )


def test_an_item_that_is_gone_says_so(store):
    action = add_action_item(store, text="Собрать подписи")
    with pytest.raises(NotFound, match="no longer exists"):
        update_action_item(store, action.id + 1, text="Другое")
    with pytest.raises(NotFound, match="no longer exists"):
        get_action_item(store, action.id + 1)


def test_an_agenda_item_removed_leaves_its_action_items_with_none(store):
    item = add_agenda_item(store, create_assembly(store).id, title="Разное")
    action = add_action_item(store, text="Собрать подписи", agenda_item_id=item.id)
    remove_agenda_item(store, item.id)
    assert get_action_item(store, action.id).agenda_item_id is None
    with pytest.raises(NotFound, match="agenda item"):
        update_action_item(store, action.id, agenda_item_id=item.id)


def test_agenda_item_choices_newest_assembly_first_in_agenda_order(store):
    first = create_assembly(store, number=1)
    second = create_assembly(store, number=2)
    add_agenda_item(store, first.id, title="Выборы председателя")
    add_agenda_item(store, second.id, title="Требования")
    add_agenda_item(store, second.id, title="Разное")
    create_assembly(store, number=3)  # no agenda yet: nothing to choose

    choices = agenda_item_choices(store)

    assert [(choice.assembly_number, choice.position, choice.title) for choice in choices] == [
        (2, 1, "Требования"),
        (2, 2, "Разное"),
        (1, 1, "Выборы председателя"),
    ]


TODAY = date(2025, 6, 10)


@pytest.mark.parametrize(
    ("status", "days_left", "overdue"),
    [
        (ActionStatus.open, -1, True),
        (ActionStatus.open, -100, True),
        (ActionStatus.open, 0, False),  # due today is not late yet
        (ActionStatus.open, 1, False),
        (ActionStatus.open, None, False),
        (ActionStatus.done, -1, False),
        (ActionStatus.dropped, -1, False),
    ],
)
def test_is_overdue(status, days_left, overdue):
    due_on = None if days_left is None else TODAY + timedelta(days=days_left)
    assert is_overdue(ActionItem(text="Позвонить", status=status, due_on=due_on), TODAY) is overdue
