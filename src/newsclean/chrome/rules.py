"""The named rules: every way a line can leave the body, each with a stable id.

A *line rule* decides from one line (and what the document says of itself: its language's
stop words, its script) whether the line is chrome. A *structural rule* is applied by a later
stage from the line's place in the document (before the body, after it, repeated, the
headline, a date or byline line); it is registered here too, so that one registry documents
every id a ``Removal`` can carry.

Every rule carries examples: ``removes`` are lines it takes out and ``keeps`` lines it must
leave, each checked by the test suite inside a realistic document (``where`` says whether the
example sits in the ``head``, the ``body`` or the ``tail`` of that document).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from newsclean.chrome import patterns as p
from newsclean.language import LATIN_END as _LATIN_END
from newsclean.language import script_of
from newsclean.segment import Line

Where = Literal["head", "body", "tail"]
LONG_PROSE_WORDS = 30
# Where prose is told by its shape, the share of prose's words a line needs: those languages
# decline or join where others set a word apart, and say in eight words what English says in
# ten ("Seimas antradienį priėmė įstatymo pataisas, kuriomis didinamas gynybos finansavimas.")
_SHAPE_WORDS = 0.8
CJK_CLAUSE_CHARS = 60  # a paragraph in Chinese or Japanese has a comma or a stop this often


@dataclass(frozen=True, slots=True)
class DocContext:
    """What line rules may know of the whole document."""

    stopwords: frozenset[str]
    script: str | None
    prose_min_words: int
    prose_min_stopword_share: float
    short_line_words: int
    # no stop-word list fit to tell the document's prose (none in its script, or its
    # language's too short: language.prose_by_shape): its prose is told by its shape
    by_shape: bool = False
    _shares: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def stopword_share(self, line: Line) -> float:
        """The share of the line's words that are stop words of the document's language."""
        share = self._shares.get(line.key)
        if share is None:
            words = line.key.split()
            share = sum(map(self.stopwords.__contains__, words)) / line.words if words else 0.0
            self._shares[line.key] = share
        return share

    def is_prose(self, line: Line) -> bool:
        """A line of article text: long, rich in function words, and ending like a sentence.

        A headline is as rich in function words as prose but does not end like a sentence;
        past ``LONG_PROSE_WORDS`` words a paragraph counts as prose however it ends.
        """
        if line.words < (self.prose_min_words * _SHAPE_WORDS if self.by_shape else self.prose_min_words):
            return False
        if not (line.sentence_end or line.words >= LONG_PROSE_WORDS):
            return False
        # Unspaced scripts have no stop-word tokens to count; their length and end decide,
        # and, for a long line that does not end like a sentence, its commas and stops (Thai's
        # and Khmer's spaces): a paragraph has them all along, a row of headlines run together
        # has next to none.
        if line.unspaced:
            marks = len(p.CJK_CLAUSE_MARK.findall(line.text))
            if p.SPACED_CLAUSES.search(line.text):  # Thai, Khmer: clauses set apart by spaces
                marks += line.text.count(" ")
            return line.sentence_end or marks * CJK_CLAUSE_CHARS >= line.chars
        return self.by_shape or self.stopword_share(line) >= self.prose_min_stopword_share


Predicate = Callable[[Line, DocContext], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule. ``test`` is set for line rules, ``None`` for structural ones."""

    id: str
    doc: str
    removes: tuple[str, ...]
    keeps: tuple[str, ...]
    where: Where = "body"
    test: Predicate | None = None

    @property
    def kind(self) -> str:
        return "line" if self.test is not None else "structural"


_REGISTRY: dict[str, Rule] = {}


def _register(rule: Rule) -> Rule:
    if rule.id in _REGISTRY:
        raise ValueError(f"duplicate rule id {rule.id!r}")
    _REGISTRY[rule.id] = rule
    return rule


def line_rule(
    rule_id: str, *, removes: tuple[str, ...], keeps: tuple[str, ...], where: Where = "body"
) -> Callable[[Predicate], Predicate]:
    """Register the decorated predicate as a line rule; its docstring's first line is the doc."""

    def wrap(fn: Predicate) -> Predicate:
        doc = (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else ""
        _register(Rule(rule_id, doc, removes, keeps, where, fn))
        return fn

    return wrap


def structural_rule(
    rule_id: str, doc: str, *, removes: tuple[str, ...], keeps: tuple[str, ...], where: Where
) -> str:
    """Register a rule that a later stage applies; returns its id for that stage to use."""
    _register(Rule(rule_id, doc, removes, keeps, where, None))
    return rule_id


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in the order they are tried."""
    return tuple(_REGISTRY.values())


def line_rules() -> tuple[Rule, ...]:
    return tuple(r for r in _REGISTRY.values() if r.test is not None)


def rule_ids() -> frozenset[str]:
    return frozenset(_REGISTRY)


# --------------------------------------------------------------------------- line rules
# Tried in this order; the first that matches names the removal.


@line_rule("chrome.separator", removes=("---", "* * *", "•••"), keeps=("2024",))
def _separator(line: Line, ctx: DocContext) -> bool:
    """A line of only punctuation or symbols: separators, bullets, decorations."""
    return line.words == 0 and bool(p.SEPARATOR.match(line.text))


@line_rule(
    "chrome.url",
    removes=("https://www.example.com/news/2019/11/20/story-title.html", "[email\u00a0protected]"),
    keeps=("The report is published at www.example.org and in print.",),
)
def _url(line: Line, ctx: DocContext) -> bool:
    """A line that is nothing but a URL or an e-mail address."""
    return bool(p.URL_LINE.match(line.text))


@line_rule(
    "chrome.ticker",
    removes=("• KGS/USD = 0.01144 0%", "TMT/USD = 0.28575 -0.14%", "Brent 82.15 -1.2%"),
    keeps=("Inflation reached 12% in March.",),
    where="head",
)
def _ticker(line: Line, ctx: DocContext) -> bool:
    """A currency or stock ticker row: a code or pair, a price, a change."""
    if line.words > 8 or not p.TICKER.match(line.text):
        return False
    return "/" in line.text or "=" in line.text or bool(p.TICKER_PERCENT.search(line.text))


@line_rule(
    "chrome.ui",
    removes=("A+", "A-", "print", "copy link", "Loading...", "Latest See more", "Read more",
             "Type to search or hit ESC to close", "Kontakt | Datenschutz | Impressum",
             "View this post on Instagram", "Dein Browser ist leider veraltet.",
             "Aktivieren Sie JavaScript um das Video zu sehen.", "Learn more", "Seite drucken",
             "Informate más", "Reprints & Permissions",
             "An error has occurred, please try again later.", "Gefällt mir Lade …",
             "Escucha esta nota aquí", "Rate this recipe", "Sterne anklicken zum Bewerten",
             "Rezept drucken Bei Pinterest speichern", "Print Recipe Pin Recipe",
             "Kommentar absenden", "Zamknij", "Hozzászólások", "Mobile Version", "Carregando...",
             "%d Bloggern gefällt das:", "Artikel anhören", "Escuchá este artículo",
             "Schlagworte", "Temas", "Comments are closed.",
             "Voit keskustella aiheesta 5.6. kello 23:00 asti.", "Del artikkelen", "Annonse",
             '[button link="https://example.com/submit/" type="big"] Send us YOUR kit review[/button]'),
    keeps=("Read more about the plan in the ministry's statement on Monday.",
           "Police enter the search for the missing hikers", "P = v3 · r · r2 · π · 0,5",
           "[update] The ministry confirmed the figures on Monday.", "[rsync]", "Home Secretary",
           "Themen der Woche: Wahlen und Haushalt",
           "Comments are closed on most of the ministry's pages, a spokesman said.",
           "Voit keskustella aiheesta ystävien kanssa koko kesän ajan, kertoo järjestäjä."),
)
def _ui(line: Line, ctx: DocContext) -> bool:
    """A site UI string alone, run together with others or in a row of links: font size, print, search."""
    if line.words == 0:
        return line.text in {"A+", "A-", "A", "+", "-"}
    if line.words <= 8 and line.key in p.UI_STRINGS:
        return True
    if (2 <= line.words <= 8 and line.key.partition(" ")[0] in p.UI_OPENING_WORDS
            and line.key.rpartition(" ")[2] in p.UI_CLOSING_WORDS
            and _ui_strings_run(line.key.split()) and not is_end_marker(line, ctx)):
        return True  # "More videos" opens what follows: the end marker's
    if line.text.startswith("[") and p.SHORTCODE.match(line.text) is not None:
        return True
    if ("|" in line.text or "•" in line.text or "·" in line.text) and _link_row(line.text):
        return True
    if (line.words <= p.UI_NOTICE_WORDS and any(word in line.lower for word in p.BROWSER_WORDS)
            and p.BROWSER_NOTICE.search(line.lower) is not None):
        return True
    if (line.words <= p.UI_CLIPBOARD_WORDS and any(word in line.lower for word in p.CLIPBOARD_WORDS)
            and p.CLIPBOARD_NOTICE.search(line.lower) is not None):
        return True  # a copy button's notice
    if line.words <= p.UI_NOTICE_WORDS and p.COMMENT_WINDOW.search(line.lower) is not None:
        return True  # "Comments are closed."
    return (line.words <= p.UI_NOTICE_WORDS and p.SEARCH_WORD.search(line.lower) is not None
            and p.SEARCH_KEY.search(line.lower) is not None)


def _ui_strings_run(tokens: list[str]) -> bool:
    """Whether ``tokens`` are two UI strings or more side by side with nothing between them,
    the labels of a row of buttons run together ("Rezept drucken Bei Pinterest speichern",
    "Print Recipe Pin Recipe"). The font size's "A" takes no part: it is a word too."""
    if len(tokens) < 2 or tokens[0] not in p.UI_OPENING_WORDS:
        return False  # most lines: one set lookup
    parts = {0: 0}  # where a split of the tokens' start ends -> how many strings it took
    for start in range(len(tokens)):
        if start not in parts:
            continue
        for end in range(start + 1, len(tokens) + 1):
            phrase = " ".join(tokens[start:end])
            if len(phrase) > 1 and phrase in p.UI_STRINGS:
                parts[end] = max(parts.get(end, 0), parts[start] + 1)
    return parts.get(len(tokens), 0) >= 2


def _link_row(text: str) -> bool:
    """A row of three or more links, each a few words, at least half of them UI strings or
    networks: "Über uns | Autoren | Kontakt | Datenschutz | Impressum | AGB" (not a formula,
    "P = v3 · r · r2 · π", nor a trail of sections)."""
    items = p.LINK_ROW_SEPARATOR.split(text)
    if len(items) < 3:
        return False
    keys = [p.key_of(item) for item in items]
    if any(len(key.split()) > p.LINK_ROW_ITEM_WORDS for key in keys):
        return False
    known = sum(key in p.UI_STRINGS or key in p.SOCIAL_NAMES for key in keys)
    return known * 2 >= len(keys)


def _all_social(key: str) -> bool:
    """Whether ``key`` is a row of networks' names, with a print or mail button among them
    ("whatsapp pinterest facebook twitter mail drucken") or run together, as an icon row's
    labels are ("facebooktwitterflipboardwhatsapp")."""
    tokens = key.split()
    if not tokens:
        return True  # no words at all: "・・・"
    networks, i = 0, 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in p.SOCIAL_NAMES:
            networks, i = networks + 1, i + 2
            continue
        token = tokens[i]
        if token in p.SOCIAL_NAMES or _run_together(token):
            networks += 1
        elif token not in p.UI_STRINGS:
            return False
        i += 1
    return networks > 0


_GLUED_MIN = 2  # names run together: at least this many


def _run_together(token: str) -> bool:
    """Whether ``token`` is two or more one-word network names written without a space."""
    if len(token) < 2 * p.SOCIAL_NAME_MIN_CHARS or not token.startswith(p.SOCIAL_WORDS):
        return False  # most words: one C-level test
    ends = {0: 0}  # where a split of the token's start ends -> how many names it took
    for start in range(len(token)):
        if start not in ends:
            continue
        if not token.startswith(p.SOCIAL_WORDS, start):
            continue
        for name in p.SOCIAL_WORDS:
            if token.startswith(name, start):
                ends[start + len(name)] = max(ends.get(start + len(name), 0), ends[start] + 1)
    return ends.get(len(token), 0) >= _GLUED_MIN


@line_rule(
    "chrome.social",
    removes=("twitter", "youtube", "apple store", "play market", "Facebook Twitter WhatsApp",
             "whatsapp pinterest facebook twitter mail Drucken", "facebooktwitterflipboardwhatsapp",
             "Facebook, Twitter, Newsletter"),
    keeps=("Twitter suspended the account on Friday after a complaint by the ministry.",
           "Apple and Google", "Instagrammable"),
)
def _social(line: Line, ctx: DocContext) -> bool:
    """A line of nothing but social-network, messenger or app-store names."""
    return 0 < line.words <= 8 and _all_social(line.key)


@line_rule(
    "chrome.author_promo",
    removes=("Akbar Mammadov is AzerNews’ staff journalist, follow him on Twitter: @AkbarMammadov97",
             "Nils Pickert ist freier Autor und Journalist.",
             "Her book about the search for alien life is out now. Follow her on Twitter @janedoe."),
    keeps=(
        "Mammadov, who is a journalist with the agency, said the report was accurate and that "
        "the ministry had confirmed it.",
        "Peter Weber ist Journalist und hat den Minister am Montag in Berlin getroffen, wie "
        "die Zeitung berichtet.",
    ),
    where="tail",
)
def _author_promo(line: Line, ctx: DocContext) -> bool:
    """An author promo or bio ("X is Outlet's staff journalist, follow him", "X ist Autor.")."""
    return line.words <= 90 and p.AUTHOR_PROMO.found_in(line.text)


@line_rule(
    "chrome.share",
    removes=(
        "share-lineLiked the story? Share it on social media!",
        "Follow us on Twitter @AzerNewsAz",
        "Follow us on Instagram",
        "Follow Daily Trust on WhatsApp for the latest news.",
        "Share this article",
        "Diese Geschichte teilen",
        "Compartilhe esta notícia", "Deel dit artikel", "Udostępnij na Facebooku",
        "Del på Facebook", "Jaa Facebookissa", "Følg oss på Instagram", "Seuraa meitä Facebookissa",
        "Подписывайтесь на наш Telegram-канал, чтобы быть в курсе последних новостей.",
        "Telegram kanalimizga obuna boʻling!",
        "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for "
        "real-time updates, breaking news, and exclusive content. Don't miss a headline – join now!",
    ),
    keeps=(
        "Users who follow the ministry on Telegram were told on Monday that the vote would be "
        "delayed, the spokesman said.",
        "Follow the money, the auditor told the committee on Monday.",
        "Follow these steps shared on Twitter to safely apprehend a train groper in Japan.",
        "Share prices fell sharply on Monday after the bank said it would follow the "
        "regulator's advice and share its data with the ministry.",
        "Deel 2: de terugkeer",  # a heading: "part 2"
        "Comparte su experiencia con los vecinos del barrio.",  # "she shares"
        "Share prices of Facebook fell sharply on Monday after the company said it would "
        "follow the regulator's advice.",
        "Join us, the minister told the opposition, and we will build the roads together.",
        "Del på to: regjeringen legger frem budsjettet",  # a heading: "part two"
    ),
)
def _share(line: Line, ctx: DocContext) -> bool:
    """A share, follow or join prompt, or a sentence asking to follow the site on a network.

    A prompt is short and shaped like a call to action; a sentence of up to
    ``FOLLOW_PROMPT_WORDS`` words that asks to follow or subscribe and names a social network
    is one too ("Подписывайтесь на наш Telegram-канал, чтобы быть в курсе ...")."""
    lower = line.lower
    if line.words <= p.FOLLOW_PROMPT_WORDS and (
        p.FOLLOW_OPENING.match(lower)
        or (lower.startswith("follow") and p.FOLLOW_ON.match(line.text))  # "Follow Daily Trust on X"
        or p.FOLLOW_CLOSING.search(lower, len(lower) - p.FOLLOW_CLOSING_CHARS)
    ) and any(token in p.SOCIAL_NAMES or token.startswith(p.SOCIAL_WORDS) for token in line.key.split()):
        return True
    if (line.words <= p.FOLLOW_PROMPTS_WORDS and "follow" in lower and p.FOLLOW_ON.search(line.text)
            and p.PROMPT_READER.search(line.text)):
        return True  # "... Follow The Punch Newspaper on WhatsApp for ... Don't miss a headline"
    if line.words > 14 or (ctx.is_prose(line) and line.words > 10):
        return False
    if line.words <= 5 and p.SHARE_END.search(line.lower):
        return True
    return bool(p.SHARE_FOLLOW.match(line.lower) or p.SHARE_ANYWHERE.found_in(line.lower))


@line_rule(
    "chrome.copyright",
    removes=(
        "Any use of materials is allowed only if there is a hyperlink to Caliber.az",
        "Caliber.az © 2024. .",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Minden jog fenntartva.",
    ),
    keeps=(
        "The court ruled that the copyright of the photographs belongs to the agency that "
        "commissioned them.",
    ),
)
def _copyright(line: Line, ctx: DocContext) -> bool:
    """A copyright or reuse notice (©, all rights reserved, use of materials...)."""
    if line.words > 50:
        return False
    if p.COPYRIGHT_STRONG.search(line.lower):
        return True
    return not (line.sentence_end and ctx.is_prose(line)) and bool(p.COPYRIGHT.search(line.lower))


@line_rule(
    "chrome.disclaimer",
    removes=(
        "NOW Grenada is not responsible for the opinions, statements or media content presented "
        "by contributors. In case of abuse, click here to report.",
        "The views expressed by the author are personal.",
        "Disclaimer: News articles on this site may contain opinions of the author, and if "
        "opinion, may not necessarily reflect the views of the site itself.",
        "Der Beitrag gibt nicht zwangsläufig die Meinung der Redaktion wieder.",
        "Мнение автора может не совпадать с мнением редакции.",
        "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ "
        "МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА",
        "18+ НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН "
        "ИНОСТРАННЫМ АГЕНТОМ «МЕДИАЗОНА» ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА «МЕДИАЗОНА».",
    ),
    keeps=(
        "The poll does not necessarily reflect the views of all voters, the researchers said.",
        "The company is not responsible for the content of the leaked emails, its lawyer said.",
        "В 2021 году Минюст признал «Медиазону» иностранным агентом, и теперь она обязана "
        "сопровождать каждый материал специальной плашкой.",
    ),
)
def _disclaimer(line: Line, ctx: DocContext) -> bool:
    """A site's disclaimer (the views are the author's, others' content not its own); an agent's label.

    Russian law makes a "foreign agent" label all it publishes ("Данное сообщение (материал)
    создано и (или) распространено иностранным средством массовой информации ...")."""
    if not 5 <= line.words <= _DISCLAIMER_WORDS:
        return False
    return ((p.DISCLAIMER.search(line.lower) is not None
             and p.DISCLAIMER_SUBJECT.search(line.lower) is not None)
            or p.AGENT_NOTICE.search(line.lower) is not None)


_DISCLAIMER_WORDS = 120  # a notice, with the policies it points to; not a report


@line_rule(
    "chrome.counter",
    removes=("Views: 518", "1,234 views", "Comments (3)", "5 min read", "Facebook764",
             "Pinterest 192.0K", "5 from 7 votes", "3.65 von 1990 Bewertungen",
             "Slideshow ( 15 images )", "Bildergalerie (12)", "Wyświetlenia: 518",
             "1.204 visualizações", "Jeszcze 3 minuty czytania", "5 min de leitura",
             "Bu haber toplam 1.254 kez okundu", "Okuma süresi: 4 dk"),
    keeps=("518", "Windows 10", "Gallery of modern art"),
)
def _counter(line: Line, ctx: DocContext) -> bool:
    """A view, comment, share, rating, gallery or reading-time counter."""
    return line.words <= _COUNTER_WORDS and bool(p.COUNTER.match(line.lower))


_COUNTER_WORDS = 7  # "Bu haber toplam 1.254 kez okundu": a number's thousands count as a word


@line_rule(
    "chrome.pagination",
    removes=("Viewing results 1 - 6 of 2", "Page 2 of 5", "1 / 23", "Image 1 of 23", "1 2 3 4 5 Next",
             "Strona 2 z 5", "Pagina 2 van 5"),
    keeps=("Next year the ministry will review the rules again.",),
)
def _pagination(line: Line, ctx: DocContext) -> bool:
    """Pagination, result counts and gallery position markers."""
    return line.words <= 10 and bool(p.PAGINATION.match(line.text))


_MARKER_RUN_WORDS = 10  # two headings of the phrase list run together are this long at most


def _two_markers(key: str) -> bool:
    """Two headings of the phrase list run together on one line: a comment section's heading
    and its form's ("Kommentare Schreibe einen Kommentar")."""
    words = key.split()
    return len(words) <= _MARKER_RUN_WORDS and any(
        " ".join(words[:k]) in p.END_MARKERS and " ".join(words[k:]) in p.END_MARKERS
        for k in range(1, len(words)))


@line_rule(
    "chrome.related",
    removes=("Related articles", "34 responses to “Anthony Lynn: We needed to win this game”",
             "Das könnte Dich auch interessieren:", "More From the Los Angeles Times",
             "Next Up In Science & Health", "Hinterlasse einen Kommentar", "Neueste Beiträge",
             "Se han publicado 11 comentarios", "Beitrags-Navigation", "Contenido Relacionado",
             "Czytaj także", "Leia também", "Schon gelesen?", "Kommende Events",
             "Top-Themen bei FIT FOR FUN", "Kommentare Schreibe einen Kommentar", "More videos",
             "As mais lidas", "Legolvasottabb", "Najczęściej czytane", "Kommentarer",
             "Artikel aus der gleichen Kategorie:", "Dein Kommentar",
             "5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”",
             "2 Gedanken zu „Folge 70: Star Trek: Picard“"),
    keeps=("More protests are planned for Saturday, the organisers said.",
           "Next up is the vote on the budget, which the speaker scheduled for Friday."),
)
def is_end_marker(line: Line, ctx: DocContext | None = None) -> bool:
    """A heading that opens related stories or comments ("Related", "5 thoughts on “X”").

    A heading of the phrase list may ask ("Schon gelesen?"); no other heading ends like a
    sentence, but with a colon or an ellipsis."""
    if line.words > 20:
        return False
    ends = (":", "…", "...")
    if line.key in p.END_MARKERS or _two_markers(line.key):
        return not line.sentence_end or line.text.endswith((*ends, "?"))
    if p.COMMENTS_ON.match(line.text):  # "5 thoughts on “X”", "2 Gedanken zu „X“"
        return True
    if line.sentence_end and not line.text.endswith(ends):
        return False
    return bool(p.END_HEADING.match(line.text))


@line_rule(
    "chrome.caption",
    removes=(
        "Yersina pestis causes the plague (Image: GETTY)",
        "Photo: Damian Dovarganes, AP",
        "Getty Images",
        "Die Ministerin sprach mit den Vertretern der Verbände. (Bildquelle: Landesverband Nord )",
        "Der Fuchs ist im Winter gut getarnt.  (jmuster / iStock.com)",
        "Heu gilt als gutes Futter. So ganz stimmt das allerdings nicht. Bild: K. Muster",
        "The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)",
        "The border check point near the Port of Entry in Nogales, Ariz. (AP)", "aja/PAP",
        "Media captionWho is Julian Assange?", "Fotó: Koszticsák Szilárd / MTI",
        "Image source, Getty Images", "Maelezo ya picha,", "Chanzo cha picha, Reuters",
        "Asalin hoton, Getty Images",
    ),
    keeps=(
        "The photographs, taken by a Getty Images photographer in 2019, were shown to the court "
        "on Monday.",
        "EFE",  # a wire service credited alone: the story's byline
        "By Ann Lee | Reuters",  # ... or beside the writer
        "Das Foto: ein Dokument der Zeit, sagte die Kuratorin am Montag bei der Eröffnung der "
        "Ausstellung. Bild und Text sind seit dem Jahr 2019 im Besitz des Museums der Stadt.",
        "Ich vermute, dass die Library bei dir noch nicht installiert ist. (Siehe dort auch den "
        "Abschnitt zur Installation)",
        "The minister thanked the deputies for their patience. (Applause)",
    ),
)
def _caption(line: Line, ctx: DocContext) -> bool:
    """A photo caption or credit: ends with "(Image: X)", starts with "Photo:", or is a credit."""
    if line.words > 40:
        return False
    if p.CAPTION_CREDIT.found_in(line.lower):
        return True
    agency = p.CAPTION_AGENCY.search(line.lower)
    if agency is not None and not p.ARTICLE_BEFORE_CREDIT.search(line.lower, 0, agency.start() + 1):
        return not p.BYLINE.match(line.text)  # "By Ann Lee | Reuters": a byline's agency
    return line.text.endswith(")") and p.CAPTION_TAIL_CREDIT.search(line.text) is not None


# Where the agency in brackets after a caption's last sentence credits its photo ("... Nogales,
# Ariz. (AP)"); elsewhere, after the story's last paragraph, it signs the story off
_CAPTION_AGENCY_LANGUAGES = frozenset({"en"})
_SIGNED_OFF_WORDS = 5  # a sentence, the sign-off with it: "Die Arbeiten beginnen im Herbst. (dpa)"


def signs_off(line: Line, language: str | None) -> bool:
    """Whether ``line`` is a sentence the agencies sign off in brackets, as the press of most
    languages but English closes a story: "Die Bauarbeiten sollen im Herbst beginnen. (dpa)",
    "... przeciwko ustawie. (PAP)". Under the body, it is the body's last paragraph, though
    it reads as a caption credited to an agency."""
    if language in _CAPTION_AGENCY_LANGUAGES or line.words < _SIGNED_OFF_WORDS:
        return False
    closing = p.SIGNOFF_CLOSING.search(line.text)
    return (closing is not None and line.text[:closing.start()].endswith((".", "!", "?", "“", "\"", "»"))
            and p.WIRE_SIGNOFF.match(closing["signoff"]) is not None)


@line_rule(
    "chrome.broadcast",
    removes=(
        "Über dieses Thema berichtet: BR24 im Radio am 04.06.2024 um 08:00 Uhr.",
        "Sendung: rbb24 Inforadio, 04.06.2024, 07:00 Uhr",
        "Sendung am Di., 4.6.2024 7:30 Uhr, SWR4 Rheinland-Pfalz",
        "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | Nachrichten | 04. Juni 2024 | 12:00 Uhr",
    ),
    keeps=(
        "Die Sendung am Sonntag erreichte fast fünf Millionen Zuschauer, teilte der Sender mit.",
        "Sendung für Sendung wurde das Publikum kleiner, sagte die Intendantin am Dienstag.",
    ),
)
def _broadcast(line: Line, ctx: DocContext) -> bool:
    """A broadcaster's note of the programme that aired the story: "Sendung: ...".

    Over the story or under it: "Über dieses Thema berichtet: BR24 im Radio am ...",
    "Dieses Thema im Programm: ...", "Sendung am Di., 4.6.2024 7:30 Uhr, SWR4"."""
    return line.words <= p.BROADCAST_NOTE_WORDS and p.BROADCAST_NOTE.search(line.lower) is not None


@line_rule(
    "chrome.syndication",
    removes=(
        "This article was originally published on The Conversation.",
        "Read the original article on Premium Times.",
        "This story first appeared in Grist, a nonprofit news site.",
        "Dieser Artikel erschien zuerst bei Spiegel Online.",
        "Cet article a été initialement publié sur Le Monde Afrique.",
        "Source: citinewsroom.com",
    ),
    keeps=(
        "First published on November 20, 2019 / 1:07 AM",  # a date line
        "This story has been updated with comment from the ministry.",
        "The article first appeared in a local paper in 1998, the court heard on Monday.",
        "Source: the Ministry of Finance, which published the figures on Monday.",
    ),
    where="tail",
)
def _syndication(line: Line, ctx: DocContext) -> bool:
    """A notice that another outlet published the article first; that outlet is cited.

    "This article was originally published on ...", "Read the original article on ...", or
    an aggregator's source line naming a domain ("Source: citinewsroom.com")."""
    return line.words <= p.SYNDICATION_WORDS and p.syndication_notice(line.text) is not None


@line_rule(
    "chrome.crosslink",
    removes=(
        "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
        "BLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]",
        "Lesen Sie auch: Regierung plant neue Steuer",
        "Czytaj więcej: Rząd planuje nowy podatek", "Lees ook: Kabinet plant nieuwe belasting",
        "Filed under: Politics, Economy",
        "The post Council approves new budget appeared first on The Daily Example.",
        "Der Beitrag Stadtrat beschließt Haushalt erschien zuerst auf Beispiel-Zeitung.",
    ),
    keeps=("Read more about the plan in the ministry's statement on Monday.",
           "The post of mayor appeared first on the council's list of cuts, officials said."),
)
def _crosslink(line: Line, ctx: DocContext) -> bool:
    """A link to other stories or topics: "READ MORE: headline", "Filed under: ...", "[INSIGHT]".

    Also the link back to the post a WordPress feed adds: "The post X appeared first on Y"."""
    return line.words <= 30 and p.CROSSLINK.found_in(line.lower)


@line_rule(
    "chrome.ad",
    removes=("ANZEIGE - Heute mal ausgehen? Wie wäre es mit:", "Advertisement: Shop the sale",
             "Publicidade - Continue lendo",
             "Leider benutzen Sie einen Adblocker. Wir bitten Sie, ihn für unsere Seite zu "
             "deaktivieren.",
             "Please help us keep our journalism free by turning off your ad blocker.",
             # Cyrillic look-alikes among the Latin letters, to slip past spam filters
             "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news site ~ "
             "Y\u043eur \u0441\u043ent\u0435nt \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d "
             "\u0456n\u0455t\u0430ntl\u0443!",
             "Реклама. ООО «Ромашка», ИНН 7700000000, erid: LjN8KXyzAb"),
    keeps=("Advertisements for the service ran on national television for a month.",
           "Publishers lose money when readers turn off ads: 40 percent of users run an ad "
           "blocker, the study found.",
           "Продажи iPhone и MacBook в России упали, сообщает Reuters.",
           "The letters \u0430, \u0435 and \u043e look like a, e and o, the researchers wrote.",
           "Реклама в интернете подорожала на 20%, следует из данных АКАР."),
)
def _ad(line: Line, ctx: DocContext) -> bool:
    """An advertising label ("ANZEIGE -", an ad's marking), a plea to turn off the ad blocker, a disguised ad.

    An ad in disguise spells its words with another script's look-alike letters to slip past
    filters: "Yоur соntеnt", its о, с and е Cyrillic."""
    lower = line.lower
    if line.words <= 40 and (p.AD_LABEL.match(lower) or p.AD_MARKING.search(lower)):
        return True
    if not line.text.isascii() and p.MIXED_SCRIPT.search(lower) and sum(
            1 for word in lower.split() if p.MIXED_SCRIPT.search(word)) >= _MIXED_WORDS:
        return True
    return (line.words <= _AD_BLOCKER_WORDS and "blo" in lower and bool(p.AD_BLOCKER.search(lower))
            and bool(p.AD_BLOCKER_ASK.search(lower)) and bool(p.AD_BLOCKER_READER.search(lower)))


_AD_BLOCKER_WORDS = 80  # a notice, not a paragraph of a report
_MIXED_WORDS = 3  # words spelled in two scripts that make a line an ad


@line_rule(
    "chrome.affiliate",
    removes=(
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying "
        "purchases.",
        "If you buy something through this post, IGN may get a share of the sale.",
        "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler.",
        "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    ),
    keeps=(
        "The retailer earns a commission on purchases made through its affiliate links, the "
        "filing said.",
        "Affiliate Marketing",
    ),
)
def _affiliate(line: Line, ctx: DocContext) -> bool:
    """An affiliate disclosure: the site earns a commission from its links to shops."""
    return (line.words <= p.AFFILIATE_WORDS and p.AFFILIATE.search(line.lower) is not None
            and p.AFFILIATE_VOICE.search(line.lower) is not None)


@line_rule(
    "chrome.cookie",
    removes=(
        "We use cookies to improve your experience. By continuing you accept our policy.",
        "Wenn Sie diesen Button anklicken, werden persönliche Daten an Twitter übertragen. "
        "Sind Sie damit einverstanden?",
        "Read about what we do with the data we gather in our Privacy Policy.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Informujemy, że korzystamy z cookies.",
        "An dieser Stelle findet Ihr einen externen Inhalt von Instagram. Ihr könnt ihn Euch mit "
        "einem Klick anzeigen lassen.",
        "Statistik-Cookies akzeptieren",
        "Diese Website verwendet Cookies.", "Ez a weboldal sütiket használ.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
        "apply.",
    ),
    keeps=(
        "The regulator fined the company for placing tracking cookies without consent, the "
        "court said in its ruling on Tuesday.",
        "Users who click the button agree to share personal data with advertisers, the "
        "regulator said.",
    ),
)
def _cookie(line: Line, ctx: DocContext) -> bool:
    """A cookie, consent or data notice addressed to the reader."""
    if line.words > 150:
        return False
    text = line.lower
    if p.COOKIE.search(text) is not None and p.COOKIE_CUE.search(text) is not None:
        return True
    if "akismet" in text and p.COMMENT_SPAM_NOTICE.search(text) is not None:
        return True
    if line.words > p.CONSENT_WORDS or p.PRIVACY.search(text) is None:
        return False
    if (line.words <= p.OWN_POLICY_WORDS and p.OWN_POLICY.search(text) is not None
            and p.POINTER.search(text) is not None):
        return True
    return p.CONSENT_ACT.search(text) is not None and p.CONSENT_READER.search(text) is not None


@line_rule(
    "chrome.subscribe",
    removes=(
        "Subscribe to our newsletter",
        "Sign up for the morning briefing",
        "Assine nossa newsletter", "Zapisz się do newslettera", "Abonneer je op onze nieuwsbrief",
        "Podanie przez Ciebie danych jest dobrowolne, ale konieczne do tego, żeby zamówić nasz "
        "newsletter.",
        "Article réservé aux abonnés", "Este audio es una característica exclusiva para suscripciones.",
        "Missing out on the latest news? Enter your email below to receive our newsletter.",
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        "Got a news tip? Send it to tips@example.com",
        "Click on the link to join the Citi Newsroom channel on WhatsApp for more news and updates.",
        "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.",
        "PC Gamer Newsletter",
        "Zum Newsletter anmelden",
        "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
        "£11.99. Click here for more information.",
        "No spam, we promise. You can unsubscribe at any time and we'll never share your "
        "details without your permission.",
        "Wenn Ihnen der Artikel gefallen hat: Unterstützen Sie die JF mit einer Spende.",
        "If you enjoyed this article, we have a proposition for you: Join NRPLUS.",
        "Hol dir die offizielle IBU App!",
        "Vielen Dank für Ihre Bestellung. Wir wünschen Ihnen viel Lesevergnügen.",
        "Ihr Benutzerkonto ist aktiviert.",
        "Sie haben die deutsche Länderausgabe ausgewählt. Wir wünschen Ihnen eine gute Lektüre.",
        "Don't miss the latest news from around Scotland - Sign up to our daily newsletter here.",
        "Join the Daily Record WhatsApp community!",
        "For the latest stories and breaking news updates download the Nationnews apps for "
        "iOS and Android.",
        "Bitte anmelden, um zu kommentieren",
        "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen.",
        "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
        "Si te parece valioso el trabajo de El Faro, apóyanos para seguir.",
        "Не забудьте поддержать «Медузу»", "Поддержите «Новую газету Европа»",
        "Hi, this is Martin Fornusek. Thank you for reading this article. We rely on our readers "
        "to keep going. Please consider becoming a member of the Kyiv Independent.",
    ),
    keeps=(
        "Subscribers to the service rose by a third last year, the company said.",
        "Support for local journalism has fallen sharply since 2010, the report found.",
        "Customers can cancel at any time, the regulator said, but few of them do.",
        "The ministry said it had sent an email to all schools on Monday asking them to close.",
        "Users can unsubscribe from the service at any time, the company said on Monday.",
        "Cracked walls require a push to crumble, and you need the Force to open them.",
        "Beachten Sie die Beschränkungen für Reisende und die Warn-Apps auf Re-open EU.",
        "Danke für dein Feedback. Den Look meiner Seite schaue ich mir gern noch einmal an.",
        "Disney's teams patched the software as the company continued to sign up subscribers.",
        "Dazu müssen Sie die Funktion aktivieren und sich in Ihr Google-Konto einloggen.",
        "The government released 14,000 WhatsApp messages to the inquiry on Friday.",
        "For the latest figures, the ministry said, farmers should download the agency's app.",
        "The charity thanked its donors for their support after the floods, its director said.",
        "«Підтримайте наших захисників», — закликав мер міста під час зустрічі з волонтерами.",
    ),
)
def _subscribe(line: Line, ctx: DocContext) -> bool:
    """A subscription, newsletter, app, paywall, donation or news-tip prompt, or its thanks, to the reader."""
    if line.words <= 30 and (p.SUBSCRIBE.match(line.lower) or p.ACCOUNT_NOTICE.match(line.lower)):
        return True
    if (line.words <= p.PAYWALL_WORDS and p.PAYWALL_STEM.search(line.lower) is not None
            and p.PAYWALL.search(line.lower) is not None):
        return True
    return (
        line.words <= 60
        and (p.PROMPT_CHANNEL.search(line.lower) is not None
             or p.DONATION.search(line.lower) is not None
             or ("app" in line.lower and p.APP_PROMPT.search(line.lower) is not None)
             or (("comment" in line.lower or "komment" in line.lower)
                 and p.COMMENT_LOGIN.search(line.lower) is not None))
        and bool(p.PROMPT_READER.search(line.text))
    )


@line_rule(
    "chrome.contact",
    removes=(
        "The Customer Service Center can be contacted with any questions: Telephone: 03-7619056 "
        "Fax: 03-5613699 E-mail: subs@example.com",
        "Tel.: +49 30 1234-0 | Fax: +49 30 1234-99 | E-Mail: info@example.de",
    ),
    keeps=(
        "Anmeldungen nimmt Maria Muster unter Tel. 07071/12345 oder per E-Mail: "
        "muster@example.de entgegen.",
        "Help is at hand on tel. 0800 111 0 111, tel. 0800 111 0 222 and tel. 116 111.",
    ),
    where="tail",
)
def _contact(line: Line, ctx: DocContext) -> bool:
    """A site's contact block: telephone, fax and e-mail entries, three or more of two kinds."""
    # each item is two words at least: its label, and a number or an address
    if not 2 * p.CONTACT_MIN_ITEMS <= line.words <= p.CONTACT_WORDS:
        return False
    lower = line.lower
    if not any(map(lower.__contains__, p.CONTACT_STEMS)):
        return False
    kinds = [m.lastindex for m in p.CONTACT_ITEM.finditer(lower)]
    return len(kinds) >= p.CONTACT_MIN_ITEMS and len(set(kinds)) >= 2


@line_rule(
    "chrome.foreign_script",
    removes=("Нашли ошибку? Выделите текст",),
    keeps=("Moscow",),
    where="tail",
)
def _foreign_script(line: Line, ctx: DocContext) -> bool:
    """A short line in another script than the article's: a UI string left untranslated."""
    if ctx.script is None or line.words > 5:
        return False
    if ctx.script == "LATIN" and max(line.text) < _LATIN_END:  # German, French ...: no other script
        return False
    script = script_of(line.text)
    return script is not None and script != ctx.script


# --------------------------------------------------------------------- structural rules

RELATED = "chrome.related"
AUTHOR_PROMO = "chrome.author_promo"  # also the bio under an author box's heading
REPEAT = structural_rule(
    "chrome.repeat",
    "A line printed again later in the same scrape (a headline twice, a block reprinted).",
    removes=("Follow the story as it develops",),
    keeps=("A line printed once stays.",),
    where="tail",
)
RELATED_BOX = structural_rule(
    "chrome.related_box",
    "The headlines a related-stories heading lists inside the article, which goes on after them.",
    removes=("Related articles\nPlague outbreak: China hit by highly contagious plague\n"
             "Horror as plague of killer mosquitos are headed to Britain",),
    keeps=("Related articles\nWhat the budget means for schools",),
    where="body",
)
MENU = structural_rule(
    "chrome.menu",
    "A run of short lines outside the article body: navigation menus and link lists.",
    removes=("Politics\nEconomy\nSociety\nRegions\nCulture",),
    keeps=("ANALYSIS",),
    where="head",
)
PREAMBLE = structural_rule(
    "chrome.preamble",
    "A line before the article's body that no other rule names (site name, section label).",
    removes=("Azernews.Az",),
    keeps=(
        "The government said on Monday that it had approved the new budget, which raises "
        "spending on schools and hospitals for the coming year.",
    ),
    where="head",
)
TRAILER = structural_rule(
    "chrome.trailer",
    "A line after the article body's end: related teasers, comments, footer text.",
    removes=(
        "Related articles\nThe minister resigned on Friday after a vote of no confidence in "
        "parliament, the second in a year.",
    ),
    keeps=("Protests continued into the night.",),
    where="tail",
)
HEADLINE = structural_rule(
    "title.headline",
    "The headline: moved from the body to the record's title.",
    removes=("Parliament approves the new budget after a long debate",),
    keeps=(
        "The government said on Monday that it had approved the new budget, which raises "
        "spending on schools and hospitals for the coming year.",
    ),
    where="head",
)
DATE = structural_rule(
    "meta.date",
    "A line that is only a date (and time, zone, label, the author signing after it): metadata, "
    "not article text.",
    removes=("15 April 2020 19:10 (UTC+04:00)", "Politics Materials 10 January 2022 09:26"),
    keeps=("The treaty was signed on 15 May 1992 in Tashkent by six states.",),
    where="head",
)
BYLINE = structural_rule(
    "meta.byline",
    "A byline line (By X, X, Staff Writer, a lead alone over the name, a Chinese or Korean "
    "writer's credit): metadata, not article text.",
    removes=("By Akbar Mammadov", "Tom Krisher, Ap Auto Writer", "Ein Beitrag von:",
             "스포츠조선=선수민 기자"),
    keeps=("By the end of the year the plant will employ more than 400 people.",),
    where="head",
)
SIGNATURE = structural_rule(
    "meta.signature",
    "An organisation's signature right after the body (Caliber.Az): read as an author.",
    removes=("Caliber.Az",),
    keeps=("Protests continued into the night.",),
    where="tail",
)
DATELINE = structural_rule(
    "meta.dateline",
    "A dateline standing alone on a line before the body (BAKU, Azerbaijan, Jan. 10).",
    removes=("BAKU, Azerbaijan, Jan. 10",),
    keeps=("TASHKENT",),
    where="head",
)


def iter_line_rules(disabled: frozenset[str]) -> Iterator[Rule]:
    return (r for r in line_rules() if r.id not in disabled)
