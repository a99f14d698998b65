"""`committee-app`: the command line. Exit 0 on success, 1 with a message on stderr for
anything the user can fix, 2 for a mistyped command."""

import argparse
import contextlib
import os
import sys
from pathlib import Path

from . import __version__, paths
from .atomic import disk_error
from .exchange.targets import IMPORT_TARGETS
from .errors import UserError, ValidationError, translate, translated_without_qt
from .shipped_files import IncompleteInstallation
from .i18n import SOURCE_LANGUAGE, LanguageSwitch, compiled_translations, language_from_environment
from .labels import label
from .printing.ballot_counts import MOST_BALLOTS, refuse_redacted_ballots
from .printing.signin_rows import DEFAULT_BLANK_PAGES, blank_rows_refused, check_blank_rows, refuse_redacted_sheet
from .printing.tally_counts import DEFAULT_SHEETS, MOST_SHEETS
from .vocabulary import BallotKind, CommitteeKind, Language, MemberRole, MemberStatus

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
DESKTOP_ENTRY_POINT_GROUP = "committee_app.desktop"
# The keys of printing.document.PAPERS, named here so that building the parser needs no ReportLab.
PAPER_NAMES = ("a4", "letter")
# Both kept alive for the whole run: Qt drops a translator whose Python object is gone.
_application = None
_languages: LanguageSwitch | None = None


class TranslatedHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else translate("cli", "usage: "))


class TranslatedParser(argparse.ArgumentParser):
    """argparse's own words (usage, the section titles, -h) in the user's language too; the
    subcommands' parsers are made by this class as well."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("cli", "positional arguments")
        self._optionals.title = translate("cli", "options")
        self.add_argument("-h", "--help", action="help", help=translate("cli", "show this help and exit"))


def build_parser() -> argparse.ArgumentParser:
    parser = TranslatedParser(
        prog="committee-app",
        description=translate("cli", "Committee Desk: the encrypted records of a workers' action committee."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument("--store", type=Path, help=translate("cli", "the store file (default: the user data folder)"))
    parser.add_argument(
        "--passphrase-file", type=Path, help=translate("cli", "read the passphrase from this file instead of asking")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help=translate("cli", "create a new, empty store"))
    init.add_argument("--name", required=True, help=translate("cli", "the committee's name"))
    init.add_argument(
        "--kind",
        choices=[kind.value for kind in CommitteeKind],
        default=CommitteeKind.workplace.value,
        help=translate("cli", "the kind of committee"),
    )
    init.add_argument("--locality", default="", help=translate("cli", "town or district"))
    init.add_argument("--enterprise", default="", help=translate("cli", "the enterprise, for a workplace committee"))
    init.add_argument(
        "--language",
        choices=[language.value for language in Language],
        default=Language.ru.value,
        help=translate("cli", "the language of printed documents"),
    )

    demo = commands.add_parser("demo", help=translate("cli", "create (or replace) a store filled with demo records"))
    demo.add_argument("--no-gui", action="store_true", help=translate("cli", "do not open the desktop window"))
    demo.add_argument("--yes", action="store_true", help=translate("cli", "replace an existing demo store without asking"))

    members = commands.add_parser("members", help=translate("cli", "list, add or import members"))
    member_commands = members.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    listing = member_commands.add_parser("list", help=translate("cli", "list members, optionally only those matching"))
    listing.add_argument("--search", default="", help=translate("cli", "any part of name, phone, workplace or shop"))
    listing.add_argument(
        "--status", choices=[status.value for status in MemberStatus], help=translate("cli", "only members with this status")
    )
    erasing = member_commands.add_parser(
        "erase",
        help=translate(
            "cli", "erase a member completely: name, phone, workplace and notes are removed from every record"
        ),
    )
    erasing.add_argument("id", type=int, help=translate("cli", "the member's number, as `members list` shows it"))
    erasing.add_argument("--yes", action="store_true", help=translate("cli", "erase without asking"))
    adding = member_commands.add_parser("add", help=translate("cli", "add a member"))
    adding.add_argument("--name", required=True, help=translate("cli", "full name"))
    adding.add_argument("--phone", default="", help=translate("cli", "phone number"))
    adding.add_argument("--workplace", default="", help=translate("cli", "where the member works"))
    adding.add_argument("--unit", default="", help=translate("cli", "shop or department"))
    adding.add_argument("--occupation", default="", help=translate("cli", "trade or job"))
    adding.add_argument(
        "--role",
        choices=[role.value for role in MemberRole],
        default=MemberRole.member.value,
        help=translate("cli", "role in the committee"),
    )
    add_import_command(member_commands)
    add_member_export_command(member_commands)

    dump = commands.add_parser("dump", help=translate("cli", "write every record as JSON"))
    dump.add_argument("--output", "-o", type=Path, help=translate("cli", "the file to write (default: standard output)"))

    commands.add_parser("check", help=translate("cli", "verify the store's integrity and encryption"))

    add_print_commands(commands)
    add_election_commands(commands)

    change = commands.add_parser("change-passphrase", help=translate("cli", "change the store's passphrase"))
    change.add_argument(
        "--new-passphrase-file", type=Path, help=translate("cli", "read the new passphrase from this file instead of asking")
    )
    add_backup_commands(commands)
    add_bundle_commands(commands)
    wipe = commands.add_parser(
        "wipe",
        help=translate(
            "cli",
            "destroy the store's key files, then delete the store, its temporary files, the settings and the logs "
            "(backups on USB sticks are not touched)",
        ),
    )
    wipe.add_argument("--yes", action="store_true", help=translate("cli", "wipe without asking"))
    wipe.add_argument(
        "--practice", action="store_true", help=translate("cli", "only list what would be deleted; delete nothing")
    )
    return parser


def add_member_export_command(member_commands) -> None:
    exporting = member_commands.add_parser(
        "export", help=translate("cli", "write the member list to a spreadsheet (personal data: keep it safe)")
    )
    exporting.add_argument(
        "file", type=Path, metavar="FILE", help=translate("cli", "the file to write: .csv (for Excel) or .xlsx")
    )
    exporting.add_argument(
        "--delimiter",
        choices=[";", ","],
        default=";",
        metavar=";|,",
        help=translate("cli", "the separator of a CSV file (default: ; as Excel on a Russian or Kazakh Windows expects)"),
    )
    exporting.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        help=translate("cli", "the language of the column headers, roles and statuses (default: that of the messages)"),
    )
    exporting.add_argument("--include-left", action="store_true", help=translate("cli", "list members who have left too"))


# The separators --delimiter takes; a tab is hard to type on a command line, so it has a name.
IMPORT_DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
# Errors listed one by one after an import; the rest are counted.
LISTED_IMPORT_ERRORS = 20




def import_columns(text: str) -> dict[int, str | None]:
    """--columns full_name,phone,-: column index → member field, None for a column left out."""
    mapping: dict[int, str | None] = {}
    for index, name in enumerate(part.strip() for part in text.split(",")):
        if name in ("-", ""):
            mapping[index] = None
        elif name in IMPORT_TARGETS:
            mapping[index] = name
        else:
            raise argparse.ArgumentTypeError(
                translate("cli", "“{name}” is not a member field; the fields: {fields}.").format(
                    name=name, fields=", ".join(IMPORT_TARGETS)
                )
            )
    return mapping


def add_import_command(member_commands) -> None:
    importing = member_commands.add_parser(
        "import", help=translate("cli", "add the members listed in a CSV file or an Excel workbook (.xlsx)")
    )
    importing.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the CSV or .xlsx file"))
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "only say what importing would do; write nothing")
    )
    importing.add_argument(
        "--encoding", choices=("utf-8", "cp1251"), help=translate("cli", "the CSV file's encoding (default: detected)")
    )
    importing.add_argument(
        "--delimiter",
        choices=list(IMPORT_DELIMITERS),
        metavar=",|;|tab",
        help=translate("cli", "the CSV file's separator: , or ; or tab (default: detected)"),
    )
    importing.add_argument("--sheet", metavar="NAME", help=translate("cli", "the workbook's sheet (default: the first)"))
    importing.add_argument(
        "--no-header",
        action="store_true",
        help=translate("cli", "the file has no row of column names: its first row is a member"),
    )
    importing.add_argument(
        "--columns",
        type=import_columns,
        metavar="FIELDS",
        help=translate(
            "cli",
            "what each column holds, in order, separated by commas, with - for a column to leave out "
            "(e.g. full_name,phone,-,unit); the fields: {fields} (default: recognised from the header)",
        ).format(fields=", ".join(IMPORT_TARGETS)),
    )
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update"),
        default="skip",
        help=translate(
            "cli",
            "what to do with a row that is the same as a member already there (same name, and same phone or none): "
            "skip it, or update the member from it (default: skip)",
        ),
    )


def add_backup_commands(commands) -> None:
    backup = commands.add_parser("backup", help=translate("cli", "write an encrypted backup and verify it"))
    backup.add_argument(
        "--to", type=Path, required=True, metavar="DIR", help=translate("cli", "the folder to write the backup in (a USB stick)")
    )
    backup.add_argument(
        "--keep",
        type=keep_count,
        default=10,
        metavar="N",
        help=translate(
            "cli",
            "after a verified backup, keep this store's newest N backups in the folder and remove its older ones "
            "(default: 10)",
        ),
    )
    verify = commands.add_parser("verify", help=translate("cli", "check a backup file and say what it holds"))
    verify.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the backup file (.cdbk)"))
    restore = commands.add_parser("restore", help=translate("cli", "replace the store with the records of a backup"))
    restore.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the backup file (.cdbk)"))
    restore.add_argument("--yes", action="store_true", help=translate("cli", "restore without asking"))
    for command in (verify, restore):
        command.add_argument(
            "--open-costly",
            action="store_true",
            help=translate(
                "cli",
                "open a backup whose header asks for far more memory and time than the app's own backups take "
                "(otherwise asked, or refused when not at a terminal)",
            ),
        )
    for command in (backup, verify, restore):
        command.add_argument(
            "--backup-passphrase-file",
            type=Path,
            help=translate(
                "cli",
                "read the backup's passphrase from this file (default: the separate backup passphrase set in the app, "
                "else the store's passphrase)",
            ),
        )


# SQLite's integers are signed 64-bit: a larger protocol number cannot be stored or looked up.
LARGEST_PROTOCOL_NUMBER = 2**63 - 1


def protocol_number(text: str) -> int:
    """--assembly: a whole number an assembly can have (argparse names the option in its refusal)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= LARGEST_PROTOCOL_NUMBER:
        raise argparse.ArgumentTypeError(
            translate("cli", "a protocol number is a whole number from 1 to {largest}, not {value}").format(
                largest=LARGEST_PROTOCOL_NUMBER, value=text
            )
        )
    return value


def keep_count(text: str) -> int:
    """--keep: a whole number of at least 1 (argparse turns a refusal into a usage error)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "must be a whole number of at least 1: {value}").format(value=text))
    return value


def add_bundle_commands(commands) -> None:
    bundle = commands.add_parser(
        "bundle", help=translate("cli", "exchange records with the council (or with the committees, in a council's store)")
    )
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    exporting = bundle_commands.add_parser(
        "export",
        help=translate(
            "cli",
            "write a bundle: held assemblies (counts, no names), resolutions and adopted demands with their votes "
            "and history",
        ),
    )
    exporting.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FILE", help=translate("cli", "the bundle file to write (.cdcb)")
    )
    exporting.add_argument(
        "--include-delegates",
        action="store_true",
        help=translate("cli", "include the delegates' names (never phones or workplaces); without it no member is named"),
    )
    importing = bundle_commands.add_parser("import", help=translate("cli", "import a bundle from a committee or from the council"))
    importing.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the bundle file (.cdcb)"))
    for command in (exporting, importing):
        command.add_argument(
            "--bundle-passphrase-file",
            type=Path,
            metavar="FILE",
            help=translate(
                "cli", "read the passphrase the committee and the council share from this file instead of asking"
            ),
        )


def add_print_commands(commands) -> None:
    printing = commands.add_parser("print", help=translate("cli", "print a document to a PDF file"))
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for name, help_text in (
        ("agenda", translate("cli", "the notice and agenda of an assembly")),
        ("signin", translate("cli", "the sign-in sheet of an assembly")),
        ("minutes", translate("cli", "the minutes (protocol) of an assembly")),
    ):
        document = documents.add_parser(name, help=help_text)
        document.add_argument(
            "--assembly",
            type=protocol_number,
            required=True,
            metavar="NUMBER",
            help=translate("cli", "the assembly's protocol number"),
        )
        add_paper_options(document, redactable=name != "signin")
        if name == "signin":
            document.add_argument(
                "--blank-rows",
                metavar="N",
                help=translate(
                    "cli",
                    "numbered blank rows after the members, for those not in the member list (default: one for each "
                    "worker entitled and not listed, at most {pages} pages)",
                ).format(pages=DEFAULT_BLANK_PAGES),
            )
    tally = documents.add_parser(
        "tally", help=translate("cli", "numbered tally sheets for a count of hands on one agenda item, one for each counter")
    )
    tally.add_argument(
        "--assembly", type=protocol_number, required=True, metavar="NUMBER", help=translate("cli", "the assembly's protocol number")
    )
    tally.add_argument(
        "--item",
        type=item_position,
        metavar="N",
        help=translate("cli", "the item's number on the agenda; without it, a line on each sheet to write the item in"),
    )
    tally.add_argument(
        "--sheets",
        "--sectors",
        dest="sheets",
        type=sheet_count,
        default=DEFAULT_SHEETS,
        metavar="N",
        help=translate(
            "cli",
            "how many sheets: one for each counter or sector of the hall; --sheets and --sectors are the same "
            "(1 to {most}, default {default})",
        ).format(most=MOST_SHEETS, default=DEFAULT_SHEETS),
    )
    add_paper_options(tally, redactable=False)
    for name, help_text in (
        ("ballots", translate("cli", "ballot papers for the secret ballot of an election held on one agenda item")),
        ("count-protocol", translate("cli", "the counting commission's protocol of an election held on one agenda item")),
    ):
        document = documents.add_parser(name, help=help_text)
        document.add_argument(
            "--assembly", type=protocol_number, required=True, metavar="NUMBER", help=translate("cli", "the assembly's protocol number")
        )
        document.add_argument(
            "--item",
            type=item_position,
            required=True,
            metavar="N",
            help=translate("cli", "the number on the agenda of the item that holds the election"),
        )
        if name == "ballots":
            document.add_argument(
                "--copies",
                type=ballot_copies,
                metavar="N",
                help=translate(
                    "cli",
                    "how many ballot papers, two to a page where they fit (1 to {most}; default: one for each one "
                    "registered at the assembly, or entitled before anyone is registered)",
                ).format(most=MOST_BALLOTS),
            )
        add_paper_options(document, redactable=name != "ballots")
    add_paper_options(
        documents.add_parser(
            "delegates", help=translate("cli", "the delegates with their mandates, and those recalled, with the vote")
        )
    )
    add_paper_options(documents.add_parser("demands", help=translate("cli", "the adopted demands still standing")))
    add_paper_options(
        documents.add_parser(
            "common-demands",
            help=translate("cli", "in a council's store: the common demands and which committees adopted each"),
        ),
        redactable=False,
    )
    roster = documents.add_parser("roster", help=translate("cli", "the member list (personal data: keep it safe)"))
    add_paper_options(roster)
    roster.add_argument("--include-left", action="store_true", help=translate("cli", "list members who have left too"))


def item_position(text: str) -> int:
    """--item: an agenda item's number (argparse names the option in its refusal)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "an agenda item's number is a whole number from 1, not {value}").format(value=text)
        )
    return value


def sheet_count(text: str) -> int:
    """--sheets: how many tally sheets (the bounds are the printing module's)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MOST_SHEETS:
        raise argparse.ArgumentTypeError(
            translate("cli", "the number of sheets is a whole number from 1 to {most}, not {value}").format(
                most=MOST_SHEETS, value=text
            )
        )
    return value


def ballot_copies(text: str) -> int:
    """--copies: how many ballot papers (the bounds are the printing module's)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MOST_BALLOTS:
        raise argparse.ArgumentTypeError(
            translate("cli", "the number of ballot papers is a whole number from 1 to {most}, not {value}").format(
                most=MOST_BALLOTS, value=text
            )
        )
    return value


def add_election_commands(commands) -> None:
    election = commands.add_parser("elections", help=translate("cli", "the elections held at an assembly and their results"))
    actions = election.add_subparsers(dest="elections_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", help=translate("cli", "each election of an assembly: the candidates, their votes, who is elected")
    )
    show.add_argument(
        "--assembly", type=protocol_number, required=True, metavar="NUMBER", help=translate("cli", "the assembly's protocol number")
    )


def add_paper_options(document, *, redactable: bool = True) -> None:
    document.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FILE.pdf", help=translate("cli", "the PDF file to write")
    )
    document.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        help=translate("cli", "the document's language (default: the committee's language for documents)"),
    )
    document.add_argument("--paper", choices=PAPER_NAMES, default="a4", help=translate("cli", "the paper size"))
    # Taken by every document, so that a sheet with no redacted form refuses it in words
    # rather than as a mistyped command; its help shows only where it is offered.
    document.add_argument(
        "--redacted",
        action="store_true",
        help=translate(
            "cli",
            "for paper that may be seized: initials instead of names, no phones or workplaces, counts instead of "
            "lists of those present (texts typed into the records print as typed)",
        )
        if redactable
        else argparse.SUPPRESS,
    )
    document.add_argument(
        "--print-time",
        action="store_true",
        help=translate("cli", "give the time of printing in the footer, not only the date"),
    )


def option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each argument's name as the user typed it (its long option, or its placeholder), by destination."""
    names: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                for dest, name in option_names(command).items():
                    names.setdefault(dest, name)
        elif action.option_strings:
            names.setdefault(action.dest, max(action.option_strings, key=len))
        else:
            names.setdefault(action.dest, action.metavar or action.dest)
    return names


def text_problem(text: str) -> str | None:
    """Why no record can hold ``text``, or None."""
    if "\x00" in text:
        return translate("cli", "{option}: the text holds a NUL character (a zero byte), which no record can hold.")
    # Python hands on each byte of an argument that is not UTF-8 as a surrogate from U+DC80 to U+DCFF.
    if any("\udc80" <= character <= "\udcff" for character in text):
        return translate(
            "cli",
            "{option}: the text holds bytes that are not UTF-8: is the terminal set to another encoding? "
            "Set it to UTF-8 and type the text again.",
        )
    if any("\ud800" <= character <= "\udfff" for character in text):
        return translate(
            "cli", "{option}: the text holds a broken character (half of a surrogate pair), which no record can hold."
        )
    return None


def path_problem(path: Path) -> str | None:
    """Why ``path`` can name no file, or None. Bytes that are not UTF-8 are fine: on Linux and
    macOS a file name is bytes, and Python keeps them as they are."""
    if "\x00" in str(path):
        return translate("cli", "{option}: the path holds a NUL character (a zero byte), which no file name can hold.")
    try:
        os.fsencode(path)
    except UnicodeError:
        return translate(
            "cli", "{option}: the path holds a broken character (half of a surrogate pair), which no file name can hold."
        )
    return None


def refuse_unusable_arguments(args) -> None:
    """Before anything is opened or asked: an argument no record or file name can hold, by its name."""
    names = args.option_names
    for dest, value in vars(args).items():
        if isinstance(value, str):
            problem = text_problem(value)
        elif isinstance(value, Path):
            problem = path_problem(value)
        else:
            continue
        if problem is not None:
            raise ValidationError(problem.format(option=names.get(dest, dest)))


def store_path(args) -> Path:
    return args.store if args.store is not None else paths.default_store_path()


def open_store(args):
    return open_store_with_passphrase(args)[0]


def finish_interrupted_work_at(path: Path) -> None:
    from .atomic import disk_error
    from .leftovers import finish_interrupted_work

    try:
        finish_interrupted_work(path)
    except OSError as error:
        raise disk_error(error, path) from error


def open_store_with_passphrase(args):
    from .failed_unlocks import open_store_counting_failures
    from .passphrases import passphrase_from
    from .store import refuse_what_is_not_a_store

    path = store_path(args)
    # A restore cut off mid-swap is finished first: until then the store file may be missing.
    finish_interrupted_work_at(path)
    # Before asking for the passphrase: an image or an empty file needs none to be refused.
    refuse_what_is_not_a_store(path)
    passphrase = passphrase_from(args.passphrase_file, label=translate("cli", "Passphrase: "))
    # Counted with the desktop's attempts when the wipe after failed unlocks is on.
    store = open_store_counting_failures(path, passphrase)
    if store.key_copy_note is not None:
        print(store.key_copy_note, file=sys.stderr)
    return store, passphrase


def run_init(args) -> int:
    from .passphrases import passphrase_from
    from .services import profile
    from .store import Store, check_passphrase_acceptable, refuse_existing_store

    path = store_path(args)
    refuse_existing_store(path)
    passphrase = passphrase_from(args.passphrase_file, label=translate("cli", "New passphrase: "), confirm=True)
    check_passphrase_acceptable(passphrase)
    profile_fields = dict(
        name=args.name, kind=args.kind, locality=args.locality, enterprise=args.enterprise, default_language=args.language
    )
    # Check the fields before anything is written, so a bad name leaves no half-made store.
    profile.validate_profile(**profile_fields)
    Store.create(path, passphrase, fill=lambda new: profile.save_profile(new, **profile_fields)).close()
    print(translate("cli", "Created the store {path}.").format(path=path))
    print(translate("cli", "Keep the passphrase safe: if it is forgotten, the records cannot be recovered."))
    return EXIT_OK


def confirm(question: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    answer = input(question + " " + translate("cli", "[y/N]") + " ").strip().casefold()
    return answer in ("y", "yes", "д", "да", "и", "иә")


def run_demo(args) -> int:
    from .demo import create_demo_store, refuse_replacing_real_records
    from .keyslot import key_slots_exist
    from .passphrases import passphrase_from
    from .store import check_passphrase_acceptable

    path = args.store if args.store is not None else paths.demo_store_path()
    refuse_replacing_real_records(path)
    if (path.exists() or key_slots_exist(path)) and not args.yes:
        question = translate("cli", "A demo store already exists at {path}. Replace it with a fresh one?").format(path=path)
        if not confirm(question):
            raise UserError(
                translate("cli", "The store at {path} was kept. To replace it, answer yes or add --yes.").format(path=path)
            )
    passphrase = passphrase_from(
        args.passphrase_file, label=translate("cli", "Passphrase for the demo store: "), confirm=True
    )
    check_passphrase_acceptable(passphrase)
    print(translate("cli", "Creating the demo store…"), file=sys.stderr)
    store = create_demo_store(path, passphrase)
    print(translate("cli", "Created the demo store {path}.").format(path=path))
    if args.no_gui:
        store.close()
        return EXIT_OK
    return launch_desktop(path, unlocked_store=store, desktop=args.desktop)


def entry_points(group: str):
    """importlib.metadata's, loaded only when the desktop starts: --help and --version go without."""
    from importlib import metadata

    return metadata.entry_points(group=group)


def launch_desktop(path: Path | None, unlocked_store=None, desktop=None) -> int:
    """Start the desktop front end: the one given (the bundle's launcher knows it), else the
    one found through its entry point. The core never imports it."""
    if desktop is None:
        front_ends = list(entry_points(group=DESKTOP_ENTRY_POINT_GROUP))
        if not front_ends:
            if unlocked_store is not None:
                unlocked_store.close()
            raise UserError(
                translate("cli", "The desktop application is not installed; the commands work (committee-app --help).")
            )
        desktop = front_ends[0].load()
    return desktop(path, unlocked_store)


def warn_of_personal_data(path) -> None:
    """On stderr, after a file with names, phones or workplaces was written unencrypted."""
    print(
        translate(
            "cli",
            "Warning: {path} holds the members' personal data, unencrypted. Keep it out of other hands "
            "and delete it when it is no longer needed.",
        ).format(path=path),
        file=sys.stderr,
    )


def write_to_stdout(text: str) -> None:
    """Write and flush; a full disk behind a redirection is the user's to know, in words."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise disk_error(error, translate("cli", "the standard output")) from error


# SQLite's integers: a larger number can be no member's.
LARGEST_ID = 2**63 - 1


def erase_member(store, args) -> int:
    from .services import erasure, members

    if not 1 <= args.id <= LARGEST_ID:
        raise UserError(translate("cli", "There is no member no. {id}.").format(id=args.id))
    member = members.get_member(store, args.id)
    question = translate(
        "cli",
        "Erase member no. {id} completely? Their name, phone, workplace and notes will be removed from every record "
        "and cannot be brought back.",
    ).format(id=member.id)
    if not args.yes and not confirm(question):
        raise UserError(translate("cli", "Nothing was erased. To erase, answer yes or add --yes."))
    result = erasure.erase_member(store, member.id)
    print(
        translate("cli", "Member no. {id} was erased: the records now say “{placeholder}”. Records changed: {count}.").format(
            id=member.id, placeholder=result.placeholder, count=result.records_changed
        )
    )
    print(
        translate(
            "cli",
            "Backups made before still hold this person. Make a new one with `backup --to DIR --keep 1`, which "
            "removes this store's older backups there, and delete any other copies.",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def run_members(args) -> int:
    from .services import members

    if args.members_command == "export":
        return run_member_export(args)
    if args.members_command == "import":
        return run_members_import(args)
    store = open_store(args)
    try:
        if args.members_command == "erase":
            return erase_member(store, args)
        if args.members_command == "add":
            member = members.add_member(
                store,
                full_name=args.name,
                phone=args.phone,
                workplace=args.workplace,
                unit=args.unit,
                occupation=args.occupation,
                role=args.role,
            )
            print(translate("cli", "Added member no. {id}.").format(id=member.id))
            return EXIT_OK
        status = MemberStatus(args.status) if args.status else None
        found = members.search_members(store, args.search, status=status)
    finally:
        store.close()
    lines = [
        "\t".join([str(m.id), m.full_name, m.phone, m.workplace, m.unit, label(m.role), label(m.status)]) for m in found
    ]
    write_to_stdout("".join(line + "\n" for line in lines))
    print(translate("cli", "Members found: {count}.").format(count=len(found)), file=sys.stderr)
    return EXIT_OK


def run_member_export(args) -> int:
    from .exchange.member_export import export_members, format_for

    # Before the passphrase is asked: a file that cannot be written is said at once.
    format_for(args.file)
    if args.file.is_dir():
        raise UserError(
            translate("cli", "{path} is a folder: give the name of the file to write, such as {example}.").format(
                path=args.file, example=args.file / "members.xlsx"
            )
        )
    refuse_unwritable_output(args.file)
    store = open_store(args)
    try:
        count = export_members(
            store, args.file, language=args.lang or language_from_environment(), delimiter=args.delimiter,
            include_left=args.include_left,
        )
    finally:
        store.close()
    print(translate("cli", "Wrote {path}.").format(path=args.file))
    print(translate("cli", "Members written: {count}.").format(count=count))
    warn_of_personal_data(args.file)
    return EXIT_OK


def run_members_import(args) -> int:
    from .exchange.member_import import ImportOptions, RowStatus, commit_import, read_import_preview
    from .exchange.tables import encoding_name

    if not args.file.is_file():
        raise UserError(translate("cli", "There is no file {path}.").format(path=args.file))
    options = ImportOptions(
        encoding=args.encoding,
        delimiter=IMPORT_DELIMITERS[args.delimiter] if args.delimiter else None,
        sheet=args.sheet,
        mapping=args.columns,
        header_row=0 if args.no_header else None,
    )
    store = open_store(args)
    try:
        preview = read_import_preview(store, args.file, options)
        if preview.kind == "csv":
            separator = translate("cli", "tab") if preview.delimiter == "\t" else preview.delimiter
            print(
                translate("cli", "Read {path}: CSV in {encoding}, separator “{separator}”.").format(
                    path=args.file, encoding=encoding_name(preview.encoding), separator=separator
                )
            )
        else:
            print(translate("cli", "Read {path}: the sheet “{sheet}”.").format(path=args.file, sheet=preview.sheet))
        if preview.header_row_number:
            print(translate("cli", "Column headers in row {row}.").format(row=preview.header_row_number))
        print(
            translate("cli", "New: {new}; the same as a member or an earlier row: {same}; errors: {errors}.").format(
                new=preview.count(RowStatus.new), same=preview.count(RowStatus.same), errors=preview.count(RowStatus.error)
            )
        )
        errors = [row for row in preview.rows if row.status == RowStatus.error]
        for row in errors[:LISTED_IMPORT_ERRORS]:
            print(translate("cli", "Row {row}: {reason}").format(row=row.row_number, reason=row.reason))
        if len(errors) > LISTED_IMPORT_ERRORS:
            print(translate("cli", "… and {count} more rows with errors.").format(count=len(errors) - LISTED_IMPORT_ERRORS))
        if args.dry_run:
            print(translate("cli", "A dry run: nothing was written."))
            return EXIT_OK
        summary = commit_import(store, preview, on_duplicate=args.on_duplicate)
    finally:
        store.close()
    print(
        translate("cli", "Added {added} members, updated {updated}, skipped {skipped}; rows with errors left out: {errors}.").format(
            added=summary.added, updated=summary.updated, skipped=summary.skipped, errors=summary.errors
        )
    )
    return EXIT_OK


def run_dump(args) -> int:
    from .dump import dump_json, write_dump

    store = open_store(args)
    try:
        if args.output is None:
            write_to_stdout(dump_json(store) + "\n")
        else:
            write_dump(store, args.output)
            print(translate("cli", "Wrote every record to {path}.").format(path=args.output), file=sys.stderr)
    finally:
        store.close()
    # On stderr also when the records went to stdout, so that a redirected dump stays pure JSON.
    if args.output is None:
        warning = translate(
            "cli",
            "Warning: what was written holds the members' personal data, unencrypted. Keep it out of other hands "
            "and delete it when it is no longer needed.",
        )
        print(warning, file=sys.stderr)
    else:
        warn_of_personal_data(args.output)
    return EXIT_OK


def run_check(args) -> int:
    store = open_store(args)
    try:
        report = store.check()
    finally:
        store.close()
    ok, problem = translate("cli", "ok"), translate("cli", "PROBLEM")
    print(translate("cli", "Database integrity: {result}").format(result=ok if report.integrity == ["ok"] else problem))
    for line in report.integrity if report.integrity != ["ok"] else []:
        print("  " + line)
    print(translate("cli", "Encryption (page authentication): {result}").format(result=problem if report.cipher_problems else ok))
    print(translate("cli", "Key files intact: {count} of 2").format(count=report.key_copies_intact))
    counts = report.counts
    print(
        translate("cli", "Records: members {members}, assemblies {assemblies}, demands {demands}, action items {actions}.").format(
            members=counts["members"], assemblies=counts["assemblies"], demands=counts["demands"], actions=counts["action_items"]
        )
    )
    if not report.healthy_now:
        print(translate("cli", "The store has problems: make a backup of what can be read and restore from a good backup."), file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def run_change_passphrase(args) -> int:
    from .passphrases import passphrase_from

    store, current = open_store_with_passphrase(args)
    try:
        new = passphrase_from(
            args.new_passphrase_file, env=None, label=translate("cli", "New passphrase: "), confirm=args.new_passphrase_file is None
        )
        store.change_passphrase(current, new)
    finally:
        store.close()
    print(translate("cli", "The passphrase was changed."))
    print(
        translate(
            "cli",
            "Any earlier copy of the key files (.key1, .key2) still opens the store with the old passphrase: "
            "destroy such copies.",
        )
    )
    return EXIT_OK


def blank_row_count(text: str | None) -> int | None:
    """--blank-rows, read once the messages speak the user's language and before the passphrase is asked."""
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(blank_rows_refused(text)) from None
    return check_blank_rows(value)


def refuse_unwritable_output(path: Path) -> None:
    """Before the passphrase is asked: a PDF that cannot be written is said at once."""
    folder = path.parent
    if path.is_dir():
        raise UserError(
            translate("print", "{path} is a folder: give the name of the PDF file to write, such as {example}.").format(
                path=path, example=path / "document.pdf"
            )
        )
    if not folder.is_dir():
        raise UserError(
            translate("print", "There is no folder {folder}: create it, or choose another place for {path}.").format(
                folder=folder, path=path
            )
        )
    if not os.access(folder, os.W_OK):
        raise UserError(
            translate("print", "No permission to write in the folder {folder}: choose another place for {path}.").format(
                folder=folder, path=path
            )
        )


def run_print(args) -> int:
    from .printing.document import PaperChoice, check_choice
    from .services import profile

    refuse_unwritable_output(args.output)
    if args.document == "signin":
        refuse_redacted_sheet(args.redacted)
        args.blank_rows = blank_row_count(args.blank_rows)
    if args.document == "ballots":
        refuse_redacted_ballots(args.redacted)
    store = open_store(args)
    try:
        committee = profile.get_profile(store)
        language = args.lang or (committee.default_language if committee else PaperChoice().language)
        choice = PaperChoice(language=language, paper=args.paper, redacted=args.redacted, print_time=args.print_time)
        check_choice(choice)
        print_document(store, args, choice)
    finally:
        store.close()
    print(translate("cli", "Wrote {path}.").format(path=args.output))
    # A redacted list holds initials, roles and statuses: no name, phone or workplace to warn of.
    if args.document == "roster" and not args.redacted:
        warn_of_personal_data(args.output)
    return EXIT_OK


def print_document(store, args, choice) -> None:
    if args.document == "agenda":
        from .printing.agenda import print_agenda

        print_agenda(store, args.assembly, args.output, choice)
    elif args.document == "signin":
        from .printing.signin import print_signin_sheet

        print_signin_sheet(store, args.assembly, args.output, choice, blank_rows=args.blank_rows)
    elif args.document == "minutes":
        from .printing.minutes import print_minutes

        print_minutes(store, args.assembly, args.output, choice)
    elif args.document == "tally":
        from .printing.tally_sheets import print_tally_sheets

        print_tally_sheets(store, args.assembly, args.item, args.output, choice, sheets=args.sheets)
    elif args.document == "ballots":
        from .printing.ballots import print_ballots

        print_ballots(store, args.assembly, args.item, args.output, choice, copies=args.copies)
    elif args.document == "count-protocol":
        from .printing.count_protocol import print_count_protocol

        print_count_protocol(store, args.assembly, args.item, args.output, choice)
    elif args.document == "delegates":
        from .printing.delegates import print_delegates

        print_delegates(store, args.output, choice)
    elif args.document == "demands":
        from .printing.demands_paper import print_demands

        print_demands(store, args.output, choice)
    elif args.document == "common-demands":
        from .printing.common_demands import print_common_demands

        print_common_demands(store, args.output, choice)
    else:
        from .printing.roster import print_roster

        print_roster(store, args.output, choice, include_left=args.include_left)


def run_elections(args) -> int:
    from .services import assemblies, elections

    store = open_store(args)
    try:
        assembly = assemblies.get_assembly_by_number(store, args.assembly)
        outcomes = elections.election_results(store, assembly.id)
    finally:
        store.close()
    if not outcomes:
        print(translate("cli", "Assembly No. {number} holds no election.").format(number=assembly.number))
        return EXIT_OK
    write_to_stdout("\n".join(election_report(outcome) for outcome in outcomes))
    return EXIT_OK


def election_report(outcome) -> str:
    """An election as text: what was elected, how, the ballots, each candidate's votes in
    ballot order, and who is elected; a line each, the candidates in aligned columns."""
    lines = [
        translate("cli", "Item {position}. {title}").format(position=outcome.item_position, title=outcome.item_title),
        "  " + translate("cli", "Election: {office} — {body}").format(office=outcome.office, body=outcome.body),
    ]
    rule = label(outcome.quota)
    if outcome.required is not None:
        rule = translate("cli", "{rule}: at least {required} votes of {registered} registered").format(
            rule=rule, required=outcome.required, registered=outcome.registered
        )
    lines.append(
        "  " + translate("cli", "Seats: {seats}. {kind}. {rule}.").format(seats=outcome.seats, kind=label(outcome.ballot_kind), rule=rule)
    )
    if outcome.ballot_kind == BallotKind.secret:
        figures = [outcome.ballots_issued, outcome.ballots_found, outcome.ballots_invalid, outcome.ballots_valid]
        issued, found, invalid, valid = ("—" if figure is None else figure for figure in figures)
        lines.append(
            "  "
            + translate("cli", "Ballots: issued {issued}, in the ballot box {found}, invalid {invalid}, valid {valid}.").format(
                issued=issued, found=found, invalid=invalid, valid=valid
            )
        )
    if outcome.counting_commission:
        lines.append("  " + translate("cli", "Counting commission: {names}.").format(names=", ".join(outcome.counting_commission)))
    width = max((len(row.name) for row in outcome.candidates), default=0)
    for row in outcome.candidates:
        votes = "—" if row.votes is None else str(row.votes)
        if row.elected:
            result = translate("cli", "elected")
        elif row.tied:
            result = translate("cli", "tie")
        else:
            result = ""
        lines.append(f"  {row.position:>3}. {row.name:<{width}}  {votes:>7}  {result}".rstrip())
    if not outcome.candidates:
        lines.append("  " + translate("cli", "No candidates yet."))
    elif not outcome.counted:
        lines.append("  " + translate("cli", "Not every candidate's votes are counted yet."))
    else:
        lines += ["  " + sentence for sentence in election_verdict(outcome)]
    start, end = outcome.term_starts, outcome.mandate_until
    if start is not None and end is not None:
        lines.append(
            "  " + translate("cli", "Mandates from {start} to {end}.").format(start=f"{start:%d.%m.%Y}", end=f"{end:%d.%m.%Y}")
        )
    elif start is not None:
        lines.append("  " + translate("cli", "Mandates from {start}.").format(start=f"{start:%d.%m.%Y}"))
    if outcome.declared_at is not None:
        declared = outcome.declared_at.astimezone().strftime("%d.%m.%Y %H:%M")
        lines.append("  " + translate("cli", "Declared in the minutes on {when}.").format(when=declared))
    else:
        lines.append("  " + translate("cli", "Not declared in the minutes yet."))
    return "\n".join(lines) + "\n"


def election_verdict(outcome) -> list[str]:
    names = ", ".join(row.name for row in outcome.elected)
    verdict = [translate("cli", "Elected: {names}.").format(names=names)] if outcome.elected else []
    if outcome.tied:
        verdict.append(
            translate("cli", "Tied for the last seats ({seats} open): {names}; a new round decides.").format(
                seats=outcome.seats_open, names=", ".join(row.name for row in outcome.tied)
            )
        )
    elif not outcome.elected:
        verdict.append(translate("cli", "No one was elected."))
    elif outcome.seats_open:
        verdict.append(translate("cli", "Seats not filled: {seats}.").format(seats=outcome.seats_open))
    return verdict


def backup_passphrase(args) -> str:
    """From --backup-passphrase-file, else as the store's passphrase is given."""
    from .passphrases import passphrase_from, read_passphrase_file

    if args.backup_passphrase_file is not None:
        return read_passphrase_file(args.backup_passphrase_file)
    return passphrase_from(args.passphrase_file, label=translate("cli", "Backup passphrase: "))


def verified_line(summary) -> str:
    return translate("cli", "Verified: {members} members, {assemblies} assemblies, {demands} demands.").format(
        members=summary.members, assemblies=summary.assemblies, demands=summary.demands
    )


def refuse_missing_backup_folder(folder: Path) -> None:
    """Before the passphrase is asked: a folder that is not there is said at once."""
    if not folder.is_dir():
        raise UserError(
            translate("cli", "There is no folder {folder}: is the stick plugged in and mounted? Choose an existing folder.").format(
                folder=folder
            )
        )


def refuse_missing_backup_file(path: Path) -> None:
    if not path.is_file():
        raise UserError(translate("cli", "There is no backup file {path}.").format(path=path))


def run_backup(args) -> int:
    from .passphrases import read_passphrase_file
    from .services.backups import VERIFYING, back_up_and_verify, passphrase_for_backups
    from .store import check_passphrase_acceptable

    refuse_missing_backup_folder(args.to)
    store, store_passphrase = open_store_with_passphrase(args)

    def announce(stage, done, _total):
        if done == 1 and stage == VERIFYING:
            print(translate("cli", "Reading the backup back from {path}…").format(path=args.to), file=sys.stderr)

    try:
        if args.backup_passphrase_file is not None:
            # A passphrase given for a new backup is a new passphrase: the same rule as the store's.
            passphrase = read_passphrase_file(args.backup_passphrase_file)
            check_passphrase_acceptable(passphrase)
        else:
            passphrase = passphrase_for_backups(store, store_passphrase)
        print(translate("cli", "Writing the backup…"), file=sys.stderr)
        outcome = back_up_and_verify(store, args.to, passphrase, keep=args.keep, progress=announce)
    finally:
        store.close()
    print(translate("cli", "Wrote the backup {path}.").format(path=outcome.path))
    print(verified_line(outcome.summary))
    if outcome.space_warning is not None:
        print(outcome.space_warning, file=sys.stderr)
    print(
        translate("cli", "Old backups removed: {count}; the newest {keep} are kept.").format(
            count=outcome.removed_backups, keep=args.keep
        )
    )
    print(translate("cli", "Eject the stick safely before pulling it out, or the backup may be lost."))
    return EXIT_OK


def run_verify(args) -> int:
    from .backup import verify_backup

    refuse_missing_backup_file(args.file)
    passphrase = backup_passphrase(args)
    summary = agreeing_to_cost(args, lambda allow_costly: verify_backup(args.file, passphrase, allow_costly=allow_costly))
    print(translate("cli", "The backup {path} is whole.").format(path=args.file))
    print(verified_line(summary))
    return EXIT_OK


def agreeing_to_cost(args, open_backup):
    """``open_backup(allow_costly)``; a backup whose key derivation costs far more than usual
    is opened only with --open-costly or when the user agrees at the prompt."""
    from .backup import BackupCostly

    try:
        return open_backup(args.open_costly)
    except BackupCostly as costly:
        question = str(costly) + " " + translate("cli", "Open it anyway?")
        if not confirm(question):
            raise UserError(str(costly) + " " + translate("cli", "To open it anyway, answer yes or add --open-costly.")) from None
    return open_backup(True)


def run_restore(args) -> int:
    from .backup import prepare_restore
    from .store_swap import aside_name_for

    refuse_missing_backup_file(args.file)
    path = store_path(args)
    finish_interrupted_work_at(path)
    passphrase = backup_passphrase(args)
    # Read and checked once; put in place only after the yes.
    prepared = agreeing_to_cost(args, lambda allow_costly: prepare_restore(args.file, passphrase, path, allow_costly=allow_costly))
    with prepared:
        print(translate("cli", "The backup {path} is whole.").format(path=args.file))
        print(verified_line(prepared.summary))
        aside = aside_name_for(path)
        if aside is not None:
            question = translate(
                "cli", "Replace the store {path} with this backup? The current store will be kept as {aside}."
            ).format(path=path, aside=aside)
        else:
            question = translate("cli", "Restore this backup as the store {path}?").format(path=path)
        if not args.yes and not confirm(question):
            raise UserError(translate("cli", "Nothing was restored. To restore, answer yes or add --yes."))
        prepared.commit()
    print(translate("cli", "Restored the backup into {path}.").format(path=path))
    if aside is not None:
        print(translate("cli", "The previous store was moved to {aside}.").format(aside=aside))
    print(translate("cli", "The restored store opens with the backup's passphrase."))
    return EXIT_OK


def bundle_passphrase(args, *, confirm: bool) -> str:
    """From --bundle-passphrase-file, else asked at the terminal without echo (never the store's)."""
    from .passphrases import passphrase_from

    return passphrase_from(
        args.bundle_passphrase_file,
        env=None,
        label=translate("cli", "Passphrase shared with the council: "),
        confirm=confirm and args.bundle_passphrase_file is None,
    )


def run_bundle(args) -> int:
    if args.bundle_command == "export":
        return run_bundle_export(args)
    return run_bundle_import(args)


def run_bundle_export(args) -> int:
    from .exchange.bundle_content import write_bundle

    refuse_unwritable_output(args.output)
    store = open_store(args)
    try:
        passphrase = bundle_passphrase(args, confirm=True)
        written = write_bundle(store, args.output, passphrase, include_delegates=args.include_delegates)
    finally:
        store.close()
    print(
        translate("cli", "Wrote the bundle {path}: {assemblies} held assemblies, {demands} adopted demands.").format(
            path=written.path, assemblies=written.assemblies, demands=written.demands
        )
    )
    if written.delegates is None:
        print(translate("cli", "No member is named in it."))
    else:
        print(
            translate("cli", "It names {count} delegates (names only). Keep the stick safe.").format(count=written.delegates),
            file=sys.stderr,
        )
    return EXIT_OK


def run_bundle_import(args) -> int:
    from .exchange.bundle_import import import_bundle

    if not args.file.is_file():
        raise UserError(translate("cli", "There is no bundle file {path}.").format(path=args.file))
    store = open_store(args)
    try:
        passphrase = bundle_passphrase(args, confirm=False)
        imported = import_bundle(store, args.file, passphrase)
    finally:
        store.close()
    line = (
        translate("cli", "Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.")
        if imported.first_time
        else translate(
            "cli", "Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands."
        )
    )
    print(
        line.format(
            name=imported.sender_name,
            made=imported.made_at.astimezone().strftime("%d.%m.%Y %H:%M"),
            assemblies=imported.assemblies,
            demands=imported.demands,
        )
    )
    if imported.previous_name is not None:
        print(
            translate("cli", "Its earlier bundle named it «{name}»: check that it is the same committee.").format(
                name=imported.previous_name
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def run_wipe(args) -> int:
    from .wipe import carry_out, plan_wipe

    path = store_path(args)
    plan = plan_wipe(path)
    if args.practice:
        print(translate("cli", "Practice: nothing is deleted. A wipe of {path} would delete:").format(path=path))
    for kind, items in plan.by_kind():
        print(kind.label() + ":")
        for item in items:
            if item.edited:
                print("  " + translate("cli", "{path} (only the app's part)").format(path=item.path))
            else:
                print(f"  {item.path}")
    if not plan.items:
        print(translate("cli", "There is nothing of Committee Desk to delete here."))
    print(translate("cli", "Backups on USB sticks, and PDFs or exports saved elsewhere, are not touched."))
    if args.practice or not plan.items:
        return EXIT_OK
    question = translate("cli", "Delete all of this now? It cannot be undone.")
    if not args.yes and not confirm(question):
        raise UserError(translate("cli", "Nothing was deleted. To wipe, answer yes or add --yes."))
    outcome = carry_out(plan)
    if outcome.failed:
        for failed_path, reason in outcome.failed:
            print(translate("cli", "Not deleted: {path} ({reason})").format(path=failed_path, reason=reason), file=sys.stderr)
        if outcome.key_files_remain:
            print(translate("cli", "The key files remain: the records can still be opened. Delete them by hand."), file=sys.stderr)
        return EXIT_USER_ERROR
    print(translate("cli", "Wiped. Files deleted: {count}.").format(count=len(outcome.removed)))
    return EXIT_OK


COMMANDS = {
    "init": run_init,
    "demo": run_demo,
    "members": run_members,
    "dump": run_dump,
    "check": run_check,
    "change-passphrase": run_change_passphrase,
    "print": run_print,
    "elections": run_elections,
    "backup": run_backup,
    "verify": run_verify,
    "restore": run_restore,
    "wipe": run_wipe,
    "bundle": run_bundle,
}


def read_arguments(argv: list[str] | None):
    """The help and the usage errors in the language of the environment, read without Qt
    (missing or unreadable translations leave them in English)."""
    with translated_without_qt(compiled_translations(language_from_environment())):
        parser = build_parser()
        args = parser.parse_args(argv)
    args.option_names = option_names(parser)
    return args


def speak_the_users_language(args) -> None:
    """Messages of the commands in the language of the environment. The desktop app, which
    has its own language setting, starts its own application object instead."""
    from PySide6.QtCore import QCoreApplication

    opens_desktop = args.command is None or (args.command == "demo" and not args.no_gui)
    language = language_from_environment()
    if opens_desktop or language == SOURCE_LANGUAGE or QCoreApplication.instance() is not None:
        return
    global _application, _languages
    _application = QCoreApplication([sys.argv[0]])
    _languages = LanguageSwitch()
    try:
        _languages.use(language)
    except IncompleteInstallation:
        import logging

        logging.getLogger(__name__).warning("translations missing; messages stay in English")


def write_file_names_as_given() -> None:
    """A file name that is not UTF-8 is printed back as the bytes it is made of, not as a crash."""
    # Only the process's own streams: a caller's replacement (a test's capture) is left as it is.
    for stream in {sys.stdout, sys.stderr} & {sys.__stdout__, sys.__stderr__}:
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="surrogateescape")


def main(argv: list[str] | None = None, *, desktop=None) -> int:
    """``desktop(path, unlocked_store)`` starts the desktop front end; without it, the front
    end is found through its entry point (importlib.metadata: tens of milliseconds of a cold start)."""
    args = read_arguments(argv)
    args.desktop = desktop
    write_file_names_as_given()
    from . import logs

    log_path = logs.configure_logging()
    speak_the_users_language(args)
    try:
        refuse_unusable_arguments(args)
        if args.command is None:
            return launch_desktop(args.store, desktop=desktop)
        return COMMANDS[args.command](args)
    except UserError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (`head`, a closed pager) stopped reading: not an error. Later writes
        # go nowhere, so the interpreter's own flush at exit does not complain.
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except KeyboardInterrupt:
        print(translate("cli", "Stopped. Nothing was half-written."), file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - every bug ends as an apology, never a traceback
        logs.log_unexpected(error)
        where = log_path if log_path is not None else translate("cli", "(the log could not be written)")
        print(
            translate("cli", "Sorry, something went wrong inside Committee Desk. Details are in the log: {path}").format(
                path=where
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
