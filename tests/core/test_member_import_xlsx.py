"""Member import from Excel workbooks (.xlsx) made with openpyxl as secretaries lay them out."""

import re
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from committee_app.exchange import tables
from committee_app.exchange.member_import import ImportOptions, ImportProblem, RowStatus, commit_import, read_import_preview
from committee_app.services.members import add_member, search_members
from tests.core.member_import_files import members_as_rows

pytestmark = pytest.mark.usefixtures("unsynced_writes")


def secretarys_workbook(path, *, sheet_title="Члены профкома"):
    """A title merged across the columns above the header, a shop merged down its members'
    rows, phones typed as numbers and joining dates as Excel dates."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    sheet.append(["Список членов профсоюзного комитета ТОО «Озенмунайгаз»"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["№", "Аты-жөні", "Телефон", "Цех", "Лауазымы", "Дата вступления"])
    sheet.append([1, "Жұмабаев Қайрат Серікұлы", 87011234567, "Цех №3", "Оператор", datetime(2021, 3, 15)])
    sheet.append([2, "Өтебаева Гүлнұр", 7.01e9, None, "Мастер", date(2019, 11, 1)])
    sheet.append([3, "Іскендір Ұлан", "+7 702 555 33 44", None, "Слесарь", None])
    sheet.merge_cells("D4:D6")
    sheet["C4"].number_format = "0"
    sheet["C5"].number_format = "0.00E+00"
    sheet["F4"].number_format = "DD.MM.YYYY"
    sheet["F5"].number_format = "DD.MM.YYYY"
    other = workbook.create_sheet("Уволенные")
    other.append(["ФИО", "Телефон", "Статус"])
    other.append(["Петров Пётр", "87010000009", "Выбыл"])
    workbook.save(path)
    return path


def test_a_workbook_with_a_title_row_merged_cells_number_phones_and_dates(store, tmp_path):
    path = secretarys_workbook(tmp_path / "профком.xlsx")

    preview = read_import_preview(store, path)

    assert (preview.kind, preview.sheet, preview.sheet_names) == ("xlsx", "Члены профкома", ["Члены профкома", "Уволенные"])
    assert preview.header_row_number == 3
    assert preview.mapping == {0: None, 1: "full_name", 2: "phone", 3: "unit", 4: "occupation", 5: "joined_on"}
    assert [row.row_number for row in preview.rows] == [4, 5, 6]
    assert [dict(row.values) for row in preview.rows] == [
        {"full_name": "Жұмабаев Қайрат Серікұлы", "phone": "87011234567", "unit": "Цех №3", "occupation": "Оператор",
         "joined_on": "2021-03-15"},
        {"full_name": "Өтебаева Гүлнұр", "phone": "7010000000", "unit": "Цех №3", "occupation": "Мастер",
         "joined_on": "2019-11-01"},
        {"full_name": "Іскендір Ұлан", "phone": "+7 702 555 33 44", "unit": "Цех №3", "occupation": "Слесарь",
         "joined_on": ""},
    ]
    summary = commit_import(store, preview)
    assert summary.added == 3
    kairat = search_members(store, "қайрат")[0]
    assert (kairat.phone, kairat.joined_on) == ("87011234567", date(2021, 3, 15))


def test_another_sheet_can_be_chosen(store, tmp_path):
    path = secretarys_workbook(tmp_path / "профком.xlsx")
    preview = read_import_preview(store, path, ImportOptions(sheet="Уволенные"))
    assert preview.sheet == "Уволенные"
    assert [(row.values["full_name"], row.values["status"]) for row in preview.rows] == [("Петров Пётр", "left")]


def test_a_sheet_that_is_not_there_is_refused_with_the_sheets_there_are(store, tmp_path):
    add_member(store, full_name="Иванов Иван")
    before = members_as_rows(store)
    path = secretarys_workbook(tmp_path / "профком.xlsx")
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path, ImportOptions(sheet="Лист1"))
    assert str(refusal.value) == "The workbook профком.xlsx has no sheet “Лист1”; its sheets: Члены профкома, Уволенные."
    assert members_as_rows(store) == before


def test_the_same_workbook_imported_twice_adds_nothing_the_second_time(store, tmp_path):
    path = secretarys_workbook(tmp_path / "профком.xlsx")
    commit_import(store, read_import_preview(store, path))
    before = members_as_rows(store)

    preview = read_import_preview(store, path)

    assert preview.count(RowStatus.same) == 3 and preview.count(RowStatus.new) == 0
    assert commit_import(store, preview).added == 0
    assert members_as_rows(store) == before


def test_a_sheet_claiming_to_be_16384_columns_and_a_million_rows_wide_is_read_as_it_is(store, tmp_path):
    path = tmp_path / "wide.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["ФИО", "Телефон"])
    workbook.active.append(["Иванов Иван", "1"])
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data)
                assert b"XFD1048576" in data
            archive.writestr(info.filename, data)

    preview = read_import_preview(store, path)

    assert preview.headers == ["ФИО", "Телефон"]
    assert [row.values["full_name"] for row in preview.rows] == ["Иванов Иван"]


@pytest.mark.parametrize("declares_its_size", [True, False])
def test_the_progress_of_a_long_sheet_counts_its_rows_whether_or_not_it_declares_its_size(store, tmp_path, declares_its_size):
    path = tmp_path / "long.xlsx"
    # A write-only workbook, as openpyxl and some other programs write, declares no size.
    workbook = openpyxl.Workbook(write_only=not declares_its_size)
    sheet = workbook.active if declares_its_size else workbook.create_sheet("Члены")
    sheet.append(["ФИО", "Телефон"])
    for number in range(2_500):
        sheet.append([f"Член {number}", f"8701{number:07d}"])
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read(next(name for name in archive.namelist() if name.startswith("xl/worksheets/")))
    assert (b"<dimension" in sheet_xml) is declares_its_size
    reported = []

    read_import_preview(store, path, progress=lambda done, total: reported.append((done, total)))

    assert len(reported) > 2
    assert {total for _, total in reported} == {2_501}
    assert [done for done, _ in reported] == sorted(done for done, _ in reported)
    assert reported[-1] == (2_501, 2_501)


# --- Refusals: each leaves the store as it was ---------------------------------------------


@pytest.fixture
def one_member(store):
    add_member(store, full_name="Иванов Иван", phone="+7 701 000 00 01")
    return members_as_rows(store)


def refused(store, path) -> str:
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path)
    return str(refusal.value)


def test_a_zip_bomb_workbook_is_refused_unopened(store, tmp_path, one_member, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    secretarys_workbook(path)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    # A sheet of 300 MB of spaces packs into a few hundred kilobytes.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            if name == "xl/worksheets/sheet1.xml":
                with archive.open(name, "w", force_zip64=True) as sheet:
                    sheet.write(data[: data.index(b"<sheetData>")])
                    block = b" " * (1024 * 1024)
                    for _ in range(300):
                        sheet.write(block)
                    sheet.write(data[data.index(b"<sheetData>") :])
            else:
                archive.writestr(name, data)
    assert path.stat().st_size < 2 * 1024 * 1024
    loaded = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *args, **kwargs: loaded.append(args))

    message = refused(store, path)

    assert message.startswith("The workbook bomb.xlsx would unpack to 300 MB, far more than a list of members")
    assert loaded == []
    assert members_as_rows(store) == one_member


def test_a_workbook_declaring_more_than_the_limit_is_refused(store, tmp_path, one_member, monkeypatch):
    path = secretarys_workbook(tmp_path / "big.xlsx")
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 1000)
    assert "would unpack to 0 MB" in refused(store, path)
    assert members_as_rows(store) == one_member


def test_a_file_named_xlsx_that_is_not_a_zip_is_refused(store, tmp_path, one_member):
    path = tmp_path / "list.xlsx"
    path.write_text("ФИО;Телефон\nИванов Иван;1\n", encoding="utf-8")
    assert refused(store, path).startswith("The file list.xlsx is not an Excel workbook that can be read.")
    assert members_as_rows(store) == one_member


def test_a_zip_that_is_not_a_workbook_is_refused(store, tmp_path, one_member):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff" + b"\x00" * 100)
    assert refused(store, path).startswith("The file photos.xlsx is not an Excel workbook that can be read.")
    assert members_as_rows(store) == one_member


def test_a_damaged_workbook_is_refused(store, tmp_path, one_member):
    path = secretarys_workbook(tmp_path / "damaged.xlsx")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = b"\x00" * 200
    path.write_bytes(bytes(data))
    message = refused(store, path)
    assert "damaged.xlsx" in message
    assert members_as_rows(store) == one_member


def test_a_workbook_with_no_name_column_is_refused(store, tmp_path, one_member):
    path = tmp_path / "stock.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Артикул", "Количество"])
    workbook.active.append(["A-17", 4])
    workbook.save(path)
    assert "No column of stock.xlsx could be recognised as the members' names" in refused(store, path)
    assert members_as_rows(store) == one_member


def workbook_with_an_empty_first_sheet(path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Лист1"
    members = workbook.create_sheet("Список")
    members.append(["ФИО", "Телефон"])
    members.append(["Анна Ким", 87011234567])
    workbook.save(path)
    return path


def test_an_empty_first_sheet_is_passed_over_for_the_first_sheet_with_rows(store, tmp_path):
    path = workbook_with_an_empty_first_sheet(tmp_path / "list.xlsx")
    preview = read_import_preview(store, path)
    assert preview.sheet == "Список"
    assert [(row.values["full_name"], row.values["phone"]) for row in preview.rows] == [("Анна Ким", "87011234567")]


def test_an_empty_sheet_asked_for_is_refused_with_its_name_and_the_sheets_there_are(store, tmp_path):
    path = workbook_with_an_empty_first_sheet(tmp_path / "list.xlsx")
    with pytest.raises(ImportProblem) as refusal:
        read_import_preview(store, path, ImportOptions(sheet="Лист1"))
    assert str(refusal.value) == "The sheet “Лист1” of list.xlsx has no rows."
    assert (refusal.value.kind, refusal.value.sheet_names, refusal.value.sheet) == ("xlsx", ["Лист1", "Список"], "Лист1")


def test_a_joining_date_formatted_as_a_number_reads_as_the_date_it_is(store, tmp_path):
    path = tmp_path / "list.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["ФИО", "Дата вступления"])
    workbook.active.append(["Анна Ким", 44958])
    workbook.active.append(["Борис Ли", 44958.75])
    workbook.active.append(["Вера Ан", 99999999])
    workbook.save(path)
    rows = read_import_preview(store, path).rows
    assert [(row.status, row.values["joined_on"]) for row in rows[:2]] == [
        (RowStatus.new, "2023-02-01"),
        (RowStatus.new, "2023-02-01"),
    ]
    assert rows[2].status == RowStatus.error and "99999999" in rows[2].reason
