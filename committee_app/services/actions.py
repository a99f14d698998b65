"""Action items: who does what by when, across assemblies."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from ..errors import translate
from ..models import ActionItem, AgendaItem, Assembly, Member, utcnow
from ..store import Store
from ..vocabulary import ActionStatus
from .erasure import erased_name_template, shown_name
from .fields import clean_choice, clean_text, parse_date, require


def _action_gone() -> str:
    return translate("actions", "This action item no longer exists.")


TASK_LENGTH = 2000


def _cleaned_action(session, fields: dict) -> dict:
    """The fields of an action item as given, checked; a member or agenda item that is gone is refused."""
    cleaned = {}
    for name, value in fields.items():
        if name == "text":
            cleaned[name] = clean_text(value, translate("actions", "Task"), max_length=TASK_LENGTH, required=True)
        elif name == "due_on":
            cleaned[name] = parse_date(value, translate("actions", "Due on"))
        elif name == "assignee_id":
            if value is not None:
                require(session, Member, value, translate("actions", "The member chosen no longer exists."))
            cleaned[name] = value
        elif name == "agenda_item_id":
            if value is not None:
                require(session, AgendaItem, value, translate("actions", "This agenda item no longer exists."))
            cleaned[name] = value
        elif name == "status":
            cleaned[name] = clean_choice(value, ActionStatus, translate("actions", "Status"))
        else:
            raise ValueError(f"unknown action item field: {name}")
    return cleaned


def add_action_item(
    store: Store,
    *,
    text: str,
    assignee_id: int | None = None,
    due_on: date | str | None = None,
    agenda_item_id: int | None = None,
) -> ActionItem:
    fields = {"text": text, "assignee_id": assignee_id, "due_on": due_on, "agenda_item_id": agenda_item_id}
    with store.session() as session:
        action = ActionItem(**_cleaned_action(session, fields))
        session.add(action)
        session.flush()
    return action


def update_action_item(store: Store, action_id: int, **changes) -> ActionItem:
    """Change the task, its assignee, due date, agenda item (None: none) or status; all or nothing."""
    with store.session() as session:
        action = require(session, ActionItem, action_id, _action_gone())
        action.sqlmodel_update(_cleaned_action(session, changes))
        action.updated_at = utcnow()
        session.add(action)
    return action


def get_action_item(store: Store, action_id: int) -> ActionItem:
    with store.session() as session:
        return require(session, ActionItem, action_id, _action_gone())


def set_action_status(store: Store, action_id: int, status: ActionStatus | str) -> ActionItem:
    status = clean_choice(status, ActionStatus, translate("actions", "Status"))
    with store.session() as session:
        action = require(session, ActionItem, action_id, _action_gone())
        action.status = status
        action.updated_at = utcnow()
        session.add(action)
    return action


def list_action_items(store: Store, *, status: ActionStatus | None = ActionStatus.open) -> list[ActionItem]:
    """By due date (undated last), then by when they were set."""
    statement = select(ActionItem).order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    if status is not None:
        statement = statement.where(ActionItem.status == status)
    with store.session() as session:
        return list(session.exec(statement))


def is_overdue(action: ActionItem, today: date) -> bool:
    return action.status == ActionStatus.open and action.due_on is not None and action.due_on < today


@dataclass(frozen=True)
class ActionRow:
    """An action item as listed: who, by when, and the assembly that set it (None if none)."""

    id: int
    text: str
    status: ActionStatus
    due_on: date | None
    assignee_id: int | None
    assignee: str | None
    assembly_number: int | None


def action_overview(store: Store, *, include_closed: bool = False) -> list[ActionRow]:
    """Open action items (or all of them) by due date, undated last, in one query."""
    statement = (
        select(
            ActionItem.id,
            ActionItem.text,
            ActionItem.status,
            ActionItem.due_on,
            Member.id,
            shown_name(erased_name_template()),
            Assembly.number,
        )
        .outerjoin(Member, ActionItem.assignee_id == Member.id)
        .outerjoin(AgendaItem, ActionItem.agenda_item_id == AgendaItem.id)
        .outerjoin(Assembly, AgendaItem.assembly_id == Assembly.id)
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    )
    if not include_closed:
        statement = statement.where(ActionItem.status == ActionStatus.open)
    with store.session() as session:
        return [ActionRow(*row) for row in session.exec(statement)]


@dataclass(frozen=True)
class AgendaItemChoice:
    """An agenda item an action item can belong to, named by its assembly."""

    id: int
    assembly_number: int
    assembly_starts_at: datetime | None
    position: int
    title: str


def agenda_item_choices(store: Store) -> list[AgendaItemChoice]:
    """Every agenda item, the newest assembly first, each assembly's items in agenda order."""
    statement = (
        select(AgendaItem.id, Assembly.number, Assembly.starts_at, AgendaItem.position, AgendaItem.title)
        .join(Assembly, AgendaItem.assembly_id == Assembly.id)
        .order_by(Assembly.number.desc(), AgendaItem.position)
    )
    with store.session() as session:
        return [AgendaItemChoice(*row) for row in session.exec(statement)]
