"""Which text encoding an import file is in.

Other systems export UTF-8 (often with a byte-order mark, as Excel's "CSV UTF-8" does) or the
Windows code page of the office computer: Windows-1250 in Central Europe (Polish, Czech,
Slovak, Hungarian…), Windows-1252 in Western Europe and the Americas. The two code pages share
the ASCII letters and many accented ones but read some bytes differently: 0xB3 is "ł" in one
and "³" in the other. A guess scores both readings and keeps the one with more plausible
letters; it says it is not certain when the other reading is just as plausible.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from studio_app.domain.errors import ImportRefused

#: The encodings a user can choose, with their labels.
ENCODINGS = ("utf-8", "cp1250", "cp1252")
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "cp1250": "Windows-1250 (Central European)",
    "cp1252": "Windows-1252 (Western European)",
}

_BOM = b"\xef\xbb\xbf"
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
#: At most this many bytes above 0x7F are scored (plenty to tell the two code pages apart).
_SCORED = 20_000

# Where both code pages read a byte as a letter, how likely each letter is in the languages
# the code page serves (Windows-1250, Windows-1252); other letters weigh 1. "è" (French,
# Italian) outweighs "č" and "ñ" (Spanish) outweighs "ń": a Polish text would also hold "ł",
# "ą" or "ż", which Windows-1252 reads as symbols ("Wo³odyjowski") and which make that reading
# implausible outright. "ř" and "ě" (Czech) outweigh "ø" and "ì".
_WEIGHTS = {
    0x8C: (2, 1),  # Ś Œ
    0x9C: (2, 1),  # ś œ
    0x9F: (2, 0),  # ź Ÿ
    0xC0: (0, 2),  # Ŕ À
    0xC3: (0, 1),  # Ă Ã
    0xC5: (0, 2),  # Ĺ Å
    0xC6: (2, 1),  # Ć Æ
    0xC8: (2, 1),  # Č È
    0xD9: (0, 1),  # Ů Ù
    0xDE: (0, 2),  # Ţ Þ
    0xE0: (0, 3),  # ŕ à
    0xE3: (1, 2),  # ă ã
    0xE5: (0, 3),  # ĺ å
    0xE6: (2, 1),  # ć æ
    0xE8: (2, 3),  # č è
    0xEA: (1, 2),  # ę ê
    0xEC: (3, 1),  # ě ì
    0xF1: (1, 3),  # ń ñ
    0xF2: (1, 2),  # ň ò
    0xF5: (2, 1),  # ő õ
    0xF8: (3, 2),  # ř ø
    0xF9: (2, 1),  # ů ù
}
_SYMBOL_IN_WORD = -4


class DecodedText(NamedTuple):
    """A file's text, the encoding it was read with, and whether that encoding is certain
    (False: a code page was guessed and the other one reads the bytes just as plausibly)."""

    text: str
    encoding: str
    certain: bool


def encoding_label(encoding: str) -> str:
    """The name a user reads for an encoding ("Windows-1250 (Central European)")."""
    return ENCODING_LABELS.get(encoding, encoding)


def decode(data: bytes, encoding: str | None = None, *, source: str = "The file") -> DecodedText:
    """The text of ``data``. A chosen ``encoding`` is used as given (a UTF-8 byte-order mark is
    dropped); bytes it cannot read refuse the file, naming the encoding and the byte position.
    Without one: a byte-order mark means UTF-8, valid UTF-8 is UTF-8, anything else is
    Windows-1250 or Windows-1252, whichever reads as more plausible letters. The choice is
    certain when only that code page reads the bytes as words (or both read them alike)."""
    if encoding is not None:
        return DecodedText(_decode_as(data, encoding, source), _bom_aware(data, encoding), True)
    if data.startswith(_BOM):
        try:
            return DecodedText(data.decode("utf-8-sig"), "utf-8-sig", True)
        except UnicodeDecodeError:  # text pasted in from another encoding: shown as "�"
            return DecodedText(data.decode("utf-8-sig", "replace"), "utf-8-sig", False)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", True)
    except UnicodeDecodeError:
        return _guess_code_page(data)


def _bom_aware(data: bytes, encoding: str) -> str:
    return "utf-8-sig" if encoding == "utf-8" and data.startswith(_BOM) else encoding


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(_bom_aware(data, encoding))
    except UnicodeDecodeError as error:
        raise ImportRefused(
            f"{source} cannot be read as {encoding_label(encoding)}: byte {error.start} "
            f"(0x{data[error.start]:02X}) is not valid in that encoding. Choose another one."
        ) from error
    except LookupError as error:
        raise ImportRefused(f"{encoding} is not a text encoding this app knows.") from error


def _guess_code_page(data: bytes) -> DecodedText:
    readings = {}
    for code_page in ("cp1250", "cp1252"):
        try:
            readings[code_page] = data.decode(code_page)
        except UnicodeDecodeError:  # a byte the code page leaves undefined
            continue
    if not readings:  # a byte neither defines: read on, showing it as a replacement character
        return DecodedText(data.decode("cp1250", "replace"), "cp1250", False)
    if len(readings) == 1:
        [(code_page, text)] = readings.items()
        return DecodedText(text, code_page, True)
    if readings["cp1250"] == readings["cp1252"]:  # no byte the two read differently
        return DecodedText(readings["cp1252"], "cp1252", True)
    positions = [m.start() for m in islice(_HIGH_BYTE.finditer(data), _SCORED)]
    scores = {cp: _score(text, data, positions, cp) for cp, text in readings.items()}
    best = max(scores, key=lambda cp: scores[cp][0])  # a tie keeps cp1250, the first
    other = "cp1252" if best == "cp1250" else "cp1250"
    return DecodedText(readings[best], best, scores[best][1] and not scores[other][1])


def _score(text: str, data: bytes, positions: list[int], code_page: str) -> tuple[int, bool]:
    """How plausible the characters at ``positions`` are as letters of ``code_page``'s
    languages, and whether the reading is plausible at all (no symbol inside a word)."""
    column = 0 if code_page == "cp1250" else 1
    score, plausible, last = 0, True, len(text) - 1
    for i in positions:
        if text[i].isalpha():
            weights = _WEIGHTS.get(data[i])
            score += weights[column] if weights else 1
        elif (i > 0 and text[i - 1].isalpha()) or (i < last and text[i + 1].isalpha()):
            score += _SYMBOL_IN_WORD
            plausible = False
    return score, plausible
