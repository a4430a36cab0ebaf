"""Images in a document: a PNG added to the package once, and the inline drawing that
shows it at the text's width with its alt text (``descr``, read aloud by screen readers)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count
from typing import Any, NamedTuple

from .ooxml import attr

EMU_PER_INCH = 914_400
EMU_PER_TWIP = 635
_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


class Picture(NamedTuple):
    """An image already added to the document's package: its relationship id and size."""

    rid: str
    cx: int  # EMU
    cy: int


def add_pictures(
    document: Any, images: Sequence[tuple[bytes, float, float]], text_width: int
) -> list[Picture]:
    """Add PNGs (each with its size in inches) to the package, each no wider than the text;
    the body then refers to them by relationship id. Named ``grafiekN.png`` apart from the
    template's own media, and added in one go: python-docx's ``get_or_add_image`` looks
    through every image part for a duplicate and a free name on each call."""
    from docx.image.image import Image
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.parts.image import ImagePart

    taken = {str(part.partname) for part in document.part.package.iter_parts()}
    names = (f"/word/media/grafiek{n}.png" for n in count(1))
    pictures = []
    for png, width, height in images:
        name = next(n for n in names if n not in taken)
        part = ImagePart.from_image(Image.from_blob(png), PackURI(name))
        rid = document.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)
        cx = min(int(width * EMU_PER_INCH), text_width * EMU_PER_TWIP)
        pictures.append(Picture(rid, cx, int(cx * height / width)))
    return pictures


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
