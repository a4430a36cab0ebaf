"""Bringing other files into a project: laptop copies to merge, spreadsheets, surveys."""
