"""The member list on paper: every member in the app's order, confidential on every page."""

import re

import pytest
from pypdf import PdfReader

from committee_app.errors import UserError
from committee_app.printing.document import PaperChoice
from committee_app.printing.roster import print_roster
from committee_app.services import members
from committee_app.services.profile import get_profile
from committee_app.vocabulary import MemberStatus
from tests.printing.conftest import (
    KAZAKH_NAME,
    KAZAKH_WORKPLACE,
    LANGUAGES,
    MARKUP_NAME,
    MARKUP_TEXT,
    assert_fonts_embedded,
    assert_page_footers,
    normalised,
    read_pdf,
)

LEFT_NAME = "Кетіп қалған Әділбек"


@pytest.fixture
def roster_store(printed_store):
    """The demo members, the markup-named and the Kazakh one, and a member who has left."""
    members.add_member(printed_store, full_name=LEFT_NAME, phone="+7 700 111 22 33", status=MemberStatus.left)
    return printed_store


def cell_words(value: str) -> list[str]:
    """A cell's words as extraction returns them: a cell that wraps comes back interleaved
    with its neighbours, line by line, and may wrap after a hyphen."""
    return value.replace("-", "- ").split()


def listed(store, *, include_left: bool):
    """The members as the app lists them, by name."""
    return [m for m in members.search_members(store, "") if include_left or m.status != MemberStatus.left]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_member_still_in_prints_with_phone_workplace_and_unit(roster_store, tmp_path, language):
    path = tmp_path / "roster.pdf"

    data = print_roster(roster_store, path, PaperChoice(language))

    assert path.read_bytes() == data
    contents = read_pdf(data)
    printed = set(cell_words(contents.text))
    for member in listed(roster_store, include_left=False):
        for value in (member.full_name, member.phone, member.workplace, member.unit):
            assert set(cell_words(value)) <= printed, value
    for expected in (MARKUP_NAME, MARKUP_TEXT, KAZAKH_NAME, KAZAKH_WORKPLACE):
        assert set(cell_words(expected)) <= printed, expected
    assert "Кетіп" not in printed
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


def test_members_who_left_are_listed_when_asked(roster_store, tmp_path):
    contents = read_pdf(print_roster(roster_store, tmp_path / "roster.pdf", PaperChoice("en"), include_left=True))

    assert normalised(f"{LEFT_NAME} +7 700 111 22 33") in contents.text
    assert "Left" in contents.text
    count = len(listed(roster_store, include_left=True))
    assert f": {count}, including those who have left." in contents.text


def test_rows_are_numbered_in_the_apps_order_by_name(roster_store, tmp_path):
    contents = read_pdf(print_roster(roster_store, tmp_path / "roster.pdf", PaperChoice("en")))

    expected = listed(roster_store, include_left=False)
    positions = [contents.text.index(normalised(f"{number} {m.full_name}")) for number, m in enumerate(expected, start=1)]
    assert positions == sorted(positions)
    assert "Members on " in contents.text and f": {len(expected)}." in contents.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_and_words_are_never_cut_in_two(roster_store, tmp_path, language):
    """Columns are as wide as their longest word: each word of a name comes back whole."""
    contents = read_pdf(print_roster(roster_store, tmp_path / "roster.pdf", PaperChoice(language)))

    words = set(contents.text.split())
    for member in listed(roster_store, include_left=False):
        for word in member.full_name.split() + member.phone.split():
            assert word in words, word


def test_marked_confidential_on_every_page_and_in_the_title(printed_store, tmp_path):
    members.add_members_in_bulk(
        printed_store, [{"full_name": f"Сейітқали Ерлан {index:03d}", "phone": f"+7 701 000 {index:04d}"} for index in range(60)]
    )
    committee = get_profile(printed_store).name

    contents = read_pdf(print_roster(printed_store, tmp_path / "roster.pdf", PaperChoice("en")))

    assert len(contents.pages) > 1
    assert all(normalised(f"{committee} CONFIDENTIAL") in page for page in contents.pages)
    assert contents.title == "MEMBER LIST — CONFIDENTIAL"
    assert "CONFIDENTIAL: personal data of the members." in contents.pages[0]


def test_500_members_print_with_the_header_row_on_every_page(store, tmp_path):
    names = [f"Жұмабаев Қайрат {index:03d}" for index in range(1, 521)]
    members.add_members_in_bulk(
        store, [{"full_name": name, "phone": "+7 702 418 09 56", "workplace": "АО «Озенмунайгаз», НГДУ-1"} for name in names]
    )

    contents = read_pdf(print_roster(store, tmp_path / "roster.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 10
    for page in contents.pages:
        assert "No. Name Phone Workplace Shop or department Role Status" in page
    numbered = re.findall(r"(\d+) Жұмабаев Қайрат (\d{3})", contents.text)
    assert [(int(number), int(suffix)) for number, suffix in numbered] == [(n, n) for n in range(1, 521)]
    assert "Жұмабаев Қайрат 520" in contents.pages[-1]
    assert_page_footers(contents)
    assert_fonts_embedded(contents)


def test_an_empty_list_still_prints_its_heading(store, tmp_path):
    contents = read_pdf(print_roster(store, tmp_path / "roster.pdf", PaperChoice("en")))

    assert "MEMBER LIST" in contents.text
    assert "Members on " in contents.text and ": 0." in contents.text
    assert_page_footers(contents)


def test_letter_paper(roster_store, tmp_path):
    print_roster(roster_store, tmp_path / "roster.pdf", PaperChoice("en", "letter"))

    box = PdfReader(tmp_path / "roster.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


@pytest.mark.parametrize("choice", [PaperChoice("de"), PaperChoice("en", "a3")], ids=["language", "paper"])
def test_an_unknown_language_or_paper_is_refused_and_nothing_written(roster_store, tmp_path, choice):
    folder = tmp_path / "papers"
    folder.mkdir()

    with pytest.raises(UserError):
        print_roster(roster_store, folder / "roster.pdf", choice)
    assert list(folder.iterdir()) == []
