"""Keys that let SQLite find and order names as Kazakh, Russian and English speakers expect."""

import pytest

from committee_app.folding import digits_only, fold, member_search_key, search_alternatives, search_fold, sort_key

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
    assert key.split("\n") == ["кайрат жумабаев", "+7 701 234 56 78", "77012345678", "озенмунайгаз", "цех no3"]


def test_member_search_key_leaves_out_empty_fields():
    assert member_search_key("Ерлан", "", "", "Цех") == "ерлан\nцех"


def test_member_search_key_of_a_phone_without_digits_keeps_only_the_typed_text():
    assert member_search_key("Ерлан", "нет", "", "") == "ерлан\nнет"


@pytest.mark.parametrize(("text", "expected"), [("+7 (701) 234-56-78", "77012345678"), ("нет", ""), ("a1b2", "12")])
def test_digits_only(text, expected):
    assert digits_only(text) == expected


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
