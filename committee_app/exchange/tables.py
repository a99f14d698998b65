"""The rows of a spreadsheet file, read as a stream: CSV as Excel and LibreOffice write it on
Russian- and Kazakh-language Windows, and .xlsx workbooks.

Nothing here holds a whole file in memory: a CSV is read line by line with a bound on each
line, a workbook through openpyxl's read-only mode after its zip has been checked for a bomb.
Each row comes as its spreadsheet row number and its cells as text, with trailing empty
cells dropped; blank rows are skipped (their numbers still count).
"""

import codecs
import contextlib
import csv
import io
import itertools
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..errors import UserError, translate
from .columns import HEADER_SEARCH_ROWS, header_score

# Read first, to tell the encoding, the separator and a binary file.
SAMPLE_BYTES = 64 * 1024
# One physical line of a CSV, in characters: a member's row is a few hundred.
LINE_LIMIT = 1024 * 1024
# csv's own limit on one cell, in characters (its default, which this module leaves as it is):
# above the longest field a member has (notes, 100,000 characters).
CELL_LIMIT = 131_072
DELIMITERS = (",", ";", "\t")
# The names of the encodings as options and previews give them; "utf-8" reads a BOM too.
ENCODINGS = ("utf-8", "cp1251")
_CODECS = {"utf-8": "utf-8-sig", "cp1251": "cp1251", "utf-16": "utf-16"}
# A workbook whose parts would unpack to more than this, or a part unpacking to more than
# MAX_RATIO times its packed size (beyond RATIO_FLOOR), is refused unopened as a zip bomb.
# Real sheets pack 5 to 30 times; a sheet of 100,000 members unpacks to about 20 MB.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
MAX_PARTS = 10_000
ZIP_SIGNATURE = b"PK\x03\x04"
# The old binary Excel format (.xls) and other OLE compound files.
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
# Progress and cancellation are looked at once per this many rows.
ROWS_PER_CHECK = 1000

logger = logging.getLogger(__name__)


class ImportProblem(UserError):
    """A file that cannot be imported, said in words: nothing was read into the store. What was
    found of the file before the problem comes with it, so that its reading can be changed."""

    kind: str | None = None  # "csv" or "xlsx"; None: not known
    encoding: str | None = None  # a CSV's encoding as read
    delimiter: str | None = None
    sheet_names: list[str] | tuple[str, ...] = ()
    sheet: str | None = None

    def found_in(self, table: "Table") -> None:
        self.kind, self.encoding, self.delimiter = table.kind, table.encoding, table.delimiter
        self.sheet_names, self.sheet = table.sheet_names, table.sheet


class WrongEncoding(ImportProblem):
    """Part of the file is not in the encoding read: another encoding may read it."""


class ImportCancelled(ImportProblem):
    pass


def cancelled_message() -> str:
    return translate("member_import", "The import was stopped. Nothing was written.")


@dataclass
class Table:
    """An open file's rows and what was found out about it."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    sheet_names: list[str]
    sheet: str | None
    total: int  # bytes of a CSV, rows of a sheet (0 when the sheet does not say)
    rows: Iterator[tuple[int, list[str]]]
    done: Callable[[], int]  # how far the reading is, in the unit of ``total``


def is_workbook(path: Path, head: bytes) -> bool:
    return head.startswith(ZIP_SIGNATURE) or path.suffix.lower() in (".xlsx", ".xlsm")


@contextlib.contextmanager
def open_table(path: Path, *, encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None):
    """The rows of the CSV or workbook at ``path``; ImportProblem for a file that is not one."""
    path = Path(path)
    head = _read_head(path)
    if not head:
        raise ImportProblem(translate("member_import", "The file {file} is empty.").format(file=path.name))
    if is_workbook(path, head):
        with _open_workbook(path, head, sheet) as table:
            yield table
    else:
        with _open_csv(path, head, encoding, delimiter) as table:
            yield table


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(SAMPLE_BYTES)
    except IsADirectoryError:
        raise ImportProblem(translate("member_import", "{file} is a folder, not a file.").format(file=path)) from None
    except FileNotFoundError:
        raise ImportProblem(translate("member_import", "There is no file {file}.").format(file=path)) from None
    except PermissionError:
        raise ImportProblem(translate("member_import", "No permission to read the file {file}.").format(file=path)) from None
    except OSError as error:
        raise ImportProblem(
            translate("member_import", "The file {file} cannot be read: {reason}").format(file=path, reason=error.strerror)
        ) from None


def _binary_file(path: Path) -> ImportProblem:
    return ImportProblem(
        translate(
            "member_import",
            "The file {file} is not a table: it holds binary data, not text. Save the list from the spreadsheet "
            "as CSV or as an Excel workbook (.xlsx).",
        ).format(file=path.name)
    )


# --- CSV -------------------------------------------------------------------------


def detect_encoding(sample: bytes, *, whole_file: bool) -> str:
    """"utf-8" (with or without a BOM), "cp1251" (what Russian-language Excel writes as CSV)
    or "utf-16" (Excel's "Unicode text", which starts with a BOM)."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole_file)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1251"


def detect_delimiter(text: str) -> str:
    """The separator that splits the most rows into the same number of cells (more than one);
    a semicolon for a list of one column. A separator that leaves a known header row one cell
    but splits the rows below it is not the separator: "ФИО" over "Иванов, Сергей" is a list
    of one column, as Excel writes it, with commas inside the names."""
    best, best_score = ";", (0, 0)
    # On a tie the rarer character in text wins: a tab, then a semicolon, then a comma.
    for delimiter in ("\t", ";", ","):
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(row)]
        if not rows or _splits_below_a_one_cell_header(rows):
            continue
        widths = [len(row) for row in rows]
        common = max(set(widths), key=lambda width: (widths.count(width), width))
        score = (widths.count(common), common) if common > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _without_trailing_empty(cells: list[str]) -> list[str]:
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _splits_below_a_one_cell_header(rows: list[list[str]]) -> bool:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = _without_trailing_empty(list(row))
        if header_score(cells):
            return len(cells) == 1 and any(len(_without_trailing_empty(list(below))) > 1 for below in rows[index + 1 :])
    return False


def _sample_text(sample: bytes, codec: str, *, whole_file: bool) -> str:
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(sample, final=whole_file)
    if not whole_file:
        # The last line may be cut short: only whole lines tell the separator.
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut >= 0 else text
    return text


@contextlib.contextmanager
def _open_csv(path: Path, head: bytes, encoding: str | None, delimiter: str | None):
    if head.startswith(OLE_SIGNATURE):
        raise ImportProblem(
            translate(
                "member_import",
                "The file {file} is in the old Excel format (.xls). Open it in Excel or LibreOffice and save it as "
                "an Excel workbook (.xlsx) or as CSV.",
            ).format(file=path.name)
        )
    whole_file = len(head) < SAMPLE_BYTES
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _binary_file(path)
    if encoding is None:
        encoding = detect_encoding(head, whole_file=whole_file)
    elif encoding not in _CODECS:
        raise ValueError(f"unknown encoding {encoding!r}")
    codec = _CODECS[encoding]
    sample = _sample_text(head, codec, whole_file=whole_file)
    if len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise _binary_file(path)
    if delimiter is None:
        delimiter = detect_delimiter(sample)
    elif delimiter not in DELIMITERS:
        raise ValueError(f"unknown delimiter {delimiter!r}")
    try:
        binary = open(path, "rb")
        total = path.stat().st_size
    except OSError as error:
        raise ImportProblem(
            translate("member_import", "The file {file} cannot be read: {reason}").format(file=path, reason=error.strerror)
        ) from None
    with binary, io.TextIOWrapper(binary, encoding=codec, newline="") as text:
        yield Table(
            kind="csv",
            encoding=encoding,
            delimiter=delimiter,
            sheet_names=[],
            sheet=None,
            total=total,
            rows=_csv_rows(path, text, delimiter, encoding),
            done=binary.tell,
        )


def _csv_rows(path: Path, text: io.TextIOWrapper, delimiter: str, encoding: str) -> Iterator[tuple[int, list[str]]]:
    record_lines: list[str] = []
    row_number = 0

    def lines() -> Iterator[str]:
        while True:
            # Bounded: a line of 50 MB is refused after reading its first megabyte.
            line = text.readline(LINE_LIMIT + 1)
            if not line:
                return
            if len(line) > LINE_LIMIT:
                raise ImportProblem(
                    translate(
                        "member_import",
                        "Row {row} of {file} is longer than {limit} characters: this is not a list of members.",
                    ).format(row=row_number + 1, file=path.name, limit=f"{LINE_LIMIT:,}")
                )
            if "\x00" in line:
                raise _binary_file(path)
            record_lines.append(line)
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    last_record = ""
    try:
        for cells in reader:
            row_number += 1
            # Kept only when the row spans several lines, to tell an unclosed quotation mark at the end.
            last_record = "".join(record_lines) if len(record_lines) > 1 else ""
            record_lines.clear()
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                yield row_number, cells
    except UnicodeDecodeError:
        row = _undecodable_row(path, encoding, delimiter) or row_number + 1
        raise WrongEncoding(
            translate(
                "member_import",
                "Row {row} of {file} is not written in the encoding {encoding}. Choose another encoding.",
            ).format(row=row, file=path.name, encoding=encoding_name(encoding))
        ) from None
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise ImportProblem(
                translate(
                    "member_import",
                    "A cell in row {row} of {file} is longer than {limit} characters. A quotation mark that opens "
                    "a cell may be missing its closing pair.",
                ).format(row=row_number + 1, file=path.name, limit=f"{CELL_LIMIT:,}")
            ) from None
        raise ImportProblem(
            translate("member_import", "Row {row} of {file} cannot be read as CSV.").format(row=row_number + 1, file=path.name)
        ) from None
    if last_record and _ends_inside_quotes(last_record, delimiter):
        raise ImportProblem(
            translate(
                "member_import",
                "In row {row} of {file} a quotation mark opens a cell that is never closed, so every line after it "
                "would be read into that cell. Add the missing quotation mark, or remove the stray one.",
            ).format(row=row_number, file=path.name)
        )


def _undecodable_row(path: Path, encoding: str, delimiter: str) -> int | None:
    """The number of the row holding the first line not in ``encoding``. The text reader decodes
    ahead of the rows read, so where it failed says only roughly where the line is."""
    if encoding == "utf-16":
        return None  # its lines are not split at a newline byte
    codec = _CODECS[encoding]
    found = False

    def lines() -> Iterator[str]:
        nonlocal found
        with open(path, "rb") as binary:
            while line := binary.readline(LINE_LIMIT + 1):
                try:
                    yield line.decode(codec)
                except UnicodeDecodeError:
                    found = True
                    return

    rows_before = 0
    try:
        for _ in csv.reader(lines(), delimiter=delimiter):
            if found:
                break  # the row the line not in the encoding ends
            rows_before += 1
    except (csv.Error, OSError):
        return None
    return rows_before + 1 if found else None


def _ends_inside_quotes(record: str, delimiter: str) -> bool:
    try:
        for _ in csv.reader(io.StringIO(record, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def encoding_name(encoding: str) -> str:
    return {"utf-8": "UTF-8", "cp1251": "Windows-1251", "utf-16": "UTF-16"}.get(encoding, encoding)


# --- Workbooks ---------------------------------------------------------------------


def _not_a_workbook(path: Path) -> ImportProblem:
    return ImportProblem(
        translate(
            "member_import",
            "The file {file} is not an Excel workbook that can be read. Open it in Excel or LibreOffice and save it "
            "again as .xlsx, or as CSV.",
        ).format(file=path.name)
    )


def check_workbook_archive(path: Path) -> None:
    """Refuse a file that is not a zip, or one whose parts would unpack to far more than a
    member list can be. zipfile stops each part at the size its directory declares, so the
    declared sizes bound what openpyxl can unpack."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _not_a_workbook(path) from None
    unpacked = sum(part.file_size for part in parts)
    if (
        len(parts) > MAX_PARTS
        or unpacked > MAX_UNPACKED_BYTES
        or any(part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1) for part in parts)
    ):
        raise ImportProblem(
            translate(
                "member_import",
                "The workbook {file} would unpack to {size} MB, far more than a list of members: it was not "
                "opened. It may be damaged, or made to fill the computer's memory.",
            ).format(file=path.name, size=f"{unpacked // (1024 * 1024):,}")
        )


@contextlib.contextmanager
def _open_workbook(path: Path, head: bytes, sheet: str | None):
    if not head.startswith(ZIP_SIGNATURE):
        raise _not_a_workbook(path)
    check_workbook_archive(path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        logger.info("workbook not readable: %s", type(error).__name__)
        raise _not_a_workbook(path) from None
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            # The first sheet with rows: a workbook often keeps an empty "Лист1" before the list.
            tables = (
                _sheet_table(path, worksheet, names) for worksheet in workbook.worksheets if hasattr(worksheet, "iter_rows")
            )
            table = next((table for table in tables if _has_rows(table)), None)
            if table is None:
                worksheet = workbook.worksheets[0] if workbook.worksheets else None
        elif sheet in names:
            worksheet, table = workbook[sheet], None
        else:
            problem = ImportProblem(
                translate("member_import", "The workbook {file} has no sheet “{sheet}”; its sheets: {sheets}.").format(
                    file=path.name, sheet=sheet, sheets=", ".join(names)
                )
            )
            problem.kind, problem.sheet_names = "xlsx", names
            raise problem
        if table is None:
            if worksheet is None or not hasattr(worksheet, "iter_rows"):
                problem = ImportProblem(
                    translate("member_import", "The sheet “{sheet}” of {file} holds no table.").format(
                        sheet=sheet if sheet is not None else (names[0] if names else ""), file=path.name
                    )
                )
                problem.kind, problem.sheet_names, problem.sheet = "xlsx", names, sheet
                raise problem
            table = _sheet_table(path, worksheet, names)
        yield table
    finally:
        workbook.close()


def _sheet_table(path: Path, worksheet, names: list[str]) -> Table:
    # The declared size is not trusted: a sheet saying it is 16,384 columns wide would make
    # every row that wide. Rows come as long as their last cell.
    worksheet.reset_dimensions()
    total, merges = _sheet_outline(path, getattr(worksheet, "_worksheet_path", None))
    done = [0]
    return Table(
        kind="xlsx",
        encoding=None,
        delimiter=None,
        sheet_names=names,
        sheet=worksheet.title,
        total=total,
        rows=_sheet_rows(path, worksheet, merges, done),
        done=lambda: done[0],
    )


def _has_rows(table: Table) -> bool:
    """Whether the sheet has a row that is not blank; the row looked at is kept in ``table.rows``."""
    first = next(table.rows, None)
    if first is None:
        return False
    table.rows = itertools.chain([first], table.rows)
    return True


def _sheet_outline(path: Path, part: str | None) -> tuple[int, list[tuple[int, int, int, int]]]:
    """The sheet's number of rows (for the progress) and its merged cells as (first column,
    first row, last column, last row), from one scan of the sheet's XML. Read-only mode gives
    neither cheaply: it gives the merges only after the rows, and for a sheet that does not
    declare its size (as openpyxl's own write-only files) it parses the whole sheet to count
    them. Unpacking is a small part of what parsing costs."""
    if not part:
        return 0, []
    from openpyxl.utils.cell import range_boundaries

    rows = 0
    found = []

    def scan(text: bytes) -> None:
        nonlocal rows
        rows += len(_ROW_TAG.findall(text))
        found.extend(match.group(1).decode("ascii") for match in _MERGE_REF.finditer(text))

    tail = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part.lstrip("/")) as sheet:
            while chunk := sheet.read(1024 * 1024):
                text = tail + chunk
                # The end that may hold the start of a tag cut in two waits for the next chunk.
                cut = text.rfind(b"<")
                if cut < 0 or len(text) - cut >= 100:
                    cut = len(text)
                scan(text[:cut])
                tail = text[cut:]
            scan(tail)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return 0, []
    ranges = []
    for reference in dict.fromkeys(found):
        try:
            ranges.append(range_boundaries(reference))
        except ValueError:
            continue
    return rows, ranges


def _sheet_rows(path: Path, worksheet, merges, done: list[int]) -> Iterator[tuple[int, list[str]]]:
    starting: dict[int, list[tuple[int, int, int, int]]] = {}
    for merge in merges:
        starting.setdefault(merge[1], []).append(merge)
    active: list[tuple[tuple[int, int, int, int], str]] = []
    try:
        for row_number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            done[0] = row_number
            cells = [cell_text(value) for value in values]
            if starting or active:
                active = [(merge, text) for merge, text in active if merge[3] >= row_number]
                for merge in starting.pop(row_number, ()):
                    first_column = merge[0]
                    active.append((merge, cells[first_column - 1] if first_column <= len(cells) else ""))
                for (first_column, _, last_column, _), text in active:
                    if len(cells) < last_column:
                        cells.extend([""] * (last_column - len(cells)))
                    cells[first_column - 1 : last_column] = [text] * (last_column - first_column + 1)
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                yield row_number, cells
    except ImportProblem:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on a damaged sheet
        logger.info("sheet not readable: %s", type(error).__name__)
        raise ImportProblem(
            translate("member_import", "Row {row} of the workbook {file} cannot be read: the file may be damaged.").format(
                row=done[0] + 1, file=path.name
            )
        ) from None


def cell_text(value) -> str:
    """A cell's value as the text a member field takes: numbers without a decimal point when
    whole (a phone saved as the number 7.01e9 reads 7010000000), dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
