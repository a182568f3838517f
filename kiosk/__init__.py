"""kiosk core: catalogue, database, search and command line. Never imports Qt."""

__version__ = "0.1.0"
