"""What a person's name looks like, on a line of a page: the shapes the author finders test.

A name is a few capitalised words (particles allowed: "Walter von Aachen"), perhaps after a
title ("Dr. Anna Lenz") and before a role ("Richard Adams Education editor"), and holds no
function word, interface string or month. Where nothing vouches for a name (no lead, no
separator, no date), it must open with a usual given name (``opens_with_given_name``): two
capitalised nouns are a label. User names ("freeman1984") have shapes of their own.
"""

from __future__ import annotations

import re

from newsclean.chrome import patterns as p
from newsclean.meta.bylines import NAME_PARTICLES, ROLE_AFTER, given_name

_WORD_REST = r"[" + p.NAME_LETTERS + r"]"
NAME_LINE = re.compile(
    r"^(?:[" + p.UPPER + r"]" + _WORD_REST + r"+\.?|[A-Z]\.)(?:\s+(?:[" + p.UPPER + r"]" + _WORD_REST
    + r"+|[A-Z]\.?|von|van|"
    r"de|der|la|le|da|di|del|dos|bin|al|v\.)){1,3}$"
)

# A title before a name says it is a person's: "Mrs H Pyke", "Dr. Anna Lenz".
HONORIFICS = frozenset("mr mrs ms miss dr prof herr frau mme mlle sr sra dott".split())


def titled(text: str) -> bool:
    """Whether a name opens with a title: "Mrs H Pyke", "Dr. Anna Lenz"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first.rstrip(".").casefold() in HONORIFICS


NAME_LIST = re.compile(r"\s*(?:,|&|\bund\b|\band\b|\bet\b|\by\b)\s*")

# a user name in lower case: after "by" only with a digit or "_" ("freeman1984"), after a label
# any one word
HANDLE_NAME = re.compile(r"^[a-z][a-z0-9_.]{1,24}[0-9_][a-z0-9_]*$")
LOWER_HANDLE = re.compile(r"^[a-z][a-z0-9_.\-]{3,24}$")  # set apart from a date, in lower case
ANY_HANDLE = re.compile(r"^[^\W\d_][\w.\-]{1,29}$")


def name_of(text: str) -> str:
    """A name line without the role after it ("Richard Adams Education editor")."""
    role = ROLE_AFTER.search(text)
    return text[: role.start()] if role and len(text[: role.start()].split()) >= 2 else text


def looks_like_name(text: str, stopwords: frozenset[str]) -> bool:
    """A person's name alone, perhaps with a role after it; after a title ("Dr.", "Mrs"), a
    name of two words: "Dr. Oetker" is a brand as often as a person."""
    text = name_of(text)
    if (titled(text) and len(text.split()) < 3) or BLOG_OF.match(text):
        return False  # not "Damian Duchamps' Blog": a blog's name
    return bool(NAME_LINE.match(text)) and no_common_word(text, stopwords)


def one_name(text: str, stopwords: frozenset[str]) -> bool:
    """One capitalised word that is no function word, label or month: "Tobi", "Redaktion".
    A month that is also a given name ("Juni") is a name only beside another."""
    return (bool(ONE_NAME.match(text)) and no_common_word(text, stopwords)
            and text.casefold() not in p.MONTH_WORDS)


ONE_NAME = re.compile(r"^[" + p.UPPER + r"]" + _WORD_REST + r"{2,}$")


def no_common_word(text: str, stopwords: frozenset[str]) -> bool:
    """Whether a name-shaped text holds no word that no person's name holds: a function
    word, an interface string, a month, a site member's rank ("Forum Moderator")."""
    # an initial is no word of a stop list: "Markus M. Haefliger", though German lists "m"
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text) if not (len(w) == 1 and w.isupper())]
    # a month's name opens a name only as a given name: "Jan Koch", "May Lee"; so does a
    # given name frequent enough to be in a stop list ("John", "Thomas", "Jean"), when
    # it is no short function word ("An", "Can")
    return not any((w in stopwords and w not in NAME_PARTICLES
                    and not (k == 0 and len(w) >= 4 and given_name(w)))
                   or w in p.UI_STRINGS or w in MEMBER_RANKS
                   or (w in p.MONTH_WORDS and (k > 0 or not given_name(w)))
                   for k, w in enumerate(words))


# What a forum or a content system calls its members, printed by their posts' dates.
MEMBER_RANKS = frozenset("moderator moderatorin administrator admin webmaster forum member "
                         "mitglied benutzer user guest gast".split())


# The usual Vietnamese family names, which open a Vietnamese name ("Võ Hải", "Nguyễn Văn
# Hùng") as a given name opens others; not those that open a province's name too ("Hà Nội",
# "Cao Bằng", "Thái Bình", "Lâm Đồng", "Hồ Chí Minh", "Phan Thiết").
VIETNAMESE_FAMILY_NAMES = frozenset("nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ ngô dương "
                                    "lý đinh trịnh đoàn trương lương".split())


def opens_with_given_name(text: str) -> bool:
    """Whether a name-shaped text opens with a usual given name: "Ronja Beck" does,
    "Ausgehandelte Sonderzinssätze" (two nouns, set in capitals as German sets them) does not;
    a Vietnamese name opens with a usual family name."""
    words = name_of(text).split()
    if len(words) >= 2 and (titled(text) or words[0].casefold() in VIETNAMESE_FAMILY_NAMES):
        return True
    return bool(words) and words[0].casefold() not in NAME_PARTICLES and given_name(words[0])


def given_named(text: str, stopwords: frozenset[str]) -> bool:
    """A person's name alone that opens with a usual given name: what a name needs where no
    lead, separator or date vouches for it."""
    return looks_like_name(text, stopwords) and opens_with_given_name(text)


def user_name(
    text: str, stopwords: frozenset[str], shape: re.Pattern[str] = HANDLE_NAME
) -> bool:
    """A user name of the given shape ("freeman1984", "gnaddrig") that is no function word or
    interface string."""
    return bool(shape.match(text)) and no_common_word(text, stopwords)


def lower_user_name(text: str, stopwords: frozenset[str]) -> bool:
    """A user name in lower case that no lead vouches for ("reineckefuchs"): never a weekday
    ("jeudi")."""
    return user_name(text, stopwords, LOWER_HANDLE) and text not in p.DATE_WORDS


def looks_like_names(text: str, stopwords: frozenset[str]) -> bool:
    """A person's name alone, or a list of names that each open with a given name: "Clara Löw,
    Siddharth Prakash & Klaus Jacob", never "Franck Riester, Ministre de la Culture". A name
    may be followed by the place its author wrote from, one word: "Markus M. Haefliger,
    London, Beat Bumbacher"."""
    parts = NAME_LIST.split(text)
    if len(parts) == 1:
        return looks_like_name(text, stopwords)
    named = [looks_like_name(part, stopwords) and opens_with_given_name(part) for part in parts]
    return len(parts) <= 5 and all(
        is_name or (k > 0 and named[k - 1] and _PLACE.fullmatch(part) is not None)
        for k, (part, is_name) in enumerate(zip(parts, named, strict=True))
    )


_PLACE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "London", "Baden-Baden"


# A personal blog's name: "Daniel Lemire's blog", "Damian Duchamps' Blog".
BLOG_OF = re.compile(r"^(?P<name>.+?)(?:'s|’s|'|’)\s+[Bb]log$")
