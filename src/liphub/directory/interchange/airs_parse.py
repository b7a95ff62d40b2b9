"""Streaming reader of AIRS XML 3.0 files (the 211 exchange format, as iCarol exports it).

`read_airs(path)` yields the `<Source>` attributes first, then one `Node` per `<Agency>`:
a small plain tree (tag, text, attributes, children, source line) detached from the parser,
so the parser's own tree is cleared as it goes and memory stays bounded by the largest
agency, whatever the file's size.

Safety: lxml with entity resolution, DTD loading and network access turned off; a file that
declares a DOCTYPE is refused (AIRS exports never carry one, and a DOCTYPE is how entity
expansion "bombs" and external entities get in). A parse error becomes `AirsSyntaxError`
with the line and column libxml2 reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _
from lxml import etree


class AirsSyntaxError(Exception):
    """The file is not well-formed XML (or is not an AIRS file we accept)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.message = message
        self.line = line
        self.column = column
        super().__init__(message)


@dataclass(slots=True)
class Node:
    """One element: what the importer reads instead of the parser's own (cleared) tree."""

    tag: str
    text: str = ""
    attrib: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    line: int | None = None

    def all(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def first(self, tag: str) -> Node | None:
        for c in self.children:
            if c.tag == tag:
                return c
        return None

    def find_text(self, path: str) -> str:
        """Text of the first element at a "A/B/C" path below this one ("" when absent)."""
        node: Node | None = self
        for part in path.split("/"):
            node = node.first(part) if node is not None else None
        return node.text if node is not None else ""

    def to_json(self) -> Any:
        """A JSON-able copy (for `extra`): text alone when the element is a simple value."""
        if not self.children and not self.attrib:
            return self.text
        out: dict[str, Any] = {f"@{k}": v for k, v in self.attrib.items()}
        if self.text:
            out["#text"] = self.text
        for child in self.children:
            out.setdefault(child.tag, []).append(child.to_json())
        return {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in out.items()}

    def is_empty(self) -> bool:
        return not self.text and all(c.is_empty() for c in self.children)


def _local(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1] if name.startswith("{") else name


def _to_node(element: Any) -> Node:
    tag = element.tag
    if tag.startswith("{"):
        tag = tag.rsplit("}", 1)[-1]
    attrib = element.attrib
    return Node(
        tag,
        (element.text or "").strip(),
        {_local(k): v for k, v in attrib.items()} if attrib else {},
        [_to_node(c) for c in element if isinstance(c.tag, str)],
        element.sourceline,
    )


def read_airs(path: Path) -> Iterator[dict[str, str] | Node]:
    """Yield the root's attributes (a dict, first), then each child of `<Source>` as a `Node`."""
    context = etree.iterparse(
        str(path),
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    depth = 0
    try:
        for event, element in context:
            if event == "start":
                depth += 1
                if depth == 1:
                    docinfo = element.getroottree().docinfo
                    if docinfo.doctype or docinfo.internalDTD is not None:
                        raise AirsSyntaxError(
                            _(
                                "The file declares a DOCTYPE; AIRS files never do, and it is "
                                "refused for safety (entity expansion)."
                            ),
                            line=1,
                        )
                    if _local(element.tag) != "Source":
                        raise AirsSyntaxError(
                            _(
                                "The root element is <%s>, not <Source>: this is not an "
                                "AIRS XML file."
                            )
                            % _local(element.tag),
                            line=element.sourceline,
                        )
                    yield {_local(k): v for k, v in element.attrib.items()}
                continue
            depth -= 1
            if depth == 1 and isinstance(element.tag, str):
                yield _to_node(element)  # an Agency (anything else: the importer reports it)
                # free what the parser built so far (memory stays bounded)
                element.clear()
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (None, None)
        raise AirsSyntaxError(str(error.msg or error), line=line, column=column) from error
