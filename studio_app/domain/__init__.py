"""Pure business rules: no database, no Qt. Only the standard library and dateutil."""
