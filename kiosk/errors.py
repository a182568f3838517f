"""The one exception type the core raises for a refusal a person must read."""


class KioskError(Exception):
    """A refusal or failure explained in one plain sentence.

    The command line prints ``str(error)`` on stderr and exits 1; the UI shows it.
    Whatever raised it has changed nothing.
    """
