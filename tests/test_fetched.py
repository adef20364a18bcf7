"""The fetch time in the forms crawlers, archives and database exports write it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.fetched import read_fetch_time

UTC = timezone.utc


@pytest.mark.parametrize(("value", "read"), [
    ("2026-12-06", "2026-12-06T00:00:00"),  # no zone named: none assumed
    ("2026-12-06 10:00:00", "2026-12-06T10:00:00"),
    ("2026-12-06T10:00:00Z", "2026-12-06T10:00:00+00:00"),
    ("2026-12-06T10:00:00.1234567Z", "2026-12-06T10:00:00.123456+00:00"),  # .NET's 7 digits
    ("2026-12-06T10:00:00.5+01:00", "2026-12-06T10:00:00.500000+01:00"),
    ("2026-12-06T10:00:00+0100", "2026-12-06T10:00:00+01:00"),
    ("2026-12-06 10:00:00 UTC", "2026-12-06T10:00:00+00:00"),
    ("2026-12-06T10:00Z[UTC]", "2026-12-06T10:00:00+00:00"),  # Java's ZonedDateTime
    ("2026-12-06T10:00+01:00[Europe/Berlin]", "2026-12-06T10:00:00+01:00"),
    ("Sun, 06 Dec 2026 10:00:00 GMT", "2026-12-06T10:00:00+00:00"),
    ("Sun, 06 Dec 2026 10:00:00 +0100", "2026-12-06T10:00:00+01:00"),
    ("20261206100000", "2026-12-06T10:00:00+00:00"),
    ("1796551200", "2026-12-06T10:00:00+00:00"),
    (" 1796551200000 ", "2026-12-06T10:00:00+00:00"),
    (1796551200.0, "2026-12-06T10:00:00+00:00"),
    ({"$date": 1796551200000}, "2026-12-06T10:00:00+00:00"),
])
def test_a_crawlers_forms_of_the_fetch_time(value: object, read: str) -> None:
    found = read_fetch_time(value)
    assert found is not None and found.isoformat() == read


@pytest.mark.parametrize("value", [
    "06/12/2026",  # day or month first: not said
    "yesterday", "", "2026-13-45", "2026-12-06T25:00:00", "20261340100000",
    "99999999999999", "-1796551200", True, None, [2026, 12, 6], {"$date": None},
    {"$date": "x", "other": 1}, {"$oid": "5f1d"},
])
def test_what_is_no_fetch_time(value: object) -> None:
    assert read_fetch_time(value) is None


_INSTANTS = st.datetimes(min_value=datetime(1974, 1, 1), max_value=datetime(2099, 12, 31),
                         timezones=st.just(UTC)).map(lambda t: t.replace(microsecond=0))


@given(_INSTANTS)
def test_every_form_of_one_instant_reads_as_it(instant: datetime) -> None:
    seconds = int(instant.timestamp())
    forms = [instant.isoformat(), instant.isoformat().replace("+00:00", "Z"),
             instant.strftime("%Y-%m-%d %H:%M:%S UTC"), format_datetime(instant, usegmt=True),
             instant.strftime("%Y%m%d%H%M%S"), seconds, seconds * 1000, str(seconds),
             {"$date": {"$numberLong": str(seconds * 1000)}}]
    for form in forms:
        found = read_fetch_time(form)
        assert found is not None and found.utcoffset() == timedelta(0), form
        assert found == instant, form


@given(st.text(max_size=40) | st.integers() | st.floats())
def test_any_value_reads_or_is_none_and_never_raises(value: object) -> None:
    found = read_fetch_time(value)
    assert found is None or isinstance(found, datetime)
