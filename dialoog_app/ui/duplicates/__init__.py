"""Mogelijke dubbelen: near-duplicate statements side by side, linked or placed together."""
