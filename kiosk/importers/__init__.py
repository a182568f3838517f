"""Bridges to official open data: service-public.fr fiches and data·inclusion partners.

The editor's core API (kiosk never imports Qt; each call is one transaction):

- ``import_fiches(context, path)``: DILA XML fiches (a file, a folder, the dataset's zip) in, as
  draft procedures, or as review flags on procedures that follow a fiche that changed;
- ``import_partners(context, path)`` / ``export_partners(context)``: data·inclusion JSON <->
  partners;
- ``procedures_to_review(db)``: flagged procedures and drafts (``review_of(db, slug)``: one);
  ``mark_reviewed(db, slug)``: clear a review flag, the text being right; ``approve(db, slug)``:
  publish a draft and clear its review flag;
- ``partners_to_review(db)`` / ``partner_review_of(db, slug)``: partners of the assistant's for
  which an import offered other values; ``accept_partner_values`` (saved as an edit) or
  ``keep_partner_values`` answers the flag.

An import returns an ``ImportReport`` (created, updated, flagged, skipped, each with reasons);
an import that cannot be done whole raises ``KioskError`` and changes nothing.
"""

from kiosk.importers.fiches import import_fiches
from kiosk.importers.partners import export_partners, import_partners
from kiosk.importers.report import ImportEntry, ImportReport
from kiosk.importers.review import (Approval, PartnerReviewItem, ReviewItem, accept_partner_values, approve,
                                    keep_partner_values, mark_reviewed, partner_review_of, partners_to_review,
                                    procedures_to_review, review_of)

__all__ = ["Approval", "ImportEntry", "ImportReport", "PartnerReviewItem", "ReviewItem", "accept_partner_values",
           "approve", "export_partners", "import_fiches", "import_partners", "keep_partner_values",
           "mark_reviewed", "partner_review_of", "partners_to_review", "procedures_to_review", "review_of"]
