"""The counting commission's protocol (ПРОТОКОЛ СЧЁТНОЙ КОМИССИИ) of an election: the
committee, the assembly, its date and place, the item and the office elected, the
commission's members; those registered and, for a secret ballot, the ballots issued, found
in the ballot box, invalid and valid; each candidate's votes in ballot order; the rule and
the votes it required; who is elected, and any tie; the signatures of every member of the
commission on the page of the result.

Before the count it prints as a form: lines to fill in by hand where a figure is not in yet.
Redacted paper gives people by their initials only. The fixed words are in `protocol_terms`.
"""

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..labels import label
from ..person_names import names_withheld_from, redacted_name, signature_name
from ..services.elections import CandidateResult, ElectionOutcome, election_on_item
from ..store import Store
from ..vocabulary import BallotKind, ElectionQuota
from .assembly_papers import AssemblyPapers, member_names, read_assembly_papers
from .document import (
    SANS,
    SERIF,
    DocumentLanguage,
    PaperChoice,
    build_pdf,
    check_choice,
    make_styles,
    text,
    text_width,
)
from .page_breaks import RoomToStart, SignedEnd
from .protocol_terms import BLANK, protocol_term
from .tables import shaded_grid

# "Председатель счётной комиссии" on one line in bold serif, in each language.
ROLE_WIDTH, LINE_WIDTH = 85 * mm, 35 * mm
FIGURE_WIDTH = 30 * mm
NUMBER_WIDTH, VOTES_WIDTH, RESULT_WIDTH = 10 * mm, 30 * mm, 38 * mm
# Room above each signature line for a hand's signature.
SIGNING_ROOM = 8 * mm
# With no names typed, lines for the chair and two members to sign.
BLANK_COMMISSION = 3


def print_count_protocol(store: Store, assembly_number: int, item_position: int, path: Path, choice: PaperChoice) -> bytes:
    """Write the counting commission's protocol of the election on item ``item_position`` of
    assembly ``assembly_number`` to ``path``; returns the PDF's bytes."""
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    papers = read_assembly_papers(store, assembly_number, document_translate=language.translate)
    outcome = election_on_item(store, assembly_number, item_position, document_translate=language.translate)
    protocol = _CountProtocol(store, papers, outcome, language, choice)
    return build_pdf(
        path,
        protocol.story(),
        title=f"{protocol.term('count_protocol')} — {outcome.office}",
        header=papers.committee,
        language=language,
        choice=choice,
    )


class _CountProtocol:
    def __init__(self, store: Store, papers: AssemblyPapers, outcome: ElectionOutcome, language: DocumentLanguage, choice: PaperChoice):
        self.papers = papers
        self.outcome = outcome
        self.language = language
        self.redacted = choice.redacted
        self.width = text_width(choice.paper)
        self.styles = styles = make_styles()
        self.centred = ParagraphStyle("count_centred", parent=styles.body, alignment=TA_CENTER)
        self.committee_style = ParagraphStyle("count_committee", parent=styles.title, fontSize=13, leading=17, spaceAfter=6)
        # Typed texts (the office, the item) may name people: cut to initials on redacted paper.
        people = [*(row.name for row in outcome.candidates), *outcome.counting_commission]
        self.withheld = names_withheld_from([*member_names(store), *people]) if self.redacted else (lambda value: value)

    def term(self, key: str) -> str:
        return protocol_term(self.language.language, key)

    def name(self, full_name: str) -> str:
        return redacted_name(full_name) if self.redacted else full_name

    def signed_name(self, full_name: str) -> str:
        if not full_name:
            return ""
        return redacted_name(full_name) if self.redacted else signature_name(full_name)

    def figure(self, value: int | None) -> str:
        return BLANK if value is None else self.language.number(value)

    def line(self, name: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{text(name)}:</b> {text(value)}", self.styles.body)

    # --- the document ------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        outcome = self.outcome
        story = self.heading() + self.facts() + [Spacer(1, 3 * mm), self.figures(), Spacer(1, 3 * mm)]
        rule = Paragraph(text(self.rule()), self.styles.body)
        table = self.results()
        story += [RoomToStart([rule], table), rule, table]
        result = [Paragraph(text(sentence), self.styles.label) for sentence in self.result()]
        if not outcome.counted:
            result = [self.line(self.term("result"), BLANK * 3)]
        return story + [SignedEnd([Spacer(1, 2 * mm), *result], self.signatures())]

    def heading(self) -> list[Flowable]:
        papers, outcome = self.papers, self.outcome
        lines = []
        if papers.committee:
            lines.append(Paragraph(text(papers.committee), self.committee_style))
        of = self.term("count_of_secret" if outcome.ballot_kind == BallotKind.secret else "count_of_open")
        kind = label(papers.kind, self.language.translate)
        if papers.starts_at is None:
            assembly = self.term("assembly_line_undated").format(kind=kind, number=papers.number)
        else:
            date = self.language.date(papers.starts_at.date())
            assembly = self.term("assembly_line").format(kind=kind, number=papers.number, date=date)
        lines += [
            Paragraph(text(self.term("count_protocol")), self.styles.title),
            Paragraph(text(of), self.centred),
            Paragraph(text(assembly), self.centred),
            Paragraph(text(papers.locality or BLANK), self.centred),
            Spacer(1, 4 * mm),
        ]
        return lines

    def facts(self) -> list[Flowable]:
        papers, outcome = self.papers, self.outcome
        item = f"{outcome.item_position}. {self.withheld(outcome.item_title)}"
        office = self.withheld(outcome.office)
        body = self.withheld(outcome.body)
        elected = office if body in office else f"{office} ({body})"
        lines = [
            self.line(self.term("place"), self.withheld(papers.place) or BLANK),
            self.line(self.term("agenda_item"), item),
            self.line(self.term("election_of"), elected),
            self.line(self.term("seats"), self.language.number(outcome.seats)),
        ]
        names = [self.name(name) for name in outcome.counting_commission]
        if names:
            names[0] = f"{names[0]} ({self.term('commission_chair_mark')})"
            lines.append(self.line(self.term("counting_commission"), ", ".join(names) + "."))
        else:
            lines.append(self.line(self.term("counting_commission"), BLANK * 3))
        return lines

    def figures(self) -> Table:
        """Those registered and, for a secret ballot, the ballots as the commission counted them."""
        outcome = self.outcome
        rows = [(self.term("registered_count"), self.language.number(outcome.registered))]
        if outcome.ballot_kind == BallotKind.secret:
            rows += [
                (self.term("ballots_issued"), self.figure(outcome.ballots_issued)),
                (self.term("ballots_found"), self.figure(outcome.ballots_found)),
                (self.term("ballots_invalid"), self.figure(outcome.ballots_invalid)),
                (self.term("ballots_valid"), self.figure(outcome.ballots_valid)),
            ]
        cell = self.styles.cell
        data = [[Paragraph(text(name), cell), Paragraph(text(value), cell)] for name, value in rows]
        table = Table(data, colWidths=[self.width - FIGURE_WIDTH, FIGURE_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SANS),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#808080"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    # The figures stand together: a reader checks found = valid + invalid at a glance.
                    ("NOSPLIT", (0, 0), (-1, -1)),
                ]
            )
        )
        return table

    def rule(self) -> str:
        outcome = self.outcome
        if outcome.quota == ElectionQuota.registered_majority:
            return self.term("quota_registered_majority").format(
                required=self.language.number(outcome.required), registered=self.language.number(outcome.registered)
            )
        return self.term("quota_most_votes")

    def results(self) -> Table:
        """Each candidate in ballot order with the votes and the result; the header repeated
        at the top of each page a long ballot runs over."""
        styles = self.styles
        header = [Paragraph(text(self.term(key)), styles.cell_bold) for key in ("number", "candidate", "votes", "result")]
        data = [header]
        for row in self.outcome.candidates:
            votes = BLANK if row.votes is None else self.language.number(row.votes)
            data.append(
                [
                    Paragraph(f"{row.position}.", styles.cell),
                    Paragraph(text(self.name(row.name)), styles.cell),
                    Paragraph(text(votes), styles.cell),
                    Paragraph(text(self.candidate_result(row)), styles.cell),
                ]
            )
        name_width = self.width - NUMBER_WIDTH - VOTES_WIDTH - RESULT_WIDTH
        return shaded_grid(data, [NUMBER_WIDTH, name_width, VOTES_WIDTH, RESULT_WIDTH], 3)

    def candidate_result(self, row: CandidateResult) -> str:
        if not self.outcome.counted:
            return ""
        if row.elected:
            return self.term("result_elected")
        if row.tied:
            return self.term("result_tied")
        return self.term("result_not_elected")

    def result(self) -> list[str]:
        """Who is elected, any tie for the last seats and seats left open, in the protocol's words."""
        outcome = self.outcome
        if not outcome.counted:
            return []
        names = ", ".join(self.name(row.name) for row in outcome.elected)
        sentences = []
        if len(outcome.elected) == 1:
            sentences.append(self.term("elected_one").format(names=names))
        elif outcome.elected:
            sentences.append(self.term("elected").format(names=names))
        if outcome.tied:
            tied = ", ".join(self.name(row.name) for row in outcome.tied)
            votes = self.language.number(outcome.tied[0].votes)
            sentences.append(self.term("tied").format(votes=votes, names=tied, seats=outcome.seats_open))
        elif not outcome.elected:
            sentences.append(self.term("none_elected"))
        elif outcome.seats_open:
            sentences.append(self.term("seats_open").format(seats=outcome.seats_open))
        return sentences

    def signatures(self) -> list[Flowable]:
        """«Председатель счётной комиссии  ________  А.Т. Бекмырзаев», then each member: the
        commission signs what it counted. Without names, lines to sign and to write them in."""
        names = list(self.outcome.counting_commission) or [""] * BLANK_COMMISSION
        body, role = self.styles.body, self.styles.label
        rows = []
        for index, full_name in enumerate(names):
            office = self.term("commission_chair" if index == 0 else "commission_member")
            signed = self.signed_name(full_name) or BLANK
            rows.append([Paragraph(text(office), role), "", Paragraph(text(signed), body)])
        table = Table(rows, colWidths=[ROLE_WIDTH, LINE_WIDTH, self.width - ROLE_WIDTH - LINE_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SERIF),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    # The line to sign on, as wide as its column whatever the language.
                    ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), SIGNING_ROOM),
                    # Every member signs on the page of the result.
                    ("NOSPLIT", (0, 0), (-1, -1)),
                ]
            )
        )
        return [Spacer(1, 4 * mm), table]
