"""Safety net and privacy: backups, restore, recovery of a damaged file, names, retention."""
