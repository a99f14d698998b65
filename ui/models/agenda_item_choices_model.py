"""Agenda items an action item can belong to, named by their assembly, with a first row for none."""

from committee_app.services.actions import AgendaItemChoice

from .assembly_formatting import short_date
from .choices_model import ChoicesModel


class AgendaItemChoicesModel(ChoicesModel):
    def item_id(self, row: int) -> int | None:
        return self.chosen_id(row)

    def name(self, choice: AgendaItemChoice) -> str:
        if choice.assembly_starts_at is None:
            return self.tr("No. {number}, item {position}: {title}").format(
                number=choice.assembly_number, position=choice.position, title=choice.title
            )
        return self.tr("No. {number} of {date}, item {position}: {title}").format(
            number=choice.assembly_number,
            date=short_date(choice.assembly_starts_at.date()),
            position=choice.position,
            title=choice.title,
        )
