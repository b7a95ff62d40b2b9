from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: the demo data and the commands that run the site (top of the app stack)."""

    name = "liphub.ops"
    label = "ops"
