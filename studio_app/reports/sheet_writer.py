"""The workbook of a report (SPEC §7 "Excel export"), written as SpreadsheetML directly: one
sheet per table, each starting with the studio's name (bold, large), the report's title (bold)
and its lines (e.g. "1 Nov 2026 – 30 Nov 2026"), a blank row, then the table: a bold shaded
header, frozen and filterable, the rows with their number formats, an optional bold total row
under a thin top border (outside the filter, so sorting never moves it), columns fitted to
their values; the workbook's title and creator properties name the report and the studio.

Dates, times, counts and money are real Excel values; text always stays text (a name typed as
"=1+1" is not a formula). Written without openpyxl's cell objects (about 20 µs a cell): a
5,000-row report takes about 70 ms instead of about 550 ms. openpyxl, Excel and LibreOffice
read it (the report tests read every workbook back with openpyxl).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from studio_app.reports.workbook_common import DATE, DATE_TIME

#: Characters XML 1.0 cannot hold (control characters other than tab, newline, return).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class SheetTable:
    """One sheet of a report workbook: a table, and optionally a total row under it."""

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[Any]]
    #: Number format per column index (0-based): DATE, PERCENT, money_format(...), "0".
    formats: Mapping[int, str] = field(default_factory=dict)
    total: Sequence[Any] | None = None


def column_letter(index: int) -> str:
    """The letters of the 1-based column ``index``: 1 → A, 26 → Z, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_WIDTH_MIN, _WIDTH_MAX = 8, 60
_EPOCH = datetime(1899, 12, 30)
_TIME = "hh:mm:ss"

# Fonts: 0 normal, 1 bold, 2 bold 14. Fills: 0 none, 1 gray125 (required), 2 header shade.
# Borders: 0 none, 1 thin top.
_STYLES_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
_FONTS = (
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="00E6E6E6"/>'
    '<bgColor rgb="00E6E6E6"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top style="thin"/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
)


class _Styles:
    """The cell formats a workbook uses, each (font, fill, border, number format) once."""

    def __init__(self) -> None:
        self.formats: dict[str, int] = {}
        self.xfs: dict[tuple[int, int, int, int], int] = {(0, 0, 0, 0): 0}

    def xf(self, font: int = 0, fill: int = 0, border: int = 0, number_format: str = "") -> int:
        fmt = 0
        if number_format:
            fmt = self.formats.setdefault(number_format, 164 + len(self.formats))
        return self.xfs.setdefault((font, fill, border, fmt), len(self.xfs))

    def xml(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{n}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
            for code, n in self.formats.items()
        )
        applied = ' applyNumberFormat="1"'
        xfs = "".join(
            f'<xf numFmtId="{fmt}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
            f"{applied if fmt else ''}/>"
            for (font, fill, border, fmt) in self.xfs
        )
        return (
            f'{_STYLES_HEAD}<numFmts count="{len(self.formats)}">{formats}</numFmts>{_FONTS}'
            f'<cellXfs count="{len(self.xfs)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        )


def _cell(ref: str, value: Any, style: int, styles: _Styles, date_styles: dict[type, int]) -> str:
    """One cell's XML; text always stays text (inline string), dates are serial numbers."""
    if value is None or value == "":
        return f'<c r="{ref}" s="{style}"/>' if style else ""
    if isinstance(value, str):
        text = escape(_ILLEGAL.sub("", value))
        s = f' s="{style}"' if style else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        serial = (value - _EPOCH).total_seconds() / 86400
        return f'<c r="{ref}" s="{style or date_styles[datetime]}"><v>{serial!r}</v></c>'
    if isinstance(value, date):
        serial = (value - _EPOCH.date()).days
        return f'<c r="{ref}" s="{style or date_styles[date]}"><v>{serial}</v></c>'
    if isinstance(value, time):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return f'<c r="{ref}" s="{style or date_styles[time]}"><v>{seconds / 86400!r}</v></c>'
    if isinstance(value, int | float) and math.isfinite(value):
        return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'
    return _cell(ref, str(value), style, styles, date_styles)


def _shown_length(value: Any) -> int:
    if isinstance(value, datetime):
        return len(DATE_TIME)
    if isinstance(value, date):
        return len(DATE)
    return len(str(value)) if value is not None else 0


def _sheet_xml(
    studio_name: str, title: str, lines: Sequence[str], sheet: SheetTable, styles: _Styles
) -> str:
    letters = [column_letter(i + 1) for i in range(max(len(sheet.header), 1))]
    date_styles = {
        datetime: styles.xf(number_format=DATE_TIME),
        date: styles.xf(number_format=DATE),
        time: styles.xf(number_format=_TIME),
    }
    body_styles = {i: styles.xf(number_format=f) for i, f in sheet.formats.items()}
    total_styles = {i: styles.xf(1, 0, 1, sheet.formats.get(i, "")) for i in range(len(letters))}
    head_style = styles.xf(1, 2)
    out: list[str] = []
    widths = [0] * len(letters)

    def row(number: int, values: Sequence[Any], style_of: Any, measure: bool) -> None:
        cells = []
        for i, value in enumerate(values):
            ref = f"{letters[i] if i < len(letters) else column_letter(i + 1)}{number}"
            cells.append(_cell(ref, value, style_of(i, value), styles, date_styles))
            if measure and i < len(widths):
                widths[i] = max(widths[i], _shown_length(value))
        out.append(f'<row r="{number}">{"".join(cells)}</row>')

    row(1, [studio_name], lambda i, v: styles.xf(2), False)
    row(2, [title], lambda i, v: styles.xf(1), False)
    for offset, line in enumerate(lines, 3):
        row(offset, [line], lambda i, v: 0, False)
    top = 4 + len(lines)
    row(top, sheet.header, lambda i, v: head_style, True)
    plain = body_styles.get
    for offset, values in enumerate(sheet.rows, 1):
        row(top + offset, values, lambda i, v: plain(i, 0), True)
    bottom = top + len(sheet.rows)
    if sheet.total is not None:
        row(bottom + 1, sheet.total, lambda i, v: total_styles.get(i, styles.xf(1, 0, 1)), True)
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{min(max(w + 2, _WIDTH_MIN), _WIDTH_MAX)}" '
        'customWidth="1"/>'
        for i, w in enumerate(widths, 1)
    )
    last = letters[len(sheet.header) - 1] if sheet.header else "A"
    end_row = bottom + (sheet.total is not None)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{last}{end_row}"/>'
        f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{top}" '
        f'topLeftCell="A{top + 1}" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="A{top + 1}" sqref="A{top + 1}"/>'
        "</sheetView></sheetViews>"
        f"<cols>{cols}</cols><sheetData>{''.join(out)}</sheetData>"
        f'<autoFilter ref="A{top}:{last}{max(bottom, top)}"/></worksheet>'
    )


def _empty_sheet_xml(studio_name: str, styles: _Styles) -> str:
    name = _cell("A1", studio_name, 0, styles, {})
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData><row r="1">{name}</row></sheetData></worksheet>'
    )


def write_workbook(
    out: Path, *, studio_name: str, title: str, lines: Sequence[str], sheets: Sequence[SheetTable]
) -> Path:
    """A workbook with one sheet per table (see the module's docstring); returns ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    styles = _Styles()
    tables = list(sheets)
    xml = [_sheet_xml(studio_name, title, lines, t, styles) for t in tables]
    if not tables:  # as openpyxl's writer: one sheet named after the report, with the studio
        tables = [SheetTable(title, (), ())]
        xml = [_empty_sheet_xml(studio_name, styles)]
    names = [escape(t.name[:31], {'"': "&quot;"}) for t in tables]
    main = "http://schemas.openxmlformats.org"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{main}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
            'package.core-properties+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for i in range(1, len(tables) + 1)
            )
            + "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{main}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{main}/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{main}/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>',
        )
        z.writestr(
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<cp:coreProperties xmlns:cp="{main}/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(studio_name)}</dc:creator>"
            "</cp:coreProperties>",
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{main}/spreadsheetml/2006/main" '
            f'xmlns:r="{main}/officeDocument/2006/relationships"><sheets>'
            + "".join(
                f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                for i, name in enumerate(names, 1)
            )
            + "</sheets></workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{main}/package/2006/relationships">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{main}/officeDocument/2006/relationships/'
                f'worksheet" Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, len(tables) + 1)
            )
            + f'<Relationship Id="rId{len(tables) + 1}" Type="{main}/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/></Relationships>',
        )
        z.writestr("xl/styles.xml", styles.xml())
        for i, sheet_xml in enumerate(xml, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", sheet_xml)
    return out
