"""Member import from CSV and .xlsx: a preview that writes nothing, then one transaction.

A row is the same as a member already there (or as an earlier row of the file) when the
names match — any case, any spacing, ё read as е — and either the phones are one number
(8 and +7 the same prefix) or one of the two has no phone. Namesakes with different
phones are different people. A row that is the same is skipped, or updates the member:
its non-empty cells replace the member's fields and its empty cells leave them as they are.
A row that repeats an earlier row of the file is always skipped. So importing one file
twice adds nothing the second time.
"""

import itertools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from ..errors import ValidationError, translate
from ..folding import digits_only, fold, national_number
from ..labels import label
from ..models import Member
from ..services import members as member_service
from ..store import Store
from ..vocabulary import MemberRole, MemberStatus
from .columns import (
    HEADER_SEARCH_ROWS,
    IMPORT_TARGETS,
    NAME_PARTS,
    choice_words,
    has_name,
    header_key,
    header_score,
    recognised_mapping,
    target_labels,
)
from .tables import ROWS_PER_CHECK, ImportCancelled, ImportProblem, WrongEncoding, cancelled_message, open_table

__all__ = [
    "IMPORT_TARGETS",
    "ImportCancelled",
    "ImportOptions",
    "ImportPreview",
    "ImportProblem",
    "ImportSummary",
    "NoUsableColumn",
    "OnDuplicate",
    "PreviewRow",
    "RowStatus",
    "commit_import",
    "read_import_preview",
    "target_labels",
]

Progress = Callable[[int, int], None]
MEMBER_FIELDS = member_service.EDITABLE_FIELDS
# Members are written in chunks of this many rows (all in one transaction), so that progress moves.
ROWS_PER_WRITE = 5000
# A cell a spreadsheet would run as a formula, as an export writes it: with an apostrophe before
# (and a cell that began with an apostrophe itself, with one more, so that it reads back whole).
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r'])")
_SCIENTIFIC = re.compile(r"^\+?\d+(?:[.,]\d+)?[eE]\+?\d+$")
# Descriptions that spreadsheets often break over lines within a cell.
_WRAPPED = ("workplace", "unit", "occupation")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_EXCEL_DAY_NUMBER = re.compile(r"^\d{1,7}(?:\.\d+)?$")
# Excel's day numbers run from 1 (1 January 1900) to 2958465 (31 December 9999).
_LAST_EXCEL_DAY = 2_958_465


class OnDuplicate(StrEnum):
    skip = "skip"
    update = "update"


class RowStatus(StrEnum):
    new = "new"
    same = "same"
    error = "error"


@dataclass(frozen=True)
class ImportOptions:
    encoding: str | None = None  # None: detected; else "utf-8", "cp1251" (UTF-8 with a BOM is "utf-8")
    delimiter: str | None = None  # None: detected; else ",", ";", "\t"
    sheet: str | None = None  # .xlsx: the sheet's name; None: the first sheet
    # Column index (from 0) → target, or None for a column left out; None: recognised from the header.
    mapping: Mapping[int, str | None] | None = None
    # The header row's number (from 1); 0: the file has no header row; None: found among the first rows.
    header_row: int | None = None


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row_number: int  # from 1, as the spreadsheet numbers its rows
    status: RowStatus
    values: Mapping[str, str]  # member fields as they will be written (full_name, phone, …)
    reason: str = ""  # translated: why the row is an error, or which earlier row it repeats
    existing_member_id: int | None = None  # for "same": the member already in the store


@dataclass
class ImportPreview:
    path: Path
    kind: str  # "csv" or "xlsx"
    encoding: str | None  # as read (None for a workbook)
    delimiter: str | None
    sheet_names: list[str]
    sheet: str | None
    header_row_number: int  # from 1; 0 when the file has no header row
    headers: list[str]  # the header row's cells, trailing empty ones dropped
    mapping: dict[int, str | None]  # as used
    rows: Sequence[PreviewRow]
    # The columns with a header or a value in the first rows, from 0: the others are empty.
    filled_columns: list[int] = field(default_factory=list)
    _counts: dict[RowStatus, int] = field(default_factory=dict, repr=False)

    def count(self, status: RowStatus) -> int:
        if isinstance(self.rows, PreviewRows):
            return self.rows.count_of(status)
        if not self._counts:
            counts = dict.fromkeys(RowStatus, 0)
            for row in self.rows:
                counts[row.status] += 1
            self._counts.update(counts)
        return self._counts[status]


# Between a row's fields in the text kept for it: a cleaned field never holds a control character.
_SEPARATOR = "\x1f"
_STATUSES = tuple(RowStatus)
_STATUS_CODES = {status: code for code, status in enumerate(_STATUSES)}


class PreviewRows(Sequence[PreviewRow]):
    """A preview's rows, kept compact: 100,000 rows take about the file's size, not several
    times it. Each row's fields are one stretch of UTF-8 in a shared buffer, its status a byte
    and its number an integer in an array; reasons and existing members only for the rows
    that have them. A PreviewRow is made when a row is looked at."""

    def __init__(self, fields: Sequence[str]):
        self.fields = tuple(fields)  # the member fields every row has, in this order
        self._numbers = array("q")
        self._statuses = bytearray()
        self._text = bytearray()
        self._ends = array("q")
        self._reasons: dict[int, str] = {}
        self._existing: dict[int, int] = {}
        # Rows whose fields cannot be joined by the separator (an error row's raw cells may hold it).
        self._unjoinable: dict[int, tuple[str, ...]] = {}

    @classmethod
    def of(cls, rows: Iterable[PreviewRow]) -> "PreviewRows":
        compact = cls(MEMBER_FIELDS)
        for row in rows:
            values = tuple(row.values.get(name, "") for name in MEMBER_FIELDS)
            compact.append(row.row_number, row.status, values, row.reason, row.existing_member_id)
        return compact

    def append(
        self, row_number: int, status: RowStatus, values: tuple[str, ...], reason: str = "", existing: int | None = None
    ) -> None:
        index = len(self._numbers)
        self._numbers.append(row_number)
        self._statuses.append(_STATUS_CODES[status])
        joined = _SEPARATOR.join(values)
        if joined.count(_SEPARATOR) == len(values) - 1:
            self._text += joined.encode()
        else:
            self._unjoinable[index] = values
        self._ends.append(len(self._text))
        if reason:
            self._reasons[index] = reason
        if existing is not None:
            self._existing[index] = existing

    def __len__(self) -> int:
        return len(self._numbers)

    def count_of(self, status: RowStatus) -> int:
        return self._statuses.count(_STATUS_CODES[status])

    def _values(self, index: int) -> tuple[str, ...]:
        unjoinable = self._unjoinable.get(index)
        if unjoinable is not None:
            return unjoinable
        start = self._ends[index - 1] if index else 0
        return tuple(self._text[start : self._ends[index]].decode().split(_SEPARATOR))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("preview row index out of range")
        return PreviewRow(
            self._numbers[index],
            _STATUSES[self._statuses[index]],
            dict(zip(self.fields, self._values(index), strict=True)),
            self._reasons.get(index, ""),
            self._existing.get(index),
        )

    def __iter__(self) -> Iterator[PreviewRow]:
        return (self[index] for index in range(len(self)))

    def records(self) -> Iterator[tuple[int, RowStatus, tuple[str, ...]]]:
        """(row number, status, field values aligned with ``fields``) of every row, without a PreviewRow."""
        for index in range(len(self)):
            yield self._numbers[index], _STATUSES[self._statuses[index]], self._values(index)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    skipped: int
    errors: int


class NoUsableColumn(ImportProblem):
    """No column holds names. The first rows' cells come with it, so that the columns can be
    chosen by hand (``ImportOptions.mapping``)."""

    def __init__(
        self, message: str, *, headers: list[str], header_row_number: int, sheet_names: list[str], filled_columns: list[int]
    ):
        super().__init__(message)
        self.headers = headers
        self.header_row_number = header_row_number
        self.sheet_names = sheet_names
        self.filled_columns = filled_columns


# --- Matching ---------------------------------------------------------------------------


def name_key(full_name: str) -> str:
    return " ".join(fold(full_name).replace("ё", "е").split())


def phone_key(phone: str) -> str:
    digits = digits_only(phone)
    return national_number(digits) or digits


@dataclass(slots=True)
class _Known:
    member_id: int | None  # None: a row of this file, not yet a member
    phone: str
    row_number: int | None


class _SameFinder:
    """The members (and earlier rows) by name, to find the one a row is the same as."""

    def __init__(self, connection_or_session):
        self._by_name: dict[str, list[_Known]] = {}
        for member_id, full_name, phone in connection_or_session.execute(select(Member.id, Member.full_name, Member.phone)):
            self._by_name.setdefault(name_key(full_name), []).append(_Known(member_id, phone_key(phone), None))

    def find(self, name: str, phone: str) -> _Known | None:
        candidates = self._by_name.get(name)
        if not candidates:
            return None
        if not phone:
            return candidates[0]
        for candidate in candidates:
            if candidate.phone == phone:
                return candidate
        for candidate in candidates:
            if not candidate.phone:
                return candidate
        return None

    def has_members(self) -> bool:
        return bool(self._by_name)

    def add_row(self, name: str, phone: str, row_number: int) -> None:
        self._by_name.setdefault(name, []).append(_Known(None, phone, row_number))


# --- Reading ----------------------------------------------------------------------------


def read_import_preview(
    store: Store,
    path,
    options: ImportOptions = ImportOptions(),
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Every row of the file with what importing it would do. Writes nothing."""
    path = Path(path)
    try:
        return _read_preview(store, path, options, progress, cancelled)
    except WrongEncoding as problem:
        # The first part of the file read as UTF-8 and a later one did not: Windows-1251 it is.
        if options.encoding is not None or problem.encoding != "utf-8":
            raise
        try:
            return _read_preview(store, path, _with_encoding(options, "cp1251"), progress, cancelled)
        except ImportCancelled:
            raise
        except ImportProblem:
            # Not Windows-1251 either (UTF-8's Cyrillic bytes are not all Windows-1251, nor
            # are its headers then known): the row that is not UTF-8 is the one to mend.
            raise problem from None


def _with_encoding(options: ImportOptions, encoding: str) -> ImportOptions:
    return ImportOptions(
        encoding=encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        mapping=options.mapping,
        header_row=options.header_row,
    )


def _read_preview(store, path: Path, options: ImportOptions, progress, cancelled) -> ImportPreview:
    with open_table(path, encoding=options.encoding, delimiter=options.delimiter, sheet=options.sheet) as table:
        try:
            first_rows = list(itertools.islice(table.rows, HEADER_SEARCH_ROWS))
            if not first_rows:
                if table.kind == "xlsx":
                    raise ImportProblem(
                        translate("member_import", "The sheet “{sheet}” of {file} has no rows.").format(
                            sheet=table.sheet, file=path.name
                        )
                    )
                raise ImportProblem(translate("member_import", "The file {file} has no rows.").format(file=path.name))
            header_number, headers = _header_row(first_rows, options)
            mapping = _mapping(headers, options)
            if not has_name(mapping):
                raise _no_name_column(path, first_rows, header_number, headers, table.sheet_names)
            with store.connection() as connection:
                finder = _SameFinder(connection)
            reader = _RowReader(mapping, serial_dates=table.kind == "xlsx")
            rows = PreviewRows(reader.fields)
            data = (item for item in itertools.chain(first_rows, table.rows) if item[0] > header_number)
            for count, (row_number, cells) in enumerate(data, start=1):
                if count % ROWS_PER_CHECK == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(cancelled_message())
                    if progress is not None:
                        progress(table.done(), table.total)
                if cells == headers:
                    continue  # the header repeated, as on every page of a printed list
                reader.read_row(row_number, cells, finder, rows)
        except ImportProblem as problem:
            problem.found_in(table)
            raise
        if progress is not None:
            progress(table.total, table.total)
        return ImportPreview(
            path=path,
            kind=table.kind,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet_names=table.sheet_names,
            sheet=table.sheet,
            header_row_number=header_number,
            headers=headers,
            mapping=mapping,
            rows=rows,
            filled_columns=_filled_columns(first_rows, headers),
        )


def _filled_columns(first_rows: list[tuple[int, list[str]]], headers: list[str]) -> list[int]:
    filled = {index for index, cell in enumerate(headers) if cell.strip()}
    for _, cells in first_rows:
        filled.update(index for index, cell in enumerate(cells) if cell.strip())
    return sorted(filled)


def _header_row(first_rows: list[tuple[int, list[str]]], options: ImportOptions) -> tuple[int, list[str]]:
    if options.header_row == 0:
        width = max(len(cells) for _, cells in first_rows)
        return 0, [""] * width
    if options.header_row is not None:
        for number, cells in first_rows:
            if number == options.header_row:
                return number, cells
        return options.header_row, []
    scored = [(header_score(cells), -index) for index, (_, cells) in enumerate(first_rows)]
    best_score, best_index = max(scored)
    if best_score == 0:
        if options.mapping is not None and not _first_row_names_columns(first_rows):
            # Columns chosen by hand for a list with no header: its first row is a member.
            width = max(len(cells) for _, cells in first_rows)
            return 0, [""] * width
        return first_rows[0]
    return first_rows[-best_index]


def _first_row_names_columns(first_rows: list[tuple[int, list[str]]]) -> bool:
    """Whether the first row, though no header the import knows, names the columns below it:
    it has a header it knows for some column, or a cell without a digit over a column whose
    cells below all have digits (as "№" over 1, 2, 3 or "Тел. моб." over phones)."""
    header = first_rows[0][1]
    if any(target is not None for target in recognised_mapping(header).values()):
        return True
    below = [cells for _, cells in first_rows[1:]]
    for index, cell in enumerate(header):
        if not cell.strip() or _has_digit(cell):
            continue
        column = [cells[index] for cells in below if index < len(cells) and cells[index].strip()]
        if column and all(_has_digit(text) for text in column):
            return True
    return False


def _has_digit(text: str) -> bool:
    return any(character.isdigit() for character in text)


def _mapping(headers: list[str], options: ImportOptions) -> dict[int, str | None]:
    if options.mapping is None:
        return recognised_mapping(headers)
    mapping = {}
    for index, target in options.mapping.items():
        if target is not None and target not in IMPORT_TARGETS:
            raise ValueError(f"unknown import target {target!r}")
        mapping[int(index)] = target
    return mapping


def _no_name_column(path, first_rows, header_number, headers, sheet_names) -> NoUsableColumn:
    return NoUsableColumn(
        translate(
            "member_import",
            "No column of {file} could be recognised as the members' names: none of its first rows has a header "
            "such as “Full name”, “ФИО”, “Фамилия” or “Аты-жөні”. Add such a header above the names, or choose "
            "the columns by hand.",
        ).format(file=path.name),
        headers=headers,
        header_row_number=header_number,
        sheet_names=sheet_names,
        filled_columns=_filled_columns(first_rows, headers),
    )


class _RowReader:
    """Turns a row's cells into member fields, checked as the member form checks them."""

    def __init__(self, mapping: Mapping[int, str | None], *, serial_dates: bool = False):
        # A workbook's date cell formatted as a number reads as Excel's day number (44958).
        self._serial_dates = serial_dates
        self._columns = [(index, target) for index, target in sorted(mapping.items()) if target is not None]
        targets = {target for _, target in self._columns}
        self.fields = tuple(name for name in MEMBER_FIELDS if name in targets or name == "full_name")
        self._name_parts = [target for target in NAME_PARTS if target in targets]
        self._words = choice_words()
        self._labels = member_service.field_labels()

    def read_row(self, row_number: int, cells: list[str], finder: _SameFinder, rows: PreviewRows) -> None:
        found = {}
        width = len(cells)
        for index, target in self._columns:
            if index < width:
                text = cells[index]
                if text.startswith("'"):
                    text = _NEUTRALISED.sub("", text)
                found[target] = text.strip()
        for target in _WRAPPED:
            if target in found and ("\n" in found[target] or "\r" in found[target] or "\t" in found[target]):
                # A cell broken over lines in Excel (Alt+Enter) is one line in the list.
                found[target] = " ".join(found[target].split())
        full_name = found.get("full_name", "")
        if not full_name and self._name_parts:
            full_name = " ".join(found[part] for part in self._name_parts if found.get(part))
        values = {name: found.get(name, "") for name in self.fields}
        values["full_name"] = full_name
        try:
            values = self._cleaned(values)
        except ValidationError as error:
            rows.append(row_number, RowStatus.error, tuple(values.values()), str(error))
            return
        texts = tuple(values.values())
        name, phone = name_key(full_name), phone_key(values.get("phone", ""))
        same = finder.find(name, phone)
        if same is None:
            finder.add_row(name, phone, row_number)
            rows.append(row_number, RowStatus.new, texts)
        elif same.member_id is None:
            reason = translate("member_import", "The same as row {row} of this file.").format(row=same.row_number)
            rows.append(row_number, RowStatus.same, texts, reason)
        else:
            rows.append(row_number, RowStatus.same, texts, "", same.member_id)

    def _cleaned(self, values: dict[str, str]) -> dict[str, str]:
        if not values["full_name"]:
            raise ValidationError(translate("member_import", "The row has no name."))
        if values.get("phone") and _SCIENTIFIC.match(values["phone"]):
            values["phone"] = _whole_number(values["phone"])
        for target in ("role", "status"):
            if values.get(target):
                values[target] = self._choice(target, values[target])
        if values.get("joined_on"):
            values["joined_on"] = self._date(values["joined_on"])
        # An empty cell is no value: a new member takes the form's default role and status, and
        # an update leaves the member's own.
        cleaned = member_service.cleaned_member_fields({name: value for name, value in values.items() if value})
        return {name: _as_text(cleaned.get(name, "")) for name in values}

    def _choice(self, target: str, text: str) -> str:
        choice = self._words[target].get(header_key(text))
        if choice is None:
            choices = MemberRole if target == "role" else MemberStatus
            raise ValidationError(
                translate("member_import", "{field} cannot be “{value}”; the file may say: {allowed}.").format(
                    field=self._labels[target], value=text, allowed=", ".join(label(choice) for choice in choices)
                )
            )
        return choice.value

    def _date(self, text: str) -> str:
        text = text.split(" ")[0] if len(text) > 10 and text[4:5] == "-" else text
        match = _DAY_MONTH_YEAR.match(text)
        try:
            if self._serial_dates and _EXCEL_DAY_NUMBER.match(text):
                return _excel_day(text)
            if match:
                day, month, year = (int(part) for part in match.groups())
                return date(year, month, day).isoformat()
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValidationError(
                translate("member_import", "{field} must be a date such as 15.03.2021 or 2021-03-15, not “{value}”.").format(
                    field=self._labels["joined_on"], value=text
                )
            ) from None


def _excel_day(text: str) -> str:
    from openpyxl.utils.datetime import from_excel

    number = float(text)
    if not 1 <= number <= _LAST_EXCEL_DAY:
        raise ValueError(text)
    return from_excel(number).date().isoformat()


def _whole_number(text: str) -> str:
    """A phone written as a number in scientific notation as its digits, when the notation
    holds them all ("7.7012345678E+10"). Excel writes a phone it took for a number so into a
    CSV file cut to a few digits ("8,70112E+10"): the rest are lost, and not made up as zeros."""
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return text
    mantissa = re.split("[eE]", text)[0]
    written_digits = digits_only(mantissa).lstrip("0")
    if number != number.to_integral_value() or len(written_digits) < len(str(int(number))):
        raise ValidationError(
            translate(
                "member_import",
                "Excel shortened this phone number to “{value}”; format the column as text in Excel and save again.",
            ).format(value=text)
        )
    return str(int(number))


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- Writing ----------------------------------------------------------------------------


def commit_import(
    store: Store,
    preview: ImportPreview,
    *,
    on_duplicate: OnDuplicate = OnDuplicate.skip,
    progress: Progress | None = None,
) -> ImportSummary:
    """Add the new rows and skip or update the same ones, in one transaction: all or nothing.
    Whether a row is the same is looked at again inside the transaction, so a member added
    since the preview is not added twice."""
    on_duplicate = OnDuplicate(on_duplicate)
    rows = preview.rows if isinstance(preview.rows, PreviewRows) else PreviewRows.of(preview.rows)
    fields = rows.fields
    name_at = fields.index("full_name")
    phone_at = fields.index("phone") if "phone" in fields else None
    added = 0
    updates: dict[int, dict[str, str]] = {}
    skipped = errors = 0
    total = len(rows)
    waiting: list[tuple[str, ...]] = []
    with store.session() as session:
        finder = _SameFinder(session)
        # With no member in the store and no row the same as another, every row the preview
        # found new is new: the rows need no key to be looked up by.
        look_up = finder.has_members() or rows.count_of(RowStatus.same) > 0
        with member_service.indexes_filled_at_the_end(session, incoming=rows.count_of(RowStatus.new)):
            for done, (row_number, status, values) in enumerate(rows.records()):
                if status == RowStatus.error:
                    errors += 1
                    continue
                same = None
                if look_up:
                    name = name_key(values[name_at])
                    phone = phone_key(values[phone_at]) if phone_at is not None else ""
                    same = finder.find(name, phone)
                    if same is None:
                        finder.add_row(name, phone, row_number)
                if same is None:
                    waiting.append(values)
                    if len(waiting) == ROWS_PER_WRITE:
                        added += _insert(session, fields, waiting, done, total, progress)
                elif same.member_id is not None and on_duplicate == OnDuplicate.update and same.member_id not in updates:
                    updates[same.member_id] = {name: value for name, value in zip(fields, values, strict=True) if value}
                else:
                    skipped += 1
            added += _insert(session, fields, waiting, total, total, progress)
        member_service.update_members_in_bulk(session, updates)
    if progress is not None:
        progress(total, total)
    return ImportSummary(added=added, updated=len(updates), skipped=skipped, errors=errors)


def _insert(session, fields: tuple[str, ...], waiting: list[tuple[str, ...]], done: int, total: int, progress) -> int:
    """Insert the rows waiting, and empty the list."""
    if progress is not None:
        progress(done, total)
    count = len(waiting)
    member_service.insert_new_member_records(session, member_service.new_member_records(session, fields, waiting))
    waiting.clear()
    return count
