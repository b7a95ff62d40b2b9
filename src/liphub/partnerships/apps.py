from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    name = "liphub.partnerships"
    label = "partnerships"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.partnerships.models import Body, Organization, Partner, Person, Seat

        auditlog.register(Organization)
        auditlog.register(Partner, m2m_fields={"sectors"})
        auditlog.register(Person)
        auditlog.register(Body)
        auditlog.register(Seat)
