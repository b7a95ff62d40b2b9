from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "liphub.meetings"
    label = "meetings"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.meetings.models import Attendance, Decision, FollowUp, Meeting

        auditlog.register(Meeting, m2m_fields={"documents"})
        auditlog.register(Attendance)
        auditlog.register(Decision)
        auditlog.register(FollowUp)
