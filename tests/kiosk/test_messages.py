"""Messages: English as the command line prints them, translatable template by template."""

from __future__ import annotations

import re

from kiosk.errors import KioskError
from kiosk.messages import QT_TRANSLATE_NOOP, Message, render


def shouting(context: str, template: str) -> str:
    """A stand-in translation: every template upper-cased but its {fields}."""
    return re.sub(r"[^{}]+(?![^{]*})", lambda words: words.group(0).upper(), template)


def test_a_message_is_english_until_translated():
    fields = (Message("Field", "step {number}", number=2), Message("Field", "text"), "fiche id")
    message = Message("Problem", QT_TRANSLATE_NOOP("Problem", "{name}: look at {fields}."), name="CAF", fields=fields)
    assert str(message) == render(message) == "CAF: look at step 2, text, fiche id."
    # Each template is translated on its own; fields and plain strings are not.
    assert message.render(shouting) == "CAF: LOOK AT STEP 2, TEXT, fiche id."
    assert message == Message("Problem", "{name}: look at {fields}.", name="CAF", fields=fields)
    assert len({message, Message("Problem", "{name}: look at {fields}.", name="CAF", fields=fields)}) == 1


def test_a_refusal_keeps_its_message_for_the_editor():
    message = Message("Saving", "That version is not in the history.")
    error = KioskError(message)
    assert str(error) == "That version is not in the history." and error.text is message
    plain = KioskError("Plain English.")
    assert str(plain) == plain.text == "Plain English."
