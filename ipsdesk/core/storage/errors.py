"""The reasons a store cannot be opened, created or migrated (one family: StoreError).

Kept free of SQLAlchemy and SQLCipher imports: the window's unlock page and the
single-instance lock name these errors before the storage stack has been imported.
"""


class StoreError(Exception):
    """Base of every reason a store could not be opened, created or migrated."""


class StoreTooNew(StoreError):
    """The store was written by a newer ipsdesk; this one must not touch it."""


class MigrationFailed(StoreError):
    """A migration failed and was rolled back; the store is as it was."""


class StoreNotFound(StoreError):
    """There is no store in the data folder."""


class StoreExists(StoreError):
    """A store is already there; creating one would replace it."""


class WrongPassphrase(StoreError):
    """Neither the passphrase nor the recovery key unlocks the store's key."""


class StoreDamaged(StoreError):
    """The file is not a readable store, or its integrity check failed."""
