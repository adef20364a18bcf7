"""Turkey's press and the Kurdish press (Kurmanji in Latin letters, Sorani in Arabic script).
Each page is written as its outlet prints it (the menu, the headline, the date and byline
lines, the body, the prompts and notices under it)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsclean import Registry, clean
from newsclean.language import detect_language, prose_by_shape
from newsclean.meta.dates import find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"
REFERENCE = datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)

HURRIYET = "\n".join([
    "Hürriyet", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Son Dakika",
    "Merkez Bankası faizi sabit tuttu",
    "Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 50'de sabit bıraktı. Karar "
    "piyasalarda olumlu karşılandı.",
    "Giriş Tarihi: 03.06.2024 - 14:32", "Güncelleme Tarihi: 03.06.2024 - 16:05",
    "Ayşe Yılmaz", "Takip Et", "Paylaş",
    "Merkez Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini değiştirmedi.",
    "Haberin Devamı",
    "Kurul, enflasyonun ana eğiliminde belirgin bir düşüş görülene kadar sıkı duruşun "
    "korunacağını açıkladı.",
    "Reuters'ın haberine göre, ekonomistlerin büyük çoğunluğu faizin sabit kalmasını bekliyordu.",
    "Haberin Devamı",
    "Hazine ve Maliye Bakanı Mehmet Şimşek, kararın ardından yaptığı açıklamada dezenflasyon "
    "sürecinin kararlılıkla süreceğini söyledi.",
    "Analistler, faiz indiriminin yılın son çeyreğinden önce gündeme gelmesini beklemiyor.",
    "İLGİLİ HABERLER", "Dolar/TL güne yükselişle başladı", "Altın fiyatlarında son durum",
    "Yorumlar", "Tüm hakları saklıdır. © 2024 Hürriyet",
])

MILLIYET = "\n".join([
    "Milliyet", "Gündem", "Ekonomi", "Dünya", "Magazin",
    "Ankara'da sağanak yağış etkili oldu",
    "Meteoroloji'nin uyarısının ardından başkentte sağanak yağış hayatı olumsuz etkiledi.",
    "Kaynak: DHA",
    "Giriş Tarihi: 03 Haziran 2024, 14:32", "Güncelleme Tarihi: 03 Haziran 2024, 16:05",
    "ANKARA (DHA) - Başkentte öğle saatlerinde başlayan sağanak yağış, bazı caddelerde su "
    "birikintilerine neden oldu.",
    "İtfaiye ekipleri, su basan iş yerleri ve evlerde tahliye çalışması yaptı.",
    "Ankara Büyükşehir Belediyesi, ekiplerin sahada olduğunu açıkladı.",
    "Meteoroloji Genel Müdürlüğü, yağışların yarın da süreceğini bildirdi.",
    "Haberin Devamı",
    "Sürücülerin dikkatli olması istendi.",
    "Milliyet.com.tr'yi Google News'ten takip edin",
    "Tüm hakları saklıdır. © 2024 Milliyet",
])

HABERTURK = "\n".join([
    "HABERTÜRK", "Gündem", "Ekonomi", "Spor", "Magazin", "Dünya",
    "Galatasaray şampiyonluğu kutladı",
    "03 Haziran 2024 - 14:32 | Son Güncelleme : 03 Haziran 2024 - 16:05",
    "Haber: Murat Özen",
    "Süper Lig'de şampiyonluğa ulaşan Galatasaray, kupasını Rams Park'ta düzenlenen törenle aldı.",
    "Törene on binlerce taraftar katıldı.",
    "Teknik direktör Okan Buruk, takımının sezon boyunca gösterdiği performanstan gurur "
    "duyduğunu söyledi.",
    "Kulüp Başkanı Dursun Özbek de gelecek sezon Avrupa'da daha iddialı olacaklarını açıkladı.",
    "Habertürk Spor'a konuşan kaptan Fernando Muslera, şampiyonluğu taraftarlara armağan etti.",
    "Haberturk.com ekibi, habere ilişkin olarak telif hakları kapsamında fotoğraf ve video "
    "kullanmıştır.",
    "HABERTÜRK ANA SAYFA",
])

ANADOLU = "\n".join([
    "Anadolu Ajansı", "Gündem", "Dünya", "Ekonomi", "Spor",
    "Türkiye'nin ihracatı mayısta rekor kırdı",
    "Ticaret Bakanlığı verilerine göre ihracat geçen yılın aynı ayına göre yüzde 9 arttı.",
    "Ahmet Kaya | 03.06.2024 - Güncelleme : 03.06.2024",
    "ANKARA (AA) - Türkiye'nin ihracatı mayıs ayında geçen yılın aynı ayına göre yüzde 9 "
    "artarak 24,1 milyar dolara ulaştı.",
    "Ticaret Bakanı Ömer Bolat, düzenlediği basın toplantısında dış ticaret verilerini açıkladı.",
    "Bolat, otomotiv ve kimya sektörlerinin ihracattaki artışa en büyük katkıyı sağladığını "
    "belirtti.",
    "İthalat ise aynı dönemde yüzde 1,5 azalarak 30,6 milyar dolar oldu.",
    "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan "
    "haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.",
])

RUDAW = "\n".join([
    "Rudaw", "هەواڵ", "کوردستان", "عێراق", "جیهان", "ئابووری",
    "وەزارەتی دارایی موچەی فەرمانبەران دابەش دەکات", "رووداو", "3-6-2024 14:32",
    "وەزارەتی دارایی و ئابووری حکوومەتی هەرێمی کوردستان ڕایگەیاند کە لە ماوەی ئەم هەفتەیەدا "
    "موچەی مانگی ئایار دابەش دەکرێت.",
    "بەپێی ڕاگەیەندراوێکی وەزارەت، پارەی موچەکان لە بەغداوە گەیشتووە.",
    "فەرمانبەران ماوەیەکی زۆرە گلەیی لە دواکەوتنی موچەکانیان دەکەن.",
    "وتەبێژی حکوومەت بە ڕووداوی ڕاگەیاند کە کێشەکە بە تەواوی چارەسەر دەکرێت.",
    "هاوبەشی بکە", "هەواڵی پەیوەندیدار",
])

KURDISTAN24 = "\n".join([
    "Kurdistan24", "Nûçe", "Kurdistan", "Cîhan", "Aborî", "Werzîş",
    "Hikûmeta Herêma Kurdistanê mûçeyan belav dike", "Kurdistan24", "03-06-2024 14:32",
    "Wezareta Darayî ya Hikûmeta Herêma Kurdistanê ragihand ku mûçeyên meha Gulanê di vê "
    "hefteyê de tên belavkirin.",
    "Li gorî daxuyaniya wezaretê, pereyê mûçeyan ji Bexdayê gihîştiye Hewlêrê.",
    "Karmend ji demeke dirêj ve gilî ji derengketina mûçeyan dikin.",
    "Berdevkê hikûmetê ji Kurdistan24ê re got ku pirsgirêk bi temamî dê were çareserkirin.",
    "Parve bike", "Nûçeyên girêdayî",
])


@pytest.mark.parametrize(("text", "language"), [
    # Kurmanji, which langdetect took for Turkish; Sorani, which it took for Persian
    ("Wezareta Darayî ya Hikûmeta Herêma Kurdistanê ragihand ku mûçeyên meha Gulanê di vê "
     "hefteyê de tên belavkirin. Karmend ji demeke dirêj ve gilî ji derengketina mûçeyan dikin.",
     "ku"),
    ("وەزارەتی دارایی و ئابووری حکوومەتی هەرێمی کوردستان ڕایگەیاند کە لە ماوەی ئەم هەفتەیەدا "
     "موچەی مانگی ئایار دابەش دەکرێت.", "ku"),
    # Turkish, with Turkish's ı and ğ, stays Turkish; Persian and French stay theirs
    ("Merkez Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini "
     "değiştirmedi. Karar piyasalarda olumlu karşılandı.", "tr"),
    ("وزارت دارایی اعلام کرد که حقوق کارمندان در این هفته پرداخت می‌شود و مشکل به طور کامل "
     "حل خواهد شد.", "fa"),
    ("Le président a été élu à la tête du parti. Il a dû faire face à une crise sûre et à une "
     "tempête sur l'île.", "fr"),
])
def test_kurdish_is_told_by_its_letters(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_turkish_and_kurdish_tell_prose_by_its_shape() -> None:
    """Turkish sets its function words as suffixes: its list covers a fifth of running text."""
    assert prose_by_shape("tr", "LATIN") and prose_by_shape("ku", "LATIN")
    assert prose_by_shape("ku", "ARABIC") and not prose_by_shape("fa", "ARABIC")


def test_a_turkish_page_keeps_its_headline_standfirst_and_paragraphs() -> None:
    """The headline was read as a menu, the standfirst, the byline and the lead as the
    preamble, and a paragraph became the title; "Haberin Devamı" (the story goes on) stayed."""
    record = clean(HURRIYET, fetched_at=FETCHED)
    assert record.title == "Merkez Bankası faizi sabit tuttu"
    assert record.text.startswith("Türkiye Cumhuriyet Merkez Bankası politika faizini")
    assert "Merkez Bankası Para Politikası Kurulu, bugünkü" in record.text
    assert record.text.endswith("gündeme gelmesini beklemiyor.")
    assert "Haberin Devamı" not in record.text
    assert [(a.name, a.kind) for a in record.authors] == [("Ayşe Yılmaz", "person")]
    assert record.published == "2024-06-03T14:32:00+03:00"
    assert record.updated == "2024-06-03T16:05:00+03:00"
    assert record.section is None
    assert [(c.name, c.outlet_id) for c in record.citations] == [("Reuters", "reuters")]


def test_a_paragraph_after_the_continue_button_stays_the_article_s() -> None:
    record = clean(MILLIYET, fetched_at=FETCHED)
    assert record.title == "Ankara'da sağanak yağış etkili oldu"
    assert record.text.startswith("Meteoroloji'nin uyarısının ardından")
    assert record.text.endswith("Sürücülerin dikkatli olması istendi.")
    assert "takip edin" not in record.text and "Haberin Devamı" not in record.text
    assert record.published == "2024-06-03T14:32:00+03:00"
    assert record.updated == "2024-06-03T16:05:00+03:00"


def test_the_wire_s_dateline_under_a_kept_standfirst_is_read() -> None:
    """The dateline opens the second paragraph, under the standfirst the body keeps."""
    record = clean(MILLIYET, fetched_at=FETCHED)
    assert record.dateline is not None and record.dateline.place == "ANKARA"
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [("DHA", "dha", "wire")]
    assert "wire_copy" in record.flags
    agency = clean(ANADOLU, fetched_at=FETCHED)
    assert agency.dateline is not None and agency.dateline.place == "ANKARA"
    assert agency.outlet is not None and agency.outlet.id == "anadolu"


def test_a_heading_under_the_first_paragraph_is_no_dateline() -> None:
    text = "\n".join([
        "Lehrberufe im Überblick",
        "Hier finden Sie unsere Lehrberufe zum Lehrgang Kraftfahrzeugtechnik und die Module, "
        "die dazu gehören, mit ihren Lehrzeiten.",
        "KFT - Kraftfahrzeugtechnik: Die Lehrzeit beträgt zwei Jahre im Grundmodul und ein "
        "weiteres Jahr im Hauptmodul.",
    ])
    assert clean(text).dateline is None


def test_a_turkish_byline_label_and_a_desk() -> None:
    record = clean(HABERTURK, fetched_at=FETCHED)
    assert record.title == "Galatasaray şampiyonluğu kutladı"
    assert record.text.startswith("Süper Lig'de şampiyonluğa ulaşan Galatasaray")
    assert record.text.endswith("şampiyonluğu taraftarlara armağan etti.")
    assert "telif hakları" not in record.text
    assert [(a.name, a.kind) for a in record.authors] == [("Murat Özen", "person")]
    assert record.updated == "2024-06-03T16:05:00+03:00"
    desk = HURRIYET.replace("Ayşe Yılmaz", "Ankara Haber Merkezi")
    assert [(a.name, a.kind) for a in clean(desk, fetched_at=FETCHED).authors] == [
        ("Ankara Haber Merkezi", "organization")]


def test_an_agency_s_notice_to_its_subscribers_leaves_the_body() -> None:
    record = clean(ANADOLU, fetched_at=FETCHED)
    assert record.text.endswith("30,6 milyar dolar oldu.")
    assert any(r.rule == "chrome.copyright" and "abonelere sunulan" in r.text for r in record.removed)


@pytest.mark.parametrize(("text", "value"), [
    ("03 Haziran 2024 Pazartesi 14:32", "2024-06-03T14:32:00"),
    ("3 Haziran 2024, Pazartesi 14:32", "2024-06-03T14:32:00"),
    ("3 Hezîran 2024", "2024-06-03"), ("3 Gulan 2024, 14:32", "2024-05-03T14:32:00"),
    ("3 حوزەیران 2024", "2024-06-03"),
])
def test_turkish_and_kurdish_dates_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("2 demjimêr berê", "2024-06-04T07:00:00+00:00"), ("3 roj berê", "2024-06-01T09:00:00+00:00"),
    ("2 کاتژمێر لەمەوبەر", "2024-06-04T07:00:00+00:00"),
    ("پێش 15 خولەک", "2024-06-04T08:45:00+00:00"),
    ("٣ ڕۆژ لەمەوبەر", "2024-06-01T09:00:00+00:00"),
])
def test_kurdish_counts_back_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


@pytest.mark.parametrize(("paragraph", "language", "name", "outlet_id"), [
    ("Reuters'ın haberine göre, ekonomistler faizin sabit kalmasını bekliyordu.", "tr",
     "Reuters", "reuters"),
    ("Anadolu Ajansı'nın aktardığına göre, hattın yapımı dört yıl sürdü.", "tr",
     "Anadolu Ajansı", "anadolu"),
    ("Bloomberg HT'nin haberine göre, hükümet ek düzenleme yapmayı değerlendiriyor.", "tr",
     "Bloomberg HT", "bloomberg-ht"),
    ("AFP'ye göre, saldırıda 12 kişi hayatını kaybetti.", "tr", "AFP", "afp"),
    # a capitalised word before the name ("Bakanı") is cut off
    ("Hazine ve Maliye Bakanı Reuters'a göre toplantıya katılmadı.", "tr", "Reuters", "reuters"),
    ("Le Monde gazetesine konuşan siyaset bilimci Pierre Martin, sonuçların önemli olduğunu "
     "söyledi.", "tr", "Le Monde", "lemonde"),
    ("Bakan, Reuters'a yaptığı açıklamada kararın kesin olduğunu söyledi.", "tr", "Reuters",
     "reuters"),
    ("AA muhabirine açıklama yapan Vali, çalışmaların sürdüğünü söyledi.", "tr", "AA", "anadolu"),
    ("Li gorî Rûdawê, hikûmetê biryar da.", "ku", "Rûdaw", "rudaw"),
    ("Berdevkê hikûmetê ji Kurdistan24ê re got ku pirsgirêk dê were çareserkirin.", "ku",
     "Kurdistan24", "kurdistan24"),
])
def test_turkish_and_kurmanji_citations_name_their_source(
        paragraph: str, language: str, name: str, outlet_id: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.outlet_id, c.kind) for c in found] == [(name, outlet_id, "outlet")]


@pytest.mark.parametrize(("paragraph", "language"), [
    ("Ahmet Hakan'ın haberine göre, görüşme iptal edildi.", "tr"),  # a person
    ("Bakan'a göre, enflasyon düşecek.", "tr"),  # an office
    ("İçişleri Bakanlığı'nın açıklamasına göre, 3 kişi gözaltına alındı.", "tr"),  # a ministry
    ("Li gorî Wezareta Darayî, mûçe dê werin dayîn.", "ku"),
    ("Wezîr ji rojnamevanan re got ku biryar hat dayîn.", "ku"),  # "to the journalists"
])
def test_a_turkish_or_kurmanji_cue_before_no_outlet_cites_nothing(
        paragraph: str, language: str) -> None:
    assert find_citations([paragraph], Registry.shipped(), language=language) == ()


def test_quotes_given_to_an_outlet_are_secondary_reporting() -> None:
    text = "\n".join([
        "DW Türkçe", "Türkiye", "Almanya", "Dünya", "Avrupa'da aşırı sağın yükselişi",
        "Kay-Alexander Scholz", "03.06.2024",
        "Avrupa Parlamentosu seçimleri 6-9 Haziran tarihleri arasında yapılacak.",
        "Anketlere göre aşırı sağ partiler, birçok ülkede oylarını artıracak.",
        "Le Monde gazetesine konuşan siyaset bilimci Pierre Martin, sonuçların Avrupa "
        "siyasetini değiştirebileceğini söyledi.",
        "DW Türkçe'yi Facebook, X ve Instagram'da takip edebilirsiniz.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "dw-turkce"
    assert "secondary_reporting" in record.flags
    assert record.text.endswith("değiştirebileceğini söyledi.")


def test_a_language_service_is_named_over_its_parent_s_copyright() -> None:
    """"© 2024 BBC" covers all the BBC's services: the masthead says which one this is."""
    text = "\n".join([
        "BBC News, Türkçe", "İçeriğe geç", "Haberler", "Türkiye", "Dünya",
        "Suriyeli sığınmacıların geri dönüşü tartışması", "Selin Girit", "BBC Türkçe",
        "3 Haziran 2024",
        "Türkiye'de yaşayan Suriyeli sığınmacıların ülkelerine geri dönüşü, siyasetin gündeminde "
        "yeniden üst sıralara çıktı.",
        "Hükümet, gönüllü geri dönüşlerin hızlandırılması için yeni bir plan üzerinde çalışıyor.",
        "© 2024 BBC. BBC dış sitelerin içeriğinden sorumlu değildir.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "bbc-turkce"
    assert {e.signal for e in record.outlet.evidence} == {"copyright", "site_name"}
    english = clean(text.replace("BBC News, Türkçe", "BBC News").replace("\nBBC Türkçe", ""),
                    fetched_at=FETCHED)
    assert english.outlet is not None and english.outlet.id == "bbc"


@pytest.mark.parametrize(("page", "first", "last"), [
    (RUDAW, "وەزارەتی دارایی و ئابووری", "چارەسەر دەکرێت."),
    (KURDISTAN24, "Wezareta Darayî", "dê were çareserkirin."),
])
def test_a_kurdish_page_keeps_every_paragraph(page: str, first: str, last: str) -> None:
    """Kurdish has no stop-word list: its paragraphs but the first were cut as the trailer."""
    record = clean(page, fetched_at=FETCHED)
    assert record.language == "ku"
    assert record.text.startswith(first) and record.text.endswith(last)
    assert len(record.text.split("\n\n")) == 4
    assert "Parve bike" not in record.text and "هاوبەشی بکە" not in record.text


def test_kurdish_and_turkish_outlets_are_known() -> None:
    registry = Registry.shipped()
    for name, outlet_id in [("T24", "t24"), ("BirGün", "birgun"), ("ANKA", "anka"),
                            ("BBC Türkçe", "bbc-turkce"), ("رووداو", "rudaw"), ("ANF", "anf"),
                            ("Bloomberg HT", "bloomberg-ht"), ("Mezopotamya Ajansı",
                                                                "mezopotamya-ajansi")]:
        info = registry.by_name(name)
        assert info is not None and info.id == outlet_id, name


def test_a_source_line_credits_the_turkish_wire() -> None:
    text = "\n".join([
        "Cumhuriyet", "Siyaset", "Ekonomi", "Muhalefetten erken seçim çağrısı",
        "Yayınlanma: 3.06.2024 14:32", "Son Güncelleme: 3.06.2024 16:05",
        "CHP Genel Başkanı Özgür Özel, partisinin grup toplantısında hükümeti erken seçime çağırdı.",
        "Özel, ekonomik krizin derinleştiğini ve halkın sandığa gitmek istediğini söyledi.",
        "Kaynak: ANKA", "Bu habere yorum yapın",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [("ANKA", "anka", "wire")]
    assert "wire_copy" in record.flags and "Kaynak" not in record.text
    assert record.updated == "2024-06-03T16:05:00+03:00"


def test_a_button_saying_the_story_goes_on_keeps_the_paragraphs_below_it() -> None:
    """"Story continues below advertisement" promises more of the article: the short last
    paragraph under it stays (it cost the span as any chrome line did, and was cut)."""
    text = "\n".join([
        "Council approves the new school budget", "By Jane Doe", "June 3, 2024",
        "The council voted on Tuesday to approve the new budget for the schools of the city, "
        "after a long debate that lasted into the night.",
        "Story continues below advertisement",
        "Teachers welcomed the decision.",
    ])
    record = clean(text)
    assert record.text.endswith("Teachers welcomed the decision.")
    assert [r.rule for r in record.removed if r.text.startswith("Story")] == ["chrome.ui"]


IHA = "\n".join([
    "İHA", "İhlas Haber Ajansı", "Gündem", "Asayiş", "Ekonomi",
    "İstanbul'da 3 katlı binada yangın",
    "İstanbul (İHA) - Esenyurt'ta 3 katlı bir binanın çatı katında çıkan yangın, itfaiye "
    "ekiplerinin müdahalesiyle söndürüldü.",
    "Yangın, saat 11.30 sıralarında Mehterçeşme Mahallesi'ndeki binada başladı.",
    "Alevleri gören vatandaşlar durumu itfaiyeye bildirdi.",
    "Olay yerine gelen itfaiye ekipleri, yangını kısa sürede kontrol altına aldı.",
    "Yangında yaralanan olmadı.",
    "Muhabir: Mehmet Yıldız", "03.06.2024 14:32",
])


def test_an_agency_s_own_story_keeps_its_three_word_close_and_its_dateline() -> None:
    """"Yangında yaralanan olmadı." (no one was hurt) says in three words what English says
    in five; the place of the tag, in lower case, is the dateline."""
    record = clean(IHA, fetched_at=FETCHED)
    assert record.text.endswith("Yangında yaralanan olmadı.")
    assert record.outlet is not None and record.outlet.id == "iha"
    assert record.dateline is not None and record.dateline.place == "İstanbul"
    assert [(a.name, a.kind) for a in record.authors] == [("Mehmet Yıldız", "person")]
    assert record.published == "2024-06-03T14:32:00+03:00"


def test_a_wire_s_dateline_in_turkish_capitals() -> None:
    record = clean("İZMİR (DHA) - Kentte sağanak yağış hayatı olumsuz etkiledi, bazı caddeler "
                   "göle döndü.\nİtfaiye ekipleri tahliye çalışması yaptı.")
    assert record.dateline is not None and record.dateline.place == "İZMİR"


def test_an_outlet_s_desk_in_a_city_signs_as_an_organisation() -> None:
    text = HURRIYET.replace("Hürriyet", "Evrensel").replace("Ayşe Yılmaz", "Evrensel Ankara")
    assert [(a.name, a.kind) for a in clean(text, fetched_at=FETCHED).authors] == [
        ("Evrensel Ankara", "organization")]
    # a name that opens with a usual given name stays a person's, though an outlet shares it
    dawn = clean("Rates held steady\nBy Dawn Smith\nThe central bank kept its rates where "
                 "they were on Monday, as markets had expected it to do.\nIt meets again in "
                 "July, when a cut is possible.")
    assert [(a.name, a.kind) for a in dawn.authors] == [("Dawn Smith", "person")]


@pytest.mark.parametrize("name", ["Ayşe", "İbrahim"])
def test_turkish_given_names_are_known_with_their_letters(name: str) -> None:
    """Faker's Turkish list spells "ayse"; "İ" casefolds to "i" and a combining dot."""
    from newsclean.meta.names import given_name
    assert given_name(name)


@pytest.mark.parametrize("heads", [
    ("Merkez Bankası faiz kararını açıkladı", "İstanbul'da metro seferlerine yeni düzenleme",
     "Emekli zammı için kritik tarih belli oldu", "Galatasaray'da transfer hareketliliği"),
    ("Central bank announces its rate decision", "New timetable for the city metro lines",
     "Key date set for the pension increase", "Transfer rumours at the football club"),
])
def test_a_page_of_headlines_each_over_its_date_is_a_listing(heads: tuple[str, ...]) -> None:
    rows = [row for n, head in enumerate(heads) for row in (head, f"03.06.2024 14:{10 + n}")]
    text = "\n".join(["Halk TV", "Canlı İzle", "Gündem", "Ekonomi", "Son Dakika Haberleri",
                      *rows, "Daha Fazla Göster"])
    record = clean(text, fetched_at=FETCHED)
    assert record.kind == "listing" and "listing" in record.flags
    assert [(i.title, i.text, i.date) for i in record.items] == [
        (head, "", f"2024-06-03T14:{10 + n}:00+03:00") for n, head in enumerate(heads)]
    assert record.text == "\n\n".join(heads)


def test_an_article_over_a_box_of_dated_headlines_stays_an_article() -> None:
    text = "\n".join([
        "Merkez Bankası faizi sabit tuttu", "03.06.2024 14:32",
        "Merkez Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini "
        "değiştirmedi ve sıkı duruşun korunacağını açıkladı.",
        "Analistler, faiz indiriminin yılın son çeyreğinden önce gündeme gelmesini beklemiyor.",
        "Son Dakika", "Dolar güne yükselişle başladı", "03.06.2024 13:40",
        "Altın fiyatlarında son durum", "03.06.2024 13:12", "Borsada düşüş sürüyor",
        "03.06.2024 12:55",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.kind == "article" and record.items == ()
    assert record.title == "Merkez Bankası faizi sabit tuttu"


_AROUND = "\n".join([
    "Merkez Bankası faizi sabit tuttu",
    "Merkez Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini "
    "değiştirmedi ve sıkı duruşun korunacağını açıkladı.",
    "{line}",
    "Analistler, faiz indiriminin yılın son çeyreğinden önce gündeme gelmesini beklemiyor ve "
    "piyasalar kararı olumlu karşıladı.",
    "Hazine ve Maliye Bakanı Mehmet Şimşek, kararın ardından yaptığı açıklamada dezenflasyon "
    "sürecinin kararlılıkla süreceğini söyledi.",
])


@pytest.mark.parametrize(("line", "rule"), [
    ("Bu haber toplam 1.254 kez okundu", "chrome.counter"),
    ("1.254 okunma", "chrome.counter"),
    ("Okuma süresi: 4 dk", "chrome.counter"),
    ("3 dk okuma süresi", "chrome.counter"),
    ("(Fotoğraf: DHA)", "chrome.caption"),
    ("Bunlar da ilginizi çekebilir", "chrome.related"),
    ("Öne Çıkanlar", "chrome.related"),
    ("WhatsApp kanalımıza katılın", "chrome.share"),
    ("Bu haberi paylaşın", "chrome.share"),
    ("Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı "
     "inceleyebilirsiniz.", "chrome.cookie"),
    ("Son Güncelleme: 2 saat önce", "meta.date"),
])
def test_turkish_chrome_inside_the_article_is_named_by_its_rule(line: str, rule: str) -> None:
    record = clean(_AROUND.format(line=line), fetched_at=FETCHED)
    assert [r.rule for r in record.removed if r.text == line] == [rule]
    assert record.text.startswith("Merkez Bankası Para") and record.text.endswith("söyledi.")


def test_a_relative_update_line_under_the_lead_dates_the_update() -> None:
    record = clean(_AROUND.format(line="Son Güncelleme: 2 saat önce"), fetched_at=FETCHED)
    assert record.updated == "2024-06-04T07:00:00+00:00"
