"""`committee-app print …`, driven in-process so that the fast test KDF applies.

Exit status: 0 and the path written on stdout; 1 and a message (never a traceback) for
what the user can fix, with no file left behind; 2 for a mistyped command.
"""

import errno
import io
import os
import subprocess
import sys
import tempfile

import pytest
from pypdf import PdfReader

from committee_app import cli
from committee_app.cli import main
from committee_app.printing.assembly_papers import read_assembly_papers
from committee_app.printing.document import PAPERS
from committee_app.printing.signin_rows import MOST_BLANK_ROWS
from committee_app.services import members, profile
from committee_app.store import Store
from tests.printing.conftest import normalised, read_pdf

SECRET = "құпия сөз — баспа 2026"
ASSEMBLY_DOCUMENTS = ("agenda", "signin", "minutes")


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
def secret_file(tmp_path):
    target = tmp_path / "passphrase.txt"
    target.write_text(SECRET + "\n", encoding="utf-8")
    return target


@pytest.fixture
def demo(tmp_path, secret_file, capsys):
    """The demo store, made by `demo --no-gui --yes`; returns the options that open it."""
    store = tmp_path / "stores" / "demo.store"
    code, _, err = run(capsys, "--store", store, "--passphrase-file", secret_file, "demo", "--no-gui", "--yes")
    assert code == 0, err
    return ("--store", store, "--passphrase-file", secret_file)


@pytest.fixture
def papers(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    return folder


def committee_name(store_options) -> str:
    store = Store.open(store_options[1], SECRET)
    try:
        return profile.get_profile(store).name
    finally:
        store.close()


@pytest.mark.parametrize("document", ASSEMBLY_DOCUMENTS)
def test_an_assembly_document_is_written_and_its_path_said(demo, papers, capsys, document):
    path = papers / f"{document}.pdf"

    code, out, err = run(capsys, *demo, "print", document, "--assembly", 1, "-o", path, "--lang", "kk")

    assert code == 0, err
    assert str(path) in out
    assert err == ""
    contents = read_pdf(path.read_bytes())
    assert normalised(committee_name(demo)) in contents.pages[0]
    assert "беттің 1-беті" in contents.pages[0]  # in Kazakh, as asked with --lang kk


def test_the_demands_are_written(demo, papers, capsys):
    path = papers / "demands.pdf"

    code, out, err = run(capsys, *demo, "print", "demands", "-o", path)

    assert code == 0, err
    assert str(path) in out
    assert "Повышение заработной платы на 100%" in read_pdf(path.read_bytes()).text


def test_the_roster_is_written_with_a_warning_that_it_holds_personal_data(demo, papers, capsys):
    path = papers / "roster.pdf"

    code, out, err = run(capsys, *demo, "print", "roster", "-o", path)

    assert code == 0, err
    assert str(path) in out
    assert "personal data" in err and "unencrypted" in err and str(path) in err
    assert "Жұмабаев Қайрат" in read_pdf(path.read_bytes()).text


def test_the_roster_lists_members_who_left_only_when_asked(demo, papers, capsys):
    left = "Шықты Ерболат"
    store = Store.open(demo[1], SECRET)
    try:
        members.add_member(store, full_name=left, status="left")
    finally:
        store.close()

    run(capsys, *demo, "print", "roster", "-o", papers / "in.pdf")
    code, _, err = run(capsys, *demo, "print", "roster", "-o", papers / "all.pdf", "--include-left")

    assert code == 0, err
    assert left not in read_pdf((papers / "in.pdf").read_bytes()).text
    assert left in read_pdf((papers / "all.pdf").read_bytes()).text


def test_the_language_defaults_to_the_committees_and_can_be_chosen(demo, papers, capsys):
    # Member statuses are words already translated: the status column shows the language.
    run(capsys, *demo, "print", "roster", "-o", papers / "default.pdf")
    run(capsys, *demo, "print", "roster", "-o", papers / "kk.pdf", "--lang", "kk")
    run(capsys, *demo, "print", "roster", "-o", papers / "en.pdf", "--lang", "en")

    assert "Активный" in read_pdf((papers / "default.pdf").read_bytes()).text  # the demo's: ru
    assert "Белсенді" in read_pdf((papers / "kk.pdf").read_bytes()).text
    assert "Active" in read_pdf((papers / "en.pdf").read_bytes()).text


def test_a_committee_whose_documents_are_kazakh_prints_in_kazakh(demo, papers, capsys):
    store = Store.open(demo[1], SECRET)
    try:
        profile.save_profile(store, default_language="kk")
    finally:
        store.close()

    code, _, err = run(capsys, *demo, "print", "roster", "-o", papers / "roster.pdf")

    assert code == 0, err
    assert "Белсенді" in read_pdf((papers / "roster.pdf").read_bytes()).text


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_the_paper_is_a4_unless_letter_is_asked(demo, papers, capsys, paper, size):
    options = () if paper == "a4" else ("--paper", "letter")

    code, _, err = run(capsys, *demo, "print", "agenda", "--assembly", 1, "-o", papers / "agenda.pdf", *options)

    assert code == 0, err
    box = PdfReader(papers / "agenda.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == size


def test_the_paper_choices_are_the_printing_papers():
    assert set(cli.PAPER_NAMES) == set(PAPERS)


@pytest.mark.parametrize("document", ASSEMBLY_DOCUMENTS)
def test_a_missing_assembly_is_named_and_nothing_written(demo, papers, capsys, document):
    code, out, err = run(capsys, *demo, "print", document, "--assembly", 4242, "-o", papers / "x.pdf")

    assert code == 1
    assert "4242" in err and "no assembly" in err
    assert "Traceback" not in err and out == ""
    assert list(papers.iterdir()) == []


def test_a_failed_print_leaves_an_earlier_file_as_it_was(demo, papers, capsys):
    earlier = papers / "agenda.pdf"
    earlier.write_bytes(b"the agenda printed yesterday")

    code, _, _ = run(capsys, *demo, "print", "agenda", "--assembly", 4242, "-o", earlier)

    assert code == 1
    assert earlier.read_bytes() == b"the agenda printed yesterday"
    assert [file.name for file in papers.iterdir()] == ["agenda.pdf"]


def test_a_missing_folder_is_said_before_the_passphrase_is_asked(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    target = tmp_path / "no such folder" / "roster.pdf"

    code, _, err = run(capsys, "--store", demo[1], "print", "roster", "-o", target)

    assert code == 1
    assert "There is no folder" in err and str(target.parent) in err
    assert "Traceback" not in err
    assert not target.parent.exists()


def test_a_folder_given_as_the_output_is_refused(demo, papers, capsys):
    code, _, err = run(capsys, *demo, "print", "demands", "-o", papers)

    assert code == 1
    assert "is a folder" in err
    assert list(papers.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_refused(demo, papers, capsys):
    not_a_folder = papers / "notes.txt"
    not_a_folder.write_text("")

    code, _, err = run(capsys, *demo, "print", "demands", "-o", not_a_folder / "demands.pdf")

    assert code == 1
    assert "There is no folder" in err
    assert [file.name for file in papers.iterdir()] == ["notes.txt"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs permissions that bind (not root)")
def test_a_read_only_folder_is_refused(demo, papers, capsys):
    papers.chmod(0o555)
    try:
        code, _, err = run(capsys, *demo, "print", "demands", "-o", papers / "demands.pdf")
    finally:
        papers.chmod(0o755)

    assert code == 1
    assert "No permission" in err
    assert list(papers.iterdir()) == []


@pytest.mark.parametrize("failure", [errno.EACCES, errno.EROFS, errno.ENOSPC], ids=["denied", "read-only", "full"])
def test_a_disk_that_refuses_the_file_is_a_message_and_leaves_nothing(demo, papers, capsys, monkeypatch, failure):
    """What the check before writing cannot see (a read-only disk seen as writable, a full disk)."""

    def refuse(*_args, **_kwargs):
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)

    code, out, err = run(capsys, *demo, "print", "roster", "-o", papers / "roster.pdf")

    assert code == 1
    assert str(papers / "roster.pdf") in err and "Nothing was changed" in err
    assert "Traceback" not in err and out == ""
    assert list(papers.iterdir()) == []


def test_a_wrong_passphrase_writes_nothing(demo, papers, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")

    code, _, err = run(capsys, "--store", demo[1], "--passphrase-file", wrong, "print", "demands", "-o", papers / "d.pdf")

    assert code == 1
    assert "Traceback" not in err
    assert list(papers.iterdir()) == []


@pytest.mark.parametrize(
    "arguments",
    [
        ("agenda", "--assembly", "1", "-o", "x.pdf", "--lang", "de"),
        ("agenda", "--assembly", "1", "-o", "x.pdf", "--paper", "a3"),
        ("agenda", "--assembly", "first", "-o", "x.pdf"),
        ("agenda", "-o", "x.pdf"),
        ("agenda", "--assembly", "1", "-o", "x.pdf", "--blank-rows", "5"),
        ("roster",),
        ("invoice", "-o", "x.pdf"),
        (),
    ],
    ids=["language", "paper", "number", "no-assembly", "blank-rows-on-an-agenda", "no-output", "document", "nothing"],
)
def test_a_mistyped_print_command_is_a_usage_error(demo, papers, capsys, monkeypatch, arguments):
    monkeypatch.chdir(papers)

    code, _, err = run_usage_error(capsys, *demo, "print", *arguments)

    assert code == 2
    assert "usage:" in err
    assert list(papers.iterdir()) == []


# --- the sign-in sheet's blank rows ------------------------------------------------------------


def listed_members(store_options, number: int) -> int:
    store = Store.open(store_options[1], SECRET)
    try:
        return len(read_assembly_papers(store, number, with_sign_in_lines=True).sign_in_lines)
    finally:
        store.close()


@pytest.mark.parametrize("blank_rows", [0, 5])
def test_the_sign_in_sheet_has_the_blank_rows_asked_for(demo, papers, capsys, blank_rows):
    path = papers / "signin.pdf"
    listed = listed_members(demo, 3)

    code, out, err = run(capsys, *demo, "print", "signin", "--assembly", 3, "-o", path, "--lang", "en", "--blank-rows", blank_rows)

    assert code == 0, err
    last_page = read_pdf(path.read_bytes()).page_bodies[-1]
    numbers = [int(word) for word in last_page.split() if word.isdigit()]
    assert numbers[-blank_rows - 1 :] == list(range(listed, listed + blank_rows + 1))
    assert "Registered in total: ________________ people. Secretary of the assembly" in last_page


@pytest.mark.parametrize("blank_rows", ["-1", str(MOST_BLANK_ROWS + 1), "many", "2.5", ""])
def test_a_number_of_blank_rows_out_of_reason_is_refused_before_the_passphrase(
    demo, papers, capsys, monkeypatch, blank_rows
):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    code, out, err = run(
        capsys, "--store", demo[1], "print", "signin", "--assembly", 1, "-o", papers / "s.pdf", "--blank-rows", blank_rows
    )

    assert code == 1
    assert f"The sign-in sheet can have from 0 to {MOST_BLANK_ROWS} blank rows, not {blank_rows}." in err
    assert "passphrase" not in err.lower() and "Traceback" not in err and out == ""
    assert list(papers.iterdir()) == []


def test_the_refusal_speaks_the_users_language(papers):
    # A separate process: the command line makes its own Qt application for the translators.
    env = {**os.environ, "COMMITTEE_APP_LANGUAGE": "ru"}
    result = subprocess.run(
        [sys.executable, "-m", "committee_app", "--store", str(papers / "none.store"),
         "print", "signin", "--assembly", "1", "-o", str(papers / "s.pdf"), "--blank-rows", "-5"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip

    assert result.returncode == 1
    assert f"В листе регистрации может быть от 0 до {MOST_BLANK_ROWS} пустых строк, а не -5." in result.stderr
