"""What a column of an imported list can hold: the member's fields, and a name given in parts.
Apart from the rest of the import, so that the command line's help names them without
loading it."""

IMPORT_TARGETS: tuple[str, ...] = (
    "full_name",
    "surname",
    "given_name",
    "patronymic",
    "phone",
    "workplace",
    "unit",
    "occupation",
    "role",
    "status",
    "joined_on",
    "notes",
)
