"""Finding the template's styles by name, once, and lending Dialoog's where one is missing.

Word stores its built-in styles under English names ("heading 1", "List Bullet") whatever
the user's language, with ids that differ per language ("Heading1", "Kop1"); so styles are
matched on their name, case-insensitively, never on their id. A style a template lacks is
copied from the built-in template (with the bullet numbering it needs), so the document
still has real headings and lists, and the user is told which style was missing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.parts.numbering import NumberingPart
from lxml import etree

from dialoog_app.domain.i18n import Text

from .errors import missing_style
from .ooxml import W_NS, StyleBook

W = f"{{{W_NS}}}"

# Logical role → (the style's name, other names it goes by, whether a missing one is reported).
WANTED: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "body": ("Normal", ("standaard",), False),
    "title": ("Title", ("titel",), True),
    "subtitle": ("Subtitle", ("ondertitel",), False),
    "heading1": ("Heading 1", ("kop 1",), True),
    "heading2": ("Heading 2", ("kop 2",), True),
    "heading3": ("Heading 3", ("kop 3",), True),
    "bullet": ("List Bullet", ("lijstopsommingsteken", "opsommingsteken"), True),
    "table": ("Table Grid", ("tabelraster",), True),
    "toc_heading": ("TOC Heading", ("kop van inhoudsopgave",), False),
    "toc1": ("toc 1", ("inhopg 1",), False),
    "toc2": ("toc 2", ("inhopg 2",), False),
}


class _Style(NamedTuple):
    style_id: str
    kind: str  # paragraph, character, table, numbering
    element: etree._Element


def _index(styles_element: etree._Element) -> dict[str, _Style]:
    """name (lower case) → style, in one pass over styles.xml."""
    found: dict[str, _Style] = {}
    for element in styles_element.iterchildren(f"{W}style"):
        name_element = element.find(f"{W}name")
        style_id = element.get(f"{W}styleId")
        if name_element is None or not style_id:
            continue
        name = (name_element.get(f"{W}val") or "").strip().lower()
        found.setdefault(name, _Style(style_id, element.get(f"{W}type") or "", element))
    return found


def _lookup(index: dict[str, _Style], name: str, aliases: tuple[str, ...]) -> _Style | None:
    for candidate in (name.lower(), *aliases):
        if candidate in index:
            return index[candidate]
    return None


class StyleResolver:
    """Resolves every wanted style of one document; lends missing ones from the document
    ``open_donor`` opens — only if one is missing (a house style that has them all is
    exported without opening the built-in template a second time)."""

    def __init__(self, document: Document, open_donor: Callable[[], Document] | None) -> None:
        self.document = document
        self.open_donor = open_donor
        self.styles_element = document.styles.element
        self.index = _index(self.styles_element)
        self.warnings: list[Text] = []

    @cached_property
    def donor(self) -> Document | None:
        return self.open_donor() if self.open_donor is not None else None

    @cached_property
    def donor_index(self) -> dict[str, _Style]:
        return _index(self.donor.styles.element) if self.donor is not None else {}

    def resolve(self) -> StyleBook:
        ids = {key: self._style_id(key) for key in WANTED}
        return StyleBook(**ids)

    def _style_id(self, key: str) -> str:
        name, aliases, report = WANTED[key]
        style = _lookup(self.index, name, aliases)
        if style is None and key == "body":
            style = self._default_paragraph_style()
        if style is not None:
            return style.style_id
        lent = self._lend(name)
        if report:
            self.warnings.append(missing_style(name))
        return lent

    def _default_paragraph_style(self) -> _Style | None:
        for style in self.index.values():
            if style.kind == "paragraph" and style.element.get(f"{W}default") in ("1", "true"):
                return style
        return None

    def _lend(self, name: str) -> str:
        """Copy the donor's definition of ``name`` into the document; return its id."""
        source = self.donor_index.get(name.lower())
        if source is None:  # no donor (or it lacks it too): plain text rather than a crash
            body = _lookup(self.index, "Normal", ()) or self._default_paragraph_style()
            return body.style_id if body is not None else "Normal"
        element = copy.deepcopy(source.element)
        taken = {s.style_id for s in self.index.values()}
        style_id = source.style_id
        while style_id in taken:
            style_id = "Dialoog" + style_id
        element.set(f"{W}styleId", style_id)
        self._relink(element)
        if source.kind == "paragraph":
            self._bring_numbering(element)
        self.styles_element.append(element)
        self.index[name.lower()] = _Style(style_id, source.kind, element)
        return style_id

    def _relink(self, element: etree._Element) -> None:
        """Point basedOn/next/link at this document's ids (by name), or drop them."""
        donor_names = {s.style_id: n for n, s in self.donor_index.items()}
        for tag in ("basedOn", "next", "link"):
            reference = element.find(f"{W}{tag}")
            if reference is None:
                continue
            target_name = donor_names.get(reference.get(f"{W}val") or "")
            target = self.index.get(target_name or "")
            if target is None:
                element.remove(reference)
            else:
                reference.set(f"{W}val", target.style_id)

    def _bring_numbering(self, element: etree._Element) -> None:
        """A lent List Bullet needs its bullet definition in this document's numbering."""
        num_id = element.find(f"{W}pPr/{W}numPr/{W}numId")
        if num_id is None or self.donor is None:
            return
        donor_numbering = self.donor.part.numbering_part.element
        wanted = num_id.get(f"{W}val")
        num = next(
            (n for n in donor_numbering.iterchildren(f"{W}num") if n.get(f"{W}numId") == wanted),
            None,
        )
        abstract_ref = num.find(f"{W}abstractNumId") if num is not None else None
        abstract = next(
            (
                a
                for a in donor_numbering.iterchildren(f"{W}abstractNum")
                if abstract_ref is not None
                and a.get(f"{W}abstractNumId") == abstract_ref.get(f"{W}val")
            ),
            None,
        )
        if abstract is None:
            number_properties = num_id.getparent()
            number_properties.getparent().remove(number_properties)
            return
        numbering = _numbering_element(self.document)
        used_abstract = [
            int(a.get(f"{W}abstractNumId") or 0) for a in numbering.iterchildren(f"{W}abstractNum")
        ]
        used_num = [int(n.get(f"{W}numId") or 0) for n in numbering.iterchildren(f"{W}num")]
        new_abstract_id = str(max(used_abstract, default=-1) + 1)
        new_num_id = str(max(used_num, default=0) + 1)
        abstract = copy.deepcopy(abstract)
        abstract.set(f"{W}abstractNumId", new_abstract_id)
        for link in abstract.iter(f"{W}pStyle"):  # the level's style id may differ here
            link.set(f"{W}val", element.get(f"{W}styleId") or "")
        # abstractNum elements must all precede the num elements (schema order).
        first_num = numbering.find(f"{W}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{new_num_id}">'
                f'<w:abstractNumId w:val="{new_abstract_id}"/></w:num>'
            )
        )
        num_id.set(f"{W}val", new_num_id)


def _numbering_element(document: Document) -> etree._Element:
    """The document's numbering definitions, created if the template has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element  # type: ignore[attr-defined]
    except KeyError:
        pass
    taken = {str(p.partname) for p in part.package.iter_parts()}
    name = "/word/numbering.xml"
    while name in taken:
        name = name.replace(".xml", "1.xml")
    numbering = NumberingPart(
        PackURI(name), CT.WML_NUMBERING, parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>'), part.package
    )
    part.relate_to(numbering, RT.NUMBERING)
    return numbering.element
