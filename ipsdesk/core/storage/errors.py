"""The reasons a store cannot be opened, created or migrated (one family: StoreError)."""


class StoreError(Exception):
    """Base of every reason a store could not be opened, created or migrated."""


class StoreTooNew(StoreError):
    """The store was written by a newer ipsdesk; this one must not touch it."""


class MigrationFailed(StoreError):
    """A migration failed and was rolled back; the store is as it was."""
