"""The "Tafel" screen: live note capture at one table."""
