"""The language switch links every page to the same page in the other language."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory
from django.urls import translate_url
from django.utils import translation

from liphub.core.templatetags.liphub import language_links

PATHS = [
    "/en/",
    "/en/p/ottawa/plans/dashboard/?year=2011-12",
    "/fr/network/ontario/contributions/?year=2011",
    "/en/lip/ottawa/services/?q=food+bank&city=Vanier",
    "/fr/accounts/tokens/",
]


@pytest.mark.parametrize("path", PATHS)
def test_each_link_is_the_same_page_and_query_in_its_language(path: str, db: Any) -> None:
    request = RequestFactory().get(path)
    links = {link["code"]: link["url"] for link in language_links({"request": request})}
    assert set(links) == {"en", "fr"}
    with translation.override(path.split("/")[1]):  # as a request for the page runs
        expected = {code: translate_url(path, code) for code in links}
    for code, url in links.items():
        assert url == expected[code]  # as Django's own translation of the URL
        assert url.startswith(f"/{code}/")
        assert url.split("/", 2)[2] == path.split("/", 2)[2]


def test_a_path_outside_the_language_prefixes_goes_through_django(db: Any) -> None:
    request = RequestFactory().get("/api/docs")
    links = language_links({"request": request})
    assert [link["url"] for link in links] == ["/api/docs", "/api/docs"]
