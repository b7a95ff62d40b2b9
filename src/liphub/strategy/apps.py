from django.apps import AppConfig


class StrategyConfig(AppConfig):
    name = "liphub.strategy"
    label = "strategy"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.strategy.models import (
            Goal,
            Lens,
            LensQuestion,
            PriorityArea,
            Strategy,
        )

        auditlog.register(Strategy)
        auditlog.register(PriorityArea)
        auditlog.register(Goal)
        auditlog.register(Lens)
        auditlog.register(LensQuestion)
