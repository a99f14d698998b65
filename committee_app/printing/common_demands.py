"""The council's common demands: each with the committees that adopted it (when, by what vote,
where it stands now, by when an answer is due), then the committees' demands not yet in the
common list. Signed by the council's chair and secretary."""

import re
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from ..labels import label
from ..services.council import CommonDemand, ReceivedDemand, common_demands
from ..services.profile import get_profile
from ..store import Store
from .demands_paper import _signature_lines, committee_signatories
from .document import DocumentLanguage, PaperChoice, Styles, build_pdf, check_choice, make_styles, text, text_width
from .tables import WholeRowTable, shaded_grid

def print_common_demands(store: Store, path: Path, choice: PaperChoice) -> bytes:
    check_choice(choice)
    language = DocumentLanguage(choice.language)
    translate = language.translate
    styles = make_styles()
    profile = get_profile(store)
    council = profile.name if profile else ""
    common, unlinked = common_demands(store)
    width = text_width(choice.paper)
    centred = styles.body.clone("centred", alignment=TA_CENTER)
    story = [Paragraph(text(translate("print_common_demands", "COMMON DEMANDS")), styles.title)]
    if council:
        story.append(Paragraph(text(translate("print_common_demands", "of the council: {council}").format(council=council)), centred))
    today = language.date(date.today())
    story.append(Paragraph(text(f"{profile.locality}, {today}" if profile and profile.locality else today), centred))
    story.append(Spacer(1, 6 * mm))
    if not common:
        story.append(Paragraph(text(translate("print_common_demands", "The council has no common demands yet.")), styles.body))
    for number, demand in enumerate(common, start=1):
        story += _common_demand(number, demand, language, styles, width)
    if unlinked:
        story.append(CondPageBreak(HEADING_WITH_ROWS))
        story.append(Paragraph(text(translate("print_common_demands", "Committees' demands not in the common list")), styles.heading))
        story.append(_received_table(unlinked, language, styles, width, with_titles=True))
    story.append(KeepTogether(_signature_lines(committee_signatories(store, translate), language, styles, width)))
    title = translate("print_common_demands", "Common demands")
    return build_pdf(
        path, story, title=f"{title} — {council}" if council else title, header=council, language=language, choice=choice
    )

def _common_demand(number: int, demand: CommonDemand, language: DocumentLanguage, styles: Styles, width: float) -> list:
    translate = language.translate

    def detail(name: str, value: str) -> Paragraph:
        return Paragraph(f"<b>{text(name)}:</b> {text(value)}", styles.body)

    heading = [Paragraph(f"{number}. {text(demand.title)}", styles.heading)]
    parts = []
    if demand.text:
        parts.append(Paragraph(text(demand.text), styles.body))
    parts.append(detail(translate("print_common_demands", "Status in the council"), label(demand.status, translate)))
    if demand.addressed_to:
        parts.append(detail(translate("print_common_demands", "Addressed to"), demand.addressed_to))
    if demand.deadline is not None:
        parts.append(detail(translate("print_common_demands", "Answer expected by"), language.date(demand.deadline)))
    if demand.linked:
        table = _received_table(demand.linked, language, styles, width, with_titles=False)
        # The heading never ends a page: it goes with the first lines of what follows it.
        return [CondPageBreak(HEADING_WITH_ROWS), KeepTogether([*heading, *parts[:1]]), *parts[1:], Spacer(1, 2 * mm), table]
    parts.append(Paragraph(text(translate("print_common_demands", "No committee's demand is linked to it yet.")), styles.body))
    return [KeepTogether([*heading, *parts])]

def _vote(demand: ReceivedDemand, language: DocumentLanguage) -> str:
    if demand.votes_for is None:
        return language.translate("print_common_demands", "no vote recorded")
    # No-break spaces: the three counts stay on one line, and size their column so.
    return "\u00a0/\u00a0".join(str(count) for count in (demand.votes_for, demand.votes_against, demand.votes_abstain))


def _adopted(demand: ReceivedDemand, language: DocumentLanguage) -> str:
    parts = []
    if demand.adopted_at_assembly is not None:
        parts.append(language.translate("print_common_demands", "No. {number}").format(number=demand.adopted_at_assembly))
    if demand.adopted_on is not None:
        parts.append(language.date(demand.adopted_on))
    return ", ".join(parts) or "—"

def _received_table(
    rows: list[ReceivedDemand], language: DocumentLanguage, styles: Styles, width: float, *, with_titles: bool
) -> WholeRowTable:
    translate = language.translate
    cell = styles.cell.clone("common_cell", fontSize=9, leading=11)
    header_cell = styles.cell_bold.clone("common_header", fontSize=9, leading=11)
    headers = [translate("print_common_demands", "Committee")]
    if with_titles:
        headers.append(translate("print_common_demands", "Demand"))
    headers += [
        translate("print_common_demands", "Adopted (assembly, date)"),
        translate("print_common_demands", "Voted: for / against / abstained"),
        translate("print_common_demands", "Status now"),
        translate("print_common_demands", "Deadline"),
    ]
    data = [[Paragraph(text(header), header_cell) for header in headers]]
    for row in rows:
        # Under a common demand, each committee's own wording when it differs.
        values = [row.sender if with_titles or row.title == row.common_title else f"{row.sender}\n«{row.title}»"]
        if with_titles:
            values.append(row.title)
        values += [
            _adopted(row, language),
            _vote(row, language),
            label(row.status, translate),
            language.date(row.deadline) if row.deadline else "—",
        ]
        data.append([Paragraph(text(value).replace("\n", "<br/>"), cell) for value in values])
    table_widths = _column_widths(data, width, flexible=(0, 1) if with_titles else (0,))
    return shaded_grid(data, table_widths, CELL_PADDING)


CELL_PADDING = 3
# Where a line may break: not at a no-break space.
BREAKS = re.compile(r"[ \t\n]+")
# A heading starts a new page unless this much room is left: itself, the table's header and
# its first rows. A heading alone at the foot of a page reads as the end of the document.
HEADING_WITH_ROWS = 55 * mm


def _column_widths(data: list[list[Paragraph]], width: float, *, flexible: tuple[int, ...]) -> list[float]:
    """Each column at least as wide as its longest word, so that no word is cut in two (Kazakh
    words are long: «қалғандар», «Қабылданды»); the room left goes to the ``flexible``
    columns (names and titles), which wrap between words."""
    columns = len(data[0])
    narrowest = [0.0] * columns
    for row in data:
        for column, cell in enumerate(row):
            style = cell.style
            for word in BREAKS.split(cell.getPlainText()):
                narrowest[column] = max(narrowest[column], stringWidth(word, style.fontName, style.fontSize))
    widths = [least + 2 * CELL_PADDING + 1 for least in narrowest]
    if sum(widths) > width:
        # A word too long for the line (a name typed without spaces): the widest columns are
        # cut down to one level at which the line fits, and ReportLab breaks their long words;
        # the other columns keep theirs whole.
        ordered = sorted(widths, reverse=True)
        for count in range(1, len(ordered) + 1):
            level = (width - sum(ordered[count:])) / count
            if count == len(ordered) or level >= ordered[count]:
                break
        widths = [min(each, level) for each in widths]
    spare = width - sum(widths)
    for column in flexible:
        widths[column] += spare / len(flexible)
    return widths
