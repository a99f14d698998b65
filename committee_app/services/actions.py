"""Action items: who does what by when, across assemblies."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from ..errors import translate
from ..models import ActionItem, AgendaItem, Assembly, Member, utcnow
from ..store import Store
from ..vocabulary import ActionStatus
from .fields import clean_choice, clean_text, parse_date, require


def _action_gone() -> str:
    return translate("actions", "This action item no longer exists.")


def add_action_item(
    store: Store,
    *,
    text: str,
    assignee_id: int | None = None,
    due_on: date | str | None = None,
    agenda_item_id: int | None = None,
) -> ActionItem:
    text = clean_text(text, translate("actions", "Task"), max_length=2000, required=True)
    due_on = parse_date(due_on, translate("actions", "Due on"))
    with store.session() as session:
        if assignee_id is not None:
            require(session, Member, assignee_id, translate("actions", "The member chosen no longer exists."))
        if agenda_item_id is not None:
            require(session, AgendaItem, agenda_item_id, translate("actions", "This agenda item no longer exists."))
        action = ActionItem(text=text, assignee_id=assignee_id, due_on=due_on, agenda_item_id=agenda_item_id)
        session.add(action)
        session.flush()
    return action


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
            Member.full_name,
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
