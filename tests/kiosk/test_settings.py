"""Declared settings: defaults, checked values, bad stored values (STYLE.md practice 9)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk import models as m
from kiosk.errors import KioskError
from kiosk.settings import SETTINGS, check_setting, get_setting, set_setting
from kiosk.signing import public_key_text

KEY = public_key_text(Ed25519PrivateKey.generate().public_key())


def test_every_default_passes_its_own_check():
    for name, declared in SETTINGS.items():
        assert declared.description.endswith("."), name
        check_setting(name, declared.default)


@pytest.mark.parametrize("name, value", [
    ("catalogue_source", "/mnt/share/kiosk/catalogue.json"),
    ("catalogue_source", r"C:\share\catalogue.json"),
    ("catalogue_source", "file:///mnt/share/catalogue.json"),
    ("catalogue_source", "https://example.org/kiosk/catalogue.json"),
    ("catalogue_source", ""),
    ("workshops_calendar", "https://cloud.example.org/remote.php/dav/public-calendars/AbC?export"),
    ("workshops_calendar", "/mnt/share/ateliers.ics"),
    ("sync_interval_minutes", 1),
    ("sync_interval_minutes", 10080),
    ("sync_size_cap_mb", 200),
    ("trusted_keys", [KEY]),
    ("trusted_keys", []),
])
def test_good_values_are_stored(context, name, value):
    set_setting(context.db, name, value)
    assert get_setting(context.db, name) == value


@pytest.mark.parametrize("name, value, words", [
    ("catalogue_source", "ftp://example.org/catalogue.json", "must be a path, or a file://"),
    ("workshops_calendar", "webcal://example.org/ateliers.ics", "address of an .ics file"),
    ("catalogue_source", 3, "takes text"),
    ("sync_interval_minutes", 0, "from 1 to 10080"),
    ("sync_interval_minutes", "60", "takes a whole number"),
    ("sync_interval_minutes", True, "takes a whole number"),
    ("sync_size_cap_mb", 0, "from 1 to 2048"),
    ("trusted_keys", ["not a key"], "publisher public key"),
    ("trusted_keys", [f" {KEY}\n"], "publisher public key"),  # stored only in its one spelling
    ("trusted_keys", KEY, "takes a list"),
])
def test_bad_values_are_refused_with_a_sentence(context, name, value, words):
    with pytest.raises(KioskError, match=words):
        set_setting(context.db, name, value)
    assert get_setting(context.db, name) == SETTINGS[name].default


def test_bad_stored_value_falls_back_to_the_default(context):
    with context.db.session() as session, session.begin():
        session.add(m.Setting(key="sync_interval_minutes", value=-5))
        session.add(m.Setting(key="trusted_keys", value=["garbage"]))
    assert get_setting(context.db, "sync_interval_minutes") == 60
    assert get_setting(context.db, "trusted_keys") == []


def test_list_default_is_never_shared(context):
    get_setting(context.db, "trusted_keys").append(KEY)
    assert get_setting(context.db, "trusted_keys") == []


def test_set_settings_is_all_or_nothing(context):
    from kiosk.settings import get_setting, set_settings

    with pytest.raises(KioskError, match="idle_timeout_seconds"):
        set_settings(context.db, {"site": "belle-beille", "idle_timeout_seconds": 0})
    assert get_setting(context.db, "site") == "roseraie"
    with pytest.raises(KioskError, match="from 30 to 600"):
        set_settings(context.db, {"idle_timeout_seconds": 86400})
    set_settings(context.db, {"site": "belle-beille", "idle_timeout_seconds": 120, "read_aloud": False,
                              "languages_offered": ["fr", "ar"], "printer": ""})
    assert get_setting(context.db, "idle_timeout_seconds") == 120
    assert get_setting(context.db, "read_aloud") is False
    with pytest.raises(KioskError):
        set_settings(context.db, {"read_aloud": 1})
    with pytest.raises(KioskError):
        set_settings(context.db, {"languages_offered": ["FR; DROP"]})
