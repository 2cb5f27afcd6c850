"""Which member field each column of an import file holds, and which of this studio's plans
each plan name in it means.

Columns are recognised by their header in English and a few other languages, whatever the
case, accents, spaces, underscores or dashes ("E-mail", "email_address", "Imię"), also after a
"Member", "Client", "Customer" or "Contact" prefix ("Client Email"). Words in brackets are
ignored ("Birthday (MM/DD/YYYY)"). A mapping the user made can be saved as JSON keyed by header
text, so it applies to the next export from the same system.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from studio_app.domain.errors import ImportRefused
from studio_app.exchange.fields import DateOrder, Field, OnExisting
from studio_app.exchange.preview import ColumnMapping, StudioPlan
from studio_app.exchange.table import SourceTable

_SYNONYMS = {
    Field.FIRST_NAME: "first name, firstname, first, given name, forename, imię, vorname, "
    "prénom, nombre, jméno, keresztnév",
    Field.LAST_NAME: "last name, lastname, last, surname, family name, nazwisko, nachname, "
    "nom, apellido, apellidos, příjmení, vezetéknév",
    Field.FULL_NAME: "name, full name, client, member, customer, contact, display name, "
    "imię i nazwisko, nazwisko i imię, klient, name and surname",
    Field.EMAIL: "e-mail, email, mail, email address, e-mail address, adres e-mail, courriel, "
    "correo, correo electrónico",
    Field.PHONE: "mobile, phone, telephone, cell, tel, telefon, mobile phone, cell phone, "
    "phone number, mobile number, telephone number, home phone, numer telefonu, nr telefonu, "
    "telefon komórkowy, komórka, téléphone, teléfono, handy",
    Field.BIRTH_DATE: "birthday, date of birth, dob, birth date, birthdate, data urodzenia, "
    "urodziny, geburtsdatum, date de naissance, fecha de nacimiento, datum narození",
    Field.CARD_CODE: "barcode, barcode id, card, card number, card code, card no, card id, "
    "rfid, member id card, membership card, key tag, key fob, karta, kod karty, numer karty, "
    "nr karty",
    Field.NOTES: "notes, note, comments, comment, remarks, uwagi, notatki, notizen, "
    "bemerkungen, remarques, notas, poznámky",
    Field.PLAN: "plan, membership, pass, karnet, product, membership name, membership type, "
    "plan name, pass name, product name, rodzaj karnetu, typ karnetu, nazwa karnetu",
    Field.REMAINING: "remaining, sessions left, credits, classes remaining, visits left, "
    "pozostało wejść, sessions remaining, remaining sessions, classes left, remaining classes, "
    "visits remaining, remaining visits, credits left, credits remaining, entries left, "
    "pozostałe wejścia, liczba wejść, ilość wejść",
    Field.VALID_UNTIL: "valid until, expires, expiry date, end date, ważny do, expiry, "
    "expiration, expiration date, expires on, valid to, ważność, data ważności, ważne do, "
    "gültig bis, ablaufdatum",
    Field.CATEGORY: "credit category, category, credit type, kategoria, kategoria wejść",
}
_PREFIXES = ("membership", "member", "client", "customer", "contact", "klienta", "klient")
_NAME_PARTS = (Field.FIRST_NAME, Field.LAST_NAME)
#: Letters NFKD does not take apart into a base letter and an accent.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: Control characters (not tabs and line breaks) and lone surrogates (half a character, which
#: no file can hold and the database refuses).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _fold(text: str) -> str:
    """``text`` without case or accents: "Ważny" → "wazny"."""
    text = text.casefold().translate(_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(text: str) -> str:
    """A header without brackets, case, accents, spaces or punctuation: "E-mail" → "email"."""
    return _NOT_ALNUM.sub("", _fold(_BRACKETS.sub("", text)))


_KNOWN = {_key(name): field for field, names in _SYNONYMS.items() for name in names.split(",")}


def guess_field(header: str) -> Field:
    """The field a header names (IGNORE when it names none)."""
    key = _key(header)
    if key in _KNOWN:
        return _KNOWN[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in _KNOWN:
            return _KNOWN[key[len(prefix) :]]
    return Field.IGNORE


def guess_fields(headers: Sequence[str]) -> tuple[Field, ...]:
    """A field per header. Each field is used once: the first column that names it wins, later
    ones are ignored. A first or last name column wins over a full name column."""
    fields: list[Field] = []
    for header in headers:
        field = guess_field(header)
        fields.append(Field.IGNORE if field in fields else field)
    if any(field in fields for field in _NAME_PARTS):
        fields = [Field.IGNORE if field is Field.FULL_NAME else field for field in fields]
    return tuple(fields)


def mapping_to_json(mapping: ColumnMapping, headers: Sequence[str]) -> str:
    """The mapping as JSON keyed by header text (with the date order, the plan names' plans
    and what to do with members on file), to apply to the next file with those headers."""
    return json.dumps(
        {
            "columns": {h: f.value for h, f in zip(headers, mapping.fields, strict=True)},
            "date_order": mapping.date_order.value if mapping.date_order else None,
            "plans": dict(mapping.plans),
            "on_existing": mapping.on_existing.value,
        },
        ensure_ascii=False,
        indent=2,
    )


def load_mapping(path: Path, headers: Sequence[str]) -> ColumnMapping:
    """A mapping saved by the wizard, fitted to this file's headers; a file that cannot be read
    or is not a mapping is refused in words."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ImportRefused(f"{path.name} is not a saved column mapping.") from error
    except OSError as error:
        raise ImportRefused(f"Cannot read {path.name}: {error.strerror}.") from error
    return mapping_from_json(text, headers)


def mapping_from_json(text: str, headers: Sequence[str]) -> ColumnMapping:
    """A saved mapping applied to ``headers``: a header it names gets its saved field; other
    headers are recognised by name (a field the saved mapping already uses is not taken twice).
    Anything but a mapping saved by ``mapping_to_json`` is refused."""
    try:
        saved = json.loads(text)
        columns = {str(h): Field(f) for h, f in saved["columns"].items()}
        order = DateOrder(saved["date_order"]) if saved.get("date_order") else None
        plans = {str(name): _plan_id(plan) for name, plan in saved.get("plans", {}).items()}
        on_existing = OnExisting(saved.get("on_existing", OnExisting.SKIP.value))
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ImportRefused("This is not a saved column mapping.") from error
    taken = {columns[h] for h in headers if h in columns}
    if taken & set(_NAME_PARTS):
        taken.add(Field.FULL_NAME)
    fields = tuple(
        columns.get(h, Field.IGNORE if g in taken else g)
        for h, g in zip(headers, guess_fields(headers), strict=True)
    )
    return ColumnMapping(fields, order, plans, on_existing)


def _plan_id(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{value!r} is not a plan id")
    return value


def one_line(text: str) -> str:
    """``text`` on one line: control characters go, line breaks, tabs and runs of spaces
    become one space, and the ends are stripped."""
    return " ".join((text if text.isprintable() else _CONTROL.sub("", text)).split())


def plan_names(table: SourceTable, fields: Sequence[Field]) -> tuple[str, ...]:
    """The distinct plan names in the PLAN column(s), sorted as a person would (ignoring
    case); these are the keys of ``ColumnMapping.plans``."""
    columns = [i for i, field in enumerate(fields) if field is Field.PLAN]
    names = {one_line(row[i]) for row in table.rows for i in columns} - {""}
    return tuple(sorted(names, key=lambda name: (name.casefold(), name)))


def guess_plan_ids(names: Iterable[str], plans: Sequence[StudioPlan]) -> dict[str, int | None]:
    """Each plan name's plan: the active plan with the same name, ignoring case, accents and
    spacing; None when there is none or more than one."""
    by_key: dict[str, list[int]] = {}
    for plan in plans:
        if plan.active:
            by_key.setdefault(_plan_key(plan.name), []).append(plan.id)
    guesses: dict[str, int | None] = {}
    for name in names:
        ids = by_key.get(_plan_key(name), [])
        guesses[name] = ids[0] if len(ids) == 1 else None
    return guesses


def _plan_key(name: str) -> str:
    return _fold(one_line(name))
