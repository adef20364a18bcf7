"""The headline: a ranked choice among the lines before the body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import clean
from newsclean.chrome.rules import DocContext
from newsclean.language import stopwords
from newsclean.meta import titles
from newsclean.segment import segment

# what the rules know of an English page, as the cleaner makes it
ENGLISH = DocContext(stopwords("en"), "LATIN", prose_min_words=10, prose_min_stopword_share=0.18,
                     short_line_words=4)

BODY = ("Deniz Yücel spoke on the ARD stage at the Buchmesse on Saturday about his year in the prison of "
        "Silivri, where he grew mint in a glass to keep his spirits up.\n\n"
        "The journalist said the mint had been his only company for months, and that the "
        "prison had taught him patience he had never had before.")


def test_the_headline_beats_the_menu_labels_that_share_its_words() -> None:
    text = ("Videos\nPanorama\nBuchmesse\nAutoren\nARD auf der Buchmesse\nService\nMultimedia\n"
            "Sport\n\nThe mint as a comfort: Deniz Yücel on his year in the prison of Silivri\n\n"
            "19.10.2019\n\n" + BODY)
    assert clean(text).title == ("The mint as a comfort: Deniz Yücel on his year in the prison "
                                 "of Silivri")


def test_a_breadcrumb_trail_on_the_headline_line_is_cut() -> None:
    assert titles.clean_title("Home » Vegan Desserts » Peanut Butter Truffles") == (
        "Peanut Butter Truffles")
    assert titles.clean_title("Startseite>Beauty>Lange Haare wachsen schneller") == (
        "Lange Haare wachsen schneller")
    # one separator is a title's own punctuation, not a trail
    assert titles.clean_title("Tote Hummeln › Die Erklärung") == "Tote Hummeln › Die Erklärung"


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("[> Jens Weber", "Jens Weber"),  # decoration goes
        ("› Tote Hummeln |", "Tote Hummeln"),
        ("JSON parsing: simdjson vs. JSON for Modern C++", "JSON parsing: simdjson vs. JSON for Modern C++"),
        ("{orga your life} – das Leben organisieren", "{orga your life} – das Leben organisieren"),
        ("#Instagram tests video notes", "#Instagram tests video notes"),
        ("Rents rose 12%", "Rents rose 12%"),
        ("भीषण गर्मी जारी", "भीषण गर्मी जारी"),  # the vowel sign ending the word is its own
        ("› ฝนตกหนัก กทม.เร่งระบายน้ำ |", "ฝนตกหนัก กทม.เร่งระบายน้ำ"),
    ],
)
def test_clean_title_keeps_what_belongs_to_the_headline(printed: str, title: str) -> None:
    assert titles.clean_title(printed) == title


def test_the_headline_may_open_the_body_span() -> None:
    text = "Deniz Yücel on the mint that kept him going in Silivri\n" + BODY
    record = clean(text)
    assert record.title == "Deniz Yücel on the mint that kept him going in Silivri"
    assert record.text.startswith("Deniz Yücel spoke on the ARD stage")


def test_a_text_of_one_line_keeps_it_as_its_body() -> None:
    record = clean("Café owners protest new tax")
    assert "Café owners" in record.text


def test_each_feature_has_a_weight() -> None:
    assert len(titles.WEIGHTS) == len(titles.FEATURES)


def test_a_headline_over_its_longer_standfirst_is_marked_so() -> None:
    from collections import Counter

    from newsclean.segment import segment

    lines = segment("Kultur\n\nThe mint as comfort\n\nDeniz Yücel grew mint in a glass in the prison "
                    "of Silivri to keep his spirits up\n\n" + BODY)
    ctx = ENGLISH
    start = next(i for i, line in enumerate(lines) if line.text.startswith("Deniz Yücel spoke"))
    found = dict(titles.candidates(lines, {}, start, Counter(line.key for line in lines), ctx))
    above_dek = titles.FEATURES.index("above_dek")
    assert found[1][above_dek] == 1.0  # the headline, over the longer line that shares its words
    assert found[2][above_dek] == 0.0  # the standfirst itself


@pytest.mark.parametrize(
    ("headline", "shaped"),
    [("Did the mint keep Deniz Yücel sane in Silivri?", 1.0),
     ("Deniz Yücel grew mint in Silivri!", 1.0),
     ("Deniz Yücel grew mint in Silivri.", 0.0)],  # a full stop ends a sentence, not a headline
)
def test_a_question_or_exclamation_has_a_headline_s_length(headline: str, shaped: float) -> None:
    from collections import Counter

    lines = segment(f"Kultur\n\n{headline}\n\n" + BODY)
    ctx = ENGLISH
    found = dict(titles.candidates(lines, {}, 2, Counter(line.key for line in lines), ctx))
    assert found[1][titles.FEATURES.index("headline_length")] == shaped


@pytest.mark.parametrize(
    "heading",
    ["2 Gedanken zu „Scissors (3)“", "5 thoughts on “Scissors (3)”",
     "3 Kommentare zu \"Scissors (3)\"", "12 réponses à « Scissors (3) »",
     "± 6 Kommentare zu „Scissors (3)“"],  # an icon's character before the count
)
def test_the_title_a_blog_s_comments_quote_is_the_headline(heading: str) -> None:
    text = ("My blog\n\nScissors (3)\n\nWhat I read\n\nDeniz Yücel at the Buchmesse\n\n" + BODY
            + f"\n\n{heading}\n\nAnna says:\n\nLovely story, thank you!\n")
    assert clean(text).title == "Scissors (3)"
    # without the heading, the ranker's choice stands: the line that shares the body's words
    plain = text.replace(heading, "Comments")
    assert clean(plain).title == "Deniz Yücel at the Buchmesse"


def test_the_quoted_title_finds_a_headline_whose_kicker_lost_its_colon() -> None:
    """The page prints "Grenzen Die Rückkehr der Kontrollen" (the kicker and the headline,
    their colon lost with the markup); the comments' heading quotes "Grenzen: Die Rückkehr
    der Kontrollen". Word for word, it is the same title."""
    text = ("My paper\n\nGrenzen Die Rückkehr der Kontrollen\n\nWhat I read\n\n"
            "Deniz Yücel at the Buchmesse\n\n" + BODY
            + "\n\n3 Kommentare zu \"Grenzen: Die Rückkehr der Kontrollen\"\n\nAnna says:\n\n"
            "Lovely story, thank you!\n")
    assert (clean(text).title or "").endswith("Die Rückkehr der Kontrollen")


def test_the_heading_a_breadcrumb_trail_ends_with_is_the_headline() -> None:
    head = "Sie sind hier: Home » Städte » Niedersachsen » Lingen\n\nLingen\n\n"
    assert clean("Reiseführer\n\n" + head + BODY).title == "Lingen"
    # the trail's end printed far from the body is a section's label in a list of teasers
    teasers = "".join(f"Lingen\n\nApril 26, 2022\n\nTeaser number {n} about another town\n\n"
                      for n in range(4))
    far = ("Reiseführer\n\nHome » Städte » Lingen\n\n" + teasers + "Photo of the day\n\n"
           "Latest stories\n\nClick to view more\n\nMint in a glass\n\n" + BODY)
    assert clean(far).title == "Mint in a glass"


QUESTION = "How does the mint in a prison cell keep a journalist's spirits up for a year?"


@pytest.mark.parametrize("under", ["Written by Ann Lee on July 27, 2017", "27 July 2017 10:15"])
def test_a_question_long_as_a_sentence_over_the_byline_is_the_headline(under: str) -> None:
    record = clean(f"Newsletter\n{QUESTION}\n{under}\n\n{BODY}")
    assert record.title == QUESTION
    assert not record.text.startswith("How does")


def test_a_question_that_opens_the_body_without_a_byline_under_it_stays_in_the_body() -> None:
    record = clean(f"Newsletter\n{QUESTION}\n\n{BODY}")
    assert record.title != QUESTION
    assert record.text.startswith(QUESTION)


def test_a_newsroom_signing_under_the_headline_is_no_headline() -> None:
    headline = "Was ist eine Vorsatzschale und was bringt sie?"
    body = ("Vorsatzschalen kommen vor allem im Trockenbau zum Einsatz, verkleinern dabei aber oft "
            "den nutzbaren Raum. Doch was genau ist eine Vorsatzschale und wann lohnt sie sich im "
            "Haus?\n\nEine Vorsatzschale verbessert den Schallschutz sowie die Wärmedämmung. Mit "
            "einem Nachteil müssen Sie allerdings leben, sagt die Redaktion von Beispiel.de.")
    block = "Anna Muster\nRedaktion Beispiel.de\n25.01.2022 14:47 Uhr\n"
    text = (f"Garten\nEinrichten\nLeben\nSmart Home\nBauen\n{headline}\n{headline}\n{block}{block}\n"
            f"{body}\n\nInhaltsverzeichnis\n{headline}\nWas ist eine Vorsatzschale?")
    assert clean(text).title == headline


@pytest.mark.parametrize("line", ["Redaktion Beispiel.de", "Die Redaktion", "Newsroom"])
def test_a_newsroom_s_signature_is_not_headline_shaped(line: str) -> None:
    ctx = ENGLISH
    assert not titles.headline_shaped(segment(line)[0], ctx)
    assert titles.headline_shaped(segment("Redaktionen im Umbruch: Wie Zeitungen sparen")[0], ctx)


@pytest.mark.parametrize("line", ["von besserwisser eG", "by Anna Lenz", "por CyberCook"])
def test_a_byline_opened_in_lower_case_is_not_headline_shaped(line: str) -> None:
    ctx = ENGLISH
    assert not titles.headline_shaped(segment(line)[0], ctx)
    assert titles.headline_shaped(segment("Von Kiel nach Hamburg")[0], ctx)


NOTICE = ("When you click this button, your personal data will be sent to the network. Do you "
          "agree to that?")  # chrome that reads as prose: the body's span opens with it


def test_a_headline_over_its_standfirst_and_byline_inside_the_span_is_found() -> None:
    headline = "A glass of mint kept Deniz Yücel going in the prison of Silivri."
    dek = "What a year in a cell teaches a reporter, in his own words"
    record = clean(f"Menu\nSearch\n{NOTICE}\n{headline}\n{dek}\nBy Ann Lee\n\n{BODY}")
    assert record.title == headline
    assert headline not in record.text and record.text.endswith(BODY.split("\n\n")[-1])


def test_a_headline_under_the_date_inside_the_span_is_found() -> None:
    headline = "Deniz Yücel on the mint that kept him going in Silivri"
    record = clean(f"Menu\nSearch\n{NOTICE}\n{NOTICE.replace('network', 'site')}\n"
                   f"24 April 2020 | Press releases\n{headline}\n\n{BODY}")
    assert record.title == headline


def test_a_paragraph_under_the_date_inside_the_span_is_no_headline() -> None:
    lead = "Deniz Yücel spoke about the mint in his cell at the book fair on Saturday."
    record = clean(f"Menu\nSearch\n{NOTICE}\n24 April 2020 | Press releases\n{lead}\n\n{BODY}")
    assert record.title != lead
    assert lead in record.text


GERMAN_BODY = ("Wenn ein Käufer nicht sofort den vollen Kaufpreis einer Ware bezahlen kann, wird häufig "
               "ein sogenannter Eigentumsvorbehalt vereinbart, und die Ware bleibt bis zur letzten Rate "
               "im Eigentum des Verkäufers.\n\n"
               "Der Verkäufer kann die Ware zurückfordern, wenn der Käufer nicht zahlt, und er muss "
               "dafür nicht erst vor Gericht ziehen, sagen die Fachleute der Verbraucherzentrale.")


def _headline(text: str) -> str:
    lines = segment(text)
    index = next(i for i, line in enumerate(lines) if line.text.startswith("Forderungsausfälle"))
    return titles.headline_text(lines, index)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the page's trail ends with the headline alone: what stands before it is a kicker
        ("Startseite\nhome / Ratgeber / Eigentumsvorbehalt: Das sollten Käufer wissen\n"
         "Forderungsausfälle vermeiden Eigentumsvorbehalt: Das sollten Käufer wissen\n",
         "Eigentumsvorbehalt: Das sollten Käufer wissen"),
        # the page prints kicker and headline joined otherwise: two elements, not one title
        ("Forderungsausfälle vermeiden: Das sollten Käufer wissen\n12.01.2022\n"
         "Forderungsausfälle vermeiden : Das sollten Käufer wissen\n",
         "Das sollten Käufer wissen"),
        # nothing shows a kicker: the colon is the headline's own
        ("Ratgeber\nForderungsausfälle vermeiden: Das sollten Käufer wissen\n",
         "Forderungsausfälle vermeiden: Das sollten Käufer wissen"),
        # a hyphen for the dash is the same join, typed otherwise
        ("Forderungsausfälle vermeiden – Das sollten Käufer wissen\n"
         "Schlagwörter: Forderungsausfälle vermeiden - Das sollten Käufer wissen, Recht\n",
         "Forderungsausfälle vermeiden – Das sollten Käufer wissen"),
        # the tail printed alone below the headline is a heading of the body, not the page's
        ("Forderungsausfälle vermeiden: Das sollten Käufer wissen\nDas sollten Käufer wissen\n",
         "Forderungsausfälle vermeiden: Das sollten Käufer wissen"),
    ],
)
def test_a_kicker_is_cut_only_where_the_page_shows_one(page: str, title: str) -> None:
    assert _headline(page + GERMAN_BODY) == title


def test_the_record_title_is_the_headline_without_its_kicker() -> None:
    text = ("Startseite\nRatgeber\nhome / Ratgeber / Eigentumsvorbehalt: Das sollten Käufer wissen\n"
            "12. Januar 2022\n"
            "Forderungsausfälle vermeiden Eigentumsvorbehalt: Das sollten Käufer wissen\n\n"
            + GERMAN_BODY)
    assert clean(text).title == "Eigentumsvorbehalt: Das sollten Käufer wissen"


def test_a_salutation_is_no_headline() -> None:
    """A line that ends with a comma opens a letter ("Dear readers,"); a headline never does."""
    text = "Menu\nSearch\nTime to say goodbye\n\nDear readers and friends of the blog,\n\n" + BODY
    assert clean(text).title == "Time to say goodbye"
    ctx = ENGLISH
    assert not titles.headline_shaped(segment("Liebe Leserinnen und Leser,")[0], ctx)
    assert titles.headline_shaped(segment("Liebe Leserinnen und Leser")[0], ctx)


def test_a_line_naming_the_site_s_address_loses_to_the_headline() -> None:
    text = ("Menu\nThe Buchmesse.de Blog\nDeniz Yücel on Silivri prison? He speaks.\n"
            "The Buchmesse.de Blog\n\n" + BODY)
    assert clean(text).title == "Deniz Yücel on Silivri prison? He speaks."


@pytest.mark.parametrize(("text", "names"), [
    ("Werben auf NZZ.ch", True), ("The WordPress.com Blog", True),
    ("St.Lucia wins gold", False),  # no registered domain: "lucia" is no public suffix
    ("Growth slowed to 2.5 percent", False),
])
def test_the_domain_feature_wants_a_registered_domain(text: str, names: bool) -> None:
    assert titles._names_a_domain(text) is names


@given(st.text(st.sampled_from("aZ9-._ ſKé.de.CH.com/x"), max_size=20))
def test_the_domain_feature_s_quick_look_changes_no_answer(text: str) -> None:
    from newsclean.provenance.cues import DOMAIN_TOKEN
    from newsclean.provenance.registry import registered_domain

    assert titles._names_a_domain(text) == any(
        registered_domain(m.group(1)) for m in DOMAIN_TOKEN.finditer(text))


def test_the_line_over_the_byline_beats_a_rubric_that_shares_more_words() -> None:
    """A rubric printed twice ("ARD Buchmesse Yücel") names the body's words better than the
    headline does; the headline is the line the byline stands under."""
    text = "ARD Buchmesse Yücel\nNews\nARD Buchmesse Yücel\nA year of mint and patience\nBy Anna Lenz\n\n"
    assert clean(text + BODY).title == "A year of mint and patience"


@pytest.mark.parametrize(("language", "title"), [
    ("de", "Das sollten Käufer und Verkäufer wissen"),  # German never spaces a colon: a seam
    ("fr", "Forderungsausfälle vermeiden : Das sollten Käufer und Verkäufer wissen"),
    (None, "Forderungsausfälle vermeiden : Das sollten Käufer und Verkäufer wissen"),
])
def test_a_spaced_colon_is_a_seam_where_the_language_never_spaces_one(
        language: str | None, title: str) -> None:
    lines = segment("Ratgeber\nForderungsausfälle vermeiden : Das sollten Käufer und Verkäufer "
                    "wissen\n\n" + GERMAN_BODY)
    assert titles.headline_text(lines, 1, language) == title


def test_a_german_record_loses_the_kicker_before_a_spaced_colon() -> None:
    text = ("Startseite\nRatgeber\nForderungsausfälle vermeiden : Das sollten Käufer und "
            "Verkäufer wissen\n12. Januar 2022\n\n" + GERMAN_BODY)
    record = clean(text)
    assert record.language == "de"
    assert record.title == "Das sollten Käufer und Verkäufer wissen"


def _candidates(page: str, named: dict[int, str]) -> dict[int, tuple[float, ...]]:
    from collections import Counter

    lines = segment(page)
    ctx = ENGLISH
    start = next(i for i, line in enumerate(lines) if line.text.startswith("Deniz Yücel spoke"))
    return dict(titles.candidates(lines, named, start, Counter(line.key for line in lines), ctx))


def test_the_headline_printed_again_over_the_body_is_a_candidate_there() -> None:
    # The headline stands high on the page, over a teaser; the page prints it again under its
    # kicker, just over the body (line 4), where the repeat rule names it.
    page = ("Home\nMint against the prison walls\nA year in Silivri, told by the man who lived it"
            "\nPrison diaries\nMint against the prison walls\n" + BODY)
    found = _candidates(page, {4: "chrome.repeat"})
    assert 4 in found and found[4][titles.FEATURES.index("distance")] == 0.0
    # ... and over the byline, too
    page = page.replace("walls\nDeniz", "walls\nBy Anna Lenz\nDeniz")
    assert 4 in _candidates(page, {4: "chrome.repeat", 5: "meta.byline"})
    # not above its kicker, where a rubric printed twice stands
    assert 3 not in _candidates(page.replace("Prison diaries", "Mint against the prison walls"),
                                {3: "chrome.repeat", 4: "chrome.repeat"})


def test_a_menu_printed_again_over_the_body_is_no_candidate() -> None:
    # the menu's last entry stands again just over the body, under the same entries
    menu = "Home\nSections\nMint against the prison walls\n"
    found = _candidates(menu + menu + BODY, {3: "chrome.repeat", 4: "chrome.repeat", 5: "chrome.repeat"})
    assert 5 not in found


def test_an_embedded_post_s_text_is_no_candidate() -> None:
    page = ("Kultur\nMint against the prison walls\nBy Anna Lenz\n"
            "#Mint is the best company a prisoner can have in Silivri.\npic.twitter.com/HrS9mt3ak6\n"
            "— Deniz Yücel (@Besser_Deniz) November 3, 2023\n" + BODY)
    found = _candidates(page, {2: "meta.byline"})
    assert 1 in found and 3 not in found


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # the outlet's rubric glued on where a capital follows the headline's last word
        ("Belarusian president lets Armenia know that CSTO not going to fight for them "
         "Experts’ opinions on Caliber.Az", "Belarusian president lets Armenia know that CSTO "
                                            "not going to fight for them"),
        # the outlet's name set off by a bar, written as its domain
        ("Tanks cross the border at dawn | caliber.az", "Tanks cross the border at dawn"),
        # the headline names the outlet itself: it stands
        ("Pashinyan gives an interview to Caliber.Az", "Pashinyan gives an interview to Caliber.Az"),
        ("Political expert speaks about CSTO on Caliber.Az",
         "Political expert speaks about CSTO on Caliber.Az"),
        # a cut after "in" would leave the headline dangling
        ("Markets fall in Baku Economy Weekly on Caliber.Az",
         "Markets fall in Baku Economy Weekly on Caliber.Az"),
        # what is left would be too short to be a headline
        ("Budget passes | Caliber.Az", "Budget passes | Caliber.Az"),
        # another site's name is no rubric of this outlet's
        ("Tanks cross the border at dawn | Trend", "Tanks cross the border at dawn | Trend"),
    ],
)
def test_the_outlets_rubric_leaves_the_headline(title: str, headline: str) -> None:
    assert titles.without_outlet_rubric(title, ["Caliber.Az", "caliber.az"]) == headline


def test_a_scrapes_headline_loses_the_outlets_rubric() -> None:
    text = ("Caliber.az © 2024. .\nINTERVIEWS\nA+\nA-\n\nTanks cross the border at dawn "
            f"Experts’ opinions on Caliber.Az\n\n07 November 2022 12:47\n\n{BODY}\n\nCaliber.Az")
    record = clean(text)
    assert record.outlet is not None and record.outlet.id == "caliber"
    assert record.title == "Tanks cross the border at dawn"
    assert record.removed[4].text.endswith("Experts’ opinions on Caliber.Az")  # the line, whole
