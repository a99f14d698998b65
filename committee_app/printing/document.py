"""What every printed document shares: fonts, paper, the document's own language, styles,
the page header and footer, and writing the PDF atomically."""

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QDate, QDateTime, QTime
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from .. import shipped_files
from ..atomic import write_file_atomically
from ..errors import UserError, translate
from ..i18n import LANGUAGES, app_translator, locale_for

PAPERS = {"a4": A4, "letter": LETTER}
SANS, SERIF = "DeskSans", "DeskSerif"
FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    f"{SANS}-Bold": "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf",
}
MARGIN = 20 * mm
# Platypus frames keep 6 pt of padding on each side.
FRAME_PADDING = 12


def text_width(paper: str) -> float:
    """The width a table or paragraph may take on ``paper`` inside the margins."""
    return PAPERS[paper][0] - 2 * MARGIN - FRAME_PADDING


def fonts_folder() -> Path:
    return shipped_files.fonts_folder()


def register_fonts() -> None:
    """Register the embedded families once; `<b>` in a paragraph then picks the bold face."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(shipped_files.shipped_file(fonts_folder() / file_name))))
    for family in (SANS, SERIF):
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=f"{family}-Bold", italic=family, boldItalic=f"{family}-Bold"
        )


@dataclass(frozen=True)
class PaperChoice:
    language: str = "ru"
    paper: str = "a4"
    # Initials for names, no phones or workplaces, counts for lists: paper that may be seized.
    redacted: bool = False
    # The footer says when the paper was printed: to the day, unless the hour is asked for.
    print_time: bool = False


def check_choice(choice: PaperChoice) -> None:
    if choice.language not in LANGUAGES:
        raise UserError(
            translate("print", "Documents can be printed in Kazakh (kk), Russian (ru) or English (en), not “{language}”.").format(
                language=choice.language
            )
        )
    if choice.paper not in PAPERS:
        raise UserError(
            translate("print", "The paper can be A4 (a4) or Letter (letter), not “{paper}”.").format(paper=choice.paper)
        )


class DocumentLanguage:
    """The document's own translator, used directly: a Kazakh agenda prints from a Russian screen."""

    def __init__(self, language: str):
        self.language = language
        self.locale = locale_for(language)
        self._translator = app_translator(language)

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def number(self, value: int) -> str:
        """A count with the language's digit grouping: 1 200 in Kazakh and Russian, 1,200 in English."""
        return self.locale.toString(value)

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")

    def long_date(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), self.locale.dateFormat(self.locale.FormatType.LongFormat))

    def time(self, value: datetime) -> str:
        return self.locale.toString(QTime(value.hour, value.minute), "HH:mm")

    def now(self, *, with_time: bool) -> str:
        return self.locale.toString(QDateTime.currentDateTime(), "dd.MM.yyyy HH:mm" if with_time else "dd.MM.yyyy")


def text(value: str) -> str:
    """User text made safe for a Paragraph: ReportLab reads <, > and & as markup."""
    return escape(value or "").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle


def make_styles() -> Styles:
    """Serif 12 pt for running text, as office paper in the region is set; sans for tables."""
    register_fonts()
    # A paragraph split over a page break leaves at least two lines on each side: a lone last
    # line at the top of a page ("комитетом).") reads as a page from another document.
    body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=16, spaceAfter=4, allowWidows=0, allowOrphans=0)
    return Styles(
        title=ParagraphStyle("title", fontName=f"{SERIF}-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=8),
        heading=ParagraphStyle("heading", fontName=f"{SERIF}-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=4),
        body=body,
        label=ParagraphStyle("label", parent=body, fontName=f"{SERIF}-Bold"),
        cell=ParagraphStyle("cell", fontName=SANS, fontSize=10, leading=13),
        cell_bold=ParagraphStyle("cell_bold", fontName=f"{SANS}-Bold", fontSize=10, leading=13),
        small=ParagraphStyle("small", fontName=SANS, fontSize=8, leading=10),
    )


HEADER_FONT_SIZE, HEADER_LEADING = 9, 11
# The running header may take two lines inside the top margin; a longer name is cut with "…".
HEADER_LINES_AT_MOST = 2
MARK_GAP = 4 * mm


def header_lines(header: str, mark: str, page_width: float) -> list[str]:
    """The header's text, wrapped to leave room for the mark at the right of its first line,
    in at most two lines; the mark itself is always printed whole."""
    width = page_width - 2 * MARGIN
    mark_width = pdfmetrics.stringWidth(mark, f"{SANS}-Bold", HEADER_FONT_SIZE) + MARK_GAP if mark else 0
    lines = simpleSplit(header, SANS, HEADER_FONT_SIZE, width - mark_width) if header else []
    if len(lines) <= HEADER_LINES_AT_MOST:
        return lines
    kept = lines[: HEADER_LINES_AT_MOST - 1]
    rest = " ".join(lines[HEADER_LINES_AT_MOST - 1 :])
    while rest and pdfmetrics.stringWidth(rest + "…", SANS, HEADER_FONT_SIZE) > width - mark_width:
        rest = rest[:-1]
    return [*kept, rest.rstrip() + "…"]


def page_canvas(header: str, mark: str, footer: Callable[[int, int], str]):
    """A canvas class that draws the header (with its mark, such as DRAFT or CONFIDENTIAL, at
    the right) and, once the page count is known, the footer."""

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []
            # The file says the day it was made, not the hour and minute someone printed it.
            self.setDateFormatter(lambda year, month, day, *_time: f"D:{year:04d}{month:02d}{day:02d}")

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            top = height - MARGIN / 2
            lines = header_lines(header, mark, width)
            # Two lines grow upwards, so the rule under the header stays where it is.
            first = top + HEADER_LEADING * (len(lines) - 1)
            self.setFont(SANS, HEADER_FONT_SIZE)
            for index, line in enumerate(lines):
                self.drawString(MARGIN, first - index * HEADER_LEADING, line)
            if mark:
                self.setFont(f"{SANS}-Bold", HEADER_FONT_SIZE)
                self.drawRightString(width - MARGIN, first, mark)
            self.line(MARGIN, top - 3, width - MARGIN, top - 3)
            self.setFont(SANS, HEADER_FONT_SIZE)
            self.drawString(MARGIN, MARGIN / 2, footer(number, total))
            self.restoreState()

    return PagedCanvas


def build_pdf(
    path: Path,
    story: list,
    *,
    title: str,
    header: str,
    language: DocumentLanguage,
    choice: PaperChoice,
    mark: str = "",
    footer: bool = True,
) -> bytes:
    """Lay out ``story`` and write the PDF to ``path`` atomically; returns the bytes written.
    ``mark`` (DRAFT, CONFIDENTIAL) is printed whole at the right of every page's header.
    ``footer`` False leaves out "page X of Y": on secret ballots a page number is a number
    that could tell one ballot from another."""
    pagesize = PAPERS[choice.paper]
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="",
        creator="Committee Desk",
        # Screen readers and spell checkers read the document in its own language.
        lang=language.language,
        # The embedded font from the first page on: no base-14 font in the file at all.
        initialFontName=SANS,
        initialFontSize=9,
    )
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    printed = language.now(with_time=choice.print_time)
    if choice.redacted:
        # Said on every page, so that a redacted copy is never taken for the original.
        redacted = language.translate("print", "REDACTED COPY")
        mark = f"{mark} · {redacted}" if mark else redacted

    def footer_text(number: int, total: int) -> str:
        if not footer:
            return ""
        return language.translate("print", "Page {page} of {pages} · printed {when}").format(
            page=number, pages=total, when=printed
        )

    try:
        document.build(story, canvasmaker=page_canvas(header, mark, footer_text))
    except LayoutError as error:
        raise UserError(
            translate(
                "print",
                "The document cannot be laid out: one text is longer than a page can hold. Shorten the longest text "
                "(an agenda item's details, a task) and print again. Nothing was written.",
            )
        ) from error
    data = buffer.getvalue()
    write_file_atomically(Path(path), data, mode=0o600)
    return data
