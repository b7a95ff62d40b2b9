from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "liphub.resources"
    label = "resources"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.resources.models import (
            Contribution,
        )

        auditlog.register(Contribution)
