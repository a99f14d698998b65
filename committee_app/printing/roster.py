"""The member list on paper: names, phones and workplaces, marked confidential on every page.

A printed roster in the wrong hands exposes every member, so the mark is in the running
header of each page and in the document's title, not only on the first page. Its redacted
form, for paper that may be seized, gives each member's initials, role and status only.
"""

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from sqlalchemy import select

from ..errors import translate
from ..labels import label
from ..models import Member
from ..person_names import redacted_name
from ..services.erasure import erased_name_template, shown_name
from ..services.members import MemberRow
from ..services.profile import get_profile
from ..store import Store
from ..vocabulary import MemberStatus
from .document import (
    SANS,
    DocumentLanguage,
    PaperChoice,
    Styles,
    build_pdf,
    check_choice,
    make_styles,
    text,
    text_width,
)
from .tables import WholeRowTable, shaded_grid

# The page frame keeps 6 pt of padding on each side.
CELL_FONT_SIZE, CELL_LEADING, CELL_PADDING = 8, 10, 1.5
REDACTED_CELL_PADDING = 4
# Name, workplace and shop share what the fitted columns leave.
WRAPPING_SHARES = (0.40, 0.33, 0.27)
# Where a cell may wrap: spaces, and the hyphen of "Ремонтно-механический".
WORD_BREAKS = re.compile(r"\s+|(?<=-)")


def roster_rows(store: Store, *, include_left: bool, translate=translate) -> list[MemberRow]:
    """The members in the list's order (by name, as the app sorts it), read in one query;
    ``translate``: the document's language, in which an erased member is named."""
    statement = select(
        Member.id,
        shown_name(erased_name_template(translate)),
        Member.phone,
        Member.workplace,
        Member.unit,
        Member.role,
        Member.status,
        Member.joined_on,
    ).order_by(Member.sort_name, Member.id)
    if not include_left:
        statement = statement.where(Member.status != MemberStatus.left)
    with store.connection() as connection:
        return [MemberRow(*record) for record in connection.execute(statement)]


def redacted_rows(rows: list[MemberRow]) -> list[MemberRow]:
    """The rows with initials for names and no phone, workplace or shop."""
    return [replace(row, full_name=redacted_name(row.full_name), phone="", workplace="", unit="") for row in rows]


def print_roster(store: Store, path: Path, choice: PaperChoice, *, include_left: bool = False) -> bytes:
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    translate = language.translate
    styles = make_styles()
    profile = get_profile(store)
    committee = profile.name if profile else ""
    rows = roster_rows(store, include_left=include_left, translate=translate)
    confidential = translate("print_roster", "CONFIDENTIAL")
    heading = translate("print_roster", "MEMBER LIST")
    warning = translate(
        "print_roster",
        "{confidential}: personal data of the members. Do not leave it lying about; destroy copies no longer needed.",
    ).format(confidential=confidential)
    story = [
        Paragraph(text(heading), styles.title),
        Paragraph(text(warning), styles.label),
        Paragraph(text(_count_line(language, len(rows), include_left)), styles.body),
    ]
    if rows and choice.redacted:
        story.append(_redacted_member_table(redacted_rows(rows), language, styles))
    elif rows:
        width = text_width(choice.paper)
        story.append(_member_table(rows, language, styles, width))
    return build_pdf(
        path,
        story,
        title=f"{heading} — {confidential}",
        header=committee,
        mark=confidential,
        language=language,
        choice=choice,
    )


def _count_line(language: DocumentLanguage, count: int, include_left: bool) -> str:
    today = language.date(date.today())
    if include_left:
        return language.translate("print_roster", "Members on {date}: {count}, including those who have left.").format(
            date=today, count=count
        )
    return language.translate("print_roster", "Members on {date}: {count}.").format(date=today, count=count)


def _member_table(rows: list[MemberRow], language: DocumentLanguage, styles: Styles, width: float) -> WholeRowTable:
    translate = language.translate
    cell = styles.cell.clone("roster_cell", fontSize=CELL_FONT_SIZE, leading=CELL_LEADING, embeddedHyphenation=1)
    header_cell = styles.cell_bold.clone("roster_header", fontSize=CELL_FONT_SIZE, leading=CELL_LEADING)
    headers = (
        translate("print_roster", "No."),
        translate("print_roster", "Name"),
        translate("print_roster", "Phone"),
        translate("print_roster", "Workplace"),
        translate("print_roster", "Shop or department"),
        translate("print_roster", "Role"),
        translate("print_roster", "Status"),
    )
    lines = [
        (
            str(number),
            row.full_name,
            row.phone,
            row.workplace,
            row.unit,
            label(row.role, translate),
            label(row.status, translate),
        )
        for number, row in enumerate(rows, start=1)
    ]
    data = [[Paragraph(text(header), header_cell) for header in headers]]
    data += [[Paragraph(text(value), cell) for value in line] for line in lines]
    return shaded_grid(data, _column_widths(headers, lines, width), CELL_PADDING)


def _redacted_member_table(rows: list[MemberRow], language: DocumentLanguage, styles: Styles) -> WholeRowTable:
    """Number, initials, role and status: short words, each column as wide as its longest."""
    translate = language.translate
    headers = (
        translate("print_roster", "No."),
        translate("print_roster", "Initials"),
        translate("print_roster", "Role"),
        translate("print_roster", "Status"),
    )
    lines = [
        (str(number), row.full_name, label(row.role, translate), label(row.status, translate))
        for number, row in enumerate(rows, start=1)
    ]
    size = styles.cell.fontSize
    widths = [
        max(
            stringWidth(header, f"{SANS}-Bold", size),
            max(stringWidth(line[column], SANS, size) for line in lines),
        )
        + 2 * REDACTED_CELL_PADDING
        + 0.5
        for column, header in enumerate(headers)
    ]
    data = [[Paragraph(text(header), styles.cell_bold) for header in headers]]
    data += [[Paragraph(text(value), styles.cell) for value in line] for line in lines]
    return shaded_grid(data, widths, REDACTED_CELL_PADDING, hAlign="LEFT")


def _column_widths(headers: tuple[str, ...], lines: list[tuple[str, ...]], width: float) -> list[float]:
    """Number, phone, role and status as wide as their longest value, up to a limit; name,
    workplace and shop share the rest. No column is narrower than its longest word (nor its
    heading's), so that words wrap whole rather than being cut in two."""

    def widest(words, font: str = SANS) -> float:
        return max((stringWidth(word, font, CELL_FONT_SIZE) for word in words), default=0) + 2 * CELL_PADDING + 0.5

    def longest_word(column: int) -> float:
        # Capped: a pasted run of sixty digits may be cut rather than squeeze out the names.
        words = {word for line in lines for word in WORD_BREAKS.split(line[column])}
        return max(min(width * 0.22, widest(words)), widest(WORD_BREAKS.split(headers[column]), f"{SANS}-Bold"))

    def fitted(column: int, limit: float) -> float:
        return max(longest_word(column), min(limit, widest({line[column] for line in lines})))

    number, phone, role, status = fitted(0, width), fitted(2, width * 0.2), fitted(5, width * 0.12), fitted(6, width * 0.11)
    rest = width - number - phone - role - status
    name, workplace, unit = _shared(rest, WRAPPING_SHARES, [longest_word(column) for column in (1, 3, 4)])
    return [number, name, phone, workplace, unit, role, status]


def _shared(total: float, shares: tuple[float, ...], minimums: list[float]) -> list[float]:
    """``total`` split by ``shares``, each part raised to its minimum at the expense of the
    parts with room to spare. When not every minimum fits, the widest give way first: the
    longest words are the ones cut."""
    parts = [max(share * total, minimum) for share, minimum in zip(shares, minimums)]
    excess = sum(parts) - total
    spare = [part - minimum for part, minimum in zip(parts, minimums)]
    if excess <= 0:
        return parts
    if excess <= sum(spare):
        return [part - excess * room / sum(spare) for part, room in zip(parts, spare)]
    ceiling, remaining = total / len(minimums), total
    for index, minimum in enumerate(sorted(minimums)):
        ceiling = remaining / (len(minimums) - index)
        if minimum >= ceiling:
            break
        remaining -= minimum
    return [min(minimum, ceiling) for minimum in minimums]
