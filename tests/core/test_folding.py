"""Keys that let SQLite find and order names as Kazakh, Russian and English speakers expect."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from committee_app.folding import (
    digits_only,
    fold,
    member_search_key,
    phone_search_forms,
    search_alternatives,
    search_fold,
    sort_key,
)

AFTER = "\uffff"


# --- fold ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ҚАЙРАТ", "қайрат"),
        ("Қайрат", "қайрат"),
        ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),
        ("ЁЛКА", "ёлка"),
        ("Sergey PETRENKO", "sergey petrenko"),
        ("Straße", "strasse"),  # case folding, not just lowering
        ("ﬁnance", "finance"),  # compatibility ligature
        ("№５", "no5"),  # NFKC: numero sign and full-width digit
        ("и\u0306", "й"),  # decomposed й composes
        ("", ""),
    ],
)
def test_fold_makes_case_and_compatibility_forms_alike(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(("upper", "lower"), [("ҚАЙРАТ", "қайрат"), ("ЖҰМАБАЕВ", "жұмабаев"), ("ІҢКӘР", "іңкәр")])
def test_fold_of_upper_and_lower_case_is_the_same(upper, lower):
    assert fold(upper) == fold(lower)


# --- sort_key -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Әлия", "а" + AFTER + "лия"),
        ("  Бақыт ", "бак" + AFTER + "ыт"),
        ("Ұлан", "у" + AFTER + "лан"),
        ("Үміт", "у" + AFTER + AFTER + "мы" + AFTER + "т"),
        ("Ёлка", "е" + AFTER + "лка"),
        ("Һ", "х" + AFTER),
        ("Petr", "petr"),
    ],
)
def test_sort_key_places_kazakh_letters_after_their_base_letter(text, expected):
    assert sort_key(text) == expected


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Аяжан", "Әлия"),
        ("Әлия", "Бақыт"),
        ("Гүлнар", "Ғалым"),
        ("Ғалым", "Дина"),
        ("Ерлан", "Ёлка"),
        ("Ёлка", "Жанар"),
        ("Кирилл", "Қанат"),
        ("Қанат", "Лаура"),
        ("Нина", "Ңа"),
        ("Ңа", "Оспан"),
        ("Оспан", "Өмір"),
        ("Өмір", "Петр"),
        ("Уәли", "Ұлан"),
        ("Ұлан", "Үміт"),
        ("Үміт", "Фарид"),
        ("Хадиша", "Һади"),
        ("Һади", "Цой"),
        ("Ыбырай", "Іңкәр"),
        ("Іңкәр", "Эльмира"),
        ("әлия", "БАҚЫТ"),  # case does not matter
        ("АЯЖАН", "әлия"),
    ],
)
def test_sort_key_orders_as_the_kazakh_alphabet(earlier, later):
    assert sort_key(earlier) < sort_key(later)
    # SQLite compares UTF-8 bytes; the order must hold there too.
    assert sort_key(earlier).encode() < sort_key(later).encode()


# --- member_search_key ----------------------------------------------------------


def test_member_search_key_has_every_field_folded_and_the_phone_as_digits():
    key = member_search_key("ҚАЙРАТ Жұмабаев", "+7 701 234 56 78", "ОзенМұнайГаз", "Цех №3")
    assert key.split("\n") == [
        "кайрат жумабаев", "+7 701 234 56 78", "77012345678", "87012345678", "озенмунайгаз", "цех no3"
    ]


one_line = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=20)
phone_like = st.text(st.sampled_from("0123456789 ()+-.\u2013\uff17"), max_size=20)


@given(full_name=one_line, phone=one_line | phone_like, workplace=one_line, unit=one_line)
def test_member_search_key_is_each_field_searchfolded_on_its_own_line(full_name, phone, workplace, unit):
    parts = [full_name, phone, *phone_search_forms(phone), workplace, unit]
    assert member_search_key(full_name, phone, workplace, unit) == "\n".join(search_fold(p) for p in parts if p)


@given(phone=phone_like)
def test_a_phone_of_plain_digits_has_the_forms_of_the_same_phone_written_with_a_long_dash(phone):
    # The long dash takes the folding way; a plain phone is read without it.
    assert phone_search_forms(phone.replace("\u2013", "-").replace("\uff17", "7")) == phone_search_forms(phone)


def test_member_search_key_leaves_out_empty_fields():
    assert member_search_key("Ерлан", "", "", "Цех") == "ерлан\nцех"


def test_member_search_key_of_a_phone_without_digits_keeps_only_the_typed_text():
    assert member_search_key("Ерлан", "нет", "", "") == "ерлан\nнет"


@pytest.mark.parametrize(("text", "expected"), [("+7 (701) 234-56-78", "77012345678"), ("нет", ""), ("a1b2", "12")])
def test_digits_only(text, expected):
    assert digits_only(text) == expected


# --- phone numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        # Kazakhstan and Russia: +7 and 8 in front of the same ten digits are one number.
        ("+7 702 555 3344", ["77025553344", "87025553344"]),
        ("8 (702) 555-33-44", ["87025553344", "77025553344"]),
        ("7025553344", ["77025553344", "87025553344"]),
        ("+7\u00a0702\u2011555\u201333\u201244", ["77025553344", "87025553344"]),  # pasted: no-break space, dashes
        ("８７０２５５５３３４４", ["87025553344", "77025553344"]),  # full-width digits
        # Two numbers in one field: each in both forms (those already among the digits as typed
        # are not repeated).
        ("+7 702 555 33 44, 8 701 111 22 33", ["7702555334487011112233", "87025553344", "77011112233"]),
        ("87025553344 (рабочий)", ["87025553344", "77025553344"]),
        # Not a Kazakh or Russian number: only its digits.
        ("555 33 44", ["5553344"]),
        ("+380 44 123 4567", ["380441234567"]),
        ("+1 202 555 0143", ["12025550143"]),
        ("нет", []),
        ("", []),
    ],
)
def test_phone_search_forms(phone, expected):
    assert phone_search_forms(phone) == expected


def key_matches(key: str, query: str) -> bool:
    """What the store does with a search: some reading of the query has every term in the key."""
    return any(all(term in key for term in terms) for terms in search_alternatives(query))


NATIONAL_NUMBERS = st.text(alphabet="0123456789", min_size=10, max_size=10)
PHONE_WRITINGS = [
    lambda n: f"+7 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
    lambda n: f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
    lambda n: f"8 {n[:3]} {n[3:6]} {n[6:]}",
    lambda n: f"8({n[:3]}){n[3:]}",
    lambda n: f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
    lambda n: f"7{n}",
    lambda n: f"8{n}",
    lambda n: f"+7{n}",
    lambda n: n,
    lambda n: f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
    lambda n: f"+7\u00a0{n[:3]}\u00a0{n[3:6]}\u2013{n[6:8]}\u2013{n[8:]}",
]


@given(
    national=NATIONAL_NUMBERS,
    stored=st.sampled_from(PHONE_WRITINGS),
    typed=st.sampled_from(PHONE_WRITINGS),
)
def test_a_number_written_one_way_is_found_typed_any_other_way(national, stored, typed):
    key = member_search_key("Ерлан", stored(national), "", "")
    assert key_matches(key, typed(national))


@given(national=NATIONAL_NUMBERS, stored=st.sampled_from(PHONE_WRITINGS), data=st.data())
def test_any_run_of_three_or_more_digits_of_the_number_finds_it(national, stored, data):
    start = data.draw(st.integers(0, 7))
    end = data.draw(st.integers(start + 3, 10))
    run = national[start:end]
    spaced = data.draw(st.booleans())
    typed = " ".join([run[:2], run[2:]]) if spaced and len(run) > 3 else run
    assert key_matches(member_search_key("Ерлан", stored(national), "", ""), typed)


# A whole number with its prefix: eleven digits, which no other number's eleven digits contain.
WHOLE_NUMBER_WRITINGS = [lambda n: f"8{n}", lambda n: f"+7{n}", lambda n: f"7{n}"]


@given(national=NATIONAL_NUMBERS, other=NATIONAL_NUMBERS, stored=st.sampled_from(PHONE_WRITINGS),
       typed=st.sampled_from(WHOLE_NUMBER_WRITINGS))
def test_a_whole_other_number_does_not_find_it(national, other, stored, typed):
    key = member_search_key("Ерлан", stored(national), "", "")
    assert key_matches(key, typed(other)) == (national == other)


@pytest.mark.parametrize(
    ("phone", "query", "found"),
    [
        ("+7 702 555 3344", "87025553344", True),
        ("+7 702 555 3344", "8 702 555 33 44", True),
        ("+7 702 555 3344", "8 (702) 555-33-44", True),
        ("+7 702 555 3344", "7025553344", True),
        ("+7 702 555 3344", "555 33", True),
        ("+7 702 555 3344", "8702", True),
        ("+7 702 555 3344", "+7 702", True),
        ("+7 702 555 3344", "８７０２５５５", True),
        ("+7 702 555 3344", "555\u201333\u201244", True),
        ("8 702 555 33 44", "+77025553344", True),
        ("8 702 555 33 44", "+7 702 555 33 44", True),
        ("702 555 33 44", "87025553344", True),
        ("+7 702 555 3344", "87025553345", False),
        ("+7 702 555 3344", "87015553344", False),
        ("+7 702 555 3344", "97025553344", False),
        # A local number has no known prefix: found by its own digits only.
        ("555 33 44", "5553344", True),
        ("555 33 44", "87025553344", False),
    ],
)
def test_phone_queries(phone, query, found):
    assert key_matches(member_search_key("Ерлан", phone, "", ""), query) == found


# --- search_fold ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kazakh", "typed_on_a_russian_keyboard"),
    [("Қайрат", "Кайрат"), ("Әсел", "Асел"), ("Ғалым", "Галым"), ("Өтебаева", "Отебаева"), ("Ұлан", "Улан"),
     ("Үміт", "Умит"), ("Жаңаөзен", "Жанаозен"), ("Һ", "х"), ("Сейітқали", "Сейиткали"), ("Пётр", "Петр")],
)
def test_a_name_typed_without_kazakh_letters_folds_like_the_kazakh_spelling(kazakh, typed_on_a_russian_keyboard):
    assert search_fold(kazakh) == search_fold(typed_on_a_russian_keyboard)


def test_search_fold_keeps_letters_that_are_not_look_alikes_apart():
    assert search_fold("Ерлан") != search_fold("Эрлан")
    assert search_fold("Sergey") == "sergey"


# --- search_alternatives ----------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", []),
        ("   ", []),
        ("\t\n", []),
        ("қайрат", [["кайрат"]]),
        ("ҚАЙРАТ Озен", [["кайрат", "озен"]]),
        ("  Sergey   PETRENKO  ", [["sergey", "petrenko"]]),
        # A phone-like query is read as typed and as bare digits.
        ("701 234", [["701", "234"], ["701234"]]),
        ("7012345", [["7012345"]]),
        ("+7 (701) 234-56-78", [["+7", "(701)", "234-56-78"], ["77012345678"]]),
        ("8.701.234", [["8.701.234"], ["8701234"]]),
        ("12-34", [["12-34"], ["1234"]]),
        # Any dash or minus sign a pasted number may hold, and full-width digits.
        ("555\u201333\u201244", [["555\u201333\u201244"], ["5553344"]]),
        ("555\u221233", [["555\u221233"], ["55533"]]),
        ("８７０２", [["8702"]]),
        # Fewer than three digits is not a phone: the words stay as typed.
        ("1 2", [["1", "2"]]),
        ("12", [["12"]]),
        ("(", [["("]]),
        # Letters make it a name, not a phone.
        ("цех 3", [["цех", "3"]]),
        ('"OR" NEAR', [['"or"', "near"]]),
    ],
)
def test_search_alternatives(query, expected):
    assert search_alternatives(query) == expected
