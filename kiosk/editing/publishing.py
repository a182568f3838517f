"""Import, publication and preview: the editor's catalogue in from a file and out to the kiosks.

``import_catalogue`` starts from a published ``catalogue.json``; ``publish_catalogue`` checks,
backs the editor database up, publishes with ``kiosk.publish`` and says what changed since the
last publication; ``preview_copy`` stores a draft in a throw-away copy for the preview.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import models as m
from kiosk.apply import apply_bundle
from kiosk.bundle import parse_bundle
from kiosk.context import Context
from kiosk.database import Database, database_path, open_database
from kiosk.editing.checks import Problem, field_label, validate
from kiosk.editing.drafts import KINDS, PLURAL, Draft, ProcedureDraft, draft_from_json
from kiosk.editing.store import changed_fields, save_draft
from kiosk.errors import KioskError
from kiosk.fetch import SIGNATURE_SUFFIX
from kiosk.messages import QT_TRANSLATE_NOOP, Message
from kiosk.publish import DEFAULT_EXPIRES_IN_DAYS, PUBLISHING, Publication, export_content, publish
from kiosk.settings import get_setting
from kiosk.signing import SIGNATURE_FILE_CAP, load_private_key, parse_signature, public_key_text, verify
from kiosk.stats import local_day

#: Backups of the editor database kept in KIOSK_HOME/backups (the oldest go first).
BACKUPS_KEPT = 30
#: What the editor remembers of its last publication, to say what changed since (never an import).
BASELINE = Path("editor") / "published.json"
#: The largest catalogue file the editor imports.
IMPORT_CAP_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Imported:
    version: int
    counts: dict[str, int]


def catalogue_version(db: Database) -> int | None:
    with db.session() as session:
        info = session.get(m.CatalogueInfo, 1)
        return None if info is None else info.version


def import_catalogue(context: Context, path: Path) -> Imported:
    """Replace the editor's catalogue with a published ``catalogue.json`` and continue from it.

    The file must be signed, as a kiosk's sync requires: ``catalogue.json.sig`` beside it, a
    signature of its exact bytes by a trusted publisher key (the ``trusted_keys`` setting, or the
    key this editor publishes with), checked before a byte of JSON is read. So an altered file
    dropped in the publication folder is never taken in, then signed by the next publication.
    The base of "what changed since the last publication" is left as it is: only a publication
    by this editor moves it.

    Raises:
        KioskError: the file or its signature cannot be read, the signature is missing, not a
            signature, or not by a trusted key, the file is not a valid catalogue, or it is
            older than the editor's catalogue (nothing was changed).
    """
    raw = _read_regular(path, IMPORT_CAP_BYTES)
    _check_signature(context, path, raw)
    bundle = parse_bundle(raw)
    current = catalogue_version(context.db)
    if current is not None and bundle.version < current:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "{path} is version {version}, older than the editor's catalogue (version {current}); "
                          "nothing was changed. Import the latest publication."),
            path=path, version=bundle.version, current=current))
    apply_bundle(context.db, bundle, source=f"imported from {path}", now=context.clock())
    return Imported(bundle.version, {PLURAL[k]: len(bundle.data[PLURAL[k]]) for k in KINDS})


def _read_regular(path: Path, cap: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``cap`` of them.

    Opened without blocking and checked before any read, so that a FIFO or a device in place of
    the file is refused instead of waiting for ever.

    Raises:
        KioskError: missing, unreadable, not a regular file, or larger than ``cap``.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP("Publishing", "{path} cannot be read ({reason})."),
                                 path=path, reason=error.strerror or error)) from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
                "Publishing", "{path} is not a file; nothing was changed."), path=path))
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            raw = file.read(cap + 1)
    except OSError as error:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "{path} cannot be read ({reason})."), path=path, reason=error.strerror or error)) from None
    finally:
        os.close(descriptor)
    if len(raw) > cap:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP("Publishing", "{path} is too large to be a catalogue."),
                                 path=path))
    return raw


def import_keys(context: Context) -> list[str]:
    """The publisher keys an imported catalogue may be signed by: those this PC trusts (``kiosk
    trust``), and the public half of the key it publishes with, when one is set and readable."""
    keys = list(get_setting(context.db, "trusted_keys"))
    own = get_setting(context.db, "publisher_key")
    if own:
        try:
            keys.append(public_key_text(load_private_key(Path(own)).public_key()))
        except KioskError:
            pass  # not a key (any more): only the trusted keys count
    return list(dict.fromkeys(keys))


def _check_signature(context: Context, path: Path, raw: bytes) -> str:
    """The trusted key that signed ``raw``, read from ``path``'s ``.sig`` file, as a sync checks it
    (``kiosk.signing.parse_signature`` and ``verify``).

    Raises:
        KioskError: no signature file, not a signature, no trusted key, or a signature that is not
            by a trusted key over these exact bytes.
    """
    signature_path = path.with_name(path.name + SIGNATURE_SUFFIX)
    keys = import_keys(context)
    if not keys:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "This editor trusts no publisher key, so it cannot check {path}; choose the publisher "
                          "key in the publication settings (or trust one with `kiosk trust add`). Nothing was "
                          "changed."), path=path))
    if not os.path.lexists(signature_path):
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "{path} is not signed (there is no {signature} beside it), so it was refused: only a "
                          "catalogue published with a trusted key can be imported. Nothing was changed."),
            path=path, signature=signature_path.name))
    try:
        signature = parse_signature(_read_regular(signature_path, SIGNATURE_FILE_CAP))
        return verify(raw, signature, keys)
    except KioskError:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The signature {signature} does not match {path} or was not made by a trusted publisher "
                          "key, so the file was refused (it may have been altered). Nothing was changed."),
            path=path, signature=signature_path.name)) from None


def _write_baseline(home: Path, version: int, content: dict[str, Any]) -> None:
    """Remember what this editor published, to say later what changed since."""
    path = home / BASELINE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"version": version, "content": content}, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # only the "what changed" summary suffers: it will count everything as new


def _baseline(context: Context) -> dict[str, Any] | None:
    try:
        return json.loads((context.home / BASELINE).read_text(encoding="utf-8"))["content"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def ensure_baseline(context: Context) -> None:
    """When nothing was published here yet, take the catalogue as it is now as the base that
    "what changed since the last publication" compares with (the editor does this as it opens,
    before any edit). An import never moves the base."""
    if not (context.home / BASELINE).exists():
        _write_baseline(context.home, catalogue_version(context.db) or 0, export_content(context.db))


@dataclass(frozen=True)
class ItemChange:
    """An item added, removed or changed since the last publication."""

    kind: str
    slug: str
    title: str
    action: str
    fields: tuple[str, ...] = ()


def changes_since_publication(context: Context) -> list[ItemChange]:
    """What a publication now would change for kiosks, compared to this editor's last one.

    Every difference in the content is listed: each item added, removed or changed (with the
    fields that changed), new orders, the languages and sites; anything else that differs is
    one more line, so the list is never empty while the content differs. With no base known
    (see ``ensure_baseline``) every item counts as added.
    """
    base = _baseline(context) or {}
    now = export_content(context.db)
    changes = []
    for kind in ("procedure", "category", "document", "partner", "announcement"):
        old = {item["slug"]: item for item in base.get(PLURAL[kind], [])}
        new = {item["slug"]: item for item in now[PLURAL[kind]]}
        for slug, item in new.items():
            title = draft_from_json(kind, item).label()
            if slug not in old:
                changes.append(ItemChange(kind, slug, title, "added"))
            elif old[slug] != item:
                changes.append(ItemChange(kind, slug, title, "changed", tuple(changed_fields(old[slug], item))))
        for slug, item in old.items():
            if slug not in new:
                changes.append(ItemChange(kind, slug, draft_from_json(kind, item).label(), "removed"))
    changes += _order_changes(base, now)
    for key in ("languages", "sites"):
        if base.get(key, []) != now.get(key, []):
            changes.append(ItemChange(key, "", "", "changed"))
    explained = {PLURAL[kind] for kind in KINDS} | {"languages", "sites"}
    others = tuple(key for key in dict.fromkeys([*now, *base])
                   if key not in explained and base.get(key) != now.get(key))
    if others:  # a part of the file this summary does not know yet: still said, never hidden
        changes.append(ItemChange("catalogue", "", "", "changed", others))
    return changes


def _order_changes(base: dict[str, Any], now: dict[str, Any]) -> list[ItemChange]:
    """The categories, or a category's procedures, now in another order (of those in both)."""
    def order(content: dict[str, Any], category: str | None) -> list[str]:
        if category is None:
            return [c["slug"] for c in content.get("categories", [])]
        return [p["slug"] for p in content.get("procedures", []) if p.get("category") == category]

    def kept(first: list[str], second: list[str]) -> list[str]:
        return [slug for slug in first if slug in second]

    changes = []
    if kept(order(base, None), order(now, None)) != kept(order(now, None), order(base, None)):
        changes.append(ItemChange("category", "", "", "reordered"))
    for category in now["categories"]:
        before, after = order(base, category["slug"]), order(now, category["slug"])
        if kept(before, after) != kept(after, before):
            changes.append(ItemChange("procedure", category["slug"],
                                      draft_from_json("category", category).label(), "reordered"))
    return changes


_CHANGE_LINES = {
    ("procedure", "added"): QT_TRANSLATE_NOOP("Publishing", "procedure added: {title}"),
    ("procedure", "changed"): QT_TRANSLATE_NOOP("Publishing", "procedure changed: {title}"),
    ("procedure", "removed"): QT_TRANSLATE_NOOP("Publishing", "procedure removed: {title}"),
    ("category", "added"): QT_TRANSLATE_NOOP("Publishing", "category added: {title}"),
    ("category", "changed"): QT_TRANSLATE_NOOP("Publishing", "category changed: {title}"),
    ("category", "removed"): QT_TRANSLATE_NOOP("Publishing", "category removed: {title}"),
    ("document", "added"): QT_TRANSLATE_NOOP("Publishing", "document added: {title}"),
    ("document", "changed"): QT_TRANSLATE_NOOP("Publishing", "document changed: {title}"),
    ("document", "removed"): QT_TRANSLATE_NOOP("Publishing", "document removed: {title}"),
    ("partner", "added"): QT_TRANSLATE_NOOP("Publishing", "partner added: {title}"),
    ("partner", "changed"): QT_TRANSLATE_NOOP("Publishing", "partner changed: {title}"),
    ("partner", "removed"): QT_TRANSLATE_NOOP("Publishing", "partner removed: {title}"),
    ("announcement", "added"): QT_TRANSLATE_NOOP("Publishing", "announcement added: {title}"),
    ("announcement", "changed"): QT_TRANSLATE_NOOP("Publishing", "announcement changed: {title}"),
    ("announcement", "removed"): QT_TRANSLATE_NOOP("Publishing", "announcement removed: {title}"),
    ("category", "reordered"): QT_TRANSLATE_NOOP("Publishing", "categories in a new order"),
    ("procedure", "reordered"): QT_TRANSLATE_NOOP("Publishing", "procedures in a new order in: {title}"),
    ("languages", "changed"): QT_TRANSLATE_NOOP("Publishing", "the languages changed"),
    ("sites", "changed"): QT_TRANSLATE_NOOP("Publishing", "the sites changed"),
    ("catalogue", "changed"): QT_TRANSLATE_NOOP("Publishing", "other parts of the catalogue changed"),
}


def summary_messages(changes: list[ItemChange]) -> list[Message]:
    """``summary_lines``, to translate."""
    if not changes:
        return [Message(PUBLISHING, QT_TRANSLATE_NOOP("Publishing", "Nothing changed since the last publication."))]
    lines = []
    for change in changes:
        line = Message(PUBLISHING, _CHANGE_LINES[change.kind, change.action], title=change.title)
        if change.fields:
            line = Message(PUBLISHING, "{line} ({fields})", line=line,
                           fields=tuple(field_label(f) for f in change.fields))
        lines.append(line)
    return lines


def summary_lines(changes: list[ItemChange]) -> list[str]:
    """The changes as short lines: "procedure added: Carte Vitale", "partner changed: CAF (phone)"."""
    return [str(line) for line in summary_messages(changes)]


class PublicationRefused(KioskError):
    """Publishing was refused because of errors; ``problems`` lists them."""

    def __init__(self, message: Message | str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class EditorPublication:
    publication: Publication
    backup: Path
    changes: list[ItemChange]
    warnings: list[Problem]

    @property
    def version(self) -> int:
        return self.publication.version


def backup_database(context: Context, version: int, now: dt.datetime) -> Path:
    """A copy of the editor database in KIOSK_HOME/backups (SQLite's online backup), old ones pruned.

    Raises:
        KioskError: the copy cannot be written (disk full, no permission); no partial file is left.
    """
    folder = context.home / "backups"
    path = folder / f"editor-{version}-{now:%Y%m%dT%H%M%S}.sqlite3"
    temporary = path.with_suffix(".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(database_path(context.home))
        try:
            target = sqlite3.connect(temporary)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The editor database could not be backed up to {folder} ({reason}); nothing was "
                          "published. Free some disk space, then publish again."),
            folder=folder, reason=reason)) from None
    backups = sorted(folder.glob("editor-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return path


def publication_target(context: Context, key: Path | None = None, out: Path | None = None) -> tuple[Path, Path]:
    """The key file and the folder to publish to: given, else the settings ``publisher_key`` and
    ``publish_folder``.

    Raises:
        KioskError: one of them is not set.
    """
    if key is None and get_setting(context.db, "publisher_key"):
        key = Path(get_setting(context.db, "publisher_key"))
    if out is None and get_setting(context.db, "publish_folder"):
        out = Path(get_setting(context.db, "publish_folder"))
    if key is None:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "Choose the publisher key file (publisher.key) in the publication settings first.")))
    if out is None:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "Choose the publication folder (the share, or the folder the web server serves) in "
                          "the publication settings first.")))
    return key, out


def publish_catalogue(context: Context, *, key: Path | None = None, out: Path | None = None,
                      expires_in_days: int = DEFAULT_EXPIRES_IN_DAYS,
                      today: dt.date | None = None) -> EditorPublication:
    """Check, back up, then publish the editor's catalogue as the next signed version.

    Errors refuse the publication (``PublicationRefused``); warnings do not and are returned.
    The editor database is copied to KIOSK_HOME/backups first. ``kiosk.publish`` writes the two
    files atomically, so whatever goes wrong the previous publication is left as it was.

    Raises:
        KioskError: not configured, a key file that is not a key, a folder that is missing or
            read-only, a full disk.
    """
    key, out = publication_target(context, key, out)
    now = context.clock()
    problems = validate(context.db, today or local_day(now))
    errors = [p for p in problems if p.is_error]
    if errors:
        template = (QT_TRANSLATE_NOOP("Publishing", "{count} problem must be fixed before publishing; the first: "
                                                    "{first}") if len(errors) == 1 else
                    QT_TRANSLATE_NOOP("Publishing", "{count} problems must be fixed before publishing; the first: "
                                                    "{first}"))
        raise PublicationRefused(Message(PUBLISHING, template, count=len(errors), first=errors[0].text), errors)
    load_private_key(key)  # a clear refusal before anything is written
    if not out.is_dir():
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The folder {folder} does not exist; create it (or mount the share) first. Nothing "
                          "was published."), folder=out))
    if not os.access(out, os.W_OK):
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The folder {folder} cannot be written to (it is read-only for you); nothing was "
                          "published."), folder=out))
    version = (catalogue_version(context.db) or 0) + 1
    changes = changes_since_publication(context)
    backup = backup_database(context, version, now)
    publication = publish(context, key, out, expires_in_days=expires_in_days)
    _write_baseline(context.home, publication.version, export_content(context.db))
    return EditorPublication(publication, backup, changes, [p for p in problems if not p.is_error])


# --- preview -----------------------------------------------------------------------------------


@dataclass
class Preview:
    """A throw-away copy of the editor's kiosk: its context, and the slug the draft has in it."""

    context: Context
    slug: str


def preview_copy(context: Context, draft: Draft | None = None, folder: Path | None = None) -> Preview:
    """A throw-away copy of the editor's kiosk, with ``draft`` stored in it as residents would see it.

    The copy lives in ``folder`` (a new temporary folder by default; the caller removes it after
    closing the copy's context). A procedure is shown even while it is marked as a draft, and a
    new one (no slug yet) gets the slug its first save will give it.

    Raises:
        KioskError: the draft cannot be stored (see ``save_draft``), or the copy cannot be made.
    """
    folder = folder or Path(tempfile.mkdtemp(prefix="kiosk-preview-"))
    target_path = database_path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(database_path(context.home))
        try:
            target = sqlite3.connect(target_path)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise KioskError(Message(PUBLISHING, QT_TRANSLATE_NOOP(
            "Publishing", "The preview cannot be prepared in {folder} ({reason})."),
            folder=folder, reason=error)) from None
    copy = Context(home=folder, db=open_database(folder), clock=context.clock)
    slug = ""
    try:
        if draft is not None:
            shown = draft.normalized()
            if isinstance(shown, ProcedureDraft):
                shown.status = "published"
            slug = save_draft(copy.db, shown, context.clock()).slug
    except BaseException:
        copy.close()
        raise
    return Preview(copy, slug)
