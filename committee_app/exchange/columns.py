"""Which column of a member list holds what: headers and role and status words in Kazakh,
Russian and English, as people write them and as the app's own export writes them.

Headers are compared folded (any case) and without spaces or punctuation, so "Ф.И.О.",
"ФИО" and "ф и о" are one header, as are "Аты-жөні" and "аты жөні".
"""

import functools
import re
from collections.abc import Sequence

from ..errors import translate
from ..folding import fold
from ..i18n import LANGUAGES, compiled_translations
from ..labels import Translate, label
from ..vocabulary import MemberRole, MemberStatus
from .targets import IMPORT_TARGETS

NAME_PARTS = ("surname", "given_name", "patronymic")
# A header row is looked for among this many rows at the top (a title and notes may come first).
HEADER_SEARCH_ROWS = 20

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")

# Headers people give these columns, beside the app's own labels in the three languages.
COMMON_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "Фамилия и имя", "Полное имя",
        "Сотрудник", "Работник", "Член профсоюза", "Имя и фамилия",
        "Аты-жөні", "Аты жөні", "Толық аты-жөні", "Тегі, аты, әкесінің аты", "Тегі аты", "Қызметкер",
        "Name", "Full name", "Member", "Employee", "Surname and name", "Name and surname",
    ),
    "surname": ("Фамилия", "Тегі", "Тек", "Surname", "Last name", "Family name"),
    "given_name": ("Имя", "Аты", "Есімі", "Есім", "First name", "Given name", "Forename"),
    "patronymic": ("Отчество", "Әкесінің аты", "Әкесінің есімі", "Patronymic", "Middle name", "Father's name"),
    "phone": (
        "Телефон", "Тел", "Тел.", "Моб.", "Мобильный", "Мобильный телефон", "Сотовый", "Сотовый телефон",
        "Номер телефона", "Контактный телефон", "Контакты", "Телефон нөмірі", "Ұялы телефон", "Байланыс телефоны",
        "Phone", "Telephone", "Tel.", "Mobile", "Mobile phone", "Cell", "Phone number", "Contact",
    ),
    "workplace": (
        "Место работы", "Предприятие", "Организация", "Компания", "Работодатель",
        "Жұмыс орны", "Кәсіпорын", "Мекеме", "Ұйым", "Жұмыс беруші",
        "Workplace", "Place of work", "Employer", "Company", "Organisation", "Organization", "Enterprise",
    ),
    "unit": (
        "Цех", "Подразделение", "Отдел", "Участок", "Бригада", "Служба", "Цех/отдел", "Цех, отдел",
        "Бөлім", "Бөлімше", "Учаскесі", "Бригадасы",
        "Department", "Unit", "Shop", "Division", "Section", "Crew",
    ),
    "occupation": (
        "Должность", "Профессия", "Специальность",
        "Лауазымы", "Лауазым", "Кәсібі", "Мамандығы", "Қызметі",
        "Position", "Occupation", "Job", "Job title", "Trade", "Profession",
    ),
    "role": ("Роль", "Роль в комитете", "Рөлі", "Рөл", "Комитеттегі рөлі", "Role", "Committee role"),
    "status": ("Статус", "Состояние", "Мәртебесі", "Мәртебе", "Күйі", "Status", "State"),
    "joined_on": (
        "Дата вступления", "Вступил", "Дата приёма", "Дата приема", "Член с",
        "Қосылған күні", "Мүше болған күні", "Кірген күні",
        "Joined", "Joined on", "Date joined", "Member since",
    ),
    "notes": (
        "Примечание", "Примечания", "Комментарий", "Заметки",
        "Ескерту", "Ескертпе", "Ескертпелер", "Түсініктеме",
        "Notes", "Note", "Comment", "Comments", "Remarks",
    ),
}
# Role and status words beside the app's own labels.
COMMON_ROLE_WORDS: dict[MemberRole, tuple[str, ...]] = {
    MemberRole.chair: ("Председатель комитета", "Председатель профкома", "Комитет төрағасы"),
    MemberRole.deputy_chair: ("Зам. председателя", "Заместитель", "Орынбасар", "Deputy"),
    MemberRole.member: ("Член", "Член профкома", "Член профсоюза", "Комитет мүшесі"),
}
COMMON_STATUS_WORDS: dict[MemberStatus, tuple[str, ...]] = {
    MemberStatus.active: ("Активен", "Действующий", "Да"),
    MemberStatus.inactive: ("Неактивен",),
    MemberStatus.left: ("Выбыла", "Выбыл(а)", "Вышел", "Вышла", "Уволен", "Уволена", "Шыққан"),
}


def header_key(text: str) -> str:
    """A header folded, without spaces and punctuation, ё read as е."""
    return _NOT_LETTER_OR_DIGIT.sub("", fold(text)).replace("ё", "е")


def _source_language(_context: str, text: str) -> str:
    return text


def _language_translators() -> list[Translate]:
    translators: list[Translate] = []
    for language in LANGUAGES:
        compiled = compiled_translations(language)
        if compiled is None:
            translators.append(_source_language)
        else:
            translators.append(lambda context, text, compiled=compiled: compiled.translate(context, text) or text)
    return translators


def _labels_of_targets(translate: Translate) -> dict[str, str]:
    from ..services.members import field_labels

    return {
        **field_labels(translate),
        "surname": translate("member_import", "Surname"),
        "given_name": translate("member_import", "Given name"),
        "patronymic": translate("member_import", "Patronymic"),
    }


def target_labels() -> dict[str, str]:
    """The targets' names in the UI's language, for choosing a column's meaning by hand."""
    labels = _labels_of_targets(translate)
    return {target: labels[target] for target in IMPORT_TARGETS}


@functools.cache
def known_headers() -> dict[str, str]:
    """Header key → target. The app's own labels in kk, ru and en come first, so that its
    export reads back; then the common names."""
    known: dict[str, str] = {}
    for translate_in in _language_translators():
        for target, text in _labels_of_targets(translate_in).items():
            known.setdefault(header_key(text), target)
    for target, headers in COMMON_HEADERS.items():
        for text in headers:
            known.setdefault(header_key(text), target)
    return known


@functools.cache
def choice_words() -> dict[str, dict[str, MemberRole | MemberStatus]]:
    """For the role and status columns: each word (folded) → its value, in the three languages."""
    words: dict[str, dict[str, MemberRole | MemberStatus]] = {"role": {}, "status": {}}
    for target, choices, common in (
        ("role", MemberRole, COMMON_ROLE_WORDS),
        ("status", MemberStatus, COMMON_STATUS_WORDS),
    ):
        found = words[target]
        for choice in choices:
            found.setdefault(header_key(choice.value), choice)
            for translate_in in _language_translators():
                found.setdefault(header_key(label(choice, translate_in)), choice)
        for choice, texts in common.items():
            for text in texts:
                found.setdefault(header_key(text), choice)
    return words


def recognised_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """Each column's target, by its header; None for a column not recognised or whose target
    an earlier column already has."""
    known = known_headers()
    mapping: dict[int, str | None] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        target = known.get(header_key(header))
        if target in taken:
            target = None
        if target is not None:
            taken.add(target)
        mapping[index] = target
    return mapping


def has_name(mapping: dict[int, str | None]) -> bool:
    targets = set(mapping.values())
    return "full_name" in targets or bool(targets & set(NAME_PARTS))


def header_score(cells: Sequence[str]) -> int:
    """How many cells of a row are known headers: the header row is the row that scores most."""
    mapping = recognised_mapping(cells)
    return sum(1 for target in mapping.values() if target is not None) if has_name(mapping) else 0
