"""Dialoog: run dialogue tables offline, turn what was said into opgaven and Word minutes."""

__version__ = "0.1.0"
