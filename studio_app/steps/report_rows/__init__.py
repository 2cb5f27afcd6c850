"""The rows of each printed report, gathered inside the report's read unit of work."""
