"""Frozen data-transfer objects: what services return and what views and reports display."""
