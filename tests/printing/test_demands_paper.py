"""The demands to hand over: the standing ones only, each with the vote that adopted it."""

import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from committee_app.errors import UserError
from committee_app.printing.demands_paper import print_demands, standing_demands
from committee_app.labels import label
from committee_app.person_names import signature_name
from committee_app.printing.document import DocumentLanguage, PaperChoice
from committee_app.services import demands, members
from committee_app.services.profile import get_profile, save_profile
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
from tests.printing.positions import overlap, page_lines

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
    "kk": "«жақтап» — {for_}, «қарсы» — {against}, «қалыс қалғандар» — {abstained}",
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
    assert normalised(f"on behalf of the workers: {profile.enterprise}") in contents.pages[0]
    assert normalised(f"put forward by: {profile.name}") in contents.pages[0]
    assert normalised(profile.locality) in contents.pages[0]
    assert contents.title == f"Demands — {profile.name}"


TYPED_ENTERPRISE = "АО «Озенмунайгаз» и сервисные предприятия"
TYPED_COMMITTEE = "Профсоюзы и стачечный комитет нефтяников"
TITLE_LABELS = {
    "en": ("on behalf of the workers", "put forward by"),
    "ru": ("от имени работников", "выдвинуты"),
    "kk": ("жұмысшылар атынан", "ұсынушы"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_enterprise_and_the_committee_are_named_as_typed_after_a_label(demand_store, tmp_path, language):
    """A name as typed is never put where the sentence would decline it ("работников АО …")."""
    save_profile(demand_store, name=TYPED_COMMITTEE, enterprise=TYPED_ENTERPRISE, locality="Жаңаөзен")

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice(language)))

    on_behalf, put_forward = TITLE_LABELS[language]
    first_page = contents.page_bodies[0]
    assert normalised(f"{on_behalf}: {TYPED_ENTERPRISE} {put_forward}: {TYPED_COMMITTEE} Жаңаөзен,") in first_page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_adoption_line_names_the_assembly_by_number_and_date_only(demand_store, tmp_path, language):
    """The vote that adopted a demand is cited by number, date and counts, in no inflected slot."""
    row = standing_demands(demand_store)[0]
    vote = row.adopted_by

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice(language)))

    expected = {
        "en": f"Adopted: by the assembly No. {vote.assembly_number} of {vote.assembly_date:%d.%m.%Y}; voted: for "
        f"{vote.votes_for} / against {vote.votes_against} / abstained {vote.votes_abstain}",
        "ru": f"Принято: собранием № {vote.assembly_number} от {vote.assembly_date:%d.%m.%Y}; голосовали: «за» — "
        f"{vote.votes_for}, «против» — {vote.votes_against}, «воздержались» — {vote.votes_abstain}",
        "kk": f"Қабылданды: {vote.assembly_date:%d.%m.%Y} күнгі № {vote.assembly_number} жиналыста; дауыс берілді: "
        f"«жақтап» — {vote.votes_for}, «қарсы» — {vote.votes_against}, «қалыс қалғандар» — {vote.votes_abstain}",
    }[language]
    assert normalised(expected) in contents.body


LONG_NAMES = {
    MemberRole.chair: ("Жұмабаев Қайрат Серікұлы " * 13).strip()[:300],
    MemberRole.secretary: ("Петренко-Ахметова Светлана Ивановна " * 9).strip()[:300],
}


def test_long_names_to_sign_never_print_over_each_other_or_the_last_demand(demand_store, tmp_path):
    for member in members.search_members(demand_store, "", status=MemberStatus.active):
        if member.role in LONG_NAMES:
            members.update_member(demand_store, member.id, full_name=LONG_NAMES[member.role])

    data = print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice("ru"))

    pages = page_lines(data)
    for lines in pages:
        for line in lines:
            for other in lines:
                assert line is other or not overlap(line, other), (line.text, other.text)
    # Each name whole beside its office, right of the line to sign on, the chair's above the
    # secretary's, below any demand's text on their page.
    signing = pages[-1]
    for name in LONG_NAMES.values():
        assert normalised(name) in read_pdf(data).page_bodies[-1]
    (chair,) = [line for line in signing if line.text == "Председатель"]
    (secretary,) = [line for line in signing if line.text == "Секретарь"]
    names = [line for line in signing if line.x > chair.x + 75 * mm]
    assert len(names) > 6 and chair.y > secretary.y
    demand_text = [line for line in signing if line.x < chair.x + 1 and line.y > chair.y + 20 * mm]
    assert all(line.y > max(name.box[3] for name in names) for line in demand_text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signatures_stand_on_the_page_of_the_last_demand(demand_store, tmp_path, language):
    last = standing_demands(demand_store)[-1]

    contents = read_pdf(print_demands(demand_store, tmp_path / "demands.pdf", PaperChoice(language)))

    office = {"en": "Chair", "ru": "Председатель", "kk": "Төраға"}[language]
    assert len(contents.pages) > 1
    assert normalised(last.title) in contents.page_bodies[-1]
    assert contents.page_bodies[-1].index(normalised(last.title)) < contents.page_bodies[-1].index(office)


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
    assert normalised(f"Chair {signature_name(names[MemberRole.chair])}") in last_page
    assert normalised(f"Secretary {signature_name(names[MemberRole.secretary])}") in last_page


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
