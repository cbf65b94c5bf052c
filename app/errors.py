"""Errors a link worker may see. ``str(error)`` is a sentence fit for a message box or stderr.

Anything that is not a ``LinkwellError`` is a bug and is reported as one.
"""

from app.i18n import translate


class LinkwellError(Exception):
    """A problem the user can understand and act on."""

    exit_code = 1


class WrongPassphrase(LinkwellError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(translate("errors", "That passphrase does not unlock this database. Nothing was changed; try again."))


class PassphraseNeeded(LinkwellError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(
            translate("errors", "This database is locked and needs its passphrase (type it when asked, or set LINKWELL_PASSPHRASE).")
        )


class StorageError(LinkwellError):
    """The database or its key file cannot be used as it is."""


class StorageUnavailable(StorageError):
    """The database is sound, but where it lives stops it being used now (a folder that cannot be written,
    a full disk): no backup is needed."""


class DatabaseBusy(StorageUnavailable):
    """Another window or command holds the database's write lock for longer than Linkwell waits."""

    exit_code = 2


class NotFound(LinkwellError):
    pass


class InvalidInput(LinkwellError):
    pass


class IllegalTransition(InvalidInput):
    """A status move the rules do not allow; the message says which moves are allowed."""


class CannotWrite(LinkwellError):
    """A file (an export, a letter, a report, a backup) could not be saved where the user asked; nothing was."""
