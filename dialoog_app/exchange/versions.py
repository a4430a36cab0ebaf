"""Version vectors (see store/versions.py) and the one rule that decides a merge.

The rule, per row: if one copy contains all the other's writes, it wins; if both were
written since their common version, the newer ``updated_at`` wins (device id, then text,
break ties), a live row beating a deleted one — and a note's losing text or a lost
deletion is kept as a conflict for the user.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass

Vector = dict[str, int]

# Conflict ids are derived, so the same loss is recorded once whatever the merge order.
CONFLICT_NAMESPACE = uuid.UUID("7b0f3c2e-6a55-4e0c-9a57-9d7c1b1f2a10")


def parse(versions: str | None, device_id: str) -> Vector:
    if not versions:
        return {device_id: 1}
    loaded = json.loads(versions)
    return {str(k): int(v) for k, v in loaded.items()}


def dumps(vector: Vector) -> str:
    return json.dumps(vector, sort_keys=True, separators=(",", ":"))


def covers(a: Vector, b: Vector) -> bool:
    """True when ``a`` contains every write of ``b`` (b is an ancestor of a, or equal)."""
    return all(a.get(device, 0) >= count for device, count in b.items())


def joined(a: Vector, b: Vector) -> Vector:
    return {d: max(a.get(d, 0), b.get(d, 0)) for d in sorted(a.keys() | b.keys())}


@dataclass(frozen=True)
class Version:
    """What the rule needs of one copy of a row."""

    updated_at: str
    device_id: str
    deleted: bool
    text: str

    def key(self) -> tuple[bool, str, str, str]:
        return (not self.deleted, self.updated_at, self.device_id, self.text)


def conflict_id(table: str, row_id: str, lost_text: str | None = None) -> str:
    """One "deleted" conflict per row (text None); one "text" conflict per losing text."""
    if lost_text is None:
        return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{table}|{row_id}|deleted"))
    digest = hashlib.sha256(lost_text.encode("utf-8")).hexdigest()
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{table}|{row_id}|text|{digest}"))


def draft_note_id(draft_id: str, text: str) -> str:
    """A draft becomes the same concept note however often its file is merged."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"draft|{draft_id}|{digest}"))
