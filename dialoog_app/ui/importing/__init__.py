"""Notes and survey answers from CSV/Excel ("Import notes from CSV/Excel…")."""
