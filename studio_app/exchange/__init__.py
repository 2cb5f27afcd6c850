"""Data in and out (SPEC §8): reading other systems' member exports (CSV in any common delimiter
and encoding, .xlsx), mapping their columns, validating every row, and writing the studio's own
data as an .xlsx workbook or a folder of CSV files.

Pure functions over rows: no Qt, no database. ``services/imports.py`` and
``services/exports.py`` own the use cases.
"""
