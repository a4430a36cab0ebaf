"""Images in a document: a PNG added to the package once, and the inline drawing that
shows it at the text's width with its alt text (``descr``, read aloud by screen readers)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from .ooxml import attr

EMU_PER_INCH = 914_400
EMU_PER_TWIP = 635
_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


@dataclass(frozen=True)
class Picture:
    """An image already added to the document's package: its relationship id and size."""

    rid: str
    cx: int  # EMU
    cy: int


def add_picture(document: Any, png: bytes, width: float, height: float, text_width: int) -> Picture:
    """Add a PNG (its size in inches) to the package — python-docx's image part,
    deduplicated by content — no wider than the text; the body refers to it by id."""
    rid, _image = document.part.get_or_add_image(BytesIO(png))
    cx = min(int(width * EMU_PER_INCH), text_width * EMU_PER_TWIP)
    return Picture(rid, cx, int(cx * height / width))


def paragraph(style: str, picture: Picture, number: int, description: str) -> str:
    """A paragraph holding the picture inline; ``number`` must be unique in the document
    (Word refuses two drawings with one id)."""
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{attr(style)}"/><w:keepLines/></w:pPr>'
        f"<w:r><w:drawing {_NS}>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{picture.cx}" cy="{picture.cy}"/>'
        f'<wp:docPr id="{4000 + number}" name="Grafiek {number}" descr="{attr(description)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{4000 + number}" name="grafiek{number}.png"/>'
        f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{picture.rid}"/>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{picture.cx}" cy="{picture.cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
