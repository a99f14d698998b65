"""phone search keys: a Kazakh or Russian number is kept with +7 and with 8 in front, so a
search typed either way finds it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:00:00
"""

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

from committee_app.folding import member_search_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _recompute_search_keys(key) -> None:
    # Plain UPDATE, not a batch rebuild: rebuilding `members` would drop the triggers that keep
    # the search index in step; the update trigger refreshes the index row of each changed key.
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, full_name, phone, workplace, unit, search_key FROM members")).all()
    changed = [
        {"id": row.id, "search_key": new_key}
        for row in rows
        if (new_key := key(row.full_name, row.phone, row.workplace, row.unit)) != row.search_key
    ]
    if changed:
        connection.execute(sa.text("UPDATE members SET search_key = :search_key WHERE id = :id"), changed)


def _key_before_0005(full_name: str, phone: str, workplace: str, unit: str) -> str:
    """The search key as revision 0004 wrote it: the phone as typed and as its bare digits."""
    russian_keyboard = str.maketrans("әғқңөұүһіё", "агкноуухие")
    parts = [full_name, phone, re.sub(r"\D+", "", phone), workplace, unit]
    return "\n".join(unicodedata.normalize("NFKC", part).casefold().translate(russian_keyboard) for part in parts if part)


def upgrade() -> None:
    _recompute_search_keys(member_search_key)


def downgrade() -> None:
    _recompute_search_keys(_key_before_0005)
