"""The subcommands of ``kiosk``, one module per group.

Each module has ``register(commands)``, which adds its subparsers to the ``kiosk`` parser; each
subparser's ``handler(context, args)`` returns the exit code; a subparser that needs no kiosk
database sets ``needs_context=False`` and gets ``None`` as context. A refusal raises
``KioskError``. ``kiosk.cli`` lists the modules.
"""
