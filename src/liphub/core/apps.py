from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "liphub.core"
    label = "core"
    verbose_name = "LIP Hub core"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.core.models import Network, Partnership

        auditlog.register(Partnership)
        auditlog.register(Network)
