"""Page breaks a protocol needs, without nesting ReportLab's KeepTogether.

A KeepTogether inside another (or gathered into one by a paragraph's keepWithNext) reports
an unbounded height, so the outer group always moves to a new page whatever the room left:
that put the signatures of the minutes alone on a page. Here nothing is nested and no style
keeps with the next: a heading asks for room for itself and the start of its text
(`RoomToStart`), and the signatures take the end of the text before them to their page
(`SignedEnd`)."""

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

# Room asked for below a heading: three lines of its text (a paragraph of up to three lines
# never splits when no lone line is allowed, one of four or more leaves two).
LINES_TO_START = 3
UNBOUNDED = 0x7FFFFFFF


def _frame(flowable: Flowable):
    return flowable._doctemplateAttr("frame")


def _at_top(flowable: Flowable) -> bool:
    frame = _frame(flowable)
    return frame is None or bool(getattr(frame, "_atTop", True))


def stacked_height(flowables: list[Flowable], width: float) -> float:
    """The height ``flowables`` take one under the other, with the space around each: a little
    more than a frame gives them, which merges the space between two."""
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, UNBOUNDED)
        total += flowable.getSpaceBefore() + height + flowable.getSpaceAfter()
    return total


def start_height(flowable: Flowable, width: float) -> float:
    """The least of ``flowable`` that must stand under its heading on the same page."""
    if isinstance(flowable, Paragraph):
        return flowable.getSpaceBefore() + LINES_TO_START * flowable.style.leading
    if isinstance(flowable, KeepTogether):
        return stacked_height(flowable._content, width)
    if isinstance(flowable, SignedEnd):
        return flowable.start_height(width)
    if isinstance(flowable, Table):
        flowable.wrap(width, UNBOUNDED)
        return sum(flowable._rowHeights[:2])
    return flowable.wrap(width, UNBOUNDED)[1]


class RoomToStart(Flowable):
    """A page break unless the headings after it and the start of what they introduce fit:
    never a heading alone at the foot of a page."""

    # Never gathered into a KeepTogether (ReportLab leaves such flowables out of them).
    locChanger = 1

    def __init__(self, headings: list[Flowable], following: Flowable):
        super().__init__()
        self.headings = headings
        self.following = following

    def wrap(self, available_width, available_height):
        needed = stacked_height(self.headings, available_width) + start_height(self.following, available_width)
        if needed > available_height and not _at_top(self):
            _frame(self).add_generated_content(FrameBreak)
        return 0, 0

    def draw(self):
        pass


def _tail_height(flowable: Flowable, width: float) -> float | None:
    """The least of a splittable ``flowable`` that may go on to the next page; None if it never splits."""
    if isinstance(flowable, Paragraph):
        return 2 * flowable.style.leading
    if isinstance(flowable, Table):
        flowable.wrap(width, UNBOUNDED)
        return flowable._rowHeights[-1] if len(flowable._rowHeights) > 1 else None
    return None


class SignedEnd(Flowable):
    """The signatures with what stands before them on the same page: the last decision or the
    closing words. If the whole does not fit, the last text splits so that its end goes on
    with the signatures; failing that, everything moves to the next page."""

    def __init__(self, before: list[Flowable], signatures: list[Flowable]):
        super().__init__()
        self.before = before
        self.signatures = signatures

    def start_height(self, width: float) -> float:
        return stacked_height(self.before + self.signatures, width)

    def wrap(self, available_width, available_height):
        # Like KeepTogether: always asked to split, which places the parts.
        return available_width, UNBOUNDED

    def split(self, available_width, available_height):
        everything = self.before + self.signatures
        if stacked_height(everything, available_width) <= available_height:
            return [NullActionFlowable(), *everything]
        if self.before:
            *rest, last = self.before
            split = self._split_last(rest, last, available_width, available_height)
            if split:
                return split
        if not _at_top(self):
            return [FrameBreak(), SignedEnd(self.before, self.signatures)]
        if len(self.before) > 1:
            # Taller than a page: what comes first flows, the last text stays with the signatures.
            return [NullActionFlowable(), *self.before[:-1], SignedEnd(self.before[-1:], self.signatures)]
        return [NullActionFlowable(), *everything]

    def _split_last(self, rest: list[Flowable], last: Flowable, width: float, height: float) -> list | None:
        """Everything before the last text and its beginning here, its end with the signatures on
        the next page; None where that leaves too little on either side."""
        tail = _tail_height(last, width)
        if tail is None:
            return None
        rest_height = stacked_height(rest, width) + last.getSpaceBefore()
        _, last_height = last.wrap(width, UNBOUNDED)
        room = min(height - rest_height, last_height - tail)
        if room <= 0:
            return None
        # Split here, not by a frame: the text is told the frame it is in, so that a table
        # knows the page's height and cuts no row that the next page holds whole.
        last._frame, last.canv = _frame(self), self.canv
        parts = last.split(width, room)
        if len(parts) != 2:
            return None
        head, end = parts
        # The end starts the next page: left here, a table's end would stand under a second
        # header in the room below its head.
        return [NullActionFlowable(), *rest, head, FrameBreak(), SignedEnd([end], self.signatures)]
