"""The sign-in sheet: active members only, room to sign, blank rows, long sheets over many pages."""

import pytest

from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.signin import print_signin_sheet
from committee_app.services import assemblies, members, profile
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

# A4's frame is 257 mm tall: rows of at least 9 mm leave room for at most 28 of them.
MOST_ROWS_ON_A_PAGE = 28


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_active_member_is_listed_and_nobody_else(printed_store, tmp_path, language):
    path = tmp_path / "signin.pdf"
    data = print_signin_sheet(printed_store, 1, path, PaperChoice(language))

    assert path.read_bytes() == data
    contents = read_pdf(data)
    active = members.search_members(printed_store, status=MemberStatus.active)
    for member in active:
        assert normalised(member.full_name) in contents.text
        assert normalised(member.workplace) in contents.text
    for status in (MemberStatus.inactive, MemberStatus.left):
        gone = members.search_members(printed_store, status=status)
        assert gone
        for member in gone:
            assert member.full_name not in contents.text
    for expected in (MARKUP_NAME, MARKUP_TEXT, KAZAKH_NAME, KAZAKH_WORKPLACE, "10:00", "2026"):
        assert normalised(expected) in contents.text
    assert_fonts_embedded(contents)


def test_members_are_numbered_and_blank_rows_follow(printed_store, tmp_path):
    listed = len(read_assembly_papers(printed_store, 1, with_sign_in_lines=True).sign_in_lines)

    with_blanks = read_pdf(print_signin_sheet(printed_store, 1, tmp_path / "a.pdf", PaperChoice("en"), blank_rows=4))
    without = read_pdf(print_signin_sheet(printed_store, 1, tmp_path / "b.pdf", PaperChoice("en"), blank_rows=0))

    blank_numbers = f"{listed + 1} {listed + 2} {listed + 3} {listed + 4} "
    assert blank_numbers in with_blanks.pages[-1]
    assert f"{listed + 5} " not in with_blanks.pages[-1]
    assert f" {listed + 1} " not in without.pages[-1]


def test_english_labels_and_footer(printed_store, tmp_path):
    contents = read_pdf(print_signin_sheet(printed_store, 1, tmp_path / "signin.pdf", PaperChoice("en")))

    for label in ("SIGN-IN SHEET", "Committee meeting No. 1", "No.", "Full name", "Workplace", "Signature"):
        assert label in contents.text
    assert contents.title == "Sign-in sheet: Committee meeting No. 1"
    assert_page_footers(contents)


def test_a_500_member_sheet_runs_over_pages_with_its_header_on_each(store, tmp_path):
    profile.save_profile(store, name="Комитет Қарағанды")
    names = [f"Жұмысшы {index:03d} Қасымұлы" for index in range(1, 501)]
    members.add_members_in_bulk(store, [{"full_name": name, "workplace": "Шахта «Ленин»"} for name in names])
    assembly = assemblies.create_assembly(store, place="Қарағанды")

    contents = read_pdf(print_signin_sheet(store, assembly.number, tmp_path / "signin.pdf", PaperChoice("en")))

    # Rows tall enough to sign in: never more than fit at 9 mm each.
    assert len(contents.pages) >= 500 // MOST_ROWS_ON_A_PAGE
    assert all(page.count("Жұмысшы") <= MOST_ROWS_ON_A_PAGE for page in contents.pages)
    for name in names:
        assert name in contents.text
    assert sum(page.count("Жұмысшы") for page in contents.pages) == 500
    assert names[-1] in contents.pages[-1] or names[-1] in contents.pages[-2]
    assert "501 502 503 504 505 506 507 508 509 510" in contents.pages[-1]
    for page in contents.pages:
        assert "No. Full name Workplace Signature" in page
        assert "Комитет Қарағанды" in page
    assert_page_footers(contents)
    assert_fonts_embedded(contents)


def test_letter_paper_fits_the_same_rows(printed_store, tmp_path):
    contents = read_pdf(print_signin_sheet(printed_store, 1, tmp_path / "signin.pdf", PaperChoice("ru", "letter")))

    assert normalised(KAZAKH_WORKPLACE) in contents.text
    assert_fonts_embedded(contents)
