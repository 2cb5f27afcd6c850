"""A file read into text cells, whatever its format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceTable:
    """The header row and the data rows of an import file, every cell as stripped text.

    Rows are padded or cut to the header's length. Cells read from .xlsx are text too: a date
    cell becomes ``YYYY-MM-DD``, a whole number ``"12"`` (never ``"12.0"``). ``encoding`` is the
    text encoding used ("utf-8", "utf-8-sig", "cp1250", "cp1252"; "xlsx" for a workbook) and
    ``encoding_certain`` is False when the bytes read as text in more than one code page, so the
    user should check the preview and may pick another. ``delimiter`` is "," ";" or "\\t" ("" for
    a workbook). Data row ``i`` (0-based) is line ``i + 2`` of the file (the header is line 1),
    unless ``lines`` gives each data row's own line: the file line a CSV record starts on, or
    the worksheet row number, when blank rows were skipped or a quoted cell spans lines.
    """

    file_name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str
    encoding_certain: bool = True
    delimiter: str = ""
    lines: tuple[int, ...] = ()

    @staticmethod
    def line_of(index: int) -> int:
        """The file line (1 = header) of data row ``index``."""
        return index + 2

    def line_at(self, index: int) -> int:
        """The file line (worksheet row) data row ``index`` was read from."""
        return self.lines[index] if self.lines else self.line_of(index)
