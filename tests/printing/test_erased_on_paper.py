"""Paper printed after a member was erased names them only by the placeholder, in the
paper's own language: the minutes, the notice, the sign-in sheet, the member list, demands."""

import pytest

from committee_app.printing.agenda import print_agenda
from committee_app.printing.demands_paper import print_demands
from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import print_minutes
from committee_app.printing.roster import print_roster
from committee_app.printing.signin import print_signin_sheet
from committee_app.services import actions, assemblies, demands, members, profile
from committee_app.services.erasure import erase_member
from committee_app.vocabulary import MemberRole, Presence
from tests.printing.conftest import read_pdf

NAME = "Жұмабаев Қайрат Серікұлы"
PHONE = "+7 702 555 33 44"
PLACEHOLDERS = {"ru": "удалённый участник №1", "kk": "өшірілген қатысушы №1", "en": "erased member No. 1"}


@pytest.fixture
def erased_store(store):
    profile.save_profile(store, name="Ереуіл комитеті", default_language="kk")
    person = members.add_member(store, full_name=NAME, phone=PHONE, workplace="Қаражанбас", role=MemberRole.chair)
    other = members.add_member(store, full_name="Петрова Анна Ивановна", role=MemberRole.secretary)
    assembly = assemblies.create_assembly(store, title="Жалақы туралы", chair_id=person.id, secretary_id=other.id)
    for member in (person, other):
        assemblies.set_presence(store, assembly.id, member.id, Presence.present)
    item = assemblies.add_agenda_item(store, assembly.id, title="Жалақы", presenter_id=person.id,
                                      spoke="Жұмабаев Қ.С., Петрова А.И.")
    vote = assemblies.record_vote(store, item.id, question="Қолдаймыз ба?", votes_for=2, votes_against=0, votes_abstain=0)
    actions.add_action_item(store, text="Хат жазу", assignee_id=person.id, agenda_item_id=item.id)
    demands.propose_and_adopt_demand(store, vote.id, title="Жалақыны уақтылы төлеу")
    erase_member(store, person.id)
    return store, assembly.number


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_minutes_name_the_erased_member_by_the_placeholder_in_their_language(erased_store, tmp_path, language):
    store, number = erased_store
    contents = read_pdf(print_minutes(store, number, tmp_path / "minutes.pdf", PaperChoice(language=language)))
    assert PLACEHOLDERS[language] in contents.body
    assert "Жұмабаев" not in contents.text and "555" not in contents.text
    assert "Петрова" in contents.text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_other_paper_shows_the_placeholder_and_never_the_person(erased_store, tmp_path, language):
    store, number = erased_store
    choice = PaperChoice(language=language)
    papers = [
        print_agenda(store, number, tmp_path / "agenda.pdf", choice),
        print_signin_sheet(store, number, tmp_path / "signin.pdf", choice),
        print_roster(store, tmp_path / "roster.pdf", choice),
        print_demands(store, tmp_path / "demands.pdf", choice),
    ]
    for data in papers:
        contents = read_pdf(data)
        assert "Жұмабаев" not in contents.text and "555 33" not in contents.text and "Қаражанбас" not in contents.text
    for data in papers[1:]:
        assert PLACEHOLDERS[language] in read_pdf(data).body
