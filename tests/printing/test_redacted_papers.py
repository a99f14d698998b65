"""Redacted paper, for documents that may be seized: the agenda, the demands and the member
list name people by their initials only, with no phone, workplace or shop, read back from
the PDF in each language. The sign-in sheet, signed by hand against each name, has none.
"""

from dataclasses import dataclass

import pytest
from sqlmodel import select

from committee_app.errors import ValidationError
from committee_app.models import Member
from committee_app.printing.agenda import print_agenda
from committee_app.printing.demands_paper import print_demands
from committee_app.printing.document import PaperChoice
from committee_app.printing.roster import print_roster
from committee_app.printing.signin import print_signin_sheet
from tests.printing.conftest import LANGUAGES, read_pdf

DEMO_ASSEMBLIES = (1, 2, 3, 4)
# The demo's chair, Жұмабаев Қайрат Серікұлы, and secretary, Өтебаева Гүлнұр Жақсылыққызы.
CHAIR, SECRETARY = "Ж. Қ. С.", "Ө. Г. Ж."
# Presenters of the demo's general assembly: the deputy chair Сейітқали Ерлан Бақытұлы and the
# invited lawyer, typed as "Абенова Жанар Ермекқызы, юрист (приглашена комитетом)".
DEPUTY_CHAIR, GUEST_LAWYER = "С. Е. Б.", "А. Ж. Е."
ROLES_AND_STATUSES = {"kk": {"Төраға", "Белсенді"}, "ru": {"Председатель", "Активный"}, "en": {"Chair", "Active"}}
CONFIDENTIAL = {"kk": "ҚҰПИЯ", "ru": "КОНФИДЕНЦИАЛЬНО", "en": "CONFIDENTIAL"}


@dataclass(frozen=True)
class PersonalData:
    names: tuple[str, ...]
    phones: tuple[str, ...]
    workplaces: tuple[str, ...]
    units: tuple[str, ...]


def personal_data(store) -> PersonalData:
    """Every member's full name, phone, workplace and shop, as stored."""
    with store.session() as session:
        everyone = session.exec(select(Member)).all()
    return PersonalData(
        names=tuple(member.full_name for member in everyone),
        phones=tuple(member.phone for member in everyone if member.phone),
        workplaces=tuple(member.workplace for member in everyone if member.workplace),
        units=tuple(member.unit for member in everyone if member.unit),
    )


def assert_no_personal_data(text: str, data: PersonalData, *, units: bool = False) -> None:
    assert len(data.names) > 40 and data.phones and data.workplaces
    for kind in ("names", "phones", "workplaces", *(["units"] if units else [])):
        printed = [value for value in getattr(data, kind) if value in text]
        assert printed == [], kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_redacted_agenda_names_the_chair_and_presenters_by_initials(printed_store, tmp_path, language):
    data = personal_data(printed_store)
    for number in DEMO_ASSEMBLIES:
        path = tmp_path / f"agenda-{number}.pdf"
        text = read_pdf(print_agenda(printed_store, number, path, PaperChoice(language, redacted=True))).text

        assert_no_personal_data(text, data)
        assert CHAIR in text
        if number == 2:
            assert DEPUTY_CHAIR in text and GUEST_LAWYER in text
            assert "Абенова" not in text


def test_the_agenda_not_redacted_still_gives_full_names(printed_store, tmp_path):
    text = read_pdf(print_agenda(printed_store, 2, tmp_path / "agenda.pdf", PaperChoice("ru"))).text
    assert "Жұмабаев Қайрат Серікұлы" in text and CHAIR not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_redacted_demands_are_signed_under_initials(printed_store, tmp_path, language):
    data = personal_data(printed_store)
    contents = read_pdf(print_demands(printed_store, tmp_path / "demands.pdf", PaperChoice(language, redacted=True)))

    assert_no_personal_data(contents.text, data)
    last_page = contents.page_bodies[-1]
    assert CHAIR in last_page and SECRETARY in last_page
    # The demands themselves are the committee's words, printed whole.
    assert "Повышение заработной платы на 100%" in contents.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_redacted_member_list_gives_initials_roles_and_statuses_only(printed_store, tmp_path, language):
    data = personal_data(printed_store)
    choice = PaperChoice(language, redacted=True)
    contents = read_pdf(print_roster(printed_store, tmp_path / "members.pdf", choice, include_left=True))

    assert_no_personal_data(contents.text, data, units=True)
    assert CHAIR in contents.text and SECRETARY in contents.text
    # "Нұрланқызы Әсел", the treasurer, has two names: two initials.
    assert "Н. Ә." in contents.text
    assert ROLES_AND_STATUSES[language] <= set(contents.text.split())
    for page in contents.pages:
        assert CONFIDENTIAL[language] in page


def test_the_sign_in_sheet_has_no_redacted_form(printed_store, tmp_path):
    path = tmp_path / "signin.pdf"
    with pytest.raises(ValidationError, match="The sign-in sheet has no redacted form"):
        print_signin_sheet(printed_store, 2, path, PaperChoice("ru", redacted=True))
    assert not path.exists()

