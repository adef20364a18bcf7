"""Every rule: registered once, documented, and shown to remove its examples and keep others.

Each example is placed in a realistic document (a headline and three paragraphs) where the
rule says it belongs: before the body (``head``), inside it (``body``) or after it
(``tail``). The last line of a ``removes`` example must leave the body under this rule's id;
no line of a ``keeps`` example may be removed by this rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Cleaner, all_rules, clean
from newsclean.chrome import patterns
from newsclean.chrome.region import LINK_COST, SHORT_COST, line_score
from newsclean.chrome.rules import DocContext, Rule
from newsclean.language import stopwords
from newsclean.segment import segment

HEADLINE = "Parliament approves the new budget after a long debate"
PARAGRAPHS = [
    "The parliament approved the budget on Tuesday after a debate that lasted for more than "
    "ten hours, the speaker said in a statement published after the vote.",
    "The budget raises spending on schools and hospitals by a fifth, and it cuts the taxes "
    "that small firms pay, according to the finance ministry.",
    "Opposition deputies said that the plan was too optimistic and that the government had "
    "not explained how it would pay for the new spending in the coming years.",
]
# Rules whose examples need a document of their own shape; tested below.
OWN_TESTS = {"title.headline", "chrome.repeat", "chrome.related_box"}


def document(example: str, where: str) -> str:
    if where == "head":
        parts = [example, HEADLINE, *PARAGRAPHS]
    elif where == "body":
        parts = [HEADLINE, PARAGRAPHS[0], example, *PARAGRAPHS[1:]]
    else:
        parts = [HEADLINE, *PARAGRAPHS, example]
    return "\n\n".join(parts)


def removed_by(text: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean(text).removed}


RULES = all_rules()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_ids_are_unique_dotted_and_documented() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"(chrome|meta|title)\.[a-z_]+", rule.id), rule.id
        assert rule.doc and rule.doc.endswith("."), rule.id
        assert rule.removes, f"{rule.id} has no example it removes"
        assert rule.keeps, f"{rule.id} has no example it keeps"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES if r.id not in OWN_TESTS for e in r.removes],
    ids=lambda v: v.id if isinstance(v, Rule) else None,
)
def test_rule_removes_its_example(rule: Rule, example: str) -> None:
    last = example.split("\n")[-1]
    assert removed_by(document(example, rule.where)).get(last) == rule.id


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.keeps],
    ids=lambda v: v.id if isinstance(v, Rule) else None,
)
def test_rule_keeps_its_counter_example(rule: Rule, example: str) -> None:
    removed = removed_by(document(example, rule.where))
    for line in example.split("\n"):
        assert removed.get(line) != rule.id


@pytest.mark.parametrize("rule", [r for r in RULES if r.test is not None], ids=lambda r: r.id)
def test_line_rule_predicate_alone(rule: Rule) -> None:
    """The predicate itself says yes to its examples and no to its counter-examples."""
    ctx = DocContext(stopwords("en"), "LATIN", prose_min_words=10,
                     prose_min_stopword_share=0.18, short_line_words=4)
    assert rule.test is not None
    for example in rule.removes:
        assert rule.test(segment(example)[-1], ctx), example
    for example in rule.keeps:
        assert not rule.test(segment(example)[0], ctx), example


def test_disabled_rule_keeps_its_lines() -> None:
    text = document("Loading...", "tail")
    assert "Loading..." not in clean(text).text
    kept = Cleaner(disabled_rules={"chrome.ui", "chrome.trailer"}).clean(text)
    assert kept.text.endswith("Loading...")


def test_headline_becomes_the_title_once() -> None:
    text = "\n\n".join(["Site News", HEADLINE, "12 May 2024", HEADLINE, *PARAGRAPHS])
    record = clean(text)
    assert record.title == HEADLINE
    assert HEADLINE not in record.text
    rules = [r.rule for r in record.removed if r.text == HEADLINE]
    assert rules == ["title.headline", "chrome.repeat"]


def test_the_lead_under_the_headline_stays_when_chrome_parts_it_from_the_body() -> None:
    lead = ("Must the infected go to hospital? A doctor explains why many patients are better "
            "off where they are, and why the count of deaths is not the only measure.")
    box = ["Author info", "Jane Doe heads the politics desk. She studied history.",
           "How to reach Jane Doe:", "To the article overview", "Tags", "Budget", "Parliament"]
    text = "\n\n".join(["Site News", HEADLINE, "By Jane Doe on 21 April 2020", lead,
                        "The parliament building in the capital / picture alliance", *box,
                        *PARAGRAPHS])
    record = clean(text)
    assert record.text.startswith(lead + "\n\n" + PARAGRAPHS[0])  # the author box stays out
    assert lead not in [r.text for r in record.removed]


def test_the_lead_under_the_reading_time_stays_and_the_paywall_under_it_leaves() -> None:
    lead = ("Must the infected go to hospital? A doctor explains why many patients are better "
            "off where they are, and why the count of deaths is not the only measure.")
    player = ["This audio is exclusive to subscribers.", "Subscribe or log in",
              "Listen to this article", "Our journalism depends on you", "Subscribe for $5/month",
              "If you already have an account", "Register to read 10 articles a month"]
    text = "\n\n".join(["Site News", HEADLINE, "Published 21 April 2020", "By Jane Doe",
                         "8 min read", lead, *player, *PARAGRAPHS])
    record = clean(text)
    assert record.text == "\n\n".join([lead, *PARAGRAPHS])


def test_a_photo_s_caption_over_its_credit_is_no_lead() -> None:
    caption = "Police officers check the drivers who cross the border from France into Germany."
    box = ["Author info", "Jane Doe heads the politics desk. She studied history.",
           "How to reach Jane Doe:", "To the article overview", "Tags", "Budget", "Parliament"]
    text = "\n\n".join(["Site News", HEADLINE, caption, "(Photo: picture alliance/dpa)", *box,
                        *PARAGRAPHS])
    record = clean(text)
    assert record.text.startswith(PARAGRAPHS[0])
    assert caption in [r.text for r in record.removed]


def test_a_short_article_outweighs_the_site_s_contact_block() -> None:
    """A contact notice long enough to outscore a two-paragraph article, with teasers between
    them, is named and the article is the body."""
    contact = ("The Customer Service Center can be contacted with any questions or requests: "
               "Telephone: *2421 Extension 4 or 03-7619056 Fax: 03-5613699 E-mail: "
               "subs@example.com The center is staffed and provides answers on Sundays through "
               "Thursdays between 07:00 and 14:00 and Fridays only handles distribution requests "
               "between 7:00 and 13:00. For international customers: the center is staffed and "
               "provides answers on Sundays through Thursdays between 7AM and 6PM Telephone "
               "+972-3-761-9056 Fax: 972-3-561-3699 E-mail: subs@example.com")
    teasers = [line for n in range(12)
               for line in (f"Minister number {n} resigns over the budget row", "By Staff",
                            f"11/{10 + n}/2019 01:14 PM")]
    text = "\n".join(["Login", "World News", HEADLINE, "By Jane Doe", "November 20, 2019 10:43",
                      *PARAGRAPHS[:2], *teasers, "Contact us", "Terms of Use", contact,
                      "Copyright © 2019 Example Inc. All rights reserved"])
    record = clean(text)
    assert record.title == HEADLINE
    assert record.text == "\n\n".join(PARAGRAPHS[:2])
    assert removed_by(text)[contact] == "chrome.contact"


@pytest.mark.parametrize(
    "end", ["! \U0001f642", ". \u2764\ufe0f", "!\U0001f44d\U0001f3fd", ". \u2b50\u2b50\u2b50"])
def test_a_paragraph_with_emoji_after_its_last_sentence_ends_like_one(end: str) -> None:
    """An emoji after the full stop ("... see you there! 🙂") does not turn a paragraph
    into a headline: the body keeps it, before the teasers and after them."""
    intro = ("Visitors who booked their tickets online came to the theatre to watch the new "
             "show and have left their reviews of it on the booking site" + end)
    outro = ("Book your tickets through the booking site and come and experience this "
             "traditional performance of music and dance today" + end)
    quotes = [line for n in range(6) for line in
              (f"\u201cThe show number {n} was really great, and the actors were funny.\u201d",
               f"\u2013 Visitor {n}")]
    text = "\n\n".join(["Stories", "Blog - Latest News", HEADLINE, intro, *quotes, outro,
                        "Share this entry", "Leave a Reply"])
    record = clean(text)
    assert record.text.startswith(intro)
    assert outro in record.text.split("\n\n")
    assert segment(intro)[0].sentence_end
    assert not segment("Follow us \U0001f642")[0].sentence_end


def test_lead_paragraph_is_not_a_title() -> None:
    assert clean("\n\n".join(PARAGRAPHS)).title is None


def test_repeated_line_inside_the_body() -> None:
    line = "The vote was close."
    text = "\n\n".join([HEADLINE, PARAGRAPHS[0], line, PARAGRAPHS[1], line, PARAGRAPHS[2]])
    record = clean(text)
    assert [r.rule for r in record.removed if r.text == line] == ["chrome.repeat"]
    assert record.text.count(line) == 1


def boxed(box: list[str], after: list[str] | None = None) -> str:
    """An article of two paragraphs, a related-stories heading over ``box``, and then
    ``after`` (by default, the article going on for two more paragraphs)."""
    more = PARAGRAPHS[2].replace("Opposition deputies", "Several economists")
    return "\n".join([HEADLINE, "", PARAGRAPHS[0], "", PARAGRAPHS[1], "", "Related articles", *box,
                      "", *(after if after is not None else [PARAGRAPHS[2], "", more])])


TEASERS = ["Plague outbreak: China hit by highly contagious pneumonic plague",
           "Horror as plague of killer mosquitos are headed to Britain",
           "UK weather alert: Plague of mosquitos to devastate Britain as Hurri..."]


@pytest.mark.parametrize("count", [2, 3])
def test_a_related_box_inside_the_article_leaves_and_the_article_stays(count: int) -> None:
    record = clean(boxed(TEASERS[:count]))
    assert [removed_by(boxed(TEASERS[:count])).get(t) for t in TEASERS[:count]] == [
        "chrome.related_box"] * count
    assert record.text.count("\n\n") == 3 and PARAGRAPHS[2] in record.text


SHARE_ROW = ["", "Twitter", "Facebook", "LinkedIn", "", "About us", "Contact us"]


@pytest.mark.parametrize("count", [2, 3])
def test_the_last_paragraph_after_a_related_box_and_over_the_share_row_stays(count: int) -> None:
    last = PARAGRAPHS[2].replace("Opposition deputies", "Several economists")
    text = boxed(TEASERS[:count], [last, *SHARE_ROW])
    assert [removed_by(text).get(t) for t in TEASERS[:count]] == ["chrome.related_box"] * count
    assert clean(text).text.endswith(last)


def test_a_teaser_s_summary_under_one_headline_over_the_share_row_is_no_last_paragraph() -> None:
    summary = PARAGRAPHS[2].replace("Opposition deputies", "Several economists")
    record = clean(boxed(TEASERS[:1], [summary, *SHARE_ROW]))
    assert summary not in record.text


def test_a_related_box_s_dates_are_not_the_article_s() -> None:
    """A teaser in the box printed with its own date: not the article's date, which the
    date line over the body gives, though a long menu parts it from the headline (where a
    date weighs least)."""
    from newsclean.meta.published import choose_dates
    from newsclean.segment import segment

    menu = [f"Section {n}" for n in range(1, 81)]
    teaser = f"{TEASERS[0]} Sunday 01 May, 2022 | 13:43"
    lines = segment("\n".join([HEADLINE, *menu, "Wednesday 04 May 2022 | 01:10", PARAGRAPHS[0],
                               "Related articles", teaser, PARAGRAPHS[1]]))
    date_line = len(menu) + 1
    removed = {0: "title.headline", **dict.fromkeys(range(1, date_line), "chrome.menu"),
               date_line: "meta.date", date_line + 2: "chrome.related",
               date_line + 3: "chrome.related_box"}
    dates = choose_dates(lines, removed, [date_line + 1, date_line + 4], 0, listing=False,
                         tz=None, reference=None, day_first=None)
    assert dates.published is not None and dates.published.value == "2022-05-04T01:10:00"


def test_one_line_under_a_related_heading_may_be_the_articles_subheading() -> None:
    subheading = "What the budget means for schools"
    record = clean(boxed([subheading]))
    assert subheading in record.text and PARAGRAPHS[2] in record.text


def test_a_related_box_the_article_does_not_go_on_after_is_its_end() -> None:
    """Teasers with a paragraph each after the heading: the body ends at the heading."""
    teaser = "The minister resigned on Friday after a vote of no confidence in parliament."
    record = clean(boxed(TEASERS[:2], after=[teaser]))
    assert {removed_by(boxed(TEASERS[:2], after=[teaser])).get(t) for t in TEASERS[:2]} == {
        "chrome.trailer"}
    assert teaser not in record.text


def test_a_post_embedded_at_the_article_s_end_stays() -> None:
    """The post's text ends with a link and its signature reads as a date: neither is prose,
    but the article quotes them last."""
    post = ["Who are we as a nation if we respond to threats with threats? pic.twitter.com/s96jjh8AlD",
            "\u2014 Rep. Ann Lee (@annlee) November 19, 2019"]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, *post, "Tags Budget Parliament", *FOOTER])
    record = clean(text)
    assert record.text == "\n\n".join([*PARAGRAPHS, *post])
    # after a line a rule names, a post is no longer the article's last quote
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Related articles", *post, *FOOTER])
    assert post[0] not in clean(text).text


TOUR = ["June 9 \u2013 West Palm Beach, FL @ Coral Sky Amphitheatre",
        "June 10 \u2013 Tampa, FL @ Credit Union Amphitheatre",
        "June 14 \u2013 Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon)",
        "July 2 \u2013 Uncasville, CT @ Mohegan Sun Arena",
        "August 14 \u2013 St. Louis, MO @ Hollywood Casino Amphitheatre \u2013 St. Louis"]
FOOTER = ["Additional reporting by Jane Doe", "Trending", "Privacy Policy", "Terms of Use",
          "\u00a9 2019 Example Media"]


@pytest.mark.parametrize("heading", [[], ["The Band's Tour Dates"]])
def test_a_list_of_data_lines_that_closes_the_article_stays(heading: list[str]) -> None:
    """Tour dates after the last paragraph, under a heading or none: lines of one shape
    (a date, a dash, a place, an at sign) are the article's, and the footer is not."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, *heading, *TOUR, *FOOTER])
    record = clean(text)
    assert record.text == "\n\n".join([*PARAGRAPHS, *heading, *TOUR])
    assert clean(record.text).text == record.text


@pytest.mark.parametrize("items", [
    TOUR[:3],  # too short to tell from a box of links
    ["Music (12)", "Movies (8)", "Politics (31)", "Culture (5)"],  # a word each: categories
    [line.replace("\u2013", "\u2013" if n % 2 else "|") for n, line in enumerate(TOUR)],
    ["Parliament approves the budget", "The minister resigns", "Storm hits the coast",
     "Prices rise again"],  # teasers share no marks or numbers
])
def test_lines_without_one_shape_after_the_article_are_no_list_of_it(items: list[str]) -> None:
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, *items, *FOOTER])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)


def test_a_list_after_a_paragraph_that_is_not_the_body_s_is_not_the_article_s() -> None:
    """A list belongs to the article only right after its body, or under one heading."""
    teaser = "Read more stories from our music desk."
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Related", teaser, *TOUR, *FOOTER])
    assert TOUR[0] not in clean(text).text


MENU = ["Home", "News", "Sport", "Music", "Contact"]
SIDEBAR = "Click the picture above and see how the drivers stand in this season's ranking now."


@pytest.mark.parametrize("heading", [[], ["The Band's Tour Dates"]])
def test_an_article_that_is_a_list_of_data_is_its_body(heading: list[str]) -> None:
    """A calendar with no paragraph of its own: the only prose on the page is a sidebar's
    teaser, too weak to be an article, and the list of one shape is the body."""
    text = "\n\n".join([*MENU, HEADLINE, "Published 22 January 2018", *heading, *TOUR,
                         "Most read", SIDEBAR, *FOOTER])
    record = clean(text)
    assert record.text == "\n\n".join(TOUR)
    assert record.published is not None and record.published.startswith("2018-01-22")
    assert not record.authors  # no row of it is a byline ("West Palm Beach" by a date)
    assert removed_by(text)[SIDEBAR] == "chrome.trailer"
    assert clean(record.text).text == record.text


def test_a_page_without_prose_is_kept_whole_under_its_headline_and_byline() -> None:
    """No paragraph anywhere: the page stays from its headline on, and its header still gives
    the headline (the line above its first date or byline) and the author."""
    notes = ["Locations", "Shuji: Japan.", "Walter: Germany.", "Film", "Fuji X-TRA 400.",
             "Walter: PENTAX Z-1", "Exposures", "Frame 1 to 36"]
    text = "\n\n".join([*MENU, "Collaboration Shuji and Walter April 2018",
                         "Posted 11. April 2018 by Walter von Aachen", *notes, "Impressum"])
    record = clean(text)
    assert record.title == "Collaboration Shuji and Walter April 2018"
    assert [a.name for a in record.authors] == ["Walter von Aachen"]
    assert all(note in record.text for note in notes)
    assert record.text.split("\n\n")[0] == notes[0]  # the menu above the headline left


def test_results_whose_rows_vary_in_shape_are_the_body_of_a_page_without_prose() -> None:
    """A round-up of scores: rows of figures, each of its own shape, under section headings."""
    results = ["Palm Bay d. Rockledge 70-44", "Rockledge 14 11 6 15 \u2014 44",
               "Palm Bay 18 22 13 17 \u2014 70",
               "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points.",
               "Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points.",
               "Heritage d. Titusville 53-9"]
    text = "\n\n".join([*MENU, HEADLINE, "Published 2:16 AM EST Nov 20, 2019", *results,
                         "Most read", SIDEBAR, *FOOTER])
    record = clean(text)
    assert all(row in record.text for row in results)
    assert SIDEBAR not in record.text
    assert clean(record.text).text == record.text


def test_a_long_list_of_data_under_one_paragraph_is_the_article() -> None:
    """The list outweighs the paragraph above it many times over: the article is the list."""
    rows = [f"{n} Chapter {n} of the course book pages {10 * n} \u2013 {10 * n + 9}"
            for n in range(1, 61)]
    text = "\n\n".join([*MENU, HEADLINE, PARAGRAPHS[0], *rows, "Most read", *FOOTER])
    record = clean(text)
    assert record.text == "\n\n".join([PARAGRAPHS[0], *rows])
    assert clean(record.text).text == record.text


def test_a_list_of_data_does_not_outweigh_an_article() -> None:
    """Beside an article's paragraphs, a list of data elsewhere on the page stays out."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Trending", "Our next shows", *TOUR, *FOOTER])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)


def test_prose_mentioning_twitter_or_sharing_stays() -> None:
    line = ("The ministry said on Twitter that it would share the findings with its partners "
            "and follow the advice of the commission.")
    record = clean(document(line, "body"))
    assert line in record.text


@pytest.mark.parametrize(("line", "where", "rule"), [
    # a search box's hint reads as a sentence: it must not open the body or stay in it
    ("Type to search or hit ESC to close", "head", "chrome.ui"),
    ("Start typing and press Enter to search", "head", "chrome.ui"),
    ("Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster.",
     "head", "chrome.ui"),
    ("Drücken Sie Öffnen / Eingabe / Enter / Return um die Suche zu starten", "head", "chrome.ui"),
    # consent prompts that never say "cookie"
    ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
     "personenbezogene Daten an Drittplattformen übermittelt werden.", "body", "chrome.cookie"),
    ("Ich erkläre mich mit der Verarbeitung meiner Daten im Sinne der Datenschutzerklärung "
     "einverstanden", "body", "chrome.cookie"),
    ("By submitting your information you agree to the Terms & Conditions and Privacy Policy.",
     "body", "chrome.cookie"),
    ("Weitere Informationen finden Sie in unserer Datenschutzerklärung.", "body", "chrome.cookie"),
    # the reader's browser is too old
    ("Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter. Klicke dafür "
     "einfach auf das Symbol!", "head", "chrome.ui"),
    ("Please update your browser to view this site.", "head", "chrome.ui"),
    ("Votre navigateur est obsolète.", "head", "chrome.ui"),
    ("Bitte aktualisieren Sie Ihren Browser.", "tail", "chrome.ui"),
    # a copy button's notice, in the body where the button stood
    ("Kod je kopiran u vaš clipboard.", "body", "chrome.ui"),
    ("The URL has been copied to your clipboard", "body", "chrome.ui"),
    ("Der Link wurde in die Zwischenablage kopiert.", "body", "chrome.ui"),
])
def test_a_prompt_leaves_by_its_rule(line: str, where: str, rule: str) -> None:
    assert removed_by(document(line, where)).get(line) == rule


@pytest.mark.parametrize(("line", "rule"), [
    # "read also" links inside the body, in Indonesian, Vietnamese, Hindi, Bengali, Urdu, Thai
    ("Baca juga: BMKG Prediksi Hujan Lebat Guyur Jabodetabek hingga Rabu", "chrome.crosslink"),
    ("Xem thêm: Hà Nội có thể mưa to đến hết tuần", "chrome.crosslink"),
    ("यह भी पढ़ें: दिल्ली में गर्मी का टूटा रिकॉर्ड", "chrome.crosslink"),
    ("আরও পড়ুন: ঢাকায় বৃষ্টি", "chrome.crosslink"),
    ("یہ بھی پڑھیں: کراچی میں بارش", "chrome.crosslink"),
    ("อ่านเพิ่มเติม: พยากรณ์อากาศวันนี้", "chrome.crosslink"),
    ("இதையும் படிங்க: கோவையில் மிதமான மழை", "chrome.crosslink"),  # Tamil, Kannada, Gujarati
    ("ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ", "chrome.crosslink"), ("આ પણ વાંચો: અમદાવાદમાં વરસાદ", "chrome.crosslink"),
    # a portal's prompts to follow it, which read as sentences
    ("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
     "akses berita Kompas.com WhatsApp Channel", "chrome.subscribe"),
    ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung "
     "di Grup Telegram, caranya klik link, kemudian join.", "chrome.subscribe"),
    ("सब्सक्राइब करें", "chrome.subscribe"),  # Hindi: its verb ends in a vowel sign
])
def test_the_regions_links_and_prompts_leave_the_body(line: str, rule: str) -> None:
    assert removed_by(document(line, "body")).get(line) == rule


def test_a_headline_about_the_clipboard_is_no_copy_buttons_notice() -> None:
    headline = "Copy & paste from tmux to system clipboard"
    record = clean(f"{headline}\n\nThe terminal multiplexer keeps its own buffer, and getting "
                   "text out of it takes a line of configuration that most guides leave out.")
    assert record.title == headline


@pytest.mark.parametrize("line", [
    "Police enter the search for the missing hikers after the storm.",
    "Press officers hit back at the search warrant, calling it a return to the old days.",
    "Wenn Nutzer persönliche Daten im Netz teilen, sollten sie vorsichtig sein, rät die "
    "Verbraucherzentrale.",
    "Our Privacy Policy link includes the word 'Privacy' and can easily be found on the page "
    "specified above.",
    "Google urged its users to update their browsers after the flaw was found, the company said.",
    "The new browser from Mozilla is faster than the old one, according to the first tests.",
    "Hackers copied passwords from the clipboard of thousands of phones, the researchers found.",
])
def test_prose_about_a_search_or_personal_data_stays(line: str) -> None:
    assert line in clean(document(line, "body")).text


def test_menu_run_before_the_body() -> None:
    menu = "\n".join(["Politics", "Economy", "Society", "Regions", "Culture"])
    record = clean(document(menu, "head"))
    assert {r.rule for r in record.removed if r.text in menu.split("\n")} == {"chrome.menu"}
    assert record.title == HEADLINE


def test_teasers_after_a_related_heading_leave_the_body() -> None:
    teasers = [
        "Related articles",
        "Minister resigns after vote",
        "The minister resigned on Friday after a vote of no confidence in parliament, the "
        "second such vote this year, his office said.",
        "Floods hit the north",
        "Floods hit several towns in the north of the country on Sunday after days of heavy "
        "rain, the emergency ministry said in a statement.",
    ]
    record = clean(document("\n".join(teasers), "tail"))
    assert all(t not in record.text for t in teasers)
    assert record.text.endswith(PARAGRAPHS[-1])



@pytest.mark.parametrize("prompt", ["Hinterlasse einen Kommentar", "Dejá tu comentario",
                                    "Kommentar hinzufügen", "Scrivi un commento"])
def test_comments_under_a_prompt_to_write_one_leave_the_body(prompt: str) -> None:
    """The readers' comments under the prompt, each a name and a paragraph or two, are not
    the article, however long they run."""
    comments = [line for n in range(4) for line in (
        f"Reader{n}",
        "I baked the cake on Friday for my friends and it was really good, thank you so much "
        "for the recipe, which I will bake again next week.",
        "Reply")]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, prompt, *comments])
    record = clean(text)
    assert record.text == "\n\n".join(PARAGRAPHS)
    assert removed_by(text)[prompt] == "chrome.related"


COMMENTS = [line for n in range(2) for line in (
    f"Reader{n}",
    "I think the council is wrong about this, and I will say so at the next meeting of the "
    f"council, which is on the {n + 2}nd of the month.",
    "3 hours ago", "Reply")]


@pytest.mark.parametrize("heading", ["Comments", "12 Comments", "Comments (3)", "Kommentare ( 56 )",
                                     "Kommentare", "1 Comment"])
def test_a_comment_section_s_heading_ends_the_body_whatever_rule_names_it(heading: str) -> None:
    """A heading that reads as an interface string ("Comments") or a counter ("12 Comments")
    still opens the comments under the article."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, heading, *COMMENTS])
    record = clean(text)
    assert record.text == "\n\n".join(PARAGRAPHS)
    assert removed_by(text)[COMMENTS[1]] == "chrome.trailer"


def test_a_comment_button_printed_between_the_article_s_parts_ends_nothing() -> None:
    """"Comments" over a paragraph and again under it: a button, not the comments' heading."""
    text = "\n\n".join([HEADLINE, *PARAGRAPHS[:2], "Comments", PARAGRAPHS[2], "Comments",
                         "Something to Consider"])
    assert PARAGRAPHS[2] in clean(text).text
    # and a comment count by the headline is a counter, which cuts nothing
    text = "\n\n".join([HEADLINE, "12 Comments", *PARAGRAPHS])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)
    assert removed_by(text)["12 Comments"] == "chrome.counter"


def test_comments_of_several_paragraphs_under_their_authors_leave_the_body() -> None:
    """Two paragraphs in a row after the heading read as the article going on, but not
    under a comment's author line: a reader's comment may run to two paragraphs."""
    comments = [line for n in range(3) for line in (
        f"Reader{n} says:", "July 11, 2011 at 12:25 pm",
        f"So true. These singles will always have a special place for me, reader {n} wrote "
        "in the first paragraph of the comment.",
        "So many crushingly sweet numbers, even if I was too young to know what they were "
        "about at the time, the second paragraph said.", "Reply")]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "11 responses to “The Loneliest Woman”", *comments])
    record = clean(text)
    assert record.text == "\n\n".join(PARAGRAPHS)


def test_comments_signed_the_way_blogs_sign_them_leave_the_body() -> None:
    """"Ramón dijo:" over each comment, as "Jane says:" is: the comments are not the article,
    though each is a paragraph and there are more of them than of the article's."""
    comment = ("Estoy convencido de que no son pocos los cubanos que quieren conocer el "
               "contenido del programa, y que el partido debe publicarlo para que lo lean.")
    comments = [line for n in range(6) for line in (f"Lector{n} dijo:", comment.replace(
        "cubanos", f"lectores {n}"), "26 abril 2022 a las 14:02", "Responder")]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Se han publicado 6 comentarios", *comments])
    record = clean(text)
    assert record.text == "\n\n".join(PARAGRAPHS)
    assert removed_by(text)["Se han publicado 6 comentarios"] == "chrome.related"


def test_a_table_of_figures_and_the_paragraph_after_it_stay_at_the_body_s_end() -> None:
    """A table's rows cost what short lines cost, not what teaser headlines cost: the
    article's last paragraph under its table, though it stands between non-prose lines,
    outweighs them. A teaser's credit, which holds a date, is no row of figures."""
    rows = ["file simdjson JSON for Modern C++", "apache_builds 2.3 GB/s 0.098 GB/s",
            "github_events 2.5 GB/s 0.093 GB/s", "gsoc-2018 3.3 GB/s 0.091 GB/s",
            "twitter 2.2 GB/s 0.094 GB/s"]
    last = ("Thus, roughly speaking, the new parser can parse and validate a document and "
            "create a tree at a speed of about two gigabytes per second, far faster than the "
            "library it was compared with, which was designed to make the life of the "
            "programmer easy rather than to be fast, and which is still a fine choice for the "
            "settings files that most programs read.")
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, *rows, last, "Link: simdjson.", "Published by",
                         "Daniel Lemire", "Posted on August 2, 2019"])
    assert clean(text).text == "\n\n".join([*PARAGRAPHS, *rows, last])
    assert removed_by(text)["Link: simdjson."] == "chrome.trailer"
    ctx = DocContext(stopwords("en"), "LATIN", prose_min_words=10,
                     prose_min_stopword_share=0.18, short_line_words=4)
    row, credit = segment("twitter 2.2 GB/s 0.094 GB/s\nBenjamin Triebe, London 18.10.2019, 19:33")
    assert line_score(row, ctx) == SHORT_COST
    assert line_score(credit, ctx) == LINK_COST


def test_a_comment_section_s_notices_are_not_the_article_resuming() -> None:
    """Under a comment section's heading, the section's own notices (its rules, how to take
    part), two paragraphs in a row, speak of comments: they are not the article going on."""
    notices = ["We are grateful for your comments and value your active participation, and "
               "some of them may be published as articles of their own.",
               "Your comments are moderated, since the legal responsibility lies with us, so "
               "please understand that it may take a while before they appear.",
               "You must be logged in to write a comment or a reply."]
    comments = ["Bummi", "I see the withdrawal as positive in principle, since foreign troops "
                "do not belong there, and they have caused enough chaos already.", "4",
                "1 Stunde 51 Minuten her"]
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, "Kommentare ( 56 )", *notices, *comments])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)


def test_comments_under_their_authors_names_and_dates_leave_the_body() -> None:
    """A comment's author's name over its date, as a blog prints it: the paragraphs under
    it are a reader's, though they run two in a row. The section's heading runs into its
    form's ("Kommentare Schreibe einen Kommentar"), two headings of the phrase list on one line."""
    comments = [line for n in range(3) for line in (
        "Reply", f"Reader {n}", f"April {8 + n}, 2019 @ 11:38",
        f"Were the women not asked at all, reader {n} wonders in the first paragraph of a "
        "comment on the article and on the survey.",
        f"I am sure that we will argue about this for years, reader {n} writes in the "
        "second paragraph of the same comment.")]
    heading = "Kommentare Schreibe einen Kommentar"
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, heading, *comments])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)
    assert removed_by(text)[heading] == "chrome.related"


def test_teasers_under_a_repeated_kicker_leave_the_body_though_a_headline_asks() -> None:
    """A teaser headline that asks a question reads as a paragraph; with the teaser's text
    under it, the list looked like the article resuming. The kicker and the headline printed
    again between them say it is a list."""
    teasers = ["More From the Daily Example"]
    for headline, text in [
        ("Justice Department to throw out old film rules. What effect will it have?",
         "The so-called decrees have governed film distribution for decades, and the "
         "department views them as out of date."),
        ("Will the new tariffs hurt the farmers who grow soy in the Midwest this year?",
         "Farmers in three states say that the new tariffs have already cut their sales "
         "abroad by a third since the spring."),
        ("Paramount shakes up its distribution ranks",
         "A former executive of another studio replaces the president of domestic "
         "distribution, the company said on Tuesday."),
    ]:
        teasers += ["Company Town", headline, "Company Town", headline, text]
    text = "\n".join([HEADLINE, *PARAGRAPHS, *teasers])
    record = clean(text)
    assert record.text == "\n\n".join(PARAGRAPHS)
    # an article that resumes under the heading, an advertisement between its paragraphs,
    # keeps them
    more = ["The finance minister said that the plan would be reviewed in the autumn, when "
            "the first figures on the new spending are published by the statistics office.",
            "Advertisement",
            "Several regional governments have asked for a share of the new money for schools, "
            "and the ministry said that it would answer their letters within a month."]
    resumed = clean("\n".join([HEADLINE, *PARAGRAPHS, "More From the Daily Example", *more]))
    assert resumed.text.endswith(more[0] + "\n\n" + more[2])
def test_most_read_teasers_whose_headline_runs_into_their_summary_leave_the_body() -> None:
    """"Most Read": each teaser is its headline and its summary on one line, with no stop
    between them, and reads as a paragraph; the page prints the same headlines alone in
    another list further down. A paragraph that opens with such a headline is a teaser."""
    pairs = [("Witnesses confirmed the deal on television in the hearing",
              "This may be the biggest moment of the hearings so far, and the party knows it."),
             ("The minister keeps calling the inquiry a witch hunt for no reason",
              "It is not as clever as he thinks it is, and the voters can see through it."),
             ("How a smear campaign helped set off the whole affair last year",
              "A campaign by the lawyer led to the phone call that started it all.")]
    most_read = ["Most Read", *(f"{head} {summary}" for head, summary in pairs)]
    latest = [line for head, _ in pairs for line in ("The Latest", head, "By Ann Lee")]
    text = "\n".join([HEADLINE, *PARAGRAPHS, *most_read, "Sign up for the newsletter", *latest])
    assert clean(text).text == "\n\n".join(PARAGRAPHS)
    # with no headline printed alone, such lines are paragraphs: the article goes on
    alone = "\n".join([HEADLINE, *PARAGRAPHS, *most_read])
    assert clean(alone).text.endswith(most_read[-1])


def test_listing_page_gives_items() -> None:
    teaser = ("The government said on Monday that it would raise spending on schools next "
              "year, and that the plan would be put to parliament in the spring, when...")
    text = "\n\n".join(["17 April 2025", "First headline here", teaser,
                        "Second headline here", teaser.replace("Monday", "Friday")])
    record = clean(text)
    assert record.kind == "listing"
    assert record.title is None
    assert [(i.title, i.truncated) for i in record.items] == [
        ("First headline here", True), ("Second headline here", True)]


def _all_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of every module of the package, the two of each gated one
    included, and those held in tuples or in records (``DATE_PATTERNS``)."""
    import importlib
    import pkgutil

    import newsclean

    found: dict[str, re.Pattern[str]] = {}

    def add(name: str, value: object) -> None:
        if isinstance(value, re.Pattern):
            if isinstance(value.pattern, str) and value not in found.values():
                found[name] = value
        elif isinstance(value, patterns.Gated):
            add(name, value.exact)
            add(name + ".loose", value.loose)
        elif isinstance(value, patterns.Stemmed):
            add(name, value.exact)
        elif isinstance(value, patterns.Alternatives):
            add(name, value.exact)
            add(name + ".anchored", value.anchored)
            add(name + ".anywhere", value.anywhere)
        elif isinstance(value, (tuple, list)):
            for k, item in enumerate(value):
                add(f"{name}[{k}]", item)
        elif isinstance(getattr(value, "regex", None), re.Pattern):
            add(name + ".regex", value.regex)  # type: ignore[attr-defined]

    for module in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        for name, value in vars(importlib.import_module(module.name)).items():
            add(f"{module.name.removeprefix('newsclean.')}.{name}", value)
    return found


def test_every_module_s_patterns_are_probed() -> None:
    names = set(_all_patterns())
    assert {"chrome.patterns.COPYRIGHT", "meta.bylines._EMAIL", "meta.authors._COMMENTS"} <= names
    assert any(".DATE_PATTERNS[" in name for name in names)


_GATED = {k: v for k, v in vars(patterns).items() if isinstance(v, patterns.Gated)}


@pytest.mark.parametrize("name", sorted(_GATED))
@given(st.lists(st.sampled_from(["a", "x", " ", ".", ",", ":", "-", "©", "(c) 2020", "@h",
                                 "Ann", "Lee", "Follow", "follow him on", "cookies", "we use",
                                 "copyright", "all rights reserved", "reprint", "hyperlink",
                                 "is", "staff", "journalist", "xcookie", "consentx", "share",
                                 "teilen", "reshare", "partager:"]),
                max_size=12).map("".join))
def test_a_gated_pattern_finds_what_its_exact_pattern_finds(name: str, text: str) -> None:
    gated = _GATED[name]
    exact = gated.exact.search(text)
    assert exact is None or gated.loose.search(text) is not None
    found = gated.search(text)
    assert (found and found.span()) == (exact and exact.span())


_ALTERNATIVES = {k: v for k, v in vars(patterns).items() if isinstance(v, patterns.Alternatives)}
# Pieces of what the split patterns look for, so that generated text often comes close to a match.
_PIECES = ["a", "x", " ", ".", "!", ",", ":", "-", "|", "»", "(", ")", "[", "]", "/", "2020",
           "Ann Lee", "Ann", "Lee", "is", "was", "ist", "the", "staff", "journalist", "Autor",
           "Journalist", "writes about", "follow him on", "reach her at", "contact the author",
           "photo", "image:", "photo by", "(image: getty)", "getty images", "afp", "reuters",
           "(quelle: dpa)", "unsplash", "read more", "lesen sie auch", "filed under", "tags",
           "[insight]", "share it", "share", "on social media", "click to share", "follow us on",
           "opens in a new window", "\n"]


_STEMMED = {k: v for k, v in vars(patterns).items() if isinstance(v, patterns.Stemmed)}


def _fragments(pattern: re.Pattern[str]) -> list[str]:
    """The words a pattern is written with, and what stands between them."""
    words = re.findall(r"[^\W\d_]{2,}", pattern.pattern.replace("\\b", " ").replace("\\w", " "))
    return [*sorted(set(words)), " ", ".", "-", "x", "1", "!"]


@pytest.mark.parametrize("name", sorted(_STEMMED))
def test_a_stemmed_pattern_finds_what_its_pattern_finds(name: str) -> None:
    stemmed = _STEMMED[name]
    assert stemmed.stems
    assert all(len(stem) >= patterns.STEM_MIN_CHARS or patterns.rare_symbol(stem) for stem in stemmed.stems)

    @given(st.lists(st.sampled_from(_fragments(stemmed.exact)), max_size=12).map("".join))
    def same(text: str) -> None:
        assert bool(stemmed.search(text)) == bool(stemmed.exact.search(text)), text

    same()
    for part in patterns.top_level_alternatives(stemmed.exact.pattern):
        assert any(stem in run for stem in stemmed.stems for run in patterns.literal_runs(part))


@pytest.mark.parametrize(("part", "runs"), [
    (r"\bbecome a (?:member|patron)", ["become a "]),
    (r"\bpartner-?links?\b", ["partner", "link"]),
    (r"^\bjetzt spenden", ["jetzt spenden"]),
    (r"\bthird[- ]party", ["third", "party"]),
    (r"\bwenn (?:ihnen|dir) \w+ gefallen hat", ["wenn ", " ", " gefallen hat"]),
    (r"(?:receive|earn) a commission{1,2}\.", [" a commissio", "."]),
    (r"[]x] \[y\] z*", [" [y] "]),
    (r"\x41bc\u00e9de{orga}", ["bc", "de{orga}"]),
])
def test_literal_runs(part: str, runs: list[str]) -> None:
    assert patterns.literal_runs(part) == runs


def test_a_rare_symbol_is_a_stem_and_a_letter_or_a_space_is_not() -> None:
    assert patterns.rare_symbol("©")
    assert not any(patterns.rare_symbol(s) for s in ("é", " ", "a", "-", "©©"))


def test_a_stemmed_pattern_needs_a_literal_run_in_every_alternative() -> None:
    with pytest.raises(ValueError, match="literal run"):
        patterns.Stemmed(re.compile(r"\bdonate now|(?:give|send) \w+"))
    with pytest.raises(ValueError, match="folded"):
        patterns.Stemmed(re.compile("donate", re.IGNORECASE))


def test_top_level_alternatives_cut_outside_groups_and_classes() -> None:
    cut = patterns.top_level_alternatives
    assert cut(r"^a|b(?:c|d)|[|]|[]|x]|\||e") == ["^a", "b(?:c|d)", "[|]", "[]|x]", r"\|", "e"]
    assert cut(r"[^]|]z|(?i:A|B)") == ["[^]|]z", "(?i:A|B)"]
    assert cut("single") == ["single"]


@pytest.mark.parametrize("name", sorted(_ALTERNATIVES))
def test_split_patterns_have_both_parts(name: str) -> None:
    split = _ALTERNATIVES[name]
    assert split.anchored is not None and split.anywhere is not None


@pytest.mark.parametrize("name", sorted(_ALTERNATIVES))
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)
       | st.lists(st.sampled_from(_PIECES), max_size=6).map("".join).map(str.upper))
def test_a_split_pattern_says_what_its_pattern_says(name: str, text: str) -> None:
    split = _ALTERNATIVES[name]
    assert split.found_in(text) == bool(split.exact.search(text))
    assert split.found_in(text.lower()) == bool(split.exact.search(text.lower()))


@pytest.mark.parametrize("name", sorted(_ALTERNATIVES))
def test_a_split_pattern_says_what_its_pattern_says_on_every_example(name: str) -> None:
    split = _ALTERNATIVES[name]
    texts = [line for rule in all_rules() for example in (*rule.removes, *rule.keeps)
             for line in example.split("\n")]
    texts += [line for path in sorted(FIXTURES.glob("*.txt"))
              for line in path.read_text("utf-8").splitlines()]
    assert len(texts) > 300
    for text in texts:
        for form in (text, text.lower()):
            assert split.found_in(form) == bool(split.exact.search(form)), form


@pytest.mark.parametrize("pattern", list(_all_patterns().values()), ids=list(_all_patterns()))
def test_patterns_do_not_hang_on_adversarial_input(pattern: re.Pattern[str]) -> None:
    """No super-linear backtracking: long runs of the characters the patterns repeat on.

    Not a speed test: a linear pattern needs a few milliseconds per probe of 100,000
    characters here, a quadratic one a minute or more; the bound only tells the two apart.
    """
    import time

    for probe in ("a " * 50_000, "1." * 50_000, "A" * 100_000 + "!", "- " * 50_000 + "x",
                  "Aa " * 30_000 + ":", "1 " * 50_000 + "z", "@" * 50_000,
                  "\U0001f642" * 50_000 + "x"):
        started = time.perf_counter()
        pattern.search(probe)
        pattern.match(probe)
        assert time.perf_counter() - started < 5.0, (pattern.pattern[:60], probe[:10])


def test_numbered_steps_are_the_article_and_not_a_list_of_teasers() -> None:
    """A paragraph between a step's number and the next is no teaser between headlines: the
    numbers leave the steps' paragraphs their weight, and the steps outweigh a longer notice."""
    steps = ["Warm the milk in a small pan and melt the butter in it, then let it cool for a while.",
             "Mix the flour with the yeast in a large bowl, add the other ingredients and the warm "
             "milk and knead it all into a smooth dough.",
             "Cover the dough and leave it in a warm place until it has grown to twice its size.",
             "Spread the dough in the tin, prick it with a fork and bake it in the lower third of "
             "the oven for about fifteen minutes.",
             "Let the cake cool on a rack before you cut it into squares and serve it with cream."]
    notice = ("Do you have questions or a request? Our consumer service answers all of your "
              "questions about our products, our recipes and their ingredients, and it is also "
              "the place to call for complaints, guided tours of our kitchens, seminars and "
              "demonstrations. We look forward to hearing from you.")
    text = "\n".join(["Recipes", "Cakes", "Honey cake", "Method",
                      *(line for n, step in enumerate(steps, 1) for line in (str(n), step)),
                      "Print", *(f"More cakes {n}" for n in range(20)), notice, "Imprint"])
    body = clean(text).text
    assert all(step in body for step in steps[1:])
    assert notice not in body


CLOSING = "Project cost reached 50 million lari, officials said."  # no function word


@pytest.mark.parametrize("after", [SHARE_ROW, []])
def test_a_sentence_bare_of_function_words_that_closes_the_article_stays(after: list[str]) -> None:
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, CLOSING]) + "\n".join(after)
    record = clean(text)
    assert record.text.endswith(CLOSING)
    assert clean(record.text).removed == ()  # and cleaning the body again keeps it


@pytest.mark.parametrize("line", [
    "Updated 1:23 p.m. Tuesday, newsroom editors said.",  # a clock
    "Full budget text: www.example.com/budget, editors said.",  # a link
])
def test_a_closing_line_with_a_clock_or_a_link_is_no_sentence_of_the_article(line: str) -> None:
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, line, *SHARE_ROW])
    assert line not in clean(text).text


def test_two_bare_sentences_after_the_body_are_teasers_leads_not_its_close() -> None:
    second = "Bus fares rose 20 percent across Tbilisi, drivers complained."
    text = "\n\n".join([HEADLINE, *PARAGRAPHS, CLOSING, second, *SHARE_ROW])
    record = clean(text)
    assert CLOSING not in record.text and second not in record.text


def test_a_georgian_article_keeps_its_headline_and_its_closing_sentence() -> None:
    """Georgian writes no capitals, and its function words are endings: its headline is
    no lower-case line, and a short sentence of it carries no stop word."""
    text = "\n".join([
        "მთავარი", "პოლიტიკა", "ეკონომიკა", "საზოგადოება", "სპორტი", "15 აპრილი 2020, 19:10",
        "თბილისში ახალი მეტროს სადგური გაიხსნა",
        "დედაქალაქში მეტროს ახალი სადგური გაიხსნა. ამის შესახებ თბილისის მერიამ გაავრცელა "
        "ინფორმაცია და აღნიშნა, რომ სადგური დღეში ათასობით მგზავრს მოემსახურება.",
        "პროექტის ღირებულებამ 50 მილიონი ლარი შეადგინა, განაცხადეს მერიაში.",
        "ნახვები: 1520", "გაზიარება", "Facebook", "Twitter", "მსგავსი სიახლეები",
        "© 2020 ყველა უფლება დაცულია",
    ])
    record = clean(text)
    assert record.title == "თბილისში ახალი მეტროს სადგური გაიხსნა"
    assert (record.language, record.published) == ("ka", "2020-04-15T19:10:00")
    assert record.text.endswith("განაცხადეს მერიაში.") and record.text.count("\n\n") == 1


def test_an_armenian_article_ends_its_sentences_with_its_own_full_stop() -> None:
    """Armenian's full stop is "։": its paragraphs are prose, so the page's counter, share
    button and related heading below them leave."""
    text = "\n".join([
        "Գլխավոր", "Քաղաքականություն", "Տնտեսություն", "15:30, 15 ապրիլի 2020",
        "Երևանում նոր մետրոյի կայարան է բացվել",
        "Մայրաքաղաքում մետրոյի նոր կայարան է բացվել։ Այս մասին հայտնում են Երևանի "
        "քաղաքապետարանից՝ նշելով, որ կայարանը օրական հազարավոր ուղևորների կսպասարկի։",
        "Նախագծի արժեքը կազմել է 50 միլիոն դոլար, հայտնել են քաղաքապետարանից։",
        "Դիտումներ: 1520", "Կիսվել", "Facebook", "Նմանատիպ նորություններ",
    ])
    record = clean(text)
    assert record.text.endswith("հայտնել են քաղաքապետարանից։")
    assert record.text.count("\n\n") == 1 and record.language == "hy"


def test_a_persian_agency_page_is_read_whole() -> None:
    """An Iranian agency's page: the Solar Hijri dates of the header (the scrape's day, with
    its weekday) and of the story (with its time), Persian digits, the agency's name as the
    site's, its opening attribution ("according to Mehr, quoting IRNA"), its reuse notice,
    and chrome in Persian."""
    text = "\n".join([
        "خبرگزاری مهر", "صفحه اصلی", "سیاست", "اقتصاد", "جامعه", "فرهنگ",
        "شنبه ۱۵ اردیبهشت ۱۴۰۳", "کد خبر 6089532", "۸ اردیبهشت ۱۴۰۳، ۱۰:۳۰",
        "سخنگوی دولت: مذاکرات با آژانس ادامه دارد",
        "به گزارش خبرگزاری مهر به نقل از ایرنا، سخنگوی دولت در نشست خبری هفتگی امروز اظهار "
        "داشت که هیئتی از آژانس هفته آینده به تهران سفر می‌کند و مذاکرات فنی ادامه خواهد یافت.",
        "وی افزود: ما همواره بر همکاری با آژانس در چارچوب توافقات موجود تأکید داشته‌ایم و این "
        "رویکرد را ادامه خواهیم داد.",
        "نویسنده: مریم احمدی", "اشتراک گذاری", "تلگرام", "کپی شد",
        "تمامی حقوق این سایت متعلق به خبرگزاری مهر است.",
    ])
    record = clean(text)
    assert record.title == "سخنگوی دولت: مذاکرات با آژانس ادامه دارد"
    assert (record.published, record.published_raw) == ("2024-04-27T10:30:00+03:30", "۸ اردیبهشت ۱۴۰۳، ۱۰:۳۰")
    assert [a.name for a in record.authors] == ["مریم احمدی"]
    assert record.outlet is not None and record.outlet.id == "mehr"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("mehr", "self"), ("irna", "outlet")]
    assert record.text.count("\n\n") == 1 and record.text.endswith("ادامه خواهیم داد.")
    rules_of = {r.text: r.rule for r in record.removed}
    assert rules_of["تمامی حقوق این سایت متعلق به خبرگزاری مهر است."] == "chrome.copyright"
    assert rules_of["نویسنده: مریم احمدی"] == "meta.byline"
    assert rules_of["۸ اردیبهشت ۱۴۰۳، ۱۰:۳۰"] == "meta.date"


def test_an_arabic_page_dates_its_story_by_its_published_line_not_the_header() -> None:
    """An Arabic page's header prints the scrape's day; the story's line says "published
    on" with a time and "a.m."; the update line's lunar Hijri date is a date line too."""
    text = "\n".join([
        "الجزيرة", "الرئيسية", "أخبار", "سياسة", "اقتصاد", "الجمعة 3/5/2024",
        "تابع الجزيرة نت على تليجرام",
        "كازاخستان تعلن عن خطة لتوسيع صادرات النفط عبر بحر قزوين",
        "نشر في 27 أبريل 2024 - 10:30 ص", "آخر تحديث: 18 شوال 1445",
        "وقال وزير الطاقة الكازاخي في مؤتمر صحفي في أستانا إن بلاده تعمل مع أذربيجان وجورجيا على "
        "تطوير ممر النقل الدولي عبر بحر قزوين، وفقا لما نقلته وكالة رويترز.",
        "وذكرت وكالة الأنباء الكازاخية \"كازينفورم\" أن الحكومة خصصت استثمارات كبيرة لتحديث "
        "الموانئ على ساحل بحر قزوين.",
        "بقلم: محمد أحمد", "شارك", "طباعة", "حقوق النشر © 2024 شبكة الجزيرة الإعلامية",
    ])
    record = clean(text)
    assert (record.published, record.page_date) == ("2024-04-27T10:30:00+03:00", "2024-05-03")
    assert record.outlet is not None and record.outlet.id == "aljazeera"
    assert [c.outlet_id for c in record.citations] == ["reuters", "kazinform"]
    assert [a.name for a in record.authors] == ["محمد أحمد"]
    assert record.text.count("\n\n") == 1 and "شوال" not in record.text
    assert {r.text: r.rule for r in record.removed}["تابع الجزيرة نت على تليجرام"] == "chrome.share"


@pytest.mark.parametrize("end", ["։", "۔", "।", "؟"])
def test_the_full_stops_of_other_scripts_end_a_sentence(end: str) -> None:
    from newsclean.segment import segment

    assert segment("Ein Satz, der endet" + end)[0].sentence_end


def test_a_listings_first_teaser_under_the_menu_is_one_of_its_items() -> None:
    """The body's span, which discounts a paragraph between two headlines, leaves out the
    first teaser when a menu stands over it: the teasers of the same shape above the span's
    first are the listing's too, and none of their lines is lost."""
    text = "\n".join([
        "Новости", "Политика", "Экономика",
        "В Бишкеке открылась новая станция метро", "Вчера, 23:10",
        "В столице открылась новая станция метро. Об этом сообщила пресс-служба мэрии Бишкека, "
        "отметив, что станция будет...",
        "В Оше открылись новые автобусные маршруты", "2 часа назад",
        "Мэрия Оша запустила пять новых автобусных маршрутов, которые свяжут новые районы города "
        "с центром и...",
        "Курс доллара вырос", "Сегодня, 09:15",
        "Национальный банк Кыргызстана установил новый официальный курс доллара, который вырос на...",
    ])
    record = clean(text, fetched_at="2024-04-27T20:30:00Z")
    assert record.kind == "listing"
    assert [i.title for i in record.items] == [
        "В Бишкеке открылась новая станция метро", "В Оше открылись новые автобусные маршруты",
        "Курс доллара вырос"]
    assert [i.date for i in record.items] == [
        "2024-04-26T23:10:00", "2024-04-27T18:30:00+00:00", "2024-04-27T09:15:00"]
    assert [r.text for r in record.removed if not r.rule.startswith("meta.")] == [
        "Новости", "Политика", "Экономика"]


def test_an_indonesian_portal_page_is_read_whole() -> None:
    """An Indonesian portal's page: its header's day and its story's (in WIB), the writer and
    the editor on one line, a caption, a "read also" link and the portal's prompts to follow
    it inside the body, its own name and an agency cited."""
    text = "\n".join([
        "Kompas.com", "News", "Nasional", "Regional", "Kompas.com - Senin, 3 Juni 2024",
        "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi",
        "Kompas.com - 03/06/2024, 10:15 WIB",
        "Penulis Ahmad Fauzi | Editor Dita Angga Rusiana",
        "Warga melintasi banjir di kawasan Bekasi, Jawa Barat, Senin (3/6/2024). (KOMPAS.com/AHMAD FAUZI)",
        "BEKASI, KOMPAS.com - Banjir merendam ratusan rumah di Kecamatan Bekasi Timur, Kota Bekasi, "
        "Jawa Barat, pada Senin (3/6/2024) pagi.",
        "Ketinggian air mencapai 80 sentimeter di beberapa titik setelah hujan deras mengguyur "
        "wilayah tersebut sejak Minggu malam.",
        "Baca juga: BMKG Prediksi Hujan Lebat Guyur Jabodetabek hingga Rabu",
        "\"Kami sudah mendirikan posko dan dapur umum untuk warga,\" ujarnya kepada Kompas.com, Senin.",
        "Menurut laporan Antara, banjir juga melanda sebagian wilayah Jakarta Timur.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu "
        "akses berita Kompas.com WhatsApp Channel",
        "Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Group). All Rights Reserved.",
    ])
    record = clean(text)
    assert record.title == "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi"
    assert (record.published, record.page_date) == ("2024-06-03T10:15:00+07:00", "2024-06-03")
    assert [a.name for a in record.authors] == ["Ahmad Fauzi"]
    assert record.outlet is not None and record.outlet.id == "kompas"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("kompas", "self"), ("antara", "outlet")]
    assert record.text.count("\n\n") == 3 and record.text.endswith("Jakarta Timur.")
    rules_of = {r.text: r.rule for r in record.removed}
    link = "Baca juga: BMKG Prediksi Hujan Lebat Guyur Jabodetabek hingga Rabu"
    assert rules_of[link] == "chrome.crosslink"
    assert rules_of["Penulis Ahmad Fauzi | Editor Dita Angga Rusiana"] == "meta.byline"
    assert "date_ambiguous" not in record.flags


def test_a_thai_page_is_read_whole() -> None:
    """Thai sets its sentences apart by spaces, not stops, dates by the Buddhist Era, and
    names its writer under a colon: the paragraphs are prose, the headline is the story's,
    not a menu word's."""
    text = "\n".join([
        "ไทยรัฐออนไลน์", "หน้าแรก", "ข่าว", "การเมือง", "กีฬา", "บันเทิง",
        "ฝนตกหนักกรุงเทพฯ น้ำท่วมขังหลายจุด กทม.เร่งระบายน้ำ",
        "เผยแพร่: 3 มิ.ย. 2567 10:15 น.",
        "กรมอุตุนิยมวิทยาเปิดเผยว่า ฝนตกหนักในกรุงเทพมหานครเมื่อเช้าวันนี้ ทำให้เกิดน้ำท่วมขังในหลาย"
        "พื้นที่ โดยเฉพาะเขตจตุจักรและเขตบางเขน",
        "สำนักการระบายน้ำ กรุงเทพมหานคร รายงานว่า ปริมาณฝนสูงสุดวัดได้ 95 มิลลิเมตรที่เขตจตุจักร "
        "เจ้าหน้าที่ได้เร่งสูบน้ำออกจากพื้นที่แล้ว",
        "ผู้เขียน: สมชาย ใจดี", "แชร์", "ข่าวที่เกี่ยวข้อง", "พยากรณ์อากาศวันนี้ ฝนตกหนักหลายพื้นที่",
    ])
    record = clean(text)
    assert record.language == "th"
    assert record.title == "ฝนตกหนักกรุงเทพฯ น้ำท่วมขังหลายจุด กทม.เร่งระบายน้ำ"
    assert (record.published, record.published_raw) == ("2024-06-03T10:15:00+07:00", "3 มิ.ย. 2567 10:15")
    assert [a.name for a in record.authors] == ["สมชาย ใจดี"]
    assert record.outlet is not None and record.outlet.id == "thairath"
    assert record.text.count("\n\n") == 1 and record.text.endswith("ออกจากพื้นที่แล้ว")


def test_a_hindi_page_is_read_whole() -> None:
    """A Hindi paper's page: read as Hindi (not Nepali), the header's day and the story's
    update, a byline with its editor run on, the agency it cites before its cue."""
    text = "\n".join([
        "दैनिक जागरण", "होम", "राष्ट्रीय", "राज्य", "दुनिया", "सोमवार, 03 जून 2024",
        "Monsoon Update: केरल में दो दिन पहले पहुंचा मानसून, उत्तर भारत में भीषण गर्मी जारी",
        "By Jagran News Edited By: Rajesh Kumar", "Updated: Thu, 30 May 2024 02:15 PM (IST)",
        "नई दिल्ली, जागरण संवाददाता। दक्षिण-पश्चिम मानसून ने गुरुवार को केरल में दस्तक दे दी। भारत "
        "मौसम विज्ञान विभाग ने एक बयान में कहा कि मानसून अपने सामान्य समय से दो दिन पहले पहुंचा है।",
        "समाचार एजेंसी पीटीआई के मुताबिक, देश की सालाना बारिश का करीब 70 प्रतिशत हिस्सा मानसून से ही "
        "आता है।",
        "यह भी पढ़ें: Delhi Weather: दिल्ली में गर्मी का टूटा रिकॉर्ड", "शेयर करें",
        "Copyright © 2024 Jagran Prakashan Limited.",
    ])
    record = clean(text)
    assert record.language == "hi"
    assert record.title is not None and record.title.endswith("भीषण गर्मी जारी")
    assert (record.published, record.page_date) == ("2024-05-30T14:15:00+05:30", "2024-06-03")
    assert [(a.name, a.kind) for a in record.authors] == [("Jagran News", "organization")]
    assert record.outlet is not None and record.outlet.id == "dainik-jagran"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("pti", "outlet")]
    assert record.text.count("\n\n") == 1 and record.text.endswith("आता है।")


def test_a_vietnamese_page_is_read_whole() -> None:
    text = "\n".join([
        "VnExpress", "Thời sự", "Góc nhìn", "Thế giới", "Thứ hai, 3/6/2024",
        "Thứ hai, 3/6/2024, 10:15 (GMT+7)", "Mưa lớn gây ngập nhiều tuyến phố Hà Nội",
        "Trận mưa kéo dài hơn hai giờ sáng nay khiến nhiều tuyến phố nội thành Hà Nội ngập sâu, "
        "giao thông ùn tắc.",
        "Ông Nguyễn Văn Hùng, người dân quận Đống Đa, cho biết nước dâng nhanh trong khoảng 30 phút.",
        "Theo TTXVN, mưa lớn còn xảy ra ở nhiều tỉnh miền Bắc.",
        "Võ Hải", "Chia sẻ", "Tin liên quan", "Hà Nội có thể mưa to đến hết tuần",
        "© Copyright 1997 VnExpress.net, All rights reserved",
    ])
    record = clean(text)
    assert record.title == "Mưa lớn gây ngập nhiều tuyến phố Hà Nội"
    assert record.published == "2024-06-03T10:15:00+07:00" and "date_ambiguous" not in record.flags
    assert [a.name for a in record.authors] == ["Võ Hải"]
    assert record.outlet is not None and record.outlet.id == "vnexpress"
    assert [(c.outlet_id, c.kind) for c in record.citations] == [("vna", "outlet")]
    assert record.text.count("\n\n") == 2 and record.text.endswith("miền Bắc.")


def test_a_khmer_page_is_read_whole() -> None:
    """Khmer, written without spaces between words, sets its clauses apart by spaces and ends
    its sentences with "។"; its vowel signs and stacked consonants are no more words: the long
    headline is a headline, the paragraphs prose, the menu's words chrome."""
    text = "\n".join([
        "Fresh News", "ទំព័រដើម", "ព័ត៌មានជាតិ", "អន្តរជាតិ", "កីឡា",
        "ភ្លៀងធ្លាក់ខ្លាំងធ្វើឲ្យលិចផ្ទះប្រជាពលរដ្ឋជាង៥០០ខ្នងនៅខេត្តបាត់ដំបង",
        "ភ្នំពេញ៖ ភ្លៀងធ្លាក់ខ្លាំងកាលពីយប់មិញ បានធ្វើឲ្យលិចផ្ទះប្រជាពលរដ្ឋជាង៥០០ខ្នង នៅក្នុងស្រុកចំនួនបីនៃ"
        "ខេត្តបាត់ដំបង។ អាជ្ញាធរខេត្តបានជម្លៀសប្រជាពលរដ្ឋទៅកាន់ទីទួលសុវត្ថិភាព។",
        "ក្រសួងធនធានទឹក និងឧតុនិយម បានព្យាករថា ភ្លៀងនឹងបន្តធ្លាក់រហូតដល់ចុងសប្តាហ៍នេះ។",
        "ចែករំលែក", "ព័ត៌មានពាក់ព័ន្ធ",
    ])
    record = clean(text)
    assert record.language == "km"
    assert record.title == "ភ្លៀងធ្លាក់ខ្លាំងធ្វើឲ្យលិចផ្ទះប្រជាពលរដ្ឋជាង៥០០ខ្នងនៅខេត្តបាត់ដំបង"
    assert record.text.count("\n\n") == 1 and record.text.endswith("ចុងសប្តាហ៍នេះ។")


@pytest.mark.parametrize(("text", "language"), [
    ("ភ្លៀងធ្លាក់ខ្លាំងកាលពីយប់មិញ បានធ្វើឲ្យលិចផ្ទះប្រជាពលរដ្ឋ", "km"),
    ("ຝົນຕົກໜັກຢູ່ນະຄອນຫຼວງວຽງຈັນ ເຮັດໃຫ້ນ້ຳຖ້ວມຫຼາຍບ້ານ", "lo"),
    ("ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။ မြို့တွင်းလမ်းများ ရေလွှမ်းမိုးခဲ့သည်။", "my"),
])
def test_scripts_langdetect_has_no_profile_of_name_their_language(text: str, language: str) -> None:
    from newsclean.language import detect_language

    assert detect_language(text) == language
