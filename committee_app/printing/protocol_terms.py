"""The fixed words of the protocol (the minutes) in Kazakh, Russian and English, in one table
so that a native speaker reviews them in one place.

They follow the form of GOST R 7.0.97-2016 and the way protocols are written in Kazakhstan:
the document type, СЛУШАЛИ / ВЫСТУПИЛИ / ПОСТАНОВИЛИ (РЕШИЛИ) in capitals, the vote as
«за» — N, «против» — N, «воздержались» — N. The minutes' other words (labels of the hall's
counts, the majority rules) go through the document's translator like every printed text.

`docs/protocol-terms.md` is this table as Markdown; a test keeps the two the same
(`python -m committee_app.printing.protocol_terms` prints it).
"""

from dataclasses import dataclass

# A field left empty prints as a line to fill in by hand.
BLANK = "____________"


@dataclass(frozen=True)
class Term:
    en: str
    ru: str
    kk: str
    note: str = ""  # what the term is for, for the reviewer


PROTOCOL_TERMS: dict[str, Term] = {
    "document": Term("MINUTES", "ПРОТОКОЛ", "ХАТТАМА", "document type, the heading under the committee's name"),
    "title": Term("MINUTES No. {number}", "ПРОТОКОЛ № {number}", "№ {number} ХАТТАМА", "the file's title"),
    "draft": Term("DRAFT", "ПРОЕКТ", "ЖОБА", "minutes of an assembly not marked held: heading and every page"),
    "date_and_number": Term("{date}  No. {number}", "{date}  № {number}", "{date}  № {number}", "date dd.mm.yyyy and number"),
    "chair": Term("Chair", "Председатель", "Төраға", "before attendance, and at the signature"),
    "secretary": Term("Secretary", "Секретарь", "Хатшы", "before attendance, and at the signature"),
    "officer": Term("{role} — {name}", "{role} — {name}", "{role} — {name}", "the chair's and secretary's lines"),
    "present": Term("Present", "Присутствовали", "Қатысқандар", ""),
    "people": Term("{count} people", "{count} чел.", "{count} адам", "a count of persons"),
    "list_attached": Term("(list attached)", "(список прилагается)", "(тізім қоса беріледі)", "above 15 present"),
    "invited": Term("Invited", "Приглашённые", "Шақырылғандар", "guests, by name or count"),
    "agenda": Term("Agenda", "Повестка дня", "Күн тәртібі", ""),
    "heard": Term("HEARD", "СЛУШАЛИ", "ТЫҢДАЛДЫ", "a heading on its own line"),
    "spoke": Term("SPOKE", "ВЫСТУПИЛИ", "СӨЙЛЕДІ (СӨЙЛЕГЕНДЕР)", "a heading on its own line"),
    "resolved": Term("RESOLVED", "ПОСТАНОВИЛИ (РЕШИЛИ)", "ҚАУЛЫ ЕТТІ (ШЕШТІ)", "a heading on its own line"),
    "voted": Term(
        "Voted: for — {for_}, against — {against}, abstained — {abstained}.",
        "Голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstained}.",
        "Дауыс беру: «жақтап» — {for_}, «қарсы» — {against}, «қалыс қалғандар» — {abstained}.",
        "the counts of a vote",
    ),
    "adopted": Term("The decision is adopted.", "Решение принято.", "Шешім қабылданды.", "after the counts"),
    "not_adopted": Term("The decision is not adopted.", "Решение не принято.", "Шешім қабылданбады.", "after the counts"),
    "adopted_or_not": Term(
        "The decision is adopted / not adopted (underline one).",
        "Решение принято / не принято (нужное подчеркнуть).",
        "Шешім қабылданды / қабылданбады (керегінің астын сызыңыз).",
        "a draft's vote, counted by hand",
    ),
    "no_vote": Term("No vote was held.", "Голосование не проводилось.", "Дауыс беру өткізілмеді.", "a vote of 0 / 0 / 0"),
    "demand_adopted": Term(
        "Demand adopted: {title}", "Принято требование: {title}", "Қабылданған талап: {title}", "under its vote"
    ),
    "attachment": Term(
        "Attachment: list of those present.",
        "Приложение: список присутствовавших.",
        "Қосымша: қатысқандардың тізімі.",
        "above the signatures, when the list is attached",
    ),
    "attachment_of": Term(
        "Attachment to the minutes of {date} No. {number}",
        "Приложение к протоколу от {date} № {number}",
        "{date} № {number} хаттамаға қосымша",
        "at the top of the attached list",
    ),
    "attendance_list": Term(
        "List of those present", "Список присутствовавших", "Қатысқандардың тізімі", "the attached list's title"
    ),
}


def protocol_term(language: str, key: str) -> str:
    return getattr(PROTOCOL_TERMS[key], language)


def terms_markdown() -> str:
    """The table as `docs/protocol-terms.md` gives it."""
    lines = [
        "# Protocol terms",
        "",
        "The fixed words of the printed minutes (the protocol), in the form of GOST R 7.0.97-2016",
        "and as protocols in Kazakhstan write them. Generated from",
        "`committee_app/printing/protocol_terms.py` (`python -m committee_app.printing.protocol_terms`);",
        "change them there. `{…}` is filled in when printing; `" + BLANK + "` is a line to fill in by hand.",
        "",
        "| key | kk | ru | en | where |",
        "|---|---|---|---|---|",
    ]
    for key, term in PROTOCOL_TERMS.items():
        cells = [key, term.kk, term.ru, term.en, term.note]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(terms_markdown(), end="")
