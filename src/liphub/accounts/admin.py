"""The site administrator's Django admin: partnerships, networks, people and their roles.

Partnerships and networks (core models) are registered here because setting them up is an
accounts task: who may see and run which partnership.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import BaseUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from liphub.accounts.models import ApiToken, Invitation, Membership, NetworkAnalyst, User
from liphub.core.models import Network, Partnership


class UserCreationAdminForm(BaseUserCreationForm):  # type: ignore[type-arg]
    class Meta:
        model = User
        fields = ("email", "full_name", "preferred_language")


class UserChangeAdminForm(UserChangeForm):  # type: ignore[type-arg]
    class Meta:
        model = User
        fields = "__all__"
        field_classes: dict[str, Any] = {}


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Membership
    extra = 1
    autocomplete_fields = ("user",)
    fields = ("user", "role", "organization_name")


class UserMembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Membership
    extra = 1
    fields = ("partnership", "role", "organization_name")
    verbose_name = _("role in a partnership")
    verbose_name_plural = _("roles in partnerships")


class NetworkAnalystInline(admin.TabularInline):  # type: ignore[type-arg]
    model = NetworkAnalyst
    extra = 1
    autocomplete_fields = ("user",)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):  # type: ignore[type-arg]
    """People sign in with their e-mail address; there is no username."""

    form = UserChangeAdminForm
    add_form = UserCreationAdminForm
    ordering = ("email",)
    list_display = ("email", "full_name", "preferred_language", "is_active", "is_superuser")
    list_filter = ("is_active", "is_superuser", "preferred_language")
    search_fields = ("email", "full_name")
    inlines = (UserMembershipInline,)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal information"), {"fields": ("full_name", "preferred_language")}),
        (
            _("Permissions"),
            {
                "fields": ("is_active", "is_staff", "is_superuser"),
                "description": _(
                    "Site administrators (superusers) set up partnerships and see every "
                    "partnership. Roles inside a partnership are given below."
                ),
            },
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "email",
                    "full_name",
                    "preferred_language",
                    "password1",
                    "password2",
                ),
            },
        ),
    )
    readonly_fields = ("last_login", "date_joined")


@admin.register(Network)
class NetworkAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("slug", "name_en", "name_fr")
    search_fields = ("slug", "name_en", "name_fr")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = (NetworkAnalystInline,)


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("slug", "name_en", "name_fr", "region", "is_public")
    list_filter = ("is_public", "networks", "province")
    search_fields = ("slug", "name_en", "name_fr", "region", "lead_organization")
    prepopulated_fields = {"slug": ("name_en",)}
    filter_horizontal = ("networks",)
    readonly_fields = ("version", "created_at")
    inlines = (MembershipInline,)
    fieldsets = (
        (None, {"fields": ("slug", "name_en", "name_fr", "is_public", "networks")}),
        (
            _("About"),
            {
                "fields": (
                    "description_en",
                    "description_fr",
                    "region",
                    "province",
                    "lead_organization",
                    "website",
                    "email",
                )
            },
        ),
        (_("Record"), {"fields": ("version", "created_at")}),
    )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "partnership", "role", "organization_name", "created_at")
    list_filter = ("role", "partnership")
    search_fields = ("user__email", "user__full_name", "partnership__slug")
    autocomplete_fields = ("user",)
    list_select_related = ("user", "partnership")


@admin.register(NetworkAnalyst)
class NetworkAnalystAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "network")
    list_filter = ("network",)
    search_fields = ("user__email", "user__full_name")
    autocomplete_fields = ("user",)
    list_select_related = ("user", "network")


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Invitations are sent from the partnership's People page; here they can be reviewed."""

    list_display = ("email", "partnership", "role", "invited_by", "expires_at", "accepted_at")
    list_filter = ("role", "partnership")
    search_fields = ("email",)
    readonly_fields = ("token_hash", "created_at", "invited_by")
    list_select_related = ("partnership", "invited_by")

    def has_add_permission(self, request: Any) -> bool:
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Tokens are created by their owners; an administrator may review and revoke them."""

    list_display = ("name", "user", "prefix", "created_at", "last_used_at")
    search_fields = ("name", "user__email", "prefix")
    readonly_fields = ("user", "name", "prefix", "token_hash", "created_at", "last_used_at")
    list_select_related = ("user",)

    def has_add_permission(self, request: Any) -> bool:
        return False
