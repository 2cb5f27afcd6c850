"""Login throttling: repeated wrong passwords lock an account for a growing time (issue 12).

The first four wrong passwords in a row cost nothing but the slow hash. The fifth locks the
account for 30 seconds, and each further wrong password (once the lock has ended) doubles the
lock, up to 15 minutes: 30 s, 1 min, 2 min, 4 min, 8 min, 15 min, 15 min … A locked account
refuses every login until the time, without even checking the password, so guessing gains
nothing while it lasts. A correct password resets the count. The lock is a time stored with
the account, never a pause: no desk ever waits for it.
"""

from __future__ import annotations

from datetime import timedelta

#: Wrong passwords in a row that are allowed before the account locks.
FREE_ATTEMPTS = 4
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)


def lock_after(failures: int) -> timedelta | None:
    """How long an account refuses logins after its ``failures``-th wrong password in a row:
    not at all for the first four; 30 s after the fifth, doubling with each one after it, up to
    15 minutes."""
    if failures <= FREE_ATTEMPTS:
        return None
    doublings = min(failures - FREE_ATTEMPTS - 1, 10)  # 30 s · 2^10 is far past the cap
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)
