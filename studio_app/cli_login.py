"""Logging in on the command line: commands that read or change the studio's data on behalf of
a staff member (import, export) act as an account, so the user log names who did it and the
account's privileges are checked as in the app."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import TYPE_CHECKING

from studio_app.domain.errors import AuthenticationFailed

if TYPE_CHECKING:
    from studio_app.container import Services

#: Where a scheduled job can keep the password instead of typing it.
PASSWORD_ENV = "STUDIO_APP_PASSWORD"


def add_login_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        default="owner",
        help=f"the staff account to act as (default: owner); the password is asked for, or "
        f"read from {PASSWORD_ENV}",
    )


def log_in(services: Services, username: str) -> None:
    """Log ``username`` in with the password from the environment or typed at a prompt."""
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        try:
            password = getpass.getpass(f"Password for {username}: ")
        except (EOFError, OSError) as error:
            raise AuthenticationFailed(
                f"No password for {username}: type it at the prompt or set {PASSWORD_ENV}."
            ) from error
    services.staff.log_in(username, password)
