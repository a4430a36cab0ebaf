"""Pure rules and value types. Imports nothing of ours and nothing of Qt or SQL."""
