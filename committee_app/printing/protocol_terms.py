"""The fixed words of the protocol (the minutes) and of the papers of an election held at an
assembly (the counting commission's protocol, the ballot paper) in Kazakh, Russian and
English, in one table so that a native speaker reviews them in one place.

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
    # --- Elections: the result written into «Постановили», the counting commission's
    # protocol and the ballot paper. Counts stand after a dash or a colon, so that no noun
    # has to agree with a number.
    "election": Term(
        "Election: {office} (seats: {seats}).",
        "Выборы: {office} (мест: {seats}).",
        "Сайлау: {office} (орын саны: {seats}).",
        "the result in «Resolved»: what was elected",
    ),
    "secret_ballot_counted": Term(
        "Secret ballot; by the counting commission's protocol, valid ballots: {valid}.",
        "Голосование тайное; по протоколу счётной комиссии действительных бюллетеней: {valid}.",
        "Дауыс беру жасырын; санақ комиссиясының хаттамасы бойынша жарамды бюллетеньдер саны: {valid}.",
        "the result in «Resolved», after a secret ballot",
    ),
    "open_vote": Term("Open vote.", "Голосование открытое.", "Дауыс беру ашық.", "the result in «Resolved», after a show of hands"),
    "candidate_votes": Term(
        "Votes for the candidates: {votes}.",
        "Голоса за кандидатов: {votes}.",
        "Кандидаттарға берілген дауыстар: {votes}.",
        "each as «Б.А. Қожахметов — 498»",
    ),
    "elected": Term("Elected: {names}.", "Избраны: {names}.", "Сайланды: {names}.", "two or more elected"),
    "elected_one": Term("Elected: {names}.", "Избран(а): {names}.", "Сайланды: {names}.", "one elected"),
    "none_elected": Term("No one was elected.", "Никто не избран.", "Ешкім сайланған жоқ.", ""),
    "tied": Term(
        "Tied with {votes} votes each: {names}; the seats left open ({seats}) go to a new round.",
        "Равное число голосов ({votes}) у кандидатов: {names}; незамещённые места ({seats}) — на повторное голосование.",
        "Тең дауыс ({votes}) алған кандидаттар: {names}; бос қалған орындар ({seats}) қайта дауыс беруге шығарылады.",
        "equal votes for the last seats: none of them elected",
    ),
    "seats_open": Term(
        "Seats not filled: {seats}.", "Незамещённых мест: {seats}.", "Толтырылмаған орын саны: {seats}.",
        "too few reached the votes needed",
    ),
    "term_from": Term(
        "Term of office from {start}.", "Срок полномочий — с {start}.", "Өкілеттік мерзімі — {start} бастап.", "no end set"
    ),
    "term_from_until": Term(
        "Term of office from {start} to {end}.",
        "Срок полномочий — с {start} по {end}.",
        "Өкілеттік мерзімі — {start} бастап {end} дейін.",
        "",
    ),
    "count_protocol": Term(
        "COUNTING COMMISSION'S PROTOCOL", "ПРОТОКОЛ СЧЁТНОЙ КОМИССИИ", "САНАҚ КОМИССИЯСЫНЫҢ ХАТТАМАСЫ",
        "the counting commission's protocol: its heading",
    ),
    "count_of_secret": Term(
        "on the results of the secret ballot", "об итогах тайного голосования", "жасырын дауыс беру қорытындысы туралы",
        "under the heading",
    ),
    "count_of_open": Term(
        "on the results of the open vote", "об итогах открытого голосования", "ашық дауыс беру қорытындысы туралы",
        "under the heading",
    ),
    "assembly_line": Term(
        "{kind} No. {number} of {date}", "{kind} № {number} от {date}", "{kind} № {number}, {date}",
        "the assembly an election paper belongs to",
    ),
    "assembly_line_undated": Term("{kind} No. {number}", "{kind} № {number}", "{kind} № {number}", "the same, no date set"),
    "place": Term("Place", "Место проведения", "Өткізілген орны", ""),
    "agenda_item": Term("Agenda item", "Вопрос повестки дня", "Күн тәртібіндегі мәселе", ""),
    "election_of": Term("Election", "Выборы", "Сайлау", "before the office elected"),
    "seats": Term("Seats to fill", "Число мест", "Орын саны", ""),
    "counting_commission": Term("Counting commission", "Счётная комиссия", "Санақ комиссиясы", "its members, the chair first"),
    "commission_chair_mark": Term("chair", "председатель", "төраға", "after the first name of the commission"),
    "registered_count": Term(
        "Registered at the assembly", "Зарегистрировано участников собрания", "Жиналысқа тіркелгендер саны", ""
    ),
    "ballots_issued": Term("Ballots issued", "Выдано бюллетеней", "Берілген бюллетеньдер саны", ""),
    "ballots_found": Term(
        "Ballots found in the ballot box",
        "Обнаружено бюллетеней в ящике для голосования",
        "Дауыс беру жәшігінен табылған бюллетеньдер саны",
        "",
    ),
    "ballots_invalid": Term("Invalid ballots", "Недействительных бюллетеней", "Жарамсыз бюллетеньдер саны", ""),
    "ballots_valid": Term("Valid ballots", "Действительных бюллетеней", "Жарамды бюллетеньдер саны", "found less invalid"),
    "quota_most_votes": Term(
        "Elected are the candidates with the most votes, up to the number of seats.",
        "Избранными считаются кандидаты, получившие наибольшее число голосов, в пределах числа мест.",
        "Орын саны шегінде ең көп дауыс алған кандидаттар сайланған болып саналады.",
        "the rule of the election",
    ),
    "quota_registered_majority": Term(
        "Elected are the candidates voted for by more than half of those registered — at least {required} of "
        "{registered} — up to the number of seats.",
        "Избранными считаются кандидаты, за которых проголосовало более половины зарегистрированных участников — "
        "не менее {required} из {registered}, — в пределах числа мест.",
        "Орын саны шегінде тіркелгендердің жартысынан астамы — {registered} адамнан кемінде {required} — дауыс "
        "берген кандидаттар сайланған болып саналады.",
        "the rule of the election",
    ),
    "number": Term("No.", "№", "№", "a table's column of numbers"),
    "candidate": Term("Candidate", "Кандидат", "Кандидат", "a column"),
    "votes": Term("Votes", "Число голосов", "Дауыс саны", "a column"),
    "result": Term("Result", "Результат", "Нәтиже", "a column"),
    "result_elected": Term("elected", "избран(а)", "сайланды", "a candidate's result"),
    "result_tied": Term("tie", "равенство голосов", "дауыстар тең", "a candidate's result"),
    "result_not_elected": Term("not elected", "не избран(а)", "сайланбады", "a candidate's result"),
    "commission_chair": Term(
        "Chair of the counting commission", "Председатель счётной комиссии", "Санақ комиссиясының төрағасы", "signature"
    ),
    "commission_member": Term(
        "Member of the counting commission", "Член счётной комиссии", "Санақ комиссиясының мүшесі", "signature"
    ),
    "ballot": Term("BALLOT PAPER", "БЮЛЛЕТЕНЬ", "БЮЛЛЕТЕНЬ", "the ballot paper's heading"),
    "ballot_secret": Term(
        "for the secret ballot", "для тайного голосования", "жасырын дауыс беруге арналған", "under the heading"
    ),
    "ballot_leave_one": Term(
        "Mark one candidate: put a mark in the box beside the candidate you vote for. A ballot with more than one "
        "candidate marked is invalid.",
        "Отметьте одного кандидата: поставьте любой знак в квадрате справа от фамилии кандидата, за которого "
        "голосуете. Бюллетень, в котором отмечено более одного кандидата, считается недействительным.",
        "Бір ғана кандидатты белгілеңіз: дауыс беретін кандидаттың тегінің оң жағындағы шаршыға кез келген белгі "
        "қойыңыз. Бірден артық кандидат белгіленген бюллетень жарамсыз деп есептеледі.",
        "one seat",
    ),
    "ballot_leave_many": Term(
        "Mark no more than {seats} candidates: put a mark in the box beside each candidate you vote for. A ballot "
        "with more than {seats} candidates marked is invalid.",
        "Отметьте не более {seats} кандидатов: поставьте любой знак в квадрате справа от фамилии каждого "
        "кандидата, за которого голосуете. Бюллетень, в котором отмечено больше кандидатов, чем {seats}, "
        "считается недействительным.",
        "{seats} кандидаттан артық белгілемеңіз: дауыс беретін әр кандидаттың тегінің оң жағындағы шаршыға кез "
        "келген белгі қойыңыз. {seats} кандидаттан артық белгіленген бюллетень жарамсыз деп есептеледі.",
        "two seats or more",
    ),
    "ballot_leave_many_ending_in_one": Term(
        "Mark no more than {seats} candidates: put a mark in the box beside each candidate you vote for. A ballot "
        "with more than {seats} candidates marked is invalid.",
        "Отметьте не более {seats} кандидата: поставьте любой знак в квадрате справа от фамилии каждого "
        "кандидата, за которого голосуете. Бюллетень, в котором отмечено больше кандидатов, чем {seats}, "
        "считается недействительным.",
        "{seats} кандидаттан артық белгілемеңіз: дауыс беретін әр кандидаттың тегінің оң жағындағы шаршыға кез "
        "келген белгі қойыңыз. {seats} кандидаттан артық белгіленген бюллетень жарамсыз деп есептеледі.",
        "21, 31… seats: «не более 21 кандидата»",
    ),
    "ballot_certified": Term(
        "Certified by the counting commission:", "Заверено счётной комиссией:", "Санақ комиссиясы куәландырды:",
        "a line for the commission's signatures, the same on every ballot",
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
        "and as protocols in Kazakhstan write them, and of an election's papers: the result written",
        "into the minutes, the counting commission's protocol and the ballot paper. Generated from",
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
