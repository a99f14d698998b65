"""Tables that run over pages as a reader expects: a page breaks between rows, the header is
repeated at the top of each page and nowhere else, and a row is cut only when it alone is
taller than a page, its number printed again on the part carried over.

ReportLab's own in-row splitting (``splitInRow``) breaks both promises. After a split between
rows, the rest of the table, its header repeated in front, is offered what is left of the same
page; allowed to cut a row, it fills that space with a second header and the top of the next
row. Its cut also drops any cell that is a single flowable rather than a list, and leaves the
row's number on one part only. So these tables never let ReportLab cut a row: they split
between rows, and cut a row themselves only when it cannot fit on any page.
"""

from reportlab.platypus import Flowable, Table, TableStyle

# A row too tall for any page starts where at least this much of it fits (about four lines
# of a cell's text), so that no page ends on a line or two of it.
LEAST_ROOM_TO_CUT = 48


class WholeRowTable(Table):
    """A table with one header row (``repeatRows=1``) whose rows stay whole across pages.

    Build it as a ``Table``; ReportLab makes the parts of a split through this class too.
    """

    # The column of row numbers ("12."), printed on both parts of a row cut in two.
    number_column = 0
    # True for the part of a table carried over to a new page: its first row is the repeated
    # header, which may only stand at the top of a page.
    carried_over = False

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        parts = self._cut_a_row_taller_than_a_page(availWidth, availHeight) or self._splitRows(availHeight, doInRowSplit=0)
        for part in parts:
            part.number_column = self.number_column
        if len(parts) == 2:
            parts[1].carried_over = True
        return parts

    def _cut_a_row_taller_than_a_page(self, available_width: float, available_height: float) -> list:
        """The table cut inside the first row that does not fit, when that row cannot fit on
        an empty page either: its first part fills this page, the rest goes on under the
        header on the next. Else nothing, and the table is split between rows."""
        heights, header = self._rowHeights, self.repeatRows
        used, row = 0.0, None
        for index, height in enumerate(heights):
            if used + height > available_height:
                row = index
                break
            used += height
        if row is None or row < header:
            return []
        # Frame.split tells the flowable its frame; a frame is asked to split only its content.
        frame = getattr(self, "_frame", None)
        page_height = frame._aH if frame is not None else available_height
        at_top = frame is None or frame._atTop
        if sum(heights[:header]) + heights[row] <= page_height:
            return []
        # A part carried over starts with its header, which stands only at the top of a page.
        if row == header and self.carried_over and not at_top:
            return []
        if available_height - used < LEAST_ROOM_TO_CUT:
            return []
        cut = self._cut_row(row, available_height - used)
        if cut is None:
            return []
        (first, first_height), (rest, rest_height) = cut
        rows_before = len(heights)
        table = self.__class__(
            [*self._cellvalues[:row], first, rest, *self._cellvalues[row + 1 :]],
            colWidths=self._colWidths,
            rowHeights=[*heights[:row], first_height, rest_height, *heights[row + 1 :]],
            repeatRows=self.repeatRows,
            repeatCols=self.repeatCols,
            splitByRow=self.splitByRow,
            splitInRow=self.splitInRow,
            normalizedData=1,
            cellStyles=[
                *self._cellStyles[:row],
                [style.copy() for style in self._cellStyles[row]],
                [style.copy() for style in self._cellStyles[row]],
                *self._cellStyles[row + 1 :],
            ],
            ident=self.ident,
            hAlign=self.hAlign,
            vAlign=self.vAlign,
            spaceBefore=getattr(self, "spaceBefore", None),
            spaceAfter=getattr(self, "spaceAfter", None),
            longTableOptimize=self._longTableOptimize,
        )
        for commands in ("_linecmds", "_bkgrndcmds", "_spanCmds", "_nosplitCmds", "_srflcmds", "_sircmds"):
            setattr(table, commands, self._stretchCommands(row, getattr(self, commands), rows_before))
        table.number_column, table.carried_over = self.number_column, self.carried_over
        table._calc(available_width, available_height)
        return table._splitRows(available_height, doInRowSplit=0)

    def _cut_row(self, row: int, room: float):
        """Row ``row`` as two rows: what fits in ``room``, and the rest, each with its height;
        None when nothing of it fits. The row's number is on both; plain strings (times,
        minutes) stay on the first."""
        first, rest, first_height, rest_height = [], [], 0.0, 0.0
        cut_any = False
        for column, (value, style, width) in enumerate(zip(self._cellvalues[row], self._cellStyles[row], self._colWidths)):
            flowables = [value] if isinstance(value, Flowable) else value
            if column == self.number_column:
                first.append(flowables)
                rest.append(flowables)
            elif isinstance(value, str):
                first.append(value)
                rest.append("")
            else:
                from_the_top = style.copy()
                from_the_top.valign = "TOP"
                parts = self._splitCell(flowables, from_the_top, self._rowHeights[row], room - style.bottomPadding, width)
                if not parts:
                    return None
                cut_any = cut_any or bool(parts[0])
                first.append(list(parts[0]))
                rest.append(list(parts[1]))
            padding = style.topPadding + style.bottomPadding
            first_height = max(first_height, self._listCellGeom(first[-1], width, style)[1] + padding)
            rest_height = max(rest_height, self._listCellGeom(rest[-1], width, style)[1] + padding)
        if not cut_any:
            return None
        return (first, min(first_height, room)), (rest, rest_height)


def shaded_grid(data: list, widths: list[float], padding: float, **options) -> WholeRowTable:
    """A grid of cells in the sans face, its shaded header repeated at the top of each page."""
    from .document import SANS

    table = WholeRowTable(data, colWidths=widths, repeatRows=1, **options)
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even around paragraphs: Helvetica unless told.
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("GRID", (0, 0), (-1, -1), 0.4, "#808080"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table
