"""Use cases: one method = one user action = one transaction. Never imports Qt."""
