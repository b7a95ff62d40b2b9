from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "liphub.public"
    label = "public"
