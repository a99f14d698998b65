"""Export, then import: the same members come back, whatever their names, from CSV (either
separator) and from .xlsx, in every language of the headers; importing the file again adds
nobody.

Names are any Unicode text a name can hold: Kazakh, Russian and Latin letters, spaces, hyphens,
apostrophes, the characters spreadsheets read as formulas (= + - @), and any other letter,
mark, number, symbol or punctuation. Left out, because no member's name can hold them: control
characters (tabs, line breaks: the member form refuses them), surrogates (not text, UTF-8
cannot write them), unassigned code points such as U+FFFE (XML, and so .xlsx, cannot hold
them), line and paragraph separators (U+2028/U+2029, line breaks too) and spaces at either end
(the form trims them).
"""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from committee_app.exchange.member_export import export_members
from committee_app.exchange.member_import import RowStatus, commit_import, name_key, read_import_preview
from committee_app.models import Member
from committee_app.services.members import EDITABLE_FIELDS, add_members_in_bulk
from committee_app.store import Store
from committee_app.vocabulary import MemberRole, MemberStatus
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("unsynced_writes")

KAZAKH_AND_RUSSIAN = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
NAME_MARKS = " -'’ʼ.=+@"
ANY_CHARACTER = st.characters(exclude_categories=("Cc", "Cs", "Cn", "Zl", "Zp"))
NAME_CHARACTER = st.one_of(st.sampled_from(KAZAKH_AND_RUSSIAN + NAME_MARKS), st.sampled_from("AaZzÖüÇş"), ANY_CHARACTER)
LINE = st.text(NAME_CHARACTER, max_size=40).map(str.strip)
NAME = LINE.filter(bool)
PHONE = st.one_of(
    st.just(""),
    st.from_regex(r"\A(\+7|8) ?\(?7\d\d\)? ?\d{3}[- ]?\d\d[- ]?\d\d\Z"),
)
# Notes keep their line breaks (\n, as the member form writes them).
NOTES = st.text(st.one_of(NAME_CHARACTER, st.just("\n")), max_size=80).map(str.strip)
MEMBER = st.fixed_dictionaries(
    {
        "full_name": NAME,
        "phone": PHONE,
        "workplace": LINE,
        "unit": LINE,
        "occupation": LINE,
        "role": st.sampled_from(MemberRole),
        "status": st.sampled_from(MemberStatus),
        "joined_on": st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31))),
        "notes": NOTES,
    }
)
# Members the importer tells apart: two with one name (any case, any spacing) and no phone are one person.
MEMBERS = st.lists(MEMBER, min_size=1, max_size=12, unique_by=lambda member: name_key(member["full_name"]))
FORMATS = [("members.csv", ";"), ("members.csv", ","), ("members.xlsx", ";")]


@pytest.fixture
def second_store(tmp_path):
    opened = Store.create(tmp_path / "second" / "committee.store", PASSPHRASE)
    yield opened
    opened.close()


def members_of(store) -> list[tuple]:
    columns = [getattr(Member, name) for name in EDITABLE_FIELDS]
    with store.connection() as connection:
        return sorted(tuple(record) for record in connection.execute(select(*columns)))


def emptied(*stores) -> None:
    for store in stores:
        with store.connection() as connection:
            connection.execute(delete(Member))


@pytest.mark.parametrize("file_name, delimiter", FORMATS)
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=MEMBERS)
def test_export_then_import_gives_the_same_members(store, second_store, tmp_path, file_name, delimiter, language, people):
    emptied(store, second_store)
    add_members_in_bulk(store, people)
    path = tmp_path / file_name
    assert export_members(store, path, language=language, delimiter=delimiter) == len(people)

    preview = read_import_preview(second_store, path)
    assert [row.reason for row in preview.rows if row.status == RowStatus.error] == []
    summary = commit_import(second_store, preview)
    assert (summary.added, summary.errors) == (len(people), 0)
    assert members_of(second_store) == members_of(store)

    again = commit_import(second_store, read_import_preview(second_store, path))
    assert (again.added, again.skipped) == (0, len(people))
    assert members_of(second_store) == members_of(store)
