"""What every printed document shares: the running header with its mark, and what the file
says about itself (its title and language, and no time finer than the day)."""

import io
import re

import pytest
from pypdf import PdfReader

from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import print_minutes
from committee_app.printing.roster import print_roster
from committee_app.services import profile

from tests.printing.conftest import LANGUAGES, read_pdf
from tests.printing.positions import page_lines

LONG_COMMITTEE = (
    "Объединённый забастовочный комитет работников нефтедобывающих, сервисных и транспортных предприятий "
    "Мангистауской области, г. Жаңаөзен"
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_committee_name_leaves_the_confidential_mark_whole_inside_the_page(printed_store, tmp_path, language):
    profile.save_profile(printed_store, name=LONG_COMMITTEE)
    data = print_roster(printed_store, tmp_path / "roster.pdf", PaperChoice(language))
    mark = {"en": "CONFIDENTIAL", "ru": "КОНФИДЕНЦИАЛЬНО", "kk": "ҚҰПИЯ"}[language]
    reader = PdfReader(io.BytesIO(data))
    for page, boxes in zip(reader.pages, page_lines(data, inside_margins=False)):
        width = float(page.mediabox.width)
        header = [box for box in boxes if box.baseline > float(page.mediabox.height) - 20 * 72 / 25.4]
        assert [box.text for box in header if box.text == mark] == [mark]
        for box in header:
            assert 0 < box.left and box.right < width, (box.text, box.right, width)
        # The committee's name is in the header too, beside the mark and never under it.
        marked = next(box for box in header if box.text == mark)
        for box in header:
            if box is not marked and abs(box.baseline - marked.baseline) < 1:
                assert box.right < marked.left
        assert any("Мангистауской" in box.text for box in header)


def test_a_short_header_stays_on_one_line_beside_its_mark(printed_store, tmp_path):
    data = print_roster(printed_store, tmp_path / "roster.pdf", PaperChoice("en"))
    contents = read_pdf(data)
    committee = profile.get_profile(printed_store).name
    assert all(f"{committee} CONFIDENTIAL" in page for page in contents.pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_carries_its_language_title_and_only_the_day_it_was_made(printed_store, tmp_path, language):
    data = print_minutes(printed_store, 1, tmp_path / "minutes.pdf", PaperChoice(language))
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == language
    assert reader.metadata.title
    for key in ("/CreationDate", "/ModDate"):
        assert re.fullmatch(r"D:\d{8}", reader.metadata[key]), reader.metadata[key]


def test_the_footer_gives_the_day_printed_and_the_time_only_when_asked(printed_store, tmp_path):
    by_day = read_pdf(print_minutes(printed_store, 1, tmp_path / "a.pdf", PaperChoice("en")))
    with_time = read_pdf(print_minutes(printed_store, 1, tmp_path / "b.pdf", PaperChoice("en", print_time=True)))
    assert re.search(r"printed \d\d\.\d\d\.\d{4}$", by_day.pages[0])
    assert not re.search(r"\d\d:\d\d$", by_day.pages[0])
    assert re.search(r"printed \d\d\.\d\d\.\d{4} \d\d:\d\d$", with_time.pages[0])


REDACTED_MARKS = {"en": "REDACTED COPY", "ru": "ОБЕЗЛИЧЕННАЯ КОПИЯ", "kk": "ИЕСІЗДЕНДІРІЛГЕН КӨШІРМЕ"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_redacted_copy_says_so_on_every_page_beside_its_other_mark(printed_store, tmp_path, language):
    redacted = REDACTED_MARKS[language]
    draft = {"en": "DRAFT", "ru": "ПРОЕКТ", "kk": "ЖОБА"}[language]
    data = print_minutes(printed_store, 4, tmp_path / "minutes.pdf", PaperChoice(language, redacted=True))
    for lines in page_lines(data, inside_margins=False):
        assert f"{draft} · {redacted}" in [line.text for line in lines]
    full = read_pdf(print_minutes(printed_store, 4, tmp_path / "full.pdf", PaperChoice(language)))
    assert redacted not in full.text
