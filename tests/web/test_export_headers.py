"""The files the pages hand out say once what they are: `text/csv; charset=utf-8`, not the
charset twice, which some mail gateways and import tools refuse as a malformed header."""

from __future__ import annotations

import re

import pytest

from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)


def _remiss(client, csrf, group) -> str:
    opened = client.post("/webb/remisser", data={
        "csrf": csrf, "title": "Regional handlingsplan för barnhälsoteam", "group": str(group),
        "deadline": "2026-10-30", "per": "organisation"})
    return re.search(r"/webb/remisser/(\d+)", opened.headers["Location"]).group(1)


@pytest.mark.parametrize(("export", "content_type"), [
    ("/webb/narvaro/{meeting}/{group}/narvaro.csv", "text/csv; charset=utf-8"),
    ("/webb/narvaro/{meeting}/{group}/narvaro.md", "text/markdown; charset=utf-8"),
    ("/webb/remisser/{remiss}/synpunkter.csv", "text/csv; charset=utf-8"),
    ("/webb/remisser/{remiss}/synpunkter.md", "text/markdown; charset=utf-8"),
])
def test_an_export_names_its_charset_once(loaded, secretary, export, content_type):  # noqa: F811
    client, csrf, group, meeting = secretary
    path = export.format(meeting=meeting, group=group, remiss=_remiss(client, csrf, group))
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers.getlist("Content-Type") == [content_type]
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
