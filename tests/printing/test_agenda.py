"""The agenda (notice of the assembly): its content in every language, fonts, layout, errors."""

import pytest
from pypdf import PdfReader

from committee_app.errors import DiskError, NotFound, UserError
from committee_app.printing.agenda import print_agenda
from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.services import assemblies
from tests.printing.conftest import (
    KAZAKH_LETTERS,
    KAZAKH_NAME,
    LANGUAGES,
    MARKUP_NAME,
    assert_fonts_embedded,
    assert_page_footers,
    normalised,
    read_pdf,
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_agenda_shows_every_item_with_presenter_minutes_and_start(printed_store, tmp_path, language):
    path = tmp_path / "agenda.pdf"
    data = print_agenda(printed_store, 1, path, PaperChoice(language, "a4"))

    assert path.read_bytes() == data
    contents = read_pdf(data)
    papers = read_assembly_papers(printed_store, 1)
    for expected in (papers.committee, papers.title, papers.place, papers.chair, "10:00", "2026"):
        assert normalised(expected) in contents.text
    for item in papers.items:
        assert normalised(f"{item.position}. {item.title}") in contents.text
        assert normalised(item.presenter) in contents.text
        assert f"{item.planned_minutes} {item.starts_at:%H:%M}" in contents.text
    assert_fonts_embedded(contents)


def test_start_times_add_up_the_planned_minutes(printed_store, tmp_path):
    contents = read_pdf(print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("en")))

    # The demo's first meeting: 10:00, then items of 20, 40, 30, 20 and 30 minutes.
    starts = ["10:00", "10:20", "11:00", "11:30", "11:50"]
    positions = [contents.text.index(f" {start}") for start in starts]
    assert positions == sorted(positions)


def test_english_labels_title_and_footer(printed_store, tmp_path):
    contents = read_pdf(print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("en")))

    for label in ("NOTICE AND AGENDA", "Committee meeting No. 1", "Date", "Time", "Place", "Chair", "Presenter", "Starts"):
        assert label in contents.text
    assert "Sunday, 4 January 2026" in contents.text
    assert contents.title == "Agenda: Committee meeting No. 1"
    assert_page_footers(contents)


@pytest.mark.parametrize("language", LANGUAGES)
def test_kazakh_letters_and_markup_print_literally(printed_store, special_assembly, tmp_path, language):
    contents = read_pdf(print_agenda(printed_store, special_assembly.number, tmp_path / "agenda.pdf", PaperChoice(language)))

    for expected in (
        special_assembly.title,
        special_assembly.place,
        *special_assembly.item_titles,
        special_assembly.guest_presenter,
        MARKUP_NAME,
        KAZAKH_NAME,
        KAZAKH_LETTERS,
        "09:30",
        "09:55",
    ):
        assert normalised(expected) in contents.text
    assert_fonts_embedded(contents)


def test_a_200_item_agenda_runs_over_many_pages_with_every_item(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store, title="Long agenda")
    titles = [f"Question number {index} about the shift rota of brigade {index % 17}" for index in range(1, 201)]
    for title in titles:
        assemblies.add_agenda_item(printed_store, assembly.id, title=title, planned_minutes=5)
    short = read_pdf(print_agenda(printed_store, 1, tmp_path / "short.pdf", PaperChoice("en")))

    contents = read_pdf(print_agenda(printed_store, assembly.number, tmp_path / "long.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 8 > len(short.pages)
    for position, title in enumerate(titles, start=1):
        assert f"{position}. {title}" in contents.text
    # The table's header is repeated on every page it runs over.
    assert all("Presenter" in page and "Starts" in page for page in contents.pages)
    assert_page_footers(contents)


def test_letter_paper(printed_store, tmp_path):
    data = print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("en", "letter"))

    box = PdfReader(tmp_path / "agenda.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)
    assert "Sunday, 4 January 2026" in read_pdf(data).text


def test_a_missing_assembly_is_a_clear_error_naming_its_number(printed_store, tmp_path):
    path = tmp_path / "agenda.pdf"

    with pytest.raises(NotFound, match="4242"):
        print_agenda(printed_store, 4242, path, PaperChoice("en"))
    assert not path.exists()


def test_an_unknown_language_or_paper_is_refused_before_anything_is_read(printed_store, tmp_path):
    with pytest.raises(UserError, match="de"):
        print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("de"))
    with pytest.raises(UserError, match="a3"):
        print_agenda(printed_store, 1, tmp_path / "agenda.pdf", PaperChoice("en", "a3"))


def test_an_unwritable_path_is_a_disk_error(printed_store, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("")

    with pytest.raises(DiskError):
        print_agenda(printed_store, 1, not_a_folder / "agenda.pdf", PaperChoice("en"))


def test_an_assembly_without_date_place_or_items_still_prints(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store)

    contents = read_pdf(print_agenda(printed_store, assembly.number, tmp_path / "agenda.pdf", PaperChoice("en")))

    assert "No items on the agenda yet." in contents.text
    assert_page_footers(contents)


@pytest.mark.parametrize(
    ("language", "labels"), [("en", ("Date", "Time", "Place", "Chair")), ("ru", ("Дата", "Время", "Место", "Председатель"))]
)
def test_a_fact_not_yet_decided_is_a_line_to_fill_in_by_hand(printed_store, tmp_path, language, labels):
    assembly = assemblies.create_assembly(printed_store, title="Собрание в цехе")
    assemblies.add_agenda_item(printed_store, assembly.id, title="О графике вахт", planned_minutes=20)

    contents = read_pdf(print_agenda(printed_store, assembly.number, tmp_path / "agenda.pdf", PaperChoice(language)))

    blank = "_" * 24
    assert " ".join(f"{label} {blank}" for label in labels) in contents.body
    assert "—" not in contents.body


def test_an_item_whose_details_run_longer_than_a_page_still_prints(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store, title="Long details")
    details = " ".join(f"Sentence {index} of the report on wages and the shift rota." for index in range(1, 1501))
    assemblies.add_agenda_item(printed_store, assembly.id, title="Report", details=details, planned_minutes=30)

    contents = read_pdf(print_agenda(printed_store, assembly.number, tmp_path / "long.pdf", PaperChoice("en")))

    assert len(contents.pages) > 3
    assert "Sentence 1500 of the report" in contents.body
