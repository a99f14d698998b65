"""How many days without a verified backup before the app reminds the secretary: settings
the desktop reads before the store is open, so kept apart from the backup machinery."""

DEFAULT_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365
