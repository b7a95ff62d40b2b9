from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "liphub.directory"
    label = "directory"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from liphub.directory import models

        for model in (
            models.Service,
            models.Location,
            models.ServiceAtLocation,
            models.Address,
            models.Phone,
            models.Schedule,
            models.Program,
            models.Taxonomy,
            models.TaxonomyTerm,
            models.SearchSynonym,
            models.CommunityLanguage,
        ):
            auditlog.register(model)
