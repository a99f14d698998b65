"""The papers of an election, read back page by page in Kazakh, Russian and English: ballot
papers that carry nothing to tell one from another, the counting commission's protocol
signed by each of its members on the page of the result, and the list of delegates with
their mandates and those recalled."""

from datetime import date, datetime

import pytest

from committee_app import cli
from committee_app.errors import NotFound, RuleViolation, ValidationError
from committee_app.printing.ballots import instruction, print_ballots
from committee_app.printing.count_protocol import print_count_protocol
from committee_app.printing.delegates import print_delegates
from committee_app.printing.document import PaperChoice
from committee_app.printing.protocol_terms import BLANK
from committee_app.services import assemblies, elections, members, profile
from committee_app.vocabulary import AssemblyKind
from tests.conftest import PASSPHRASE
from tests.printing.conftest import (
    KAZAKH_LETTERS,
    KAZAKH_NAME,
    LANGUAGES,
    MARKUP_NAME,
    PAGE_FOOTERS,
    assert_fonts_embedded,
    assert_page_footers,
    normalised,
    read_pdf,
)

COMMITTEE = "«Өзенмұнайгаз» ереуіл комитеті"
ITEM = f"Кеңеске делегаттар сайлау ({KAZAKH_LETTERS})"
OFFICE = "Маңғыстау жұмысшы комитеттері кеңесіне делегат"
BODY = "Маңғыстау жұмысшы комитеттері кеңесі"
COMMISSION = ("Бекмырзаев Асхат Тұрсынұлы", "Ким Виктор Алексеевич", "Жанғабылов Серік Нұрланұлы")
SIGNED = ("А.Т. Бекмырзаев", "В.А. Ким", "С.Н. Жанғабылов")
# In ballot order: two members, the member with Kazakh letters, a name typed like markup.
CANDIDATES = ("Қожахметов Бауыржан Асқарұлы", "Сәрсенбаева Динара Болатқызы", KAZAKH_NAME, MARKUP_NAME)
VOTES = (70, 40, 61, 12)
WORDS = {
    "kk": {
        "ballot": "БЮЛЛЕТЕНЬ", "secret": "жасырын дауыс беруге арналған", "assembly": "Жалпы жиналыс № 1, 05.01.2026",
        "leave": "2 кандидаттан артық белгілемеңіз", "protocol": "САНАҚ КОМИССИЯСЫНЫҢ ХАТТАМАСЫ",
        "figures": ("Жиналысқа тіркелгендер саны 100", "Берілген бюллетеньдер саны 96",
                    "Дауыс беру жәшігінен табылған бюллетеньдер саны 95", "Жарамсыз бюллетеньдер саны 3",
                    "Жарамды бюллетеньдер саны 92"),
        "rule": "тіркелгендердің жартысынан астамы — 100 адамнан кемінде 51", "elected": "Сайланды:", "results": ("сайланды", "сайланбады"),
        "chair": "Санақ комиссиясының төрағасы", "member": "Санақ комиссиясының мүшесі",
    },
    "ru": {
        "ballot": "БЮЛЛЕТЕНЬ", "secret": "для тайного голосования", "assembly": "Общее собрание № 1 от 05.01.2026",
        "leave": "Отметьте не более 2 кандидатов", "protocol": "ПРОТОКОЛ СЧЁТНОЙ КОМИССИИ",
        "figures": ("Зарегистрировано участников собрания 100", "Выдано бюллетеней 96",
                    "Обнаружено бюллетеней в ящике для голосования 95", "Недействительных бюллетеней 3",
                    "Действительных бюллетеней 92"),
        "rule": "не менее 51 из 100", "elected": "Избраны:", "results": ("избран(а)", "не избран(а)"),
        "chair": "Председатель счётной комиссии", "member": "Член счётной комиссии",
    },
    "en": {
        "ballot": "BALLOT PAPER", "secret": "for the secret ballot", "assembly": "General assembly No. 1 of 05.01.2026",
        "leave": "Mark no more than 2 candidates", "protocol": "COUNTING COMMISSION'S PROTOCOL",
        "figures": ("Registered at the assembly 100", "Ballots issued 96", "Ballots found in the ballot box 95",
                    "Invalid ballots 3", "Valid ballots 92"),
        "rule": "at least 51 of 100", "elected": "Elected:", "results": ("elected", "not elected"),
        "chair": "Chair of the counting commission", "member": "Member of the counting commission",
    },
}  # fmt: skip


@pytest.fixture
def election(store):
    """A general assembly of 1,260 workers with 100 registered; its item 2 elects 2 delegates
    by secret ballot from 4 candidates. Returns the election, its ballot and the members."""
    profile.save_profile(store, name=COMMITTEE, kind="workplace", locality="Жаңаөзен", default_language="kk")
    people = [members.add_member(store, full_name=name) for name in CANDIDATES[:3]]
    assembly = assemblies.create_assembly(
        store,
        kind=AssemblyKind.general_assembly,
        starts_at=datetime(2026, 1, 5, 11, 0),
        place="Мұнайшылар мәдениет үйі",
        entitled=1260,
        registered_others=98,
    )
    for member in people[:2]:
        assemblies.set_presence(store, assembly.id, member.id, "present")
    assemblies.add_agenda_item(store, assembly.id, title="Ашылуы")
    item = assemblies.add_agenda_item(store, assembly.id, title=ITEM)
    chosen = elections.create_election(
        store,
        item.id,
        office=OFFICE,
        body=BODY,
        seats=2,
        quota="registered_majority",
        counting_commission="\n".join(COMMISSION),
        mandate_until="2027-01-05",
    )
    ballot = [elections.add_candidate(store, chosen.id, member_id=member.id) for member in people]
    ballot.append(elections.add_candidate(store, chosen.id, name=MARKUP_NAME))
    return chosen, ballot, people


def counted(store, chosen, ballot) -> None:
    elections.set_ballot_figures(store, chosen.id, issued=96, found=95, invalid=3)
    elections.set_votes(store, chosen.id, {row.id: votes for row, votes in zip(ballot, VOTES, strict=True)})


def in_order(page: str, names) -> bool:
    places = [page.find(normalised(name)) for name in names]
    return -1 not in places and places == sorted(places)


# --- ballot papers ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_ballots_are_two_to_a_page_each_the_same_with_the_candidates_in_ballot_order(store, election, tmp_path, language):
    words = WORDS[language]

    contents = read_pdf(print_ballots(store, 1, 2, tmp_path / "ballots.pdf", PaperChoice(language), copies=3))

    assert len(contents.pages) == 2
    first, second = contents.page_bodies
    assert first.count(words["ballot"]) == 2 and second.count(words["ballot"]) == 1
    # The lower ballot is the upper one again: nothing on a ballot tells one from another.
    assert first == f"{second} {second}"
    for needed in (COMMITTEE, words["secret"], words["assembly"], OFFICE, words["leave"]):
        assert normalised(needed) in second, needed
    assert in_order(second, CANDIDATES)
    assert all(f"{position}." in second for position in range(1, 5))
    # No page number, no date of printing: the pages hold the ballots and nothing else.
    assert contents.pages == contents.page_bodies
    for footer in PAGE_FOOTERS.values():
        assert footer.format(page=1, pages=2) not in contents.text
    assert_fonts_embedded(contents)


def test_the_ballot_lists_the_candidates_in_the_order_the_user_set(store, election, tmp_path):
    _chosen, ballot, _people = election
    elections.move_candidate(store, ballot[3].id, 1)
    elections.move_candidate(store, ballot[2].id, 2)

    contents = read_pdf(print_ballots(store, 1, 2, tmp_path / "ballots.pdf", PaperChoice("ru"), copies=1))

    assert len(contents.pages) == 1
    assert in_order(contents.body, (MARKUP_NAME, KAZAKH_NAME, CANDIDATES[0], CANDIDATES[1]))


def test_a_long_ballot_takes_a_page_of_its_own(store, election, tmp_path):
    chosen, _ballot, _people = election
    for number in range(1, 13):
        elections.add_candidate(store, chosen.id, name=f"Кандидат Нөмір{number} Қайратұлы")

    contents = read_pdf(print_ballots(store, 1, 2, tmp_path / "ballots.pdf", PaperChoice("kk"), copies=2))

    assert len(contents.pages) == 2
    for page in contents.page_bodies:
        assert page.count("БЮЛЛЕТЕНЬ") == 1 and "16. Кандидат Нөмір12 Қайратұлы" in page


def test_by_default_there_is_a_ballot_for_each_one_registered(store, election, tmp_path):
    contents = read_pdf(print_ballots(store, 1, 2, tmp_path / "ballots.pdf", PaperChoice("en")))
    assert len(contents.pages) == 50 and contents.text.count("BALLOT PAPER") == 100


@pytest.mark.parametrize(
    ("seats", "russian", "kazakh"),
    [
        (1, "Отметьте одного кандидата", "Бір ғана кандидатты белгілеңіз"),
        (3, "Отметьте не более 3 кандидатов", "3 кандидаттан артық белгілемеңіз"),
        (11, "Отметьте не более 11 кандидатов", "11 кандидаттан артық"),
        (21, "Отметьте не более 21 кандидата", "21 кандидаттан артық"),
        (25, "Отметьте не более 25 кандидатов", "25 кандидаттан артық"),
    ],
)
def test_the_instruction_says_how_many_candidates_to_mark(seats, russian, kazakh):
    assert instruction("ru", seats).startswith(russian)
    assert instruction("kk", seats).startswith(kazakh)
    assert str(seats) in instruction("en", seats) or seats == 1


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ("redacted", ValidationError, "no redacted form"),
        ("open", RuleViolation, "open vote"),
        ("no_candidates", RuleViolation, "no candidates yet"),
        ("other_item", NotFound, "Item 1 of assembly No. 1 holds no election"),
        ("copies", ValidationError, "from 1 to 20000, not 0"),
    ],
)
def test_ballots_that_cannot_be_printed_are_refused_and_nothing_is_written(store, election, tmp_path, change, error, message):
    chosen, ballot, _people = election
    item, choice, copies = 2, PaperChoice("ru"), 2
    if change == "redacted":
        choice = PaperChoice("ru", redacted=True)
    elif change == "open":
        elections.update_election(store, chosen.id, ballot_kind="open")
    elif change == "no_candidates":
        for row in ballot:
            elections.remove_candidate(store, row.id)
    elif change == "other_item":
        item = 1
    else:
        copies = 0
    with pytest.raises(error, match=message):
        print_ballots(store, 1, item, tmp_path / "ballots.pdf", choice, copies=copies)
    assert not (tmp_path / "ballots.pdf").exists()


# --- the counting commission's protocol --------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_count_protocol_gives_the_figures_the_votes_and_the_result_signed_by_the_commission(
    store, election, tmp_path, language
):
    chosen, ballot, _people = election
    counted(store, chosen, ballot)
    words = WORDS[language]

    contents = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice(language)))

    body = contents.body
    assert words["protocol"] in contents.page_bodies[0] and normalised(COMMITTEE) in contents.page_bodies[0]
    for needed in (words["assembly"], f"2. {ITEM}", OFFICE, *COMMISSION, words["rule"], *words["figures"]):
        assert normalised(needed) in body, needed
    assert in_order(body, CANDIDATES)
    for name, votes in zip(CANDIDATES, VOTES, strict=True):
        assert normalised(f"{name} {votes}") in body, name
    elected, not_elected = words["results"]
    assert body.count(f" {not_elected}") == 2
    last = contents.page_bodies[-1]
    # The result and every member's signature on one page.
    assert normalised(f"{words['elected']} {CANDIDATES[0]}, {KAZAKH_NAME}") in last
    assert words["chair"] in last and last.count(words["member"]) == 2
    assert all(name in last for name in SIGNED)
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


def test_before_the_count_the_protocol_is_a_form_to_fill_in(store, election, tmp_path):
    contents = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice("ru")))
    body = contents.body
    assert "Зарегистрировано участников собрания 100" in body
    assert f"Выдано бюллетеней {BLANK}" in body and f"Действительных бюллетеней {BLANK}" in body
    assert f"{normalised(CANDIDATES[0])} {BLANK}" in body
    assert "избран" not in body and "Результат:" in body
    assert all(name in contents.page_bodies[-1] for name in SIGNED)


def test_an_open_vote_has_no_ballot_figures_and_a_commission_without_names_has_lines_to_sign(store, election, tmp_path):
    chosen, ballot, _people = election
    elections.update_election(store, chosen.id, ballot_kind="open", counting_commission="")
    elections.set_votes(store, chosen.id, {row.id: votes for row, votes in zip(ballot, VOTES, strict=True)})

    body = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice("en"))).body

    assert "on the results of the open vote" in body and "Ballots issued" not in body
    assert body.count("Member of the counting commission") == 2 and body.count(BLANK) >= 3


def test_a_tie_for_the_last_seat_is_shown(store, election, tmp_path):
    chosen, ballot, _people = election
    elections.update_election(store, chosen.id, quota="most_votes")
    elections.set_votes(store, chosen.id, {row.id: votes for row, votes in zip(ballot, (70, 40, 40, 12), strict=True)})

    body = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice("ru"))).body

    assert body.count("равенство голосов") == 2
    assert normalised(f"Равное число голосов (40) у кандидатов: {CANDIDATES[1]}, {KAZAKH_NAME}") in body
    assert normalised(f"Избран(а): {CANDIDATES[0]}.") in body


def test_a_long_count_repeats_its_header_on_each_page_and_ends_with_the_signatures(store, election, tmp_path):
    chosen, _ballot, _people = election
    for number in range(1, 61):
        elections.add_candidate(store, chosen.id, name=f"Кандидат Нөмір{number} Қайратұлы")

    contents = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice("ru")))

    assert len(contents.pages) >= 3
    header = "№ Кандидат Число голосов Результат"
    for page in contents.page_bodies[1:]:
        if "Нөмір" in page:
            assert page.startswith(header), page[:80]
    assert contents.page_bodies[0].count(header) == 1
    assert all(name in contents.page_bodies[-1] for name in SIGNED)


def test_the_redacted_count_protocol_names_people_by_their_initials(store, election, tmp_path):
    chosen, ballot, _people = election
    counted(store, chosen, ballot)

    contents = read_pdf(print_count_protocol(store, 1, 2, tmp_path / "count.pdf", PaperChoice("ru", redacted=True)))

    for full_name in (*CANDIDATES[:3], *COMMISSION):
        assert normalised(full_name) not in contents.text, full_name
    assert "Қ. Б. А." in contents.body and "Б. А. Т." in contents.body
    assert "Избраны: Қ. Б. А., Ө. Ұ. Һ." in contents.body


# --- the list of delegates ---------------------------------------------------------------------


@pytest.fixture
def delegates(store, election):
    """The election counted and declared, and one of the two recalled by a later assembly."""
    chosen, ballot, people = election
    counted(store, chosen, ballot)
    elections.declare_result(store, chosen.id)
    later = assemblies.create_assembly(store, kind=AssemblyKind.committee_meeting, starts_at=datetime(2026, 2, 2, 10, 0))
    for member in people[:2]:
        assemblies.set_presence(store, later.id, member.id, "present")
    item = assemblies.add_agenda_item(store, later.id, title="Делегатты кері шақыру")
    vote = assemblies.record_vote(store, item.id, question="Кері шақыру", votes_for=2, votes_against=0, votes_abstain=0)
    (kazakh,) = [row for row in elections.mandates(store) if row.name == KAZAKH_NAME]
    elections.recall_mandate(store, kazakh.id, vote.id, on=date(2026, 2, 3), note=f"Ақтауға көшті ({CANDIDATES[0]} ұсынды)")
    return store


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_delegates_list_gives_each_mandate_and_the_recalled_with_their_vote(delegates, tmp_path, language):
    contents = read_pdf(print_delegates(delegates, tmp_path / "delegates.pdf", PaperChoice(language), on=date(2026, 3, 1)))

    body = contents.body
    assert normalised(BODY) in body and "01.03.2026" in body
    held, recalled = body.index(normalised(CANDIDATES[0])), body.index(normalised(KAZAKH_NAME))
    assert held < recalled
    assert normalised(f"{CANDIDATES[0]} {OFFICE} 05.01.2026 05.01.2027") in body[:recalled]
    # The recalled: when the mandate began and ended, the vote that ended it, and why.
    for needed in ("05.01.2026", "03.02.2026", "«Кері шақыру»", "2 / ", "Ақтауға көшті"):
        assert needed in body[recalled:], needed
    assert_fonts_embedded(contents)
    assert_page_footers(contents)


def test_a_term_that_ran_out_is_listed_apart(delegates, tmp_path):
    body = read_pdf(print_delegates(delegates, tmp_path / "delegates.pdf", PaperChoice("en"), on=date(2027, 2, 1))).body
    assert body.index("Recalled") < body.index("Terms ended") < body.rindex(normalised(CANDIDATES[0]))
    assert body.index(normalised(KAZAKH_NAME)) < body.index("Terms ended")


def test_the_redacted_delegates_list_names_them_by_their_initials(delegates, tmp_path):
    contents = read_pdf(print_delegates(delegates, tmp_path / "delegates.pdf", PaperChoice("ru", redacted=True)))
    for full_name in (CANDIDATES[0], KAZAKH_NAME):
        assert normalised(full_name) not in contents.text, full_name
    assert "Қ. Б. А." in contents.body and "Ө. Ұ. Һ." in contents.body
    assert "Қожахметов" not in contents.body


def test_with_nobody_elected_the_list_says_so(store, tmp_path):
    profile.save_profile(store, name=COMMITTEE)
    body = read_pdf(print_delegates(store, tmp_path / "delegates.pdf", PaperChoice("en"))).body
    assert "No one has been elected yet." in body


# --- from the command line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "options", "expected"),
    [
        ("ballots", ("--assembly", "1", "--item", "2", "--copies", "4"), "БЮЛЛЕТЕНЬ"),
        ("count-protocol", ("--assembly", "1", "--item", "2"), "САНАҚ КОМИССИЯСЫНЫҢ ХАТТАМАСЫ"),
        ("delegates", (), normalised(CANDIDATES[0])),
    ],
)
def test_the_command_line_prints_each_paper_in_the_committees_language(store, election, tmp_path, capsys, document, options, expected):
    chosen, ballot, _people = election
    counted(store, chosen, ballot)
    elections.declare_result(store, chosen.id)
    path = store.path
    store.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / f"{document}.pdf"

    code = cli.main(["--store", str(path), "--passphrase-file", str(secret), "print", document, *options, "-o", str(target)])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(target) in out and err == ""
    contents = read_pdf(target.read_bytes())
    assert expected in contents.body
    if document == "ballots":
        assert len(contents.pages) == 2 and contents.body.count(expected) == 4
    else:
        assert "беттің 1-беті" in contents.pages[0]  # Kazakh, the committee's language


def test_the_command_line_says_why_an_item_has_no_paper(store, election, tmp_path, capsys):
    path = store.path
    store.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "count.pdf"

    code = cli.main(["--store", str(path), "--passphrase-file", str(secret), "print", "count-protocol", "--assembly", "1", "--item", "1", "-o", str(target)])

    _out, err = capsys.readouterr()
    assert code == 1 and "Item 1 of assembly No. 1 holds no election." in err and "Traceback" not in err
    assert not target.exists()
