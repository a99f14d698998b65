"""Where the minutes' pages break, read back from the PDF page by page: the signatures never
stand alone, a vote's question stays with its result, no heading or single line is left alone,
and a hall of hundreds is counted on the first page with its list attached."""

from datetime import datetime

import pytest
from reportlab.platypus import KeepTogether

from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import minutes_story, print_minutes
from committee_app.printing.protocol_terms import BLANK, protocol_term
from committee_app.services import assemblies, members
from committee_app.vocabulary import AssemblyKind, MemberStatus
from tests.printing.conftest import LANGUAGES, assert_page_footers, body_lines, lone_lines, normalised, read_pdf

DEMO_MINUTES = (1, 2, 3, 4)
SECTIONS = ("heard", "spoke", "resolved")


def signature_page(data: bytes, language: str) -> int:
    """The index of the page the chair and secretary sign: the last with the secretary's role
    at the start of a line and no more text of the protocol after it."""
    secretary = protocol_term(language, "secretary")
    pages = body_lines(data)
    return max(index for index, lines in enumerate(pages) if any(line.startswith(f"{secretary} ") for line in lines))


def last_words(value: str, count: int = 5) -> str:
    return " ".join(value.split()[-count:])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("number", DEMO_MINUTES)
def test_the_signatures_share_their_page_with_the_last_decision_or_the_closing_words(demo_store, tmp_path, language, number):
    papers = read_assembly_papers(demo_store, number)
    data = print_minutes(demo_store, number, tmp_path / "minutes.pdf", PaperChoice(language))

    page = read_pdf(data).page_bodies[signature_page(data, language)]
    if papers.closing_notes:
        assert last_words(papers.closing_notes) in page
    else:
        last = papers.items[-1]
        shown = last.votes[-1].question if last.votes else last.decided or last.spoke or last.heard or last.title
        assert last_words(shown) in page
    # Something of the protocol besides the signatures: at least a line of text above them.
    lines = body_lines(data)[signature_page(data, language)]
    chair = protocol_term(language, "chair")
    assert not lines[0].startswith(chair), lines


@pytest.mark.parametrize("items", [1, 2, 3, 5, 8, 13])
def test_a_planned_assembly_never_has_a_page_of_signatures_alone(demo_store, tmp_path, items):
    """Minutes printed before the assembly, items with titles only: the last title goes on with
    the signatures however many items push them down."""
    assembly = assemblies.create_assembly(demo_store, title="Жоспарланған жиналыс", starts_at=datetime(2026, 2, 1, 10, 0))
    titles = [f"Вопрос {index}: о требованиях бригады КРС-{index} и ответе работодателя" for index in range(1, items + 1)]
    for title in titles:
        assemblies.add_agenda_item(demo_store, assembly.id, title=title)

    data = print_minutes(demo_store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))

    signed = signature_page(data, "ru")
    assert normalised(titles[-1]) in read_pdf(data).page_bodies[signed]


def test_the_signatures_take_the_last_vote_to_their_page_whatever_comes_before(general_assembly, store, tmp_path):
    """Opening words of growing length push the last vote down the first page and past it: the
    signatures always share a page with it, and never stand alone on the second."""
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    pages_seen = set()
    for lines in range(0, 40, 3):
        opening = "\n".join(f"Строка {line} вступительного слова председателя." for line in range(lines))
        assemblies.update_assembly(store, assembly.id, opening_notes=opening)

        data = print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))

        signed = read_pdf(data).page_bodies[signature_page(data, "ru")]
        assert f"Поставлено на голосование: {general_assembly.question}" in signed, lines
        assert "Голосовали: «за» — 590" in signed, lines
        assert "Решение принято." in signed, lines
        pages_seen.add(len(read_pdf(data).pages))
    # The sweep took the last vote across a page break.
    assert len(pages_seen) > 1


def test_long_closing_words_carry_their_end_to_the_signatures(general_assembly, store, tmp_path):
    """Closing words longer than what is left of the page split: their end goes on with the
    signatures, the rest stays where it began."""
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    for sentences in range(5, 80, 7):
        closing = " ".join(f"Предложение {index} заключительного слова председателя собрания." for index in range(sentences))
        assemblies.update_assembly(store, assembly.id, closing_notes=closing)

        data = print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))

        contents = read_pdf(data)
        signed = signature_page(data, "ru")
        assert last_words(closing) in contents.page_bodies[signed], sentences
        assert normalised(closing) in contents.body
        assert lone_lines(body_lines(data), [closing]) == [], sentences


@pytest.fixture
def large_committee(demo_store):
    """500 members, all present, and 60 items heard, discussed, resolved and voted on, each
    text of its own length so that the page breaks fall everywhere."""
    store = demo_store
    added = 500 - members.count_active_members(store)
    members.add_members_in_bulk(
        store,
        ({"full_name": f"Қатысушы{index:03d} Ерлан Бақытұлы", "phone": f"+7 701 {index:03d} 00 00"} for index in range(added)),
    )
    assembly = assemblies.create_assembly(
        store,
        kind=AssemblyKind.committee_meeting,
        title="Итоги переговоров",
        starts_at=datetime(2026, 2, 2, 18, 0),
        place="ДК «Мұнайшы»",
    )
    present = sorted(members.member_ids_with_status(store, MemberStatus.active))
    assemblies.set_presence_many(store, assembly.id, present, "present")
    texts = []
    for position in range(1, 61):
        heard = " ".join(f"Доклад {position}, часть {part}: ставки и графики смен бригад." for part in range(1 + position % 7))
        spoke = " ".join(f"Выступление {position}.{part} за продолжение забастовки." for part in range(1 + position % 5))
        decided = " ".join(f"Решение {position}.{part}: поручить комитету подготовить ответ." for part in range(1 + position % 4))
        item = assemblies.add_agenda_item(
            store, assembly.id, title=f"Вопрос {position} о требованиях", heard=heard, spoke=spoke, decided=decided
        )
        question = f"Принять решение по вопросу № {position} в целом" + " с поправками бригад" * (position % 6)
        assemblies.record_vote(store, item.id, question=question, votes_for=450, votes_against=30, votes_abstain=20)
        texts += [heard, spoke, decided, question]
    return assembly.number, texts


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_sixty_items_and_500_present_break_pages_cleanly(large_committee, demo_store, tmp_path, language):
    store = demo_store
    number, texts = large_committee
    papers = read_assembly_papers(store, number)
    data = print_minutes(store, number, tmp_path / "minutes.pdf", PaperChoice(language))
    contents = read_pdf(data)
    pages = body_lines(data)

    # No page begins with the last line of a paragraph begun before, nor ends with a first line alone.
    assert lone_lines(pages, texts) == []
    # Each vote's question on the page of its counts and result.
    voted = protocol_term(language, "voted").partition(":")[0]
    for item in papers.items:
        (vote,) = item.votes
        [page] = [body for body in contents.page_bodies if normalised(vote.question) in body]
        assert f"{voted}: " in page.split(normalised(vote.question), 1)[1]
    # A section heading is never the last line of a page.
    headings = {f"{protocol_term(language, section)}:" for section in SECTIONS}
    assert [lines[-1] for lines in pages if lines and lines[-1] in headings] == []
    assert_page_footers(contents)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_hall_of_480_is_counted_on_the_first_page_and_listed_in_an_attachment(demo_store, tmp_path, language):
    store = demo_store
    members.add_members_in_bulk(store, ({"full_name": f"Жұмысшы{index:03d} Нұрлан Серікұлы"} for index in range(480)))
    chair, secretary = members.search_members(store, "Жұмабаев")[0], members.search_members(store, "Өтебаева")[0]
    assembly = assemblies.create_assembly(store, title="Большое заседание", chair_id=chair.id, secretary_id=secretary.id)
    hall = [row.id for row in members.search_members(store, "Жұмысшы")]
    assemblies.set_presence_many(store, assembly.id, hall, "present")
    assemblies.add_agenda_item(store, assembly.id, title="О забастовке", decided="Продолжить забастовку.")

    data = print_minutes(store, assembly.number, tmp_path / "minutes.pdf", PaperChoice(language))
    contents = read_pdf(data)

    term = lambda key: protocol_term(language, key)  # noqa: E731
    first = contents.page_bodies[0]
    count = term("people").format(count=480)
    assert f"{term('present')}: {count} {term('list_attached')}" in first
    assert term("officer").format(role=term("chair"), name=chair.full_name) in first
    assert term("officer").format(role=term("secretary"), name=secretary.full_name) in first
    assert "Жұмысшы000" not in first
    # The attachment follows the signatures, on pages of its own, with every name numbered.
    signed = signature_page(data, language)
    assert term("attachment") in contents.page_bodies[signed]
    attachment = " ".join(contents.page_bodies[signed + 1 :])
    # The assembly has no date yet: a line to fill it in by hand.
    assert contents.page_bodies[signed + 1].startswith(term("attachment_of").format(date=BLANK, number=assembly.number))
    assert term("attendance_list") in contents.page_bodies[signed + 1]
    names = read_assembly_papers(store, assembly.number).present
    assert " ".join(f"{position}. {name}" for position, name in enumerate(names, start=1)) in attachment
    assert term("secretary") not in attachment
    assert_page_footers(contents)


def test_no_keep_together_is_nested_and_no_paragraph_keeps_with_the_next(large_committee, demo_store):
    """ReportLab moves a KeepTogether nested in another (or gathered with a paragraph kept with
    the next) to a new page whatever the room left: the minutes use neither."""
    store = demo_store
    number, _ = large_committee
    for papers in (read_assembly_papers(store, number), read_assembly_papers(store, 1)):
        story = minutes_story(papers, PaperChoice("ru"))

        def walk(flowables, inside_group):
            for flowable in flowables:
                assert not getattr(flowable, "keepWithNext", False)
                assert not getattr(getattr(flowable, "style", None), "keepWithNext", False)
                if isinstance(flowable, KeepTogether):
                    assert not inside_group
                    walk(flowable._content, True)
                for attribute in ("before", "signatures", "headings"):
                    walk(getattr(flowable, attribute, []), inside_group)

        walk(story, False)
