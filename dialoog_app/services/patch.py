"""The base of every ``…Patch`` (the fields an edit changes): an unknown field is refused.

Without ``extra="forbid"`` pydantic ignores a misspelt field, so ``NotePatch(txt="…")``
was an edit that silently changed nothing.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Patch(BaseModel):
    """The fields to change; only those set are written (``model_dump(exclude_unset=True)``)."""

    model_config = ConfigDict(extra="forbid")
