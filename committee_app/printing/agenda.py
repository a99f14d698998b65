"""The agenda: the notice of an assembly, with each item's presenter, planned minutes and start."""

from dataclasses import replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..person_names import redacted_name
from ..store import Store
from .assembly_papers import AssemblyPapers, PrintedItem, names_withheld, read_assembly_papers
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
from .tables import WholeRowTable

# Frames keep 6 pt of padding on each side.
NUMBER_WIDTH, MINUTES_WIDTH, START_WIDTH = 14 * mm, 17 * mm, 22 * mm
# A fact not yet decided is a line to write it on by hand, once it is.
TO_FILL_IN = "_" * 24


def print_agenda(store: Store, assembly_number: int, path: Path, choice: PaperChoice) -> bytes:
    """Write the notice of assembly ``assembly_number`` to ``path``; returns the PDF's bytes."""
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, document_translate=language.translate)
    if choice.redacted:
        papers = _redacted(names_withheld(store, papers))
    styles = make_styles()
    width = text_width(choice.paper)
    heading = language.translate("print_agenda", "{kind} No. {number}").format(
        kind=label(papers.kind, language.translate), number=papers.number
    )
    story = [
        Paragraph(text(language.translate("print_agenda", "NOTICE AND AGENDA")), styles.title),
        Paragraph(text(heading), styles.title),
    ]
    if papers.title:
        story.append(Paragraph(text(papers.title), ParagraphStyle("subtitle", parent=styles.body, alignment=TA_CENTER)))
    story += [Spacer(1, 4 * mm), _facts(papers, language, styles, width), Spacer(1, 4 * mm)]
    story.append(Paragraph(text(language.translate("print_agenda", "Agenda")), styles.heading))
    if papers.items:
        story.append(_items_table(papers.items, language, styles, width))
    else:
        story.append(Paragraph(text(language.translate("print_agenda", "No items on the agenda yet.")), styles.body))
    title = language.translate("print_agenda", "Agenda: {heading}").format(heading=heading)
    return build_pdf(path, story, title=title, header=papers.committee, language=language, choice=choice)


def _redacted(papers: AssemblyPapers) -> AssemblyPapers:
    """The chair and the presenters by their initials (a guest's typed name too); in titles and
    details as typed, the names are cut to initials by `names_withheld`."""
    return replace(
        papers,
        chair=redacted_name(papers.chair) if papers.chair else "",
        items=tuple(
            replace(item, presenter=redacted_name(item.presenter) if item.presenter else "") for item in papers.items
        ),
    )


def _facts(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles, width: float) -> Table:
    """Committee, date, time, place and chair, as label and value side by side; a line to fill
    in by hand for each not yet decided."""
    starts = papers.starts_at
    rows = [
        (language.translate("print_agenda", "Committee"), papers.committee),
        (language.translate("print_agenda", "Date"), language.long_date(starts.date()) if starts else TO_FILL_IN),
        (language.translate("print_agenda", "Time"), language.time(starts) if starts else TO_FILL_IN),
        (language.translate("print_agenda", "Place"), papers.place or TO_FILL_IN),
        (language.translate("print_agenda", "Chair"), papers.chair or TO_FILL_IN),
    ]
    label_width = 40 * mm  # "Председатель" in bold serif fits
    table = Table(
        [[Paragraph(text(name), styles.label), Paragraph(text(value), styles.body)] for name, value in rows],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # A table sets each cell's font, paragraphs or not: Helvetica unless told otherwise.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _items_table(items: tuple[PrintedItem, ...], language: DocumentLanguage, styles: Styles, width: float) -> WholeRowTable:
    presenter_width = 0.25 * width
    item_width = width - NUMBER_WIDTH - presenter_width - MINUTES_WIDTH - START_WIDTH
    right_bold = ParagraphStyle("cell_bold_right", parent=styles.cell_bold, alignment=TA_RIGHT)
    details = ParagraphStyle("details", parent=styles.small, textColor=colors.HexColor("#444444"), spaceBefore=2)
    header = [
        Paragraph(text(language.translate("print_agenda", "No.")), right_bold),
        Paragraph(text(language.translate("print_agenda", "Item")), styles.cell_bold),
        Paragraph(text(language.translate("print_agenda", "Presenter")), styles.cell_bold),
        Paragraph(text(language.translate("print_agenda", "Min.")), right_bold),
        Paragraph(text(language.translate("print_agenda", "Starts")), right_bold),
    ]
    rows = [header]
    for item in items:
        described = [Paragraph(text(item.title), styles.cell)]
        if item.details:
            described.append(Paragraph(text(item.details), details))
        rows.append(
            [
                f"{item.position}.",
                described,
                Paragraph(text(item.presenter), styles.cell),
                str(item.planned_minutes),
                language.time(item.starts_at) if item.starts_at else "",
            ]
        )
    table = WholeRowTable(
        rows,
        colWidths=[NUMBER_WIDTH, item_width, presenter_width, MINUTES_WIDTH, START_WIDTH],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                # Numbers and times are plain strings: they never wrap, and lay out faster than paragraphs.
                ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (3, 0), (4, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
