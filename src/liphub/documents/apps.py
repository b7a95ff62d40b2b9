from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "liphub.documents"
    label = "documents"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.documents.models import Document

        auditlog.register(Document)
