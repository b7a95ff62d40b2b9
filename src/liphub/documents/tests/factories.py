"""Factories and sample files for document tests (build inside the `unscoped` fixture)."""

from __future__ import annotations

import io
import zipfile

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from liphub.documents.models import Document, Visibility

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81"
    b"\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def office_bytes(kind: str) -> bytes:
    """A minimal but real OOXML archive: word/, xl/ or ppt/ beside [Content_Types].xml."""
    folder = {"docx": "word", "xlsx": "xl", "pptx": "ppt"}[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/octet-stream") -> object:
    return SimpleUploadedFile(name, content, content_type=content_type)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title_en = factory.Sequence(lambda n: f"Council report {n}")
    title_fr = factory.Sequence(lambda n: f"Rapport du conseil {n}")
    file = factory.django.FileField(filename="report.pdf", data=PDF_BYTES)
    original_name = "report.pdf"
    content_type = "application/pdf"
    size = len(PDF_BYTES)
    visibility = Visibility.PARTNERS
