"""The minutes (the protocol) of an assembly, in the convention secretaries in the region know:
number, date, place, who was present, quorum, officers, agenda, then Heard / Spoke / Resolved
and the votes for each item, and the chair's and secretary's signatures."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..store import Store
from .assembly_papers import (
    AssemblyPapers,
    PrintedAction,
    PrintedItem,
    PrintedVote,
    read_assembly_papers,
)
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


def print_minutes(store: Store, assembly_number: int, path: Path, choice: PaperChoice) -> bytes:
    """Write the minutes of assembly ``assembly_number`` to ``path``; returns the PDF's bytes."""
    check_choice(choice)
    papers = read_assembly_papers(store, assembly_number)
    language = DocumentLanguage(choice.language)
    styles = make_styles()
    width = text_width(choice.paper)
    title = language.translate("print_minutes", "MINUTES No. {number}").format(number=papers.number)
    story = [Paragraph(text(title), styles.title)]
    story += _subtitle(papers, language, styles)
    story += _opening(papers, language, styles)
    story += _agenda(papers, language, styles)
    for item in papers.items:
        story += _item(item, language, styles, width)
    # The closing words stay on the page the chair and secretary sign: never a page of signatures alone.
    closing = [Spacer(1, 3 * mm), Paragraph(text(papers.closing_notes), styles.body)] if papers.closing_notes else []
    story.append(KeepTogether([*closing, _signatures(papers, language, styles, width)]))
    return build_pdf(path, story, title=title, header=papers.committee, language=language, paper=choice.paper)


def _line(name: str, value: str, styles: Styles) -> Paragraph:
    """A bold label and its value in running text: "Place: the House of Culture"."""
    return Paragraph(f"<b>{text(name)}:</b> {text(value)}", styles.body)


def _subtitle(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    centered = ParagraphStyle("subtitle", parent=styles.body, alignment=TA_CENTER)
    lines = [Paragraph(text(label(papers.kind, language.translate)), centered)]
    if papers.title:
        lines.append(Paragraph(text(papers.title), centered))
    return lines + [Spacer(1, 4 * mm)]


def _opening(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    starts = papers.starts_at
    lines = [
        _line(language.translate("print_minutes", "Date"), language.long_date(starts.date()) if starts else "—", styles),
        _line(language.translate("print_minutes", "Time"), language.time(starts) if starts else "—", styles),
        _line(language.translate("print_minutes", "Place"), papers.place or "—", styles),
        _line(language.translate("print_minutes", "Present"), str(len(papers.present)), styles),
    ]
    if papers.present:
        lines.append(Paragraph(text(", ".join(papers.present)) + ".", styles.body))
    if papers.guests_count:
        lines.append(_line(language.translate("print_minutes", "Guests"), str(papers.guests_count), styles))
    if papers.excused:
        lines.append(_line(language.translate("print_minutes", "Excused"), ", ".join(papers.excused) + ".", styles))
    quorum = papers.quorum
    if quorum.reached:
        verdict = language.translate(
            "print_minutes", "reached: {present} active members present, {required} needed."
        )
    else:
        verdict = language.translate(
            "print_minutes", "not reached: {present} active members present, {required} needed."
        )
    lines.append(_line(language.translate("print_minutes", "Quorum"), verdict.format(present=quorum.registered, required=quorum.required), styles))
    lines.append(_line(language.translate("print_minutes", "Chair"), papers.chair or "—", styles))
    lines.append(_line(language.translate("print_minutes", "Secretary"), papers.secretary or "—", styles))
    if papers.opening_notes:
        lines += [Spacer(1, 2 * mm), Paragraph(text(papers.opening_notes), styles.body)]
    return lines


def _agenda(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    lines = [Paragraph(text(language.translate("print_minutes", "Agenda")), _keep_with_next(styles.heading))]
    numbered = ParagraphStyle("agenda_line", parent=styles.body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
    for item in papers.items:
        line = f"{item.position}. {item.title}" + (f" — {item.presenter}" if item.presenter else "")
        lines.append(Paragraph(text(line), numbered))
    return lines


def _item(item: PrintedItem, language: DocumentLanguage, styles: Styles, width: float) -> list:
    parts = [Paragraph(text(f"{item.position}. {item.title}"), _keep_with_next(styles.heading))]
    for name, value in ((language.translate("print_minutes", "Heard"), item.heard), (language.translate("print_minutes", "Spoke"), item.spoke), (language.translate("print_minutes", "Resolved"), item.decided)):
        if value:
            parts.append(_line(name, value, styles))
    for vote in item.votes:
        parts += _vote(vote, language, styles)
    if item.actions:
        parts.append(Paragraph(text(language.translate("print_minutes", "Action items")), _keep_with_next(styles.label)))
        parts.append(_actions_table(item.actions, language, styles, width))
    return parts


def _vote(vote: PrintedVote, language: DocumentLanguage, styles: Styles) -> list:
    counts = language.translate("print_minutes", "Voted: for {for_} / against {against} / abstained {abstained}").format(
        for_=vote.votes_for, against=vote.votes_against, abstained=vote.votes_abstain
    )
    # "Voted:" in bold like the protocol's other headings; the counts after it plain.
    voted, _, tally = counts.partition(":")
    counts_markup = f"<b>{text(voted)}:</b>{text(tally)}" if tally else text(counts)
    outcome = language.translate("print_minutes", "Outcome")
    rule = language.translate("print_minutes", "Majority rule")
    return [
        _line(language.translate("print_minutes", "Put to the vote"), vote.question, styles),
        Paragraph(
            f"{counts_markup}. <b>{text(outcome)}:</b> {text(label(vote.outcome, language.translate))}. "
            f"<b>{text(rule)}:</b> {text(label(vote.majority_rule, language.translate))}.",
            styles.body,
        ),
    ]


def _actions_table(actions: tuple[PrintedAction, ...], language: DocumentLanguage, styles: Styles, width: float) -> Table:
    assignee_width, due_width = 0.3 * width, 25 * mm
    rows = [
        [
            Paragraph(text(language.translate("print_minutes", "Task")), styles.cell_bold),
            Paragraph(text(language.translate("print_minutes", "Assignee")), styles.cell_bold),
            Paragraph(text(language.translate("print_minutes", "Due on")), styles.cell_bold),
        ]
    ]
    for action in actions:
        rows.append(
            [
                Paragraph(text(action.text), styles.cell),
                Paragraph(text(action.assignee), styles.cell),
                Paragraph(language.date(action.due_on), styles.cell),
            ]
        )
    table = Table(
        rows, colWidths=[width - assignee_width - due_width, assignee_width, due_width], repeatRows=1, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                # A table sets each cell's font, paragraphs or not: Helvetica unless told otherwise.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signatures(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles, width: float) -> KeepTogether:
    """Lines to sign on, each with the officer's name, kept on one page."""
    label_width, line_width = 40 * mm, 50 * mm  # "Председатель" in bold serif fits
    rows = [
        [Paragraph(text(language.translate("print_minutes", "Chair")), styles.label), "", Paragraph(text(papers.chair), styles.body)],
        [
            Paragraph(text(language.translate("print_minutes", "Secretary")), styles.label),
            "",
            Paragraph(text(papers.secretary), styles.body),
        ],
    ]
    table = Table(rows, colWidths=[label_width, line_width, width - label_width - line_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
                # Room above each line for a signature.
                ("TOPPADDING", (0, 0), (-1, -1), 12 * mm),
                ("LINEBELOW", (1, 0), (1, -1), 0.7, colors.black),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8 * mm), table])


def _keep_with_next(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_kept", parent=style, keepWithNext=True)
