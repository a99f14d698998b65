"""`committee-app members import FILE`: the summary, a dry run, the choices, and refusals."""

import os
import subprocess
import sys

import openpyxl
import pytest

from committee_app.cli import main
from committee_app.store import Store
from tests.conftest import PASSPHRASE
from tests.core.member_import_files import names_and_phones

pytestmark = pytest.mark.usefixtures("unsynced_writes")


@pytest.fixture
def store_file(store, store_path):
    store.close()
    return store_path


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def run_import(capsys, store_file, secret_file, *arguments):
    capsys.readouterr()
    code = main(["--store", str(store_file), "--passphrase-file", str(secret_file), "members", "import", *map(str, arguments)])
    out, err = capsys.readouterr()
    return code, out, err


def stored(store_file):
    store = Store.open(store_file, PASSPHRASE)
    try:
        return names_and_phones(store)
    finally:
        store.close()


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "список.csv"
    rows = ["Список членов;;", "ФИО;Телефон;Цех", "Иванов Иван;8 701 000 00 01;Цех 1", "Петров Пётр;;Цех 2",
            ";87010000003;Цех 3", "Иванов Иван;+7 701 000 00 01;Цех 1"]
    path.write_bytes("\r\n".join(rows).encode("cp1251"))
    return path


def test_import_prints_the_summary_with_the_rows_in_error_and_adds_the_new_members(capsys, store_file, secret_file, list_file):
    code, out, err = run_import(capsys, store_file, secret_file, list_file)

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Read {list_file}: CSV in Windows-1251, separator “;”.",
        "Column headers in row 2.",
        "New: 2; the same as a member or an earlier row: 1; errors: 1.",
        "Row 5: The row has no name.",
        "Added 2 members, updated 0, skipped 1; rows with errors left out: 1.",
    ]
    assert stored(store_file) == [("Иванов Иван", "8 701 000 00 01"), ("Петров Пётр", "")]


def test_a_dry_run_writes_nothing(capsys, store_file, secret_file, list_file):
    code, out, _ = run_import(capsys, store_file, secret_file, list_file, "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == "A dry run: nothing was written."
    assert stored(store_file) == []


def test_importing_twice_adds_nothing_and_update_takes_the_new_values(capsys, store_file, secret_file, list_file):
    run_import(capsys, store_file, secret_file, list_file)
    code, out, _ = run_import(capsys, store_file, secret_file, list_file)
    assert code == 0
    assert "New: 0; the same as a member or an earlier row: 3; errors: 1." in out
    assert stored(store_file) == [("Иванов Иван", "8 701 000 00 01"), ("Петров Пётр", "")]

    list_file.write_bytes("ФИО;Телефон\r\nПетров Пётр;87010000002\r\n".encode("cp1251"))
    code, out, _ = run_import(capsys, store_file, secret_file, list_file, "--on-duplicate", "update")
    assert "Added 0 members, updated 1, skipped 0" in out
    assert stored(store_file)[1] == ("Петров Пётр", "87010000002")


def test_the_encoding_separator_and_sheet_can_be_given(capsys, store_file, secret_file, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО\tТелефон\r\nИванов Иван\t1\r\n".encode("cp1251"))
    code, out, _ = run_import(capsys, store_file, secret_file, path, "--encoding", "cp1251", "--delimiter", "tab")
    assert code == 0
    assert out.startswith(f"Read {path}: CSV in Windows-1251, separator “tab”.")

    workbook_path = tmp_path / "list.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Список"
    workbook.create_sheet("Члены").append(["ФИО"])
    workbook["Члены"].append(["Петров Пётр"])
    workbook.save(workbook_path)
    code, out, _ = run_import(capsys, store_file, secret_file, workbook_path, "--sheet", "Члены")
    assert code == 0
    assert out.startswith(f"Read {workbook_path}: the sheet “Члены”.")
    code, _, err = run_import(capsys, store_file, secret_file, workbook_path, "--sheet", "Лист1")
    assert (code, err.strip()) == (1, "The workbook list.xlsx has no sheet “Лист1”; its sheets: Список, Члены.")
    assert stored(store_file) == [("Иванов Иван", "1"), ("Петров Пётр", "")]


def test_more_than_twenty_errors_are_counted_after_the_first_twenty(capsys, store_file, secret_file, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\n" + ";1\n" * 25, encoding="utf-8")
    code, out, _ = run_import(capsys, store_file, secret_file, path)
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("Row ")][-1] == "Row 21: The row has no name."
    assert "… and 5 more rows with errors." in lines


def test_a_file_that_cannot_be_imported_is_said_on_stderr_and_nothing_is_written(capsys, store_file, secret_file, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)))
    code, out, err = run_import(capsys, store_file, secret_file, path)
    assert code == 1
    assert "is not a table: it holds binary data" in err
    assert stored(store_file) == []
    code, _, err = run_import(capsys, store_file, secret_file, tmp_path / "missing.csv")
    assert (code, err.strip()) == (1, f"There is no file {tmp_path / 'missing.csv'}.")


def test_import_speaks_russian(store_file, secret_file, list_file):
    # A separate process: the command line makes its own Qt application for the translators.
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": "ru"}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(store_file), "--passphrase-file", str(secret_file),
         "members", "import", str(list_file), "--dry-run"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Строка 5: В строке нет имени." in result.stdout.splitlines()


def test_a_list_without_headers_is_imported_with_its_columns_given(capsys, store_file, secret_file, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Иванов Сергей;87011234567;Цех 1\nПетров Пётр;87017654321;Цех 2\n", encoding="utf-8")
    code, out, err = run_import(capsys, store_file, secret_file, path, "--no-header", "--columns", "full_name,phone,-")
    assert (code, err) == (0, "")
    assert "Column headers in row" not in out
    assert "New: 2; the same as a member or an earlier row: 0; errors: 0." in out
    assert stored(store_file) == [("Иванов Сергей", "87011234567"), ("Петров Пётр", "87017654321")]


def test_an_unknown_field_in_columns_is_refused(capsys, store_file, secret_file, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Иванов Сергей;1\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        run_import(capsys, store_file, secret_file, path, "--columns", "name,phone")
    assert "“name” is not a member field; the fields: full_name, surname," in capsys.readouterr().err
    assert stored(store_file) == []
