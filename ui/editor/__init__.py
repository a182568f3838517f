"""The assistant's editor window (``kiosk editor``): a desktop window, not the kiosk's touch screens.

It edits the catalogue of its own KIOSK_HOME through ``kiosk.editing`` and never queries the
database itself.
"""
