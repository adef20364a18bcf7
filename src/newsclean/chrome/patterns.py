"""The phrases and patterns the chrome rules match, kept apart from the rules' logic.

Phrase sets hold *keys*: a line's words casefolded and joined by single spaces (see
``Line.key``), so ``"Copy link"``, ``"copy-link"`` and ``"COPY LINK!"`` all look up
``"copy link"``. Every regular expression here is linear in its input: no nested or
overlapping quantifiers (a test feeds each one adversarial text).
"""

from __future__ import annotations

import re

from newsclean.meta.dates import ETHIOPIAN_MONTHS, JALALI_MONTHS, MORE_MONTHS, THAI_MONTHS, find_dates
from newsclean.segment import MARKS, key_words

_WORD = re.compile(r"[^\W_]+")  # the same words as Line.key


def key_of(text: str) -> str:
    """``text`` as a phrase set's key: its words casefolded, joined by single spaces."""
    return " ".join(_WORD.findall(text.casefold()))


def _phrases(text: str) -> frozenset[str]:
    """A comma-separated phrase list as a set of keys (casefolded words, single spaces)."""
    keys = (key_of(p) for p in text.split(","))
    return frozenset(k for k in keys if k)


_UPPER = re.compile(r"(?<!\\)[A-Z]")  # an upper-case letter that is not an escape (\S, \W)


def folded(source: str) -> re.Pattern[str]:
    """A case-insensitive pattern, written in lower case, to match against ``Line.lower``.

    Python's ``re.IGNORECASE`` tries both cases of every letter at every position; matching
    lower-cased text with a lower-case pattern finds the same lines three to four times faster.
    """
    if _UPPER.search(source):
        raise ValueError(f"a folded pattern must be lower case: {source[:60]!r}")
    return re.compile(source)


class Gated:
    r"""A pattern looked for only in text where its copy without word boundaries matches.

    Dropping ``\b`` can only widen what a pattern matches, so the copy finds every line the
    pattern does; and a pattern that opens with ``\b`` cannot use the regex engine's scan for
    its first characters, which makes it several times slower over lines it does not match.
    """

    __slots__ = ("exact", "loose")

    def __init__(self, exact: re.Pattern[str]) -> None:
        self.exact = exact
        self.loose = re.compile(exact.pattern.replace(r"\b", ""), exact.flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.exact.search(text) if self.loose.search(text) else None


def top_level_alternatives(source: str) -> list[str]:
    """A pattern's source cut at each ``|`` that stands outside every group and class."""
    parts, depth, start, i = [], 0, 0, 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith("^", i + 1):
                i += 1
            if source.startswith("]", i + 1):  # a "]" first in a class is one of its characters
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


_COUNT = re.compile(r"\{\d*,?\d*\}")  # "{1,3}": a quantifier; a "{" otherwise is a character
_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|\d{1,3}|.)")
STEM_MIN_CHARS = 3


def literal_runs(part: str) -> list[str]:
    r"""The runs of literal text that every match of the alternative ``part`` holds: those
    outside its groups and classes, without a character a quantifier makes optional.
    ``\bwenn (?:ihnen|dir) \w+ gefallen hat`` holds ``"wenn "``, ``" "`` and
    ``" gefallen hat"``; ``\bpartner-?links?`` holds ``"partner"`` and ``"link"``."""
    runs: list[str] = []
    run: list[str] = []
    depth, i = 0, 0

    def close() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    while i < len(part):
        ch = part[i]
        if ch == "\\":
            nxt = part[i + 1:i + 2]
            if depth == 0 and nxt and not nxt.isalnum():  # "\." is a character, "\b" is not
                run.append(nxt)
                i += 2
            else:  # a class, an anchor or a code ("\x41", "\u00e9"): no literal run kept
                close()
                escape = _ESCAPE.match(part, i)
                i = escape.end() if escape else i + 2
        elif ch == "[":
            close()
            j = i + 1 + (part[i + 1:i + 2] == "^")
            j += part[j:j + 1] == "]"  # a "]" first in a class is one of its characters
            while j < len(part) and part[j] != "]":
                j += 2 if part[j] == "\\" else 1
            i = j + 1
        elif ch == "(":
            close()
            depth += 1
            i += 1
        elif ch == ")":
            depth -= 1
            i += 1
        elif ch in "?*+" or (ch == "{" and _COUNT.match(part, i)):
            if depth == 0 and run:
                run.pop()  # the character before it may be absent
            close()
            i = part.index("}", i) + 1 if ch == "{" else i + 1
        elif ch in "^$.|":
            close()
            i += 1
        else:
            if depth == 0:
                run.append(ch)
            i += 1
    close()
    return runs


def rare_symbol(stem: str) -> bool:
    """A stem of one character that text seldom holds: a symbol beyond ASCII ("©")."""
    return len(stem) == 1 and not stem.isascii() and not stem.isalnum() and not stem.isspace()


class Stemmed:
    r"""A pattern looked for only in text that holds one of its stems: for each top-level
    alternative, the longest run of literal text that every match of it holds
    (:func:`literal_runs`).

    Python's regex engine tries every alternative at every position of a text; a few ``in``
    tests first are several times cheaper over the many lines that hold no stem, and give the
    same answers. Each alternative must hold a run of ``STEM_MIN_CHARS`` characters (or a
    symbol beyond ASCII, "©"): one without would make every line a candidate.
    """

    __slots__ = ("exact", "stems")

    def __init__(self, exact: re.Pattern[str]) -> None:
        if exact.flags & re.IGNORECASE:
            raise ValueError("a stemmed pattern matches as written: match it on folded text")
        stems = set()
        for part in top_level_alternatives(exact.pattern):
            stem = max(literal_runs(part), key=len, default="")
            if len(stem) < STEM_MIN_CHARS and not rare_symbol(stem):
                raise ValueError(f"an alternative without a literal run: {part[:60]!r}")
            stems.add(stem)
        self.exact = exact
        # a stem that holds another adds nothing: the shorter is found wherever it is
        self.stems = tuple(sorted(t for t in stems if not any(o != t and o in t for o in stems)))

    def search(self, text: str) -> re.Match[str] | None:
        for stem in self.stems:
            if stem in text:
                return self.exact.search(text)
        return None


class Alternatives:
    r"""A pattern asked only *whether* it is in a text, its top-level alternatives in two
    parts: those anchored at the start (``^``) are tried once, at the start; the others are
    searched together, gated as :class:`Gated` does when they hold a word boundary.

    The regex engine tries every alternative at every position of the text, the anchored ones
    too; cut apart, the anchored ones cost one attempt and the others can use the engine's
    scan for their first characters, or :class:`Stemmed`'s test when each holds a literal run.
    The answer is ``bool(exact.search(text))`` (the tests compare both).
    """

    __slots__ = ("anchored", "anywhere", "exact")

    def __init__(self, exact: re.Pattern[str]) -> None:
        self.exact = exact
        parts = top_level_alternatives(exact.pattern)
        anchored = [part for part in parts if part.startswith("^")]  # each keeps its "^"
        anywhere = [part for part in parts if not part.startswith("^")]
        self.anchored = re.compile("|".join(anchored), exact.flags) if anchored else None
        self.anywhere: re.Pattern[str] | Gated | Stemmed | None = None
        if anywhere:
            try:  # each with a literal run: the cheapest test
                self.anywhere = Stemmed(re.compile("|".join(anywhere), exact.flags))
            except ValueError:
                together = re.compile("|".join(f"(?:{part})" for part in anywhere), exact.flags)
                # a gate only helps where it can drop a word boundary
                self.anywhere = Gated(together) if r"\b" in together.pattern else together

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches anywhere in ``text``."""
        if self.anchored is not None and self.anchored.match(text):
            return True
        return self.anywhere is not None and self.anywhere.search(text) is not None


# A site's disclaimer: what it says of the views it prints ("may not necessarily reflect the
# views of the site", "The views expressed by the author are personal", "gibt nicht die Meinung
# der Redaktion wieder") and of what it answers for ("is not responsible for the content of
# external sites"); DISCLAIMER_SUBJECT must name whose views or content (an author, a
# contributor, the site, its editors), which a report's sentence seldom does together.
DISCLAIMER = Stemmed(folded(
    r"(?:do|does|may|might)(?: not|n[’']t) necessarily (?:reflect|represent)|"
    r"views? expressed [^.!?]{0,80}?(?:are|is) [^.!?]{0,30}?"
    r"(?:own|personal|solely|those of|not)\b|"
    r"(?:is|are) not responsible for (?:the )?(?:content|opinion|view|comment|statement)|"
    r"(?:gibt|geben|spiegel\w*) nicht (?:zwangsläufig |unbedingt |notwendigerweise )?"
    r"die meinung|"
    r"n[’']engagent que (?:leurs?|son|ses) auteur|reflètent? pas (?:nécessairement )?l|"
    r"no refleja\w* necesariamente|no se hace responsable de|"
    r"может не совпадать с мнением|не (?:всегда )?совпадает с мнением"))
# The label Russian law makes a "foreign agent" print over or under what it publishes: "Данное
# сообщение (материал) создано и (или) распространено иностранным средством массовой
# информации, выполняющим функции иностранного агента", "Настоящий материал (информация)
# произведен, распространен и (или) направлен иностранным агентом «...»"
AGENT_NOTICE = folded(
    r"(?:данное|настоящий) (?:сообщение|материал) ?\((?:материал|информация)\) "
    r"(?:создан|произвед)")
DISCLAIMER_SUBJECT = folded(
    r"author|writer|contributor|columnist|expressed|editor|this site|the site|website|"
    r"publication|external|third[- ]part|comment|users?\b|autor|redaktion|verfasser|"
    r"auteur|rédaction|redacción|редакц|автор")

# The commas and stops of Chinese and Japanese, which a paragraph has all along.
CJK_CLAUSE_MARK = re.compile(r"[，。、；！？]")
# The scripts without spaces between words that set their clauses apart by spaces: Thai, Lao,
# Burmese, Khmer
SPACED_CLAUSES = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")

# Site UI strings that are never article text when they stand alone on a line.
# UI strings that say the article goes on below them, set between its paragraphs: Turkish
# sites' "Haberin Devamı" (the story goes on, a button that unfolds the rest), "Story
# continues below advertisement". Not "Continue reading", which may link to the article
# from its teaser.
CONTINUES_BELOW = _phrases(
    """
    haberin devamı, story continues below, story continues below advertisement,
    article continues below, article continues below advertisement, continue reading below,
    continue reading the main story, weiterlesen nach der anzeige, lesen sie nach der anzeige weiter,
    artikel wird nach der anzeige fortgesetzt, la suite après la publicité,
    el artículo continúa después del anuncio, l articolo continua dopo la pubblicità,
    artikkelen fortsetter under annonsen, artikkelen fortsetter etter annonsen,
    saken fortsetter under annonsen, artikeln fortsätter under annonsen,
    artiklen fortsætter under annoncen, artiklen fortsætter efter annoncen,
    artikkeli jatkuu mainoksen jälkeen, artikkeli jatkuu mainoksen alla,
    juttu jatkuu mainoksen jälkeen
    """
)
# An ad's label, standing where the ad was, between the article's paragraphs.
AD_LABELS = _phrases(
    """
    advertisement, advertising, anzeige, werbung, publicité, publicidad, pubblicità, реклама,
    reklam, reklama, annonse, annons, annonce, mainos, auglýsing, reklaam, reklāma
    """
)
UI_STRINGS = CONTINUES_BELOW | AD_LABELS | _phrases(
    """
    a, a+, a-, aa, print, printer friendly, copy link, copy url, copy, copied, link copied,
    search, search for, search here, search results, what are you looking for,
    loading, loading please wait, latest, latest see more, see more, see all, view all, show more,
    load more, more, read more, read next, read full story, continue reading,
    read the full article, read also, skip to content, skip to main content,
    skip to navigation, skip to navigation press enter, skip to main content press enter,
    jump to navigation, menu, main menu, close, open menu, toggle navigation, navigation,
    home, back to top, top, back, scroll to top, next, previous, prev, older, newer,
    older posts, newer posts, sign in, sign up, log in, login, logout, log out, register,
    my account, account, profile, subscribe, subscribe now, subscribe today, newsletter,
    newsletters, advertisement, advertising, sponsored, sponsored content, ad, ads, promoted,
    caption, close caption, hide caption, show caption, enlarge photo, enlarge image,
    back to gallery, view gallery, open gallery, gallery, photos, video, videos, watch,
    watch now, play, pause, mute, unmute, fullscreen, full screen, listen,
    listen to this article, comments, comment, add comment, leave a comment, post a comment,
    show comments, hide comments, reply, report, tweet, like, likes, dislike, email, e mail,
    follow, unfollow, folgen, suivre, seguir, segui, подписаться, takip et,
    send, mail, rss, rss feed, night theme, night mode, dark mode, light mode, font size,
    text size, reset, en, ru, arm, az, ge, kz, uz, eng, rus, english, русский, home page,
    homepage, all news, all articles, news feed, topics, tags, tag, categories, category,
    themen, schlagwörter, schlagworte, temas, tópicos, etiquetas, sujets, thèmes, mots clés,
    argomenti, tematy, tagi, onderwerpen, témák, konular, etiketler, темы, теги, метки,
    archive, archives, contact, contact us, about, about us, imprint, impressum, privacy,
    privacy policy, terms, terms of use, terms and conditions, cookie policy, accessibility,
    sitemap, site map, faq, help, advert, this slideshow requires javascript,
    gefällt mir, wird geladen, gefällt mir wird geladen, like loading, antworten, antwort,
    répondre, responder, rispondi, ответить, yanıtla, cavab ver,
    view this post on instagram, sieh dir diesen beitrag auf instagram an,
    voir cette publication sur instagram, ver esta publicación en instagram, hide ad, hide ads,
    please enable javascript, javascript is disabled, you need to enable javascript, don t
    miss, must read, editor s pick, editors pick,
    drucken, teilen, suche, anmelden, abmelden, registrieren, weiterlesen, mehr lesen, mehr,
    zum artikel, artikel teilen, kommentare, kommentieren, anzeige, werbung, nach oben,
    donate, donate now, jetzt spenden, support us, become a member, become a patron,
    mitglied werden, mitglied werden jetzt spenden, faire un don, donar,
    startseite, kontakt, über uns, datenschutz, datenschutzerklärung, agb,
    nutzungsbedingungen, mediadaten, partager, imprimer, rechercher, recherche, se connecter,
    connexion,
    lire la suite, lire aussi, publicité, commentaires, accueil, haut de page, fermer,
    compartir, imprimir, buscar, iniciar sesión, leer más, publicidad, comentarios, inicio,
    cerrar, condividi, stampa, cerca, accedi, leggi anche, leggi tutto, pubblicità, commenti,
    поделиться, печать, поиск, войти, читать далее, читать также, подробнее, реклама,
    комментарии, главная, ссылка скопирована, скопировать ссылку, версия для печати,
    все новости, загрузка, paylaş, yazdır, ara, giriş, devamını oku, reklam, yorumlar,
    ana sayfa, sonraki haber, önceki haber, yazı boyutu, giriş yap, üye ol,
    tümünü gör, parve bike, partekatu, iruzkinak, comparteix, comentaris, partilhar,
    compartir nova, comparte esta nova, çap, axtar, daha çox oxu, xəbər lenti, bütün xəbərlər,
    תגובות, התגובות, תגובה חדשה, הוספת תגובה, שתפו, שיתוף, הדפסה, חיפוש, קראו עוד, קראו גם,
    כתבות נוספות, התחברות, הרשמה, דף הבית, التعليقات, تعليقات, أضف تعليق, شارك, مشاركة,
    طباعة, بحث, اقرأ أيضا, اقرأ المزيد, الرئيسية, أخبار ذات صلة, click the alert icon to follow topics,
    learn more, show less, read less, view profile, print article, print this article,
    print this page, print recipe, jump to recipe, pin recipe, rate this recipe, rate this post,
    rate this article, sterne anklicken zum bewerten, tipp drucken, tipp favorisieren,
    rezept merken, bei pinterest speichern, copy to clipboard, alle anzeigen, weniger anzeigen,
    lesen sie mehr, seite drucken, artikel drucken, rezept drucken, link kopieren,
    per e mail senden, per mail senden, en savoir plus, saber más, infórmate más,
    informate más, leggi di più,
    reprints, order reprints, reprints permissions, reprints and permissions,
    del, del artikkelen, del saken, kopier lenke, logg inn, logg ut, abonner, annonse, les mer,
    skriv ut, søk, meny, lytt, lytt til artikkelen, dela, dela artikeln, kopiera länk,
    logga in, logga ut, prenumerera, annons, läs mer, sök, lyssna, lyssna på artikeln,
    visa kommentarer, del artikel, del artiklen, kopiér link, kopier link, log ind, log ud,
    annonce, læs mere, abonnér, søg, lyt til artiklen, udskriv, jaa, jaa artikkeli,
    kopioi linkki, kirjaudu, kirjaudu sisään, tilaa, mainos, lue lisää, haku, hae, kuuntele,
    tulosta, valikko, näytä kommentit, deila, leit, innskráning, auglýsing, jaga, loe edasi,
    logi sisse, reklaam, otsi, dalīties, lasīt vairāk, reklāma, meklēt, dalintis,
    skaityti daugiau, paieška, prisijungti,
    reprints rights permissions, licensing reprints, licensing and reprints,
    an error has occurred, an error has occurred please try again later,
    something went wrong, something went wrong please try again,
    something went wrong please try again later, please try again later,
    something went wrong please check your entries and try again,
    this article has been sent to,
    buch bestellen, jetzt bestellen, jetzt kaufen, in den warenkorb, order now, buy now,
    add to cart, add to basket, advertising disclosure, affiliate disclosure,
    lade, gefällt mir lade, tell us what you think, let us know what you think,
    escucha esta nota, escucha esta nota aquí, escuchar nota, last modified, zuletzt geändert,
    advertise, advertise with us, mobile version, desktop version, submit, submit comment,
    post comment, cancel reply, load comments, next post, previous post, next article,
    previous article, designed developed by,
    kommentar absenden, suchen, schließen, zum inhalt springen, zur startseite,
    zur mobilen version, leia mais, compartilhar, fechar, entrar, publicidade, saiba mais,
    voltar ao topo, zamknij, czytaj więcej, udostępnij, szukaj, zaloguj się, reklama,
    lees meer, delen, zoeken, sluiten, inloggen, advertentie, címkék, tovább, megosztás,
    keresés, bezár, hirdetés, hozzászólások, chiudi, registrati, ver más, cargar más,
    voir plus, afficher plus, carregando, ładowanie, betöltés, yükleniyor, cargando,
    chargement, chargement en cours, caricamento, d bloggers like this, d bloggern gefällt das,
    d blogueurs aiment cette page, a d blogueros les gusta esto,
    listen to article, escucha este artículo, escuchá este artículo, ouça este artigo,
    ouvir este artigo, écouter cet article, écouter l article, ascolta l articolo,
    ascolta questo articolo, artikel anhören, artikel vorlesen lassen, vorlesen, anhören, hören,
    kommentieren, merken, artikel merken, zur merkliste hinzufügen, artikel verschenken,
    zustimmen und weiter, bildbeschreibung einblenden, artikelrechte erwerben, liken lade,
    pocket, auf twitter folgen, eine e-mail senden, zur galerie, artikel werden geladen schließen,
    luister naar dit artikel, posłuchaj artykułu
    """
)
# The words UI strings open and end with, of those longer than a letter: where a run of them
# may start and end.
UI_OPENING_WORDS = frozenset(key.split()[0] for key in UI_STRINGS if len(key) > 1)
UI_CLOSING_WORDS = frozenset(key.split()[-1] for key in UI_STRINGS if len(key) > 1)

# A WordPress shortcode the page printed instead of running: the whole line is one, wrapping
# its text ("[button link=...]Send us YOUR kit review[/button]"), or alone with its settings
# ("[pum_login_form label_username=...]") or closing ("[/button]"). Not a word in brackets
# alone: "[rsync]" heads a section of a configuration file the article prints.
SHORTCODE = re.compile(
    r"^\[(?P<tag>[a-z_][\w-]{0,30})(?:\s[^\]]{0,300})?\][^\[\]]{0,300}\[/(?P=tag)\]$|"
    r"^\[[a-z_][\w-]{0,30}\s[^\]=]{0,100}=[^\]]{0,300}\]$|^\[/[a-z_][\w-]{0,30}\]$"
)

# A notice that the reader's browser is too old or runs no JavaScript: "Dein Browser ist leider
# veraltet.", "Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter.",
# "Please update your browser", "Aktivieren Sie JavaScript um das Video zu sehen."
BROWSER_NOTICE = folded(
    r"\b(?:your|dein|ihr|votre|tu|su) (?:browser|navigateur|navegador) (?:ist|is|est|es) "
    r"(?:leider )?(?:veraltet|out of date|outdated|not supported|nicht unterstützt|obsolète)|"
    r"\b(?:upgrade|update|download|install) (?:to )?(?:your|a newer|a modern|the latest|a "
    r"supported|a different) (?:version of your )?browser\b|"
    r"\b(?:einen|ihren|deinen) (?:neueren|aktuellen|modernen|anderen) browser\b|"
    r"\b(?:aktualisieren sie|aktualisiere) (?:ihren|deinen) browser\b|"
    r"\bmettez à jour votre navigateur\b|\bactualiza (?:tu|su) navegador\b|"
    r"\b(?:unsupported|outdated) browser\b|"
    r"\b(?:enable|aktivieren sie|aktiviere|activez|habilita|attiva) (?:das )?javascript\b|"
    r"\bjavascript (?:is disabled|ist deaktiviert|must be enabled|muss aktiviert)|"
    # a video player's plug-in: "Download Adobe Flash Player", "Preuzimite Adobe Flash Player"
    r"\b(?:download|get|install|preuzmite|preuzimite|преузмите|скачайте|установите|herunterladen|"
    r"téléchargez|descargue|descarga|scarica|baixe) (?:the )?(?:latest )?(?:adobe )?flash player\b")
# one is in every notice
BROWSER_WORDS = ("browser", "javascript", "navigateur", "navegador", "flash player")
# A copy button's notice: "Link copied to clipboard", "Kod je kopiran u vaš clipboard",
# "In die Zwischenablage kopiert"; the clipboard named and what was copied, said done (not
# a headline's "Copy & paste from tmux to system clipboard")
CLIPBOARD_WORDS = ("clipboard", "zwischenablage", "presse-papier", "portapapeles", "appunti",
                   "área de transferência", "буфер обмена", "schowka", "klembord")
CLIPBOARD_NOTICE = folded(r"\b(?:copied|kopiert|kopiran|copiad|copié|copiat|скопирова|skopiowan|"
                          r"gekopieerd)")

# Between the links of a footer or toolbar row printed on one line: "Kontakt | Impressum".
LINK_ROW_SEPARATOR = re.compile(r"\s+[|•·]\s+")
LINK_ROW_ITEM_WORDS = 4

# A search box's hint, which a text dump keeps as a line of its own: the key that starts the
# search or closes the box, beside a word for searching. "Type to search or hit ESC to close",
# "Press Enter to search", "Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie
# das Suchfenster.", "Drücken Sie ... Enter / Return um die Suche zu starten". A key is named
# where it is pressed or closes the box, never as a verb or a noun ("Police enter the search").
SEARCH_KEY = Gated(folded(
    r"\b(?:press|hit|tap|drücken sie|klick auf|appuyez sur|pulse|premi)\b[^.!?]{0,40}?"
    r"\b(?:enter|return|esc|eingabe|eingabetaste|entrée|intro|invio)\b"
    r"|\besc\b[^.!?]{0,20}?\b(?:to close|to cancel|verlassen|schließen|fermer|cerrar|chiudere)"
))
# A notice of when a comment section opens or closes: "Comments are closed.", "Die
# Kommentarfunktion ist geschlossen", Finnish's "Voit keskustella aiheesta 5.6. kello 23:00
# asti" (you can discuss the topic until ...), "Kommentarfeltet er stengt".
COMMENT_WINDOW = Stemmed(folded("|".join(rf"^{notice}\W*$" for notice in (
    r"comments are (?:now )?closed", r"commenting (?:is|has been) (?:closed|disabled)",
    # "Die Kommentarfunktion wurde am 04.06.2024 um 18:00 Uhr geschlossen. Es werden keine
    # neuen Kommentare mehr veröffentlicht."
    r"die kommentarfunktion (?:ist|wurde) (?:am [\d.]{6,10} (?:um [\d:.]{4,5} uhr )?)?"
    r"(?:geschlossen|deaktiviert)(?:\. es werden keine (?:neuen )?kommentare (?:mehr )?veröffentlicht)?",
    r"kommentare sind geschlossen",
    # "Da dieser Artikel älter als 18 Monate ist, ist zum jetzigen Zeitpunkt kein Kommentieren
    # mehr möglich.", "Wir laden Sie ein, bei einer aktuelleren themenrelevanten Story
    # mitzudiskutieren: Themenübersicht."
    r".{0,80}\bkein kommentieren mehr möglich", r"wir laden sie ein, .{0,80}mitzudiskutieren\W*\w*",
    r"voit keskustella aiheesta .{0,40}?(?:asti|saakka)", r"keskustelu on suljettu",
    r"kommentarfeltet er stengt", r"kommentarsfältet är stängt", r"kommentarerna är stängda",
    r"kommentarsporet er lukket", r"der er lukket for kommentarer"))))
# A broadcaster's note of the programme that aired the story, over it or under it: "Über dieses
# Thema berichtet: BR24 im Radio am 04.06.2024 um 08:00 Uhr.", "Sendung: rbb24 Inforadio,
# 04.06.2024, 07:00 Uhr", "Sendung am Di., 4.6.2024 7:30 Uhr, SWR4", "Dieses Thema im
# Programm: MDR THÜRINGEN - Das Radio | ...".
BROADCAST_NOTE = Stemmed(folded(
    r"^über dieses thema berichtete?\s*:\s*\S|^dieses thema im programm\s*:\s*\S|^sendung(?:en)?\s*:\s*\S|"
    r"^sendung am (?:[^\W\d_]{2,3}\.?,? )?\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?"
))
BROADCAST_NOTE_WORDS = 25  # a note, not a paragraph
SEARCH_WORD = Stemmed(folded(r"search|such|recherch|busca|búsqueda|cerca|ricerca|поиск"))
UI_NOTICE_WORDS = 20  # a search hint or a browser notice is a sentence at most
UI_CLIPBOARD_WORDS = 8  # a copy button's notice is a few words ("The URL has been copied ...")

# Social networks, messengers and app stores: a line of nothing but these is a link row.
SOCIAL_NAMES = _phrases(
    """
    twitter, x, facebook, fb, instagram, insta, youtube, telegram, whatsapp, viber, vk,
    vkontakte, ok, odnoklassniki, linkedin, tiktok, pinterest, reddit, tumblr, snapchat,
    flipboard, threads, mastodon, bluesky, google news, google play, play market, play store,
    app store, apple store, app gallery, appgallery, apple podcasts, spotify, soundcloud, rss,
    email, e mail, mail, messenger, skype, wechat, line, weibo, yandex, zen, dzen,
    яндекс, дзен, яндекс дзен, google, apple, android, ios,
    تلگرام, تليجرام, تلغرام, اینستاگرام, انستغرام, إنستغرام, فيسبوك, فیسبوک, توییتر, تويتر,
    يوتيوب, یوتیوب, واتساب, واتساپ, آپارات, بله, ایتا, روبیکا
    """
)

SOCIAL_NAME_MIN_CHARS = 3  # a name run together with others: "vk" and "x" would split anything
SOCIAL_WORDS = tuple(sorted(n for n in SOCIAL_NAMES if " " not in n and len(n) >= SOCIAL_NAME_MIN_CHARS))

# Phrases that only share, follow and subscribe prompts begin with.
_SHARE_OPENINGS = (
    r"share|share this|share on|share it|share the story|tweet this|pin it|teilen|partager|"
    r"compartir|condividi|поделиться|paylaş|compartilhe|partagez|comparte (?:esta|este|en)|"
    r"udostępnij|deel (?:dit|deze|op)|delen op|oszd meg|اشتراک گذاری|اشتراک‌گذاری|شارك|مشاركة|"
    r"bagikan|kongsi|chia sẻ|शेयर|শেয়ার|شیئر|பகிர்|ഷെയർ|షేర్|ಶೇರ್|parve bike|هاوبەشی بکە|"
    # Norwegian and Danish, Swedish, Icelandic, Finnish ("Jaa Facebookissa")
    r"(?:del|dela|deila) (?:på|á) (?:facebook|x|twitter|linkedin|messenger|whatsapp|e-post|e-mail)|"
    r"jaa (?:facebookissa|x:ssä|twitterissä|whatsappissa|linkedinissä)")
_FOLLOW_OPENINGS = (
    r"follow us|follow me|follow our|join us|join our|like us|find us|folgen sie uns|"
    r"suivez-nous|suivez nous|síguenos|síganos|únete a nuestr[oa]|únase a nuestr[oa]|"
    r"seguici|подписывайтесь|подпишитесь|присоединяйтесь|"
    r"bizi izləyin|bizi takip edin|obserwuj nas|volg ons|kövess minket|siga-nos|segue-nos|"
    r"تابعونا|تابعوا|ikuti kami|theo dõi chúng tôi|फॉलो करें|हमें फॉलो|"
    r"følg oss|følg os|följ oss|seuraa meitä|fylgdu okkur|fylgstu með okkur|jälgi meid|sekojiet mums|"
    r"sekite mus")
SHARE_FOLLOW = folded(rf"^(?:{_SHARE_OPENINGS}|{_FOLLOW_OPENINGS})(?!\w)")  # (a vowel sign may end one)
# A follow or subscribe prompt, which may read as a sentence ("Подписывайтесь на наш
# Telegram-канал, чтобы быть в курсе последних новостей."): opened by its verb, or, in the
# languages that put the verb last, closed by it ("Telegram kanalimizga obuna boʻling").
FOLLOW_OPENING = folded(rf"^(?:{_FOLLOW_OPENINGS}|تابع)(?!\w)")  # Arabic's "follow", "continued" too
FOLLOW_CLOSING = folded(r"(?:obuna bo[ʻ‘’'`]?ling|abunə olun|abone olun|takip edin|takip edebilirsiniz|"
                        r"katılın|жазылыңыз|жазылыңдар|"
                        r"обуна бўлинг|دنبال کنید|عضو شوید)\W*$")
FOLLOW_CLOSING_CHARS = 20  # where the closing verb is sought: the line's end
FOLLOW_PROMPT_WORDS = 20  # a prompt is a sentence at most
# ... or a few, one of them asking to follow the outlet by its name on a network, the others
# calling to the reader ("Stay informed and ahead of the curve! Follow The Punch Newspaper on
# WhatsApp for real-time updates, breaking news, and exclusive content. Don't miss a headline
# – join now!")
# (the outlet by its name, in capitals: not "Follow these steps shared on Twitter")
FOLLOW_ON = re.compile(r"(?:^|[.!?]\s)[Ff]ollow (?:(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|of|de|la|le|el) ){1,5}"
                       r"on (?i:whatsapp|telegram|twitter|x|instagram|facebook|youtube|tiktok|"
                       r"linkedin|threads|google news)(?!\w)")
FOLLOW_PROMPTS_WORDS = 45
# A short line that ends in the verb of a share button: "Diese Geschichte teilen".
SHARE_END = Stemmed(folded("|".join(rf"\b{verb}\s*:?$" for verb in (
    "teilen", "share", "partager", "compartir", "condividi", "поделиться", "paylaş", "paylaşın"))))
# "Liked the story? Share it on social media!" and glued variants ("share-lineLiked ...").
SHARE_ANYWHERE = Alternatives(folded(
    r"share[- ]?(?:it|this|on|via|the|line)|on social media|social networks?\b|"
    r"follow (?:us|me|him|her) on|^click to (?:share|email|print|tweet)|opens in (?:a )?new window"))

# Copyright and reuse notices.
COPYRIGHT = Stemmed(folded(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"все права защищены|tüm hakları saklıdır|bütün hüquqlar qorunur|"
    r"wszelkie prawa zastrzeżone|alle rechten voorbehouden|todos os direitos reservados|"
    r"všechna práva vyhrazena|minden jog fenntartva|chroniony prawem autorskim|zasady przedruk|"
    r"thomson reuters trust principles|"
    r"use of (?:the )?materials?|materials? (?:is|are) (?:allowed|permitted)|"
    r"hyperlink to|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)|"
    r"без письменного разрешения|при использовании материалов|ссылка на .{1,40} обязательна|"
    r"may not be (?:published|reproduced|rewritten|redistributed)|"
    r"کلیه حقوق|تمامی حقوق|حقوق مادی و معنوی|با ذکر منبع|جميع الحقوق|الحقوق محفوظة|حقوق النشر|"
    r"כל הזכויות שמורות|"
    r"من الإقتباس|من الاقتباس|إعادة النشر|اعادة النشر"))

# The unmistakable part of a notice: removes the line even when it reads like a sentence.
COPYRIGHT_STRONG = Stemmed(folded(
    r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*)?\d{4}|all rights reserved|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|все права защищены|tüm hakları saklıdır|"
    r"wszelkie prawa zastrzeżone|alle rechten voorbehouden|todos os direitos reservados|"
    r"všechna práva vyhrazena|minden jog fenntartva|chroniony prawem autorskim|"
    r"thomson reuters trust principles|"
    r"may not be (?:published|reproduced|rewritten|redistributed)|\bcc-by\b|\bcc by\b|"
    r"creative commons|vervielfältigung nur|nachdruck nur|reproduction interdite|"
    # Turkish reuse notices: "may not be used without permission / without naming the source",
    # an agency's "stories served to subscribers ... are published here summarised", a site's
    # "uses photos and video under copyright"
    r"izinsiz kullanılamaz|izin alınmadan (?:kullanılamaz|yayımlanamaz|yayınlanamaz)|"
    r"kaynak gösterilmeden (?:kullanılamaz|yayımlanamaz|yayınlanamaz)|abonelere sunulan haberler|"
    r"özetlenerek yayımlanmaktadır|telif hakları kapsamında (?:fotoğraf|görsel|video)|"
    r"کلیه حقوق|تمامی حقوق|جميع الحقوق محفوظة|حقوق النشر محفوظة|כל הזכויות שמורות"))

# Advertising labels that open a line: "ANZEIGE - ...", "Advertisement: ...".
AD_LABEL = folded(
    r"^(?:anzeige|advertisement|advertising|sponsored|promoted|paid content|publicidad|"
    r"publicité|pubblicità|реклама|reklam|reklama|publicidade|advertentie|hirdetés)\b\s*[-:|–—]")

# The marking Russian law sets on an ad: "Реклама. ООО «Ромашка», ИНН 7700000000, erid:
# LjN8KXyzAb", the advertiser and the register's token (erid)
AD_MARKING = folded(r"\berid\s?:\s?[a-z0-9]{5,}|^реклама[.,]\s[^\n]{0,80}?\b(?:инн|огрн|ооо|ип|ао|пао)\b")

# A notice to the reader about their ad blocker, asking them to turn it off: it names the
# blocker, asks, and speaks to the reader ("Leider benutzen Sie einen Adblocker ... Wir bitten
# Sie, ihn zu deaktivieren", "Please turn off your ad blocker"). A report on ad blockers
# speaks of users, not to the reader.
AD_BLOCKER = folded(r"\b(?:ad[- ]?block(?:er|ers|ing)?|adblock(?:er|ers)?|werbeblocker|"
                    r"bloqueur de pub\w*|bloqueador de anuncios|blocco pubblicit\w*)\b")
AD_BLOCKER_ASK = folded(r"\b(?:disable|turn(?:ing)? (?:it )?off|switch(?:ing)? (?:it )?off|"
                        r"deactivate|whitelist|pause|deaktivier\w*|ausschalten|abschalten|"
                        r"désactiv\w*|desactiv\w*|disattiv\w*)\b")
AD_BLOCKER_READER = folded(r"\b(?:you|your|sie|ihr|ihren|ihrem|du|dein\w*|vous|votre|tu|usted)\b")
# A comment section's heading, perhaps with its count: "Comments", "12 Comments", "Kommentare
# ( 56 )", "Comments: 3", "Leserkommentare", "Reader comments". The line rules read it as an
# interface string or a counter; below enough of the body it still ends the article, as a
# related heading does (chrome.region), and the dates below it are comments' (meta.published).
COMMENT_HEADING = re.compile(
    r"^(?:(?:\d+\s+)?(?:(?:readers?'?|users?)\s+comments|leserkommentare|comments|kommentare|"
    r"commentaires|comentarios|commenti|comentários|"
    r"reacties|комментарии|yorumlar|תגובות|התגובות|تعليقات|التعليقات)"
    r"|\d+\s+(?:comment|kommentar|commentaire|comentario))"
    r"(?:\s*[(:]\s*\d+\s*\)?)?$",
    re.IGNORECASE,
)
# A blog's heading over the comments, which quotes the post's title: "5 thoughts on “X”",
# "2 Gedanken zu „X“", "3 Kommentare zu "X"", "12 réponses à « X »".
COMMENTS_ON = re.compile(
    r"^(?:[±#·•]\s*)?(?:\d+|one|two|three|ein|eine|zwei|drei|un|une|uno|una)\s+"
    r"(?:thoughts?|responses?|repl(?:y|ies)|comments?|gedanken?|kommentare?|antworten?|"
    r"réponses?|commentaires?|comentarios?|respuestas?)\s+"
    r"(?:on|to|zu|auf|über|à|a|sur|en|para)\s+[„“\"«‘‚]\s*(?P<title>.+?)\s*[“”\"»’‘]$",
    re.IGNORECASE,
)
# View, comment and reading-time counters ("• 3 Min" after its bullet, "143 Postings").
COUNTER = folded(
    r"^(?:[•·]\s*)?(?:(?:views?|reads?|hits|comments?|shares?|likes?|просмотров|просмотры|"
    r"комментарии|комментариев|baxış|baxışlar|görüntülenme|aufrufe|kommentare|vues|"
    r"commentaires|visualizações|visualizzazioni|visualizaciones|wyświetlenia|odsłony|"
    r"megtekintések|weergaven|okunma)\s*[:(]?\s*[\d\s.,km]+\)?|"
    r"[\d\s.,km]+\s*(?:views?|reads?|comments?|shares?|likes?|просмотр\w*|"
    r"комментар\w*|aufrufe|kommentare?|vues|commentaires?|visualizaç(?:ão|ões)|"
    r"visualizzazion[ei]|visualizaci(?:ón|ones)|wyświetle[nń]\w*|odsło[nń]\w*|"
    r"megtekintés\w*|weergaven|okunma|görüntülenme|yorum|postings?)|"
    # Turkish: "Bu haber toplam 1.254 kez okundu" (this story was read 1,254 times)
    r"(?:bu (?:haber|yazı)\s+)?(?:toplam\s+)?\d[\d.,]*\s+kez\s+(?:okundu|görüntülendi)|"
    r"(?:jeszcze )?\d+\s*(?:min|mins|minutes?|minute read|min read|minuten|мин|minut\w*|minuti|"
    r"minutos|perc|dk)\.?(?: read| lesezeit| lesedauer| чтения| de leitura| de lectura| de lecture|"
    r" di lettura| leestijd| czytania| olvasás| okuma süresi| okuma)?|"
    r"(?:lesezeit|lesedauer|reading time|время чтения|tempo de leitura|tiempo de lectura|temps de lecture|"
    r"tempo di lettura|czas czytania|leestijd|olvasási idő|okuma süresi)\s*:?\s*\d+\s*\w*\.?|"
    # a rating's count and score: "2 Bewertungen", "5 from 7 votes", "3.65 von 1990 Bewertungen"
    r"(?:\d+(?:[.,]\d+)?\s+(?:von|from|of|sur|de|aus)\s+)?\d+\s+"
    r"(?:bewertungen|ratings|votes|reviews|stimmen|avis|valoraciones)|"
    # a gallery's count of pictures: "Slideshow (14 Images)", "Bildergalerie: 12 Bilder"
    r"(?:(?:slide\s?show|gallery|photo gallery|photos|bildergalerie|galerie|fotostrecke|"
    r"fotogalerie|galería|diaporama|фотогалерея)\s*(?:[:(]|mit)?\s*)?\d+\s+(?:images?|photos?|"
    r"pictures?|bilder[n]?|fotos?|fotografías|imágenes|slides|фото)\s*\)?|"
    r"(?:slide\s?show|gallery|bildergalerie|galerie|fotostrecke|fotogalerie|galería|"
    r"diaporama)\s*[:(]\s*\d+\s*\)?|"
    # a share button's count or a profile's followers: "Facebook764", "Pinterest 192.0K"
    r"(?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|tumblr|flipboard|telegram|"
    r"instagram|youtube|xing|e-?mail)\s*\d[\d.,]*\s*[km]?)$")

# The tokens a line's shape is made of: a run of words, a number, or one mark. Lines of one
# shape (``June 9 – Tampa, FL @ …``: words, a number, a dash, words) make a list of data.
SHAPE_TOKEN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)*|\d+|[^\w\s]")

# Pagination and result counts.
PAGINATION = re.compile(
    r"^(?:(?:viewing|showing|displaying) (?:results )?\d+\s*[-–]\s*\d+ of \d+|"
    r"(?:page|seite|página|страница|sayfa|strona|pagina) \d+(?: (?:of|von|de|из|/|z|di|van) \d+)?|"
    r"(?:image|photo|slide|bild|foto|фото) \d+(?: of| von| из|/)?\s*/?\s*\d*|"
    r"\d+\s*/\s*\d+|"
    r"(?:[«‹<]+\s*)?(?:previous|prev|next|older|newer|first|last|zurück|weiter|"
    r"précédent|suivant|anterior|siguiente|назад|вперед|далее)(?: page| posts| seite)?"
    r"(?:\s*[»›>]+)?|"
    r"(?:\d+ ){2,}(?:\d+)?(?: ?(?:next|weiter|suivant|далее|[»›>]+))?)$",
    re.IGNORECASE,
)

# Currency and stock ticker rows: "KGS/USD = 0.01144 0%", "USD 89.5 +0.3%", "Brent $82.1 ▲1.2%".
TICKER = re.compile(
    r"^[•·*\-–\s]*(?:[A-Z]{3}\s*/\s*[A-Z]{3}|[A-Z]{3,5}|[A-Z][a-z]{2,10})\s*[=:]?\s*"
    r"[$€£₽]?\s*-?\d[\d\s.,]*\s*(?:[+\-−▲▼↑↓]?\s*\d[\d.,]*\s*%|[+\-−▲▼↑↓]\s*\d[\d.,]*)?"
    r"\s*[▲▼↑↓]?$"
)
# The lookbehind lets a match start only where a number starts, so search() stays linear.
TICKER_PERCENT = re.compile(r"(?<![\d.,])[+\-−▲▼↑↓]?\d[\d.,]*\s*%$")

# Lines of nothing but punctuation and symbols: separators, bullets, decorations.
SEPARATOR = re.compile(r"^[\W_]+$")

# A whole line that is a URL or an e-mail address.
# (an address a site hid from scrapers reads "[email protected]")
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.-]+$|^\[email\s+protected\]$",
                      re.IGNORECASE)

# "Akbar Mammadov is AzerNews' staff journalist, follow him on Twitter: @AkbarMammadov97":
# a name opens the line, then a job at the outlet; or the reader is told to follow the author.
AUTHOR_PROMO = Alternatives(re.compile(
    r"^(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*\s+(?:is|was)\s+[^.]{0,60}?\b(?:journalist|"
    r"writer|reporter|correspondent|editor|columnist|contributor)\b|"
    # "Nils Pickert ist freier Autor und Journalist.", "Anne Roy est journaliste depuis 2015.":
    # the sentence ends soon after the job, where a story goes on ("Peter Weber ist Journalist
    # und hat den Minister getroffen, ...")
    r"^(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*\s+(?:ist|war|est|était|es|era)\s+[^.]{0,60}?"
    r"\b(?i:journalist(?:in)?|autor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|kolumnist(?:in)?|"
    r"reporter(?:in)?|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|"
    r"periodista|redactor(?:a)?|corresponsal|columnista)\b[^.,]{0,40}\.(?:\s|$)|"
    # "Autor*in: Prof. Dr. Anna Lenz ist seit 2014 ...": a bio under an author label
    r"^(?:Autor(?:\*in|/in|in)?|Author|About the author|Über (?:den|die) Autor(?:in)?)\s*:\s*"
    r"(?:[A-Z][\w'’.\-]*\s+){1,5}(?:is|was|ist|war)\b|"
    r"^(?:[A-Z][\w'’.\-]*\s+){1,3}[A-Z][\w'’.\-]*\s+(?:writes|reports|covers) (?:about|on|for)\b|"
    # ... in a sentence, or opening one ("Follow him on Twitter @handle.")
    r"\b[Ff]ollow (?:him|her|them) on\b|\b[Rr]each (?:him|her|them) at\b|"
    r"\b[Cc]ontact the (?:author|writer|reporter)\b",
))

# Cookie and consent prompts.
COOKIE = Stemmed(folded(
    r"\bcookies?\b|\bconsent\b|\bgdpr\b|datenschutzeinstellungen|\brecaptcha\b|"
    r"файлы? cookie|çerez|\bsüti(?:k|ket)?\b|"
    # Norwegian, Swedish, Finnish, Icelandic, Estonian, Latvian and Lithuanian words for them
    r"informasjonskapsl|informationskapsl|\bevästei|vafrakök|küpsis|sīkdatn|slapuk"))

# A contact block: telephone, fax and e-mail printed one after another ("Telephone: 03-7619056
# Fax: 03-5613699 E-mail: subs@jpost.com"). An item is a label and the number or address right
# after it; the label's group names the item's kind (1 telephone, 2 fax, 3 e-mail).
CONTACT_ITEM = folded(
    r"\b(?:(tel|telephone|téléphone|tél|telefon|teléfono|telefone|phone|fon|mobile?|тел|телефон)|"
    r"(fax|telefax|факс)|(e-?mail|courriel|correo|почта))\.? ?:? ?(?:[+(*]?\d|[\w.+-]+@)")
# A fax or an e-mail label: a block of two kinds or more has one of them.
CONTACT_STEMS = ("fax", "факс", "mail", "courriel", "correo", "почта")
# A block holds this many items, of two kinds at least: an article's hotline, or its list of
# numbers, is of one kind.
CONTACT_MIN_ITEMS = 3
CONTACT_WORDS = 120

# Words that address the reader of a cookie prompt.
COOKIE_CUE = folded(
    r"\b(?:we use|you|your|accept|agree|settings|preferences|continu\w*|browsing|"
    r"this (?:site|website|form)|wir verwenden|wir nutzen|sie|akzeptier\w*|ablehnen|notwendige?|"
    r"we and our partners|wir und unsere partner|"
    r"nous utilisons|vous|мы используем|вы|"
    r"utilizamos|usamos|utilizziamo|usiamo|we gebruiken|wij gebruiken|korzystamy|używamy|"
    r"(?:diese|unsere) (?:website|webseite|seite)|(?:ce|notre) site|(?:este|nuestro) sitio|"
    r"(?:este|nosso) site|(?:questo|il nostro) sito|(?:ta|nasza) strona|(?:deze|onze) (?:website|site)|"
    r"ez a (?:weboldal|honlap)|bu (?:site|web sitesi)|(?:этот|наш) сайт|"
    r"sitemizde|sitemizi|kabul ediyorsunuz|kullanıyoruz|kullanmaktayız|"
    r"vi bruker|vi bruger|vi använder|du|deg|dig|käytämme|hyväksy\w*|við notum|kasutame|"
    r"mēs izmantojam|naudojame)\b")

# An affiliate disclosure: the site earns from the links or the purchases it leads to. "This
# post may contain affiliate links", "As an Amazon Associate I earn from qualifying purchases",
# "If you click on one and make a purchase we may receive a small commission", "Für Links auf
# dieser Seite erhält CHIP ggf. eine Provision vom Händler".
_EARNS = r"\b[^!?]{0,40}?\b(?:commission|compensation|share of the sale|provision|vergütung)\b"
AFFILIATE = Stemmed(folded(
    r"\baffiliate[- ]?(?:links?|commission|advertising program)\b|"
    r"\bamazon (?:services llc )?associates?\b|\bqualifying purchases\b|\bpartner-?links?\b|"
    + "|".join(rf"\b{verb}{_EARNS}" for verb in
               ("receive", "earn", "get", "gets", "erhält", "erhalten", "bekomme", "bekommen"))))
# ... spoken by the site or to the reader (or in the words Amazon prescribes: "X is a
# participant in the Amazon Services LLC Associates Program"): not a report of a company's
# affiliate program.
AFFILIATE_VOICE = folded(
    r"\b(?:this (?:post|article|page|site|website|story|video)|we|i|our|us|you|your|ich|wir|"
    r"du|dich|dir|unsere?[nrs]?|meine?[nrs]?|dieser|diese[nrs]?|handelt es sich|"
    r"es handelt sich|participant in the amazon services llc)\b")
AFFILIATE_WORDS = 60

# The notice under a blog's comment form: "This site uses Akismet to reduce spam. Learn how
# your comment data is processed."
COMMENT_SPAM_NOTICE = folded(r"\bakismet\b[^.]{0,40}\b(?:spam|indésirables)\b")

# A consent prompt without the word "cookie": a button or an embed that sends the reader's
# data elsewhere ("Wenn Sie diesen Button anklicken, werden persönliche Daten an Twitter
# übertragen"), a form's consent box ("Ich erkläre mich mit der Verarbeitung meiner Daten im
# Sinne der Datenschutzerklärung einverstanden"). It names the data or the policy, asks for a
# click or an agreement, and speaks to the reader or as the reader (a checkbox's label).
PRIVACY = Stemmed(folded(
    r"\bprivacy policy|\bprivacy settings|\bpersonal data|\bpersonenbezogenen? daten|"
    r"\bpersönlichen? daten|\bdatenschutz|\bdrittanbieter|\bdrittplattform|\bexternen? inhalte?|"
    r"\bexternal content|\bthird[- ]party (?:content|provider)|\bdonnées personnelles|"
    r"\bpolitique de confidentialité|\bdatos personales|\bpolítica de privacidad"))
CONSENT_ACT = folded(
    r"\b(?:klick\w*|anklicken|button|einverstanden|zustimm\w*|einwillig\w*|aktivier\w*|"
    r"click\w*|agree|accept|consent|cliquez|acceptez|haga clic|acepta)")
CONSENT_READER = folded(
    r"\b(?:you|your|sie|ihnen|ihre?|vous|votre|usted|ich (?:bin|erkläre|stimme|willige)|"
    r"i (?:agree|consent|accept))\b")
CONSENT_WORDS = 60  # a prompt is a few sentences at most
# The site's own privacy policy, pointed to: "Read about what we do with the data we gather in
# our Privacy Policy.", "Mehr Infos dazu bekommen Sie in unserer Datenschutzerklärung." Only a
# short line that sends the reader there: a page that is the policy speaks of it otherwise
# ("Our Privacy Policy link includes the word 'Privacy' and ...").
OWN_POLICY = folded(
    r"\b(?:our privacy policy|unserer? datenschutz(?:erklärung|hinweise|richtlinie)\w*|"
    r"notre politique de confidentialité|nuestra política de privacidad)")
POINTER = folded(
    r"\b(?:read|see|find|review|more|details|mehr|weitere|finden|lesen|erfahren|lisez|voir|"
    r"consulte|lea)\b")
OWN_POLICY_WORDS = 20

# Subscription, newsletter, app and paywall prompts.
# The heading of an appeal for money that closes an article: "Support PREMIUM TIMES'
# journalism of integrity and credibility", "Support independent journalism"; the appeal's
# paragraphs and its button follow it (region.cut_at_end_marker ends the body there)
APPEAL_HEADING = r"support (?!for |of )(?:[\w’'.&-]+ ){0,3}(?:journalism|reporting|newsroom)\b"
APPEAL = folded("^" + APPEAL_HEADING)
SUBSCRIBE = folded(
    r"^(?:subscribe|sign up|get (?:our|the) [\w ]{0,40}newsletter|get (?:our|the) (?:latest|app)|"
    r"download (?:our|the) app|[\w .&-]{0,40}\bnewsletter$|"
    r"already a (?:subscriber|member)|become a (?:subscriber|member)|"
    r"support (?:our|independent) journalism|to continue reading|" + APPEAL_HEADING + "|"
    # a prompt for news tips: "Got a news tip? Send it to tips@..."
    r"(?:got|have) (?:a |any )?(?:news )?(?:tip|story idea)s?\?|send (?:us )?your (?:news )?tips\b|"
    r"register (?:now|for free)|create (?:a free|an) account|newsletter|"
    r"jetzt abonnieren|abonnieren sie|abonnez-vous|suscríbete|подпишитесь|zum newsletter|"
    r"assine|inscreva-se|iscriviti|zapisz się|abonneer je|abonneer u|schrijf je in|"
    r"iratkozzon fel|iratkozz fel|abone ol(?:un)?|bültenimize|"
    r"want to read more|unlimited access|start your free trial|"
    # Indonesian and Malay: "Simak breaking news ...", "Dapatkan update berita ...", "Ikuti
    # berita terkini ...", "Langganan ..."
    r"simak (?:breaking news|berita|informasi|update)|dapatkan (?:update|berita|informasi)|"
    r"ikuti (?:berita|kami|saluran|update)|(?:ber)?langganan|gabung(?:lah)? (?:di |ke |dengan )?"
    r"(?:grup|saluran|channel)|"
    r"सब्सक्राइब करें|डाउनलोड करें|đăng ký nhận|tải ứng dụng)(?!\w)")  # (not \b: "करें" ends in a sign)

# A notice that what follows is for subscribers only: "Article réservé aux abonnés", "Este audio
# es una característica exclusiva para suscripciones", "This content is exclusive to subscribers",
# "Exklusiv für Abonnenten".
PAYWALL = folded(
    r"\b(?:exclusiv\w*|exklusiv|reserved|réservée?s?|reservad[oa]s?|riservat[oa]|nur|only) "
    r"(?:to |for |para |pour |aux? |für |per |ai )?(?:our |nuestros |nos |unsere |i nostri )?"
    r"(?:subscribers|subscriptions?|suscriptores|suscripciones|assinantes|abonnés|abonnenten|"
    r"abbonati)\b")
PAYWALL_WORDS = 20  # a notice, not a paragraph about a paywall
PAYWALL_STEM = re.compile("subscri|suscrip|assinant|abonn|abbonat")  # one is in every notice

# What a site prints once the reader has signed up, ordered, logged in or chosen an edition:
# "Vielen Dank für Ihre Registrierung.", "Thanks for subscribing!", "Ihr Benutzerkonto ist
# aktiviert.", "Sie haben jetzt unbeschränkten Zugang ...", "Sie haben die deutsche
# Länderausgabe ausgewählt."
ACCOUNT_NOTICE = folded(
    r"^(?:vielen dank|danke|thank you|thanks) (?:für|for) (?:ihre |deine |dein |ihr |your )?"
    r"(?:registrierung|anmeldung|newsletter-anmeldung|bestellung|abonnement|subscribing|"
    r"signing up|signing in|registering|registration|subscription|order)\b|"
    r"^(?:ihr|dein|your) (?:benutzerkonto|konto|account) (?:ist|wurde|has been|is) (?:jetzt |now )?"
    r"(?:aktiviert|erstellt|eingerichtet|activated|created|verified)\b|"
    r"^(?:sie haben|du hast|you have|you now have|you've got) (?:jetzt |now )?"
    r"(?:unbeschränkten|unbegrenzten|vollen|unlimited|full) (?:zugang|zugriff|access)\b|"
    r"^(?:sie haben|du hast) die [\w ]{1,40}ausgabe ausgewählt\b|"
    r"^you (?:have|'ve) (?:selected|chosen) the [\w ]{1,40}edition\b")

# A prompt that asks the reader for money or membership: "If you enjoyed this article, we have
# a proposition for you: Join NRPLUS", "Wenn Ihnen der Artikel gefallen hat: Unterstützen Sie
# die JF mit einer Spende.", "We rely on your support to make local news available to all".
DONATION = Stemmed(folded(
    r"\bif you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)|"
    r"\b(?:wenn (?:ihnen|dir)|(?:ihnen|dir) hat|hat (?:ihnen|dir)) (?:unser|der|dieser|das) \w+ "
    r"gefallen|\bgefällt (?:ihnen|dir) unser|\bwe rely on your|\byour (?:financial )?support|"
    r"\bsupport (?:us|our (?:work|journalism|reporting))|\b(?:ihre|deine) unterstützung|"
    r"\bunterstütze(?:n sie)? (?:uns|unsere|die|diese|das)|\bspenden sie|\bjetzt spenden|"
    r"\bdonate (?:now|today)|\bmake (?:a|your) donation|\bmake (?:a|your) contribution|"
    r"\b(?:ihr|dein) beitrag hilft|\b(?:become|becoming) a (?:member|patron|supporter)|"
    r"\bwe rely on (?:our )?readers|\bfaites un don|"
    r"\bsoutenez-nous|\bhaz una donación|\bapóyanos|"
    # Russian's, Ukrainian's and Belarusian's: "Не забудьте поддержать «Медузу»", "Поддержите
    # «Новую газету Европа»", "Підтримайте нас"
    r"\bне забудьте поддержать|\bподдержите (?:нас|«)|\bпідтримайте (?:нас|«)|"
    r"\bпадтрымайце (?:нас|«)"))

# A Latin letter and a Cyrillic one side by side: a word spelled with look-alike letters.
MIXED_SCRIPT = folded("[a-z][\u0430-\u045f]|[\u0430-\u045f][a-z]")

# A prompt that asks the reader to subscribe, sign up or install: a channel word and the
# reader addressed ("Enter your email below", "Abonnieren Sie kostenlos den Newsletter").
PROMPT_CHANNEL = folded(
    r"\b(?:newsletter\w*|subscri\w+|unsubscri\w+|sign up|e-?mail|inbox|posteingang|"
    r"nieuwsbrief|hírlevél\w*|"
    r"notifications?|benachrichtigung\w*|abonn\w+|anmelden|"
    r"(?:whatsapp|telegram)[- ](?:community|channel|kanal|gruppe|group)|"
    r"(?:community|channel|group) on (?:whatsapp|telegram)|"
    r"push[- ](?:nachricht\w*|mitteilung\w*|alerts?)|rss|рассылк\w+|подпи\w+|bülten|abone|"
    r"delivered (?:to|through) your (?:door|doorstep|letterbox|mailbox)|"
    r"\d+ (?:issues|ausgaben|numéros) (?:for|für|pour)|"
    r"cancel (?:any ?time|at any time)|jederzeit kündbar|cancela cuando quieras)\b")
# A prompt to log in before commenting: "Um selbst Kommentare verfassen zu können, müssen Sie
# sich bitte einloggen." (logging in elsewhere is no prompt: "... und sich in Ihr Konto einloggen")
COMMENT_LOGIN = Gated(folded(
    r"\b(?:kommentar|kommentieren|comment)\w*\b[^.!?]{0,80}?"
    r"\b(?:einloggen|anmelden|registrieren|log in|sign in|login)\b|"
    r"\b(?:einloggen|anmelden|registrieren|log in|sign in)\b[^.!?]{0,40}?"
    r"\b(?:kommentar|kommentieren|comment)\w*"))
# An app as a prompt's channel: to be downloaded or got, or in the stores ("Hol dir die
# offizielle IBU App!", "Get the iOS app", "Laden Sie unsere App ... herunter"); not an app an
# article speaks of ("... und Warn-Apps auf Re-open EU", "Some of our apps may use ...").
APP_PROMPT = Gated(folded(
    r"\b(?:download|install|get|hol|laden sie|herunterladen|installieren)\b"
    r"[^.!?]{0,30}\bapps?\b|"
    r"\bapps?\b[^.!?]{0,30}\b(?:ios|android|google play|app store|play store)\b"))
PROMPT_READER = re.compile(
    r"\b(?:you|your|du|dich|dir|dein\w*|(?-i:Sie|Ihnen|Ihre?\w*)|vous|votre|vos|tu|tú|te|usted|"
    r"вы|вас|ваш\w*|siz|sizin|twoje|twoich|twój|ciebie|tobie|você|vocês|jouw|uw|tuo|tua|"
    r"tuoi|ön|önnek)\b|"
    r"(?:^|[.!?:–—-]\s)(?:enter|download|get|join|sign|subscribe|register|click|lass|hol|bitte|"
    r"abonniere|don'?t miss|for (?:all )?(?:the )?(?:latest|breaking|more) "
    r"(?:news|stories|updates|headlines))\b|"
    # the reader addressed in the imperative, opening the line ("Не забудьте поддержать ...")
    r"^(?:не забудьте|поддержите|підтримайте|падтрымайце)\b",
    re.IGNORECASE,
)

# A notice that the article was published first by another outlet, which a syndicating site
# (allAfrica, a republisher of The Conversation) prints: "This article was originally published
# on The Conversation.", "Read the original article on Premium Times.", "This story first
# appeared in Grist.", "Dieser Artikel erschien zuerst bei ...", "Cet article a été initialement
# publié sur ...", "Este artículo fue publicado originalmente en ..."; and an aggregator's
# source line, a domain ("Source: citinewsroom.com") or a name in Chinese ("来源：新华社").
# ``name``, ``domain`` or ``source`` is the outlet, where printed.
_SYNDICATED_NAME = (r"(?:in\s+[A-Z][a-z]+\s+(?=(?:by|on|at|in)\s))?(?:(?:by|on|at|in|from|with\s+"
                    r"permission\s+(?:of|from))\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])[^.;:!?,()\n]{1,59}?"
                    r"|[a-z0-9][\w-]*\.[a-z]{2,})"
                    r"(?=\s+(?:under|and|on\s+\w+day|in\s+(?:19|20)\d\d|as\s)\b|\s*[.;:!?,(]|\s*$)")
SYNDICATION = re.compile(
    r"^(?:this\s+(?:article|story|piece|post|report|interview|column|op-ed|essay|commentary)"
    r"\s+(?:(?:was|is|has\s+been)\s+)?(?:originally\s+|first\s+)?(?:published|appeared|posted|ran|"
    r"republished|reprinted|reproduced)(?:\s+(?:originally|first))?|"
    r"(?:originally|first)\s+(?:published|appeared|posted)|"
    r"read\s+the\s+original\s+(?:article|story)(?:\s+(?:on|at|in))?|"
    r"(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich|erstmals)"
    r"(?:\s+erschienen)?(?:\s+(?:bei|auf|in|im))?|"
    r"cet\s+article\s+(?:a\s+(?:d['’]abord\s+)?été\s+(?:initialement\s+|originellement\s+|d['’]abord\s+)?"
    r"(?:publié|paru)|est\s+republié)(?:\s+(?:sur|dans|par|à\s+partir\s+de))?|"
    r"(?:este|el)\s+artículo\s+(?:fue\s+publicado|se\s+publicó)\s+(?:originalmente|por\s+primera\s+vez)"
    r"(?:\s+(?:en|por))?)"
    r"(?:\s+" + _SYNDICATED_NAME + r")?"
    r"|^source\s*:\s*(?:www\.)?(?P<domain>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})$"
    # a Chinese portal's source line: "来源：新华社"
    r"|^(?:来源|來源)\s*[:：]\s*(?P<source>[\w.·-]{2,20})\s*$",
    re.IGNORECASE,
)
SYNDICATION_WORDS = 40  # a notice is a sentence or two


# A source line crediting the agencies or outlets the story came from, under it or over it:
# "Source: Reuters", "Źródło: PAP, TVN24", "Πηγή: ΑΠΕ-ΜΠΕ", "Izvor: Hina", "Kilde: NTB",
# "Lähde: STT", "Forrás: MTI", "Sursa: Agerpres", "Zdroj: ČTK", "Bron: ANP", "Kaynak: DHA",
# "Çavkanî: ANF", "Джерело: Укрінформ", "Крыніца: БелТА" (``names``, a few names; the registry
# says which are outlets: provenance.citations.credited_sources). Not a domain alone
# (SYNDICATION's aggregator line) nor a sentence.
SOURCE_CREDIT = re.compile(
    r"^(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|fonti|źródło|źródła|πηγή|πηγές|"
    r"izvor|izvori|извор|източник|източници|zdroj|zdroje|forrás|sursa|surse|kilde|kilder|källa|"
    r"källor|lähde|lähteet|allikas|allikad|avots|avoti|šaltinis|šaltiniai|bron|bronnen|vir|viri|"
    r"источник|источники|джерело|джерела|крыніца|крыніцы|kaynak|kaynaklar|çavkanî|سەرچاوە)\s*:\s*"
    r"(?P<names>[^\s:.!?][^:!?\n]{0,78}?)\s*\.?$",
    re.IGNORECASE,
)
SOURCE_CREDIT_WORDS = 8  # a source line is a few names: "Źródło: PAP, TVN24"
# ... of a picture, not of the story, when it names a photo library: "Source: AFP/Getty Images"
SOURCE_OF_PICTURE = re.compile(r"getty|\bimages?\b|photo|foto|shutterstock|istock|imago|picture|"
                               r"unsplash|pixabay|pexels|wikimedia", re.IGNORECASE)
# what joins the names of a source line: "PAP, TVN24", "AFP/Reuters", "dpa und AFP", "NTB og VG"
SOURCE_NAMES_JOIN = re.compile(r"\s*(?:[,/;&+]|\s(?:and|und|et|y|e|i|și|og|och|és|ja|en|и|και)\s)\s*")
# The agencies that sign a story off under it, as the German-language press prints them:
# "(dpa)", "dpa/lno" (the agency's regional desk), "(sda/mas)" and "jbo/dpa" (an editor's
# initials), "(TT, APA)", "(APA, red, 4.6.2024)", "© SZ/dpa/lby", "mit dpa", "Mit Material
# von dpa und AFP" (``names``; the registry says which are agencies:
# provenance.citations.credited_sources)
WIRE_SIGNOFF = re.compile(
    r"^(?:©\s*)?\(?(?:(?i:mit(?:\s+Material\s+(?:von|der|des))?|with)\s+)?"
    r"(?P<names>[^\W\d_][\w.-]{1,15}(?:(?:\s*[,/;]\s*|\s+(?:und|and)\s+)[^\W\d_][\w.-]{1,15}){0,4})"
    r"(?:,\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}))?\)?\.?$"  # "(APA, red, 4.6.2024)": its day
)
# what else a sign-off names beside its agencies: an editor's or a desk's initials ("mas",
# "lno"), the newsroom ("red")
SIGNOFF_INITIALS = re.compile(r"[a-z]{2,4}|[Rr]ed\.?|[Aa]genturen")
# a sign-off closing the story's last paragraph: "... zu sein. (dpa)", "... a domicilio. (ACN)."
SIGNOFF_CLOSING = re.compile(r"\s\((?P<signoff>[^()\n]{2,40})\)\.?\s*$")


def syndication_notice(text: str) -> tuple[re.Match[str], str | None] | None:
    """The syndication notice ``text`` is, with the outlet it names (``None`` for "Read the
    original article.", which names none); ``None`` when it is none: not ``SYNDICATION``'s,
    or a date where the outlet would stand ("First published on November 20, 2019", a date
    line)."""
    m = SYNDICATION.match(text)
    if m is None:
        return None
    name = m["name"] or m["domain"] or m["source"]
    if name is None:
        return (m, None) if text.lower().startswith("read the original") else None
    return None if find_dates(name) else (m, name)


# A label that introduces one link to another story, on a line of its own inside the body:
# the next line is the link's headline ("Lire aussi" / "Au Sénégal, Ousmane Sonko dévoile son
# gouvernement"); Swahili's "read also", "read more" and "you may also read", Hausa's "read
# this too".
READ_ALSO = folded(
    r"^(?:read also|also read|see also|read more|lire aussi|à lire aussi|a lire aussi|voir aussi|"
    r"lesen sie auch|leer también|lee también|lea también|ver también|vea también|mira también|"
    r"le puede interesar|te puede interesar|leia também|veja também|leia mais|leggi anche|"
    r"baca juga|simak juga|читайте также|также читайте|soma pia|soma zaidi|unaweza pia kusoma|"
    r"karanta wannan ma|karanta wannan|"
    # the Nordic languages', Finnish's, Estonian's, Latvian's and Lithuanian's
    r"les også|læs også|läs också|läs även|lue myös|katso myös|loe ka|lasi arī|lasiet arī|"
    r"skaitykite taip pat|taip pat skaitykite)\s*:?$")

# Headings that open what follows an article: related teasers, comments, tags.
END_MARKERS = _phrases(
    """
    post navigation, beitrags navigation, beitragsnavigation, navigation des articles,
    navegación de entradas, navigazione articoli,
    related, related articles, related stories, related news, related posts, related content,
    more from, more stories, more news, more on this story, more on this topic,
    recommended, recommended for you, recommended stories, you may also like,
    you might also like, read more, read next, read also, see also, also read, also on,
    what to read next, most read, most popular, popular, popular now, trending,
    trending now, top stories, latest news, latest stories, other news, other articles,
    in other news, editor s picks, das könnte dich auch interessieren,
    das könnte euch auch interessieren, könnte sie auch interessieren, las más vistas,
    lo más visto, más leídas, más vistas, las más leídas, te puede interesar también,
    editors picks, comments, leave a comment, leave a reply,
    post a comment, add a comment, join the conversation, discussion, reader comments,
    show comments, related topics, about the author, write a comment, ihr kommentar,
    über den autor, über die autorin, über den autor die autorin, à propos de l auteur,
    sobre el autor, об авторе,
    ihr kommentar zu diesem artikel, kommentar schreiben, schreibe einen kommentar,
    kommentar verfassen, laisser un commentaire, deja un comentario, lascia un commento,
    hinterlasse einen kommentar, kommentar hinzufügen, laissez un commentaire,
    deja tu comentario, dejá tu comentario, scrivi un commento,
    оставить комментарий, добавить комментарий, yorum yaz, yorum yap, şərh yaz,
    weitere artikel, ähnliche artikel, das könnte sie auch interessieren, mehr zum thema,
    meistgelesen, kommentare, lesen sie auch, auch interessant, verwandte artikel,
    meist gelesen, am meisten gelesen, am beliebtesten, beliebteste artikel,
    neueste beiträge, neueste artikel, aktuelle beiträge, letzte beiträge, recent posts,
    latest posts, most shared, derniers articles,
    à lire aussi, lire aussi, sur le même sujet, articles similaires, commentaires,
    les plus lus, noticias relacionadas, te puede interesar, más noticias, comentarios,
    lo más leído, articoli correlati, potrebbe interessarti, commenti,
    читайте также, читать также, похожие новости, другие новости, комментарии, популярное,
    самое читаемое, новости по теме, ilgili haberler, benzer haberler, yorumlar,
    ilginizi çekebilir, bunlar da ilginizi çekebilir, öne çıkanlar, çok okunanlar,
    editörün seçtikleri, son haberler, okuyucu yorumları, haberle ilgili daha fazlası,
    nûçeyên girêdayî, albiste gehiago, albiste gehiago irakurri, lotutako albisteak,
    més notícies, notícies relacionades, també et pot interessar, máis novas,
    novas relacionadas, tamén che pode interesar,
    هەواڵی پەیوەندیدار,
    oxşar xəbərlər, digər xəbərlər,
    contenido relacionado, contenidos relacionados, artículos relacionados, notas relacionadas,
    lee también, te recomendamos, también te puede interesar, leia também, veja também,
    notícias relacionadas, conteúdo relacionado, mais lidas, voir aussi, à lire également,
    lire également, lees ook, gerelateerde artikelen, meer nieuws, czytaj także, czytaj też,
    zobacz także, zobacz też, powiązane artykuły, schon gelesen, zum weiterlesen,
    weiterführende links, weiterführender link, kommende events, kommende termine,
    kommende veranstaltungen, aktuelle ausgabe, über diese reihe, partner news,
    news from our partners, from our partners, partner content,
    as mais lidas, os mais lidos, mais lidos, artigos relacionados, você também pode gostar,
    i più letti, più letti, potrebbe interessarti anche, vous aimerez aussi,
    najczęściej czytane, najpopularniejsze, meest gelezen, populairste artikelen,
    legolvasottabb, legolvasottabb cikkek, kapcsolódó cikkek, ajánlott cikkek,
    en çok okunanlar, en çok okunan haberler, as mais lidas agora, mais lidas agora,
    voir d autres articles, voir d autres articles sur le même thème, about this blog,
    à propos du blog, über diesen blog, artikel aus der gleichen kategorie,
    artikel aus derselben kategorie, more from this category, more in this category,
    dein kommentar, your comment, votre commentaire, tu comentario, il tuo commento,
    kommentarer, relaterte artikler, relaterede artikler, relaterade artiklar, mest lest,
    mest læste, mest lästa, les også, læs også, läs även, läs också,
    berita terkait, artikel terkait, berita lainnya, berita terpopuler, terpopuler, baca juga,
    komentar, tin liên quan, tin cùng chuyên mục, xem thêm, đọc nhiều, bình luận,
    संबंधित खबरें, संबंधित ख़बरें, यह भी पढ़ें, ये भी पढ़ें, टिप्पणियां, टिप्पणियाँ,
    সম্পর্কিত খবর, আরও পড়ুন, متعلقہ خبریں, یہ بھی پڑھیں, ข่าวที่เกี่ยวข้อง, ข่าวแนะนำ,
    อ่านเพิ่มเติม, related news
    """
)

# Headings that open a comment section or a block of other stories, beyond the phrase list:
# "34 responses to ...", "12 Comments", "Se han publicado 11 comentarios", "More Washington
# Examiner", "Other news".
END_HEADING = re.compile(
    r"^(?:(?:\w+\s){0,3}\d+\s+(?:responses?|comments?|replies|reactions|kommentare|"
    r"commentaires|comentarios|commenti|comentários|reacties|комментари\w*)\b.{0,120}|"
    r"(?:more|other|latest|related|recommended|popular|similar|most read|most viewed|top|"
    r"next up|up next|keep reading|top-themen|"
    r"weitere|mehr|beliebte?|ähnliche|verwandte|meistgelesene|die meistgelesenen|empfohlen\w*|"
    r"alle nachrichten|alle artikel|lesen sie auch|lies auch|read also|see also|"
    r"plus|autres|articles? similaires|populaires|más|otras|relacionad\w+|"
    r"altri|correlati|ещё|еще|другие|похожие|популярн\w+|"
    r"diğer|benzer|ilgili|digər|oxşar|explore further|further reading|mehr erfahren)"
    r"(?:\s+[\w'’&./-]+){0,6}\s*:?)$",
    re.IGNORECASE,
)
# "— Name (@handle) November 3, 2023": the signature under an embedded post's text.
EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^(]{1,60}\(@\w+\)")
# What speaks of readers' comments: a comment section's heading, and its notices.
ABOUT_COMMENTS = re.compile(
    r"\b(?:comments?|kommentar\w*|commentaires?|comentarios?|comment(?:o|i)|comentários?|"
    r"reacties|комментари\w*|yorum\w*)\b",
    re.IGNORECASE,
)
# "thelastchargersfan says:", "Ramón dijo:": the author line of a reader comment. (Not the
# German "sagt:", which editors write too: "Die CHIP Redaktion sagt:".)
COMMENT_AUTHOR = re.compile(
    r"^\S+(?:\s\S+){0,2}\s+(?:says|said|wrote|schreibt|schrieb|écrit|dice|dijo|"
    r"escribió|disse|ha detto|scrive|zegt|schreef|пишет|сказал|сказала)\s?:?$|"
    r"^in reply to\b|^als antwort auf\b|^en réponse à\b",
    re.IGNORECASE,
)



def _capitals() -> str:
    """The body of a character class of the letters a name opens with: the capitals of the
    Latin (with Vietnamese's), Greek, Cyrillic and Armenian scripts (``Ł``, ``Š``, ``İ``,
    ``Ə``, ``Ұ``, ``Ա``), and the letters of the scripts written without case: Georgian,
    Hebrew, Arabic (Arabic, Persian, Urdu, Pashto), India's (Devanagari to Malayalam) and Thai."""
    letters = [chr(c) for c in [*range(0x41, 0x590), *range(0x1E00, 0x1F00)] if chr(c).isupper()]
    letters += [chr(c) for c in [*range(0x10D0, 0x1100), *range(0x5D0, 0x5EB), *range(0x620, 0x700),
                                 *range(0x900, 0xD80), *range(0xE00, 0xE80)] if chr(c).isalpha()]
    ranges: list[list[int]] = []
    for code in map(ord, letters):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


UPPER = _capitals()
# What a name's word holds after its first letter: with the vowel signs of India's scripts and
# Thai ("ใจดี"), apostrophes and hyphens (the body of a character class)
NAME_LETTERS = r"\w" + MARKS + r"'’\-"
NAME_REST = r"[" + NAME_LETTERS + r".]*"  # and abbreviations' full stops
# Byline lines, recognised so that they leave the body (the parsing is the byline stage's).
_NAME = r"(?:[" + UPPER + r"]" + NAME_REST + r"|von|van|de|der|da|di|del|al|el|bin|ibn|la|le)"
_NAMES = _NAME + r"(?:\s+" + _NAME + r"){0,4}"
# A writer's credit in the scripts without capitals: Persian (writer, reporter, report,
# translation), Pashto (writer), Arabic (written by, prepared by, the writer, the editor), Urdu
# (report, written, correspondent), Hindi (writer, report, correspondent), Bengali (writer,
# reporter) and Thai (writer, story), whose words are the language's words too ("گزارش سازمان
# ملل", the UN's report), so under their colon or dash; and Arabic's "by the pen of" and
# Thai's "by", which are a credit's only.
CASELESS_CREDIT = (r"(?:(?:نویسنده|نوشته|خبرنگار|گزارش|ترجمه|لیکوال|كتب|كتبت|إعداد|اعداد|الكاتب|"
                   r"المحرر|تحرير|رپورٹ|رپورٹر|تحریر|نمائندہ|लेखक|रिपोर्ट|रिपोर्टर|संवाददाता|"
                   r"লেখক|প্রতিবেদক|প্রতিবেদন|ผู้เขียน|เรื่อง|รายงาน)\s*[:\-–]|(?:بقلم|ข่าวโดย|โดย)\s*:?)")
# the words for "by" and "author" of the region's languages besides: Kazakh, Uzbek and
# Tajik, Georgian, Armenian; Indonesian's and Malay's "by", "writer", "reporter"; Afrikaans' "by"
# Europe's: Slovene's "Avtor", Croatian's "Piše" (writes), Serbian's "Аутор", Hungarian's
# "Szerző", Lithuanian's "Autorius", Latvian's "Autors", Swedish's "Författare", Norwegian's
# and Danish's "Forfatter", Finnish's "Kirjoittaja", Greek's "Συντάκτης"; Hebrew's "מאת" (by)
_REGION_LEADS = (r"авторы|muallif|муаллиф|ავტორი|հեղինակ|oleh|penulis|pewarta|wartawan|reporter|deur|"
                 r"avtor|piše|пише|аутор|szerző|autorius|autors|författare|forfatter|kirjoittaja|"
                 r"συντάκτης|מאת")
# Words that lead a credit only under their colon, being words of the language too: Turkish's
# "Haber:" (news, story), "Muhabir:" (reporter), "Editör:", "Derleyen:" (compiled by),
# "Hazırlayan:" (prepared by); Kurmanji's and Sorani's "writer" ("Nivîskar:", "نووسەر:"); Russian's
# and Ukrainian's "Текст:" (text); the Nordic languages' "Text:", "Tekst:", "Teksti:", "Texti:",
# perhaps with the photos' credit too ("Tekst og foto:", "Text och bild:", "Teksti ja kuvat:")
COLON_LEADS = (r"haber|muhabir|editör|derleyen|hazırlayan|nivîskar|نووسەر|текст|"
               r"(?:text|tekst|teksti|texti)(?:\s(?:og|och|ja|&)\s(?:foto|bild|bilder|kuvat|myndir))?")
# "and" between names: Turkish, Azerbaijani, Uzbek, Kazakh, Georgian and Armenian's too
_AND = r"(?:,|،|and|&|und|et|y|e|og|och|és|и|ve|və|va|және|და|և|و|\|)"
# "durch": "by" in a theme's German translation ("durch Yirou Chen"); in lower case only, as
# "Durch" opens a sentence. Greek's "by" is the name's genitive after its article, capitalised:
# "Της Μαρίας Παπαδοπούλου".
BYLINE = re.compile(
    r"^(?:(?:(?i:by|von|par|por|di|от|автор|yazan|yazar|müəllif|írta|" + _REGION_LEADS + r")|durch"
    r"|Του|Της)"
    r"\s*:?\s+|(?i:" + COLON_LEADS + r")\s*:\s*|" + CASELESS_CREDIT + r"\s*)" + _NAMES
    + r"(?:\s*" + _AND + r"\s*" + _NAMES + r"){0,4}$"
)
# "Door Jan de Vries", "Av Ola Nordmann", "Af Mette Hansen", Swahili's "Na Bakari Kiango" and
# Hausa's "Daga Ibrahim Haruna": leads that are words of other languages too ("Door County
# Board", "AV Club", Swahili's "and", Hausa's "from", a Korean family name "Na"), so
# capitalised and before a usual given name only (the byline stage tests the name); and
# Arabic's "كتب" (wrote), a verb of the language ("كتب الرئيس على منصة إكس"), before a usual
# given name only: "كتب محمد السيد"
GIVEN_LEADS = ("Na", "NA", "Daga", "DAGA", "كتب", "كتبت")
BYLINE_GIVEN_LEAD = re.compile(
    r"^(?:Door|Av|Af|" + "|".join(GIVEN_LEADS) + r")(?::\s*|\s+)(?P<names>" + _NAMES
    + r"(?:\s*(?:,|en|og|och|&|\|)\s*" + _NAMES + r"){0,4})$"
)
# What a signed piece is called before "by": "Eine Kolumne von Nils Pickert", "Analysis by".
# Not "Kommentar von" alone: a blog prints it over a reader's comment.
KIND_OF_PIECE = (r"column|commentary|analysis|opinion|essay|review|interview|kolumne|ein kommentar|"
                 r"gastbeitrag|gastkommentar|analyse|glosse|rezension|chronique|tribune|éditorial|"
                 r"columna|opinión|reseña|rubrica|recensione")
# A byline that goes on with a date or a label: "By Jane Doe on Nov 9, 2023", "Autor: X | ...".
BYLINE_LEAD = re.compile(
    r"^(?i:(?:[\w]+\s+){0,2}(?:written|posted|reported|text|story|words|entry|article)\s+by|"
    r"(?:[\w]+\s+){0,2}(?:" + KIND_OF_PIECE + r")\s+(?:by|von|de|par|por|di)|"
    r"-+\s*by|(?:gepostet|eingestellt|geschrieben|verfasst|veröffentlicht)\s+von|publié\s+par|"
    r"(?:escrito|publicado|publicada)\s+por|escribe|(?:scritto|pubblicato)\s+da|by|von|par|por|"
    r"autor|autorin|"
    r"author|auteur|автор|yazan|yazar|müəllif|írta|" + _REGION_LEADS + r")\s*:?\s+[" + UPPER + r"]"
    r"|(?i:" + COLON_LEADS + r")\s*:\s*[" + UPPER + r"]"
    r"|" + CASELESS_CREDIT + r"\s*[" + UPPER + r"]"
)
# A lead a scrape glued to the name: "Geschrieben vonAnna Lenz", "Posted byAnn Lee".
GLUED_LEAD = re.compile(
    r"^(?i:(?:geschrieben|gepostet|eingestellt|verfasst)\s+von|(?:written|posted)\s+by)"
    r"(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
# A newsroom signing as itself, perhaps with the outlet's name: "Redaktion Gelbe Liste".
NEWSROOM = re.compile(
    r"^(?:Die |The )?(?:Redaktion|Newsroom|Editorial (?:Team|Staff|Board)|Rédaction|Redacción|Redacció|"
    r"Erredakzioa|"
    r"Redazione|Redação|Redactie|Redakcja|Redaksjonen|Redaktionen|Szerkesztőség|Редакция|"
    r"The Editors|Staff|(?:Web|News|Online|Digital) Desk|Staff (?:Reporter|Correspondent)|"
    # an outlet's staff as its credit: "MEE staff", "ToI Staff", "Times of Israel staff"; not a
    # staff writer's name and role ("Anna Maria Lenz Staff Writer")
    r"(?:[A-Z][\w.&'’\-]*\s+(?:of\s+)?){1,4}[Ss]taff(?!\s)|"
    # the same desks' and staff reporters' credits in Urdu, Hindi and Bengali
    r"ویب ڈیسک|نیوز ڈیسک|वेब डेस्क|डिजिटल डेस्क|न्यूज़ डेस्क|न्यूज डेस्क|নিজস্ব প্রতিবেদক|"
    r"অনলাইন ডেস্ক|हमारे संवाददाता|സ്വന്തം ലേഖകൻ|நமது நிருபர்|நமது செய்தியாளர்|"
    # the paper's own reporter, as Southern Africa's papers credit one ("Herald Reporter"),
    # and as Nigeria's and India's do ("Our Reporter", "From Our Correspondent")
    r"(?:From )?Our (?:Reporter|Correspondent)s?|"
    r"(?:Sunday )?(?:Herald|Chronicle|Citizen|Sowetan|Nation|Standard|Star|Times|Mail|Post|News|"
    r"Mercury|Witness|Argus|Observer|Monitor|Vision|Tribune|Gazette|Guardian|Telegraph|Express)"
    r" (?:Reporter|Correspondent)|"
    # Turkish papers' desks: "Haber Merkezi" (the news centre), "Ankara Haber Merkezi", "Dış
    # Haberler Servisi" (the foreign desk)
    r"(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ )?(?:Haber Merkezi|Haber Servisi|Dış Haberler Servisi|"
    r"Ekonomi Servisi|Spor Servisi)|"
    # Hebrew's editorial staff, with the outlet's name: "מערכת ynet", "מערכת וואלה! חדשות"
    r"מערכת(?:\s+[\w'\"!.\-]+){1,3})"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w.\-]*){0,3}$"
)
# a byline in a few words, opened by its lower-case lead: "von besserwisser eG", "by Anna Lenz"
# (a headline opens with a capital: "Von Kiel nach Hamburg")
LOWER_BYLINE = re.compile(r"^(?:by|von|par|por|door)\s+\S+(?:\s+\S+){0,3}$")
# "Tom Krisher, Ap Auto Writer", "Jane Doe, Staff Writer", "John Smith | Reuters"
BYLINE_ROLE = re.compile(
    r"^[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}\s*[,|]\s*"
    r"(?:[\w.]+\s+){0,3}(?:writer|reporter|correspondent|editor|journalist|staff|"
    r"contributor|columnist|reuters|ap|afp|associated press|bloomberg)$",
    re.IGNORECASE,
)

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"
)
# Words a date line is made of, besides numbers: month and weekday names (English, German,
# French, Spanish, Italian, Russian, Turkish, Azerbaijani, Portuguese), clock and zone words,
# labels.
MONTH_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz mai juni juli oktober dezember jänner
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
    yanvar fevral aprel iyun iyul avqust sentyabr oktyabr noyabr dekabr
    """.split()
) | frozenset(MORE_MONTHS) | frozenset(JALALI_MONTHS) | frozenset(ETHIOPIAN_MONTHS) | frozenset(
    # the lunar Hijri months, which newsclean does not convert: their date lines are dates
    "محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة".split()
) | frozenset(
    # Vietnamese names a month by its number ("tháng 6"); Thai's abbreviated names are read
    # as the words a line's key breaks them into ("มิ.ย.": "มิ", "ย")
    ["tháng", *(word for name in THAI_MONTHS for word in key_words(name))]
)
# Europe's labels of a date line, published and updated, in Norwegian, Danish, Swedish,
# Finnish, Estonian, Latvian, Lithuanian, Hungarian, Romanian, Greek, Croatian, Slovene,
# Serbian, Bulgarian, Czech, Slovak, Polish, Dutch and Icelandic (meta.published reads which)
EUROPE_PUBLISHED = tuple("""
    publisert publiceret publicerad julkaistu avaldatud publicēts paskelbta közzétéve publicat
    δημοσίευση objavljeno објављено публикувано publikováno publikované opublikowano
    gepubliceerd birt опубліковано апублікавана
""".split())
EUROPE_UPDATED = tuple("""
    oppdatert opdateret uppdaterad päivitetty uuendatud atjaunots atnaujinta frissítve módosítva
    actualizat ενημερώθηκε ενημέρωση ažurirano posodobljeno ажурирано актуализирано aktualizováno
    aktualizované zaktualizowano aktualizacja bijgewerkt aangepast uppfært оновлено абноўлена
""".split())
_EUROPE_DATE_LABELS = " ".join((*EUROPE_PUBLISHED, *EUROPE_UPDATED))
DATE_WORDS = MONTH_WORDS | frozenset((
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
    domingo segunda terça quarta quinta sexta feira понедельник вторник среда четверг
    пятница суббота воскресенье lunedì martedì mercoledì giovedì venerdì sabato domenica
    pazartesi salı çarşamba perşembe cuma cumartesi pazar ertəsi axşamı çərşənbə cümə şənbə
    понеділок вівторок середа четвер п'ятниця пʼятниця субота неділя панядзелак аўторак серада
    чацвер пятніца нядзеля
    am pm a m p m utc gmt est edt cst cdt mst mdt pst pdt cet cest bst msk azt ist jst aest
    z t h uhr às published updated posted modified last date created on at le el de del à um
    veröffentlicht aktualisiert publié mis jour publicado actualizado опубликовано обновлено
    yayınlanma güncelleme tarihi st nd rd th of the about ago hour hours minute minutes mins
    giriş yayın güncellenme oluşturulma eklenme son duşem sêşem çarşem pêncşem în şemî yekşem
    dilluns dimarts dimecres dijous divendres dissabte diumenge luns mércores xoves venres
    astelehena asteartea asteazkena osteguna ostirala larunbata igandea actualitzat actualitzada
    publicat publicada les ás aggiornamento ultimo eguneratua argitaratua
    دووشەممە سێشەممە چوارشەممە پێنجشەممە هەینی شەممە یەکشەممە
    day days week weeks
    السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة نشر في بتاريخ
    تاريخ النشر آخر اخر تحديث الساعة ص م هـ شنبه یکشنبه دوشنبه سه چهارشنبه پنجشنبه پنج جمعه
    تاریخ انتشار منتشر شده به روزرسانی ساعت ماه سال
    الأول الثاني الآخر الآخرة الأولى ذو تم نشره نشرت مساء صباحا مساءا
    सोमवार मंगलवार मंगळवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार प्रकाशित प्रकाशन
    अपडेट अपडेटेड पब्लिश्ड तारीख दिनांक बजे रोजी सोम मंगल बुध गुरु शुक्र शनि रवि
    সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার প্রকাশিত প্রকাশ আপডেট সময় তারিখ
    پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار شائع شدہ اپ ڈیٹ اشاعت
    senin selasa rabu kamis jumat sabtu minggu ahad isnin khamis jumaat diterbitkan
    dipublikasikan diperbarui diperbaharui diunggah terbit tanggal pukul dikemaskini kemaskini
    pada wib wita wit pht myt npt pkt ict sgt hkt
    thứ hai ba tư năm sáu bảy chủ nhật ngày tháng lúc cập đăng
    lunes miyerkules huwebes biyernes linggo
    วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์ วันที่ น เวลา พ ศ เผยแพร่
    ปรับปรุง อัปเดต
    பதிவு செய்த நாள் வெளியிடப்பட்டது புதுப்பிக்கப்பட்டது പ്രസിദ്ധീകരിച്ചത് അപ്ഡേറ്റ് ചെയ്തത്
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
    litinin talata laraba alhamis juma asabar lahadi isniin talaado arbaco khamiis jimce sabti axad
    ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ አርብ ቅዳሜ እሁድ ቀን ዓ ም
    maandag dinsdag woensdag donderdag vrydag saterdag sondag gepubliseer opgedateer sast
    mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag kl klo kell
    maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai esmaspäev teisipäev
    kolmapäev neljapäev reede laupäev pühapäev pirmdiena otrdiena trešdiena ceturtdiena
    piektdiena sestdiena svētdiena pirmadienis antradienis trečiadienis ketvirtadienis
    penktadienis šeštadienis sekmadienis hétfő kedd szerda csütörtök péntek szombat vasárnap
    luni marți miercuri joi vineri sâmbătă duminică δευτέρα τρίτη τετάρτη πέμπτη παρασκευή
    σάββατο κυριακή στις ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota
    nedjelja nedelja понедељак уторак среда четвртак петак субота недеља понеделник вторник
    сряда четвъртък петък събота неделя pondělí úterý středa čtvrtek pátek neděle pondelok
    streda štvrtok piatok nedeľa poniedziałek wtorek środa czwartek piątek niedziela ponedeljek
    torek četrtek vrijdag zaterdag zondag
    יום ראשון שני שלישי רביעי חמישי שישי שבת פורסם פורסמה עודכן עודכנה עדכון אחרון תאריך פרסום
    בשעה
    """ + _EUROPE_DATE_LABELS).split()
)
# The labels of a date line: under one, a day and its month are a date without a year ("Publicado
# el 11 de mayo"); alone, "11. September" may be a heading.
DATE_LABELS = frozenset((
    "published updated posted modified veröffentlicht aktualisiert publié publicado actualizado "
    "опубликовано обновлено yayınlanma güncelleme نشر النشر تحديث انتشار منتشر "
    "प्रकाशित अपडेट अपडेटेड প্রকাশিত আপডেট شائع diterbitkan dipublikasikan diperbarui terbit "
    "dikemaskini cập đăng เผยแพร่ ปรับปรุง actualitzat actualitzada publicat publicada "
    "aggiornamento eguneratua argitaratua " + _EUROPE_DATE_LABELS).split()
)
# A weekday's short name set off by its comma or full stop ("Fr, 24. Januar 2020", "Mi. 3.
# Mai"): most are words too ("di", "do", "so", ".fr"), which this form tells apart.
WEEKDAY_SHORT = re.compile(
    r"(?:^|(?<=\s))(?:Mo|Di|Mi|Do|Fr|Sa|So|Lun|Mer|Jeu|Ven|Sam|Dim|Mié|Jue|Vie|Sáb|Dom|"
    r"Пн|Вт|Ср|Чт|Пт|Сб|Вс|пн|вт|ср|чт|пт|сб|вс)[.,](?=\s|\d|$)"
)
# A date in digits: "15.04.2020", "2020-04-15", and spaced after its dots with a full year
# ("13. 1. 2020", as German typesetting spaces it).
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d\b")

# "BAKU, Azerbaijan, Jan. 10" standing alone on a line: the dateline.
_MONTH_DAY = r",\s*(?i:" + _MONTHS + r")\.?\s+\d{1,2}"
DATELINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,30}"
    r"(?:,\s*[A-Z][\w'’.\- ]{1,30}(?:" + _MONTH_DAY + r")?|" + _MONTH_DAY + r")\s*[-–—]?$"
)

# A photo caption's credit: "... (Image: GETTY)", "Photo: Damian Dovarganes, AP", "Getty Images".
CAPTION_CREDIT = Alternatives(folded(
    r"[(\[](?:image|photo|picture|pic|credit|foto|bild|фото|source|fotoğraf)s?\s*:[^)\]]{1,80}[)\]]$|"
    r"^(?:image|photo|picture|pic|credit|foto|bild|фото|fotoğraf|şəkil|titelbild|bildquelle|"
    r"beitragsbild|aufmacherbild|headerbild|"
    r"bildnachweis|fotografía|crédito|crédit|fotó|zdjęcie|kép)s?\s*(?:credit)?\s*:\s*\S|"
    # a credit after the caption's bullet: "Jean Jaurès à l'Assemblée• Crédits : Getty"
    r"[•|]\s*(?:credit|crédit|crédito|photo|foto)s?\s*:\s*[^•|]{1,60}$|"
    # "Courtesy of NASA", "Cortesía", "Photo courtesy of the family"
    r"^(?:(?:photo|foto|image|imagen) )?(?:courtesy|cortesía|cortesia)(?: (?:of|de|da) \S.{0,60})?$|"
    # "Image caption Assange gestures ...", "Media captionWho is ...", "Image copyright EPA",
    # "Image source, Getty Images"; the BBC's services' labels in Swahili and Hausa
    r"^(?:image|media|video|photo) ?(?:caption|copyright|source)|"
    r"^(?:maelezo|chanzo) (?:ya|cha) (?:picha|video)|^(?:bayanan|asalin) (?:hoto|hoton|bidiyo)(?!\w)|"
    r"^(?:photo|photograph|image|picture|foto|bild)s?\s+(?:by|von|de|par|di)\s+\S.{0,80}$|"
    r"\((?:quelle|source|fuente|источник|kaynak|bildquelle|fotoquelle|bildnachweis|fotonachweis)"
    r"\s*:[^)]{1,80}\)$|"
    r"(?:unsplash|pixabay|pexels|wikimedia commons)\)?$|"
    # an agency's photographer, as the German-language press credits a picture: "APA/Helmut
    # Fohringer", "dpa/Sina Schuldt" (not a story's sign-off, "dpa/lno": a desk's initials)
    r"^(?:apa|dpa|afp|ap|epa|reuters|keystone|imago)\s?/\s?[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){1,3}$|"
    # "... nicht. Bild: S. Lafrentz": the credit may open with initials
    r"[.!]\s+(?:image|photo|foto|bild|fotografía|фото)s?\s*:\s*(?:[^\W\d_]\.\s?){0,3}[^.]{1,60}\.?$",
))
# ... or ends with an agency's or a photo library's name: "(mlharing / iStock.com)", "Getty Images",
# or with a wire service's after an editor's initials ("aja/PAP"; "EFE" alone credits the
# story's writer, a byline)
CAPTION_AGENCY = Stemmed(folded("|".join([
    *(rf"(?:^|[\s/|(]){agency}(?:\.com)?(?:/[\w .]+)?\)?$" for agency in (
        "getty images", "afp", "reuters", "ap photo", "epa", "shutterstock", "istock",
        "istockphoto", "dpa", "tass", "ria novosti", "anadolu agency", "xinhua", "imago",
        "picture-alliance", "picture alliance")),
    *(rf"\w\s?/\s?{wire}\)?$" for wire in ("pap", "ansa", "efe", "belga", "keystone"))])))
# ... but not after an article or a preposition: "... de las AFP" (Peru's pension funds),
# "... of the AFP" name the agency, or another body of that name, in a sentence or a headline
ARTICLE_BEFORE_CREDIT = folded(r"(?:^|\s)(?:the|of|de|del|la|las|los|le|les|des|el|en|a|à|in|on|to|"
                               r"for|der|die|das)\s$")
# A caption's credit in brackets after its last sentence, as a name or an agency (matched
# against the text, not lower-cased: the capitals tell a credit from a remark): "... Nogales,
# Ariz. (AP)", "... on Nov. 8, 2023. (Carlos Saucedo)", "... of Titan. (NASA/JPL-Caltech/ASU)",
# "... Primary School. (Picture by Jameel Springer)"; not "(Sorry für die Umstände)" nor
# "(Applause)".
_CREDIT_WORD = r"(?:[A-Z][\w'’.&-]*|\d+)"
CAPTION_TAIL_CREDIT = re.compile(
    r"[.!?]\s\((?:" + _CREDIT_WORD + r"(?:(?:\s|\s?/\s?|\s[–-]\s)" + _CREDIT_WORD + r"){1,5}|"
    r"[A-Z]{2,6}|(?:Photo|Picture|Image|Foto|Bild)s? (?:by|von) [^()]{2,60})\)$"
)

# A link to another story inside or after the article: "READ MORE: ...", "... [INSIGHT]".
CROSSLINK = Alternatives(folded(
    r"^(?:read more|read also|see also|also read|related|more|watch|listen|related article|"
    r"related story|recommended|lesen sie auch|mehr dazu|auch interessant|à lire aussi|lire aussi|"
    r"voir aussi|lea también|leer también|leggi anche|читайте также|читать также|смотрите также|"
    r"ayrıca bakınız|ayrıca oku|həmçinin oxuyun|lea|lea más|lea también|lee también|"
    r"ver también|vea también|leia também|leia mais|weiterlesen|see more|more|czytaj też|"
    r"czytaj także|le puede interesar|te puede interesar|lesen sie hier|lesen sie mehr|"
    r"mehr zum thema|más información|leggi|читайте|смотрите|czytaj więcej|czytaj również|"
    r"zobacz też|zobacz także|lees ook|lees meer|lees verder|olvassa el|ezt is olvassa|"
    r"veja também|saiba mais|ayrıca okuyun|mira también|mirá también|lee más|"
    # Swahili, Hausa
    r"soma pia|soma zaidi|soma kwa undani|karanta kuma|"
    # Indonesian and Malay, Vietnamese, Hindi, Bengali, Urdu, Thai, Filipino
    r"baca juga|baca pula|baca selengkapnya|simak juga|lihat juga|xem thêm|đọc thêm|"
    r"यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|और पढ़ें|আরও পড়ুন|আরো পড়ুন|یہ بھی پڑھیں|مزید پڑھیں|"
    r"อ่านเพิ่มเติม|อ่านข่าว|basahin|basahin din|"
    # Marathi, Gujarati, Punjabi, Tamil, Telugu, Kannada, Malayalam
    r"हेही वाचा|हे ही वाचा|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|இதையும் படிங்க|இதையும் படியுங்கள்|"
    r"ఇది కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|ഇതും വായിക്കുക|കൂടുതൽ വായിക്കാം|"
    # Norwegian, Danish, Swedish, Finnish, Icelandic, Estonian, Latvian, Lithuanian
    r"les også|les mer|læs også|læs mere|läs också|läs även|läs mer|lue myös|lue lisää|"
    r"katso myös|lestu einnig|lestu meira|loe ka|loe lisaks|lasi arī|lasiet arī|"
    r"skaitykite taip pat|taip pat skaitykite)\s*[:>»|\-–—]\s*\S|"
    r"\s\[[a-z][a-z ]{1,20}\]\s*\|?$|"
    r"^(?:posted in|filed under|veröffentlicht in|kategorien?|categories|category|tags|"
    r"schlagwörter|schlagworte|rubrik|themen|catégories|etiquetas|метки|теги|etiketler)\s*:|"
    # the link back to the post a WordPress feed adds under each item (Yoast SEO's, by
    # language), the line ending with the site's name
    r"^(?:the post .{1,300}? appeared first on|der beitrag .{1,300}? erschien zuerst auf|"
    r"l[’']article .{1,300}? est apparu en premier sur|la entrada .{1,300}? se publicó primero en|"
    r"l[’']articolo .{1,300}? sembra essere il primo su|o post .{1,300}? apareceu primeiro em|"
    r"het bericht .{1,300}? verscheen eerst op) [^.!?,;:]{1,60}\.?$"))

# A domain-like name, as outlets sign with: "Caliber.Az", "trend.az".
DOMAIN_NAME = re.compile(
    r"\b[\w-]+\.(?:az|com|net|org|ru|kz|uz|kg|tj|am|ge|by|ua|tr|info|news|de|fr|uk|eu|io)\b",
    re.IGNORECASE,
)

# Photo credits and captions' labels: never a headline.
CAPTION_LABEL = re.compile(
    r"^(?:photo|photos|foto|fotos|image|picture|pic|credit|credits|source|bild|quelle|"
    r"фото|источник|kaynak|mənbə)\b\s*:?",
    re.IGNORECASE,
)

# A teaser cut off by the site: it ends with an ellipsis.
TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*[\])»\"”]?$")

# The label of a line that names the article's section (``meta/section.py``): "Posted in
# Politics, World", "Posted inBrookhaven" (run together by the scrape), "Kategorie: Allgemein",
# "Abgelegt unter: Lesenswert"; without a colon, a capital follows ("Posted in the morning" is
# no label). Not "Tags:" or "Themen:": a story's tags, which are no section.
SECTION_LABEL = re.compile(
    r"^(?:(?:posted in|filed under|published in|veröffentlicht in|abgelegt unter|"
    r"gespeichert unter|publié dans|classé dans|publicado en|archivado en|pubblicato in)"
    r"(?:\s*:|\s*(?-i:(?=[A-ZÀ-ÖØ-Þ])))|"
    r"(?:categories|category|kategorien|kategorie|rubrik|rubriken|ressort|section|"
    r"catégories|catégorie|rubrique|categorías|categoría|sección|categorie|categoria|"
    r"kategoria|kategori|рубрика|категория|категории)\s*:)\s*(?P<sections>\S.*)$",
    re.IGNORECASE,
)
# The arrows between a breadcrumb trail's crumbs: "Home » News", "Startseite>Beauty".
TRAIL_ARROW = re.compile(r"\s*[»›>]\s*")
# ... and a spaced slash too, where the trail is read for its section: "Home / X".
CRUMB_ARROW = re.compile(TRAIL_ARROW.pattern + r"|\s+/\s+")
# What a trail may open with: "Sie sind hier: Home > ...".
YOU_ARE_HERE = re.compile(
    r"^(?:you are here|sie sind hier|du bist hier|sie befinden sich hier|vous êtes ici|"
    r"usted está aquí|está aquí|estás aquí|ti trovi in|sei qui|jesteś tutaj|u bent hier|"
    r"вы здесь|вы находитесь)\s*:?\s*",
    re.IGNORECASE,
)
# A trail's first crumb, the home page: the section is the crumb after it.
HOME_CRUMBS = _phrases(
    "home, homepage, home page, start, startseite, accueil, accueil du site, inicio, portada, início, "
    "página inicial, home page, strona główna, főoldal, anasayfa, ana sayfa, главная, "
    "главная страница, головна, forside, startsida, etusivu, à la une, a la une"
)
# What no section is called: the site's own pages and strings ("Über uns", "Startseite").
NOT_SECTIONS = UI_STRINGS | HOME_CRUMBS
