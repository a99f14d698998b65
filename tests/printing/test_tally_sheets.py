"""Tally sheets for counting hands: one numbered page for each counter, read back page by page
in Kazakh, Russian and English, and from the command line."""

from datetime import datetime

import pytest

from committee_app import cli
from committee_app.errors import UserError
from committee_app.printing.tally_counts import MOST_SHEETS
from committee_app.printing.document import PaperChoice
from committee_app.printing.tally_sheets import print_tally_sheets
from committee_app.services import assemblies, profile
from tests.printing.conftest import KAZAKH_LETTERS, LANGUAGES, MARKUP_TEXT, assert_fonts_embedded, assert_page_footers, normalised, read_pdf

ITEM = f"Жалақыны 100% көтеру талабы ({KAZAKH_LETTERS})"
WORDS = {
    "en": ("TALLY SHEET No. {sheet} of {sheets}", ("FOR", "AGAINST", "ABSTAINED"), "Counted by", "General assembly No. 1 of 04.01.2022"),
    "ru": ("СЧЁТНЫЙ ЛИСТ № {sheet} из {sheets}", ("ЗА", "ПРОТИВ", "ВОЗДЕРЖАЛИСЬ"), "Подсчитал(а)", "Общее собрание № 1 от 04.01.2022"),
    "kk": ("№ {sheet} САНАУ ПАРАҒЫ ({sheets} парақтың)", ("ЖАҚТАП", "ҚАРСЫ", "ҚАЛЫС ҚАЛҒАНДАР"), "Санаған", "Жалпы жиналыс № 1, 04.01.2022"),
}  # fmt: skip


@pytest.fixture
def hall(store):
    profile.save_profile(store, name="Өзенмұнайгаз ереуіл комитеті", kind="workplace")
    assembly = assemblies.create_assembly(store, starts_at=datetime(2022, 1, 4, 10, 0), place=MARKUP_TEXT, entitled=1200)
    assemblies.add_agenda_item(store, assembly.id, title="Ашылуы")
    assemblies.add_agenda_item(store, assembly.id, title=ITEM)
    return store


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_counter_gets_a_numbered_sheet_with_the_item_and_three_boxes(hall, tmp_path, language):
    heading, boxes, counted_by, assembly = WORDS[language]

    contents = read_pdf(print_tally_sheets(hall, 1, 2, tmp_path / "tally.pdf", PaperChoice(language), sheets=4))

    assert len(contents.pages) == 4
    for sheet, page in enumerate(contents.page_bodies, start=1):
        assert heading.format(sheet=sheet, sheets=4) in page
        assert normalised(f"2. {ITEM}") in page and assembly in page and normalised(MARKUP_TEXT) in page
        assert all(box in page for box in boxes) and counted_by in page
        assert "Ашылуы" not in page
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


def test_an_item_not_on_the_agenda_or_an_absurd_number_of_sheets_is_refused(hall, tmp_path):
    with pytest.raises(UserError, match="has no agenda item 3"):
        print_tally_sheets(hall, 1, 3, tmp_path / "tally.pdf", PaperChoice("en"), sheets=2)
    with pytest.raises(UserError, match="from 1 to 200, not 201"):
        print_tally_sheets(hall, 1, 2, tmp_path / "tally.pdf", PaperChoice("en"), sheets=201)
    assert not (tmp_path / "tally.pdf").exists()


def test_the_command_line_prints_them_and_refuses_a_count_in_words(hall, tmp_path, capsys, monkeypatch):
    path = hall.path
    hall.close()
    secret = tmp_path / "secret.txt"
    from tests.conftest import PASSPHRASE

    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "tally.pdf"
    code = cli.main(["--store", str(path), "--passphrase-file", str(secret), "print", "tally", "--assembly", "1", "--item", "2", "--sheets", "3", "-o", str(target), "--lang", "ru"])
    assert code == 0, capsys.readouterr().err
    assert len(read_pdf(target.read_bytes()).pages) == 3
    with pytest.raises(SystemExit):
        cli.main(["--store", str(path), "print", "tally", "--assembly", "1", "--item", "2", "--sheets", "ten", "-o", str(target)])
    assert "the number of sheets is a whole number from 1 to 200, not ten" in capsys.readouterr().err


def test_the_command_line_refuses_more_sheets_than_the_printing_module_prints(hall, capsys):
    path = hall.path
    hall.close()
    with pytest.raises(SystemExit):
        cli.main(["--store", str(path), "print", "tally", "--assembly", "1", "--item", "2", "--sheets", str(MOST_SHEETS + 1), "-o", "x.pdf"])
    assert f"from 1 to {MOST_SHEETS}, not {MOST_SHEETS + 1}" in capsys.readouterr().err


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_an_item_each_sheet_has_a_line_to_write_it_in(hall, tmp_path, language):
    heading, boxes, _counted_by, assembly = WORDS[language]

    contents = read_pdf(print_tally_sheets(hall, 1, None, tmp_path / "tally.pdf", PaperChoice(language), sheets=2))

    assert len(contents.pages) == 2
    for sheet, page in enumerate(contents.page_bodies, start=1):
        assert heading.format(sheet=sheet, sheets=2) in page and assembly in page
        assert all(box in page for box in boxes)
        assert "Ашылуы" not in page and normalised(ITEM) not in page


def test_the_command_line_prints_them_by_sectors_without_an_item(hall, tmp_path, capsys):
    path = hall.path
    hall.close()
    secret = tmp_path / "secret.txt"
    from tests.conftest import PASSPHRASE

    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "tally.pdf"
    code = cli.main(["--store", str(path), "--passphrase-file", str(secret), "print", "tally", "--assembly", "1", "--sectors", "5", "-o", str(target), "--lang", "kk"])
    assert code == 0, capsys.readouterr().err
    contents = read_pdf(target.read_bytes())
    assert len(contents.pages) == 5
    assert "№ 5 САНАУ ПАРАҒЫ (5 парақтың)" in contents.page_bodies[4]
