from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "liphub.reports"
    label = "reports"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.reports.models import (
            SubmittedReport,
        )

        auditlog.register(SubmittedReport)
