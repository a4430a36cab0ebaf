"""Storage: the SQLAlchemy ORM, the engine and its pragmas, the project file, migrations.

The only layer that knows SQL. Keep SQL dialect-neutral in the ORM so a shared PostgreSQL
can come later; SQLite specifics live in ``engine.py`` and ``fileformat.py``.
"""
