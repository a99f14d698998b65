"""Paper in Kazakh or Russian carries no English label: every word the app prints on its own
(not what the secretary typed) comes from the document's translation."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from committee_app.printing.agenda import print_agenda
from committee_app.printing.demands_paper import print_demands
from committee_app.printing.document import PaperChoice
from committee_app.printing.minutes import print_minutes
from committee_app.printing.roster import print_roster
from committee_app.printing.signin import print_signin_sheet
from tests.printing.conftest import read_pdf

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
DOCUMENTS = {
    "agenda": lambda store, path, choice: print_agenda(store, 1, path, choice),
    "sign-in sheet": lambda store, path, choice: print_signin_sheet(store, 1, path, choice),
    "minutes": lambda store, path, choice: print_minutes(store, 1, path, choice),
    "demands": print_demands,
    "roster": print_roster,
}
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def printed_words(language: str) -> dict[str, str]:
    """Each English fragment the printing code may put on paper → its translation."""
    words = {}
    for context in ElementTree.parse(TRANSLATIONS / f"committee_app_{language}.ts").getroot().iter("context"):
        name = context.findtext("name")
        if not (name.startswith("print") or name == "labels"):
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation") or ""
            for fragment in PLACEHOLDER.split(source):
                fragment = fragment.strip(" .,:;·/()—-")
                # Short fragments ("No", "of") could be part of any word; they say nothing.
                if len(fragment) >= 5 and fragment not in translation:
                    words[fragment] = translation
    return words


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_english_label_is_left_in_the_document(printed_store, tmp_path, language, document):
    data = DOCUMENTS[document](printed_store, tmp_path / "paper.pdf", PaperChoice(language, "a4"))
    printed = read_pdf(data).text
    left = sorted(fragment for fragment in printed_words(language) if fragment in printed)
    assert left == []


def test_the_check_finds_english_labels_in_an_english_document(printed_store, tmp_path):
    data = print_minutes(printed_store, 1, tmp_path / "paper.pdf", PaperChoice("en", "a4"))
    printed = read_pdf(data).text
    assert len([fragment for fragment in printed_words("ru") if fragment in printed]) > 10
