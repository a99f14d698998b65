"""Members to choose from (chair, secretary, presenter, assignee), with a first row for nobody."""

from committee_app.services.assemblies import MemberChoice

from .choices_model import ChoicesModel


class MemberChoicesModel(ChoicesModel):
    def name(self, choice: MemberChoice) -> str:
        return choice.full_name

    def member_id(self, row: int) -> int | None:
        return self.chosen_id(row)
