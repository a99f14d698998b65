"""The sign-in sheet: active members only, room to sign, numbered blank rows for the workers not
in the list, a line for the count, long sheets over many pages with the header on each."""

import pytest
from reportlab.lib.units import mm

from committee_app.errors import ValidationError
from committee_app.person_names import signature_name
from committee_app.printing.assembly_papers import read_assembly_papers, sign_in_blank_rows_default
from committee_app.printing.document import PaperChoice
from committee_app.printing.signin import print_signin_sheet
from committee_app.printing.signin_rows import (
    BLANK_ROWS_PER_PAGE,
    DEFAULT_BLANK_PAGES,
    DEFAULT_BLANK_ROWS_AT_MOST,
    FEW_BLANK_ROWS,
    MOST_BLANK_ROWS,
    default_blank_rows,
)
from committee_app.services import assemblies, members, profile
from committee_app.vocabulary import MemberStatus
from tests.printing.conftest import (
    HALL_ENTITLED,
    HALL_MEMBERS,
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
from tests.printing.positions import page_lines

HEADER = "No. Full name Workplace, shop or unit Signature"
COUNT_LINE = "Registered in total: ________________ people."
SECRETARY = "Secretary of the assembly"

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

    for label in ("SIGN-IN SHEET", "Committee meeting No. 1", HEADER, COUNT_LINE):
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
        assert HEADER in page
        assert "Комитет Қарағанды" in page
    assert_page_footers(contents)
    assert_fonts_embedded(contents)


def test_letter_paper_fits_the_same_rows(printed_store, tmp_path):
    contents = read_pdf(print_signin_sheet(printed_store, 1, tmp_path / "signin.pdf", PaperChoice("ru", "letter")))

    assert normalised(KAZAKH_WORKPLACE) in contents.text
    assert_fonts_embedded(contents)


# --- a general assembly: the workers not in the list sign in on numbered blank rows ---------


def row_numbers(page_body: str, header: str = HEADER) -> list[int]:
    """The row numbers on a page, in order: the words below the table's header that are whole
    numbers (no name or workplace here is one)."""
    _, _, rows = page_body.partition(header)
    return [int(word) for word in rows.split() if word.isdigit()]


def assert_header_once_at_the_top_of_each_page(contents) -> None:
    for number, body in enumerate(contents.page_bodies, start=1):
        assert body.count(HEADER) == 1, number
        if number > 1:
            assert body.startswith(HEADER), number


def test_the_blank_rows_asked_for_follow_the_members_numbered_on(general_assembly, store, tmp_path):
    listed = read_assembly_papers(store, general_assembly.number, with_sign_in_lines=True).sign_in_lines

    contents = read_pdf(
        print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("en"), blank_rows=60)
    )

    assert [line.full_name for line in listed] == sorted(general_assembly.members, key=contents.body.index)
    assert len(contents.pages) >= 3
    numbers = [number for body in contents.page_bodies for number in row_numbers(body)]
    assert numbers == list(range(1, 12 + 60 + 1))
    assert_header_once_at_the_top_of_each_page(contents)
    assert contents.page_bodies[-1].endswith(f"{12 + 60} {COUNT_LINE} {SECRETARY} {signature_name(HALL_MEMBERS[1])}")
    assert_page_footers(contents)


def test_a_1200_worker_assembly_offers_a_row_for_each_up_to_twenty_pages(general_assembly, store, tmp_path):
    wanted = HALL_ENTITLED - 12
    assert sign_in_blank_rows_default(store, general_assembly.number) == DEFAULT_BLANK_ROWS_AT_MOST < wanted

    contents = read_pdf(print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("ru")))

    ru_header = "№ Фамилия, имя, отчество Место работы, цех, участок Подпись"
    numbers = [number for body in contents.page_bodies for number in row_numbers(body, ru_header)]
    assert numbers == list(range(1, 12 + DEFAULT_BLANK_ROWS_AT_MOST + 1))
    # The members' page, then the blank rows on the pages the limit allows.
    assert len(contents.pages) == 1 + DEFAULT_BLANK_PAGES
    assert all(len(row_numbers(body, ru_header)) == BLANK_ROWS_PER_PAGE for body in contents.page_bodies[1:-1])
    for number, body in enumerate(contents.page_bodies, start=1):
        assert body.count(ru_header) == 1, number
    assert "Всего зарегистрировано: ________________ чел." in contents.page_bodies[-1]


def test_as_many_blank_rows_as_workers_when_fewer_than_the_limit(general_assembly, store, tmp_path):
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, general_assembly.number).id, entitled=40)
    assert sign_in_blank_rows_default(store, general_assembly.number) == 28

    contents = read_pdf(print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("kk")))

    kk_header = "№ Аты-жөні Жұмыс орны, цех, учаске Қолы"
    assert [number for body in contents.page_bodies for number in row_numbers(body, kk_header)] == list(range(1, 41))


@pytest.mark.parametrize(
    ("entitled", "listed", "offered"),
    [
        (None, 35, FEW_BLANK_ROWS),  # the committee's own members: a few rows for those not yet listed
        (30, 35, FEW_BLANK_ROWS),  # fewer entitled than listed: a few rows all the same
        (35, 35, FEW_BLANK_ROWS),
        (36, 35, 1),
        (HALL_ENTITLED, 12, DEFAULT_BLANK_ROWS_AT_MOST),
        (DEFAULT_BLANK_ROWS_AT_MOST + 12, 12, DEFAULT_BLANK_ROWS_AT_MOST),
        (100_000, 0, DEFAULT_BLANK_ROWS_AT_MOST),
    ],
)
def test_the_blank_rows_offered(entitled, listed, offered):
    assert default_blank_rows(entitled, listed) == offered


def test_no_blank_rows_when_none_are_asked_for(general_assembly, store, tmp_path):
    contents = read_pdf(
        print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("en"), blank_rows=0)
    )

    assert len(contents.pages) == 1
    assert row_numbers(contents.body) == list(range(1, 13))
    assert f"Please sign against your name. {HEADER}" in contents.body
    assert "empty row" not in contents.body
    assert contents.body.endswith(f"{COUNT_LINE} {SECRETARY} {signature_name(HALL_MEMBERS[1])}")


def test_the_count_line_never_stands_on_a_page_of_its_own(general_assembly, store, tmp_path):
    # One page's worth of different lengths: one of them fills the first page to its last row.
    for blank_rows in range(BLANK_ROWS_PER_PAGE + 1):
        contents = read_pdf(
            print_signin_sheet(
                store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("en"), blank_rows=blank_rows
            )
        )
        last_page = contents.page_bodies[-1]
        assert COUNT_LINE in last_page, blank_rows
        assert row_numbers(last_page)[-1:] == [12 + blank_rows], blank_rows
        assert_header_once_at_the_top_of_each_page(contents)


def test_rows_are_never_cut_by_the_end_of_a_page(store, tmp_path):
    profile.save_profile(store, name="Комитет")
    workplaces = {
        f"Жұмысшы {chr(0x410 + index)}": f"Цех {index} " + " ".join(["бөлімше"] * (2 + 3 * (index % 9)))
        for index in range(30)
    }
    members.add_members_in_bulk(store, [{"full_name": name, "workplace": place} for name, place in workplaces.items()])
    assembly = assemblies.create_assembly(store)

    contents = read_pdf(print_signin_sheet(store, assembly.number, tmp_path / "signin.pdf", PaperChoice("en"), blank_rows=0))

    assert len(contents.pages) >= 2
    for name, place in workplaces.items():
        # The name and the whole of its workplace on one page.
        assert sum(f"{name} {place}" in body for body in contents.page_bodies) == 1, name


@pytest.mark.parametrize("blank_rows", [-1, MOST_BLANK_ROWS + 1, 10**9, 2.5, "10", True])
def test_a_number_of_blank_rows_out_of_reason_is_refused(general_assembly, store, tmp_path, blank_rows):
    path = tmp_path / "signin.pdf"

    with pytest.raises(ValidationError) as refused:
        print_signin_sheet(store, general_assembly.number, path, PaperChoice("en"), blank_rows=blank_rows)

    assert f"from 0 to {MOST_BLANK_ROWS} blank rows" in str(refused.value)
    assert not path.exists()


CLOSINGS = {
    "en": (COUNT_LINE, SECRETARY),
    "ru": ("Всего зарегистрировано: ________________ чел.", "Секретарь собрания"),
    "kk": ("Барлығы тіркелді: ________________ адам.", "Жиналыс хатшысы"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_last_row_is_followed_on_its_page_by_the_count_and_the_secretarys_signature(
    general_assembly, store, tmp_path, language
):
    count_line, office = CLOSINGS[language]

    data = print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice(language), blank_rows=60)

    last_page = page_lines(data)[-1]
    (last_row,) = [line for line in last_page if line.text == str(12 + 60)]
    (count,) = [line for line in last_page if line.text == count_line]
    (signs,) = [line for line in last_page if line.text == office]
    (name,) = [line for line in last_page if line.text == signature_name(HALL_MEMBERS[1])]
    assert last_row.y > count.y > signs.y
    # The secretary's name on the office's line, with room between them to sign.
    assert abs(name.y - signs.y) < 1
    assert name.x - signs.box[2] > 35 * mm
    assert not any(line.y < signs.y for line in last_page)


def test_without_a_secretary_the_name_is_a_line_to_fill_in(general_assembly, store, tmp_path):
    assemblies.update_assembly(store, assemblies.get_assembly_by_number(store, general_assembly.number).id, secretary_id=None)

    contents = read_pdf(
        print_signin_sheet(store, general_assembly.number, tmp_path / "signin.pdf", PaperChoice("ru"), blank_rows=0)
    )

    count_line, office = CLOSINGS["ru"]
    assert contents.body.endswith(f"НГДУ-3 {count_line} {office} {'_' * 24}")
