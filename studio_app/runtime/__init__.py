"""What every use case runs with: the context (unit of work, clock, acting staff), the
payment provider, and the files the app writes beside the studio's data."""
