"""The list of delegates with their mandates: those held, by body, each with the office, the
term and the assembly that elected them; then those recalled, with the day, the vote that
recalled them and why; then the mandates whose term has run out. Signed by the committee's
chair and secretary. Redacted paper gives the delegates by their initials."""

from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..person_names import names_withheld_from, redacted_name
from ..services.elections import MandateRow, mandates
from ..services.profile import get_profile
from ..store import Store
from .assembly_papers import member_names
from .common_demands import _column_widths
from .demands_paper import _signature_lines, committee_signatories, redacted_signatories
from .document import DocumentLanguage, PaperChoice, Styles, build_pdf, check_choice, make_styles, text, text_width
from .page_breaks import RoomToStart
from .tables import WholeRowTable, shaded_grid

CELL_PADDING = 3


def print_delegates(store: Store, path: Path, choice: PaperChoice, *, on: date | None = None) -> bytes:
    """Write the list of delegates and their mandates as they stand ``on`` (today) to ``path``;
    returns the PDF's bytes."""
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    translate = language.translate
    styles = make_styles()
    day = on or date.today()
    profile = get_profile(store)
    committee = profile.name if profile else ""
    rows = mandates(store, document_translate=translate)
    signatories = committee_signatories(store, translate)
    if choice.redacted:
        signatories = redacted_signatories(signatories)
        # A reason for a recall, or a question put to the vote, may name people.
        withheld = names_withheld_from([*member_names(store), *(row.name for row in rows)])
        rows = [
            replace(
                row,
                name=redacted_name(row.name),
                recall_question=withheld(row.recall_question),
                recall_note=withheld(row.recall_note),
                office=withheld(row.office),
                body=withheld(row.body),
            )
            for row in rows
        ]
    held = [row for row in rows if row.recalled_on is None and (row.ends_on is None or row.ends_on >= day)]
    recalled = [row for row in rows if row.recalled_on is not None]
    ended = [row for row in rows if row.recalled_on is None and row.ends_on is not None and row.ends_on < day]
    width = text_width(choice.paper)
    centred = styles.body.clone("delegates_centred", alignment=TA_CENTER)
    heading = translate("print_delegates", "LIST OF DELEGATES")
    story: list[Flowable] = [Paragraph(text(heading), styles.title)]
    on_day = translate("print_delegates", "Mandates as they stand on {date}").format(date=language.date(day))
    if profile and profile.locality:
        story.append(Paragraph(text(profile.locality), centred))
    story += [Paragraph(text(on_day), centred), Spacer(1, 6 * mm)]
    if not rows:
        story.append(Paragraph(text(translate("print_delegates", "No one has been elected yet.")), styles.body))
    for body in dict.fromkeys(row.body for row in held):
        story += _section(body, _held_table([row for row in held if row.body == body], language, styles, width), styles)
    if recalled:
        title = translate("print_delegates", "Recalled")
        story += _section(title, _recalled_table(recalled, language, styles, width), styles)
    if ended:
        title = translate("print_delegates", "Terms ended")
        story += _section(title, _held_table(ended, language, styles, width), styles)
    story.append(KeepTogether(_signature_lines(signatories, language, styles, width)))
    return build_pdf(
        path,
        story,
        title=f"{heading} — {committee}" if committee else heading,
        header=committee,
        language=language,
        choice=choice,
    )


def _section(title: str, table: WholeRowTable, styles: Styles) -> list[Flowable]:
    """A heading that never ends a page: it goes with the table's header and first row."""
    heading = Paragraph(text(title), styles.heading)
    return [RoomToStart([heading], table), heading, table]


def _elected(row: MandateRow, language: DocumentLanguage) -> str:
    if row.elected_at_assembly is None:
        return "—"
    number = language.translate("print_delegates", "No. {number}").format(number=row.elected_at_assembly)
    return f"{number}, {language.date(row.elected_on)}" if row.elected_on else number


def _office(row: MandateRow) -> str:
    """The office, with the body when the office does not name it."""
    return row.office if row.body in row.office else f"{row.office} ({row.body})"


def _cells(values: list[str], style) -> list[Paragraph]:
    return [Paragraph(text(value), style) for value in values]


def _styles(styles: Styles):
    return (
        styles.cell.clone("delegates_cell", fontSize=9, leading=11),
        styles.cell_bold.clone("delegates_header", fontSize=9, leading=11),
    )


def _held_table(rows: list[MandateRow], language: DocumentLanguage, styles: Styles, width: float) -> WholeRowTable:
    translate = language.translate
    cell, header = _styles(styles)
    headers = [
        translate("print_delegates", "No."),
        translate("print_delegates", "Delegate"),
        translate("print_delegates", "Office"),
        translate("print_delegates", "From"),
        translate("print_delegates", "Until"),
        translate("print_delegates", "Elected by the assembly"),
    ]
    data = [_cells(headers, header)]
    for number, row in enumerate(rows, start=1):
        until = language.date(row.ends_on) if row.ends_on else "—"
        data.append(
            _cells([f"{number}.", row.name, _office(row), language.date(row.starts_on), until, _elected(row, language)], cell)
        )
    return shaded_grid(data, _column_widths(data, width, flexible=(1, 2)), CELL_PADDING)


def _recall_vote(row: MandateRow, language: DocumentLanguage) -> str:
    translate = language.translate
    if row.recall_counts is None:
        return translate("print_delegates", "no vote recorded")
    votes_for, against, abstained = row.recall_counts
    return translate(
        "print_delegates", "assembly No. {number}: «{question}»; for {for_} / against {against} / abstained {abstained}"
    ).format(number=row.recalled_at_assembly, question=row.recall_question, for_=votes_for, against=against, abstained=abstained)


def _recalled_table(rows: list[MandateRow], language: DocumentLanguage, styles: Styles, width: float) -> WholeRowTable:
    translate = language.translate
    cell, header = _styles(styles)
    headers = [
        translate("print_delegates", "No."),
        translate("print_delegates", "Delegate"),
        translate("print_delegates", "Office"),
        translate("print_delegates", "Held from"),
        translate("print_delegates", "Recalled on"),
        translate("print_delegates", "By the vote"),
        translate("print_delegates", "Why"),
    ]
    data = [_cells(headers, header)]
    for number, row in enumerate(rows, start=1):
        values = [
            f"{number}.",
            row.name,
            _office(row),
            language.date(row.starts_on),
            language.date(row.recalled_on),
            _recall_vote(row, language),
            row.recall_note or "—",
        ]
        data.append(_cells(values, cell))
    return shaded_grid(data, _column_widths(data, width, flexible=(1, 2, 5, 6)), CELL_PADDING)
