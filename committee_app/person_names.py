"""A person's name as a protocol signs it, and as redacted paper shows it.

Under a signature, Russian and Kazakh papers give the initials of the given name and the
patronymic before the surname: "Қ.С. Жұмабаев" (GOST R 7.0.97-2016, the signature's
decoding), with no space between the initials and an ordinary space before the surname.

Names are stored as people type them: surname first, as documents in Kazakhstan and Russia
write it ("Жұмабаев Қайрат Серікұлы"), or last ("Қайрат Серікұлы Жұмабаев", "John Smith").
The order is read from the patronymic, which no given name resembles, and else from the
look of the surname. Where neither places the surname for certain the full name is kept:
a wrong surname under a signature is worse than a long one.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable

# Letters of any script, joined by hyphens or apostrophes: "Анна-Мария", "О'Нил".
NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
# Initials already typed: "Қ.С.", "Қ.", "А.-М.".
TYPED_INITIALS = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.)*")
# An ending counts only after a stem this long, so that "Лев" and "Ева" are not surnames.
MIN_STEM = 2

PATRONYMIC_ENDINGS = (
    "ич",  # Иванович, Сергеевич, Ильич, Кузьмич
    "вна",  # Ивановна, Сергеевна
    "ична",  # Ильинична, Никитична
    "ұлы", "улы", "қызы", "кызы",  # Kazakh, also as typed on a Russian keyboard
    "уулу", "оглы", "оглу", "гызы", "угли", "ўғли", "қизи",  # Kyrgyz, Azerbaijani, Uzbek
    "vich", "vna", "ichna", "uly", "ūly", "uulu", "kyzy", "qyzy", "ogly", "oglu",  # Latin
)
# Written as a word of its own after the father's name: "Алиев Ахмед Гусейн оглы".
PATRONYMIC_PARTICLES = frozenset(
    {"ұлы", "улы", "қызы", "кызы", "уулу", "оглы", "оглу", "гызы", "uly", "ūly", "uulu", "kyzy", "qyzy", "ogly", "oglu"}
)
# Endings no given name of the region has. Left out on purpose: -ин/-ина/-ын/-ына and -ян,
# which end common given names too (Марина, Ирина, Айдын, Демьян); such surnames are
# placed by the patronymic.
SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ова", "ева", "ёва",  # Иванов, Жұмабаев, Королёв, Төлегенова, Сәрсенбаева
    "ский", "ская", "цкий", "цкая",  # Вишневский, Трубецкая
    "енко", "ук", "юк",  # Ukrainian: Петренко, Ковальчук, Костюк
    "ых",  # Черных, Седых
    "дзе", "швили", "янц",  # Georgian, Armenian
    "ov", "ev", "ova", "eva", "sky", "skiy", "skaya", "tsky", "enko", "uk", "yuk",
)
# Koryo-saram surnames, too short to have an ending. "Kim" is left out: in English it is a
# given name.
SHORT_SURNAMES = frozenset(
    {"ким", "пак", "цой", "ли", "тен", "тян", "югай", "огай", "хегай", "шегай", "тигай", "шин", "лим"}
    | {"pak", "tsoy", "tsoi", "li", "tyan", "yugai", "ogai", "khegai"}
)
# Lower-case words that belong to the surname after them: "фон Мекк", "van Beethoven".
# Only lower case, so that the Korean surname "Ван" stays a surname of its own.
SURNAME_PARTICLES = frozenset(
    {"фон", "ван", "дер", "де", "ди", "дю"} | {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del"}
)
# Legal forms: a name holding one is an organisation's, and has no initials.
ORGANISATION_WORDS = frozenset(
    {"тоо", "ао", "ооо", "зао", "оао", "пао", "ип", "кх", "llp", "llc", "ltd", "inc", "jsc", "gmbh", "corp", "co"}
)
MAX_REDACTED_INITIALS = 3
NO_NAME = "—"


def signature_name(full_name: str) -> str:
    """ "Жұмабаев Қайрат Серікұлы" → "Қ.С. Жұмабаев"; the full name where the surname cannot be told."""
    name = " ".join(unicodedata.normalize("NFC", full_name).split())
    words = name.split(" ")
    if any(word.casefold() in ORGANISATION_WORDS for word in words):
        return name
    if any(TYPED_INITIALS.fullmatch(word) for word in words):
        return _with_typed_initials(words) or name
    units = _name_units(words)
    placed = units and _place_surname(units, latin=_is_latin(name))
    if not placed:
        return name
    surname, given = placed
    return "".join(_initials(unit) for unit in given) + " " + surname


def redacted_name(full_name: str) -> str:
    """ "Жұмабаев Қайрат Серікұлы" → "Ж. Қ. С.": first letters only, for paper that may be seized."""
    words = NAME_WORD.findall(unicodedata.normalize("NFC", full_name))
    return " ".join(word[0].upper() + "." for word in words[:MAX_REDACTED_INITIALS]) or NO_NAME


def _with_typed_initials(words: list[str]) -> str | None:
    """ "Жұмабаев Қ.С." or "Қ. С. Жұмабаев": the one word that is not initials is the surname."""
    typed = [word for word in words if TYPED_INITIALS.fullmatch(word)]
    rest = [word for word in words if not TYPED_INITIALS.fullmatch(word)]
    if len(rest) != 1 or not NAME_WORD.fullmatch(rest[0]) or words not in (typed + rest, rest + typed):
        return None
    return "".join(typed).upper() + " " + rest[0]


def _name_units(words: list[str]) -> list[str] | None:
    """Words grouped into given name, patronymic and surname candidates ("Гусейн оглы" and
    "фон Мекк" are one each); None if a word is not a name's."""
    units: list[str] = []
    particles: list[str] = []
    for word in words:
        if word in SURNAME_PARTICLES:
            particles.append(word)
        elif not NAME_WORD.fullmatch(word):
            return None
        elif word.casefold() in PATRONYMIC_PARTICLES and units and not particles:
            units[-1] += " " + word
        else:
            units.append(" ".join([*particles, word]))
            particles = []
    return None if particles else units


def _place_surname(units: list[str], *, latin: bool) -> tuple[str, list[str]] | None:
    """The surname and the units that give initials, in order; None where no split is reliable."""
    if len(units) == 2:
        first, last = units
        # A father's name standing alone with a given name is the surname: "Нұрланқызы Әсел".
        if _is_patronymic(first) != _is_patronymic(last):
            return (first, [last]) if _is_patronymic(first) else (last, [first])
        if _is_patronymic(first):
            return None
    elif len(units) == 3:
        first, middle, last = units
        if _is_patronymic(middle):  # no given name looks like a patronymic: given, patronymic, surname
            return None if _is_patronymic(first) else (last, [first, middle])
        if _is_patronymic(last):
            return first, [middle, last]
        if _looks_like_surname(middle):
            return None
    else:
        return None
    surname_first, surname_last = _looks_like_surname(units[0]), _looks_like_surname(units[-1])
    if surname_first and not surname_last:
        return units[0], units[1:]
    # With nothing to tell by, a name in Latin letters is taken in the Western order.
    if surname_last and not surname_first or latin and not surname_first:
        return units[-1], units[:-1]
    return None


def _is_patronymic(unit: str) -> bool:
    return _has_ending(unit.casefold(), PATRONYMIC_ENDINGS)


def _looks_like_surname(unit: str) -> bool:
    words = unit.split(" ")
    if len(words) > 1:
        return words[0] in SURNAME_PARTICLES
    parts = unit.casefold().split("-")  # either half of "Сулейменова-Ким" tells
    return any(part in SHORT_SURNAMES or _has_ending(part, SURNAME_ENDINGS) for part in parts)


def _has_ending(word: str, endings: tuple[str, ...]) -> bool:
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_STEM for ending in endings)


def _is_latin(text: str) -> bool:
    return all(unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha())


def _initials(unit: str) -> str:
    """ "Қайрат" → "Қ.", "Анна-Мария" → "А.-М.", "Гусейн оглы" → "Г."."""
    return "-".join(part[0].upper() + "." for part in unit.split(" ")[0].split("-"))


# A name in running text carries a case ending: "Жұмабаева", "Жұмабаевқа", "Өтебаевой".
CASE_ENDING_LETTERS = 4
# Shorter words ("Ли") are too often the start of other words to be cut out of a text.
SHORTEST_NAME_WORD = 3
# The letters a feminine or Kazakh name drops before its case ending: "Өтебаева" → "Өтебаеву".
FINAL_VOWELS = "аяыіе"


# "Тұрсынбаев Н. Қ." and "Н.Қ. Тұрсынбаев": a surname beside initials names a person, member or not.
_LETTER = r"[^\W\d_]"
_TYPED_INITIALS = rf"(?<!{_LETTER})(?:{_LETTER}\.\s?){{1,2}}"
SURNAME_BEFORE_INITIALS = re.compile(rf"(?<!{_LETTER})({_LETTER}{{2,}}(?:-{_LETTER}+)*)(\s+)({_TYPED_INITIALS})")
# Initials before a surname only when written together ("Н.Қ. Тұрсынбаев"): "… Е. Б. Минутой
# молчания" is the end of one sentence and the start of the next.
SURNAME_AFTER_INITIALS = re.compile(
    rf"(?<!{_LETTER})((?:{_LETTER}\.){{2}})( ?)({_LETTER}{{2,}}(?:-{_LETTER}+)*)(?!{_LETTER})"
)


def names_withheld_from(full_names: Iterable[str]) -> Callable[[str], str]:
    """A function that cuts people's names in a typed text to their first letters: every word
    of these names in any case ending, and any surname written beside initials:
    «предложил избрать Жұмабаева Қ. С.» → «предложил избрать Ж. Қ. С.». For redacted paper,
    where the secretary's own words would otherwise name people."""
    stems = set()
    for full_name in full_names:
        # "Абенова Жанар Ермекқызы, юрист (приглашена комитетом)": the name, not what follows.
        name = re.split(r"[,(]", full_name or "", maxsplit=1)[0]
        for word in NAME_WORD.findall(unicodedata.normalize("NFC", name)):
            if len(word) < SHORTEST_NAME_WORD or not word[0].isupper():
                continue
            stems.add(word)
            if len(word) > SHORTEST_NAME_WORD + 1 and word[-1].lower() in FINAL_VOWELS:
                stems.add(word[:-1])
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    # A full stop after the name is taken in: "…предприятий Актау." → "…предприятий А.", not "А..".
    named = re.compile(rf"(?<!{_LETTER})(?:{alternatives}){_LETTER}{{0,{CASE_ENDING_LETTERS}}}(?!{_LETTER})\.?") if stems else None

    def initial(word: str) -> str:
        return word[0] + "."

    def surname_before(found: re.Match) -> str:
        surname, space, initials = found.groups()
        if not (surname[0].isupper() and initials[0].isupper()):
            return found.group(0)
        return initial(surname) + space + initials

    def surname_after(found: re.Match) -> str:
        initials, space, surname = found.groups()
        if not (surname[0].isupper() and initials[0].isupper()):
            return found.group(0)
        return initials + space + initial(surname)

    def withheld(typed: str) -> str:
        typed = unicodedata.normalize("NFC", typed or "")
        # Surnames beside initials first, while every initial is one the secretary typed.
        typed = SURNAME_BEFORE_INITIALS.sub(surname_before, typed)
        typed = SURNAME_AFTER_INITIALS.sub(surname_after, typed)
        return named.sub(lambda found: initial(found.group(0)), typed) if named is not None else typed

    return withheld


# A phone number needs this many digits before it is looked for in a typed text.
SHORTEST_PHONE_DIGITS = 5
# The digits a number is told by: "+7 702 555 33 44" and "8 (702) 5553344" end alike.
PHONE_DIGITS_COMPARED = 10


def _name_stems(full_name: str) -> set[str]:
    stems = set()
    name = re.split(r"[,(]", full_name or "", maxsplit=1)[0]
    for word in NAME_WORD.findall(unicodedata.normalize("NFC", name)):
        if len(word) < SHORTEST_NAME_WORD:
            continue
        stems.add(word)
        if len(word) > SHORTEST_NAME_WORD + 1 and word[-1].lower() in FINAL_VOWELS:
            stems.add(word[:-1])
    return stems


def person_replaced_in(full_name: str, phone: str, placeholder: str) -> Callable[[str], str]:
    """A function that replaces one person in a typed text by ``placeholder``: their name
    however it is written (whole, in any case ending, as a surname with initials before or
    after it, in capitals) becomes one placeholder, and their phone number in any spacing.
    For erasing a person: it errs towards replacing, since a name left behind is the harm."""
    stems = _name_stems(full_name)
    initials = {stem[0].upper() for stem in stems}
    word = None
    if stems:
        alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
        word = rf"(?<!{_LETTER})(?:{alternatives}){_LETTER}{{0,{CASE_ENDING_LETTERS}}}(?!{_LETTER})"
    named = None
    if word is not None:
        initial = rf"(?<!{_LETTER})[{re.escape(''.join(sorted(initials)))}]\."
        initials_run = rf"{initial}(?:[ \u00a0]?{initial}){{0,2}}"
        named = re.compile(
            rf"(?:{initials_run}[ \u00a0]?)?{word}(?:\s+{word})*(?:[ \u00a0]+{initials_run})?",
            re.IGNORECASE,
        )
    digits = re.sub(r"\D+", "", phone or "")[-PHONE_DIGITS_COMPARED:]
    dialled = None
    if len(digits) >= SHORTEST_PHONE_DIGITS:
        separators = r"[\s\-().]*"
        dialled = re.compile(r"(?<!\d)(?:\+?\d{1,3}" + separators + r")?" + separators.join(digits) + r"(?!\d)")

    def name_found(found: re.Match) -> str:
        # Case-blind to find "ЖҰМАБАЕВ", but a name starts with a capital: "бала" is no "Бала".
        first_letter = next((char for char in found.group(0) if char.isalpha()), "")
        return placeholder if first_letter.isupper() else found.group(0)

    def replaced(typed: str) -> str:
        typed = unicodedata.normalize("NFC", typed or "")
        if named is not None:
            typed = named.sub(name_found, typed)
        if dialled is not None:
            typed = dialled.sub(placeholder, typed)
        return typed

    return replaced
