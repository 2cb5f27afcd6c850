"""Steps a use case takes inside its unit of work: each takes the open session (and the
context when it records who acted), never commits, and may be shared by several use cases."""
