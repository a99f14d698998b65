"""Shared by the printing tests: a store with realistic records, text that tries to break the
layout (Kazakh letters, a name that looks like markup), and a reader for the PDFs written."""

import io
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from committee_app.printing.document import MARGIN
from committee_app.services import actions, assemblies, demands, members, profile
from committee_app.vocabulary import AssemblyKind, CommitteeKind, MajorityRule, MemberStatus, Presence
from tests.printing.positions import page_lines

LANGUAGES = ("kk", "ru", "en")
KAZAKH_LETTERS = "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і"
# ReportLab reads these as markup unless escaped: each must print literally.
MARKUP_NAME = "Robert <b>&</b> Co"
MARKUP_TEXT = 'Tom & Jerry <font size="40">big</font> <i>not italic</i>'
KAZAKH_NAME = "Өмірзақова Ұлжан Һидаятқызы"
KAZAKH_WORKPLACE = f"Қазақ әліпбиі: {KAZAKH_LETTERS}"


@pytest.fixture
def printed_store(demo_store):
    """The demo committee, plus an active member named like markup and one with Kazakh letters."""
    store = demo_store
    members.add_member(store, full_name=MARKUP_NAME, workplace=MARKUP_TEXT, status=MemberStatus.active)
    members.add_member(store, full_name=KAZAKH_NAME, workplace=KAZAKH_WORKPLACE, status=MemberStatus.active)
    return store


def member_id(store, full_name: str) -> int:
    (found,) = [row for row in members.search_members(store, "") if row.full_name == full_name]
    return found.id


@dataclass(frozen=True)
class SpecialAssembly:
    """An assembly whose every printed text is Kazakh or markup-like; what was entered."""

    number: int
    title: str
    place: str
    item_titles: tuple[str, ...]
    heard: str
    spoke: str
    decided: str
    question: str
    task: str
    guest_presenter: str


@pytest.fixture
def special_assembly(printed_store) -> SpecialAssembly:
    """A rally chaired by the markup-named member, minuted by the Kazakh one, both present."""
    store = printed_store
    markup_member, kazakh_member = member_id(store, MARKUP_NAME), member_id(store, KAZAKH_NAME)
    special = SpecialAssembly(
        number=assemblies.next_assembly_number(store),
        title=f"Митинг: {KAZAKH_LETTERS}",
        place=f"Алаң {MARKUP_TEXT}",
        item_titles=(f"Талаптар {KAZAKH_LETTERS}", f"Item {MARKUP_TEXT}"),
        heard=f"Баяндама <script>alert(1)</script> & {KAZAKH_LETTERS}",
        spoke=f"{MARKUP_NAME} сөз сөйледі.\nЕкінші жол: {KAZAKH_LETTERS}",
        decided="Қаулы: талаптарды қолдау <br/> & жалғастыру",
        question="Ереуілді жалғастыру <b>керек</b> пе?",
        task=f"Хат жазу & жіберу <u>{KAZAKH_LETTERS}</u>",
        guest_presenter="Guest <i>lawyer</i> & Co",
    )
    assembly = assemblies.create_assembly(
        store,
        number=special.number,
        kind=AssemblyKind.rally,
        title=special.title,
        starts_at=datetime(2026, 3, 8, 9, 30),
        place=special.place,
        chair_id=markup_member,
        secretary_id=kazakh_member,
    )
    assemblies.set_presence(store, assembly.id, markup_member, Presence.present)
    assemblies.set_presence(store, assembly.id, kazakh_member, Presence.present)
    first = assemblies.add_agenda_item(
        store,
        assembly.id,
        title=special.item_titles[0],
        presenter_id=kazakh_member,
        planned_minutes=25,
        heard=special.heard,
        spoke=special.spoke,
        decided=special.decided,
    )
    assemblies.add_agenda_item(
        store, assembly.id, title=special.item_titles[1], presenter_name=special.guest_presenter, planned_minutes=15
    )
    assemblies.record_vote(store, first.id, question=special.question, votes_for=2, votes_against=0, votes_abstain=0)
    actions.add_action_item(
        store, text=special.task, assignee_id=markup_member, due_on=date(2026, 3, 10), agenda_item_id=first.id
    )
    return special


@dataclass(frozen=True)
class PdfContents:
    pages: tuple[str, ...]  # each page's text with its header and footer, whitespace normalised
    # The text inside the margins on all pages, in one: a paragraph split over two pages
    # reads on without the page's footer and the next one's header in between.
    body: str
    page_bodies: tuple[str, ...]  # each page's text inside the margins
    fonts: dict[str, bool]  # every font's BaseFont → whether the font file is embedded
    title: str

    @property
    def text(self) -> str:
        return " ".join(self.pages)


def normalised(value: str) -> str:
    """Text as a PDF's extraction compares: wrapped lines and runs of spaces made one space."""
    return " ".join(value.split())


def read_pdf(data: bytes) -> PdfContents:
    reader = PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    page_bodies = tuple(normalised(_text_inside_margins(page)) for page in reader.pages)
    return PdfContents(
        pages=tuple(normalised(page.extract_text()) for page in reader.pages),
        body=" ".join(page_bodies),
        page_bodies=page_bodies,
        fonts=fonts,
        title=(reader.metadata or {}).get("/Title", ""),
    )


def _text_inside_margins(page) -> str:
    top = float(page.mediabox.height) - MARGIN
    parts = []

    def keep_inside(text, cm, tm, font, size):
        baseline = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
        if MARGIN <= baseline <= top:
            parts.append(text)

    page.extract_text(visitor_text=keep_inside)
    return "".join(parts)


def assert_fonts_embedded(contents: PdfContents) -> None:
    """Only the embedded DejaVu faces: never a base-14 font, which has no Cyrillic."""
    assert contents.fonts
    for name, embedded in contents.fonts.items():
        assert "DejaVu" in name, name
        assert embedded, name


PAGE_FOOTERS = {"en": "Page {page} of {pages}", "ru": "Страница {page} из {pages}", "kk": "{pages} беттің {page}-беті"}


def assert_page_footers(contents: PdfContents) -> None:
    """"Page X of Y" on every page, in the one language of the document."""
    total = len(contents.pages)
    languages = {
        language
        for language, footer in PAGE_FOOTERS.items()
        if footer.format(page=1, pages=total) in contents.pages[0]
    }
    assert len(languages) == 1, contents.pages[0][-200:]
    footer = PAGE_FOOTERS[languages.pop()]
    for number, page in enumerate(contents.pages, start=1):
        assert footer.format(page=number, pages=total) in page


@dataclass(frozen=True)
class GeneralAssembly:
    """The assembly that declares the strike: what was entered."""

    number: int
    members: tuple[str, ...]  # the committee's 12 members, all present
    guests: tuple[str, ...]
    question: str
    demand: str


HALL_ENTITLED, HALL_OTHERS = 1200, 628
HALL_MEMBERS = (
    "Әбілқасымов Мұрат",
    "Байжанов Руслан",
    "Бекмырзаев Асхат",
    "Досмағамбетова Шынар",
    "Ермеков Нұрлан",
    "Жұмабаев Қайрат",
    "Ибрагимова Зарина",
    "Кенжеғалиев Самат",
    "Нұрланқызы Әсел",
    "Оразбаев Ғалым",
    "Сейітқали Ерлан",
    "Төлегенова Айгүл",
)


@pytest.fixture
def general_assembly(store) -> GeneralAssembly:
    """The oil workers' general assembly, held: 1,200 entitled, the committee's 12 members and 628
    other workers signed in, three invited guests, the strike carried 590 / 30 / 20 and a demand adopted."""
    profile.save_profile(store, name="Ереуіл комитеті «Өзенмұнайгаз»", kind=CommitteeKind.workplace)
    names = HALL_MEMBERS
    ids = [
        members.add_member(store, full_name=name, workplace="«Өзенмұнайгаз»", unit=f"НГДУ-{index % 3 + 1}").id
        for index, name in enumerate(names)
    ]
    guests = ("Серікбаев Нұрлан, заңгер", "Ахметова Дана, журналист", "Оразов Қайрат")
    assembly = assemblies.create_assembly(
        store,
        kind=AssemblyKind.general_assembly,
        title="Общее собрание работников",
        starts_at=datetime(2026, 12, 5, 18, 30),
        place="Жаңаөзен, ДК «Мұнайшы»",
        entitled=HALL_ENTITLED,
        registered_others=HALL_OTHERS,
        guests_count=len(guests),
        guests_names="\n".join(guests),
        chair_id=ids[0],
        secretary_id=ids[1],
    )
    for member in ids:
        assemblies.set_presence(store, assembly.id, member, Presence.present)
    item = assemblies.add_agenda_item(store, assembly.id, title="Об объявлении забастовки", decided="Объявить забастовку.")
    question = "Объявить забастовку с 6 декабря и принять требования"
    vote = assemblies.record_vote(
        store,
        item.id,
        question=question,
        votes_for=590,
        votes_against=30,
        votes_abstain=20,
        majority_rule=MajorityRule.registered_majority,
    )
    demand = "Повысить заработную плату на 100%"
    demands.propose_and_adopt_demand(store, vote.id, title=demand)
    assemblies.close_assembly(store, assembly.id)
    return GeneralAssembly(assembly.number, names, guests, question, demand)


def body_lines(data: bytes) -> list[list[str]]:
    """Each page's lines of text inside the margins, top to bottom, whitespace normalised."""
    pages = []
    for lines in page_lines(data):
        rows: dict[float, list] = {}
        for line in lines:
            rows.setdefault(round(line.y, 1), []).append(line)
        pages.append(
            [normalised(" ".join(line.text for line in sorted(row, key=lambda line: line.x))) for _, row in sorted(rows.items(), reverse=True)]
        )
    return pages


def lone_lines(pages: list[list[str]], paragraphs: list[str]) -> list[str]:
    """Lines a page break left alone: the last line of a paragraph begun on the page before at
    the top of a page, or a paragraph's first line alone at the foot of one."""
    texts = [normalised(paragraph) for paragraph in paragraphs if paragraph]
    found = []
    for previous, page in zip(pages, pages[1:]):
        if not previous or not page:
            continue
        foot, top = previous[-1], page[0]
        for paragraph in texts:
            if f"{foot} {top}" not in paragraph:
                continue
            if paragraph.endswith(top):
                found.append(f"top: {top}")
            if paragraph.startswith(foot):
                found.append(f"foot: {foot}")
    return found
