"""Staff passwords are stored only as salted scrypt hashes (slow by design).

The work factor follows the OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1
(128 MiB and about a third of a second per hash on a desk computer). A hash made at a weaker
cost (N=2^14 before issue 12) still verifies and is replaced at the account's next successful
login (``upgraded_hash``). The tests lower ``cost`` in one place (tests/conftest.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import cache

from studio_app.domain.bounds import check_text
from studio_app.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 6
#: Longer than any passphrase a person types; bounds what one login may make the desk hash.
MAX_PASSWORD_LENGTH = 1_024
_SCHEME = "scrypt"
#: hashlib.scrypt refuses to use more memory than ``maxmem``; its default (32 MiB) is below
#: what N=2^17, r=8 needs (128 MiB), so every call allows the cost's own need plus this.
_MAXMEM_HEADROOM = 2**20


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factor: CPU/memory cost ``n`` (a power of two), block size ``r`` and
    parallelism ``p``; a hash needs 128·r·n·p bytes of memory."""

    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        return 128 * self.r * (self.n + self.p) + _MAXMEM_HEADROOM

    def weaker_than(self, other: ScryptCost) -> bool:
        """Whether any parameter is below ``other``'s (a hash at this cost needs upgrading)."""
        return self.n < other.n or self.r < other.r or self.p < other.p


#: OWASP Password Storage Cheat Sheet: scrypt N=2^17 (128 MiB), r=8, p=1.
PRODUCTION_COST = ScryptCost(2**17, 8, 1)
#: The cost of every new hash. Only the tests change it (one autouse fixture), never the app.
cost = PRODUCTION_COST
#: A production-cost hash of a random password that was thrown away when it was made: checking
#: an unknown user name against it costs what checking a real account costs.
_PRODUCTION_DUMMY = (
    "scrypt$131072$8$1$YGDZJfrKmh1ezGWbymzsnw==$Q09OIh0u8SgxJZqNRSsqguI5qkAyJOr4apcpEIk2dL6D"
    "XKLHUmc5byFi206VvIkLaIp2Z/cvfweD9x/MZ7MPzA=="
)


def hash_password(password: str) -> str:
    """Return ``scrypt$N$r$p$salt$hash`` for a new password of 6 to 1,024 characters without
    control characters (nobody could type it at a login)."""
    check_text(password, "The password", limit=MAX_PASSWORD_LENGTH)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"Password must have at least {MIN_PASSWORD_LENGTH} characters (got {len(password)})."
        )
    return _new_hash(password, cost)


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``, at the cost ``stored`` was made with; an
    unreadable stored hash matches nothing."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    stored_cost, salt, digest = parsed
    try:
        candidate = _scrypt(password, salt, stored_cost)
    except ValueError:  # impossible parameters (N not a power of two, too much memory)
        return False
    return hmac.compare_digest(candidate, digest)


def verify_unknown_user(password: str) -> None:
    """For a user name that does not exist: spend what checking a real account's password
    costs (one scrypt at today's cost), so the answer's timing does not tell which names
    exist."""
    verify_password(password, _dummy_hash(cost))


def upgraded_hash(password: str, stored: str) -> str | None:
    """A new hash of ``password`` at today's cost when ``stored`` (which it matched) was made
    at a weaker one, else None: the login that proved the password re-hashes it."""
    parsed = _parse(stored)
    if parsed is not None and not parsed[0].weaker_than(cost):
        return None
    return _new_hash(password, cost)


def _new_hash(password: str, at: ScryptCost) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, at)
    return "$".join([_SCHEME, str(at.n), str(at.r), str(at.p), _b64(salt), _b64(digest)])


@cache
def _dummy_hash(at: ScryptCost) -> str:
    """A hash of a random password at cost ``at``: the stored one at the production cost,
    otherwise (tests) made once per cost."""
    if at == PRODUCTION_COST:
        return _PRODUCTION_DUMMY
    return _new_hash(secrets.token_urlsafe(32), at)


def _scrypt(password: str, salt: bytes, at: ScryptCost) -> bytes:
    return hashlib.scrypt(
        # A typed password is always valid UTF-8; "surrogatepass" lets a hostile one fail to
        # match instead of raising.
        password.encode("utf-8", "surrogatepass"),
        salt=salt,
        n=at.n,
        r=at.r,
        p=at.p,
        maxmem=at.maxmem,
        dklen=64,
    )


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return None
        return ScryptCost(int(n), int(r), int(p)), _unb64(salt), _unb64(digest)
    except ValueError:  # binascii.Error is a ValueError too
        return None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)
