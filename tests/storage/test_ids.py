"""An id from outside (a button, a form, an address, a JSON number) names a row only when a
table could hold it: digits 0–9, within PostgreSQL's integer."""

from __future__ import annotations

import pytest

from storage.ids import MAX_ID, row_id


@pytest.mark.parametrize(("value", "expected"), [
    ("1", 1), ("42", 42), (str(MAX_ID), MAX_ID), ("0042", 42), (7, 7), (MAX_ID, MAX_ID),
    ("", None), ("0", None), (0, None), ("-3", None), (-3, None), (" 4", None), ("4 ", None),
    ("²", None), ("4²", None), ("٣", None), ("١٢", None),  # isdigit() takes all of these
    (str(MAX_ID + 1), None), (MAX_ID + 1, None), ("9" * 40, None), (10**40, None),
    ("9" * 5000, None),  # int() refuses strings past 4,300 digits
    (True, None), (False, None), (None, None), (4.0, None), ("4.0", None), (["4"], None),
])
def test_only_an_id_a_table_can_hold_is_one(value, expected):
    assert row_id(value) == expected
