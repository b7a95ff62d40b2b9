from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "liphub.actions"
    label = "actions"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.actions.models import (
            ActionPlan,
            Activity,
            Indicator,
            LensAnswer,
            Measurement,
            SuccessStory,
        )

        auditlog.register(ActionPlan)
        auditlog.register(Activity, m2m_fields={"supporting_organizations"})
        auditlog.register(Indicator)
        auditlog.register(Measurement)
        auditlog.register(LensAnswer)
        auditlog.register(SuccessStory)
