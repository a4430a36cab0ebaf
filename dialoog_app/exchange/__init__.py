"""Bringing other files into a project: merging laptop copies, importing data."""
