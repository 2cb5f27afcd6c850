"""The rows of each exported table, streamed inside the export's read unit of work."""
