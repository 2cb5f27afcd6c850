"""Ways a studio's SQLite file gets damaged on disk while nobody has it open: bytes flipped by
a failing disk (in the file header, in SQLite's list of tables, in a data page), a copy cut
short, a file emptied, a file that was never a database (a text file, a picture), a table gone.

Each damage takes the path of a closed database file and changes it in place.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

#: SQLite's b-tree page types (https://www.sqlite.org/fileformat2.html#b_tree_pages).
INTERIOR_TABLE_PAGE, LEAF_TABLE_PAGE = 0x05, 0x0D
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def flip(path: Path, offset: int, count: int = 100) -> None:
    """Invert ``count`` bytes from ``offset`` on, as a failing disk sector would."""
    data = bytearray(path.read_bytes())
    assert offset + count <= len(data), f"{path} has only {len(data)} bytes"
    for index in range(offset, offset + count):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))


def flip_header(path: Path) -> None:
    """The first 100 bytes: SQLite's file header ("SQLite format 3", page size, ...)."""
    flip(path, 0)


def flip_table_list(path: Path) -> None:
    """SQLite's list of tables (sqlite_master), from the name of the ``members`` table on: the
    message SQLite gives then quotes the flipped bytes."""
    offset = path.read_bytes().find(b"tablemembersmembers")
    assert offset > 0, "the members table's entry in sqlite_master"
    flip(path, offset)


def flip_data_page(path: Path) -> None:
    """A page holding rows of ``members``: its cell pointers, where every row starts."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    db.close()
    data = path.read_bytes()
    while data[(page - 1) * page_size] == INTERIOR_TABLE_PAGE:  # down to the leftmost leaf
        start = (page - 1) * page_size
        first_cell = struct.unpack(">H", data[start + 12 : start + 14])[0]
        page = struct.unpack(">I", data[start + first_cell : start + first_cell + 4])[0]
    assert data[(page - 1) * page_size] == LEAF_TABLE_PAGE
    flip(path, (page - 1) * page_size + 8)  # past the 8-byte leaf page header


def truncate(path: Path) -> None:
    """Cut short: only the first third of the file is left."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def empty(path: Path) -> None:
    path.write_bytes(b"")


def text_file(path: Path) -> None:
    path.write_text("Shopping list\nmilk\nbread\n" * 40, encoding="utf-8")


def png_file(path: Path) -> None:
    path.write_bytes(PNG)


def drop_members(path: Path) -> None:
    """The ``members`` table is gone; every other table is as it was."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DROP TABLE members")
    db.close()


DAMAGES: dict[str, Callable[[Path], None]] = {
    "flipped header": flip_header,
    "flipped table list": flip_table_list,
    "flipped data page": flip_data_page,
    "truncated": truncate,
    "zero bytes": empty,
    "a text file": text_file,
    "a PNG picture": png_file,
    "members table dropped": drop_members,
}
