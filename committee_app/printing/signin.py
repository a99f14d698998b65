"""The sign-in sheet: active members with room to sign, for a clipboard passed round the hall."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..labels import label
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

# Frames keep 6 pt of padding on each side.
NUMBER_WIDTH, SIGNATURE_WIDTH = 12 * mm, 36 * mm
# Large type for the names people look for; the workplace only tells namesakes apart.
NAME_FONT_SIZE, NAME_LEADING = 12, 15
WORKPLACE_FONT_SIZE, WORKPLACE_LEADING = 9.5, 12
# Every row, even an empty one, is at least this tall, to sign in on a clipboard.
ROW_HEIGHT = 10 * mm
CELL_PADDING = 3


def print_signin_sheet(store: Store, assembly_number: int, path: Path, choice: PaperChoice, *, blank_rows: int = 10) -> bytes:
    """Write the sign-in sheet of assembly ``assembly_number`` to ``path``, with ``blank_rows``
    numbered empty rows at the end for people not yet listed; returns the PDF's bytes."""
    check_choice(choice)
    papers = read_assembly_papers(store, assembly_number, with_sign_in_lines=True)
    language = DocumentLanguage(choice.language)
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
        Paragraph(
            text(
                language.translate(
                    "print_signin",
                    "Please sign against your name. If your name is not listed, write it in one of the empty rows at the end.",
                )
            ),
            styles.body,
        ),
        Spacer(1, 2 * mm),
        _sheet(papers, language, styles, width, blank_rows),
    ]
    title = language.translate("print_signin", "Sign-in sheet: {heading}").format(heading=heading)
    return build_pdf(path, story, title=title, header=papers.committee, language=language, paper=choice.paper)


def _when_and_where(papers: AssemblyPapers, language: DocumentLanguage) -> str:
    parts = []
    if papers.starts_at:
        parts += [language.long_date(papers.starts_at.date()), language.time(papers.starts_at)]
    if papers.place:
        parts.append(papers.place)
    return " · ".join(parts)


def _sheet(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles, width: float, blank_rows: int) -> Table:
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
            Paragraph(text(language.translate("print_signin", "Workplace")), header_cell),
            Paragraph(text(language.translate("print_signin", "Signature")), header_cell),
        ]
    ]
    # The empty signature cell holds the row open to its signing height.
    room_to_sign = Spacer(1, ROW_HEIGHT - 2 * CELL_PADDING)
    for position, line in enumerate(papers.sign_in_lines, start=1):
        rows.append(
            [
                str(position),
                Paragraph(text(line.full_name), cell),
                Paragraph(text(line.workplace), workplace),
                room_to_sign,
            ]
        )
    for position in range(len(papers.sign_in_lines) + 1, len(papers.sign_in_lines) + 1 + blank_rows):
        rows.append([str(position), "", "", room_to_sign])
    name_width = (width - NUMBER_WIDTH - SIGNATURE_WIDTH) * 0.58
    workplace_width = width - NUMBER_WIDTH - SIGNATURE_WIDTH - name_width
    table = Table(
        rows,
        colWidths=[NUMBER_WIDTH, name_width, workplace_width, SIGNATURE_WIDTH],
        repeatRows=1, splitInRow=1,
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
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#666666")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
                # Four-digit row numbers fit the narrow first column.
                ("LEFTPADDING", (0, 0), (0, -1), 3),
                ("RIGHTPADDING", (0, 0), (0, -1), 4),
            ]
        )
    )
    return table
