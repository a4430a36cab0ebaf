"""The minutes export ("Export to Word…"): its dialog, menu action and background worker."""
