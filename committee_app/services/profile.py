"""The committee's own profile: its name, kind and defaults (one row)."""

from sqlmodel import select

from ..errors import translate
from ..models import CommitteeProfile, utcnow
from ..rules import parse_quorum_rule
from ..store import Store
from ..vocabulary import CommitteeKind, Language
from .fields import NAME_LENGTH, clean_choice, clean_text


def _cleaned(fields: dict) -> dict:
    labels = {
        "name": translate("profile", "Committee name"),
        "kind": translate("profile", "Kind of committee"),
        "locality": translate("profile", "Locality"),
        "enterprise": translate("profile", "Enterprise"),
        "default_language": translate("profile", "Language"),
    }
    cleaned = {}
    for name, value in fields.items():
        if name == "kind":
            cleaned[name] = clean_choice(value, CommitteeKind, labels[name])
        elif name == "default_language":
            cleaned[name] = clean_choice(value, Language, labels[name]).value
        elif name == "default_quorum_rule":
            cleaned[name] = parse_quorum_rule(value).to_text()
        elif name in labels:
            cleaned[name] = clean_text(value, labels[name], max_length=NAME_LENGTH, required=name == "name")
        else:
            raise ValueError(f"unknown profile field: {name}")
    return cleaned


def validate_profile(**fields) -> None:
    """Refuse bad profile fields before anything is written (a new profile needs a name)."""
    _cleaned({"name": "", **fields})


def get_profile(store: Store) -> CommitteeProfile | None:
    with store.session() as session:
        return session.exec(select(CommitteeProfile).order_by(CommitteeProfile.id)).first()


def save_profile(store: Store, **fields) -> CommitteeProfile:
    """Create the profile (a name is then required) or update the fields given."""
    with store.session() as session:
        profile = session.exec(select(CommitteeProfile).order_by(CommitteeProfile.id)).first()
        if profile is None:
            profile = CommitteeProfile(**_cleaned({"name": "", **fields}))
        else:
            profile.sqlmodel_update(_cleaned(fields))
            profile.updated_at = utcnow()
        session.add(profile)
    return profile
