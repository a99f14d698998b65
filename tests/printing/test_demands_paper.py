"""The demands to hand over: the standing ones only, each with the vote that adopted it."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from committee_app.errors import UserError
from committee_app.printing.demands_paper import print_demands, standing_demands
from committee_app.labels import label
from committee_app.printing.document import DocumentLanguage, PaperChoice
from committee_app.services import demands, members
from committee_app.services.profile import get_profile
from committee_app.vocabulary import DemandStatus, MemberRole, MemberStatus
from tests.printing.conftest import (
    KAZAKH_LETTERS,
    LANGUAGES,
    MARKUP_NAME,
    MARKUP_TEXT,
    assert_fonts_embedded,
    assert_page_footers,
    normalised,
    read_pdf,
)

KAZAKH_TITLE = f"Жалақыны көтеру: {KAZAKH_LETTERS}"
KAZAKH_ADDRESSEE = "Маңғыстау облысының әкімдігі"


@pytest.fixture
def demand_store(printed_store):
    """The demo's demands plus one adopted with Kazakh letters, and one with markup-like words."""
    vote = demands.carried_votes(printed_store)[0]
    demands.propose_and_adopt_demand(
        printed_store, vote.vote_id, title=KAZAKH_TITLE, text=MARKUP_TEXT, addressed_to=KAZAKH_ADDRESSEE, priority=1
    )
    demands.propose_and_adopt_demand(printed_store, vote.vote_id, title=MARKUP_NAME, addressed_to=MARKUP_TEXT, priority=9)
    presented = demands.propose_and_adopt_demand(printed_store, vote.vote_id, title=PRESENTED_TITLE, priority=3)
    demands.change_demand_status(printed_store, presented.id, DemandStatus.presented, on=PRESENTED_ON)
    negotiated = demands.propose_and_adopt_demand(printed_store, vote.vote_id, title=NEGOTIATED_TITLE, priority=2)
    demands.change_demand_status(printed_store, negotiated.id, DemandStatus.presented, on=PRESENTED_ON)
    demands.change_demand_status(printed_store, negotiated.id, DemandStatus.under_negotiation)
    return printed_store


PRESENTED_TITLE = "Вернуть ночные надбавки"
NEGOTIATED_TITLE = "Ауысым автобустарын қайтару"
PRESENTED_ON = date(2026, 2, 3)
STANDING = {DemandStatus.adopted, DemandStatus.presented, DemandStatus.under_negotiation, DemandStatus.partially_met}


def overview_with(store, statuses):
    return [row for row in demands.demand_overview(store) if row.status in statuses]


def test_standing_demands_are_those_adopted_and_not_answered_in_full_in_priority_order(demand_store):
    standing = standing_demands(demand_store)

    assert {row.status for row in standing} == STANDING
    assert standing == overview_with(demand_store, tuple(STANDING))
    assert [(row.priority, row.id) for row in standing] == sorted((row.priority, row.id) for row in standing)


# How the vote reads on paper in each language (the design's protocol wording).
VOTE_COUNTS = {
    "en": "for {for_} / against {against} / abstained {abstained}",
    "ru": "«за» — {for_}, «против» — {against}, «воздержались» — {abstained}",
    "kk": "«қолдайды» — {for_}, «қарсы» — {against}, «қалыс қалды» — {abstained}",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_standing_demand_prints_with_its_text_addressee_and_vote(demand_store, tmp_path, language):
    path = tmp_path / "demands.pdf"

    data = print_demands(demand_store, path, PaperChoice(language))

    assert path.read_bytes() == data
    contents = read_pdf(data)
    for number, row in enumerate(standing_demands(demand_store), start=1):
        assert normalised(f"{number}. {row.title}") in contents.text
        assert normalised(row.text) in contents.text
        assert normalised(row.addressed_to) in contents.text
        vote = row.adopted_by
        number_mark = "No. {number}" if language == "en" else "№ {number}"
        assert number_mark.format(number=vote.assembly_number) in contents.text
        assert vote.assembly_date.strftime("%d.%m.%Y") in contents.text
        counts = VOTE_COUNTS[language].format(for_=vote.votes_for, against=vote.votes_against, abstained=vote.votes_abstain)
        assert counts in contents.text
    for expected in (KAZAKH_TITLE, KAZAKH_ADDRESSEE, MARKUP_NAME, MARKUP_TEXT, KAZAKH_LETTERS):
        assert normalised(expected) in contents.text
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


# The status and priority words on paper in each language.
WORDS = {
    "en": {"Status": "Status", "Presented": "Presented", "Under negotiation": "Under negotiation",
           "Priority": "Priority", "High": "High", "Normal": "Normal", "Low": "Low", "Presented on": "Presented on"},
    "ru": {"Status": "Статус", "Presented": "Предъявлено", "Under negotiation": "Идут переговоры",
           "Priority": "Приоритет", "High": "Высокий", "Normal": "Обычный", "Low": "Низкий", "Presented on": "Дата вручения"},
    "kk": {"Status": "Күйі", "Presented": "Тапсырылды", "Under negotiation": "Келіссөз жүріп жатыр",
           "Priority": "Басымдығы", "High": "Жоғары", "Normal": "Қалыпты", "Low": "Төмен", "Presented on": "Тапсырылған күні"},
}


def printed_demand(text, title):
    """What the paper says of the demand titled ``title``, up to the next one."""
    start = text.index(title)
    following = re.search(r" \d+\. ", text[start:])
    return text[start: start + following.start()] if following else text[start:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_presented_and_negotiated_demands_print_with_their_status_day_and_priority(demand_store, tmp_path, language):
    words = WORDS[language]

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice(language)))

    presented = printed_demand(contents.text, PRESENTED_TITLE)
    assert f"{words['Priority']}: {words['Low']}" in presented
    assert f"{words['Presented on']}: {PRESENTED_ON:%d.%m.%Y}" in presented
    assert f"{words['Status']}: {words['Presented']}" in presented
    negotiated = printed_demand(contents.text, NEGOTIATED_TITLE)
    assert f"{words['Priority']}: {words['Normal']}" in negotiated
    assert f"{words['Status']}: {words['Under negotiation']}" in negotiated
    assert f"{words['Priority']}: {words['Low']} (9)" in printed_demand(contents.text, normalised(MARKUP_NAME))
    assert f"{words['Priority']}: {words['High']}" in printed_demand(contents.text, normalised(KAZAKH_TITLE))


@pytest.mark.parametrize("language", LANGUAGES)
def test_met_refused_and_proposed_demands_are_left_out(demand_store, tmp_path, language):
    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice(language)))

    left_out = overview_with(demand_store, (DemandStatus.met, DemandStatus.refused, DemandStatus.proposed))
    assert left_out
    for row in left_out:
        assert normalised(row.title) not in contents.text


def test_the_title_names_the_enterprise_the_committee_and_the_place(demand_store, tmp_path):
    profile = get_profile(demand_store)

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("en")))

    assert normalised(profile.name) in contents.pages[0]  # the page header
    assert "DEMANDS" in contents.pages[0]
    assert normalised(f"of the workers of {profile.enterprise}") in contents.pages[0]
    assert normalised(f"put forward by {profile.name}") in contents.pages[0]
    assert normalised(profile.locality) in contents.pages[0]
    assert contents.title == f"Demands — {profile.name}"


def test_a_partially_met_demand_says_so_with_the_answer_so_far(demand_store, tmp_path):
    (partial, *_) = overview_with(demand_store, (DemandStatus.partially_met,))

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("en")))

    assert normalised(f"Status: Partially met Answer so far: {partial.response}") in contents.text
    assert f"Answer expected by: {partial.deadline:%d.%m.%Y}" in contents.text


def test_the_active_chair_and_secretary_sign(demand_store, tmp_path):
    active = members.search_members(demand_store, "", status=MemberStatus.active)
    names = {member.role: member.full_name for member in active if member.role in (MemberRole.chair, MemberRole.secretary)}

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("en")))

    last_page = contents.pages[-1]
    assert normalised(f"Chair {names[MemberRole.chair]}") in last_page
    assert normalised(f"Secretary {names[MemberRole.secretary]}") in last_page


def test_a_secretary_who_left_is_not_named_to_sign(demand_store, tmp_path):
    (secretary,) = [m for m in members.search_members(demand_store, "") if m.role == MemberRole.secretary]
    members.mark_member_left(demand_store, secretary.id)

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("en")))

    assert normalised(secretary.full_name) not in contents.text
    assert "Secretary" in contents.pages[-1]


def test_many_demands_run_over_pages_each_numbered(printed_store, tmp_path):
    vote = demands.carried_votes(printed_store)[0]
    titles = [f"Demand {index}: restore the night-shift bonus of brigade {index}" for index in range(1, 61)]
    for title in titles:
        demands.propose_and_adopt_demand(
            printed_store, vote.vote_id, title=title, text="Long wording of the demand. " * 12, priority=9
        )

    contents = read_pdf(print_demands(printed_store, tmp_path / "demands.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 10
    first_number = len(standing_demands(printed_store)) - len(titles) + 1
    for number, title in enumerate(titles, start=first_number):
        assert f"{number}. {title}" in contents.text
    assert all(normalised(get_profile(printed_store).name) in page for page in contents.pages)
    assert_page_footers(contents)


def test_with_no_standing_demand_the_paper_says_so(store, tmp_path):
    contents = read_pdf(print_demands(store, tmp_path / "demands.pdf", PaperChoice("en")))

    assert "No adopted demands are standing." in contents.text
    assert_fonts_embedded(contents)


def test_letter_paper(demand_store, tmp_path):
    print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("en", "letter"))

    box = PdfReader(tmp_path / "demands.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


@pytest.mark.parametrize("choice", [PaperChoice("de"), PaperChoice("en", "a3")], ids=["language", "paper"])
def test_an_unknown_language_or_paper_is_refused_and_nothing_written(demand_store, tmp_path, choice):
    folder = tmp_path / "papers"
    folder.mkdir()

    with pytest.raises(UserError):
        print_demands(demand_store, folder / "demands.pdf", choice)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demand_status_reads_differently_in_each_language(language):
    translate = DocumentLanguage(language).translate
    words = [label(status, translate) for status in DemandStatus]
    assert len(set(words)) == len(words)
