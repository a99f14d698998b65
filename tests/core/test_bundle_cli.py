"""`committee-app bundle export` and `bundle import`, and `print common-demands`, in-process.

Exit status: 0 done, 1 a message on stderr (never a traceback)."""

import getpass
import io
import sys
from datetime import datetime
from pathlib import Path

import pytest

from committee_app.cli import main
from committee_app.exchange import bundle_format
from committee_app.exchange.bundle_content import build_content
from committee_app.services import assemblies, demands, members
from committee_app.store import Store
from tests.printing.conftest import read_pdf

SECRET = "құпия сөз — тест 2026"
SHARED = "кеңес пен комитеттің ортақ сөзі"


@pytest.fixture(autouse=True)
def no_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def text_file(tmp_path: Path, name: str, text: str) -> Path:
    target = tmp_path / name
    target.write_text(text + "\n", encoding="utf-8")
    return target


@pytest.fixture
def files(tmp_path):
    return text_file(tmp_path, "secret.txt", SECRET), text_file(tmp_path, "shared.txt", SHARED)


def new_store(capsys, tmp_path, secret, name, kind) -> Path:
    path = tmp_path / f"{kind}.store"
    code, _, err = run(capsys, "--store", path, "--passphrase-file", secret, "init", "--name", name, "--kind", kind)
    assert code == 0, err
    return path


@pytest.fixture
def committee(capsys, tmp_path, files):
    path = new_store(capsys, tmp_path, files[0], "Стачком Жаңаөзен", "workplace")
    store = Store.open(path, SECRET)
    members.add_member(store, full_name="Өтегенова Ұлжан", role="delegate", phone="+7 702 111 22 33")
    assembly = assemblies.create_assembly(store, starts_at=datetime(2022, 1, 4, 10, 0), entitled=100)
    assemblies.update_assembly(store, assembly.id, registered_others=80)
    item = assemblies.add_agenda_item(store, assembly.id, title="Талаптар")
    vote = assemblies.record_vote(store, item.id, question="Қабылдау", votes_for=70, votes_against=5, votes_abstain=5)
    demands.propose_and_adopt_demand(store, vote.id, title="Жалақыны көтеру")
    assemblies.close_assembly(store, assembly.id)
    store.close()
    return path


@pytest.fixture
def council(capsys, tmp_path, files):
    return new_store(capsys, tmp_path, files[0], "Маңғыстау кеңесі", "council")


def test_a_committee_exports_and_its_council_imports_then_prints_the_common_demands(capsys, tmp_path, files, committee, council):
    secret, shared = files
    bundle = tmp_path / "for-the-council.cdcb"
    code, out, err = run(
        capsys, "--store", committee, "--passphrase-file", secret, "bundle", "export", "-o", bundle,
        "--bundle-passphrase-file", shared,
    )  # fmt: skip
    assert code == 0, err
    assert f"Wrote the bundle {bundle}: 1 held assemblies, 1 adopted demands." in out
    assert "No member is named in it." in out

    code, out, err = run(capsys, "--store", council, "--passphrase-file", secret, "bundle", "import", bundle, "--bundle-passphrase-file", shared)
    assert code == 0, err
    assert "Imported the bundle of Стачком Жаңаөзен written on" in out
    code, out, err = run(capsys, "--store", council, "--passphrase-file", secret, "bundle", "import", bundle, "--bundle-passphrase-file", shared)
    assert code == 0, err
    assert "Updated from the bundle of Стачком Жаңаөзен" in out

    pdf = tmp_path / "common.pdf"
    code, out, err = run(capsys, "--store", council, "--passphrase-file", secret, "print", "common-demands", "-o", pdf, "--lang", "kk")
    assert code == 0, err
    contents = read_pdf(pdf.read_bytes())
    assert "ОРТАҚ ТАЛАПТАР" in contents.text and "Жалақыны көтеру" in contents.text and "Стачком Жаңаөзен" in contents.text


def test_the_delegates_are_named_only_with_the_option_and_the_user_is_told(capsys, tmp_path, files, committee):
    secret, shared = files
    bundle = tmp_path / "named.cdcb"
    code, out, err = run(
        capsys, "--store", committee, "--passphrase-file", secret, "bundle", "export", "-o", bundle,
        "--bundle-passphrase-file", shared, "--include-delegates",
    )  # fmt: skip
    assert code == 0, err
    assert "It names 1 delegates (names only)" in err
    content = bundle_format.read_bundle_file(bundle, SHARED)
    assert [delegate["full_name"] for delegate in content["delegates"]] == ["Өтегенова Ұлжан"]


def test_without_a_file_the_shared_passphrase_is_asked_twice_without_echo(capsys, tmp_path, files, committee, monkeypatch):
    secret, _shared = files
    asked = []

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr(getpass, "getpass", lambda label: asked.append(label) or SHARED)
    bundle = tmp_path / "typed.cdcb"
    code, _out, err = run(capsys, "--store", committee, "--passphrase-file", secret, "bundle", "export", "-o", bundle)
    assert code == 0, err
    assert asked == ["Passphrase shared with the council: ", "Type the passphrase again: "]
    assert bundle_format.read_bundle_file(bundle, SHARED)["sender"]["name"] == "Стачком Жаңаөзен"


def test_refusals_are_messages_and_change_nothing(capsys, tmp_path, files, committee, council):
    secret, shared = files
    store = Store.open(committee, SECRET)
    older, newer = (build_content(store, now=datetime(2022, 1, day, 9, 0).astimezone()) for day in (5, 7))
    store.close()
    for name, content in (("older", older), ("newer", newer)):
        (tmp_path / f"{name}.cdcb").write_bytes(bundle_format.seal(content, SHARED, salt=bytes(16)))
    code, _out, err = run(capsys, "--store", council, "--passphrase-file", secret, "bundle", "import", tmp_path / "newer.cdcb", "--bundle-passphrase-file", shared)
    assert code == 0, err
    before = council.read_bytes()

    cases = [
        (tmp_path / "older.cdcb", shared, "before the one already imported"),
        (tmp_path / "newer.cdcb", text_file(tmp_path, "wrong.txt", "басқа сөз басқа сөз"), "Wrong passphrase for this bundle"),
        (tmp_path / "missing.cdcb", shared, "There is no bundle file"),
        (text_file(tmp_path, "members.csv", "name,phone"), shared, "is not a Committee Desk bundle"),
    ]
    for bundle, passphrase, message in cases:
        code, _out, err = run(capsys, "--store", council, "--passphrase-file", secret, "bundle", "import", bundle, "--bundle-passphrase-file", passphrase)
        assert code == 1
        assert message in err
        assert "Traceback" not in err and "Sorry" not in err
    assert "05.01.2022" in run(
        capsys, "--store", council, "--passphrase-file", secret, "bundle", "import", tmp_path / "older.cdcb", "--bundle-passphrase-file", shared
    )[2]
    assert council.read_bytes() == before

    # A committee's own bundle, back in its own store.
    code, _out, err = run(capsys, "--store", committee, "--passphrase-file", secret, "bundle", "import", tmp_path / "newer.cdcb", "--bundle-passphrase-file", shared)
    assert code == 1 and "this very store" in err
