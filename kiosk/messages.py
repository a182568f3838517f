"""Sentences the core writes for people, kept translatable without Qt.

The core speaks English: the command line prints ``str(message)``. A ``Message`` keeps the English
template apart from its named fields, so that the editor can show the same sentence in the
assistant's language: it translates the template first, then fills the fields in
(``ui.translations.translated``).

Templates are written inside ``QT_TRANSLATE_NOOP("Context", "template")``. lupdate finds calls by
that name in Python source, so ``python -m ui.translations update`` collects them into
``assets/translations/editor_fr.ts`` although the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Union

#: How a template is translated: (context, English template) -> template in the person's language.
Translate = Callable[[str, str], str]
#: A sentence: a ``Message``, a plain string (never translated), or several joined by ", ".
Text = Union["Message", str, tuple]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Message:
    """An English template with named fields: ``Message("Problem", "Step {number} has no text.", number=2)``.

    A field is a plain value, another ``Message`` (translated too), or a tuple of them (joined
    with ", "). Two messages are equal when their context, template and fields are.
    """

    __slots__ = ("context", "template", "fields")

    def __init__(self, context: str, template: str, **fields: Any) -> None:
        self.context = context
        self.template = template
        self.fields = tuple(fields.items())

    def render(self, translate: Translate | None = None) -> str:
        """The sentence, its template translated by ``translate`` (English without it)."""
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**{name: render(value, translate) for name, value in self.fields})

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.context, self.template, self.fields) == \
            (other.context, other.template, other.fields)

    def __hash__(self) -> int:
        return hash((self.context, self.template, self.fields))


def render(text: Text, translate: Translate | None = None) -> str:
    """Any ``Text`` as a string, translated by ``translate`` (English without it)."""
    if isinstance(text, Message):
        return text.render(translate)
    if isinstance(text, tuple):
        return ", ".join(render(part, translate) for part in text)
    return str(text)
