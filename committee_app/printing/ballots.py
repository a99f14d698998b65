"""Ballot papers for a secret ballot: the committee, the assembly and its date, the office
elected and its seats, how to vote, and the candidates in the order the user set, each with
a box to mark. Two ballots to a page when they fit in half of it (cut along the dashed
line), else one a page.

Every ballot is the same as every other: no number, no page number, nothing that could tell
one voter's ballot from another's. The line for the counting commission's signatures is the
same on all of them; the commission signs each before it is handed out."""

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..errors import RuleViolation, translate
from ..labels import label
from ..services.elections import ElectionOutcome, election_on_item
from ..store import Store
from ..vocabulary import BallotKind
from .assembly_papers import AssemblyPapers, read_assembly_papers
from .ballot_counts import check_ballot_copies, default_ballot_copies, refuse_redacted_ballots
from .document import (
    FRAME_PADDING,
    MARGIN,
    PAPERS,
    SANS,
    SERIF,
    DocumentLanguage,
    PaperChoice,
    Styles,
    build_pdf,
    check_choice,
    make_styles,
    text,
    text_width,
)
from .protocol_terms import protocol_term

MARK_BOX = 7 * mm
NUMBER_WIDTH = 9 * mm
BOX_COLUMN = MARK_BOX + 8 * mm
# Between the two ballots of a page, with the line to cut along in its middle.
CUT_GAP = 8 * mm
SIGNATURE_LINE = "_" * 14


class _MarkBox(Flowable):
    """The empty square the voter marks."""

    def __init__(self, size: float):
        super().__init__()
        self.size = size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        self.canv.setLineWidth(1)
        self.canv.rect(0, 0, self.size, self.size)


class _CutLine(Flowable):
    """A dashed line across the page, where the sheet is cut into two ballots."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width

    def wrap(self, available_width, available_height):
        return self.width, 0

    def draw(self):
        self.canv.saveState()
        self.canv.setDash(4, 3)
        self.canv.setStrokeGray(0.5)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self.width, 0)
        self.canv.restoreState()


def print_ballots(
    store: Store, assembly_number: int, item_position: int, path: Path, choice: PaperChoice, *, copies: int | None = None
) -> bytes:
    """Write ``copies`` ballot papers (by default one for each one registered, or entitled
    before anyone is) for the election on item ``item_position`` of assembly
    ``assembly_number`` to ``path``; returns the PDF's bytes."""
    check_choice(choice)
    refuse_redacted_ballots(choice.redacted)
    if copies is not None:
        check_ballot_copies(copies)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, document_translate=language.translate)
    outcome = election_on_item(store, assembly_number, item_position, document_translate=language.translate)
    if outcome.ballot_kind != BallotKind.secret:
        raise RuleViolation(
            translate(
                "print_ballots",
                "This election is an open vote, by a show of hands: it has no ballot papers. Choose the secret ballot "
                "to print them.",
            )
        )
    if not outcome.candidates:
        raise RuleViolation(
            translate(
                "print_ballots", "This election has no candidates yet: add them in the order the ballot lists them."
            )
        )
    if copies is None:
        copies = default_ballot_copies(outcome.registered, papers.hall.entitled)
    styles = make_styles()
    width = text_width(choice.paper)
    frame_height = PAPERS[choice.paper][1] - 2 * MARGIN - FRAME_PADDING
    # A point short of the frame, so that rounding never pushes the pair to a page of its own.
    half = (frame_height - CUT_GAP - 1) / 2

    def ballot() -> list[Flowable]:
        return _ballot(papers, outcome, language, styles, width)

    _, height = _in_a_cell(ballot(), width, None).wrap(width, frame_height)
    story: list[Flowable] = []
    if height <= half:
        for first in range(0, copies, 2):
            if story:
                story.append(PageBreak())
            rows = [[_in_a_cell(ballot(), width, half)]]
            if first + 1 < copies:
                rows += [[_CutLine(width)], [_in_a_cell(ballot(), width, half)]]
            story.append(_page_of_two(rows, width, half))
    else:
        for number in range(copies):
            if number:
                story.append(PageBreak())
            story += ballot()
    title = f"{protocol_term(choice.language, 'ballot')} — {outcome.office}"
    return build_pdf(path, story, title=title, header="", language=language, choice=choice, footer=False)


def _in_a_cell(flowables: list[Flowable], width: float, height: float | None) -> Table:
    table = Table([[flowables]], colWidths=[width], rowHeights=[height])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _page_of_two(rows: list[list[Flowable]], width: float, half: float) -> Table:
    """One ballot in each half of the page, the cut line between them."""
    heights = [half, CUT_GAP, half][: len(rows)]
    table = Table(rows, colWidths=[width], rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _assembly_line(papers: AssemblyPapers, language: DocumentLanguage) -> str:
    kind = label(papers.kind, language.translate)
    if papers.starts_at is None:
        return protocol_term(language.language, "assembly_line_undated").format(kind=kind, number=papers.number)
    return protocol_term(language.language, "assembly_line").format(
        kind=kind, number=papers.number, date=language.date(papers.starts_at.date())
    )


def instruction(language: str, seats: int) -> str:
    """How to vote, with the number of seats: «Отметьте не более 3 кандидатов…»."""
    if seats == 1:
        return protocol_term(language, "ballot_leave_one")
    # Russian: «не более 21 кандидата», but «не более 3 кандидатов».
    key = "ballot_leave_many_ending_in_one" if seats % 10 == 1 and seats % 100 != 11 else "ballot_leave_many"
    return protocol_term(language, key).format(seats=seats)


def _ballot(
    papers: AssemblyPapers, outcome: ElectionOutcome, language: DocumentLanguage, styles: Styles, width: float
) -> list[Flowable]:
    def term(key: str) -> str:
        return protocol_term(language.language, key)

    centred = ParagraphStyle("ballot_centred", parent=styles.body, alignment=TA_CENTER, spaceAfter=1)
    small = ParagraphStyle("ballot_small", parent=styles.body, fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=2)
    heading = ParagraphStyle("ballot_heading", parent=styles.title, spaceAfter=0)
    how = ParagraphStyle("ballot_instruction", parent=styles.body, fontSize=10, leading=12.5, spaceAfter=0)
    name = ParagraphStyle("ballot_name", parent=styles.body, fontSize=12, leading=15, spaceAfter=0)
    parts: list[Flowable] = []
    if papers.committee:
        parts.append(Paragraph(text(papers.committee), small))
    parts += [
        Paragraph(text(term("ballot")), heading),
        Paragraph(text(term("ballot_secret")), centred),
        Paragraph(text(_assembly_line(papers, language)), small),
        Paragraph(f"<b>{text(term('election_of'))}:</b> {text(outcome.office)}", centred),
        Paragraph(text(f"{term('seats')}: {language.number(outcome.seats)}"), centred),
        Spacer(1, 1.5 * mm),
        Paragraph(text(instruction(language.language, outcome.seats)), how),
        Spacer(1, 2 * mm),
    ]
    rows = [
        [f"{candidate.position}.", Paragraph(text(candidate.name), name), _MarkBox(MARK_BOX)]
        for candidate in outcome.candidates
    ]
    candidates = Table(rows, colWidths=[NUMBER_WIDTH, width - NUMBER_WIDTH - BOX_COLUMN, BOX_COLUMN])
    candidates.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 11),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, "#999999"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    certified = f"{text(term('ballot_certified'))} {SIGNATURE_LINE}  {SIGNATURE_LINE}"
    return [*parts, candidates, Spacer(1, 3 * mm), Paragraph(certified, small)]
