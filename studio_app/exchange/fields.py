"""What an import column can hold, and the date orders other systems write."""

from __future__ import annotations

import enum


class Field(enum.StrEnum):
    """The member fields (and balance columns) an import column can be mapped onto."""

    IGNORE = "ignore"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # "Name": split at the last space into first and last name
    EMAIL = "email"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    CARD_CODE = "card_code"
    NOTES = "notes"
    PLAN = "plan"  # plan name in the other system, mapped onto one of this studio's plans
    REMAINING = "remaining"  # sessions or credits left
    VALID_UNTIL = "valid_until"
    CATEGORY = "category"  # the credit category of the sessions left (default: the plan's)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Field.IGNORE: "(do not import)",
    Field.FIRST_NAME: "First name",
    Field.LAST_NAME: "Last name",
    Field.FULL_NAME: "Full name",
    Field.EMAIL: "Email",
    Field.PHONE: "Phone",
    Field.BIRTH_DATE: "Birth date",
    Field.CARD_CODE: "Card code",
    Field.NOTES: "Notes",
    Field.PLAN: "Plan",
    Field.REMAINING: "Sessions / credits left",
    Field.VALID_UNTIL: "Valid until",
    Field.CATEGORY: "Credit category",
}


class DateOrder(enum.StrEnum):
    """How a date column is written: 2026-03-04 (YMD), 04.03.2026 (DMY), 03/04/2026 (MDY)."""

    YMD = "ymd"
    DMY = "dmy"
    MDY = "mdy"

    @property
    def label(self) -> str:
        return {"ymd": "Year-month-day", "dmy": "Day.month.year", "mdy": "Month/day/year"}[
            self.value
        ]


class OnExisting(enum.StrEnum):
    """What a row that matches a member already on file (by card code, then email) does."""

    SKIP = "skip"
    UPDATE = "update"
