"""Tally sheets for a count of hands in a big hall: one sheet for each counter, each with its
number, the assembly and the item, a line for the sector and for the question put to the
vote, a large box for each of "for", "against" and "abstained", and the counter's signature.
The numbers go on the sheet by hand; the sheet numbers let the secretary see that every sheet
came back."""

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from ..errors import UserError, translate
from ..labels import label
from ..store import Store
from .assembly_papers import PrintedItem, read_assembly_papers
from .document import SANS, SERIF, DocumentLanguage, PaperChoice, build_pdf, check_choice, make_styles, text, text_width
from .tally_counts import check_sheet_count

# Room for tally marks in five-bar gates: a few hundred hands in each box.
BOX_HEIGHT = 90 * mm
LABEL_WIDTH = 52 * mm
TO_FILL_IN = "_" * 40


def _no_such_item(number: int, position: int) -> UserError:
    return UserError(
        translate("print_tally", "Assembly No. {number} has no agenda item {position}.").format(
            number=number, position=position
        )
    )


def print_tally_sheets(
    store: Store, assembly_number: int, item_position: int | None, path: Path, choice: PaperChoice, *, sheets: int
) -> bytes:
    """Write ``sheets`` numbered tally sheets for item ``item_position`` of assembly
    ``assembly_number`` (None: any item, written in by hand) to ``path``, one a page;
    returns the PDF's bytes."""
    check_choice(choice)
    check_sheet_count(sheets)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, document_translate=language.translate)
    item = next((each for each in papers.items if each.position == item_position), None)
    if item is None and item_position is not None:
        raise _no_such_item(assembly_number, item_position)
    translate = language.translate
    assembly = translate("print_tally", "{kind} No. {number}").format(
        kind=label(papers.kind, translate), number=papers.number
    )
    if papers.starts_at is not None:
        assembly = translate("print_tally", "{assembly} of {date}").format(
            assembly=assembly, date=language.date(papers.starts_at.date())
        )
    story = []
    for sheet in range(1, sheets + 1):
        if sheet > 1:
            story.append(PageBreak())
        story += _sheet(sheet, sheets, assembly, papers.place, item, language, choice)
    if item is None:
        title = translate("print_tally", "Tally sheets: {assembly}").format(assembly=assembly)
    else:
        title = translate("print_tally", "Tally sheets: {assembly}, item {position}").format(
            assembly=assembly, position=item.position
        )
    return build_pdf(path, story, title=title, header=papers.committee, language=language, choice=choice)


def _sheet(
    sheet: int, sheets: int, assembly: str, place: str, item: PrintedItem | None, language: DocumentLanguage, choice
) -> list:
    translate = language.translate
    styles = make_styles()
    width = text_width(choice.paper)
    heading = translate("print_tally", "TALLY SHEET No. {sheet} of {sheets}").format(sheet=sheet, sheets=sheets)
    facts = [
        (translate("print_tally", "Assembly"), assembly),
        (translate("print_tally", "Place"), place or TO_FILL_IN),
        (translate("print_tally", "Agenda item"), f"{item.position}. {item.title}" if item else TO_FILL_IN),
        (translate("print_tally", "Question put to the vote"), TO_FILL_IN),
        (translate("print_tally", "Sector or rows counted"), TO_FILL_IN),
    ]
    fact_table = Table(
        [[Paragraph(text(name), styles.label), Paragraph(text(value), styles.body)] for name, value in facts],
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    column = width / 3
    headers = [
        translate("print_tally", "FOR"),
        translate("print_tally", "AGAINST"),
        translate("print_tally", "ABSTAINED"),
    ]
    centred = styles.cell_bold.clone("tally_heading", fontSize=13, leading=16, alignment=TA_CENTER)
    total = styles.cell.clone("tally_total", fontSize=11, leading=14)
    boxes = Table(
        [
            [Paragraph(text(header), centred) for header in headers],
            ["", "", ""],
            [Paragraph(text(translate("print_tally", "Total:")), total) for _ in headers],
        ],
        colWidths=[column] * 3,
        rowHeights=[None, BOX_HEIGHT, 14 * mm],
    )
    boxes.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("GRID", (0, 0), (-1, -1), 0.8, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    signature = Table(
        [
            [
                Paragraph(text(translate("print_tally", "Counted by")), styles.label),
                "",
                Paragraph(text(translate("print_tally", "(signature, name)")), styles.small),
            ],
            [Paragraph(text(translate("print_tally", "Time of the count")), styles.label), "", ""],
        ],
        colWidths=[LABEL_WIDTH, 70 * mm, width - LABEL_WIDTH - 70 * mm],
    )
    signature.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return [
        Paragraph(text(heading), styles.title),
        Spacer(1, 3 * mm),
        fact_table,
        Spacer(1, 6 * mm),
        boxes,
        Spacer(1, 4 * mm),
        signature,
    ]
