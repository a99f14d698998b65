"""The minutes (the protocol) of an assembly in the form secretaries in the region know
(GOST R 7.0.97-2016): the committee's name as the heading, ПРОТОКОЛ, "05.01.2026  № 3" and
the place it was made; the meeting's kind and title; the chair and secretary, then who was
in the hall (named up to 15 people, counted above that with the list attached); the agenda;
for each item СЛУШАЛИ / ВЫСТУПИЛИ / ПОСТАНОВИЛИ (РЕШИЛИ) and its votes; the signatures on
the page of the last decision or the closing words; then the attached list.

An assembly not marked held prints as a draft (ПРОЕКТ on every page, no quorum verdict,
lines to fill in by hand); redacted paper names people by their initials only and gives
counts instead of lists. The fixed words of the form are in `protocol_terms`."""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..person_names import redacted_name, signature_name
from ..store import Store
from ..vocabulary import AssemblyKind, AssemblyStatus, CommitteeKind, MajorityRule, VoteOutcome
from .assembly_papers import (
    AssemblyPapers,
    PrintedAction,
    PrintedItem,
    PrintedVote,
    names_withheld,
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
from .page_breaks import RoomToStart, SignedEnd
from .protocol_terms import BLANK, protocol_term
from .tables import WholeRowTable

# Above this many, those present are counted and listed in an attachment (GOST R 7.0.97-2016).
PRESENT_NAMED_AT_MOST = 15
# The line a signature goes on.
SIGNATURE_LINE = "_" * 16


def print_minutes(store: Store, assembly_number: int, path: Path, choice: PaperChoice) -> bytes:
    """Write the minutes of assembly ``assembly_number`` to ``path``; returns the PDF's bytes."""
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, document_translate=language.translate)
    if choice.redacted:
        papers = names_withheld(store, papers)
    minutes = _Minutes(papers, language, choice)
    return build_pdf(
        path,
        minutes.story(),
        title=minutes.term("title").format(number=papers.number),
        header=papers.committee,
        language=minutes.language,
        choice=choice,
        mark=minutes.term("draft") if minutes.draft else "",
    )


def minutes_story(papers: AssemblyPapers, choice: PaperChoice) -> list[Flowable]:
    """The minutes' flowables, laid out by `print_minutes`."""
    return _Minutes(papers, DocumentLanguage(choice.language), choice).story()


@dataclass
class _Block:
    """A part of an item: its headings (СЛУШАЛИ:, the item's title) and what they introduce.
    ``whole``: never split (a vote's question, counts and result)."""

    leads: list[Flowable]
    body: list[Flowable]
    whole: bool = False


class _Minutes:
    def __init__(self, papers: AssemblyPapers, language: DocumentLanguage, choice: PaperChoice):
        self.papers = papers
        self.language = language
        self.redacted = choice.redacted
        self.draft = papers.status != AssemblyStatus.held
        self.width = text_width(choice.paper)
        self.styles = styles = make_styles()
        self.text_style = ParagraphStyle("protocol_text", parent=styles.body, alignment=TA_JUSTIFY)
        self.centered = ParagraphStyle("protocol_centered", parent=styles.body, alignment=TA_CENTER)
        self.committee_style = ParagraphStyle("protocol_committee", parent=styles.title, fontSize=13, leading=17, spaceAfter=6)
        self.section_style = ParagraphStyle("protocol_section", parent=styles.label, spaceBefore=4, spaceAfter=2)
        self.right = ParagraphStyle("protocol_right", parent=styles.label, alignment=TA_RIGHT)
        self.numbered = ParagraphStyle("protocol_numbered", parent=styles.body, leftIndent=10 * mm, firstLineIndent=-10 * mm)
        self.attached = not self.redacted and len(papers.present) > PRESENT_NAMED_AT_MOST

    # --- words -------------------------------------------------------------------------

    def term(self, key: str) -> str:
        return protocol_term(self.language.language, key)

    def name(self, full_name: str) -> str:
        """A person's name as this paper prints it: as stored, or initials only when redacted."""
        if not full_name:
            return BLANK
        return redacted_name(full_name) if self.redacted else full_name

    def count(self, value: int) -> str:
        """A count; in a draft, none yet is a line to fill in by hand."""
        return BLANK if self.draft and not value else self.language.number(value)

    def people(self, value: int) -> str:
        return self.term("people").format(count=self.count(value))

    def date(self) -> str:
        starts = self.papers.starts_at
        return self.language.date(starts.date()) if starts else BLANK

    # --- flowables ---------------------------------------------------------------------

    def line(self, name: str, value: str) -> Paragraph:
        """A bold label and its value in running text: "Место проведения: Дом культуры"."""
        return Paragraph(f"<b>{text(name)}:</b> {text(value)}", self.styles.body)

    def section(self, heading: str) -> Paragraph:
        """СЛУШАЛИ:, ВЫСТУПИЛИ:, ПОСТАНОВИЛИ (РЕШИЛИ): on a line of their own."""
        return Paragraph(text(f"{heading}:"), self.section_style)

    def paragraph(self, value: str) -> Paragraph:
        return Paragraph(text(value), self.text_style)

    # --- the document ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        papers = self.papers
        story = self.heading() + self.opening() + self.agenda()
        *earlier, last = [self.item_blocks(item) for item in papers.items] or [[]]
        story += [flowable for blocks in earlier for block in blocks for flowable in _laid_out(block)]
        closing = self.paragraph(papers.closing_notes) if papers.closing_notes else None
        story += self.ending(last, closing)
        if self.attached:
            story += self.attachment()
        return story

    def heading(self) -> list[Flowable]:
        """The committee, ПРОТОКОЛ, "05.01.2026  № 3", the place it was made, the meeting's kind
        and title."""
        papers = self.papers
        lines = [Paragraph(text(self.term("draft")), self.right)] if self.draft else []
        if papers.committee:
            lines.append(Paragraph(text(papers.committee), self.committee_style))
        dated = self.term("date_and_number").format(date=self.date(), number=papers.number)
        lines += [
            Paragraph(text(self.term("document")), self.styles.title),
            # The two spaces between date and number are kept, as the form writes them.
            Paragraph(text(dated).replace("  ", "\N{NO-BREAK SPACE} "), self.centered),
            Paragraph(text(papers.locality or BLANK), self.centered),
            Spacer(1, 4 * mm),
            Paragraph(f"<b>{text(label(papers.kind, self.language.translate))}</b>", self.centered),
        ]
        if papers.title:
            lines.append(Paragraph(text(papers.title), self.centered))
        return lines + [Spacer(1, 4 * mm)]

    def opening(self) -> list[Flowable]:
        papers, translate = self.papers, self.language.translate
        starts = papers.starts_at
        lines = [
            self.line(translate("print_minutes", "Place"), papers.place or BLANK),
            self.line(translate("print_minutes", "Time"), self.language.time(starts) if starts else BLANK),
            self.officer("chair", papers.chair),
            self.officer("secretary", papers.secretary),
        ]
        lines += self.who_was_there()
        if papers.opening_notes:
            lines += [Spacer(1, 2 * mm), self.paragraph(papers.opening_notes)]
        return lines

    def officer(self, role: str, full_name: str) -> Paragraph:
        line = self.term("officer").format(role=f"<b>{text(self.term(role))}</b>", name=text(self.name(full_name)))
        return Paragraph(line, self.styles.body)

    def who_was_there(self) -> list[Flowable]:
        """Entitled and registered (at a general assembly), those present, the invited guests,
        the excused and the quorum over the entitled, as a protocol states them."""
        papers, translate = self.papers, self.language.translate
        hall = papers.hall
        entitled = translate("print_minutes", "{count} ({who})").format(
            count=self.language.number(hall.entitled), who=self.entitled_people()
        )
        lines = [self.line(translate("print_minutes", "Entitled to take part"), entitled)]
        if not self.members_only():
            registered = translate("print_minutes", "{registered} (members of the committee: {members}, others: {others})")
            registered = registered.format(
                registered=self.count(hall.registered), members=self.count(hall.members_present), others=self.count(hall.others)
            )
            lines.append(self.line(translate("print_minutes", "Registered"), registered))
        lines += self.present()
        lines += self.invited()
        if papers.excused:
            # Named up to 15, counted above that, never named on redacted paper.
            if self.redacted or len(papers.excused) > PRESENT_NAMED_AT_MOST:
                excused = self.people(len(papers.excused))
            else:
                excused = _sentence(", ".join(papers.excused))
            lines.append(self.line(translate("print_minutes", "Excused"), excused))
        lines.append(self.line(translate("print_minutes", "Quorum"), self.quorum()))
        return lines

    def present(self) -> list[Flowable]:
        """"Присутствовали: 12 чел." and their names; above 15, "(список прилагается)"."""
        papers = self.papers
        count = self.people(len(papers.present))
        if self.attached:
            return [self.line(self.present_label(), f"{count} {self.term('list_attached')}")]
        counted = self.line(self.present_label(), count)
        if self.redacted or not papers.present:
            return [counted]
        names = Paragraph(text(_sentence(", ".join(papers.present))), self.styles.body)
        return [RoomToStart([counted], names), counted, names]

    def invited(self) -> list[Flowable]:
        """The guests by name where given, else their count; never named on redacted paper."""
        papers = self.papers
        names = papers.guests_names
        guests = max(papers.guests_count, len(names))
        heading = self.term("invited")
        if not guests:
            return []
        if self.redacted or not names:
            return [self.line(heading, self.people(guests))]
        if guests == len(names):
            return [self.line(heading, _sentence("; ".join(names)))]
        counted = self.line(heading, self.people(guests))
        named = Paragraph(text(_sentence("; ".join(names))), self.styles.body)
        return [RoomToStart([counted], named), counted, named]

    def quorum(self) -> str:
        quorum, number, translate = self.papers.quorum, self.language.number, self.language.translate
        if self.draft:
            # Not held yet: what the hall will need, and no verdict.
            return translate("print_minutes", "{required} of {entitled} needed.").format(
                required=number(quorum.required), entitled=number(quorum.entitled)
            )
        if quorum.reached:
            verdict = translate("print_minutes", "reached ({registered} registered of {entitled}, {required} needed).")
        else:
            verdict = translate("print_minutes", "not reached ({registered} registered of {entitled}, {required} needed).")
        return verdict.format(
            registered=number(quorum.registered), entitled=number(quorum.entitled), required=number(quorum.required)
        )

    def members_only(self) -> bool:
        """A meeting of the committee alone: those registered are the members present, said once."""
        return self.papers.hall.entitled_are_members and not self.papers.hall.others

    def present_label(self) -> str:
        if self.members_only():
            return self.term("present")
        return self.language.translate("print_minutes", "Members of the committee present")

    def entitled_people(self) -> str:
        """Who the number entitled counts: the committee's active members unless the assembly gives
        its own number, then the workforce or the delegates its kind gathers."""
        papers, translate = self.papers, self.language.translate
        if papers.hall.entitled_are_members:
            return translate("print_minutes", "active members of the committee")
        if papers.kind == AssemblyKind.delegates_council:
            return translate("print_minutes", "elected delegates")
        if papers.kind == AssemblyKind.committee_meeting:
            return translate("print_minutes", "members of the committee")
        if papers.committee_kind == CommitteeKind.workplace:
            return translate("print_minutes", "workers of the enterprise")
        return translate("print_minutes", "workers")

    def agenda(self) -> list[Flowable]:
        items = self.papers.items
        if not items:
            return []
        heading = self.section(self.term("agenda"))
        numbered = ParagraphStyle("agenda_line", parent=self.styles.body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
        lines = []
        for item in items:
            line = f"{item.position}. {item.title}" + (f" — {self.name(item.presenter)}" if item.presenter else "")
            lines.append(Paragraph(text(line), numbered))
        return [RoomToStart([heading], lines[0]), heading, *lines]

    # --- the items ---------------------------------------------------------------------

    def item_blocks(self, item: PrintedItem) -> list[_Block]:
        """СЛУШАЛИ, ВЫСТУПИЛИ, ПОСТАНОВИЛИ (РЕШИЛИ), the votes and the tasks, each under its
        heading; the item's title leads the first of them."""
        leads = [Paragraph(text(f"{item.position}. {item.title}"), self.styles.heading)]
        blocks = []
        # Heard: the report as typed, else at least who gave it.
        heard = item.heard or (self.name(item.presenter) if item.presenter else "")
        if heard:
            blocks.append(_Block([*leads, self.section(self.term("heard"))], [self.paragraph(heard)]))
            leads = []
        # A draft is taken to the hall: room under each heading left empty, to write in by hand.
        to_fill_in = []
        if item.spoke:
            blocks.append(_Block([*leads, self.section(self.term("spoke"))], [self.paragraph(item.spoke)]))
            leads = []
        elif self.draft:
            to_fill_in += [self.section(self.term("spoke")), *self.lines_to_fill_in()]
        if self.draft and not item.decided and not item.votes:
            # With its blank vote, like a vote taken: whole, and the last one with the signatures.
            to_fill_in += [self.section(self.term("resolved")), *self.lines_to_fill_in()]
            to_fill_in += self.counts_and_result(BLANK, BLANK, BLANK, self.term("adopted_or_not"))
            blocks.append(_Block(leads, to_fill_in, whole=True))
            leads, to_fill_in = [], []
        elif to_fill_in:
            blocks.append(_Block(leads, to_fill_in))
            leads = []
        if item.decided or item.votes:
            leads.append(self.section(self.term("resolved")))
        if item.decided:
            blocks.append(_Block(leads, [self.paragraph(item.decided)]))
            leads = []
        for vote in item.votes:
            blocks.append(_Block(leads, self.vote(vote), whole=True))
            leads = []
        if item.actions:
            actions = tuple(
                PrintedAction(action.text, self.name(action.assignee) if action.assignee else "", action.due_on)
                for action in item.actions
            )
            tasks = Paragraph(text(self.language.translate("print_minutes", "Action items")), self.section_style)
            blocks.append(_Block([*leads, tasks], [_actions_table(actions, self.language, self.styles, self.width)]))
            leads = []
        if leads:
            # Nothing recorded under the title yet: the title stands alone.
            blocks.append(_Block([], leads))
        return blocks

    def vote(self, vote: PrintedVote) -> list[Flowable]:
        """The question, the majority it needed, the counts and the result, and the demands the
        vote adopted. A vote with no counts was not held: said so, unless the minutes are a
        draft to be filled in by hand."""
        body = self.styles.body
        put = self.language.translate("print_minutes", "Put to the vote")
        question = Paragraph(f"<b>{text(put)}:</b> {text(vote.question)}", body)
        counted = vote.votes_for or vote.votes_against or vote.votes_abstain
        if not counted and not self.draft:
            return [question, Paragraph(text(self.term("no_vote")), body)]
        number = self.language.number if counted else (lambda _count: BLANK)
        if counted:
            result = self.term("adopted") if vote.outcome == VoteOutcome.carried else self.term("not_adopted")
        else:
            result = self.term("adopted_or_not")
        parts = [
            question,
            Paragraph(text(self.majority_rule(vote.majority_rule)), body),
            *self.counts_and_result(
                number(vote.votes_for), number(vote.votes_against), number(vote.votes_abstain), result
            ),
        ]
        parts += [
            Paragraph(text(_sentence(self.term("demand_adopted").format(title=title))), body) for title in vote.adopted_demands
        ]
        return parts

    def counts_and_result(self, for_: str, against: str, abstained: str, result: str) -> list[Flowable]:
        """«Голосовали: «за» — 25, «против» — 1, «воздержались» — 2.» and the result under it."""
        counts = self.term("voted").format(for_=for_, against=against, abstained=abstained)
        voted, colon, tally = counts.partition(":")
        body = self.styles.body
        return [Paragraph(f"<b>{text(voted)}{colon}</b>{text(tally)}", body), Paragraph(f"<b>{text(result)}</b>", body)]

    def lines_to_fill_in(self, count: int = 2) -> list[Flowable]:
        """Ruled lines across the text's width, for what is written in by hand in the hall."""
        body = self.styles.body
        rule = "_" * int(self.width / stringWidth("_", body.fontName, body.fontSize))
        return [Paragraph(rule, body) for _ in range(count)]

    def majority_rule(self, rule: MajorityRule) -> str:
        """The majority a decision needed, in words."""
        translate = self.language.translate
        return {
            MajorityRule.simple: translate("print_minutes", "Needed to adopt: more votes for than against."),
            MajorityRule.absolute: translate(
                "print_minutes", "Needed to adopt: votes for from more than half of those entitled to take part."
            ),
            MajorityRule.registered_majority: translate(
                "print_minutes", "Needed to adopt: votes for from more than half of those registered."
            ),
            MajorityRule.two_thirds: translate(
                "print_minutes", "Needed to adopt: at least two thirds of the votes cast for and against."
            ),
        }[MajorityRule(rule)]

    # --- the end -----------------------------------------------------------------------

    def ending(self, blocks: list[_Block], closing: Paragraph | None) -> list[Flowable]:
        """The last item, the closing words and the signatures. The signatures share a page with
        the last decision (the last vote, kept whole, and what follows it) and the end of the
        closing words; with no vote, with the closing words or else the end of the last item."""
        signatures = self.signatures()
        votes = [index for index, block in enumerate(blocks) if block.whole]
        if votes:
            earlier, kept = blocks[: votes[-1]], blocks[votes[-1] :]
        elif closing is None and blocks:
            earlier, kept = blocks[:-1], blocks[-1:]
        else:
            earlier, kept = blocks, []
        story = [flowable for block in earlier for flowable in _laid_out(block)]
        with_signatures = [flowable for block in kept for flowable in (*block.leads, *block.body)]
        if closing is not None:
            with_signatures.append(closing)
        return story + [SignedEnd(with_signatures, signatures)]

    def signatures(self) -> list[Flowable]:
        """«Председатель  ________  Қ.С. Жұмабаев»: the role, a line to sign on and the name with
        the initials before the surname."""
        papers = self.papers
        label_width, line_width = 40 * mm, 50 * mm  # "Председатель" in bold serif fits
        body, role = self.styles.body, self.styles.label
        rows = [
            [
                Paragraph(text(self.term(office)), role),
                Paragraph(SIGNATURE_LINE, body),
                Paragraph(text(self.signed_name(full_name)), body),
            ]
            for office, full_name in (("chair", papers.chair), ("secretary", papers.secretary))
        ]
        table = Table(rows, colWidths=[label_width, line_width, self.width - label_width - line_width], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
                    # Room above each line for a signature.
                    ("TOPPADDING", (0, 0), (-1, -1), 10 * mm),
                ]
            )
        )
        flowables: list[Flowable] = [Spacer(1, 4 * mm)]
        if self.attached:
            flowables.append(Paragraph(text(self.term("attachment")), self.styles.body))
        return [*flowables, table]

    def signed_name(self, full_name: str) -> str:
        if not full_name:
            return BLANK
        return redacted_name(full_name) if self.redacted else signature_name(full_name)

    def attachment(self) -> list[Flowable]:
        """The list the minutes say is attached: those present by name, numbered, on pages of their own."""
        papers = self.papers
        of = self.term("attachment_of").format(date=self.date(), number=papers.number)
        lines = [
            PageBreak(),
            Paragraph(text(of), self.right),
            Spacer(1, 4 * mm),
            Paragraph(text(self.term("attendance_list")), self.styles.title),
        ]
        if not self.members_only():
            lines.append(Paragraph(text(self.present_label()), self.section_style))
        lines += [
            Paragraph(text(f"{position}. {name}"), self.numbered) for position, name in enumerate(papers.present, start=1)
        ]
        return lines


def _laid_out(block: _Block) -> list[Flowable]:
    if block.whole:
        return [KeepTogether([*block.leads, *block.body])]
    if block.leads:
        return [RoomToStart(block.leads, block.body[0]), *block.leads, *block.body]
    return block.body


def _sentence(value: str) -> str:
    value = value.rstrip()
    return value if value.endswith((".", "!", "?", "…")) else value + "."


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
