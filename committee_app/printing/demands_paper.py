"""The demands to hand to an employer or an akimat: those the workers adopted that still stand.

"Still standing" means adopted and not yet answered in full: adopted, presented, under
negotiation, or partially met. A met demand needs no asking, and a refused one is final in
the committee's process (re-raising it means adopting it again, as a new demand); proposals,
rejected and withdrawn demands were never, or are no longer, the workers' word.
"""

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select

from ..errors import translate
from ..labels import label, priority_label
from ..models import CommitteeProfile, Member
from ..person_names import names_withheld_from, redacted_name, signature_name
from ..services.demands import DemandRow, demand_overview
from ..services.erasure import erased_name_template, shown_name
from ..services.profile import get_profile
from ..store import Store
from ..vocabulary import DemandStatus, MemberRole, MemberStatus
from .assembly_papers import member_names
from .document import (
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

# Above each signature line: room for a hand's signature, however short the name beside it.
SIGNING_ROOM = 9 * mm
OFFICE_WIDTH, SIGNATURE_WIDTH = 38 * mm, 40 * mm  # "Председатель" in bold serif fits

STANDING = (DemandStatus.adopted, DemandStatus.presented, DemandStatus.under_negotiation, DemandStatus.partially_met)


@dataclass(frozen=True)
class Signatories:
    """Who signs for the committee: its active chair and secretary ("" when there is none)."""

    chair: str
    secretary: str


def committee_signatories(store: Store, translate=translate) -> Signatories:
    """``translate``: the document's language, in which an erased member is named."""
    statement = (
        select(Member.role, shown_name(erased_name_template(translate)))
        .where(Member.role.in_((MemberRole.chair, MemberRole.secretary)), Member.status == MemberStatus.active)
        .order_by(Member.sort_name, Member.id)
    )
    names: dict[MemberRole, str] = {}
    with store.connection() as connection:
        for role, full_name in connection.execute(statement):
            names.setdefault(MemberRole(role), full_name)
    return Signatories(chair=names.get(MemberRole.chair, ""), secretary=names.get(MemberRole.secretary, ""))


def redacted_signatories(signatories: Signatories) -> Signatories:
    """Initials under the signature lines, for paper that may be seized; no name stays no name."""
    return Signatories(
        chair=redacted_name(signatories.chair) if signatories.chair else "",
        secretary=redacted_name(signatories.secretary) if signatories.secretary else "",
    )


def standing_demands(store: Store) -> list[DemandRow]:
    """The adopted demands not yet answered in full, in the committee's order of priority."""
    return [row for row in demand_overview(store) if row.status in STANDING]


def print_demands(store: Store, path: Path, choice: PaperChoice) -> bytes:
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    styles = make_styles()
    profile = get_profile(store)
    committee = profile.name if profile else ""
    demands = standing_demands(store)
    signatories = committee_signatories(store, language.translate)
    if choice.redacted:
        signatories = redacted_signatories(signatories)
        # A demand may name people (those detained, an official): cut to initials like the minutes.
        withheld = names_withheld_from(member_names(store))
        demands = [
            replace(row, title=withheld(row.title), text=withheld(row.text), response=withheld(row.response))
            for row in demands
        ]
    story = _title(language, styles, profile)
    each = [_demand(number, row, language, styles) for number, row in enumerate(demands, start=1)]
    if not each:
        each = [[Paragraph(text(language.translate("print_demands", "No adopted demands are standing.")), styles.body)]]
    # Each demand whole on a page; the last one with the signatures, which never stand alone.
    story += [KeepTogether(parts) for parts in each[:-1]]
    signatures = _signature_lines(signatories, language, styles, text_width(choice.paper))
    story.append(KeepTogether([*each[-1], *signatures]))
    title = language.translate("print_demands", "Demands")
    return build_pdf(
        path,
        story,
        title=f"{title} — {committee}" if committee else title,
        header=committee,
        language=language,
        choice=choice,
    )


def _title(language: DocumentLanguage, styles: Styles, profile: CommitteeProfile | None) -> list:
    """DEMANDS, whose they are and who puts them forward, then the place and the date.

    The enterprise and the committee are named as typed, after a label: a name put into a
    sentence would have to be declined ("работников АО …"), and a typed name is not."""
    translate = language.translate
    centred = styles.body.clone("centred", alignment=TA_CENTER)
    story = [Paragraph(text(translate("print_demands", "DEMANDS")), styles.title)]
    lines = []
    if profile and profile.enterprise:
        lines.append(translate("print_demands", "on behalf of the workers: {enterprise}").format(enterprise=profile.enterprise))
    if profile and profile.name:
        lines.append(translate("print_demands", "put forward by: {committee}").format(committee=profile.name))
    today = language.date(date.today())
    lines.append(f"{profile.locality}, {today}" if profile and profile.locality else today)
    story += [Paragraph(text(line), centred) for line in lines]
    story.append(Spacer(1, 6 * mm))
    return story


def _demand(number: int, row: DemandRow, language: DocumentLanguage, styles: Styles) -> list:
    translate = language.translate

    def detail(name: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{text(name)}:</b> {text(value)}", styles.body)

    parts = [Paragraph(f"{number}. {text(row.title)}", styles.heading)]
    if row.text:
        parts.append(Paragraph(text(row.text), styles.body))
    parts.append(detail(translate("print_demands", "Category"), label(row.category, translate)))
    parts.append(detail(translate("print_demands", "Priority"), priority_label(row.priority, translate)))
    if row.addressed_to:
        parts.append(detail(translate("print_demands", "Addressed to"), row.addressed_to))
    parts.append(detail(translate("print_demands", "Adopted"), _adoption(row, language)))
    if row.presented_on is not None:
        parts.append(detail(translate("print_demands", "Presented on"), language.date(row.presented_on)))
    if row.deadline is not None:
        parts.append(detail(translate("print_demands", "Answer expected by"), language.date(row.deadline)))
    if row.status != DemandStatus.adopted:
        # How far it got once handed over: presented, under negotiation, or answered in part.
        parts.append(detail(translate("print_demands", "Status"), label(row.status, translate)))
    if row.status == DemandStatus.partially_met and row.response:
        parts.append(detail(translate("print_demands", "Answer so far"), row.response))
    return parts


def _adoption(row: DemandRow, language: DocumentLanguage) -> str:
    translate = language.translate
    vote = row.adopted_by
    if vote is None:
        return translate("print_demands", "no vote recorded")
    counts = {"for_": vote.votes_for, "against": vote.votes_against, "abstained": vote.votes_abstain}
    if vote.assembly_date is None:
        return translate(
            "print_demands", "by the assembly No. {number}; voted: for {for_} / against {against} / abstained {abstained}"
        ).format(number=vote.assembly_number, **counts)
    return translate(
        "print_demands", "by the assembly No. {number} of {date}; voted: for {for_} / against {against} / abstained {abstained}"
    ).format(number=vote.assembly_number, date=language.date(vote.assembly_date), **counts)


def _signature_lines(signatories: Signatories, language: DocumentLanguage, styles: Styles, width: float) -> list:
    """Chair and secretary, each with a line to sign on and their name; a row is as tall as its
    name takes, with room above the line to sign. The caller keeps them on one page."""
    officers = (
        (language.translate("print_demands", "Chair"), signatories.chair),
        (language.translate("print_demands", "Secretary"), signatories.secretary),
    )
    # Initials before the surname, as a signature is set (GOST R 7.0.97-2016).
    rows = [
        [Paragraph(text(office), styles.label), "", Paragraph(text(signature_name(name)), styles.body)] for office, name in officers
    ]
    table = Table(rows, colWidths=[OFFICE_WIDTH, SIGNATURE_WIDTH, width - OFFICE_WIDTH - SIGNATURE_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even around paragraphs: Helvetica unless told.
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), SIGNING_ROOM),
                # Both signatures on one page, however long the names.
                ("NOSPLIT", (0, 0), (-1, -1)),
            ]
        )
    )
    return [Spacer(1, 10 * mm), table]
