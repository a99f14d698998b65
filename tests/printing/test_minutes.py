"""The minutes (the protocol): the convention's parts in order, who was in the hall, votes and
the demands they adopted, tasks, signatures with the last decision, the attached list, long texts."""

import pytest

from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import DocumentLanguage, PaperChoice
from committee_app.person_names import signature_name
from committee_app.printing.minutes import PRESENT_NAMED_AT_MOST, print_minutes
from committee_app.printing.protocol_terms import protocol_term
from committee_app.services import assemblies, profile
from committee_app.vocabulary import AssemblyKind, CommitteeKind, Presence
from tests.printing.conftest import (
    KAZAKH_LETTERS,
    KAZAKH_NAME,
    LANGUAGES,
    MARKUP_NAME,
    assert_fonts_embedded,
    assert_page_footers,
    member_id,
    normalised,
    read_pdf,
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_minutes_carry_everything_recorded(printed_store, tmp_path, language):
    path = tmp_path / "minutes.pdf"
    data = print_minutes(printed_store, 1, path, PaperChoice(language))

    assert path.read_bytes() == data
    contents = read_pdf(data)
    papers = read_assembly_papers(printed_store, 1)
    assert papers.committee in contents.pages[0]
    for expected in (papers.title, papers.place, papers.opening_notes, papers.closing_notes, "10:00"):
        assert normalised(expected) in contents.body
    for name in papers.present + papers.excused:
        assert normalised(name) in contents.body
    for item in papers.items:
        for part in (item.title, item.heard, item.spoke, item.decided):
            assert normalised(part) in contents.body
        for vote in item.votes:
            assert normalised(vote.question) in contents.body
        for action in item.actions:
            for part in (action.text, action.assignee, f"{action.due_on:%d.%m.%Y}"):
                assert normalised(part) in contents.body
    # Signed by the chair and the secretary, their initials before the surname.
    signed = signature_page(contents, language)
    assert signature_name(papers.chair) in signed
    assert signature_name(papers.secretary) in signed
    assert_fonts_embedded(contents)


def test_the_protocol_convention_in_english(printed_store, tmp_path):
    contents = read_pdf(print_minutes(printed_store, 1, tmp_path / "minutes.pdf", PaperChoice("en")))
    papers = read_assembly_papers(printed_store, 1)

    text = contents.body
    assert text.startswith(f"{papers.committee} MINUTES 04.01.2026 No. 1 {papers.locality} Committee meeting {papers.title}")
    assert contents.title == "MINUTES No. 1"
    quorum = papers.quorum
    assert f"Entitled to take part: {quorum.entitled} (active members of the committee)" in text
    assert "Registered:" not in text  # the committee's members alone: those present say it
    assert f"Present: {len(papers.present)} people (list attached)" in text
    assert f"Quorum: reached ({quorum.registered} registered of {quorum.entitled}, {quorum.required} needed)." in text
    assert f"Chair — {normalised(papers.chair)}" in text
    assert f"Secretary — {normalised(papers.secretary)}" in text
    first = papers.items[0]
    assert f"1. {first.title} — {first.presenter}" in text
    heard, spoke, resolved = (text.index(f"{label}: {normalised(part)[:40]}") for label, part in (
        ("HEARD", first.heard), ("SPOKE", first.spoke), ("RESOLVED", first.decided)
    ))
    assert text.index("Agenda:") < heard < spoke < resolved
    for item in papers.items:
        for vote in item.votes:
            counts = f"Voted: for — {vote.votes_for}, against — {vote.votes_against}, abstained — {vote.votes_abstain}."
            assert counts in text
    assert "The decision is adopted." in text and "The decision is not adopted." in text
    assert "Task Assignee Due on" in text
    assert text.rindex("Chair") > text.index(normalised(papers.closing_notes))
    assert_page_footers(contents)


@pytest.mark.parametrize("language", LANGUAGES)
def test_kazakh_letters_and_markup_print_literally(printed_store, special_assembly, tmp_path, language):
    contents = read_pdf(print_minutes(printed_store, special_assembly.number, tmp_path / "minutes.pdf", PaperChoice(language)))

    for expected in (
        special_assembly.title,
        special_assembly.place,
        *special_assembly.item_titles,
        special_assembly.heard,
        special_assembly.spoke,
        special_assembly.decided,
        special_assembly.question,
        special_assembly.task,
        special_assembly.guest_presenter,
        "10.03.2026",
        MARKUP_NAME,
        KAZAKH_NAME,
        KAZAKH_LETTERS,
    ):
        assert normalised(expected) in contents.body
    assert_fonts_embedded(contents)


def test_a_meeting_without_quorum_says_so(printed_store, special_assembly, tmp_path):
    assemblies.close_assembly(printed_store, assemblies.get_assembly_by_number(printed_store, special_assembly.number).id)
    papers = read_assembly_papers(printed_store, special_assembly.number)

    contents = read_pdf(print_minutes(printed_store, special_assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert not papers.quorum.reached
    quorum = papers.quorum
    assert f"Quorum: not reached (2 registered of {quorum.entitled}, {quorum.required} needed)." in contents.text
    assert f"Present: 2 people {MARKUP_NAME}, {KAZAKH_NAME}." in contents.body


def test_minutes_of_30_items_print_every_decision(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store, title="Thirty questions")
    voter = member_id(printed_store, KAZAKH_NAME)
    assemblies.set_presence(printed_store, assembly.id, voter, Presence.present)
    decisions = []
    for index in range(1, 31):
        decided = f"Decision {index}: " + " ".join(f"the committee resolves point {index}.{part}" for part in range(12))
        item = assemblies.add_agenda_item(
            printed_store,
            assembly.id,
            title=f"Question {index}",
            heard=f"Report {index} on the wages of the shift. " * 8,
            spoke=f"Speakers {index} agreed. " * 6,
            decided=decided,
        )
        assemblies.record_vote(printed_store, item.id, question=f"Adopt decision {index}", votes_for=1, votes_against=0, votes_abstain=0)
        decisions.append(decided)

    contents = read_pdf(print_minutes(printed_store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 8
    for decided in decisions:
        assert decided in contents.body
    assert contents.text.count("Voted: for — 1, against — 0, abstained — 0.") == 30
    assert_page_footers(contents)


def test_a_long_text_wraps_across_pages(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store)
    sentences = [f"Sentence {index} of a very long report on conditions in the drilling brigades." for index in range(400)]
    assemblies.add_agenda_item(printed_store, assembly.id, title="Long report", heard=" ".join(sentences))

    contents = read_pdf(print_minutes(printed_store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 5
    assert " ".join(sentences) in contents.body
    assert_page_footers(contents)


def signature_page(contents, language: str) -> str:
    """The page the chair and secretary sign: the one holding the last "Secretary" line."""
    secretary = protocol_term(language, "secretary")
    return next(body for body in reversed(contents.page_bodies) if secretary in body)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signatures_stand_with_the_last_decision_and_the_closing_words(printed_store, tmp_path, language):
    papers = read_assembly_papers(printed_store, 1)
    last_vote = papers.items[-1].votes[-1]

    contents = read_pdf(print_minutes(printed_store, 1, tmp_path / "minutes.pdf", PaperChoice(language)))

    signed = signature_page(contents, language)
    assert normalised(last_vote.question) in signed
    assert " ".join(papers.closing_notes.split()[:4]) in signed
    assert signature_name(papers.chair) in signed and signature_name(papers.secretary) in signed


# --- who was in the hall ----------------------------------------------------------------------


def test_a_general_assembly_states_who_was_in_the_hall(general_assembly, store, tmp_path):
    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    text = contents.body
    members = ", ".join(read_assembly_papers(store, general_assembly.number).present)
    for line in (
        "Entitled to take part: 1,200 (workers of the enterprise)",
        "Registered: 640 (members of the committee: 12, others: 628)",
        f"Members of the committee present: 12 people {members}.",
        f"Invited: {'; '.join(general_assembly.guests)}.",
        "Quorum: reached (640 registered of 1,200, 601 needed).",
        f"Put to the vote: {general_assembly.question} "
        "Needed to adopt: votes for from more than half of those registered. "
        "Voted: for — 590, against — 30, abstained — 20. The decision is adopted.",
        f"Demand adopted: {general_assembly.demand}.",
    ):
        assert line in text, line
    order = [text.index(part) for part in ("Entitled", "Registered", "Members of the committee present", "Invited", "Quorum")]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "ru",
            (
                "Имеют право участвовать: 1 200 (работники предприятия)",
                "Зарегистрировались: 640 (членов комитета: 12, других участников: 628)",
                "Присутствовали члены комитета: 12 чел.",
                "Приглашённые: Серікбаев Нұрлан, заңгер; Ахметова Дана, журналист; Оразов Қайрат.",
                "Кворум: имеется (зарегистрировались 640 из 1 200, необходимо — 601).",
                "Для принятия решения необходимо: «за» — более половины зарегистрировавшихся. "
                "Голосовали: «за» — 590, «против» — 30, «воздержались» — 20. Решение принято.",
                "Принято требование: Повысить заработную плату на 100%.",
            ),
        ),
        (
            "kk",
            (
                "Қатысуға құқылылар: 1 200 (кәсіпорын жұмысшылары)",
                "Тіркелгендер: 640 (комитет мүшелері: 12, басқа қатысушылар: 628)",
                "Қатысқан комитет мүшелері: 12 адам",
                "Шақырылғандар: Серікбаев Нұрлан, заңгер; Ахметова Дана, журналист; Оразов Қайрат.",
                "Кворум: бар (тіркелгені — 640, қатысуға құқылысы — 1 200, қажетті саны — 601).",
                "Дауыс беру: «жақтап» — 590, «қарсы» — 30, «қалыс қалғандар» — 20. Шешім қабылданды.",
                "Қабылданған талап: Повысить заработную плату на 100%.",
            ),
        ),
    ],
)
def test_the_hall_in_russian_and_kazakh_with_their_digit_grouping(general_assembly, store, tmp_path, language, lines):
    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice(language)))

    for line in lines:
        assert line in contents.body, line
    assert "1200" not in contents.body


@pytest.mark.parametrize(
    ("language", "printed"), [("en", "1,200"), ("ru", "1\N{NO-BREAK SPACE}200"), ("kk", "1\N{NO-BREAK SPACE}200")]
)
def test_counts_are_grouped_as_the_language_writes_them(language, printed):
    # The space that groups digits never breaks: "1" never ends a line with "200" on the next.
    assert DocumentLanguage(language).number(1200) == printed
    assert DocumentLanguage(language).number(640) == "640"


@pytest.mark.parametrize(
    ("kind", "committee_kind", "entitled", "who"),
    [
        (AssemblyKind.general_assembly, CommitteeKind.workplace, 1200, "workers of the enterprise"),
        (AssemblyKind.rally, CommitteeKind.workplace, 1200, "workers of the enterprise"),
        (AssemblyKind.general_assembly, CommitteeKind.territorial, 1200, "workers"),
        (AssemblyKind.delegates_council, CommitteeKind.council, 1200, "elected delegates"),
        (AssemblyKind.committee_meeting, CommitteeKind.workplace, 1200, "members of the committee"),
        (AssemblyKind.general_assembly, CommitteeKind.workplace, None, "active members of the committee"),
    ],
)
def test_the_entitled_are_named_for_the_kind_of_assembly(
    general_assembly, store, tmp_path, kind, committee_kind, entitled, who
):
    profile.save_profile(store, kind=committee_kind)
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    assemblies.update_assembly(store, assembly.id, kind=kind, entitled=entitled)

    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    base = "1,200" if entitled else "12"
    assert f"Entitled to take part: {base} ({who})" in contents.body


def test_guests_by_count_alone_or_by_name(general_assembly, store, tmp_path):
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    assemblies.update_assembly(store, assembly.id, guests_count=7, guests_names="")
    counted = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "a.pdf", PaperChoice("en")))
    assemblies.update_assembly(store, assembly.id, guests_count=0, guests_names="Оразов Қайрат\n\n  Ахметова Дана  \n")
    named = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "b.pdf", PaperChoice("en")))
    assemblies.update_assembly(store, assembly.id, guests_count=0, guests_names="")
    none = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "c.pdf", PaperChoice("en")))

    assert "Invited: 7 people Quorum:" in counted.body
    assert "Invited: Оразов Қайрат; Ахметова Дана. Quorum:" in named.body
    assert "Invited" not in none.body


def test_more_members_present_than_a_protocol_names_are_on_an_attached_list(printed_store, tmp_path):
    papers = read_assembly_papers(printed_store, 1)
    assert len(papers.present) > PRESENT_NAMED_AT_MOST

    contents = read_pdf(print_minutes(printed_store, 1, tmp_path / "minutes.pdf", PaperChoice("ru")))

    assert f"Присутствовали: {len(papers.present)} чел. (список прилагается)" in contents.page_bodies[0]
    attachment = contents.page_bodies[-1]
    assert attachment.startswith("Приложение к протоколу от 04.01.2026 № 1 Список присутствовавших 1. ")
    numbered = " ".join(f"{position}. {normalised(name)}" for position, name in enumerate(papers.present, start=1))
    assert numbered in attachment
    # After the signatures, which say it is attached, on pages of its own.
    assert "Приложение: список присутствовавших. Председатель" in contents.page_bodies[-2]
    assert "Секретарь" in contents.page_bodies[-2]
    assert "Секретарь" not in attachment
    assert_page_footers(contents)


def test_up_to_fifteen_present_are_named_in_the_minutes_with_no_attachment(general_assembly, store, tmp_path):
    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert "list attached" not in contents.body
    assert "Attachment" not in contents.body
    assert "List of those present" not in contents.body
    for name in general_assembly.members:
        assert name in contents.body
