"""Where each line of text stands on a printed page: read back from the PDF with pypdf, so that
tests can say what a reader sees at the top of a page, on which page a row is, and whether two
texts print over each other."""

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from committee_app.printing.document import MARGIN, SANS, SERIF, register_fonts

# The embedded faces by the name the PDF gives them, and the app's name for the same file.
FACES = {"DejaVuSans": SANS, "DejaVuSans-Bold": f"{SANS}-Bold", "DejaVuSerif": SERIF, "DejaVuSerif-Bold": f"{SERIF}-Bold"}
# DejaVu's ascent and descent, in ems: a line's ink lies between them.
ASCENT, DESCENT = 0.93, 0.24


@dataclass(frozen=True)
class Line:
    """One line of text as drawn: its words, where its baseline starts, its size and width."""

    text: str
    x: float
    y: float
    size: float
    width: float
    face: str  # the face of its first words

    @property
    def left(self) -> float:
        return self.x

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def baseline(self) -> float:
        return self.y

    @property
    def box(self) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of the line's ink, in points from the page's lower left."""
        return self.x, self.y - DESCENT * self.size, self.x + self.width, self.y + ASCENT * self.size


def page_lines(data: bytes, *, inside_margins: bool = True) -> tuple[tuple[Line, ...], ...]:
    """Every page's lines from the top of the page down (left to right on one baseline);
    ``inside_margins`` leaves out the running header and the footer."""
    register_fonts()
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        top = float(page.mediabox.height) - MARGIN
        # pypdf gives a line set in two faces ("<b>Place:</b> the hall") as two pieces that
        # start at the same point: each piece is measured, and the pieces joined into one line.
        pieces: dict[tuple[float, float], list] = {}

        def keep(text, cm, tm, font, size, pieces=pieces):
            if not text.strip() or font is None:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            face = FACES[re.sub(r"^/?[A-Z]{6}\+", "", str(font["/BaseFont"]))]
            size = size * tm[3] * cm[3]
            pieces.setdefault((round(x, 2), round(y, 2)), []).append((text.rstrip("\n"), face, size))

        page.extract_text(visitor_text=keep)
        lines = []
        for (x, y), parts in pieces.items():
            if inside_margins and not MARGIN <= y <= top:
                continue
            words = " ".join("".join(text for text, _, _ in parts).split())
            width = sum(stringWidth(text, face, size) for text, face, size in parts)
            lines.append(Line(words, x, y, max(size for _, _, size in parts), width, parts[0][1]))
        pages.append(tuple(sorted(lines, key=lambda line: (-line.y, line.x))))
    return tuple(pages)


def overlap(first: Line, second: Line) -> bool:
    """Whether the two lines' ink boxes share any area."""
    left, bottom, right, top = first.box
    other_left, other_bottom, other_right, other_top = second.box
    return left < other_right and other_left < right and bottom < other_top and other_bottom < top


def header_rows(lines: tuple[Line, ...], labels: tuple[str, ...]) -> list[float]:
    """The baselines at which all of a table's header ``labels`` stand side by side."""
    baselines = []
    for line in lines:
        if line.text != labels[0]:
            continue
        beside = {other.text for other in lines if abs(other.y - line.y) < 0.5}
        if set(labels) <= beside:
            baselines.append(line.y)
    return baselines


def row_numbers(lines: tuple[Line, ...], left_of: float) -> list[tuple[int, Line]]:
    """The row numbers ("12" or "12.") of a table, set in sans like its cells, left of
    ``left_of``, from the top down; the running text around a table is serif."""
    found = []
    for line in lines:
        match = re.fullmatch(r"(\d+)\.?", line.text)
        if match and line.face == SANS and line.x < left_of:
            found.append((int(match.group(1)), line))
    return found
