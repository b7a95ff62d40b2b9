from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "liphub.progress"
    label = "progress"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.progress.models import Commitment, ProgressUpdate

        auditlog.register(Commitment)
        auditlog.register(ProgressUpdate)
