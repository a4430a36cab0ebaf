"""Build the built-in Word template for the minutes: resources/templates/verslag.dotx.

    python packaging/make_word_template.py

The template is the house style of a Dialoog verslag: A4, Arial, calm blue headings, real
bullet lists, a quiet table style, and a footer with the document title and "Pagina X van
Y". It is generated (so every style is reviewable here) and the binary is committed, so the
app needs no build step. Users may replace it with their municipality's own .docx/.dotx:
the export then uses that file's styles by name (Title, Heading 1–3, List Bullet, Table
Grid) and keeps its header and footer (logo included).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "verslag.dotx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEMPLATE_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
)
HOUSE_BLUE = "1F5F8B"
TEXT = "1A1A1A"
MUTED = "5F6B76"
LINE = "B7C4CF"
HEADER_FILL = "E3EBF2"
FONT = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
TEXT_WIDTH = 9071  # twips: A4 (11906) less 2.5 cm margins on both sides


def _paragraph_style(
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    *,
    based_on: str | None = "Normal",
    next_style: str | None = None,
    priority: int = 99,
    quick: bool = True,
) -> str:
    parts = [f'<w:style w:type="paragraph" w:styleId="{style_id}">', f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append(f'<w:uiPriority w:val="{priority}"/>')
    if quick:
        parts.append("<w:qFormat/>")
    parts.append(f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")
    return "".join(parts)


def _heading(level: int, size_pt: float, color: str, before: int, after: int) -> str:
    return _paragraph_style(
        f"Heading{level}",
        f"heading {level}",
        "<w:keepNext/><w:keepLines/>"
        f'<w:spacing w:before="{before}" w:after="{after}" w:line="240" w:lineRule="auto"/>'
        f'<w:outlineLvl w:val="{level - 1}"/>',
        f'{FONT}<w:b/><w:bCs/><w:color w:val="{color}"/>'
        f'<w:sz w:val="{int(size_pt * 2)}"/><w:szCs w:val="{int(size_pt * 2)}"/>',
        next_style="Normal",
        priority=9,
    )


def _toc(level: int) -> str:
    indent = (level - 1) * 284
    bold = "<w:b/>" if level == 1 else ""
    before = 120 if level == 1 else 0
    return _paragraph_style(
        f"TOC{level}",
        f"toc {level}",
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:before="{before}" w:after="40"/><w:ind w:left="{indent}"/>',
        bold,
        next_style="Normal",
        priority=39,
        quick=False,
    )


def styles_xml() -> str:
    border = f'w:val="single" w:sz="4" w:space="0" w:color="{LINE}"'
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>'
        "<w:rPr/></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _paragraph_style(
            "Title",
            "Title",
            f'<w:pBdr><w:top w:val="single" w:sz="36" w:space="18" w:color="{HOUSE_BLUE}"/>'
            "</w:pBdr>"
            '<w:spacing w:before="2400" w:after="240" w:line="240" w:lineRule="auto"/>'
            "<w:contextualSpacing/>",
            f'{FONT}<w:color w:val="{HOUSE_BLUE}"/><w:kern w:val="28"/>'
            '<w:sz w:val="56"/><w:szCs w:val="56"/>',
            next_style="Subtitle",
            priority=10,
        ),
        _paragraph_style(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:after="480"/>',
            f'{FONT}<w:color w:val="{MUTED}"/><w:sz w:val="30"/><w:szCs w:val="30"/>',
            next_style="Normal",
            priority=11,
        ),
        _heading(1, 16, HOUSE_BLUE, 360, 200),
        _heading(2, 13, HOUSE_BLUE, 360, 120),
        _heading(3, 11, TEXT, 240, 80),
        _paragraph_style(
            "ListBullet",
            "List Bullet",
            '<w:numPr><w:numId w:val="1"/></w:numPr>'
            '<w:spacing w:after="80"/><w:ind w:left="284" w:hanging="284"/>',
            priority=99,
            quick=False,
        ),
        _paragraph_style(
            "TOCHeading",
            "TOC Heading",
            '<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="9"/>',
            f'{FONT}<w:b/><w:color w:val="{HOUSE_BLUE}"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
            next_style="Normal",
            priority=39,
        ),
        _toc(1),
        _toc(2),
        _paragraph_style(
            "Header",
            "header",
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
            f'<w:color w:val="{MUTED}"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
            quick=False,
        ),
        _paragraph_style(
            "Footer",
            "footer",
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
            f'<w:pBdr><w:top {border}/></w:pBdr><w:spacing w:before="120" w:after="0"/>',
            f'<w:color w:val="{MUTED}"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
            quick=False,
        ),
        # The one table style: horizontal rules only, a tinted header row that repeats.
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
        f"<w:tblPr><w:tblBorders><w:top {border}/><w:bottom {border}/><w:insideH {border}/>"
        "</w:tblBorders><w:tblCellMar>"
        '<w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>'
        f'<w:color w:val="{TEXT}"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        f'<w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" '
        f'w:color="{HOUSE_BLUE}"/></w:tcBorders>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr>'
        "</w:tblStylePr>"
        '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>'
        "</w:style>",
    ]
    return (
        f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>{FONT}'
        f'<w:color w:val="{TEXT}"/><w:sz w:val="20"/><w:szCs w:val="20"/>'
        '<w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>" + "".join(styles) + "</w:styles>"
    )


def numbering_xml() -> str:
    """One bullet list (•, then –), used by List Bullet through numId 1."""
    levels = []
    for level, (symbol, indent) in enumerate([("•", 284), ("–", 568), ("·", 852)]):
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            + ('<w:pStyle w:val="ListBullet"/>' if level == 0 else "")
            + f'<w:lvlText w:val="{symbol}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="284"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="{HOUSE_BLUE}"/>'
            "</w:rPr></w:lvl>"
        )
    return (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        '<w:nsid w:val="5D1A0F01"/><w:multiLevelType w:val="hybridMultilevel"/>'
        + "".join(levels)
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def _field(instruction: str, placeholder: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{placeholder}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def footer_paragraph_xml() -> str:
    """Left the document's title (a TITLE field), right "Pagina X van Y"."""
    return (
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        + _field("TITLE", "Verslag")
        + '<w:r><w:tab/><w:t xml:space="preserve">Pagina </w:t></w:r>'
        + _field("PAGE", "1")
        + '<w:r><w:t xml:space="preserve"> van </w:t></w:r>'
        + _field("NUMPAGES", "1")
        + "</w:p>"
    )


def build(target: Path = TARGET) -> Path:
    document = docx.Document()
    part = document.part
    # The stock template carries Letter paper, theme fonts and Office gallery cruft;
    # replace its styles and numbering with ours, drop what a verslag does not need.
    styles_part = part.part_related_by(RT.STYLES)
    styles_part._element = parse_xml(styles_xml())  # type: ignore[attr-defined]
    part.numbering_part._element = parse_xml(numbering_xml())  # type: ignore[attr-defined]
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml", "/webSettings")):
            part.drop_rel(rel_id)
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # a picture of python-docx's own sample
            del package_rels[rel_id]
    settings = document.settings.element
    for child in list(settings):
        if child.tag.endswith("}rsids") or child.tag.endswith("}proofState"):
            settings.remove(child)
    settings.append(parse_xml(f'<w:themeFontLang xmlns:w="{W_NS}" w:val="nl-NL"/>'))

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.25), Cm(1.0)
    section.different_first_page_header_footer = True  # the title page has no footer
    footer = section.footer
    footer.is_linked_to_previous = False
    footer_element = footer._element  # type: ignore[attr-defined]
    for paragraph in list(footer_element):
        footer_element.remove(paragraph)
    footer_element.append(parse_xml(footer_paragraph_xml()))
    first = section.first_page_footer
    first.is_linked_to_previous = False
    for paragraph in first.paragraphs:  # an empty footer, without the footer's rule
        paragraph.style = document.styles["Normal"]

    properties = document.core_properties
    properties.title = "Verslag"
    properties.author = "Dialoog"
    properties.language = "nl-NL"
    properties.comments = "Sjabloon voor verslagen van dialoogtafels"
    properties.revision = 1
    part._content_type = TEMPLATE_CONTENT_TYPE  # type: ignore[attr-defined]
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))
    return target


if __name__ == "__main__":
    print(build())
