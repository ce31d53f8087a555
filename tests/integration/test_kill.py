"""The kill test: a child writing in a loop is SIGKILLed at random moments, many times.

Afterwards the store passes ``integrity_check``, every write the child reported as
committed is there, and no transaction is half there. (``bench/kill_test.py`` runs a
longer version and prints the figures.)
"""

from __future__ import annotations

from ipsdesk.core.storage.store import Store
from tests.helpers.killing import run_kills


def test_sigkill_at_random_moments_loses_no_committed_write(store: Store) -> None:
    figures = run_kills(store, kills=40, seed=703)
    assert figures.kills == 40
    assert figures.committed > 40  # the child really wrote between the kills
    assert figures.integrity_failures == 0
    assert figures.lost == 0
    assert figures.torn == 0
    reopened = Store.open_with_key(store.paths, store.data_key)
    reopened.close()
