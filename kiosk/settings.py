"""Every setting of a kiosk, declared once: name, type, default and what it is for.

Values live in the local ``settings`` table and survive catalogue syncs. Read them with
``get_setting``; an undeclared name is a programming error, a stored value of the wrong type
falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk import models as m
from kiosk.database import Database


@dataclass(frozen=True)
class Declared:
    type: type
    default: Any
    description: str


SETTINGS: dict[str, Declared] = {
    "site": Declared(str, "roseraie",
                     "The neighbourhood this kiosk serves: its partners and announcements are shown."),
    "default_language": Declared(str, "fr",
                                 "The language of the home screen after start and after every idle reset."),
}


def get_setting(db: Database, name: str) -> Any:
    declared = SETTINGS[name]
    with db.session() as session:
        row = session.get(m.Setting, name)
    if row is None or not isinstance(row.value, declared.type):
        return declared.default
    return row.value


def set_setting(db: Database, name: str, value: Any) -> None:
    declared = SETTINGS[name]
    if not isinstance(value, declared.type):
        raise TypeError(f"setting {name} takes a {declared.type.__name__}")
    with db.session() as session, session.begin():
        session.merge(m.Setting(key=name, value=value))
