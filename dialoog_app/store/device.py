"""The id of this installation, written into every row it touches (for merging later)."""

from __future__ import annotations

import uuid

from dialoog_app import paths


def this_device_id() -> str:
    path = paths.user_data_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        uuid.UUID(value)
        return value
    except (OSError, ValueError):
        value = str(uuid.uuid4())
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        tmp.replace(path)
        return value
