"""Prioriteren: dot votes per table or role, the ranking, priority from the ranking."""
