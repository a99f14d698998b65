"""Names under a signature as protocols write them ("Қ.С. Жұмабаев", from either stored
order), the full name where the surname cannot be told, and initials only on redacted paper."""

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from committee_app.person_names import names_withheld_from, redacted_name, signature_name

# (stored full name, under a signature, on redacted paper)
NAMES = [
    # Kazakh, surname first, patronymic in -ұлы / -қызы
    ("Жұмабаев Қайрат Серікұлы", "Қ.С. Жұмабаев", "Ж. Қ. С."),
    ("Өтебаева Гүлнұр Жақсылыққызы", "Г.Ж. Өтебаева", "Ө. Г. Ж."),
    ("Ғабдуллин Ілияс Нұрланұлы", "І.Н. Ғабдуллин", "Ғ. І. Н."),
    ("Сейітқали Ерлан Бақытұлы", "Е.Б. Сейітқали", "С. Е. Б."),  # a surname with no Russian ending
    ("Жақсылықова Ләззат Өмірзаққызы", "Л.Ө. Жақсылықова", "Ж. Л. Ө."),
    ("Бақытжанов Шаһмардан Әділұлы", "Ш.Ә. Бақытжанов", "Б. Ш. Ә."),
    ("Жұмабаев Қайрат Серік ұлы", "Қ.С. Жұмабаев", "Ж. Қ. С."),  # "ұлы" typed apart
    ("Жумабаев Кайрат Серикулы", "К.С. Жумабаев", "Ж. К. С."),  # typed on a Russian keyboard
    ("ЖҰМАБАЕВ ҚАЙРАТ СЕРІКҰЛЫ", "Қ.С. ЖҰМАБАЕВ", "Ж. Қ. С."),  # as an identity card prints it
    # Kazakh, a surname formed from the father's name, and no patronymic
    ("Нұрланқызы Әсел", "Ә. Нұрланқызы", "Н. Ә."),
    ("Әсел Нұрланқызы", "Ә. Нұрланқызы", "Ә. Н."),
    ("Қайрат Серікұлы", "Қ. Серікұлы", "Қ. С."),
    # surname last
    ("Қайрат Серікұлы Жұмабаев", "Қ.С. Жұмабаев", "Қ. С. Ж."),
    ("Айгүл Маратқызы Төлегенова", "А.М. Төлегенова", "А. М. Т."),
    ("Ерлан Бақытұлы Сейітқали", "Е.Б. Сейітқали", "Е. Б. С."),
    ("Сергей Иванович Петренко", "С.И. Петренко", "С. И. П."),
    ("Ержан Сулейменов", "Е. Сулейменов", "Е. С."),
    # Russian, Ukrainian, Belarusian and Polish surnames
    ("Петренко Сергей Иванович", "С.И. Петренко", "П. С. И."),
    ("Ковальчук Оксана Богдановна", "О.Б. Ковальчук", "К. О. Б."),
    ("Вишневская Ольга Юрьевна", "О.Ю. Вишневская", "В. О. Ю."),
    ("Карпович Анна Сергеевна", "А.С. Карпович", "К. А. С."),  # a surname ending like a patronymic
    ("Ильина Марина Ильинична", "М.И. Ильина", "И. М. И."),
    ("Черных Ольга Петровна", "О.П. Черных", "Ч. О. П."),
    ("Королёв Пётр Семёнович", "П.С. Королёв", "К. П. С."),
    ("Ёлкин Артём Фёдорович", "А.Ф. Ёлкин", "Ё. А. Ф."),
    ("Марина Иванова", "М. Иванова", "М. И."),  # -ина ends given names too; -ова only surnames
    # Korean Kazakhstani
    ("Ким Виктор Алексеевич", "В.А. Ким", "К. В. А."),
    ("Пак Елена Сергеевна", "Е.С. Пак", "П. Е. С."),
    ("Цой Роберт Максимович", "Р.М. Цой", "Ц. Р. М."),
    ("Виктор Алексеевич Ким", "В.А. Ким", "В. А. К."),
    ("Ли Анастасия", "А. Ли", "Л. А."),
    ("Ирина Пак", "И. Пак", "И. П."),
    # German Kazakhstani
    ("Шмидт Андрей Викторович", "А.В. Шмидт", "Ш. А. В."),
    ("Шмидт Анна-Мария Викторовна", "А.-М.В. Шмидт", "Ш. А. В."),
    ("фон Мекк Надежда Филаретовна", "Н.Ф. фон Мекк", "Ф. М. Н."),
    # Tatar, Uyghur, Azerbaijani
    ("Гайнутдинов Ринат Зиннатович", "Р.З. Гайнутдинов", "Г. Р. З."),
    ("Хабибуллина Гульназ Ринатовна", "Г.Р. Хабибуллина", "Х. Г. Р."),
    ("Розахунов Ильшат Турсунович", "И.Т. Розахунов", "Р. И. Т."),
    ("Алиев Ахмед Гусейн оглы", "А.Г. Алиев", "А. А. Г."),
    # hyphenated surnames
    ("Сулейменова-Ким Айгерим Болатқызы", "А.Б. Сулейменова-Ким", "С. А. Б."),
    ("Айгерим Сулейменова-Ким", "А. Сулейменова-Ким", "А. С."),
    # initials already typed
    ("Жұмабаев Қ.С.", "Қ.С. Жұмабаев", "Ж. Қ. С."),
    ("Жұмабаев Қ. С.", "Қ.С. Жұмабаев", "Ж. Қ. С."),
    ("Қ.С. Жұмабаев", "Қ.С. Жұмабаев", "Қ. С. Ж."),
    # extra spaces, tabs and a non-breaking space
    ("  Жұмабаев   Қайрат\tСерікұлы ", "Қ.С. Жұмабаев", "Ж. Қ. С."),
    ("Ким\u00a0Виктор  Алексеевич", "В.А. Ким", "К. В. А."),
    # Latin letters
    ("Zhumabayev Kairat Serikuly", "K.S. Zhumabayev", "Z. K. S."),
    ("Tolegenova Aigul Maratkyzy", "A.M. Tolegenova", "T. A. M."),
    ("Kairat Zhumabayev", "K. Zhumabayev", "K. Z."),
    ("John Smith", "J. Smith", "J. S."),
    ("Ludwig van Beethoven", "L. van Beethoven", "L. V. B."),
    # no reliable split: the full name, with its spaces made plain
    ("Айнұр", "Айнұр", "А."),
    ("Шмидт  Анна", "Шмидт Анна", "Ш. А."),  # either word could be the surname
    ("Марина Шмидт", "Марина Шмидт", "М. Ш."),
    ("Ким Петров", "Ким Петров", "К. П."),  # both look like surnames
    ("Мария Анна Шмидт Ким", "Мария Анна Шмидт Ким", "М. А. Ш."),
    ("Абенова Жанар Ермекқызы, юрист", "Абенова Жанар Ермекқызы, юрист", "А. Ж. Е."),
    ("Robert <b>&</b> Co", "Robert <b>&</b> Co", "R. B. B."),
    ("ТОО «Озенмунайгаз»", "ТОО «Озенмунайгаз»", "Т. О."),
    ("ИП Жұмабаев", "ИП Жұмабаев", "И. Ж."),
    ("Жұмабаев Қайрат С.", "Жұмабаев Қайрат С.", "Ж. Қ. С."),
    ("№ 17", "№ 17", "—"),
    ("", "", "—"),
]


@pytest.mark.parametrize(("full_name", "signed", "redacted"), NAMES)
def test_a_name_signs_with_initials_before_the_surname(full_name, signed, redacted):
    assert signature_name(full_name) == signed


@pytest.mark.parametrize(("full_name", "signed", "redacted"), NAMES)
def test_redacted_paper_shows_only_first_letters(full_name, signed, redacted):
    shown = redacted_name(full_name)
    assert shown == redacted
    assert re.fullmatch(r"—|\w\.(?: \w\.){0,2}", shown)
    words_of_name = {word.casefold() for word in re.findall(r"[^\W\d_]{2,}", full_name)}
    assert not words_of_name & {word.casefold() for word in re.findall(r"[^\W\d_]+", shown)}


def test_a_signature_is_plain_text_a_pdf_extracts_as_typed():
    signed = signature_name("Жұмабаев Қайрат Серікұлы")
    assert "\u00a0" not in signed
    assert signed.split(" ") == ["Қ.С.", "Жұмабаев"]


SURNAMES = ["Жұмабаев", "Төлегенова", "Нұрланқызы", "Ким", "Петренко", "Сулейменова-Ким", "фон Мекк"]
GIVEN_NAMES = [("Қайрат", "Қ."), ("Анна-Мария", "А.-М."), ("Әсел", "Ә.")]
PATRONYMICS = [("Серікұлы", "С."), ("Викторовна", "В."), ("Гусейн оглы", "Г.")]


@pytest.mark.parametrize("surname", SURNAMES)
@pytest.mark.parametrize(("given_name", "given_initial"), GIVEN_NAMES)
@pytest.mark.parametrize(("patronymic", "patronymic_initial"), PATRONYMICS)
def test_the_whole_surname_stays_in_either_order(surname, given_name, given_initial, patronymic, patronymic_initial):
    expected = f"{given_initial}{patronymic_initial} {surname}"
    assert signature_name(f"{surname} {given_name} {patronymic}") == expected
    assert signature_name(f"{given_name} {patronymic} {surname}") == expected


NAME_TEXT = st.lists(
    st.sampled_from(["Жұмабаев", "Қайрат", "Серікұлы", "Ким", "Анна-Мария", "фон", "оглы", "Қ.С.", "Smith", "&", "12"])
    | st.text(alphabet="абвӘқ-. '", max_size=6),
    max_size=5,
).map(lambda words: "  ".join(words))


@given(NAME_TEXT)
def test_a_signature_never_drops_a_word_of_the_surname(full_name):
    words = " ".join(unicodedata.normalize("NFC", full_name).split()).split(" ")
    signed = signature_name(full_name)
    if signed == " ".join(words):
        return
    initials, surname = signed.split(" ", 1)
    surname_words = surname.split(" ")
    # The surname is the first or the last of the name's words, whole; every other word gave an initial.
    assert surname_words in (words[: len(surname_words)], words[-len(surname_words) :])
    assert len(re.findall(r"\w\.", initials)) >= 1


COMMITTEE = ("Жұмабаев Қайрат Серікұлы", "Өтебаева Гүлнұр Жақсылыққызы", "Ким Виктор Алексеевич", "Ли Анна")
GUEST = "Сапаров Ерлан Бекенович, представитель работников сервисных предприятий Актау"


@pytest.mark.parametrize(
    ("typed", "redacted"),
    [
        ("избрать председательствующим Жұмабаева Қ. С.", "избрать председательствующим Ж. Қ. С."),
        ("секретарём — Өтебаеву Г. Ж.", "секретарём — Ө. Г. Ж."),
        ("Кима В. А. и Жұмабаевқа", "К. В. А. и Ж."),
        ("Жұмабаев Қайрат Серікұлы сказал", "Ж. Қ. С. сказал"),
        ("слово Сапарову.", "слово С."),
        # Only the guest's name, not the words typed after it.
        ("предприятий Актау Сапаров Е. Б. Минутой молчания", "предприятий Актау С. Е. Б. Минутой молчания"),
        # Anyone written beside initials, member or not.
        ("Тұрсынбаев Н. Қ. (ЦДНГ №5) предложил", "Т. Н. Қ. (ЦДНГ №5) предложил"),
        ("Н.Қ. Тұрсынбаев сказал", "Н.Қ. Т. сказал"),
        # Two letters are too short to find: "Ли" starts "Лидер".
        ("Лидер бригады Ли", "Лидер бригады Ли"),
        ("в г. Жаңаөзен, т.е. на промысле", "в г. Жаңаөзен, т.е. на промысле"),
        ("", ""),
    ],
)
def test_names_are_cut_to_initials_in_typed_text(typed, redacted):
    assert names_withheld_from([*COMMITTEE, GUEST])(typed) == redacted


def test_with_nobody_named_only_surnames_beside_initials_are_cut():
    assert names_withheld_from([])("Тұрсынбаев Н. Қ. и Жұмабаев сказали") == "Т. Н. Қ. и Жұмабаев сказали"
