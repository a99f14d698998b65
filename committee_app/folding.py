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
_NOT_DIGIT = re.compile(r"\D+")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


def fold(text: str) -> str:
    """Compatibility-normalized and case-folded: "ҚАЙРАТ" and "қайрат" fold alike."""
    return unicodedata.normalize("NFKC", text).casefold()


def sort_key(text: str) -> str:
    return fold(text).strip().translate(_ALPHABET_ORDER)


def digits_only(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def member_search_key(full_name: str, phone: str, workplace: str, unit: str) -> str:
    """One line per field; the phone also as bare digits, so "7012345" finds "+7 701 234 5…"."""
    parts = [full_name, phone, digits_only(phone), workplace, unit]
    return "\n".join(fold(part) for part in parts if part)


def search_terms(query: str) -> list[str]:
    """The folded terms of a query; a phone number typed with spaces stays one term."""
    query = query.strip()
    if not query:
        return []
    if _PHONE_LIKE.match(query) and len(digits_only(query)) >= 3:
        return [digits_only(query)]
    return fold(query).split()
