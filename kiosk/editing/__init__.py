"""The assistant's editor, its core (issue 6): drafts, saving, history, checks, import, publication.

The editor works on the catalogue of its own ``KIOSK_HOME``: saving writes the catalogue tables
directly, and publishing (``kiosk.publish``) turns them into the next signed ``catalogue.json``.

- A *draft* is a plain dataclass per kind of item (``ProcedureDraft``, ``PartnerDraft``,
  ``AnnouncementDraft``, ``CategoryDraft``, ``DocumentDraft``). ``to_json()`` gives the item
  exactly as the catalogue file writes it, and ``from_json()`` reads it back; two drafts with the
  same ``to_json()`` say the same thing (that is how the editor knows there are unsaved changes).
- ``save_draft`` stores a draft in one transaction, with the search index rebuilt in it and an
  ``EditRecord`` of what changed; ``revert`` takes an item back to what it was before a save;
  ``delete_item`` removes one that nothing refers to; ``move_item`` changes the order residents
  see (categories, a category's procedures).
- Saving keeps work in progress: it refuses only what cannot be stored (an unknown category,
  document or partner, a bad slug, missing dates). Everything else that a kiosk would refuse or
  a resident would stumble on is a ``Problem`` found by ``validate`` (errors stop a publication,
  warnings do not).
- ``import_catalogue`` starts from a published ``catalogue.json``; ``publish_catalogue`` backs
  the editor database up, publishes, and says what changed since the last publication.

The package's modules: ``drafts`` (the dataclasses), ``store`` (saving, history, lists),
``checks`` (problems), ``publishing`` (import, publication, preview). Everything a caller needs
is importable from ``kiosk.editing`` itself. Nothing here imports Qt; what the editor shows is
written as ``kiosk.messages.Message`` templates, so that it can show them in French.
"""

from __future__ import annotations

from kiosk.editing.drafts import (
    AnnouncementDraft, CategoryDraft, DRAFTS, DocumentDraft, Draft, KINDS, Link, MODES,
    NeededDocument, PLURAL, PartnerDraft, ProcedureDraft, SLUG, SLUG_MAX, STEP_KINDS, Source,
    StepDraft, Texts, as_date, compact, draft_from_json, slugify, ANSWERS, MAX_QUESTIONS, QuestionDraft,
)
from kiosk.editing.store import (
    ORDERED, Choices, HistoryEntry, ItemSummary, Saved, changed_fields, choices, delete_item, fold, history,
    list_items, load_draft, load_item, move_item, new_slug, revert, save_draft,
)
from kiosk.editing.checks import (
    Problem, check_draft, check_item, field_label, field_name, valid_email, valid_phone, valid_postcode,
    valid_url, validate,
)
from kiosk.editing.publishing import (
    BACKUPS_KEPT, BASELINE, EditorPublication, IMPORT_CAP_BYTES, Imported, ItemChange, Preview,
    PublicationRefused, backup_database, catalogue_version, changes_since_publication,
    ensure_baseline, import_catalogue, preview_copy, publication_target, publish_catalogue,
    summary_lines, summary_messages,
)

__all__ = [
    "AnnouncementDraft", "CategoryDraft", "DRAFTS", "DocumentDraft", "Draft", "KINDS", "Link",
    "MODES", "NeededDocument", "PLURAL", "PartnerDraft", "ProcedureDraft", "SLUG", "SLUG_MAX",
    "STEP_KINDS", "Source", "StepDraft", "Texts", "as_date", "compact", "draft_from_json",
    "slugify", "ORDERED", "Choices", "HistoryEntry", "ItemSummary", "Saved", "changed_fields", "choices",
    "delete_item", "fold", "history", "list_items", "load_draft", "load_item", "move_item", "new_slug", "revert",
    "save_draft", "Problem", "check_draft", "check_item", "field_label", "field_name", "valid_email",
    "valid_phone", "valid_postcode", "valid_url", "validate", "BACKUPS_KEPT", "BASELINE",
    "EditorPublication", "IMPORT_CAP_BYTES", "Imported", "ItemChange", "Preview",
    "PublicationRefused", "backup_database", "catalogue_version", "changes_since_publication",
    "ensure_baseline", "import_catalogue", "preview_copy", "publication_target",
    "publish_catalogue", "summary_lines", "summary_messages",
]
