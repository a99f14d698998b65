"""The minutes in the protocol form of GOST R 7.0.97-2016, in Russian, Kazakh and English: the
heading block, officers before attendance, the sections in capitals, votes and results in the
form's words, signatures with initials; drafts and blanks; redacted paper; the terms table."""

import re
from datetime import datetime
from pathlib import Path

import pytest

from committee_app.person_names import redacted_name, signature_name
from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import print_minutes
from committee_app.printing.protocol_terms import BLANK, PROTOCOL_TERMS, protocol_term, terms_markdown
from committee_app.services import assemblies, members, profile
from committee_app.vocabulary import AssemblyKind, MajorityRule
from tests.printing.conftest import LANGUAGES, body_lines, normalised, read_pdf
from tests.printing.positions import page_lines

DOCS = Path(__file__).resolve().parents[2] / "docs"
DEMO_MINUTES = (1, 2, 3, 4)


def terms(language: str):
    return lambda key: protocol_term(language, key)


# --- the heading block and the order of the parts ---------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_heading_block_names_the_committee_the_document_its_date_number_and_place(demo_store, tmp_path, language):
    term = terms(language)
    papers = read_assembly_papers(demo_store, 1)

    lines = body_lines(print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language)))[0]

    dated = {"en": "04.01.2026 No. 1"}.get(language, "04.01.2026 № 1")
    assert lines[:4] == [papers.committee, term("document"), dated, "Жаңаөзен, Маңғыстау облысы"]
    assert "ПРОЕКТ" not in " ".join(lines) and "DRAFT" not in " ".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chair_and_secretary_come_before_those_present_and_the_agenda(demo_store, tmp_path, language):
    term = terms(language)
    papers = read_assembly_papers(demo_store, 1)

    first = read_pdf(print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language))).page_bodies[0]

    chair = term("officer").format(role=term("chair"), name=papers.chair)
    secretary = term("officer").format(role=term("secretary"), name=papers.secretary)
    present = f"{term('present')}: {term('people').format(count=28)} {term('list_attached')}"
    invited = f"{term('invited')}: Абенова Жанар Ермекқызы, юрист."
    order = [first.index(part) for part in (chair, secretary, present, invited, term("agenda"))]
    assert order == sorted(order)


@pytest.mark.parametrize("language", LANGUAGES)
def test_heard_spoke_and_resolved_are_headings_of_their_own_in_capitals(demo_store, tmp_path, language):
    term = terms(language)
    papers = read_assembly_papers(demo_store, 1)

    data = print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language))

    lines = [line for page in body_lines(data) for line in page]
    for key in ("heard", "spoke", "resolved"):
        heading = f"{term(key)}:"
        assert heading == heading.upper()
        assert lines.count(heading) == len(papers.items), key
    text = read_pdf(data).body
    first = papers.items[0]
    order = [text.index(part) for part in (
        f"1. {first.title}", f"{term('heard')}: {normalised(first.heard)}", f"{term('spoke')}: {normalised(first.spoke)}",
        f"{term('resolved')}: {normalised(first.decided)}",
    )]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("language", "vote", "result", "demand"),
    [
        (
            "ru",
            "Голосовали: «за» — 590, «против» — 30, «воздержались» — 20.",
            "Решение принято.",
            "Принято требование: Повысить заработную плату на 100%.",
        ),
        (
            "kk",
            "Дауыс беру: «жақтап» — 590, «қарсы» — 30, «қалыс қалғандар» — 20.",
            "Шешім қабылданды.",
            "Қабылданған талап: Повысить заработную плату на 100%.",
        ),
        (
            "en",
            "Voted: for — 590, against — 30, abstained — 20.",
            "The decision is adopted.",
            "Demand adopted: Повысить заработную плату на 100%.",
        ),
    ],
)
def test_a_vote_gives_its_counts_its_result_and_the_demand_it_adopted(
    general_assembly, store, tmp_path, language, vote, result, demand
):
    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice(language)))

    assert f"{vote} {result}" in contents.body
    assert f"{result} {demand}" in contents.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failed_vote_says_the_decision_was_not_adopted(demo_store, tmp_path, language):
    papers = read_assembly_papers(demo_store, 1)
    failed = [vote for item in papers.items for vote in item.votes if vote.outcome == "failed"]
    assert failed

    contents = read_pdf(print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language)))

    assert contents.body.count(protocol_term(language, "not_adopted")) == len(failed)


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (MajorityRule.simple, "Для принятия решения необходимо: голосов «за» больше, чем «против»."),
        (MajorityRule.absolute, "Для принятия решения необходимо: «за» — более половины имеющих право участвовать."),
        (MajorityRule.registered_majority, "Для принятия решения необходимо: «за» — более половины зарегистрировавшихся."),
        (
            MajorityRule.two_thirds,
            "Для принятия решения необходимо: «за» — не менее двух третей голосов, поданных «за» и «против».",
        ),
    ],
)
def test_the_majority_rule_is_said_in_words(general_assembly, store, tmp_path, rule, words):
    item = assemblies.agenda(store, assemblies.get_assembly_by_number(store, general_assembly.number).id)[0]
    assemblies.record_vote(
        store, item.id, question="Ещё один вопрос", votes_for=300, votes_against=200, votes_abstain=0, majority_rule=rule
    )

    text = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))).text

    assert words in text
    assert ">" not in text and "<" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_signatures_give_the_role_a_line_and_the_initials_before_the_surname(demo_store, tmp_path, language):
    papers = read_assembly_papers(demo_store, 1)
    data = print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language))

    for role, full_name in (("chair", papers.chair), ("secretary", papers.secretary)):
        signed = signature_name(full_name)
        assert signed != full_name  # "Қ.С. Жұмабаев"
        [(page, line)] = [
            (index, line) for index, lines in enumerate(body_lines(data)) for line in lines if line.endswith(signed)
        ]
        assert re.fullmatch(rf"{protocol_term(language, role)} _{{10,}} {re.escape(signed)}", line), line
        # The role, the line and the name side by side on one baseline, each clear of the next.
        boxes = page_lines(data, inside_margins=False)[page]
        name_box = next(box for box in boxes if box.text == signed)
        row = sorted((box for box in boxes if abs(box.baseline - name_box.baseline) < 1), key=lambda box: box.left)
        assert [row[0].text, set(row[1].text), row[2].text] == [protocol_term(language, role), {"_"}, signed]
        assert all(left.right < right.left for left, right in zip(row, row[1:]))


def test_guests_are_named_where_names_were_given_and_counted_otherwise(general_assembly, store, tmp_path):
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    named = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "a.pdf", PaperChoice("ru")))
    assemblies.update_assembly(store, assembly.id, guests_count=7, guests_names="")
    counted = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "b.pdf", PaperChoice("ru")))

    assert f"Приглашённые: {'; '.join(general_assembly.guests)}." in named.body
    assert "Приглашённые: 7 чел." in counted.body


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ("ХАТТАМА", "Төраға —", "Хатшы —", "Қатысқандар:", "Шақырылғандар:", "Күн тәртібі:", "ТЫҢДАЛДЫ:",
                "СӨЙЛЕДІ (СӨЙЛЕГЕНДЕР):", "ҚАУЛЫ ЕТТІ (ШЕШТІ):", "Дауыс беру: «жақтап» —", "«қарсы» —",
                "«қалыс қалғандар» —", "Шешім қабылданды.", "Шешім қабылданбады.")),
        ("ru", ("ПРОТОКОЛ", "Председатель —", "Секретарь —", "Присутствовали:", "Приглашённые:", "Повестка дня:",
                "СЛУШАЛИ:", "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ (РЕШИЛИ):", "Голосовали: «за» —", "«против» —",
                "«воздержались» —", "Решение принято.", "Решение не принято.")),
    ],
)
def test_the_terms_are_those_protocols_of_the_region_write(demo_store, tmp_path, language, words):
    contents = read_pdf(print_minutes(demo_store, 1, tmp_path / "minutes.pdf", PaperChoice(language)))
    for word in words:
        assert word in contents.body, word


def test_the_terms_table_in_docs_is_the_one_the_minutes_print():
    written = (DOCS / "protocol-terms.md").read_text(encoding="utf-8")
    assert written == terms_markdown(), "run: python -m committee_app.printing.protocol_terms > docs/protocol-terms.md"
    for term in PROTOCOL_TERMS.values():
        assert term.kk and term.ru and term.en


# --- drafts and blanks ------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "draft"), [("ru", "ПРОЕКТ"), ("kk", "ЖОБА"), ("en", "DRAFT")])
def test_an_assembly_not_held_prints_as_a_draft_on_every_page(demo_store, tmp_path, language, draft):
    assert read_assembly_papers(demo_store, 4).status == "planned"

    data = print_minutes(demo_store, 4, tmp_path / "minutes.pdf", PaperChoice(language))
    contents = read_pdf(data)

    assert body_lines(data)[0][0] == draft
    assert len(contents.pages) > 1
    for page, body in zip(contents.pages, contents.page_bodies):
        assert draft in page.replace(body, "")  # the running header's mark
    # No verdict on a quorum not yet counted: what it will need.
    quorum = {"ru": "Кворум: необходимо — 630 из 1 260.", "kk": "Кворум: қажетті саны — 630 (қатысуға құқылысы — 1 260).",
              "en": "Quorum: 630 of 1,260 needed."}[language]
    assert quorum in contents.body
    for verdict in ("имеется", "отсутствует", "reached", "бар (", "жоқ ("):
        assert f"Кворум: {verdict}" not in contents.body and f"Quorum: {verdict}" not in contents.body
    # The signature lines stay, to sign the minutes once held.
    assert protocol_term(language, "chair") in contents.page_bodies[-1]
    assert "________" in contents.page_bodies[-1]


def test_a_held_assembly_prints_no_draft_mark(general_assembly, store, tmp_path):
    contents = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru")))
    assert "ПРОЕКТ" not in contents.text
    assert "Кворум: имеется" in contents.body


def test_a_vote_with_no_counts_was_not_held_unless_the_minutes_are_a_draft(general_assembly, store, tmp_path):
    assembly = assemblies.get_assembly_by_number(store, general_assembly.number)
    item = assemblies.agenda(store, assembly.id)[0]
    assemblies.record_vote(store, item.id, question="Перенести собрание", votes_for=0, votes_against=0, votes_abstain=0)

    held = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "a.pdf", PaperChoice("ru"))).body
    assemblies.update_assembly(store, assembly.id, status="planned")
    draft = read_pdf(print_minutes(store, general_assembly.number, tmp_path / "b.pdf", PaperChoice("ru"))).body

    assert "Поставлено на голосование: Перенести собрание Голосование не проводилось." in held
    assert held.count("Решение не принято") == 0
    # A draft leaves the counts and the result to be filled in by hand.
    blanks = f"Голосовали: «за» — {BLANK}, «против» — {BLANK}, «воздержались» — {BLANK}. Решение принято / не принято"
    assert blanks in draft
    assert "Голосование не проводилось" not in draft


@pytest.mark.parametrize("language", LANGUAGES)
def test_fields_left_empty_print_as_lines_to_fill_in(store, tmp_path, language):
    profile.save_profile(store, name="Ереуіл комитеті", locality="")
    assembly = assemblies.create_assembly(store, kind=AssemblyKind.committee_meeting)
    assemblies.add_agenda_item(store, assembly.id, title="О забастовке")

    data = print_minutes(store, assembly.number, tmp_path / "minutes.pdf", PaperChoice(language))

    term = terms(language)
    lines = [line for page in body_lines(data) for line in page]
    assert term("date_and_number").format(date=BLANK, number=assembly.number).replace("  ", " ") in lines
    assert BLANK in lines  # the place the minutes were made
    text = read_pdf(data).body
    place, time = {"ru": ("Место проведения", "Время"), "kk": ("Өткен орны", "Уақыты"), "en": ("Place", "Time")}[language]
    for expected in (f"{place}: {BLANK}", f"{time}: {BLANK}", term("officer").format(role=term("chair"), name=BLANK),
                     term("officer").format(role=term("secretary"), name=BLANK)):
        assert expected in text, expected
    assert "—:" not in text and ": —" not in text
    assert re.search(rf"{term('chair')} _{{10,}} {BLANK}", text)


# --- redacted paper ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("number", DEMO_MINUTES)
def test_redacted_minutes_name_nobody_in_full_and_give_no_phones(demo_store, tmp_path, language, number):
    papers = read_assembly_papers(demo_store, number)

    contents = read_pdf(print_minutes(demo_store, number, tmp_path / "minutes.pdf", PaperChoice(language, redacted=True)))

    text = contents.text
    for member in members.search_members(demo_store, ""):
        assert normalised(member.full_name) not in text, member.full_name
        if member.phone:
            assert member.phone.replace(" ", "") not in text.replace(" ", "")
        if member.workplace:
            assert normalised(member.workplace) not in text
    for guest in papers.guests_names:
        assert normalised(guest) not in text
    # The officers by their first letters, at the top and under the signatures.
    term = terms(language)
    if papers.chair:
        assert term("officer").format(role=term("chair"), name=redacted_name(papers.chair)) in contents.page_bodies[0]
        assert re.search(rf"{term('chair')} _{{10,}} {re.escape(redacted_name(papers.chair))}", contents.body)
    # Counts instead of lists, and nothing attached.
    assert term("list_attached") not in text
    assert term("attendance_list") not in text
    if papers.present:
        assert f"{term('people').format(count=len(papers.present))}" in contents.page_bodies[0]


@pytest.mark.parametrize("number", [1, 2, 3])
def test_redacted_minutes_keep_what_the_secretary_typed_but_no_surname_in_it(demo_store, tmp_path, number):
    """The demo's typed texts name people as secretaries write them («Жұмабаев Қ. С.», «избрать
    Жұмабаева Қ. С.»): on redacted paper the words stay and the names are cut to initials."""
    contents = read_pdf(print_minutes(demo_store, number, tmp_path / "minutes.pdf", PaperChoice("ru", redacted=True)))
    surnames = {member.full_name.split()[0] for member in members.search_members(demo_store, "")}
    for surname in surnames:
        # The surname in any case ending: "Жұмабаев", "Жұмабаева", "Жұмабаеву".
        stem = surname[:-1] if len(surname) > 4 else surname
        assert not re.search(rf"(?<!\w){re.escape(stem)}", contents.text), surname
    # What was said stays as typed around the names.
    if number == 2:
        assert "С. Е. Б. от имени комитета предложил избрать председательствующим" in contents.body
        assert "счётную комиссию в составе Б. А. Т., К. В. А." in contents.body
        # Workers not on the list are named beside their initials, and cut the same way.
        assert "Т. Н. Қ. (ЦДНГ №5) предложил подсчитывать голоса" in contents.body
    papers = read_assembly_papers(demo_store, number)
    for item in papers.items:
        for action in item.actions:
            assert normalised(action.assignee) not in contents.body


def test_the_excused_above_fifteen_are_counted(demo_store, tmp_path):
    assembly = assemblies.create_assembly(demo_store, title="Заседание", starts_at=datetime(2026, 1, 20, 10, 0))
    ids = [member.id for member in members.search_members(demo_store, "")][:20]
    assemblies.set_presence_many(demo_store, assembly.id, ids, "excused")

    body = read_pdf(print_minutes(demo_store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("ru"))).body

    assert "Отсутствовали по уважительной причине: 20 чел." in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_leaves_ruled_lines_and_a_blank_vote_under_each_heading_nothing_was_recorded_under(
    demo_store, tmp_path, language
):
    """The planned assembly's items have titles and presenters only: the draft taken to the hall
    has room to write in who spoke, what was resolved and how the vote went."""
    data = print_minutes(demo_store, 4, tmp_path / "minutes.pdf", PaperChoice(language))
    lines = [line for page in body_lines(data) for line in page]
    items = len(read_assembly_papers(demo_store, 4).items)
    ruled = re.compile(r"_{40,}")
    for term in ("spoke", "resolved"):
        heading = protocol_term(language, term)
        at = [index for index, line in enumerate(lines) if line == f"{heading}:"]
        assert len(at) == items, (term, at)
        assert all(ruled.fullmatch(lines[index + 1]) and ruled.fullmatch(lines[index + 2]) for index in at)
    blank_votes = [line for line in lines if line.startswith(protocol_term(language, "voted").partition(":")[0])]
    assert len(blank_votes) == items and all(BLANK in line for line in blank_votes)
