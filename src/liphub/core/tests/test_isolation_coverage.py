"""Every URL that takes an object id must have a cross-partnership isolation test.

Each app's `tests/test_isolation*.py` (and the API's `core/tests/test_api_isolation*.py`)
declares `ISOLATED_URLS`, the URL names its tests attack with another partnership's ids.
This test walks the URL configuration and fails for any id-taking URL left out.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

import liphub

ID_KWARG = re.compile(r"(^|_)(pk|id)$")


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[tuple[str, str, set[str]]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}{entry.namespace}:"
            yield from _walk(entry.url_patterns, ns)
        elif isinstance(entry, URLPattern):
            converters = (
                set(entry.pattern.converters) if hasattr(entry.pattern, "converters") else set()
            )
            regex_groups = set(re.findall(r"\(\?P<(\w+)>", str(entry.pattern.regex.pattern)))
            yield f"{namespace}{entry.name}", str(entry.pattern), converters | regex_groups


def id_taking_url_names() -> set[str]:
    names: set[str] = set()
    for name, _route, kwargs in _walk(get_resolver().url_patterns):
        if name.startswith("admin:"):
            continue  # the Django admin is for site administrators, who see every partnership
        if any(ID_KWARG.search(kwarg) for kwarg in kwargs):
            names.add(name)
    return names


def declared_isolated_urls() -> dict[str, set[str]]:
    declared: dict[str, set[str]] = {}
    for module_info in pkgutil.walk_packages(liphub.__path__, "liphub."):
        package, _dot, module_name = module_info.name.rpartition(".")
        if not (
            package.endswith(".tests")
            and module_name.startswith(("test_isolation", "test_api_isolation"))
        ):
            continue
        module = importlib.import_module(module_info.name)
        declared[module_info.name] = set(getattr(module, "ISOLATED_URLS", set()))
    return declared


def test_every_url_with_an_object_id_has_an_isolation_test() -> None:
    declared: set[str] = set().union(*declared_isolated_urls().values())
    missing = sorted(id_taking_url_names() - declared)
    assert not missing, (
        "These URLs take an object id but no test tries them with another partnership's ids; "
        f"add them to an ISOLATED_URLS set with a test: {missing}"
    )


def test_declared_isolated_urls_exist() -> None:
    known = {name for name, _route, _kwargs in _walk(get_resolver().url_patterns)}
    for module, names in declared_isolated_urls().items():
        unknown = sorted(names - known)
        assert not unknown, f"{module} declares URL names that do not exist: {unknown}"


def test_the_walker_finds_id_kwargs_in_nested_namespaces() -> None:
    from django.urls import include, path

    def view(request: Any, **kwargs: Any) -> None:
        return None

    inner = ([path("<int:pk>/", view, name="detail"), path("", view, name="list")], "inner")
    patterns = [path("p/<slug:slug>/", include(inner)), path("x/<int:meeting_id>/", view, name="x")]
    found = {name: kwargs for name, _route, kwargs in _walk(patterns)}
    assert found["inner:detail"] == {"pk"}
    assert "inner:list" in found and not any(ID_KWARG.search(k) for k in found["inner:list"])
    assert any(ID_KWARG.search(k) for k in found["x"])
