"""Logga in med Slack / Microsoft against a loopback OpenID provider, in the browser."""

from __future__ import annotations

from dataclasses import replace

import pytest
from selenium.webdriver.common.by import By

from tests.support.oidc_provider import OpenIDProvider
from tests.web.conftest import main_text, wait_for_heading


@pytest.fixture
def provider_site(site, monkeypatch, request):
    """The site with "Logga in med Slack" pointed at a stand-in that vouches for `claims`."""
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # the stand-in speaks plain HTTP
    provider = OpenIDProvider("client-1", "secret-1", request.param)
    web = site.app.extensions["samverkansbot_web"]
    web.settings = replace(web.settings, slack_client_id="client-1",
                           slack_client_secret="secret-1",
                           slack_oidc_metadata_url=provider.metadata_url)
    yield site, provider
    provider.stop()


JOHANNA_VERIFIED = {"email": "Johanna.Viberg@orebro.example.se", "email_verified": True}


@pytest.mark.parametrize("provider_site", [JOHANNA_VERIFIED], indirect=True)
def test_sign_in_with_slack_matches_the_roster_by_verified_email(provider_site, chromium):
    site, provider = provider_site
    chromium.get(site.base + "/webb/")
    chromium.find_element(By.LINK_TEXT, "Logga in med Slack").click()
    wait_for_heading(chromium, "Mina möten")
    assert "Johanna Viberg" in chromium.find_element(By.TAG_NAME, "header").text
    (token_request,) = provider.token_requests
    assert token_request["code_verifier"]  # PKCE


@pytest.mark.parametrize("provider_site", [
    {"email": "johanna.viberg@orebro.example.se", "email_verified": False},
    {"email": "okand.person@example.se", "email_verified": True},
], indirect=True)
def test_unverified_or_unknown_emails_are_refused(provider_site, chromium):
    site, _ = provider_site
    chromium.get(site.base + "/webb/logga-in")
    chromium.find_element(By.LINK_TEXT, "Logga in med Slack").click()
    wait_for_heading(chromium, "Logga in")
    assert ("bekräftad e-postadress" in main_text(chromium)
            or "ingen i deltagarlistan" in main_text(chromium))
    chromium.get(site.base + "/webb/")
    wait_for_heading(chromium, "Logga in")

