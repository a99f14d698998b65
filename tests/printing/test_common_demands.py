"""The council's common demands on paper: each with the committees that adopted it, their
votes, status and deadlines, read back page by page in Kazakh, Russian and English."""

from datetime import date, datetime

import pytest

from committee_app.exchange import bundle_format
from committee_app.exchange.bundle_content import build_content
from committee_app.exchange.bundle_import import import_bundle
from committee_app.printing.common_demands import print_common_demands
from committee_app.printing.document import PaperChoice
from committee_app.services import assemblies, council, demands, profile
from committee_app.store import Store
from committee_app.vocabulary import CommitteeKind
from tests.conftest import PASSPHRASE
from tests.printing.conftest import KAZAKH_LETTERS, LANGUAGES, assert_fonts_embedded, assert_page_footers, normalised, read_pdf

SHARED = "ортақ құпия сөз"
COMMITTEES = 40
WAGES = f"Жалақыны 100% көтеру ({KAZAKH_LETTERS})"
REINSTATE = "Вернуть уволенных"
WORDS = {
    "en": ("COMMON DEMANDS", "Adopted", "Status now", "Voted: for / against / abstained", "Committees' demands not in the common list"),
    "ru": ("ОБЩИЕ ТРЕБОВАНИЯ", "Принято", "Статус сейчас", "Голосовали: «за» / «против» / «воздержались»", "Требования комитетов, не вошедшие в общий список"),
    "kk": ("ОРТАҚ ТАЛАПТАР", "Қабылданды", "Қазіргі күйі", "Дауыс берді: «жақтап» / «қарсы» / «қалыс қалғандар»", "Ортақ тізімге енбеген комитет талаптары"),
}  # fmt: skip


def committee_name(number: int) -> str:
    return f"Ереуіл комитеті №{number:02d} Қаражанбас"


@pytest.fixture(scope="module")
def council_store(tmp_path_factory):
    """A council with 40 committees' bundles: each adopted the wage demand (all linked to one
    common demand, so its table runs over pages) and the first one also a demand left unlinked."""
    from committee_app import keyslot
    from tests.conftest import FAST_KDF

    saved, keyslot.DEFAULT_KDF = keyslot.DEFAULT_KDF, FAST_KDF
    folder = tmp_path_factory.mktemp("council")
    sender = Store.create(folder / "committee.store", PASSPHRASE)
    profile.save_profile(sender, name="template", kind=CommitteeKind.workplace)
    assembly = assemblies.create_assembly(sender, starts_at=datetime(2022, 1, 4, 10, 0), entitled=500)
    assemblies.update_assembly(sender, assembly.id, registered_others=320)
    item = assemblies.add_agenda_item(sender, assembly.id, title="Талаптар")
    vote = assemblies.record_vote(sender, item.id, question="Қабылдау", votes_for=300, votes_against=12, votes_abstain=8)
    demands.propose_and_adopt_demand(sender, vote.id, title=WAGES, deadline=date(2022, 1, 20))
    demands.propose_and_adopt_demand(sender, vote.id, title=REINSTATE)
    assemblies.close_assembly(sender, assembly.id)
    content = build_content(sender)
    sender.close()

    the_council = Store.create(folder / "council.store", PASSPHRASE)
    profile.save_profile(the_council, name="Маңғыстау жұмысшылар кеңесі", kind=CommitteeKind.council, locality="Ақтау")
    for number in range(1, COMMITTEES + 1):
        content["sender"].update(uuid=f"{number:032x}", name=committee_name(number))
        content["demands"] = content["demands"][:2] if number == 1 else content["demands"][:1]
        for record in content["assemblies"] + content["demands"]:
            record["uuid"] = f"{number:02x}" + record["uuid"][2:]
            for child in record.get("resolutions", []) + record.get("history", []):
                child["uuid"] = f"{number:02x}" + child["uuid"][2:]
                for each in child.get("votes", []):
                    each["uuid"] = f"{number:02x}" + each["uuid"][2:]
        bundle = folder / f"{number}.cdcb"
        bundle.write_bytes(bundle_format.seal(content, SHARED, salt=bytes(16)))
        import_bundle(the_council, bundle, SHARED)
    wage_ids = [demand.id for demand in council.received_demands(the_council) if demand.title == WAGES]
    council.link_as_same_demand(the_council, wage_ids)
    keyslot.DEFAULT_KDF = saved
    yield the_council
    the_council.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_common_demands_print_with_every_committee_that_adopted_each(council_store, tmp_path, language):
    title, adopted, status_now, voted, unlinked = WORDS[language]

    contents = read_pdf(print_common_demands(council_store, tmp_path / "common.pdf", PaperChoice(language)))

    assert len(contents.pages) >= 2
    assert title in contents.pages[0]
    assert normalised(f"1. {WAGES}") in contents.body
    for number in range(1, COMMITTEES + 1):
        assert normalised(committee_name(number)) in contents.body
    # Every row whole: the vote, the status word never cut inside, the dates.
    assert contents.body.count("300 / 12 / 8") == COMMITTEES + 1  # the unlinked demand's too
    assert contents.body.count(f"{adopted} ") >= COMMITTEES + 1
    assert contents.body.count("20.01.2022") == COMMITTEES and contents.body.count("04.01.2022") == COMMITTEES + 1
    # The table's header on every page that holds its rows.
    row_pages = [body for body in contents.page_bodies if "Қаражанбас" in body]
    assert len(row_pages) >= 2
    for body in row_pages:
        assert normalised(voted) in body and status_now in body
    assert unlinked in contents.body and REINSTATE in contents.body.split(unlinked)[1]
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


def test_a_council_with_no_common_demand_says_so(tmp_path):
    store = Store.create(tmp_path / "empty.store", PASSPHRASE)
    profile.save_profile(store, name="Кеңес", kind=CommitteeKind.council)
    contents = read_pdf(print_common_demands(store, tmp_path / "common.pdf", PaperChoice("en")))
    assert "The council has no common demands yet." in contents.text
    store.close()


def test_a_word_longer_than_a_column_is_cut_not_the_page(tmp_path):
    """A committee's name or a title typed without spaces, as long as a field allows."""
    from committee_app import keyslot
    from tests.conftest import FAST_KDF

    keyslot.DEFAULT_KDF, saved = FAST_KDF, keyslot.DEFAULT_KDF
    try:
        sender = Store.create(tmp_path / "committee.store", PASSPHRASE)
        profile.save_profile(sender, name="Ж" * 300, kind=CommitteeKind.workplace)
        assembly = assemblies.create_assembly(sender, starts_at=datetime(2022, 1, 4, 10, 0), entitled=10)
        assemblies.update_assembly(sender, assembly.id, registered_others=10)
        item = assemblies.add_agenda_item(sender, assembly.id, title="Т")
        vote = assemblies.record_vote(sender, item.id, question="Қ", votes_for=9, votes_against=0, votes_abstain=0)
        demands.propose_and_adopt_demand(sender, vote.id, title="Ә" * 500)
        assemblies.close_assembly(sender, assembly.id)
        bundle = tmp_path / "long.cdcb"
        bundle.write_bytes(bundle_format.seal(build_content(sender), SHARED, salt=bytes(16)))
        sender.close()
        the_council = Store.create(tmp_path / "council.store", PASSPHRASE)
        profile.save_profile(the_council, name="Кеңес", kind=CommitteeKind.council)
        import_bundle(the_council, bundle, SHARED)
        contents = read_pdf(print_common_demands(the_council, tmp_path / "common.pdf", PaperChoice("kk")))
        the_council.close()
    finally:
        keyslot.DEFAULT_KDF = saved
    letters = contents.body.replace(" ", "")
    assert "Ж" * 300 in letters and "Ә" * 500 in letters
    assert_page_footers(contents)
