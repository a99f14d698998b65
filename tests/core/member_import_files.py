"""Shared by the member import tests: the store's members as plain values, to compare."""

from committee_app.services.members import search_members


def members_as_rows(store) -> list[tuple]:
    """Every member with every field, in order of id."""
    return sorted(
        (
            member.id,
            member.full_name,
            member.phone,
            member.workplace,
            member.unit,
            member.occupation,
            member.role.value,
            member.status.value,
            member.joined_on.isoformat() if member.joined_on else "",
            member.notes,
            member.search_key,
            member.sort_name,
            member.updated_at,
        )
        for member in search_members(store)
    )


def names_and_phones(store) -> list[tuple[str, str]]:
    return [(member.full_name, member.phone) for member in sorted(search_members(store), key=lambda m: m.id)]
