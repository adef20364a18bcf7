"""newsclean.normalize_date against dateparser.parse on the same date strings, same run.

    python bench/dates_vs_dateparser.py            # accuracy of each, time per string, ratio
    python bench/dates_vs_dateparser.py --show     # also list the strings each gets wrong

The cases: the forms news sites print, written out from known moments in eight languages
(the truth is the moment they were written from, not anything a parser said), and
real-world strings copied from scraped pages with their truth typed by hand. A string is
right when the day matches, and the hour and minute when the truth has a time, and the
UTC offset when the string prints one.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
}
MONTHS_LIST = {k: v.split() for k, v in MONTHS.items()}

# (text, truth): truth is "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", or "YYYY-MM-DDTHH:MM+HH:MM".
HAND_WRITTEN = [
    ("15 April 2020 19:10 (UTC+04:00)", "2020-04-15T19:10+04:00"),
    ("Politics Materials 10 January 2022 09:26 (UTC +04:00)", "2022-01-10T09:26+04:00"),
    ("07 November 2022 12:47", "2022-11-07T12:47"),
    ("17 April 2025", "2025-04-17"),
    ("Saturday April 27 2024", "2024-04-27"),
    ("May 15, 2020,07:02pm EDT", "2020-05-15T19:02-04:00"),
    ("Veröffentlicht am 5. April 2017", "2017-04-05"),
    ("Published 8th Nov 2023, 18:58 GMT", "2023-11-08T18:58+00:00"),
    ("Erschienen am: 01.11.2023", "2023-11-01"),
    ("04:30, 3 NOV 2023", "2023-11-03T04:30"),
    ("Updated: Jan 23, 2020, 10.45 AM IST", "2020-01-23T10:45+05:30"),
    ("Le 2 novembre 2023 à 16h17", "2023-11-02T16:17"),
    ("Published: 22:00 GMT, 26 September 2020", "2020-09-26T22:00+00:00"),
    ("Thursday, June 11 2020", "2020-06-11"),
    ("Written by Ana Sandoiu on July 27, 2017", "2017-07-27"),
    ("Dienstag, 28. April 2020", "2020-04-28"),
    ("17. Januar 2014 · 02:16", "2014-01-17T02:16"),
    ("Friday, 3 Nov, 2023", "2023-11-03"),
    ("Markus M. Haefliger, London 19.10.2019, 23:38 Uhr", "2019-10-19T23:38"),
    ("By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am", "2023-11-09T04:00"),
    ("Datum: 22.12.2012, Rubrik: USA", "2012-12-22"),
    ("The Frontier Post / March 1, 2020", "2020-03-01"),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T01:39-05:00"),
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019", "2019-11-19T10:48"),
    ("Wed, 15 Apr 2020 19:10:00 +0400", "2020-04-15T19:10+04:00"),
    ("2020-04-15T19:10:00+04:00", "2020-04-15T19:10+04:00"),
    ("2019-11-19", "2019-11-19"),
    ("12 марта 2021 года", "2021-03-12"),
    ("Опубликовано: 5 мая 2022, 14:30", "2022-05-05T14:30"),
    ("4 Mart 2021 14:00", "2021-03-04T14:00"),
    ("15 yanvar 2021, 10:15", "2021-01-15T10:15"),
    ("3 de abril de 2019", "2019-04-03"),
    ("Publicado el 21 de julio de 2020 a las 18:45", "2020-07-21T18:45"),
    ("Pubblicato il 9 maggio 2021 alle 12:05", "2021-05-09T12:05"),
    ("Last modified on Feb 2, 2021 at 3:15 PM", "2021-02-02T15:15"),
    ("Posted on 21/03/2019", "2019-03-21"),
    ("25.01.2022 13:05", "2022-01-25T13:05"),
    ("Nov 8, 2023", "2023-11-08"),
    ("Bonn, 11.10.2021", "2021-10-11"),
    ("Katherine Fidler Thursday 2 Nov 2023 10:09 am", "2023-11-02T10:09"),
]


def generated() -> list[tuple[str, str]]:
    """Date strings written from known moments, one form and language after another."""
    cases: list[tuple[str, str]] = []
    start = datetime(2003, 2, 3, 7, 5)
    forms: list[tuple[str, Callable[[datetime, list[str]], str], str]] = [
        ("en", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}", "day"),
        ("en", lambda d, m: f"{m[d.month - 1]} {d.day}, {d.year} {d:%H:%M}", "time"),
        ("en", lambda d, m: f"{d:%A}, {m[d.month - 1]} {d.day}, {d.year}", "day"),
        ("en", lambda d, m: f"{d.day} {m[d.month - 1][:3]} {d.year}, {d:%H:%M} GMT", "gmt"),
        ("ru", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}, {d:%H:%M}", "time"),
        ("de", lambda d, m: f"{d.day}. {m[d.month - 1]} {d.year}", "day"),
        ("fr", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}", "day"),
        ("es", lambda d, m: f"{d.day} de {m[d.month - 1]} de {d.year}", "day"),
        ("it", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}", "day"),
        ("tr", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year} {d:%H:%M}", "time"),
        ("az", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year}", "day"),
        ("en", lambda d, m: f"{d:%d.%m.%Y} {d:%H:%M}", "time"),
        ("en", lambda d, m: f"{d:%Y-%m-%dT%H:%M:%S}+04:00", "plus4"),
        ("en", lambda d, m: f"{d:%a}, {d:%d} {d:%b} {d.year} {d:%H:%M}:00 +0000", "gmt"),
        ("en", lambda d, m: f"{d.day} {m[d.month - 1]} {d.year} {d:%H:%M} (UTC+04:00)", "plus4"),
        ("en", lambda d, m: f"{m[d.month - 1]} {d.day}, {d.year}, "
                            f"{(d.hour % 12) or 12}:{d:%M} {'p.m.' if d.hour >= 12 else 'a.m.'}",
         "time"),
    ]
    for k in range(13):
        moment = start + timedelta(days=397 * k + 11 * k * k, hours=5 * k, minutes=7 * k)
        for lang, write, kind in forms:
            text = write(moment, MONTHS_LIST[lang])
            if kind == "day":
                truth = f"{moment:%Y-%m-%d}"
            elif kind == "time":
                truth = f"{moment:%Y-%m-%dT%H:%M}"
            elif kind == "gmt":
                truth = f"{moment:%Y-%m-%dT%H:%M}+00:00"
            else:
                truth = f"{moment:%Y-%m-%dT%H:%M}+04:00"
            cases.append((text, truth))
    return cases


def right(truth: str, value: datetime | None) -> bool:
    if value is None:
        return False
    if value.strftime("%Y-%m-%d") != truth[:10]:
        return False
    if len(truth) >= 16 and value.strftime("%H:%M") != truth[11:16]:
        return False
    if len(truth) > 16:
        offset = value.utcoffset()
        if offset is None:
            return False
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        if f"{sign}{minutes // 60:02d}:{minutes % 60:02d}" != truth[16:]:
            return False
    return True


def via_newsclean(text: str) -> datetime | None:
    from newsclean import normalize_date

    found = normalize_date(text)
    if found is None or not found.year_known:
        return None
    return datetime.fromisoformat(found.value)


def via_dateparser(text: str) -> datetime | None:
    import dateparser

    return dateparser.parse(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed runs; the median is quoted")
    ap.add_argument("--show", action="store_true", help="list the strings each gets wrong")
    args = ap.parse_args(argv)
    cases = generated() + HAND_WRITTEN
    print(f"{len(cases)} date strings ({len(HAND_WRITTEN)} copied from pages, "
          f"{len(cases) - len(HAND_WRITTEN)} written from known moments)")
    per_string = {}
    for name, parse in (("newsclean", via_newsclean), ("dateparser", via_dateparser)):
        parse(cases[0][0])  # warm up: imports, compiled patterns, language data
        results = [parse(text) for text, _ in cases]
        correct = sum(right(truth, value) for (_, truth), value in zip(cases, results, strict=True))
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            for text, _ in cases:
                parse(text)
            times.append((time.perf_counter() - started) / len(cases))
        per_string[name] = statistics.median(times)
        print(f"{name:10s} accuracy={correct / len(cases):.3f} ({correct}/{len(cases)})  "
              f"{per_string[name] * 1e6:,.0f} µs/string (median of {args.repeat})")
        if args.show:
            for (text, truth), value in zip(cases, results, strict=True):
                if not right(truth, value):
                    print(f"    wrong: {text!r} -> {value} (truth {truth})")
    print(f"speed ratio dateparser/newsclean = {per_string['dateparser'] / per_string['newsclean']:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
