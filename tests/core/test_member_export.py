"""Member export: CSV as Excel on a Russian or Kazakh Windows opens it (UTF-8 with BOM, ";",
CRLF), .xlsx with text phones and real dates, headers in kk/ru/en, nothing a spreadsheet
would run as a formula, and refusals that leave the disk as it was."""

import csv
import errno
import io
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from committee_app.errors import DiskError, UserError
from committee_app.exchange import member_export
from committee_app.exchange.member_export import ExportFormat, export_members, neutralised, restored
from committee_app.services.members import add_member

pytestmark = pytest.mark.usefixtures("unsynced_writes")

BOM = b"\xef\xbb\xbf"
KAIRAT = dict(
    full_name="Жұмабаев Қайрат Серікұлы",
    phone="+7 701 234 56 78",
    workplace="Өзенмұнайгаз",
    unit="Цех бурения №2",
    occupation="бурильщик",
    role="chair",
    joined_on=date(2021, 3, 15),
    notes="Первая строка\nекінші жол",
)
OLGA = dict(full_name="Ольга Петренко-Иванова", phone="87051112233", workplace="ТОО «Транс; Сервис»", status="inactive")
LEFT = dict(full_name="Әлия Нұрланқызы", status="left")
HEADERS = {
    "en": ["Full name", "Phone", "Workplace", "Shop or department", "Occupation", "Role", "Status", "Joined on", "Notes"],
    "ru": [
        "Фамилия, имя, отчество", "Телефон", "Место работы", "Цех или отдел", "Профессия", "Роль", "Статус",
        "Дата вступления", "Заметки",
    ],
    "kk": [
        "Аты-жөні", "Телефон", "Жұмыс орны", "Цех немесе бөлім", "Мамандығы", "Рөлі", "Күйі", "Қосылған күні",
        "Ескертпелер",
    ],
}
CHAIR = {"en": "Chair", "ru": "Председатель", "kk": "Төраға"}
ACTIVE = {"en": "Active", "ru": "Активный", "kk": "Белсенді"}


@pytest.fixture
def people(store):
    for person in (KAIRAT, OLGA, LEFT):
        add_member(store, **person)
    return store


def csv_rows(path, delimiter=";") -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data[len(BOM) :].decode("utf-8"), newline=""), delimiter=delimiter))


def xlsx_rows(path) -> list[list]:
    return [[cell.value for cell in row] for row in load_workbook(path).active.iter_rows()]


def test_csv_is_utf8_with_bom_semicolons_and_crlf_as_excel_writes(people, tmp_path):
    path = tmp_path / "члены.csv"
    assert export_members(people, path, language="ru") == 3

    data = path.read_bytes()
    assert data.startswith(BOM)
    text = data[len(BOM) :].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == ";".join(HEADERS["ru"])
    assert lines[-1] == ""  # every line ends in CRLF, the last too
    assert "\n" not in text.replace("\r\n", "").replace("Первая строка\nекінші жол", "")
    rows = csv_rows(path)
    # In the list's order: the Kazakh alphabet puts Ә right after А.
    assert [row[0] for row in rows[1:]] == ["Әлия Нұрланқызы", "Жұмабаев Қайрат Серікұлы", "Ольга Петренко-Иванова"]
    aliya, kairat, olga = rows[1:]
    assert kairat == [
        "Жұмабаев Қайрат Серікұлы", "'+7 701 234 56 78", "Өзенмұнайгаз", "Цех бурения №2", "бурильщик",
        "Председатель", "Активный", "15.03.2021", "Первая строка\nекінші жол",
    ]
    # The separator inside a value is quoted, not a new column.
    assert olga[2] == "ТОО «Транс; Сервис»"
    assert olga[1] == "87051112233"
    assert aliya[5:7] == ["Член комитета", "Выбыл"]


def test_csv_with_commas_when_asked(people, tmp_path):
    path = tmp_path / "members.csv"
    export_members(people, path, language="en", delimiter=",")
    rows = csv_rows(path, delimiter=",")
    assert rows[0] == HEADERS["en"]
    assert all(len(row) == len(HEADERS["en"]) for row in rows)
    assert rows[2][5:7] == ["Chair", "Active"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_headers_roles_and_statuses_in_the_language_asked_for(people, tmp_path, language):
    csv_path, xlsx_path = tmp_path / "m.csv", tmp_path / "m.xlsx"
    export_members(people, csv_path, language=language)
    export_members(people, xlsx_path, language=language)
    for rows in (csv_rows(csv_path), xlsx_rows(xlsx_path)):
        assert rows[0] == HEADERS[language]
        assert rows[2][5:7] == [CHAIR[language], ACTIVE[language]]


def test_xlsx_has_a_bold_header_text_phones_real_dates_and_no_formulas(people, tmp_path):
    path = tmp_path / "members.xlsx"
    assert export_members(people, path, language="kk") == 3

    sheet = load_workbook(path).active
    header = next(sheet.iter_rows(max_row=1))
    assert all(cell.font.bold for cell in header)
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["G"].width
    _aliya, kairat, olga = list(sheet.iter_rows(min_row=2, max_row=4))
    assert kairat[0].value == "Жұмабаев Қайрат Серікұлы"
    # The phone as written and as text: no apostrophe in the cell, no 7.01E+09.
    assert (kairat[1].value, kairat[1].data_type) == ("+7 701 234 56 78", "s")
    assert (olga[1].value, olga[1].data_type) == ("87051112233", "s")
    assert kairat[7].value == datetime(2021, 3, 15)
    assert kairat[7].is_date and kairat[7].number_format == "DD.MM.YYYY"
    assert kairat[8].value == "Первая строка\nекінші жол"
    for row in sheet.iter_rows():
        assert all(cell.data_type != "f" for cell in row)


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+7 701 000 00 00", "-2+3", "@SUM(A1:A2)"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_is_neutralised(store, tmp_path, formula):
    add_member(store, full_name=formula, phone=formula, workplace=formula, notes=formula)
    csv_path, xlsx_path = tmp_path / "m.csv", tmp_path / "m.xlsx"
    export_members(store, csv_path, language="en")
    export_members(store, xlsx_path, language="en")

    row = csv_rows(csv_path)[1]
    assert [row[0], row[1], row[2], row[8]] == ["'" + formula] * 4
    cells = next(load_workbook(xlsx_path).active.iter_rows(min_row=2))
    for cell in (cells[0], cells[1], cells[2], cells[8]):
        assert (cell.value, cell.data_type, cell.quotePrefix) == (formula, "s", True)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_gets_an_apostrophe(start):
    assert neutralised(start + "1+1") == "'" + start + "1+1"
    assert restored(neutralised(start + "1+1")) == start + "1+1"


def test_a_tab_or_carriage_return_at_the_start_of_notes_in_an_older_record_is_neutralised(store, tmp_path):
    """The fields' checks strip such characters now; a record written before is exported safely."""
    member = add_member(store, full_name="Ерлан")
    with store.connection() as connection:
        connection.exec_driver_sql("UPDATE members SET notes = ?, occupation = ? WHERE id = ?", ("\t=1+1", "\r@x", member.id))
    path = tmp_path / "m.csv"
    export_members(store, path, language="en")
    row = csv_rows(path)[1]
    assert (row[4], row[8]) == ("'\r@x", "'\t=1+1")


def test_ordinary_text_is_left_alone():
    for text in ("Жұмабаев", "8 701 234", "O'Brien", "Ким-Ли", "", "a=b", "1+1"):
        assert neutralised(text) == text
        assert restored(text) == text


@given(st.text())
def test_the_importers_reading_undoes_the_neutralising_exactly(text):
    assert restored(neutralised(text)) == text


def test_a_leading_apostrophe_is_kept_through_the_round(store, tmp_path):
    add_member(store, full_name="'=не формула", phone="'+7 701")
    path = tmp_path / "m.csv"
    export_members(store, path, language="en")
    row = csv_rows(path)[1]
    assert row[:2] == ["''=не формула", "''+7 701"]
    assert [restored(cell) for cell in row[:2]] == ["'=не формула", "'+7 701"]


def test_members_who_left_only_when_asked(people, tmp_path):
    path = tmp_path / "m.csv"
    assert export_members(people, path, language="en", include_left=False) == 2
    assert "Әлия Нұрланқызы" not in [row[0] for row in csv_rows(path)]


def test_a_long_list_is_read_in_chunks_in_the_lists_order(store, tmp_path, monkeypatch):
    monkeypatch.setattr(member_export, "IDS_PER_QUERY", 7)
    names = [f"Мүше {number:03d}" for number in range(50)]
    for name in reversed(names):
        add_member(store, full_name=name)
    reported = []
    path = tmp_path / "m.xlsx"
    assert export_members(store, path, language="en", progress=lambda done, total: reported.append((done, total))) == 50
    assert [row[0] for row in xlsx_rows(path)[1:]] == names
    assert reported[-1] == (50, 50)
    assert [done for done, _ in reported] == sorted(done for done, _ in reported)


def test_an_empty_list_gives_the_header_alone(store, tmp_path):
    path = tmp_path / "m.csv"
    assert export_members(store, path, language="en") == 0
    assert csv_rows(path) == [HEADERS["en"]]


def test_the_format_is_what_was_asked_whatever_the_extension(people, tmp_path):
    path = tmp_path / "members.txt"
    export_members(people, path, language="en", fmt=ExportFormat.xlsx)
    assert path.read_bytes().startswith(b"PK")


OLD = b"old content"


@pytest.fixture
def existing(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("members.csv", "members.xlsx", "members.ods"):
        (folder / name).write_bytes(OLD)
    return folder


def folder_unchanged(folder) -> bool:
    return sorted(os.listdir(folder)) == ["members.csv", "members.ods", "members.xlsx"] and all(
        (folder / name).read_bytes() == OLD for name in os.listdir(folder)
    )


@pytest.mark.parametrize(
    "name, options, words",
    [
        ("members.ods", {}, "not to “members.ods”"),
        ("members.csv", {"delimiter": "\t"}, "semicolon (;) or a comma (,)"),
        ("members.xlsx", {"language": "de"}, "Kazakh (kk), Russian (ru) or English (en)"),
    ],
)
def test_refusals_say_why_and_change_nothing(people, existing, name, options, words):
    with pytest.raises(UserError) as refused:
        export_members(people, existing / name, **{"language": "en", **options})
    assert words in str(refused.value)
    assert folder_unchanged(existing)


@pytest.mark.parametrize("name", ["members.csv", "members.xlsx"])
def test_a_full_disk_keeps_the_old_file_and_leaves_no_part(people, existing, monkeypatch, name):
    def fsync(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(DiskError) as refused:
        export_members(people, existing / name, language="en")
    monkeypatch.undo()
    assert "disk is full" in str(refused.value)
    assert folder_unchanged(existing)


@pytest.mark.parametrize("name", ["members.csv", "members.xlsx"])
def test_a_disk_that_fills_halfway_leaves_the_old_file_and_no_part(store, existing, monkeypatch, name):
    for number in range(300):
        add_member(store, full_name=f"Жұмысшы {number}", phone=f"+7 701 000 {number:04d}", notes="ескертпе " * 20)
    real_fdopen = os.fdopen

    class FillingDisk:
        """A file on a disk that is full after its first 4 kB."""

        def __init__(self, file):
            self.file, self.written = file, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()
            return False

        def write(self, data):
            if self.written + len(data) > 4096:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self.written += len(data)
            return self.file.write(data)

        def __getattr__(self, attribute):
            return getattr(self.file, attribute)

    monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: FillingDisk(real_fdopen(*args, **kwargs)))
    with pytest.raises(DiskError) as refused:
        export_members(store, existing / name, language="en")
    monkeypatch.undo()
    assert "disk is full" in str(refused.value)
    assert folder_unchanged(existing)


def test_the_workbooks_rows_wait_beside_the_file_not_in_the_systems_temporary_folder(people, tmp_path, monkeypatch):
    """A list written to a stick leaves no copy of itself, even a deleted one, on the laptop's disk."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    stick = tmp_path / "stick"
    stick.mkdir()
    seen_while_writing = []

    def look(_done, _total):
        seen_while_writing.append((os.listdir(system_temp), sorted(os.listdir(stick))))

    export_members(people, stick / "members.xlsx", language="en", progress=look)
    assert seen_while_writing
    for in_system_temp, on_stick in seen_while_writing:
        assert in_system_temp == []
        assert len(on_stick) == 2 and all(name.startswith(".") for name in on_stick)
    assert os.listdir(stick) == ["members.xlsx"]


def test_an_unwritable_folder_is_said_in_words(people, tmp_path):
    with pytest.raises(DiskError) as refused:
        export_members(people, tmp_path / "unplugged" / "members.csv", language="en")
    assert "does not exist" in str(refused.value)
    assert not (tmp_path / "unplugged").exists()


def test_a_folder_in_the_files_place_is_refused(people, tmp_path):
    (tmp_path / "members.csv").mkdir()
    with pytest.raises(DiskError) as refused:
        export_members(people, tmp_path / "members.csv", language="en")
    assert "not an ordinary file" in str(refused.value)
    assert os.listdir(tmp_path / "members.csv") == []


# --- the command line ----------------------------------------------------------------------

SECRET = "құпия сөз — экспорт"


@pytest.fixture
def command_line(tmp_path, capsys):
    """A store with three members, and a way to run `committee-app` on it."""
    from committee_app.cli import main
    from committee_app.store import Store

    path = tmp_path / "stores" / "committee.store"
    created = Store.create(path, SECRET)
    for person in (KAIRAT, OLGA, LEFT):
        add_member(created, **person)
    created.close()
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")

    def run(*argv) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--store", str(path), "--passphrase-file", str(secret_file), *map(str, argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_writes_the_file_says_how_many_and_warns(command_line, tmp_path):
    target = tmp_path / "members.csv"
    code, out, err = command_line("members", "export", target)
    assert code == 0, err
    assert "Members written: 2." in out
    assert "personal data, unencrypted" in err
    assert [row[0] for row in csv_rows(target)] == ["Full name", "Жұмабаев Қайрат Серікұлы", "Ольга Петренко-Иванова"]


def test_the_command_takes_the_separator_language_and_those_who_left(command_line, tmp_path):
    target = tmp_path / "members.csv"
    code, out, err = command_line("members", "export", target, "--delimiter", ",", "--lang", "kk", "--include-left")
    assert code == 0, err
    assert "Members written: 3." in out
    rows = csv_rows(target, delimiter=",")
    assert rows[0] == HEADERS["kk"]
    assert len(rows) == 4


def test_the_command_speaks_russian_and_writes_a_workbook_for_xlsx(command_line, tmp_path):
    target = tmp_path / "Список.XLSX"
    # A separate process: the command line makes its own Qt application for the translators.
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": "ru"}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(tmp_path / "stores" / "committee.store"),
         "--passphrase-file", str(tmp_path / "passphrase.txt"), "members", "export", str(target)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Записано членов: 2." in result.stdout
    assert "персональные данные" in result.stderr
    assert xlsx_rows(target)[0] == HEADERS["ru"]


@pytest.mark.parametrize(
    "name, words",
    [
        ("members.ods", "not to “members.ods”"),
        ("missing-folder/members.csv", "There is no folder"),
        ("a-folder.csv", "is a folder"),
    ],
)
def test_the_command_refuses_in_words_and_writes_nothing(command_line, tmp_path, name, words):
    out_folder = tmp_path / "out"
    (out_folder / "a-folder.csv").mkdir(parents=True)
    code, out, err = command_line("members", "export", out_folder / name)
    assert code == 1
    assert words in err
    assert "Traceback" not in err
    assert [path.name for path in out_folder.rglob("*")] == ["a-folder.csv"]
