"""Staff passwords are stored only as salted scrypt hashes (slow by design)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from studio_app.domain.errors import ValidationError

_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 6


def hash_password(password: str) -> str:
    """Return ``scrypt$N$r$p$salt$hash`` for a new password of at least 6 characters."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"Password must have at least {MIN_PASSWORD_LENGTH} characters (got {len(password)})."
        )
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate, _unb64(digest))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode())
