"""Printed documents: the demo agenda, minutes of 30 items, a 500-member sign-in sheet and
the minutes of 60 items with all 500 members present, each beside a plain ReportLab document of the same length built in the same run, and the
agenda as the first document of a fresh process.

"Plain" is what a script would do with no app code: the DejaVu fonts registered, a
SimpleDocTemplate, the same number of paragraphs and table rows with the same texts, no
header, no "page X of Y" footer, no translator, and the file written without fsync. The
app's figures include all of those and reading the records from the encrypted store.

Prints figures; asserts nothing. Run: python3 tools/dev.py bench
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from bench_members import generated_members
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from committee_app.demo import fill_demo_records
from committee_app.keyslot import KdfParams
from committee_app.printing.agenda import print_agenda
from committee_app.printing.assembly_papers import AssemblyPapers, read_assembly_papers
from committee_app.printing.document import PaperChoice, fonts_folder
from committee_app.printing.minutes import print_minutes
from committee_app.printing.signin import print_signin_sheet
from committee_app.services import assemblies, members
from committee_app.store import Store
from committee_app.vocabulary import MemberStatus

REPEATS = int(os.environ.get("BENCH_PRINT_REPEATS", "15"))
FRESH_PROCESSES = int(os.environ.get("BENCH_PRINT_PROCESSES", "5"))
SIGN_IN_MEMBERS = 500
MINUTES_ITEMS = 30
LARGE_MINUTES_ITEMS = 60
LANGUAGE = os.environ.get("BENCH_LANGUAGE", "ru")
PASSPHRASE = "benchmark passphrase"
HEARD = ("Председатель стачкома доложил о ходе переговоров с работодателем и акиматом: "
         "ответ на требования о повышении тарифных ставок получен частично, по остальным пунктам — отказ.")
SPOKE = ("Жұмабаев Қ. С. — бригада КРС-12 ереуілді жалғастыруды ұсынды; Өтебаева Г. Ж. — "
         "хаттаманы ұйымның барлық цехтарына таратуды сұрады; Петренко С. — за перенос собрания.")
DECIDED = ("Продолжить забастовку до получения письменного ответа по всем требованиям; "
           "поручить комитету подготовить обращение в прокуратуру области.")

FIRST_AGENDA = """
import sys, time
from pathlib import Path
from committee_app.printing.agenda import print_agenda
from committee_app.printing.document import PaperChoice
from committee_app.store import Store
from committee_app.vocabulary import MemberStatus
store = Store.open(Path(sys.argv[1]), sys.argv[2])
start = time.perf_counter()
print_agenda(store, 1, Path(sys.argv[3]), PaperChoice(sys.argv[4]))
print(time.perf_counter() - start)
store.close()
"""

# The child imports this module (and with it the app) before the clock starts; what it
# times is app-free: registering the fonts and building the plain agenda.
FIRST_PLAIN = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench_printing import build_plain_agenda
texts = sys.argv[2:-1]
start = time.perf_counter()
build_plain_agenda(Path(sys.argv[-1]), texts)
print(time.perf_counter() - start)
"""


# --- Plain ReportLab --------------------------------------------------------------------


def plain_styles() -> dict[str, ParagraphStyle]:
    if "PlainSans" not in pdfmetrics.getRegisteredFontNames():
        for name, file_name in (
            ("PlainSans", "DejaVuSans.ttf"),
            ("PlainSans-Bold", "DejaVuSans-Bold.ttf"),
            ("PlainSerif", "DejaVuSerif.ttf"),
            ("PlainSerif-Bold", "DejaVuSerif-Bold.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(fonts_folder() / file_name)))
        for family in ("PlainSans", "PlainSerif"):
            pdfmetrics.registerFontFamily(family, normal=family, bold=f"{family}-Bold")
    body = ParagraphStyle("plain_body", fontName="PlainSerif", fontSize=12, leading=16, spaceAfter=4)
    return {
        "title": ParagraphStyle("plain_title", fontName="PlainSerif-Bold", fontSize=15, leading=19),
        "heading": ParagraphStyle("plain_heading", fontName="PlainSerif-Bold", fontSize=13, leading=17),
        "body": body,
        "cell": ParagraphStyle("plain_cell", fontName="PlainSans", fontSize=10, leading=13),
        "small": ParagraphStyle("plain_small", fontName="PlainSans", fontSize=8, leading=10),
        "name": ParagraphStyle("plain_name", fontName="PlainSans", fontSize=12, leading=15),
        "workplace": ParagraphStyle("plain_workplace", fontName="PlainSans", fontSize=9.5, leading=12),
    }


def plain_table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "PlainSans"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def build_plain(path: Path, story: list) -> None:
    SimpleDocTemplate(str(path), leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm).build(story)


AGENDA_FIELDS = 5  # per item: number, title, details, presenter, minutes


def plain_agenda_texts(store: Store) -> list[str]:
    """The demo agenda's texts, flattened (to pass to a fresh process): committee, title,
    place, chair, then five per item."""
    papers = read_assembly_papers(store, 1)
    texts = [papers.committee, papers.title, papers.place, papers.chair]
    for item in papers.items:
        texts += [f"{item.position}.", item.title, item.details, item.presenter, str(item.planned_minutes)]
    return texts


def build_plain_agenda(path: Path, texts: list[str]) -> None:
    """The agenda's flowables: two title lines, the title, five facts, the items table."""
    styles = plain_styles()
    committee, title, place, chair, *cells = texts
    facts = [[Paragraph(label, styles["body"]), Paragraph(escape(value), styles["body"])]
             for label, value in (("Committee", committee), ("Date", "5 January 2026"), ("Time", "10:00"),
                                  ("Place", place), ("Chair", chair))]
    rows = [[Paragraph(f"<b>{label}</b>", styles["cell"]) for label in ("No.", "Item", "Presenter", "Min.", "Starts")]]
    for start in range(0, len(cells), AGENDA_FIELDS):
        number, item_title, details, presenter, minutes = cells[start : start + AGENDA_FIELDS]
        described = [Paragraph(escape(item_title), styles["cell"])] + ([Paragraph(escape(details), styles["small"])] if details else [])
        rows.append([number, described, Paragraph(escape(presenter), styles["cell"]), minutes, "10:00"])
    story = [Paragraph("NOTICE AND AGENDA", styles["title"]), Paragraph("General assembly No. 1", styles["title"]),
             Paragraph(escape(title), styles["body"]), Spacer(1, 4 * mm), plain_table(facts, [32 * mm, 136 * mm]),
             Spacer(1, 4 * mm), Paragraph("Agenda", styles["heading"]),
             plain_table(rows, [14 * mm, 73 * mm, 42 * mm, 21 * mm, 18 * mm])]
    build_plain(path, story)


def build_plain_minutes(path: Path, papers: AssemblyPapers) -> None:
    """The minutes' flowables: the heading block, the opening facts and who was present, the
    agenda, for each item its title, HEARD / SPOKE / RESOLVED each on a line of its own above
    its text and four lines per vote, the signatures, and the attached list above 15 present."""
    styles = plain_styles()
    centered = ParagraphStyle("plain_centered", parent=styles["body"], alignment=1)
    heading = ParagraphStyle("plain_kept", parent=styles["heading"], keepWithNext=True)
    label = ParagraphStyle("plain_label", parent=styles["body"], fontName="PlainSerif-Bold", keepWithNext=True)
    story = [Paragraph(escape(papers.committee), styles["title"]), Paragraph("MINUTES", styles["title"]),
             Paragraph(f"02.02.2026  No. {papers.number}", centered), Paragraph(escape(papers.locality), centered),
             Paragraph("<b>General assembly</b>", centered), Paragraph(escape(papers.title), centered), Spacer(1, 4 * mm)]
    # Above 15 people a protocol gives the count and attaches the list (GOST R 7.0.97-2016).
    attached = len(papers.present) > 15
    story += [Paragraph(f"<b>{name}:</b> {escape(value)}", styles["body"])
              for name, value in (("Place", papers.place), ("Time", "18:00"), ("Chair", papers.chair),
                                  ("Secretary", papers.secretary), ("Entitled to take part", "500 (active members)"),
                                  ("Present", f"{len(papers.present)} people" + (" (list attached)" if attached else "")))]
    if not attached:
        story.append(Paragraph(escape(", ".join(papers.present)) + ".", styles["body"]))
    story.append(Paragraph("<b>Quorum:</b> reached: 500 registered of 500, 251 needed.", styles["body"]))
    story.append(Paragraph("Agenda:", label))
    story += [Paragraph(escape(f"{item.position}. {item.title} — {item.presenter}"), styles["body"]) for item in papers.items]
    for item in papers.items:
        story.append(Paragraph(escape(f"{item.position}. {item.title}"), heading))
        for name, value in (("HEARD", item.heard), ("SPOKE", item.spoke), ("RESOLVED", item.decided)):
            story += [Paragraph(f"{name}:", label), Paragraph(escape(value), styles["body"])]
        for vote in item.votes:
            story += [Paragraph(f"<b>Put to the vote:</b> {escape(vote.question)}", styles["body"]),
                      Paragraph("Needed to adopt: more votes for than against.", styles["body"]),
                      Paragraph(f"<b>Voted:</b> for — {vote.votes_for}, against — {vote.votes_against}, abstained — "
                                f"{vote.votes_abstain}.", styles["body"]),
                      Paragraph("<b>The decision is adopted.</b>", styles["body"])]
    signatures = Table([[Paragraph("Chair", styles["body"]), "________________", Paragraph(escape(papers.chair), styles["body"])],
                        [Paragraph("Secretary", styles["body"]), "________________",
                         Paragraph(escape(papers.secretary), styles["body"])]],
                       colWidths=[40 * mm, 50 * mm, 78 * mm])
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "PlainSans"), ("TOPPADDING", (0, 0), (-1, -1), 10 * mm)]))
    story += [Spacer(1, 4 * mm), signatures]
    if attached:
        story += [PageBreak(), Paragraph("Attachment to the minutes of 02.02.2026 No. 1", styles["body"]),
                  Paragraph("List of those present", styles["title"])]
        story += [Paragraph(escape(f"{position}. {name}"), styles["body"]) for position, name in enumerate(papers.present, start=1)]
    build_plain(path, story)


def build_plain_signin(path: Path, papers: AssemblyPapers, blank_rows: int = 10) -> None:
    """The sign-in sheet's flowables: title lines and a table of members, then empty rows,
    each row at least 10 mm tall to sign in."""
    styles = plain_styles()
    room_to_sign = Spacer(1, 10 * mm - 6)
    rows = [[Paragraph(f"<b>{label}</b>", styles["name"]) for label in ("No.", "Full name", "Workplace", "Signature")]]
    rows += [[str(index), Paragraph(escape(line.full_name), styles["name"]), Paragraph(escape(line.workplace), styles["workplace"]), room_to_sign]
             for index, line in enumerate(papers.sign_in_lines, start=1)]
    rows += [[str(index), "", "", room_to_sign] for index in range(len(rows), len(rows) + blank_rows)]
    table = Table(rows, colWidths=[12 * mm, 68.3 * mm, 49.5 * mm, 36 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "PlainSans"), ("FONTSIZE", (0, 0), (-1, -1), 12),
                               ("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story = [Paragraph("SIGN-IN SHEET", styles["title"]), Paragraph("General assembly No. 5", styles["title"]),
             Paragraph("Monday, 9 February 2026 · 18:00", styles["body"]), Spacer(1, 2 * mm),
             Paragraph("Please sign against your name. If your name is not listed, write it in one of the empty rows "
                       "at the end.", styles["body"]), Spacer(1, 2 * mm), table]
    build_plain(path, story)


# --- Records ----------------------------------------------------------------------------


def add_minutes_assembly(store: Store, items: int) -> int:
    """An assembly of ``items`` items, each heard, discussed, resolved and voted on, with every
    active member present."""
    assembly = assemblies.create_assembly(
        store, title="Итоги переговоров и дальнейшие действия", starts_at=datetime(2026, 2, 2, 18, 0), place="Дом культуры «Мұнайшы»"
    )
    active = sorted(members.member_ids_with_status(store, MemberStatus.active))
    present = assemblies.set_presence_many(store, assembly.id, active, "present")
    for position in range(1, items + 1):
        item = assemblies.add_agenda_item(
            store, assembly.id, title=f"Вопрос {position}: требования бригады КРС-{position} и ответ работодателя",
            presenter_name="Сейітқали Ерлан Бақытұлы", planned_minutes=10, heard=HEARD, spoke=SPOKE, decided=DECIDED,
        )
        assemblies.record_vote(store, item.id, question=f"Поддержать решение по вопросу {position}?",
                               votes_for=present - 3, votes_against=2, votes_abstain=1)
    return assembly.number


def add_sign_in_assembly(store: Store) -> int:
    members.add_members_in_bulk(store, generated_members(SIGN_IN_MEMBERS - members.count_active_members(store)))
    return assemblies.create_assembly(store, title="Общее собрание", starts_at=datetime(2026, 2, 9, 18, 0)).number


# --- Timing -----------------------------------------------------------------------------


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def median_ms(*functions) -> list[float]:
    """Each function's median, the runs taken in turns so that a busy moment hits all alike."""
    for function in functions:
        function()  # warm: fonts registered, translator loaded, caches filled
    samples = [[] for _ in functions]
    for _ in range(REPEATS):
        for function, own in zip(functions, samples):
            own.append(timed(function))
    return [statistics.median(own) * 1000 for own in samples]


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def first_document_seconds(script: str, *args: str) -> float:
    """The time a fresh process reports for its first document."""
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    return float(result.stdout.strip().splitlines()[-1])


def report(name: str, ours_ms: float, plain_ms: float, ours_pages: int, plain_pages: int, target: str = "") -> None:
    print(f"{name}: app median {ours_ms:.1f} ms ({ours_pages} pages), plain ReportLab {plain_ms:.1f} ms "
          f"({plain_pages} pages), ratio {ours_ms / plain_ms:.2f}x (target < 1.5x{target})")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store_path = folder / "bench.store"
        Store.create(store_path, PASSPHRASE, kdf=KdfParams(64, 1, 1), fill=fill_demo_records).close()
        store = Store.open(store_path, PASSPHRASE)
        minutes_number = add_minutes_assembly(store, MINUTES_ITEMS)
        sign_in_number = add_sign_in_assembly(store)
        large_minutes_number = add_minutes_assembly(store, LARGE_MINUTES_ITEMS)
        choice = PaperChoice(LANGUAGE)
        ours, plain = folder / "ours.pdf", folder / "plain.pdf"
        print(f"Printing ({LANGUAGE}, A4), median of {REPEATS} warm runs each:")

        agenda_texts = plain_agenda_texts(store)
        agenda_ms, plain_agenda_ms, reading_ms = median_ms(
            lambda: print_agenda(store, 1, ours, choice),
            lambda: build_plain_agenda(plain, agenda_texts),
            lambda: read_assembly_papers(store, 1),
        )
        report("Demo agenda", agenda_ms, plain_agenda_ms, page_count(ours), page_count(plain), "; app < 50 ms")
        print(f"  of the agenda's time, reading its records from the encrypted store: {reading_ms:.1f} ms")

        # The plain documents get their texts read beforehand: what they time is ReportLab alone.
        minutes_papers = read_assembly_papers(store, minutes_number)
        minutes_ms, plain_minutes_ms = median_ms(
            lambda: print_minutes(store, minutes_number, ours, choice),
            lambda: build_plain_minutes(plain, minutes_papers),
        )
        report(f"Minutes of {MINUTES_ITEMS} items", minutes_ms, plain_minutes_ms, page_count(ours), page_count(plain))

        signin_papers = read_assembly_papers(store, sign_in_number, with_sign_in_lines=True)
        signin_ms, plain_signin_ms = median_ms(
            lambda: print_signin_sheet(store, sign_in_number, ours, choice),
            lambda: build_plain_signin(plain, signin_papers),
        )
        report(f"Sign-in sheet of {SIGN_IN_MEMBERS} members", signin_ms, plain_signin_ms, page_count(ours), page_count(plain))

        large_papers = read_assembly_papers(store, large_minutes_number)
        large_ms, plain_large_ms = median_ms(
            lambda: print_minutes(store, large_minutes_number, ours, choice),
            lambda: build_plain_minutes(plain, large_papers),
        )
        report(
            f"Minutes of {LARGE_MINUTES_ITEMS} items, {len(large_papers.present)} present",
            large_ms, plain_large_ms, page_count(ours), page_count(plain),
        )
        store.close()

        first, first_plain = [], []
        for _ in range(FRESH_PROCESSES):
            first.append(first_document_seconds(FIRST_AGENDA, str(store_path), PASSPHRASE, str(ours), LANGUAGE))
            first_plain.append(first_document_seconds(FIRST_PLAIN, str(Path(__file__).parent), *agenda_texts, str(plain)))
        first_ms, first_plain_ms = statistics.median(first) * 1000, statistics.median(first_plain) * 1000
        print(f"Agenda as the first document of a fresh process (median of {FRESH_PROCESSES}, timed in the child "
              f"from just before the call): app {first_ms:.0f} ms, plain ReportLab (fonts registered in the timing) "
              f"{first_plain_ms:.0f} ms (target app < 200 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
