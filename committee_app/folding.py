"""Keys precomputed in Python so that SQLite can search and sort names as people expect.

SQLite's LIKE and lower() fold ASCII only, and its binary order puts the Kazakh letters
(Ә Ғ Қ Ң Ө Ұ Ү Һ І) after Я. Case-folded keys fix the first; ``sort_key`` places each
Kazakh letter right after its base letter, as in the Kazakh alphabet.
"""

import re
import unicodedata

# Sorts above every letter, so "ә…" comes after all "а…" and before "б…".
_AFTER = "\uffff"
_ALPHABET_ORDER = str.maketrans(
    {
        "ё": "е" + _AFTER,
        "ә": "а" + _AFTER,
        "ғ": "г" + _AFTER,
        "қ": "к" + _AFTER,
        "ң": "н" + _AFTER,
        "ө": "о" + _AFTER,
        "ұ": "у" + _AFTER,
        "ү": "у" + _AFTER + _AFTER,
        "һ": "х" + _AFTER,
        "і": "ы" + _AFTER,
    }
)
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
_RUSSIAN_KEYBOARD = str.maketrans("әғқңөұүһіё", "агкноуухие")
_NOT_DIGIT = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


def fold(text: str) -> str:
    """Compatibility-normalized and case-folded: "ҚАЙРАТ" and "қайрат" fold alike."""
    return unicodedata.normalize("NFKC", text).casefold()


def sort_key(text: str) -> str:
    return fold(text).strip().translate(_ALPHABET_ORDER)


def digits_only(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def search_fold(text: str) -> str:
    """Folded, and with the Kazakh letters a Russian keyboard lacks read as their look-alikes,
    so that "Кайрат" typed on a Russian layout finds "Қайрат" (and "қайрат" finds "Кайрат")."""
    return fold(text).translate(_RUSSIAN_KEYBOARD)


def member_search_key(full_name: str, phone: str, workplace: str, unit: str) -> str:
    """One line per field; the phone also as bare digits, so "7012345" finds "+7 701 234 5…"."""
    parts = [full_name, phone, digits_only(phone), workplace, unit]
    return "\n".join(search_fold(part) for part in parts if part)


def search_alternatives(query: str) -> list[list[str]]:
    """Ways to read a query, each a list of terms that must all match; any way may match.

    A query that looks like a phone number is also read as bare digits, so "701 234"
    finds "+7 (701) 2345…" while "12-34" still finds the unit "Бригада 12-34".
    """
    # A pasted paragraph is not a search: only the first terms count, each once.
    terms = list(dict.fromkeys(search_fold(query[:MAX_QUERY_LENGTH]).split()))[:MAX_TERMS]
    if not terms:
        return []
    digits = digits_only(query)
    if _PHONE_LIKE.match(query.strip()) and len(digits) >= 3 and [digits] != terms:
        return [terms, [digits]]
    return [terms]
