"""Author boxes: the box that names and presents an article's author, above or below it.

A box is headed with the name ("Über Anna Lenz", "All posts by Ann Lee", "Über Steffi 1009
Artikel"), or a heading over it ("Autoren" / "Joachim Hamberger"), or is a name above a line
about that person's work ("Philipp Sarasin lehrt ..."). Its name is the author when no byline
names one; the rest of the box (the heading, the bio under the name) leaves the body.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from newsclean.chrome import patterns as p
from newsclean.chrome import rules
from newsclean.meta.bylines import LEAD_HEADING, parse_byline
from newsclean.meta.names import given_named, looks_like_name, one_name
from newsclean.segment import Line

# An author box's heading: "Über Anna Lenz", "About Ann Lee", "All posts by Ann Lee", "Über
# Steffi 1009 Artikel" (with the count of the author's pieces, a one-word name too).
AUTHOR_BOX = re.compile(
    r"^(?:über|about|à propos de|sobre|acerca de|об авторе|"
    r"(?:(?:view |see )?all (?:posts|articles|stories)|more (?:posts |articles |stories )?|"
    r"alle (?:beiträge|artikel)|(?:zeige |mehr |weitere )?(?:alle )?(?:beiträge|artikel)|mehr|alles|"
    r"tous les articles|todos los artículos)\s+(?:by|from|von|de|par))\s+(?P<name>.+?)\s*"
    r"(?P<count>\d+\s+(?:artikel|beiträge|posts|articles|stories))?\s*[»›→]?$",
    re.IGNORECASE,
)
# A heading over the author's name: "Autoren" / "Joachim Hamberger", "Author:" / "Ann Lee".
AUTHOR_LABELS = (r"autor(?:in|en|innen|\*in|/in)?|authors?|written by|auteurs?|autore|autori|"
                 r"autores|interview|text|texte|texto")
AUTHOR_HEADING = re.compile(r"^(?i:" + AUTHOR_LABELS + r")\s*:?$")


def author_box(lines: Sequence[Line], stopwords: frozenset[str]) -> tuple[int, str] | None:
    """The name an author box is headed with ("Über Anna Lenz", "All posts by Ann Lee", a
    heading "Autoren" over the name)."""
    for i, line in enumerate(lines):
        if line.words > 8:
            continue
        box = AUTHOR_BOX.match(line.text)
        if box and (looks_like_name(box.group("name"), stopwords)
                    or (box.group("count") and one_name(box.group("name"), stopwords))):
            return i, box.group("name")
        if AUTHOR_HEADING.match(line.text) and i + 1 < len(lines):
            below = lines[i + 1].text  # "Autoren" over "Joachim Hamberger"
            if lines[i + 1].words <= 4 and (
                given_named(below, stopwords)
                or p.NEWSROOM.match(below)
            ):
                return i + 1, below
        if (_about(line.text, lines[i + 1: i + 3])  # cheapest first: most lines are no name
                and given_named(line.text, stopwords)):
            return i, line.text
    return None


def _named(byline: str) -> list[str]:
    """The line itself and the people its byline names: "Markus Balser", or "Henning Lobin"
    of "Veröffentlicht von Henning Lobin"."""
    return [byline, *(a.name for a in parse_byline(byline) if a.kind == "person" and a.name != byline)]


def _about(name: str, following: Sequence[Line]) -> bool:
    """Whether a line just below a name tells of that person's work: "Philipp Sarasin lehrt
    ...", "Ann Lee is a reporter ..." (an author box without a heading). Not a paragraph that
    opens with the name of the person a story is about ("Liam Williams stand im April ...")."""
    return any(line.text.startswith(name + " ") and line.text[len(name) + 1: len(name) + 2].islower()
               and _BIO.search(line.lower) is not None
               for line in following)


# What a line about an author tells of: their trade, their newsroom, their teaching. German
# trades are matched inside compounds too ("Chefredakteurin", "Wirtschaftsjournalist").
_BIO = re.compile(
    r"(?:redakteur|journalist|korrespondent|kolumnist|wissenschaftler|historiker|forscher|autor)"
    r"(?:in|innen|en|s)?\b|"
    r"\b(?:reporter|correspondent|editor|writer|author|columnist|contributor|blogger|researcher|"
    r"analyst|professor|lecturer|dozent|journaliste|rédact\w*|chroniqueu\w*|periodista|redactor|"
    r"corresponsal)s?\b|"
    r"\b(?:lehrt|teaches|studierte|studied|schreibt|writes|covers|berichtet|bloggt|"
    r"beschäftigt sich|arbeitet als|works as|newsroom|redaktion|zeitung|newspaper|magazin\w*)\b")


def author_box_in_body(
    lines: Sequence[Line], kept: Sequence[int], stopwords: frozenset[str]
) -> int | None:
    """The name line of an author box the body's rules kept ("Autor*In" / "Tanja Karrasch" /
    "Tanja ist seit 2023 Redakteurin ..."), as the body alone shows it: the line cleaning
    the clean text would read the author from and take out, taken out now."""
    body = [lines[i] for i in kept]
    box = author_box(body, stopwords)
    return kept[box[0]] if box is not None else None


_ABOUT_LEADS = ("über ", "about ", "à propos de ", "sobre ", "acerca de ", "об авторе ")
_BIO_GAP = 4  # lines between an author box's name and its bio: a photo's, a link's, repeats


def author_box_rest(
    lines: Sequence[Line], removed: Mapping[int, str], kept: Sequence[int]
) -> dict[int, str]:
    """What else of an author box whose name was read as the byline the body kept: the
    heading over the name ("Autor*In" over "Tanja Karrasch"), as ``meta.byline``, and the
    paragraph under it that names the person again ("Tanja ist seit 2023 Redakteurin ...",
    "Sobre Carlos Nadalim" over "... Carlos Nadalim é também coordenador ..."), or under a
    name alone tells of their work ("Markus Balser" over "Markus Balser kam 2001 zur
    Süddeutschen Zeitung") or under a lead and a name tells of a trade ("Ein Beitrag von:" /
    "Alexandra Ilina" / "Content-Managerin beim VDI-Verlag ..."), the box's bio, as
    ``chrome.author_promo``. Only the first
    paragraph, only right under the box, and only below the body's start: a byline over the
    lead is no box."""
    found: dict[int, str] = {}
    body = set(kept)
    for i, rule in sorted(removed.items()):
        if rule != rules.BYLINE:
            continue
        after = bisect.bisect_right(kept, i)  # kept is in order
        below = kept[after] if after < len(kept) else None
        about = AUTHOR_BOX.match(lines[i].text) if lines[i].lower.startswith(_ABOUT_LEADS) else None
        if about is not None:
            name = about.group("name")
        elif i > 0 and AUTHOR_HEADING.match(lines[i - 1].text) and lines[i].words <= 4:
            name = lines[i].text
            if i - 1 in body:
                found[i - 1] = rules.BYLINE
        elif (after > 0 and below is not None and below - i <= _BIO_GAP
              and any(_about(name, [lines[below]]) for name in _named(lines[i].text))):
            # "Markus Balser" / "Markus Balser kam ...", "Veröffentlicht von Henning Lobin" /
            # "Henning Lobin ist seit 2018 Direktor ..."
            found[below] = rules.AUTHOR_PROMO  # a box below the body's start, not its lead
            break
        elif (after > 0 and below is not None and below - i <= _BIO_GAP
              and LEAD_HEADING.match(lines[i - 1].text) and _BIO.search(lines[below].lower)):
            # "Ein Beitrag von:" / "Anna Lenz" / "Content-Managerin beim VDI-Verlag ..."
            found[below] = rules.AUTHOR_PROMO
            break
        else:
            continue
        if below is None or below - i > _BIO_GAP:
            continue
        words = [word for word in name.split() if len(word) >= 3]
        if any(re.search(rf"\b{re.escape(word)}\b", lines[below].text) for word in words):
            found[below] = rules.AUTHOR_PROMO
            break
    return found
