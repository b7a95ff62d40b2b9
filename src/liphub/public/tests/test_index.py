import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_home_page_lists_public_partnerships_in_english_and_french(client, partnership):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "Ottawa Local Immigration Partnership" in response.text
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "Partenariat local d&#x27;immigration d&#x27;Ottawa" in response.text
