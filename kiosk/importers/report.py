"""What an import did, and the checks every import makes before it commits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection

from kiosk import models as m
from kiosk.bundle import FORMAT, FORMAT_VERSION, parse_bundle
from kiosk.errors import KioskError
from kiosk.publish import catalogue_json, content_of


@dataclass(frozen=True)
class ImportEntry:
    """One thing an import created, updated, flagged or skipped.

    Attributes:
        kind: "procedure", "document", "partner", "service" or "file".
        source: where it came from: a fiche id (F1341), a data·inclusion id, a file name.
        slug: the catalogue slug it became or concerns; None for what was not imported.
        reason: one plain sentence for the assistant.
    """

    kind: str
    source: str
    slug: str | None
    reason: str


@dataclass
class ImportReport:
    """What an import did; ``as_json()`` is what ``kiosk import ... --json`` prints."""

    created: list[ImportEntry] = field(default_factory=list)
    updated: list[ImportEntry] = field(default_factory=list)
    flagged: list[ImportEntry] = field(default_factory=list)
    skipped: list[ImportEntry] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {name: [asdict(entry) for entry in getattr(self, name)]
                for name in ("created", "updated", "flagged", "skipped")}

    def summary(self) -> str:
        """``2 created, 0 updated, 1 flagged for review, 3 skipped``."""
        return (f"{len(self.created)} created, {len(self.updated)} updated, "
                f"{len(self.flagged)} flagged for review, {len(self.skipped)} skipped")


def ensure_publishable(connection: Connection) -> None:
    """Refuse (roll back) an import after which the catalogue would fail a kiosk's checks.

    The content written so far in the caller's transaction is exported and checked as
    ``kiosk publish`` would check it: the schema (sizes of every text and list) and references.

    Raises:
        KioskError: the catalogue would not pass; the caller's transaction must be rolled back.
    """
    info = connection.execute(
        m.CatalogueInfo.__table__.select().where(m.CatalogueInfo.id == 1)).first()
    if info is None:
        raise KioskError("There is no catalogue to import into; start the kiosk once first.")
    envelope = {"format": FORMAT, "format_version": FORMAT_VERSION, "version": info.version,
                "published_at": info.published_at.isoformat(timespec="seconds") + "Z",
                "expires_at": info.expires_at.isoformat(timespec="seconds") + "Z"}
    try:
        parse_bundle(catalogue_json({**envelope, **content_of(connection)}))
    except KioskError as error:
        raise KioskError(f"After this import the catalogue could not be published ({error}); "
                         "nothing was imported.") from None
