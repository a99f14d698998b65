"""Member import from CSV files as Excel and LibreOffice write them on Russian and Kazakh Windows."""

import csv
import io
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from committee_app.exchange.member_import import (
    ImportOptions,
    ImportProblem,
    NoUsableColumn,
    OnDuplicate,
    RowStatus,
    commit_import,
    read_import_preview,
)
from committee_app.exchange.tables import LINE_LIMIT, open_table
from committee_app.services.members import add_member, add_members_in_bulk, search_member_ids, search_members
from tests.core.member_import_files import members_as_rows, names_and_phones

pytestmark = pytest.mark.usefixtures("unsynced_writes")

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def russian_excel_csv(rows: list[list[str]]) -> bytes:
    """What "CSV (разделители — точки с запятой)" in a Russian-language Excel writes."""
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode("cp1251")


def imported(store, path, **options):
    preview = read_import_preview(store, path, ImportOptions(**options))
    return preview, commit_import(store, preview)


def test_a_russian_excel_csv_in_windows_1251_with_semicolons_and_quoted_cells(store, tmp_path):
    path = tmp_path / "члены профкома.csv"
    path.write_bytes(
        russian_excel_csv(
            [
                ["Список членов профсоюзного комитета", "", "", "", ""],
                ["№ п/п", "Фамилия", "Имя", "Отчество", "Телефон", "Место работы", "Цех", "Должность"],
                ["1", "Иванов", "Сергей", "Петрович", "8 701 123 45 67", "ТОО «Озенмунайгаз»", "Цех №3; смена \"А\"", "Оператор"],
                ["2", "О'Нил", "Анна-Мария", "", "+7 (702) 555-33-44", "ПУ \"Жанаозен\"", "Гараж", "Водитель\r\nкатегории C"],
                ["", "", "", "", "", "", "", ""],
                ["3", "Ёлкина", "Ольга", "Ивановна", "", "", "", ""],
            ]
        )
    )
    preview, summary = imported(store, path)

    assert (preview.encoding, preview.delimiter, preview.header_row_number) == ("cp1251", ";", 2)
    assert [row.row_number for row in preview.rows] == [3, 4, 6]
    assert summary.added == 3
    added = sorted(search_members(store), key=lambda member: member.id)
    assert [member.full_name for member in added] == ["Иванов Сергей Петрович", "О'Нил Анна-Мария", "Ёлкина Ольга Ивановна"]
    assert [member.phone for member in added] == ["8 701 123 45 67", "+7 (702) 555-33-44", ""]
    assert added[0].unit == 'Цех №3; смена "А"'
    assert added[1].workplace == 'ПУ "Жанаозен"'
    assert added[1].occupation == "Водитель категории C"


def test_a_utf8_csv_with_bom_keeps_kazakh_names_exactly_as_written(store, tmp_path):
    names = ["Әбілқасымова Гүлнұр Серікқызы", "Ұлықбек  Ңұрғали-Һожа", "Өтебай Үміт Іскендірұлы", "  Қайрат Ғабит  "]
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["Аты-жөні", "Телефон", "Жұмыс орны", "Лауазымы"])
    for number, name in enumerate(names):
        writer.writerow([name, f"+7 701 000 00 0{number}", "Жаңаөзен", "Мұнайшы"])
    path = tmp_path / "мүшелер.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))

    preview, summary = imported(store, path)

    assert (preview.encoding, preview.delimiter) == ("utf-8", ",")
    assert preview.headers[0] == "Аты-жөні"
    assert summary.added == 4
    assert [name for name, _ in names_and_phones(store)] == [name.strip() for name in names]
    assert all(letter in "".join(names) for letter in KAZAKH_LETTERS[:9])


def test_a_tab_separated_file_with_english_headers_and_extra_columns(store, tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(
        "Name\tBadge\tPhone\tDepartment\tPosition\tShoe size\t\t\n"
        "John Smith\t17\t87011112233\tShop 4\tWelder\t43\t\t\n"
        "\n"
        "   \n"
        "Aigerim Nurlanova\t18\t\tShop 5\tCrane operator\t37\n",
        encoding="utf-8",
    )
    preview, summary = imported(store, path)

    assert preview.delimiter == "\t"
    assert preview.headers == ["Name", "Badge", "Phone", "Department", "Position", "Shoe size"]
    assert preview.mapping == {0: "full_name", 1: None, 2: "phone", 3: "unit", 4: "occupation", 5: None}
    assert summary.added == 2
    smith = search_members(store, "smith")[0]
    assert (smith.phone, smith.unit, smith.occupation) == ("87011112233", "Shop 4", "Welder")


def test_the_member_lists_own_column_names_in_russian_with_roles_statuses_and_dates(store, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        russian_excel_csv(
            [
                ["Фамилия, имя, отчество", "Телефон", "Место работы", "Цех или отдел", "Профессия", "Роль", "Статус",
                 "Дата вступления", "Заметки"],
                ["Жумабаев Кайрат", "87010000001", "ОМГ", "Цех 1", "Слесарь", "Председатель", "Активный", "15.03.2021", ""],
                ["Петренко Ольга", "87010000002", "ОМГ", "Цех 2", "Оператор", "Секретарь", "Выбыл", "2020-01-31", "в отпуске"],
                ["Сидоров Пётр", "87010000003", "ОМГ", "Цех 2", "Оператор", "Космонавт", "Активный", "31.02.2020", ""],
            ]
        )
    )
    preview = read_import_preview(store, path)

    assert [row.status for row in preview.rows] == [RowStatus.new, RowStatus.new, RowStatus.error]
    assert preview.rows[0].values["role"] == "chair" and preview.rows[0].values["joined_on"] == "2021-03-15"
    assert preview.rows[1].values["status"] == "left"
    assert preview.rows[2].row_number == 4
    assert "Космонавт" in preview.rows[2].reason and "Chair" in preview.rows[2].reason
    summary = commit_import(store, preview)
    assert (summary.added, summary.errors) == (2, 1)
    olga = search_members(store, "Ольга")[0]
    assert (olga.role.value, olga.status.value, olga.notes) == ("secretary", "left", "в отпуске")


def test_empty_role_status_and_date_cells_take_the_defaults_or_keep_the_members_own(store, tmp_path):
    member_id = add_member(store, full_name="Петренко Ольга", phone="87010000002", role="secretary", status="inactive").id
    path = tmp_path / "list.csv"
    path.write_bytes(
        russian_excel_csv(
            [
                ["ФИО", "Телефон", "Роль", "Статус", "Дата вступления"],
                ["Жумабаев Кайрат", "87010000001", "", "", ""],
                ["Петренко Ольга", "87010000002", "", "", "15.03.2021"],
            ]
        )
    )
    preview = read_import_preview(store, path)

    assert [(row.status, row.reason) for row in preview.rows] == [(RowStatus.new, ""), (RowStatus.same, "")]
    assert commit_import(store, preview, on_duplicate=OnDuplicate.update).added == 1
    kairat, olga = (search_members(store, name)[0] for name in ("Кайрат", "Ольга"))
    assert (kairat.role.value, kairat.status.value, kairat.joined_on) == ("member", "active", None)
    assert (olga.id, olga.role.value, olga.status.value, str(olga.joined_on)) == (member_id, "secretary", "inactive", "2021-03-15")


def test_kazakh_column_names_of_the_member_list_are_recognised(store, tmp_path):
    path = tmp_path / "тізім.csv"
    path.write_text(
        "Аты-жөні;Телефон;Жұмыс орны;Цех немесе бөлім;Мамандығы;Рөлі;Күйі;Қосылған күні;Ескертпелер\n"
        "Сейітқали Ерлан;87010000001;ӨМГ;Цех 1;Слесарь;Хатшы;Белсенді емес;2022-05-01;жоқ\n",
        encoding="utf-8",
    )
    preview, _ = imported(store, path)
    assert set(preview.mapping.values()) == {"full_name", "phone", "workplace", "unit", "occupation", "role", "status",
                                             "joined_on", "notes"}
    erlan = search_members(store)[0]
    assert (erlan.role.value, erlan.status.value, erlan.notes) == ("secretary", "inactive", "жоқ")


@pytest.mark.parametrize("header", ["Ф.И.О.", "фио", " ФИО ", "ФАМИЛИЯ ИМЯ ОТЧЕСТВО", "аты жөні", "Full Name", "сотрудник"])
def test_a_name_header_is_recognised_whatever_its_case_spacing_and_dots(store, tmp_path, header):
    path = tmp_path / "list.csv"
    path.write_text(f"{header};Тел.\nИванов Иван;8 701 000 00 00\n", encoding="utf-8")
    preview = read_import_preview(store, path)
    assert preview.mapping == {0: "full_name", 1: "phone"}


def test_a_file_is_imported_once_however_often_it_is_read(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\nИванов Иван;8 701 000 00 01\nПетров Пётр;\n", encoding="utf-8")
    imported(store, path)
    before = members_as_rows(store)

    preview, summary = imported(store, path)

    assert [row.status for row in preview.rows] == [RowStatus.same, RowStatus.same]
    assert (summary.added, summary.skipped) == (0, 2)
    assert members_as_rows(store) == before


def test_rows_the_same_as_members_already_there_by_name_and_phone_or_no_phone(store, tmp_path):
    ivanov = add_member(store, full_name="Иванов Иван", phone="+7 701 000 00 01").id
    petrov = add_member(store, full_name="Петров Пётр").id
    namesake = add_member(store, full_name="Сидоров Сидор", phone="+7 701 000 00 03").id
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Телефон;Цех\n"
        "  иванов   ИВАН ;8 (701) 000-00-01;Цех 5\n"  # same: 8 and +7 are one prefix
        "Петров Петр;87010000002;Цех 6\n"  # same: the member has no phone; ё read as е
        "Сидоров Сидор;87019999999;Цех 7\n"  # a namesake with another phone: new
        "Иванов Иван;;Цех 8\n"  # no phone in the row: the same
        "Сидоров Сидор;87019999999;Цех 9\n",  # repeats row 4 of the file
        encoding="utf-8",
    )
    preview = read_import_preview(store, path)

    assert [(row.status, row.existing_member_id) for row in preview.rows] == [
        (RowStatus.same, ivanov), (RowStatus.same, petrov), (RowStatus.new, None), (RowStatus.same, ivanov),
        (RowStatus.same, None),
    ]
    assert preview.rows[4].reason == "The same as row 4 of this file."
    assert namesake not in [row.existing_member_id for row in preview.rows]


def test_update_takes_the_rows_filled_cells_and_keeps_the_rest_with_search_keys_made_again(store, tmp_path):
    member_id = add_member(store, full_name="Иванов Иван", phone="+7 701 000 00 01", workplace="ОМГ", unit="Цех 1").id
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон;Место работы;Цех\nИванов Иван;8 701 000 00 01;;Бригада КРС-12\n", encoding="utf-8")
    preview = read_import_preview(store, path)

    summary = commit_import(store, preview, on_duplicate=OnDuplicate.update)

    assert (summary.added, summary.updated, summary.skipped) == (0, 1, 0)
    [member] = search_members(store)
    assert (member.id, member.phone, member.workplace, member.unit) == (member_id, "8 701 000 00 01", "ОМГ", "Бригада КРС-12")
    assert [m.id for m in search_members(store, "крс-12")] == [member_id]
    assert search_members(store, "цех 1") == []


def test_skip_leaves_the_member_as_it_was(store, tmp_path):
    add_member(store, full_name="Иванов Иван", phone="+7 701 000 00 01", unit="Цех 1")
    before = members_as_rows(store)
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон;Цех\nИванов Иван;8 701 000 00 01;Цех 2\nНовый Человек;;\n", encoding="utf-8")
    summary = commit_import(store, read_import_preview(store, path), on_duplicate=OnDuplicate.skip)
    assert (summary.added, summary.skipped) == (1, 1)
    assert members_as_rows(store)[0] == before[0]


def test_a_member_added_after_the_preview_is_not_added_twice(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\nИванов Иван;87010000001\n", encoding="utf-8")
    preview = read_import_preview(store, path)
    add_member(store, full_name="Иванов Иван", phone="+77010000001")

    summary = commit_import(store, preview)

    assert (summary.added, summary.skipped) == (0, 1)
    assert len(search_members(store)) == 1


def test_rows_with_errors_are_listed_with_their_row_numbers_and_the_rest_imported(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Телефон;Дата вступления\n"
        "Иванов Иван;87010000001;01.02.2020\n"
        ";87010000002;\n"
        "Петров Пётр;" + "1" * 61 + ";\n"
        "Сидоров Сидор;;вчера\n",
        encoding="utf-8",
    )
    preview = read_import_preview(store, path)

    errors = [(row.row_number, row.reason) for row in preview.rows if row.status == RowStatus.error]
    assert [number for number, _ in errors] == [3, 4, 5]
    assert errors[0][1] == "The row has no name."
    assert "Phone is too long" in errors[1][1]
    assert "вчера" in errors[2][1]
    assert commit_import(store, preview).added == 1


def test_a_phone_excel_shortened_to_scientific_notation_is_an_error_not_made_up_digits(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Телефон\nИванов Иван;8,70112E+10\nКим Вера;7.01E+09\nПетров Пётр;7.7012345678e10\n", encoding="utf-8"
    )
    preview = read_import_preview(store, path)
    assert [(row.row_number, row.status, row.reason) for row in preview.rows[:2]] == [
        (2, RowStatus.error, "Excel shortened this phone number to “8,70112E+10”; format the column as text in Excel and save again."),
        (3, RowStatus.error, "Excel shortened this phone number to “7.01E+09”; format the column as text in Excel and save again."),
    ]
    # All its digits written out: nothing was lost.
    assert (preview.rows[2].status, preview.rows[2].values["phone"]) == (RowStatus.new, "77012345678")
    assert commit_import(store, preview).added == 1


def test_a_utf8_file_with_windows_1251_further_down_is_read_as_windows_1251(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"Name;Phone\n" + b"Ivanov Ivan;87010000001\n" * 10_000 + "Петров Пётр;87010000002\n".encode("cp1251"))
    preview = read_import_preview(store, path)
    assert preview.encoding == "cp1251"
    assert preview.rows[-1].values["full_name"] == "Петров Пётр"


def test_a_one_column_list_with_commas_in_the_names_is_not_split_on_them(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО\r\nИванов, Сергей\r\nПетров, Пётр\r\nСидорова Анна\r\n".encode("cp1251"))
    preview = read_import_preview(store, path)
    assert [row.values["full_name"] for row in preview.rows] == ["Иванов, Сергей", "Петров, Пётр", "Сидорова Анна"]


def test_a_utf8_file_with_one_bad_line_far_down_is_refused_with_that_row(store, tmp_path):
    path = tmp_path / "list.csv"
    rows = "ФИО;Телефон\n" + "".join(f"Иванов Номер{number};8701{number:07d}\n" for number in range(3000))
    path.write_bytes(rows.encode("utf-8") + "Пётр Ёлкин;1\n".encode("cp1251"))
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path)
    assert str(refusal.value) == "Row 3002 of list.csv is not written in the encoding UTF-8. Choose another encoding."
    assert (refusal.value.kind, refusal.value.encoding, refusal.value.delimiter) == ("csv", "utf-8", ";")


def test_the_encoding_and_separator_can_be_chosen(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО,Телефон\nИванов Иван,1\n".encode("cp1251"))
    preview = read_import_preview(store, path, ImportOptions(encoding="cp1251", delimiter=","))
    assert preview.rows[0].values["full_name"] == "Иванов Иван"
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path, ImportOptions(encoding="utf-8", delimiter=","))
    assert str(refusal.value) == "Row 1 of list.csv is not written in the encoding UTF-8. Choose another encoding."


def test_the_columns_can_be_chosen_by_hand_and_a_file_without_headers_read(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Иванов Иван;87010000001;Цех 1\nПетров Пётр;87010000002;Цех 2\n", encoding="utf-8")
    with pytest.raises(NoUsableColumn) as refusal:
        read_import_preview(store, path)
    assert refusal.value.headers == ["Иванов Иван", "87010000001", "Цех 1"]

    preview = read_import_preview(store, path, ImportOptions(mapping={0: "full_name", 1: "phone", 2: None}, header_row=0))

    assert preview.header_row_number == 0
    assert [row.values for row in preview.rows] == [
        {"full_name": "Иванов Иван", "phone": "87010000001"},
        {"full_name": "Петров Пётр", "phone": "87010000002"},
    ]


def test_a_list_without_headers_mapped_by_hand_keeps_its_first_member(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Иванов Сергей;87011234567\nПетров Пётр;87017654321\nСидорова Анна;\n", encoding="utf-8")

    preview = read_import_preview(store, path, ImportOptions(mapping={0: "full_name", 1: "phone"}))

    assert preview.header_row_number == 0
    assert [row.values["full_name"] for row in preview.rows] == ["Иванов Сергей", "Петров Пётр", "Сидорова Анна"]


def test_an_unknown_header_over_columns_mapped_by_hand_is_still_a_header(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("№;Кім;Байланыс\n1;Айгүл Сейітова;87010000001\n2;Марат Әбенов;\n", encoding="utf-8")

    preview = read_import_preview(store, path, ImportOptions(mapping={1: "full_name"}))

    assert preview.header_row_number == 1
    assert [row.values["full_name"] for row in preview.rows] == ["Айгүл Сейітова", "Марат Әбенов"]
    with_header_row = read_import_preview(store, path, ImportOptions(mapping={1: "full_name"}, header_row=0))
    assert [row.values["full_name"] for row in with_header_row.rows] == ["Кім", "Айгүл Сейітова", "Марат Әбенов"]


def test_a_header_repeated_further_down_is_not_a_member(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\nИванов Иван;1\nФИО;Телефон\nПетров Пётр;2\n", encoding="utf-8")
    preview = read_import_preview(store, path)
    assert [row.values["full_name"] for row in preview.rows] == ["Иванов Иван", "Петров Пётр"]


def test_a_formula_neutralised_by_an_export_reads_back_as_it_was(store, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Заметки\n'=Иванов;'+7 сказал\n'Нил;'-\n", encoding="utf-8")
    preview = read_import_preview(store, path)
    assert [(row.values["full_name"], row.values["notes"]) for row in preview.rows] == [("=Иванов", "+7 сказал"), ("'Нил", "-")]


# --- Refusals: each leaves the store as it was ---------------------------------------------


@pytest.fixture
def one_member(store):
    add_member(store, full_name="Иванов Иван", phone="+7 701 000 00 01")
    return members_as_rows(store)


def refused(store, path, **options) -> str:
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path, ImportOptions(**options))
    return str(refusal.value)


def test_an_empty_file_is_refused(store, tmp_path, one_member):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert refused(store, path) == "The file empty.csv is empty."
    path.write_bytes(b"\r\n\r\n  \r\n;;;\r\n")
    assert refused(store, path) == "The file empty.csv has no rows."
    assert members_as_rows(store) == one_member


def test_a_binary_file_is_refused(store, tmp_path, one_member):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 100)
    assert "binary data" in refused(store, path)
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 500)
    assert "old Excel format (.xls)" in refused(store, path)
    path.write_bytes(b"Name;Phone\n" + b"Ivanov;1\n" * 20_000 + b"Iva\x00nov;1\n")
    assert "binary data" in refused(store, path)
    assert members_as_rows(store) == one_member


def test_a_file_with_no_usable_column_is_refused_with_the_columns_it_has(store, tmp_path, one_member):
    path = tmp_path / "shoes.csv"
    path.write_text("Размер;Цвет\n43;чёрный\n", encoding="utf-8")
    message = refused(store, path)
    assert "No column of shoes.csv could be recognised as the members' names" in message
    assert members_as_rows(store) == one_member


def test_a_line_of_50_mb_is_refused_quickly_without_reading_it_whole(store, tmp_path, one_member):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as file:
        file.write("ФИО;Телефон\nИванов Иван;1\n".encode("utf-8"))
        file.write(b"x" * (50 * 1024 * 1024))
        file.write(b"\n")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refused(store, path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message == f"Row 3 of huge.csv is longer than {LINE_LIMIT:,} characters: this is not a list of members."
    assert elapsed < 2
    assert peak < 20 * 1024 * 1024
    assert members_as_rows(store) == one_member


def test_a_quotation_mark_never_closed_is_refused_with_its_row(store, tmp_path, one_member):
    path = tmp_path / "broken.csv"
    path.write_text('ФИО;Цех\nИванов Иван;"Цех 1\nПетров Пётр;Цех 2\nСидоров Сидор;Цех 3\n', encoding="utf-8")
    assert "In row 2 of broken.csv a quotation mark opens a cell that is never closed" in refused(store, path)
    assert members_as_rows(store) == one_member


def test_a_stray_quotation_mark_inside_a_cell_is_read_as_excel_reads_it(store, tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text('ФИО;Цех\nИванов "Ваня" Иван;Цех 1\n"Петров" Пётр;Цех 2\n', encoding="utf-8")
    preview = read_import_preview(store, path)
    assert [row.values["full_name"] for row in preview.rows] == ['Иванов "Ваня" Иван', "Петров Пётр"]


def test_a_file_that_is_not_there_or_a_folder_is_refused(store, tmp_path, one_member):
    assert refused(store, tmp_path / "missing.csv") == f"There is no file {tmp_path / 'missing.csv'}."
    assert refused(store, tmp_path) == f"{tmp_path} is a folder, not a file."
    assert members_as_rows(store) == one_member


def test_a_cell_longer_than_the_limit_is_refused_with_its_row(store, tmp_path, one_member):
    path = tmp_path / "long.csv"
    path.write_text('ФИО;Заметки\nИванов Иван;"' + "слово\n" * 30_000 + '"\n', encoding="utf-8")
    assert "A cell in row 2 of long.csv is longer than 131,072 characters" in refused(store, path)
    assert members_as_rows(store) == one_member


def test_stopping_the_preview_writes_nothing(store, tmp_path, one_member):
    path = tmp_path / "list.csv"
    path.write_text("ФИО\n" + "".join(f"Член {number}\n" for number in range(5000)), encoding="utf-8")
    seen = []
    with pytest.raises(ImportProblem, match="The import was stopped"):
        read_import_preview(store, path, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen))
    assert seen and seen[0][1] == path.stat().st_size
    assert members_as_rows(store) == one_member


def test_an_import_that_fails_while_writing_writes_nothing(store, tmp_path, one_member, monkeypatch):
    from committee_app.services import members as member_service

    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\n" + "".join(f"Член {number};\n" for number in range(12_000)), encoding="utf-8")
    preview = read_import_preview(store, path)
    insert = member_service.insert_new_member_records
    calls = []

    def failing_insert(session, records):
        calls.append(len(records))
        if len(calls) == 2:
            raise OSError("disk full")
        insert(session, records)

    monkeypatch.setattr(member_service, "insert_new_member_records", failing_insert)
    with pytest.raises(OSError):
        commit_import(store, preview)
    assert members_as_rows(store) == one_member
    assert calls == [5000, 5000]


def search_schema_and_index(store) -> tuple[list, int]:
    """The members' triggers, indexes and search tables as the schema holds them, and how many
    members the search index holds; SQLite's checks that the indexes match the members pass."""
    with store.connection() as connection:
        schema = connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('members', 'member_search') ORDER BY name"
        ).all()
        indexed = connection.exec_driver_sql("SELECT count(*) FROM member_search_docsize").scalar_one()
        connection.exec_driver_sql("INSERT INTO member_search (member_search) VALUES ('integrity-check')")
        # Every index holds every member, in order.
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
    return schema, indexed


def test_an_import_that_fails_while_writing_leaves_the_search_as_it_was(store, tmp_path, one_member, monkeypatch):
    from committee_app.services import members as member_service

    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\n" + "".join(f"Жұмысшы {number};\n" for number in range(12_000)), encoding="utf-8")
    before = search_schema_and_index(store)
    preview = read_import_preview(store, path)
    insert = member_service.insert_new_member_records

    def insert_then_fail(session, records):
        insert(session, records)
        raise OSError("disk full")

    monkeypatch.setattr(member_service, "insert_new_member_records", insert_then_fail)
    with pytest.raises(OSError):
        commit_import(store, preview)

    assert search_schema_and_index(store) == before == (before[0], 1)
    assert search_member_ids(store, "жұмысшы") == []
    added = add_member(store, full_name="Жұмысшы Ерлан")
    assert search_member_ids(store, "жұмысшы") == [added.id]


def test_imported_members_are_found_by_search_and_members_added_later_too(store, tmp_path, one_member):
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Телефон;Цех\n" + "".join(f"Жұмысшы {number:05d};8 701 {number:07d};Цех {number % 7}\n" for number in range(12_000)),
        encoding="utf-8",
    )
    schema_before, _ = search_schema_and_index(store)
    _, summary = imported(store, path)

    assert summary.added == 12_000
    assert search_schema_and_index(store) == (schema_before, 12_001)
    assert len(search_member_ids(store, "жумысшы")) == 12_000
    [found] = search_member_ids(store, "Жұмысшы 11999")
    assert search_member_ids(store, "+7 701 001 19 99") == [found]
    assert search_member_ids(store, "иванов") == [one_member[0][0]]
    later = add_member(store, full_name="Жұмысшы Ерлан")
    assert later.id in search_member_ids(store, "жұмысшы ерлан")


def test_an_import_smaller_than_the_store_leaves_the_indexes_and_search_whole(store, tmp_path):
    add_members_in_bulk(store, ({"full_name": f"Мүше {number:04d}"} for number in range(300)))
    path = tmp_path / "list.csv"
    path.write_text("ФИО\n" + "".join(f"Жұмысшы {number}\n" for number in range(40)), encoding="utf-8")
    schema_before, _ = search_schema_and_index(store)
    _, summary = imported(store, path)

    assert summary.added == 40
    assert search_schema_and_index(store) == (schema_before, 340)
    assert len(search_member_ids(store, "жұмысшы")) == 40


# --- The CSV reader, for any text ----------------------------------------------------------

# Any text a cell can hold: every character but the control ones other than tab and line breaks.
cells = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n\r"), max_size=30)
rows_of_cells = st.lists(
    st.lists(cells, min_size=1, max_size=6).filter(lambda row: row[-1].strip() != ""), min_size=1, max_size=8
)


def written(rows, delimiter: str, encoding: str) -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode(encoding)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(rows=rows_of_cells, delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "cp1251"]))
def test_any_cells_written_by_the_csv_module_read_back_the_same(tmp_path, rows, delimiter, encoding):
    try:
        data = written(rows, delimiter, encoding)
    except UnicodeEncodeError:
        return  # not representable in Windows-1251
    path = tmp_path / "rows.csv"
    path.write_bytes(data)
    with open_table(path, encoding=encoding, delimiter=delimiter) as table:
        read = [cells for _, cells in table.rows]
    assert read == rows


# Without Ё and ё: in Windows-1251 they are bytes that can follow another letter as valid
# UTF-8, so a text made only of such pairs reads as UTF-8 (no list of names is).
plain_cells = st.text(
    st.sampled_from("абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCxyz0123456789 -.()"),
    min_size=1,
    max_size=20,
)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    rows=st.lists(st.lists(plain_cells.filter(str.strip), min_size=3, max_size=3), min_size=2, max_size=10),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "cp1251"]),
    bom=st.booleans(),
)
def test_the_encoding_and_separator_of_a_russian_list_are_detected(tmp_path, rows, delimiter, encoding, bom):
    path = tmp_path / "rows.csv"
    prefix = b"\xef\xbb\xbf" if bom and encoding == "utf-8" else b""
    path.write_bytes(prefix + written(rows, delimiter, encoding))
    # A file of ASCII alone is the same in both: it is read as UTF-8.
    expected_encoding = encoding if any(not cell.isascii() for row in rows for cell in row) else "utf-8"
    with open_table(path) as table:
        assert (table.encoding, table.delimiter) == (expected_encoding, delimiter)
        assert [cells for _, cells in table.rows] == rows


def test_a_large_preview_keeps_about_the_files_size_and_gives_every_row_back(store, tmp_path):
    path = tmp_path / "large.csv"
    lines = [f"Жұмысшы Қайрат {number};8 701 {number:07d};ТОО «Озенмунайгаз»;Цех добычи №{number % 9}\n" for number in range(20_000)]
    lines[7] = "Ерлан\x1fБекұлы;8 701 000 00 00;;\n"  # a control character: an error row, kept as it was
    path.write_text("ФИО;Телефон;Место работы;Цех\n" + "".join(lines), encoding="utf-8")
    small = tmp_path / "small.csv"
    small.write_text("ФИО;Телефон;Место работы;Цех\n" + "".join(lines[:10]), encoding="utf-8")
    read_import_preview(store, small)  # what is read once (translations, modules) is not the rows'
    tracemalloc.start()
    try:
        preview = read_import_preview(store, path)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()

    assert kept < 1.5 * path.stat().st_size
    assert (len(preview.rows), preview.count(RowStatus.new), preview.count(RowStatus.error)) == (20_000, 19_999, 1)
    last = preview.rows[-1]
    assert (last.row_number, last.status, last.existing_member_id) == (20_001, RowStatus.new, None)
    assert last.values == {
        "full_name": "Жұмысшы Қайрат 19999",
        "phone": "8 701 0019999",
        "workplace": "ТОО «Озенмунайгаз»",
        "unit": "Цех добычи №1",
    }
    error = preview.rows[7]
    assert (error.row_number, error.status, error.values["full_name"]) == (9, RowStatus.error, "Ерлан\x1fБекұлы")
    assert "control character" in error.reason
    assert [row.row_number for row in preview.rows[6:9]] == [8, 9, 10]
    assert [row.row_number for row in preview.rows][:3] == [2, 3, 4]
