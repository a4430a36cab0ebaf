"""Use cases. One call = one unit of work = one committed transaction, then change events.

Services take plain values and return frozen pydantic views; no widget ever holds a
database session. They import no Qt, so the CLI and tests use them directly.
"""
