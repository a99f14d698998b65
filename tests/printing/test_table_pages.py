"""Long tables over pages, read back line by line with their positions: the agenda, the sign-in
sheet, the minutes' action items and the member list. On every page the header stands once,
above the rows, at the top of the page once the table has begun; a row stays whole on one
page, unless it alone is taller than a page, and then its number is printed on each part."""

import io
from collections import defaultdict
from datetime import date, datetime

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle

from committee_app.printing.agenda import print_agenda
from committee_app.printing.document import MARGIN, SANS, PaperChoice, make_styles
from committee_app.printing.minutes import print_minutes
from committee_app.printing.roster import print_roster
from committee_app.printing.signin import print_signin_sheet
from committee_app.printing.signin_rows import FEW_BLANK_ROWS
from committee_app.printing.tables import WholeRowTable
from committee_app.services import actions, assemblies, members, profile
from tests.printing.conftest import normalised, read_pdf
from tests.printing.positions import header_rows, page_lines, row_numbers

AGENDA_HEADER = ("No.", "Item", "Presenter", "Min.", "Starts")
SIGN_IN_HEADER = ("No.", "Full name", "Signature")
ACTIONS_HEADER = ("No.", "Task", "Assignee", "Due on")
ROSTER_HEADER = ("No.", "Name", "Phone", "Workplace")

# What an agenda's items say about themselves: a line or two to a paragraph.
DETAILS = (
    "Доклад о выполнении коллективного договора за третий квартал.",
    "Расчёт премий бригадам капитального ремонта скважин и ответ бухгалтерии.",
    "Предложения цехов по графику вахт, оплате переработок и ночных смен.",
    "Ответ работодателя на письмо комитета от 12 ноября и позиция акимата.",
    "Охрана труда: спецодежда, питьевая вода на промыслах, медицинские осмотры.",
    "Как сообщать работникам о ходе переговоров: собрания в цехах, листовки.",
    "Выборы уполномоченных по охране труда в НГДУ-1 и НГДУ-2.",
)
TOPICS = ("о заработной плате", "о вахтовом графике", "о переговорах", "об охране труда", "о забастовочном фонде")


def agenda_details(position: int) -> str:
    return " ".join(DETAILS[(position + step) % len(DETAILS)] for step in range(1 + position % 7))


def assert_rows_whole_under_one_header(
    data: bytes, header: tuple[str, ...], row_texts: dict[int, str], *, wrapped: tuple[str, ...] = (), taller=()
):
    """Every page: at most one header (found by its labels that stand on one line, ``header``;
    ``wrapped`` are those that may take two), standing above all its rows, and at the page's top
    once the table has begun; each row on one page whole (its text there), the ``taller`` rows
    excepted, whose number stands on each page they run over."""
    pages, contents = page_lines(data), read_pdf(data)
    first = next(lines for lines in pages if header_rows(lines, header))
    baseline = header_rows(first, header)[0]
    number_column_ends = min(line.x for line in first if line.text == header[1] and line.y == baseline)
    pages_of = defaultdict(list)
    table_begun = False
    for page, lines in enumerate(pages, start=1):
        headers = header_rows(lines, header)
        numbers = row_numbers(lines, number_column_ends)
        assert len(headers) <= 1, f"page {page}: the header {len(headers)} times"
        if numbers:
            assert headers, f"page {page}: rows without a header"
            assert all(line.y < headers[0] for _, line in numbers), f"page {page}: a row above the header"
            if table_begun:
                above = [line.text for line in lines if line.y > headers[0] + 0.5]
                assert all(any(text in label for label in wrapped) for text in above), f"page {page}: {above} above the header"
            table_begun = True
        for number, _ in numbers:
            pages_of[number].append(page)
    assert sorted(pages_of) == sorted(row_texts)
    for number, found_on in pages_of.items():
        if number in taller:
            assert len(found_on) >= 2 and found_on == list(range(found_on[0], found_on[-1] + 1)), (number, found_on)
        else:
            assert len(found_on) == 1, (number, found_on)
            assert normalised(row_texts[number]) in contents.page_bodies[found_on[0] - 1], number
    return pages_of


def test_a_60_item_agenda_keeps_each_item_whole_under_one_header_a_page(store, tmp_path):
    profile.save_profile(store, name="Стачечный комитет АО «Озенмунайгаз»")
    presenters = [members.add_member(store, full_name=name).id for name in ("Жұмабаев Қайрат", "Петренко Светлана")]
    assembly = assemblies.create_assembly(store, title="Общее собрание", starts_at=datetime(2026, 12, 5, 9, 0))
    texts = {}
    for position in range(1, 61):
        title = f"Вопрос {position} {TOPICS[position % len(TOPICS)]}"
        details = agenda_details(position)
        assemblies.add_agenda_item(
            store, assembly.id, title=title, details=details, presenter_id=presenters[position % 2], planned_minutes=10
        )
        texts[position] = f"{position}. {title} {details}"

    data = print_agenda(store, assembly.number, tmp_path / "agenda.pdf", PaperChoice("en"))

    pages_of = assert_rows_whole_under_one_header(data, AGENDA_HEADER, texts)
    assert max(pages_of[60]) > 5


def test_an_agenda_item_longer_than_a_page_runs_on_with_its_number_repeated(store, tmp_path):
    assembly = assemblies.create_assembly(store, title="Report")
    presenter = members.add_member(store, full_name="Жұмабаев Қайрат").id
    report = " ".join(f"Пункт {index} отчёта о переговорах по заработной плате и графику вахт." for index in range(1, 161))
    texts = {}
    for position in range(1, 6):
        details = report if position == 3 else agenda_details(position)
        assemblies.add_agenda_item(
            store, assembly.id, title=f"Вопрос {position}", details=details, presenter_id=presenter, planned_minutes=15
        )
        texts[position] = f"{position}. Вопрос {position} {details}"

    data = print_agenda(store, assembly.number, tmp_path / "agenda.pdf", PaperChoice("en"))

    pages_of = assert_rows_whole_under_one_header(data, AGENDA_HEADER, texts, taller={3})
    # The report starts in the room left under item 2 and reads on whole, in order, each page
    # of it under the header; item 4 follows it on its last page.
    assert pages_of[3][0] == pages_of[2][0] and pages_of[4] == [pages_of[3][-1]]
    body = read_pdf(data).body
    assert normalised(f"3. Вопрос 3 {report[:200]}") in body
    reports_words = [f"Пункт {index} отчёта" for index in range(1, 161)]
    assert [body.index(words) for words in reports_words] == sorted(body.index(words) for words in reports_words)
    assert body.count("Жұмабаев Қайрат") == 5


def test_a_500_member_sign_in_sheet_keeps_each_row_whole_under_one_header_a_page(store, tmp_path):
    profile.save_profile(store, name="Комитет Қарағанды")
    names = [f"Жұмысшы {index:03d} Қасымұлы" for index in range(1, 501)]
    members.add_members_in_bulk(store, [{"full_name": name, "workplace": "Шахта «Ленин», участок 4"} for name in names])
    assembly = assemblies.create_assembly(store, place="Қарағанды")

    data = print_signin_sheet(store, assembly.number, tmp_path / "signin.pdf", PaperChoice("en"))

    texts = {number: f"{number} {name}" for number, name in enumerate(names, start=1)}
    texts |= {number: str(number) for number in range(501, 501 + FEW_BLANK_ROWS)}
    assert_rows_whole_under_one_header(data, SIGN_IN_HEADER, texts, wrapped=("Workplace, shop or unit",))


def test_40_action_items_in_the_minutes_keep_each_task_whole_under_one_header_a_page(store, tmp_path):
    assignees = [members.add_member(store, full_name=f"Исполнитель {index} Қасымұлы").id for index in range(1, 6)]
    assembly = assemblies.create_assembly(store, title="Собрание", starts_at=datetime(2026, 12, 5, 18, 0))
    item = assemblies.add_agenda_item(store, assembly.id, title="О плане действий", decided="Утвердить план.")
    texts = {}
    for number in range(1, 41):
        task = f"Задача {number}: " + " ".join(DETAILS[(number + step) % len(DETAILS)] for step in range(1 + number % 4))
        actions.add_action_item(
            store, text=task, assignee_id=assignees[number % 5], due_on=date(2026, 12, 20), agenda_item_id=item.id
        )
        texts[number] = f"{number}. {task}"

    data = print_minutes(store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("en"))

    pages_of = assert_rows_whole_under_one_header(data, ACTIONS_HEADER, texts)
    assert len(set(pages_of[1] + pages_of[40])) == 2


def test_a_500_member_roster_keeps_each_row_whole_under_one_header_a_page(store, tmp_path):
    names = [f"Жұмабаев Қайрат {index:03d}" for index in range(1, 501)]
    workplaces = (
        "АО «Озенмунайгаз», НГДУ-1",
        "ТОО «Бургылау», управление буровых работ и капитального ремонта скважин",
        "ТОО «КазГПЗ», газоперерабатывающий завод, цех подготовки и перекачки нефти, участок ремонта насосов и трубопроводов",
    )
    members.add_members_in_bulk(
        store,
        [
            {"full_name": name, "phone": "+7 702 418 09 56", "workplace": workplaces[index % 3]}
            for index, name in enumerate(names)
        ],
    )

    data = print_roster(store, tmp_path / "roster.pdf", PaperChoice("en"))

    texts = {number: f"{number} {name}" for number, name in enumerate(names, start=1)}
    assert_rows_whole_under_one_header(data, ROSTER_HEADER, texts)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_agenda_header_is_whole_in_russian_and_kazakh(store, tmp_path, language):
    """The same promise in the other languages, with their own header words."""
    assembly = assemblies.create_assembly(store, title="Общее собрание")
    texts = {}
    for position in range(1, 41):
        details = agenda_details(position)
        assemblies.add_agenda_item(store, assembly.id, title=f"Вопрос {position}", details=details, planned_minutes=5)
        texts[position] = f"{position}. Вопрос {position} {details}"

    data = print_agenda(store, assembly.number, tmp_path / "agenda.pdf", PaperChoice(language))

    header = {"ru": ("№", "Вопрос", "Докладчик"), "kk": ("№", "Мәселе", "Баяндамашы")}[language]
    assert_rows_whole_under_one_header(data, header, texts)



def test_a_number_set_as_a_paragraph_is_repeated_too_and_no_cell_is_lost():
    """The mechanism on its own: numbers and short cells as paragraphs (as the member list sets
    them), one row four pages tall between short ones, laid out on A4."""
    styles = make_styles()
    story_rows = [[Paragraph("No.", styles.cell_bold), Paragraph("Text", styles.cell_bold), Paragraph("Who", styles.cell_bold)]]
    long_text = " ".join(f"Sentence {index} of a very long row." for index in range(1, 701))
    for number in range(1, 31):
        body = long_text if number == 12 else f"Row {number} of the table."
        story_rows.append([Paragraph(str(number), styles.cell), Paragraph(body, styles.cell), Paragraph(f"Person {number}", styles.cell)])
    table = WholeRowTable(story_rows, colWidths=[40, 300, 120], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, topMargin=MARGIN, bottomMargin=MARGIN).build([table])

    texts = {number: f"{number} Row {number} of the table. Person {number}" for number in range(1, 31) if number != 12}
    texts[12] = "12"
    pages_of = assert_rows_whole_under_one_header(buffer.getvalue(), ("No.", "Text", "Who"), texts, taller={12})
    assert len(pages_of[12]) >= 4
    body = read_pdf(buffer.getvalue()).body
    assert "Sentence 1 of a very long row." in body and "Sentence 700 of a very long row." in body
    assert body.count("Person 12") == 1


def test_a_task_that_fits_on_a_page_is_never_cut_before_the_signatures(store, tmp_path):
    """Whatever the length of the text before it, the last item's long task stands whole on
    one page: the signatures take the end of the task table with them, but cut no row."""
    who = members.add_member(store, full_name="Исполнитель Қасымұлы").id
    assembly = assemblies.create_assembly(store, title="Собрание", starts_at=datetime(2026, 12, 5, 18, 0))
    item = assemblies.add_agenda_item(store, assembly.id, title="О плане", decided="Утвердить план.")
    long_task = "Задача 2: " + "длинный текст задачи о графике вахт и оплате переработок. " * 9
    for task in ("Задача 1: коротко.", long_task, "Задача 3: коротко."):
        actions.add_action_item(store, text=task, assignee_id=who, due_on=date(2026, 12, 20), agenda_item_id=item.id)
    for opening_lines in range(60):
        notes = "\n".join(f"Строка {line}." for line in range(opening_lines))
        assemblies.update_assembly(store, assembly.id, opening_notes=notes)
        data = print_minutes(store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))
        pages = [" ".join(line.text for line in lines) for lines in page_lines(data)]
        holding = [page for page, text in enumerate(pages) if "Задача 2" in text or "переработок." in text]
        assert len(holding) == 1, f"{opening_lines} lines before: task 2 on pages {holding}"
