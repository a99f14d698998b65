"""The member list as a spreadsheet: CSV as Excel on a Russian or Kazakh Windows reads it, or
.xlsx; the columns of the member list, headed in the language asked for.

Nothing a spreadsheet would run as a formula leaves the app: in a CSV file a cell beginning
with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's advice on CSV
injection), and so does one beginning with an apostrophe, so that the importer, which takes
one apostrophe off before those characters, gives back exactly what was written (a phone
"+7 701 …" stays "+7 701 …"). In .xlsx every cell is a string cell, never a formula; those
beginning so are marked "quote prefix", Excel's own mark for text typed after an apostrophe,
which keeps them text when edited and shows them without the apostrophe (one beginning with
an apostrophe gets a second, as in CSV).

The members are read in chunks of ids and written as they are read: memory stays flat
whatever the size of the list. The file is written under a temporary name and renamed when
whole (committee_app.atomic).
"""

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from ..atomic import file_written_atomically
from ..errors import UserError, translate
from ..i18n import LANGUAGES, app_translator
from ..labels import Translate, label
from ..models import Member
from ..services.members import EDITABLE_FIELDS, IDS_PER_QUERY, field_labels
from ..store import Store
from ..vocabulary import MemberRole, MemberStatus

DELIMITERS = (";", ",")
DEFAULT_DELIMITER = ";"
# What a spreadsheet reads as the start of a formula (or of a cell it may run as one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Put before a cell that begins with a formula character; escaped itself so the importer can undo it.
NEUTRALISING_PREFIX = "'"
DATE_FORMAT = "%d.%m.%Y"
XLSX_DATE_FORMAT = "DD.MM.YYYY"
# Characters of width per column in the workbook: wide enough for a typical value of each.
XLSX_COLUMN_WIDTHS = {
    "full_name": 34,
    "phone": 18,
    "workplace": 28,
    "unit": 24,
    "occupation": 22,
    "role": 16,
    "status": 12,
    "joined_on": 13,
    "notes": 40,
}

Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


def neutralised(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula; ``restored`` undoes it."""
    if text.startswith(FORMULA_STARTS + (NEUTRALISING_PREFIX,)):
        return NEUTRALISING_PREFIX + text
    return text


def restored(cell: str) -> str:
    """A CSV cell written by ``neutralised`` read back as it was before."""
    if cell.startswith(NEUTRALISING_PREFIX) and cell[1:2] and cell[1] in FORMULA_STARTS + (NEUTRALISING_PREFIX,):
        return cell[1:]
    return cell


def format_for(path: Path, fmt: ExportFormat | None = None) -> ExportFormat:
    """The format asked for, else the one the file's extension names; any other is refused."""
    if fmt is not None:
        return ExportFormat(fmt)
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ExportFormat.__members__:
        return ExportFormat(suffix)
    raise UserError(
        translate(
            "member_export", "Members can be exported to a .csv or an .xlsx file, not to “{name}”: end the file's name in .csv or .xlsx."
        ).format(name=Path(path).name)
    )


def check_delimiter(delimiter: str) -> None:
    if delimiter not in DELIMITERS:
        raise UserError(
            translate(
                "member_export", "The separator of a CSV file can be a semicolon (;) or a comma (,), not “{delimiter}”."
            ).format(delimiter=delimiter)
        )


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UserError(
            translate("member_export", "The columns can be headed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.").format(
                language=language
            )
        )


def language_translate(language: str) -> Translate:
    """The app's messages in ``language``, whatever the UI's language."""
    translator = app_translator(language)
    if translator is None:
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def column_headers(language: str) -> list[str]:
    labels = field_labels(language_translate(language))
    return [labels[name] for name in EDITABLE_FIELDS]


def _member_ids(connection, *, include_left: bool) -> list[int]:
    """The ids in the list's order (by name); ids only, the members are read in chunks."""
    ordered = func.json_group_array(Member.id).aggregate_order_by(Member.sort_name.asc(), Member.id.asc())
    statement = select(ordered)
    if not include_left:
        statement = statement.where(Member.status != MemberStatus.left)
    return json.loads(connection.scalar(statement))


def _member_records(connection, ids: list[int]) -> Iterator[tuple]:
    """The exported fields of each member, in the order of ``ids``, a chunk of ids at a time."""
    columns = [Member.id, *(getattr(Member, name) for name in EDITABLE_FIELDS)]
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        by_id = {record[0]: record[1:] for record in connection.execute(select(*columns).where(Member.id.in_(chunk)))}
        for member_id in chunk:
            yield by_id[member_id]


def export_members(
    store: Store,
    path: Path,
    *,
    language: str,
    fmt: ExportFormat | None = None,
    delimiter: str = DEFAULT_DELIMITER,
    include_left: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write the members to ``path`` (CSV or .xlsx, by ``fmt`` or else the extension) with the
    columns headed in ``language``; the number of members written. Refused before anything is
    written: an unknown format, separator or language; the file is replaced only when whole."""
    path = Path(path)
    chosen = format_for(path, fmt)
    check_delimiter(delimiter)
    check_language(language)
    translate_to = language_translate(language)
    labels = field_labels(translate_to)
    # One read transaction: the file is one moment's list, whatever is saved meanwhile.
    with store.connection() as connection:
        ids = _member_ids(connection, include_left=include_left)
        rows = _member_records(connection, ids)
        with file_written_atomically(path, mode=0o600) as file:
            if chosen is ExportFormat.csv:
                written = _write_csv(file, labels, rows, translate_to, delimiter, len(ids), progress)
            else:
                written = _write_xlsx(file, labels, rows, translate_to, len(ids), progress, path.parent)
    return written


def _shown(name: str, value, translate_to: Translate) -> str | date | None:
    """A field's value as the list shows it: roles and statuses in words, a date as a date."""
    if name == "role":
        return label(MemberRole(value), translate_to)
    if name == "status":
        return label(MemberStatus(value), translate_to)
    if name == "joined_on":
        return value
    return value or ""


def _report(progress: Progress | None, written: int, total: int) -> None:
    if progress is not None and (written % IDS_PER_QUERY == 0 or written == total):
        progress(written, total)


def _write_csv(file, labels, rows, translate_to, delimiter, total, progress) -> int:
    text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
    # CRLF, as Excel writes CSV; minimal quoting, so a cell with the separator, a quote or a
    # line break is quoted and everything else stays plain.
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralised(labels[name]) for name in EDITABLE_FIELDS])
    written = 0
    for record in rows:
        cells = []
        for name, value in zip(EDITABLE_FIELDS, record):
            shown = _shown(name, value, translate_to)
            if isinstance(shown, date):
                cells.append(shown.strftime(DATE_FORMAT))
            else:
                cells.append(neutralised(shown or ""))
        writer.writerow(cells)
        written += 1
        _report(progress, written, total)
    text.flush()
    # The atomic writer flushes, syncs and closes the file itself.
    text.detach()
    if progress is not None and written == 0:
        progress(0, 0)
    return written


def _write_xlsx(file, labels, rows, translate, total, progress, folder: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("member_export", "Members"))
    for number, name in enumerate(EDITABLE_FIELDS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = XLSX_COLUMN_WIDTHS[name]
    # The header row stays in view while the list scrolls.
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(text: str, *, font=None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet)
        if text.startswith(FORMULA_STARTS):
            cell.value = text
            cell.quotePrefix = True
        else:
            # A leading apostrophe doubled, as in CSV: the importer takes one off.
            cell.value = neutralised(text)
        # A string cell, never a formula, whatever the text begins with.
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        return cell

    sheet_rows = _sheet_rows_beside(sheet, folder)
    try:
        sheet.append([text_cell(labels[name], font=bold) for name in EDITABLE_FIELDS])
        written = 0
        for record in rows:
            cells = []
            for name, value in zip(EDITABLE_FIELDS, record):
                shown = _shown(name, value, translate)
                if isinstance(shown, date):
                    cell = WriteOnlyCell(sheet, value=shown)
                    cell.number_format = XLSX_DATE_FORMAT
                    cells.append(cell)
                elif not shown:
                    cells.append(None)
                else:
                    cells.append(text_cell(shown))
            sheet.append(cells)
            written += 1
            _report(progress, written, total)
        _save_workbook(workbook, file)
    finally:
        _remove_sheet_rows(sheet, sheet_rows)
    return written


def _sheet_rows_beside(sheet, folder: Path) -> Path:
    """openpyxl keeps a sheet's rows in a temporary file until the workbook is saved; by
    default in the system's temporary folder, on the laptop's own disk, even when the list
    goes to a stick. It is made beside the file being written instead, and removed after."""
    from openpyxl.worksheet import _writer

    fd, name = tempfile.mkstemp(prefix=".members-sheet.", suffix=".tmp", dir=folder)
    os.close(fd)
    # openpyxl removes the files it lists once the workbook is saved (and at exit).
    _writer.ALL_TEMP_FILES.append(name)
    sheet._writer = _writer.WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()
    return Path(name)


def _remove_sheet_rows(sheet, sheet_rows: Path) -> None:
    from openpyxl.worksheet import _writer

    if sheet._rows is not None and not sheet.closed:
        with contextlib.suppress(Exception):
            sheet._rows.close()
    with contextlib.suppress(OSError):
        sheet_rows.unlink(missing_ok=True)
    with contextlib.suppress(ValueError):
        _writer.ALL_TEMP_FILES.remove(str(sheet_rows))


def _save_workbook(workbook, file) -> None:
    """workbook.save, with the zip closed on a failure too (else it complains when collected)."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(file, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(workbook, archive).save()
    except BaseException:
        with contextlib.suppress(Exception):
            archive.close()
        raise
