"""`committee-app elections show` and the options of the election papers, driven in-process
so that the fast test KDF applies.

Exit status: 0 and the results on stdout; 1 and a message on stderr (never a traceback) for
what the user can fix; 2 for a mistyped command.
"""

import re

import pytest

from committee_app import cli
from committee_app.cli import main

SECRET = "құпия сөз — сайлау 2026"
# "    1. Қожахметов Бауыржан Асқарұлы      498  elected"
CANDIDATE_LINE = re.compile(r"^ +(?P<position>\d+)\. (?P<name>.+?) {2,}(?P<votes>\d+|—)(?:  (?P<result>\S+))?$")


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_usage_error(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    """The demo store, made by `demo --no-gui --yes`; returns the options that open it."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    store = tmp_path / "stores" / "demo.store"
    code, _, err = run(capsys, "--store", store, "--passphrase-file", secret, "demo", "--no-gui", "--yes")
    assert code == 0, err
    return ("--store", store, "--passphrase-file", secret)


def test_show_prints_each_candidates_votes_in_ballot_order_and_who_is_elected(demo, capsys):
    code, out, err = run(capsys, *demo, "elections", "show", "--assembly", 2)

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Item 6. Об избрании делегатов в Совет рабочих комитетов Мангистау"
    assert "  Election: Делегат в Совет рабочих комитетов Мангистау — Совет рабочих комитетов Мангистау" in lines
    assert "  Seats: 3. Secret ballot. More than half of those registered: at least 330 votes of 658 registered." in lines
    assert "  Ballots: issued 650, in the ballot box 648, invalid 6, valid 642." in lines
    rows = [CANDIDATE_LINE.match(line) for line in lines if CANDIDATE_LINE.match(line)]
    assert [(row["name"].split()[0], row["votes"], row["result"]) for row in rows] == [
        ("Қожахметов", "498", "elected"),
        ("Тұрсынбаев", "431", "elected"),
        ("Сәрсенбаева", "402", "elected"),
        ("Петренко", "288", None),
        ("Ермеков", "196", None),
    ]
    # The votes stand in one column, however long the names.
    assert len({row.end("votes") for row in rows}) == 1
    assert "  Elected: Қожахметов Бауыржан Асқарұлы, Тұрсынбаев Нұрлан Қайратұлы, Сәрсенбаева Динара Болатқызы." in lines
    assert "  Mandates from 05.01.2026 to 05.01.2027." in lines
    assert lines[-1].startswith("  Declared in the minutes on 05.01.2026")


def test_show_says_when_an_assembly_holds_no_election(demo, capsys):
    code, out, err = run(capsys, *demo, "elections", "show", "--assembly", 1)
    assert (code, out, err) == (0, "Assembly No. 1 holds no election.\n", "")


def test_show_of_an_assembly_not_there_is_a_message_not_a_traceback(demo, capsys):
    code, out, err = run(capsys, *demo, "elections", "show", "--assembly", 9)
    assert code == 1 and out == ""
    assert "There is no assembly with protocol number 9." in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("elections",), "the following arguments are required: ACTION"),
        (("elections", "show"), "the following arguments are required: --assembly"),
        (("elections", "show", "--assembly", "two"), "a protocol number is a whole number from 1"),
        (("print", "ballots", "--assembly", "2", "--item", "0", "-o", "b.pdf"), "an agenda item's number is a whole number from 1"),
        (("print", "ballots", "--assembly", "2", "--item", "6", "--copies", "0", "-o", "b.pdf"), "from 1 to 20000, not 0"),
        (("print", "count-protocol", "--assembly", "2", "-o", "c.pdf"), "the following arguments are required: --item"),
    ],
)
def test_mistyped_election_commands_are_usage_errors(capsys, argv, message):
    code, _out, err = run_usage_error(capsys, *argv)
    assert code == 2 and message in err


def test_sectors_is_the_same_option_as_sheets():
    parser = cli.build_parser()
    assert parser.parse_args(["print", "tally", "--assembly", "2", "--item", "1", "--sectors", "7", "-o", "t.pdf"]).sheets == 7
    assert parser.parse_args(["print", "tally", "--assembly", "2", "--item", "1", "--sheets", "7", "-o", "t.pdf"]).sheets == 7


def test_a_redacted_ballot_is_refused_before_the_passphrase_is_asked(tmp_path, capsys):
    code, _out, err = run(capsys, "--store", tmp_path / "none.store", "print", "ballots", "--assembly", 2, "--item", 6,
                          "-o", tmp_path / "b.pdf", "--redacted")  # fmt: skip
    assert code == 1 and "no redacted form" in err and "passphrase" not in err.lower()
    assert not (tmp_path / "b.pdf").exists()
