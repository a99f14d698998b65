"""Redacted paper, for documents that may be seized: the agenda, the demands and the member
list name people by their initials only, with no phone, workplace or shop, read back from
the PDF in each language. The sign-in sheet, signed by hand against each name, has none.
"""

import io
import os
import re
import subprocess
import sys
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
from committee_app.services import assemblies
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


def test_the_redacted_agenda_cuts_names_typed_in_an_items_details(printed_store, tmp_path):
    assembly = assemblies.get_assembly_by_number(printed_store, 1)
    assemblies.add_agenda_item(
        printed_store, assembly.id, title="О задержании", details="Доложит адвокат; задержаны Жұмабаев Қ. С. и Ермеков Н. Қ."
    )
    body = read_pdf(print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("ru", redacted=True))).body
    assert "Доложит адвокат; задержаны Ж. Қ. С. и Е. Н. Қ." in body
    assert "Жұмабаев" not in body and "Ермеков" not in body


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


# --- the command line ----------------------------------------------------------------------

# The command line's fixtures and runner, shared with its other tests.
from tests.printing.test_print_cli import demo, papers, run, run_usage_error, secret_file  # noqa: E402, F401

FOOTER_DATE = re.compile(r"\d\d\.\d\d\.\d{4}")
FOOTER_DATE_AND_TIME = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d")
PRINT_COMMANDS = {
    "agenda": ("--assembly", 2),
    "signin": ("--assembly", 2),
    "minutes": ("--assembly", 2),
    "demands": (),
    "roster": (),
}


@pytest.mark.parametrize("document", ["agenda", "demands", "roster"])
def test_redacted_on_the_command_line_prints_initials(demo, papers, capsys, document):
    path = papers / f"{document}.pdf"

    code, out, err = run(capsys, *demo, "print", document, *PRINT_COMMANDS[document], "-o", path, "--redacted")

    assert code == 0, err
    assert str(path) in out
    text = read_pdf(path.read_bytes()).text
    assert CHAIR in text
    assert "Жұмабаев" not in text
    # A redacted member list holds no name, phone or workplace to warn about.
    assert err == ""


def test_the_minutes_take_redacted_on_the_command_line(demo, papers, capsys):
    path = papers / "minutes.pdf"

    code, _, err = run(capsys, *demo, "print", "minutes", "--assembly", 2, "-o", path, "--redacted")

    assert code == 0, err
    assert path.read_bytes().startswith(b"%PDF")


def test_a_redacted_sign_in_sheet_is_refused_before_the_passphrase(demo, papers, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    code, out, err = run(
        capsys, "--store", demo[1], "print", "signin", "--assembly", 2, "-o", papers / "signin.pdf", "--redacted"
    )

    assert code == 1
    assert "The sign-in sheet has no redacted form: people sign it by hand against their own names." in err
    assert "passphrase" not in err.lower() and "Traceback" not in err and out == ""
    assert list(papers.iterdir()) == []


def test_the_help_offers_redacted_only_where_there_is_a_redacted_form(capsys):
    helps = {}
    for document in PRINT_COMMANDS:
        code, out, _ = run_usage_error(capsys, "print", document, "--help")
        assert code == 0
        helps[document] = " ".join(out.split())
    for document, text in helps.items():
        assert "--print-time" in text and "not only the date" in text
        assert ("--redacted" in text) == (document != "signin"), document
    assert "initials instead of names" in helps["agenda"]


@pytest.mark.parametrize("document", PRINT_COMMANDS)
def test_the_footer_gives_the_time_printed_only_when_asked(demo, papers, capsys, document):
    options = (*demo, "print", document, *PRINT_COMMANDS[document], "--lang", "en")

    run(capsys, *options, "-o", papers / "date.pdf")
    code, _, err = run(capsys, *options, "-o", papers / "time.pdf", "--print-time")

    assert code == 0, err
    dated = read_pdf((papers / "date.pdf").read_bytes()).pages
    timed = read_pdf((papers / "time.pdf").read_bytes()).pages
    for page in dated:
        footer = page[page.rindex("printed") :]
        assert FOOTER_DATE.fullmatch(footer.removeprefix("printed ")), footer
    for page in timed:
        footer = page[page.rindex("printed") :]
        assert FOOTER_DATE_AND_TIME.fullmatch(footer.removeprefix("printed ")), footer


def test_the_sign_in_refusal_speaks_the_users_language(papers):
    # A separate process: the command line makes its own Qt application for the translators.
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": "ru"}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(papers / "none.store"),
         "print", "signin", "--assembly", "1", "-o", str(papers / "s.pdf"), "--redacted"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip

    assert result.returncode == 1
    assert "У листа регистрации нет обезличенной формы" in result.stderr
    assert list(papers.iterdir()) == []
