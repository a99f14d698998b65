"""The minutes (the protocol) of an assembly, in the convention secretaries in the region know:
number, date, place, who was in the hall (entitled, registered, members present, invited
guests), quorum, officers, agenda, then Heard / Spoke / Resolved and the votes for each item,
the chair's and secretary's signatures, and the attached list of those present."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..store import Store
from ..vocabulary import AssemblyKind, CommitteeKind
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
from .tables import WholeRowTable

# Above this many, those present are named on a list attached to the minutes (GOST R 7.0.97-2016).
PRESENT_NAMED_AT_MOST = 15


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
    last_decision = []
    for position, item in enumerate(papers.items, start=1):
        parts, decision_at = _item(item, language, styles, width)
        if position < len(papers.items):
            story += parts
        else:
            story += parts[:decision_at]
            last_decision = parts[decision_at:]
    # The chair and secretary sign on the page of the last decision and the closing words:
    # never a page of signatures alone.
    closing = [Spacer(1, 3 * mm), Paragraph(text(papers.closing_notes), styles.body)] if papers.closing_notes else []
    story.append(KeepTogether([*last_decision, *closing, *_signatures(papers, language, styles, width)]))
    if len(papers.present) > PRESENT_NAMED_AT_MOST:
        story += _attached_list(papers, language, styles)
    return build_pdf(path, story, title=title, header=papers.committee, language=language, choice=choice)


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
    ]
    lines += _who_was_there(papers, language, styles)
    lines.append(_line(language.translate("print_minutes", "Chair"), papers.chair or "—", styles))
    lines.append(_line(language.translate("print_minutes", "Secretary"), papers.secretary or "—", styles))
    if papers.opening_notes:
        lines += [Spacer(1, 2 * mm), Paragraph(text(papers.opening_notes), styles.body)]
    return lines


def _who_was_there(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    """Entitled, registered, the members present, the invited guests and the quorum over the
    entitled, as a protocol of a general assembly states them."""
    hall, number = papers.hall, language.number
    entitled = language.translate("print_minutes", "{count} ({who})").format(
        count=number(hall.entitled), who=_entitled_people(papers, language)
    )
    lines = [_line(language.translate("print_minutes", "Entitled to take part"), entitled, styles)]
    if not _members_only(papers):
        registered = language.translate("print_minutes", "{registered} (members of the committee: {members}, others: {others})")
        lines.append(
            _line(
                language.translate("print_minutes", "Registered"),
                registered.format(
                    registered=number(hall.registered), members=number(hall.members_present), others=number(hall.others)
                ),
                styles,
            )
        )
    present = len(papers.present)
    if present > PRESENT_NAMED_AT_MOST:
        attached = language.translate("print_minutes", "{count} (list attached)").format(count=number(present))
        lines.append(_line(_present_label(papers, language), attached, styles))
    else:
        lines += _count_and_names(_present_label(papers, language), papers.present, present, language, styles)
    # Guests are few, and named in the minutes however many they are.
    guests = max(papers.guests_count, len(papers.guests_names))
    if guests:
        lines += _count_and_names(language.translate("print_minutes", "Invited"), papers.guests_names, guests, language, styles)
    if papers.excused:
        lines.append(_line(language.translate("print_minutes", "Excused"), _sentence(", ".join(papers.excused)), styles))
    quorum = papers.quorum
    if quorum.reached:
        verdict = language.translate("print_minutes", "reached: {registered} registered of {entitled}, {required} needed.")
    else:
        verdict = language.translate("print_minutes", "not reached: {registered} registered of {entitled}, {required} needed.")
    verdict = verdict.format(
        registered=number(quorum.registered), entitled=number(quorum.entitled), required=number(quorum.required)
    )
    lines.append(_line(language.translate("print_minutes", "Quorum"), verdict, styles))
    return lines


def _members_only(papers: AssemblyPapers) -> bool:
    """A meeting of the committee alone: those registered are the members present, said once."""
    return papers.hall.entitled_are_members and not papers.hall.others


def _present_label(papers: AssemblyPapers, language: DocumentLanguage) -> str:
    if _members_only(papers):
        return language.translate("print_minutes", "Present")
    return language.translate("print_minutes", "Members of the committee present")


def _entitled_people(papers: AssemblyPapers, language: DocumentLanguage) -> str:
    """Who the number entitled counts: the committee's active members unless the assembly gives
    its own number, then the workforce or the delegates its kind gathers."""
    if papers.hall.entitled_are_members:
        return language.translate("print_minutes", "active members of the committee")
    if papers.kind == AssemblyKind.delegates_council:
        return language.translate("print_minutes", "elected delegates")
    if papers.kind == AssemblyKind.committee_meeting:
        return language.translate("print_minutes", "members of the committee")
    if papers.committee_kind == CommitteeKind.workplace:
        return language.translate("print_minutes", "workers of the enterprise")
    return language.translate("print_minutes", "workers")


def _count_and_names(name: str, names: tuple[str, ...], count: int, language: DocumentLanguage, styles: Styles) -> list:
    """"Invited: 3" and the names below it."""
    lines = [_line(name, language.number(count), styles)]
    if names:
        lines.append(Paragraph(text(_sentence(", ".join(names))), styles.body))
    return lines


def _sentence(value: str) -> str:
    return value if value.endswith((".", "!", "?")) else value + "."


def _attached_list(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    """The list the minutes say is attached: those present by name, numbered, on pages of its own."""
    heading = language.translate("print_minutes", "Attachment to minutes No. {number}").format(number=papers.number)
    numbered = ParagraphStyle("attached_line", parent=styles.body, leftIndent=10 * mm, firstLineIndent=-10 * mm)
    return [
        PageBreak(),
        Paragraph(text(heading), styles.title),
        Paragraph(text(_present_label(papers, language)), _keep_with_next(styles.heading)),
        *(Paragraph(text(f"{position}. {name}"), numbered) for position, name in enumerate(papers.present, start=1)),
    ]


def _agenda(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles) -> list:
    lines = [Paragraph(text(language.translate("print_minutes", "Agenda")), _keep_with_next(styles.heading))]
    numbered = ParagraphStyle("agenda_line", parent=styles.body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
    for item in papers.items:
        line = f"{item.position}. {item.title}" + (f" — {item.presenter}" if item.presenter else "")
        lines.append(Paragraph(text(line), numbered))
    return lines


def _item(item: PrintedItem, language: DocumentLanguage, styles: Styles, width: float) -> tuple[list, int]:
    """The item's parts, and where its decision starts (its last vote, else its Resolved line; with
    neither, the end): the signatures of the minutes take the last item's decision to their page."""
    parts = [Paragraph(text(f"{item.position}. {item.title}"), _keep_with_next(styles.heading))]
    for name, value in ((language.translate("print_minutes", "Heard"), item.heard), (language.translate("print_minutes", "Spoke"), item.spoke)):
        if value:
            parts.append(_line(name, value, styles))
    decision_at = len(parts) if item.decided or item.votes else None
    if item.decided:
        parts.append(_line(language.translate("print_minutes", "Resolved"), item.decided, styles))
    for vote in item.votes:
        decision_at = len(parts)
        parts += _vote(vote, language, styles)
    if item.actions:
        parts.append(Paragraph(text(language.translate("print_minutes", "Action items")), _keep_with_next(styles.label)))
        parts.append(_actions_table(item.actions, language, styles, width))
    return parts, len(parts) if decision_at is None else decision_at


def _vote(vote: PrintedVote, language: DocumentLanguage, styles: Styles) -> list:
    number = language.number
    counts = language.translate("print_minutes", "Voted: for {for_} / against {against} / abstained {abstained}").format(
        for_=number(vote.votes_for), against=number(vote.votes_against), abstained=number(vote.votes_abstain)
    )
    # "Voted:" in bold like the protocol's other headings; the counts after it plain.
    voted, _, tally = counts.partition(":")
    counts_markup = f"<b>{text(voted)}:</b>{text(tally)}" if tally else text(counts)
    outcome = language.translate("print_minutes", "Outcome")
    rule = language.translate("print_minutes", "Majority rule")
    # The question stays with its result, and the result with the demands it adopted.
    put = language.translate("print_minutes", "Put to the vote")
    parts = [
        Paragraph(f"<b>{text(put)}:</b> {text(vote.question)}", _keep_with_next(styles.body)),
        Paragraph(
            f"{counts_markup}. <b>{text(outcome)}:</b> {text(label(vote.outcome, language.translate))}. "
            f"<b>{text(rule)}:</b> {text(label(vote.majority_rule, language.translate))}.",
            _keep_with_next(styles.body) if vote.adopted_demands else styles.body,
        ),
    ]
    if vote.adopted_demands:
        adopted = language.translate("print_minutes", "Adopted demands")
        parts.append(_line(adopted, _sentence("; ".join(vote.adopted_demands)), styles))
    return parts


def _actions_table(actions: tuple[PrintedAction, ...], language: DocumentLanguage, styles: Styles, width: float) -> WholeRowTable:
    """The tasks given, numbered: a task carried over a page is found by its number."""
    number_width, assignee_width, due_width = 10 * mm, 0.3 * width, 25 * mm
    rows = [
        [
            language.translate("print_minutes", "No."),
            Paragraph(text(language.translate("print_minutes", "Task")), styles.cell_bold),
            Paragraph(text(language.translate("print_minutes", "Assignee")), styles.cell_bold),
            Paragraph(text(language.translate("print_minutes", "Due on")), styles.cell_bold),
        ]
    ]
    for position, action in enumerate(actions, start=1):
        rows.append(
            [
                f"{position}.",
                Paragraph(text(action.text), styles.cell),
                Paragraph(text(action.assignee), styles.cell),
                Paragraph(language.date(action.due_on), styles.cell),
            ]
        )
    table = WholeRowTable(
        rows,
        colWidths=[number_width, width - number_width - assignee_width - due_width, assignee_width, due_width],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # A table sets each cell's font, paragraphs or not: Helvetica unless told otherwise.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                # The numbers are plain strings, set like the tasks beside them.
                ("FONTNAME", (0, 0), (0, 0), f"{SANS}-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), styles.cell.fontSize),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (0, -1), 2),
            ]
        )
    )
    return table


def _signatures(papers: AssemblyPapers, language: DocumentLanguage, styles: Styles, width: float) -> list:
    """Lines to sign on, each with the officer's name; the caller keeps them on one page."""
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
    return [Spacer(1, 8 * mm), table]


def _keep_with_next(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_kept", parent=style, keepWithNext=True)
