"""Keys precomputed in Python so that SQLite can search and sort names as people expect.

SQLite's LIKE and lower() fold ASCII only, and its binary order puts the Kazakh letters
(Ә Ғ Қ Ң Ө Ұ Ү Һ І) after Я. Case-folded keys fix the first; ``sort_key`` places each
Kazakh letter right after its base letter, as in the Kazakh alphabet.
"""

import re
import unicodedata

# Sorts above every letter, so "ә…" comes after all "а…" and before "б…".
_AFTER = "\uffff"
# Replacements, not str.translate: translating a Cyrillic text through a table costs ten times
# as much as looking for ten letters, and keys are made for every member an import writes.
# No replacement brings in a letter replaced after it, so the order does not matter.
_ALPHABET_ORDER = (
    ("ё", "е" + _AFTER),
    ("ә", "а" + _AFTER),
    ("ғ", "г" + _AFTER),
    ("қ", "к" + _AFTER),
    ("ң", "н" + _AFTER),
    ("ө", "о" + _AFTER),
    ("ұ", "у" + _AFTER),
    ("ү", "у" + _AFTER + _AFTER),
    ("һ", "х" + _AFTER),
    ("і", "ы" + _AFTER),
)
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
_RUSSIAN_KEYBOARD = tuple(zip("әғқңөұүһіё", "агкноуухие", strict=True))
_NOT_DIGIT = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")
# A stretch of a phone field that can be one number: digits and what people put between them.
_PHONE_NUMBER = re.compile(r"[\d\s()+\-.]+")
# A phone typed with ASCII digits, spaces and the usual marks only: nothing in it to fold, and one number.
_PLAIN_PHONE = re.compile(r"[\d\s()+\-.]+\Z", re.ASCII)
# Every dash and the minus sign, as documents and messengers paste them into a number.
_DASHES = {ord(char): "-" for char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
# Kazakhstan and Russia share the country code 7, and a number dialled at home starts with 8
# instead: "+7 702 555 33 44", "8 702 555 33 44" and "702 555 33 44" are one number.
NATIONAL_NUMBER_LENGTH = 10
COUNTRY_PREFIXES = ("7", "8")


def fold(text: str) -> str:
    """Compatibility-normalized and case-folded: "ҚАЙРАТ" and "қайрат" fold alike."""
    return unicodedata.normalize("NFKC", text).casefold()


def _replaced(text: str, replacements: tuple[tuple[str, str], ...]) -> str:
    for old, new in replacements:
        if old in text:
            text = text.replace(old, new)
    return text


def sort_key(text: str) -> str:
    return _replaced(fold(text).strip(), _ALPHABET_ORDER)


def digits_only(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def search_fold(text: str) -> str:
    """Folded, and with the Kazakh letters a Russian keyboard lacks read as their look-alikes,
    so that "Кайрат" typed on a Russian layout finds "Қайрат" (and "қайрат" finds "Кайрат")."""
    return _replaced(fold(text), _RUSSIAN_KEYBOARD)


def _phone_text(text: str) -> str:
    """A phone number as typed or pasted, with full-width digits and every kind of dash made plain."""
    return fold(text).translate(_DASHES)


def national_number(digits: str) -> str | None:
    """The ten digits after +7 or 8 (or the ten digits alone); None for other numbers."""
    if len(digits) == NATIONAL_NUMBER_LENGTH:
        return digits
    if len(digits) == NATIONAL_NUMBER_LENGTH + 1 and digits[0] in COUNTRY_PREFIXES:
        return digits[1:]
    return None


def phone_search_forms(phone: str) -> list[str]:
    """The digits of a phone field, and each Kazakh or Russian number in it with +7 and with 8
    in front, so that "8 702…", "+7 702…" and "702…" all find it as a run of digits."""
    if _PLAIN_PHONE.match(phone):
        # As most phones are typed: one number, and nothing to fold.
        digits = digits_only(phone)
        national = national_number(digits)
        if national is None:
            return [digits] if digits else []
        if digits == national:
            return [prefix + national for prefix in COUNTRY_PREFIXES]
        return [digits, (COUNTRY_PREFIXES[1] if digits[0] == COUNTRY_PREFIXES[0] else COUNTRY_PREFIXES[0]) + national]
    text = _phone_text(phone)
    forms = [digits_only(text)]
    for stretch in _PHONE_NUMBER.findall(text):
        national = national_number(digits_only(stretch))
        if national:
            forms.extend(prefix + national for prefix in COUNTRY_PREFIXES)
    forms = list(dict.fromkeys(form for form in forms if form))
    # A form inside another finds nothing more: left out, the key stays short.
    return [form for form in forms if not any(form != other and form in other for other in forms)]


def member_search_key(full_name: str, phone: str, workplace: str, unit: str) -> str:
    """One line per field; the phone also as runs of digits, so "7012345" and "8 701 234"
    find "+7 701 234 5…"."""
    parts = [full_name, phone, *phone_search_forms(phone), workplace, unit]
    # Folded part by part (most need no normalising, and a long text that does costs more),
    # then the keyboard's look-alikes replaced once, letter by letter, in the whole key.
    return _replaced("\n".join(fold(part) for part in parts if part), _RUSSIAN_KEYBOARD)


def search_alternatives(query: str) -> list[list[str]]:
    """Ways to read a query, each a list of terms that must all match; any way may match.

    A query that looks like a phone number (pasted with any dash, or in full-width digits)
    is also read as bare digits, so "701 234" and "8 (701) 234" find "+7 (701) 2345…" while
    "12-34" still finds the unit "Бригада 12-34".
    """
    query = query[:MAX_QUERY_LENGTH]
    # A pasted paragraph is not a search: only the first terms count, each once.
    terms = list(dict.fromkeys(search_fold(query).split()))[:MAX_TERMS]
    if not terms:
        return []
    phone = _phone_text(query)
    digits = digits_only(phone)
    if _PHONE_LIKE.match(phone.strip()) and len(digits) >= 3 and [digits] != terms:
        return [terms, [digits]]
    return [terms]
