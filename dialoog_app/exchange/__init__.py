"""Bringing data in and out of a project: other project files, spreadsheets, surveys."""
