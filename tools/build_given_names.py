"""Regenerate ``src/newsclean/data/given_names.txt`` and ``chinese_surnames.txt`` from Faker's
person providers, and the given names they lack (``given_names_supplement.txt``).

Faker (MIT, (c) Daniele Faraglia and contributors) lists the usual given names of some eighty
locales. newsclean keeps the one-word names written in letters, case-folded, so that a line
such as "Ronja Beck" can be told from a label such as "Politics Materials" without any
package at run time. Interface strings ("Home", "Share") are left out; a name that is a
function word of the page's language ("Will" in English) is not read there, which the byline
rules check against the page's own stop words.

Chinese family names (the zh_CN and zh_TW locales, simplified and traditional) tell a
credit's name ("记者王敬照") from a column's ("新华社记者看河北").

    pip install faker && python tools/build_given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import faker.providers.person as person

from newsclean.chrome import patterns
from newsclean.segment import MARKS

# "en" is Faker's long list of rare English names ("Link", "Page", "Deforest"); the English
# locales (en_US, en_GB, ...) list the usual ones.
SKIPPED_LOCALES = {"en"}
# Given names that open place names far more often than bylines on a news page ("Santa Cruz",
# "Sierra Leone", "Villa Park"): a line of such a name is read as a place.
PLACE_OPENINGS = {"santa", "sierra", "villa"}
FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# a word of letters, with the vowel signs of India's scripts and Thai ("आदित्य", "กิติวัฒน์")
LETTERS = rf"[^\W\d_]+(?:[{MARKS}]+[^\W\d_]+)*[{MARKS}]*"
NAME = re.compile(rf"{LETTERS}(?:[-'’]{LETTERS})?")


# Given names Faker's lists lack, compiled by hand (the file says which and why)
SUPPLEMENT = Path(__file__).resolve().parent / "given_names_supplement.txt"


def supplement() -> set[str]:
    lines = SUPPLEMENT.read_text(encoding="utf-8").splitlines()
    return {line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")}


def given_names() -> set[str]:
    names: set[str] = supplement()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in SKIPPED_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for field in FIELDS:
            values = provider.__dict__.get(field) or getattr(provider, field, None)
            if isinstance(values, (dict, tuple, list, set, frozenset)):
                names.update(str(value).casefold() for value in values)
    return {name for name in names
            if len(name) >= 2 and NAME.fullmatch(name) and name not in patterns.UI_STRINGS
            and name not in PLACE_OPENINGS}


CHINESE_LOCALES = ("zh_CN", "zh_TW")


def chinese_surnames() -> set[str]:
    names: set[str] = set()
    for locale in CHINESE_LOCALES:
        provider = importlib.import_module(f"{person.__name__}.{locale}").Provider
        names.update(str(name) for name in provider.last_names)
    return names


def write(name: str, header: str, rows: set[str]) -> None:
    out = Path(__file__).resolve().parent.parent / "src/newsclean/data" / name
    out.write_text("\n".join([header, *sorted(rows)]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {out}", file=sys.stderr)


def main() -> int:
    write("given_names.txt", "# Given names, case-folded, one a line (from Faker's person "
          "providers, MIT, and tools/given_names_supplement.txt); rebuilt by "
          "tools/build_given_names.py", given_names())
    write("chinese_surnames.txt", "# Chinese family names, one a line (from Faker's zh_CN and "
          "zh_TW person providers, MIT); rebuilt by tools/build_given_names.py", chinese_surnames())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
