"""The sign-in sheet: active members with room to sign, then numbered blank rows for the workers
not in the member list, and a line for the count, for clipboards passed round the hall."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..person_names import signature_name
from ..store import Store
from .assembly_papers import AssemblyPapers, read_assembly_papers
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
from .signin_rows import check_blank_rows, default_blank_rows, refuse_redacted_sheet
from .tables import WholeRowTable

# Frames keep 6 pt of padding on each side.
NUMBER_WIDTH, SIGNATURE_WIDTH = 12 * mm, 36 * mm
# Large type for the names people look for; the workplace only tells namesakes apart.
NAME_FONT_SIZE, NAME_LEADING = 12, 15
WORKPLACE_FONT_SIZE, WORKPLACE_LEADING = 9.5, 12
# Every row, even an empty one, is at least this tall, to sign in on a clipboard.
ROW_HEIGHT = 10 * mm
CELL_PADDING = 3
# Room to write in, after the assembly, how many signed in on this sheet.
COUNT_BLANK = "_" * 16
COUNT_LINE_SPACE = 6 * mm
# The secretary attests the sheet: a line to sign on, as long as the name beside it leaves,
# and a line for the name when none is chosen.
SIGNATURE_LINE_LONGEST, SIGNATURE_LINE_SHORTEST = 45 * mm, 30 * mm
NAME_BLANK = "_" * 24


def print_signin_sheet(
    store: Store, assembly_number: int, path: Path, choice: PaperChoice, *, blank_rows: int | None = None
) -> bytes:
    """Write the sign-in sheet of assembly ``assembly_number`` to ``path``, with ``blank_rows``
    numbered empty rows after the members for those not in the list (None: one for each worker
    entitled and not listed, within the default's page limit); returns the PDF's bytes."""
    check_choice(choice)
    refuse_redacted_sheet(choice.redacted)
    if blank_rows is not None:
        check_blank_rows(blank_rows)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, with_sign_in_lines=True, document_translate=language.translate)
    if blank_rows is None:
        hall = papers.hall
        blank_rows = default_blank_rows(None if hall.entitled_are_members else hall.entitled, len(papers.sign_in_lines))
    styles = make_styles()
    width = text_width(choice.paper)
    heading = language.translate("print_signin", "{kind} No. {number}").format(
        kind=label(papers.kind, language.translate), number=papers.number
    )
    centered = ParagraphStyle("centered", parent=styles.body, alignment=TA_CENTER)
    story = [
        Paragraph(text(language.translate("print_signin", "SIGN-IN SHEET")), styles.title),
        Paragraph(text(heading), styles.title),
        Paragraph(text(_when_and_where(papers, language)), centered),
        Spacer(1, 2 * mm),
        Paragraph(text(_how_to_sign(language, blank_rows)), styles.body),
        Spacer(1, 2 * mm),
        _sheet(papers, language, styles, width, blank_rows),
    ]
    title = language.translate("print_signin", "Sign-in sheet: {heading}").format(heading=heading)
    return build_pdf(path, story, title=title, header=papers.committee, language=language, choice=choice)


def _when_and_where(papers: AssemblyPapers, language: DocumentLanguage) -> str:
    parts = []
    if papers.starts_at:
        parts += [language.long_date(papers.starts_at.date()), language.time(papers.starts_at)]
    if papers.place:
        parts.append(papers.place)
    return " · ".join(parts)


def _how_to_sign(language: DocumentLanguage, blank_rows: int) -> str:
    if not blank_rows:
        return language.translate("print_signin", "Please sign against your name.")
    return language.translate(
        "print_signin",
        "Please sign against your name. If your name is not listed, write your name and your workplace, shop or "
        "unit in the next empty row and sign there.",
    )


def _sheet(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles, width: float, blank_rows: int) -> WholeRowTable:
    """One table: the header repeated at the top of every page, the members, the numbered blank
    rows, and the closing lines, which never stand on a page without a row above them."""
    # A double-barrelled name breaks after its hyphen rather than inside a word.
    cell = ParagraphStyle(
        "sign_in_cell", parent=styles.cell, fontSize=NAME_FONT_SIZE, leading=NAME_LEADING, embeddedHyphenation=1
    )
    workplace = ParagraphStyle("sign_in_workplace", parent=cell, fontSize=WORKPLACE_FONT_SIZE, leading=WORKPLACE_LEADING)
    header_cell = ParagraphStyle("sign_in_header", parent=cell, fontName=f"{SANS}-Bold")
    header_number = ParagraphStyle("sign_in_header_number", parent=header_cell, alignment=TA_RIGHT)
    rows = [
        [
            Paragraph(text(language.translate("print_signin", "No.")), header_number),
            Paragraph(text(language.translate("print_signin", "Full name")), header_cell),
            Paragraph(text(language.translate("print_signin", "Workplace, shop or unit")), header_cell),
            Paragraph(text(language.translate("print_signin", "Signature")), header_cell),
        ]
    ]
    # The empty signature cell holds the row open to its signing height.
    room_to_sign = Spacer(1, ROW_HEIGHT - 2 * CELL_PADDING)
    for position, line in enumerate(papers.sign_in_lines, start=1):
        where = ", ".join(part for part in (line.workplace, line.unit) if part)
        rows.append([str(position), Paragraph(text(line.full_name), cell), Paragraph(text(where), workplace), room_to_sign])
    listed = len(papers.sign_in_lines)
    for position in range(listed + 1, listed + 1 + blank_rows):
        rows.append([str(position), "", "", room_to_sign])
    rows.append([_closing(papers, language, cell, width), "", "", ""])
    name_width = (width - NUMBER_WIDTH - SIGNATURE_WIDTH) * 0.58
    workplace_width = width - NUMBER_WIDTH - SIGNATURE_WIDTH - name_width
    table = WholeRowTable(
        rows,
        colWidths=[NUMBER_WIDTH, name_width, workplace_width, SIGNATURE_WIDTH],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # A table sets each cell's font, paragraphs or not: Helvetica unless told otherwise.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                # Row numbers are plain strings: they never wrap, and 500 fewer paragraphs lay out faster.
                ("FONTSIZE", (0, 0), (-1, -1), NAME_FONT_SIZE),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -2), 0.6, colors.HexColor("#666666")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
                # Four-digit row numbers fit the narrow first column.
                ("LEFTPADDING", (0, 0), (0, -1), 3),
                ("RIGHTPADDING", (0, 0), (0, -1), 4),
                # The closing lines: across the table, below its last row, and on that row's page.
                ("SPAN", (0, -1), (-1, -1)),
                ("ALIGN", (0, -1), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, -1), (-1, -1), 0),
                ("RIGHTPADDING", (0, -1), (-1, -1), 0),
                ("TOPPADDING", (0, -1), (-1, -1), COUNT_LINE_SPACE),
                ("NOSPLIT", (0, -2), (-1, -1)),
            ]
        )
    )
    return table


def _closing(papers: AssemblyPapers, language: DocumentLanguage, cell: ParagraphStyle, width: float) -> list:
    """How many registered, written in after the assembly, and the secretary's signature under it."""
    translate = language.translate
    count = translate("print_signin", "Registered in total: {blank} people.").format(blank=COUNT_BLANK)
    office = translate("print_signin", "Secretary of the assembly")
    name = signature_name(papers.secretary) if papers.secretary else NAME_BLANK
    # The office on one line, as wide as it is in the document's language; the name on one too
    # when a signature line of a usable length leaves room for it.
    office_width = stringWidth(office, f"{SANS}-Bold", cell.fontSize) + 3 * mm
    name_width = stringWidth(name, SANS, cell.fontSize) + 3 * mm + 1
    line_width = min(SIGNATURE_LINE_LONGEST, max(SIGNATURE_LINE_SHORTEST, width - office_width - name_width))
    secretary = Table(
        [[Paragraph(f"<b>{text(office)}</b>", cell), "", Paragraph(text(name), cell)]],
        colWidths=[office_width, line_width, width - office_width - line_width],
        hAlign="LEFT",
    )
    secretary.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 3 * mm),
                ("RIGHTPADDING", (2, 0), (2, 0), 0),
                # Room above the line to sign on.
                ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return [Paragraph(f"<b>{text(count)}</b>", cell), secretary]
