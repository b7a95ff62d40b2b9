from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "liphub.accounts"
    label = "accounts"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        import liphub.accounts.rules  # noqa: F401  (registers permissions)
        from liphub.accounts.models import Membership

        auditlog.register(Membership)
