"""The minutes (the protocol): the convention's parts in order, votes, tasks, signatures, long texts."""

import pytest

from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import print_minutes
from committee_app.services import assemblies
from committee_app.vocabulary import Presence
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
    # Signed at the end by the chair and the secretary.
    assert normalised(papers.chair) in contents.pages[-1]
    assert normalised(papers.secretary) in contents.pages[-1]
    assert_fonts_embedded(contents)


def test_the_protocol_convention_in_english(printed_store, tmp_path):
    contents = read_pdf(print_minutes(printed_store, 1, tmp_path / "minutes.pdf", PaperChoice("en")))
    papers = read_assembly_papers(printed_store, 1)

    text = contents.body
    assert text.startswith("MINUTES No. 1 Committee meeting")
    assert contents.title == "MINUTES No. 1"
    assert f"Present: {len(papers.present)}" in text
    assert f"Quorum: reached: {papers.quorum.registered} active members present, {papers.quorum.required} needed." in text
    assert f"Chair: {normalised(papers.chair)}" in text
    assert f"Secretary: {normalised(papers.secretary)}" in text
    first = papers.items[0]
    assert f"1. {first.title} — {first.presenter}" in text
    heard, spoke, resolved = (text.index(f"{label}: {normalised(part)[:40]}") for label, part in (
        ("Heard", first.heard), ("Spoke", first.spoke), ("Resolved", first.decided)
    ))
    assert text.index("Agenda") < heard < spoke < resolved
    for item in papers.items:
        for vote in item.votes:
            counts = f"Voted: for {vote.votes_for} / against {vote.votes_against} / abstained {vote.votes_abstain}."
            assert counts in text
    assert "Outcome: Carried." in text and "Outcome: Failed." in text
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
    papers = read_assembly_papers(printed_store, special_assembly.number)

    contents = read_pdf(print_minutes(printed_store, special_assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert not papers.quorum.reached
    assert f"Quorum: not reached: 2 active members present, {papers.quorum.required} needed." in contents.text
    assert "Present: 2" in contents.text


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
    assert contents.text.count("Voted: for 1 / against 0 / abstained 0.") == 30
    assert_page_footers(contents)


def test_a_long_text_wraps_across_pages(printed_store, tmp_path):
    assembly = assemblies.create_assembly(printed_store)
    sentences = [f"Sentence {index} of a very long report on conditions in the drilling brigades." for index in range(400)]
    assemblies.add_agenda_item(printed_store, assembly.id, title="Long report", heard=" ".join(sentences))

    contents = read_pdf(print_minutes(printed_store, assembly.number, tmp_path / "minutes.pdf", PaperChoice("en")))

    assert len(contents.pages) >= 5
    assert " ".join(sentences) in contents.body
    assert_page_footers(contents)


def test_the_signatures_never_stand_alone_on_the_last_page(printed_store, tmp_path):
    from committee_app.printing.assembly_papers import read_assembly_papers

    papers = read_assembly_papers(printed_store, 1)
    for language in ("kk", "ru", "en"):
        contents = read_pdf(print_minutes(printed_store, 1, tmp_path / f"m-{language}.pdf", PaperChoice(language)))
        closing_start = " ".join(papers.closing_notes.split()[:4])
        assert closing_start in contents.pages[-1], language
