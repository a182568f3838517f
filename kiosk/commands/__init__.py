"""The subcommands of ``kiosk``, one module per group.

Each module has ``register(commands)``, which adds its subparsers to the ``kiosk`` parser; each
subparser's ``handler(context, args)`` returns the exit code; a subparser that needs no kiosk
database sets ``needs_context=False`` and gets ``None`` as context. A refusal raises
``KioskError``. ``kiosk.cli`` lists the modules.

``kiosk`` imports every module here to build its parser, and ``kiosk run`` must paint its home
screen quickly (benchmarks/ui_bench.py): a module's top imports stay light, and a handler that
needs SQLAlchemy, the ORM models or cryptography imports them itself.
tests/ui/test_start.py checks that ``kiosk run`` paints its home screen without any of them.
"""
