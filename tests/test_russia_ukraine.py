"""Russia's regional and exiled press, and Ukraine's. Each page is written as its outlet
prints it (the menu, the headline, the standfirst, the byline and date lines, the body, the
prompts and notices under it)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsclean import Registry, clean, clean_html
from newsclean.language import prose_by_shape
from newsclean.meta.bylines import given_name
from newsclean.meta.dates import find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"
REFERENCE = datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)

E1 = "\n".join([
    "E1.RU", "Новости", "Город", "Транспорт", "Недвижимость", "Работа", "18+", "+17°", "ОБЩЕСТВО",
    "В Екатеринбурге на два месяца закроют участок улицы Малышева",
    "Движение ограничат с 10 июня из-за ремонта трамвайных путей", "Поделиться", "Анна Иванова",
    "Корреспондент E1.RU", "3 июня 2024, 14:32", "Фото: Артем Устюжанин / E1.RU",
    "В Екатеринбурге с 10 июня закроют участок улицы Малышева между улицами 8 Марта и "
    "Луначарского. Об этом сообщили в мэрии города.",
    "Ремонт трамвайных путей продлится до 10 августа. На время работ трамваи пустят в объезд, "
    "а автобусы изменят маршруты.",
    "«Мы понимаем, что это доставит неудобства жителям, но пути не ремонтировали больше двадцати "
    "лет», — пояснили в администрации.",
    "Как сообщало «Интерфакс-Урал», подрядчик уже завез на площадку технику и материалы.",
    "В мэрии пообещали, что пешеходы смогут проходить по тротуарам на всем протяжении ремонта.",
    "Читайте также", "Ремонт дорог в Екатеринбурге: где будут пробки летом",
    "Подписывайтесь на наш канал в Telegram", "Комментарии", "12",
    "Увидели опечатку? Выделите фрагмент и нажмите Ctrl+Enter",
    "Сетевое издание «E1.RU» © 2024 ООО «Сетевой портал»",
])

FONTANKA = "\n".join([
    "ФОНТАНКА.ру", "Город", "Происшествия", "Бизнес", "Доктор Питер", "Мнения", "Новости СПб",
    "Смольный выделит 2 млрд рублей на ремонт набережных", "3 июня 2024, 14:32", "Поделиться",
    "Фото: Михаил Огнев / «Фонтанка.ру»",
    "Правительство Петербурга выделит 2 млрд рублей на ремонт гранитных набережных в центре "
    "города. Соответствующее постановление опубликовано на портале правовой информации.",
    "Деньги пойдут на восстановление набережных Мойки, Фонтанки и канала Грибоедова.",
    "Как ранее сообщал «Коммерсантъ», часть гранитных плит на набережной Мойки грозит обрушением.",
    "Работы планируют завершить к концу 2026 года.",
    "Ирина Ермолаева, «Фонтанка.ру»", "Читайте также:", "В Петербурге отремонтируют Дворцовый мост",
    "Еще больше новостей — в телеграм-канале «Фонтанки»",
    "© 2024 ООО «Фонтанка.ру». Все права защищены",
])

TATAR_INFORM = "\n".join([
    "Татар-информ", "Новости", "Татарстан", "Казань", "Экономика",
    "В Казани открыли новую станцию метро",
    "Казань, 3 июня. «Татар-информ». В Казани открыли станцию метро «Суконная слобода» после "
    "реконструкции. Об этом сообщили в исполкоме города.",
    "Станция была закрыта на ремонт с января.",
    "На церемонии открытия присутствовал президент Татарстана Рустам Минниханов.",
    "Фото: пресс-служба президента РТ", "Подписывайтесь на «Татар-информ» в Telegram",
    "© 2024 АО «Татмедиа»",
])

PRIMAMEDIA = "\n".join([
    "PrimaMedia", "Новости", "Приморье", "Владивосток", "Происшествия",
    "Во Владивостоке завершили ремонт Золотого моста",
    "ВЛАДИВОСТОК, 3 июня 2024, 14:32 — ИА PrimaMedia. Во Владивостоке завершили ремонт Золотого "
    "моста, движение восстановлено в полном объеме. Об этом сообщили в администрации края.",
    "Ремонт продолжался с апреля, все это время движение было ограничено.",
    "Подрядчик заменил асфальт и деформационные швы.",
    "Фото: пресс-служба правительства Приморья", "© 2024 PrimaMedia",
])

MEDIAZONA = "\n".join([
    "Медиазона", "Новости", "Статьи", "Мобилизация", "Суды", "18+",
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ "
    "АГЕНТОМ «МЕДИАЗОНА» ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА «МЕДИАЗОНА». 18+",
    "В Перми суд арестовал студента по делу о поджоге военкомата", "3 июня 2024, 14:32",
    "Ленинский районный суд Перми арестовал 19-летнего студента, которого обвиняют в попытке "
    "поджога военкомата. Об этом сообщила объединенная пресс-служба судов края.",
    "Студента задержали 1 июня. Следствие считает, что он бросил бутылку с зажигательной смесью "
    "в окно здания.",
    "По данным «Медиазоны», с начала войны в России возбуждено не менее 200 дел о поджогах "
    "военкоматов.",
    "Молодому человеку грозит до 20 лет лишения свободы.",
    "Подпишитесь на «Медиазону»", "Поддержите «Медиазону»", "© Медиазона, 2024",
])

MEDUZA = "\n".join([
    "Meduza", "Новости", "Истории", "Разбор", "Игры", "14:32, 3 июня 2024",
    "Минфин предложил повысить налог на прибыль до 25%",
    "Министерство финансов предложило повысить ставку налога на прибыль организаций с 20 до 25%. "
    "Об этом сообщает «Коммерсантъ» со ссылкой на проект поправок в Налоговый кодекс.",
    "Повышение может принести бюджету около 2 трлн рублей в год, отмечает издание.",
    "Ранее о планах налоговой реформы сообщали «Ведомости».",
    "Как пишет Reuters, изменения могут вступить в силу с 1 января 2025 года.",
    "Не забудьте поддержать «Медузу»",
    "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ "
    "ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, "
    "ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА",
    "© 2014–2024 Meduza",
])

NOVAYA_EUROPE = "\n".join([
    "Новая газета Европа", "Сюжеты", "Новости", "Мнения", "Истории",
    "Жители Белгорода жалуются на перебои с водой", "03 июня 2024, 14:32",
    "Иван Жилин, специально для «Новой газеты Европа»",
    "Жители нескольких районов Белгорода третьи сутки жалуются на перебои с водоснабжением.",
    "По словам горожан, вода подается только несколько часов в день.",
    "В мэрии объяснили перебои аварией на водоводе и пообещали восстановить подачу к концу недели.",
    "«Мы набираем воду в бутылки, когда она появляется», — рассказала жительница города Ольга.",
    "Поддержите «Новую газету Европа»", "© 2024 Новая газета Европа",
])

BUMAGA = "\n".join([
    "Бумага", "Новости", "Город", "Истории", "Петербург",
    "В Петербурге откроют новый пешеходный маршрут вдоль Невы", "3 июня 2024",
    "Текст: Мария Кузнецова",
    "В Петербурге откроют новый пешеходный маршрут вдоль Невы от Литейного моста до Смольного. "
    "Об этом сообщили в комитете по благоустройству.",
    "Маршрут длиной 3 км обустроят до конца лета.", "Вдоль маршрута поставят скамейки, урны и фонари.",
    "По данным «Фонтанки», на работы выделено 150 млн рублей.",
    "Читайте также", "Поддержите «Бумагу»", "© «Бумага», 2024",
])

ZAXID = "\n".join([
    "ZAXID.NET", "Львів", "Україна", "Світ", "Економіка", "Понеділок, 3 червня 2024, 14:32",
    "У Львові відремонтують трамвайну колію на вулиці Городоцькій",
    "Ремонт триватиме до кінця серпня", "Фото: Львівська міська рада", "Анна Ковальчук",
    "У Львові з 10 червня розпочнуть ремонт трамвайної колії на вулиці Городоцькій. Про це "
    "повідомили у Львівській міській раді.",
    "Роботи триватимуть до кінця серпня. Трамваї №2 та №9 курсуватимуть за зміненими маршрутами.",
    "Як повідомляв Укрінформ, місто отримало кредит ЄБРР на оновлення трамвайної мережі.",
    "Підписуйтесь на ZAXID.NET у Telegram", "Читайте також", "© 2024 ZAXID.NET",
])

LB = "\n".join([
    "LB.ua", "Головне", "Політика", "Суспільство", "Економіка",
    "Верховна Рада ухвалила закон про мобілізацію у другому читанні", "3 червня 2024, 14:32",
    "Соня Кошкіна",
    "Верховна Рада ухвалила в другому читанні законопроєкт про мобілізацію. За документ "
    "проголосували 283 народні депутати.",
    "Закон набуде чинності через місяць після публікації.",
    "Як повідомляла «Українська правда», опозиція подала понад тисячу поправок.",
    "Поділитися", "Якщо ви помітили помилку, виділіть її мишкою і натисніть Ctrl+Enter",
    "© 2024 LB.ua",
])

# a lead of eleven words, two of them stop words, under a headline it shares its words with
NGS = "\n".join([
    "НГС", "Новости", "Происшествия", "В Новосибирске загорелся склад на улице Станционной",
    "Дмитрий Петров", "3 июня 2024, 09:15",
    "В Новосибирске загорелся склад площадью 1500 квадратных метров на улице Станционной. Пожару "
    "присвоили повышенный номер сложности.",
    "По данным ГУ МЧС по Новосибирской области, на месте работают 40 человек и 12 единиц техники.",
    "Пострадавших нет. Причины возгорания выясняют дознаватели.",
    "© 2024 НГС",
])


def _rules(record) -> dict[str, str]:
    return {r.text: r.rule for r in record.removed}


@pytest.mark.parametrize(("page", "title", "author", "outlet_id"), [
    (E1, "В Екатеринбурге на два месяца закроют участок улицы Малышева", "Анна Иванова", "e1"),
    (FONTANKA, "Смольный выделит 2 млрд рублей на ремонт набережных", "Ирина Ермолаева", "fontanka"),
    (NOVAYA_EUROPE, "Жители Белгорода жалуются на перебои с водой", "Иван Жилин",
     "novaya-gazeta-europe"),
    (BUMAGA, "В Петербурге откроют новый пешеходный маршрут вдоль Невы", "Мария Кузнецова", None),
    (ZAXID, "У Львові відремонтують трамвайну колію на вулиці Городоцькій", "Анна Ковальчук", "zaxid"),
    (LB, "Верховна Рада ухвалила закон про мобілізацію у другому читанні", "Соня Кошкіна", "lb-ua"),
    (NGS, "В Новосибирске загорелся склад на улице Станционной", "Дмитрий Петров", "ngs"),
])
def test_a_regional_page_s_headline_byline_and_outlet(
    page: str, title: str, author: str, outlet_id: str | None
) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.title == title
    assert [a.name for a in record.authors] == [author]
    assert (record.outlet.id if record.outlet else None) == outlet_id
    paragraphs = [line for line in page.split("\n") if line.endswith(".") and len(line.split()) >= 6]
    assert all(paragraph in record.text for paragraph in paragraphs)


def test_a_lead_thin_in_stop_words_stays_in_the_body_under_its_headline() -> None:
    record = clean(NGS, fetched_at=FETCHED)
    assert record.text.startswith("В Новосибирске загорелся склад площадью 1500")
    assert _rules(record)["В Новосибирске загорелся склад на улице Станционной"] == "title.headline"


@pytest.mark.parametrize(("line", "author"), [
    ("Ирина Ермолаева, «Фонтанка.ру»", "Ирина Ермолаева"),
    ("Иван Жилин, специально для «Новой газеты Европа»", "Иван Жилин"),
    ("Jane Doe, special to The Globe and Mail", "Jane Doe"),
])
def test_a_reporter_signing_off_with_the_outlet_they_wrote_for(line: str, author: str) -> None:
    body = FONTANKA.split("\n")[11:15]
    record = clean("\n".join(["Город", "Новости", FONTANKA.split("\n")[7], *body, line]))
    assert [a.name for a in record.authors] == [author]
    assert _rules(record)[line] == "meta.byline"


@pytest.mark.parametrize("line", [
    "Jane Doe, Reuters",  # a photo's credit
    "Текст закона, «Российская газета»",  # no given name
])
def test_a_name_and_an_outlet_that_sign_nothing(line: str) -> None:
    body = FONTANKA.split("\n")[11:15]
    record = clean("\n".join(["Город", "Новости", FONTANKA.split("\n")[7], *body, line]))
    assert record.authors == ()


@pytest.mark.parametrize(("page", "notice"), [
    (MEDIAZONA, MEDIAZONA.split("\n")[6]),
    (MEDUZA, MEDUZA.split("\n")[-2]),
])
def test_a_foreign_agent_s_label_is_a_disclaimer(page: str, notice: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert _rules(record)[notice] == "chrome.disclaimer"
    assert "ИНОСТРАН" not in record.text


def test_a_story_about_the_foreign_agent_law_keeps_its_sentences() -> None:
    sentence = ("В 2021 году Минюст признал «Медиазону» иностранным агентом, и теперь она обязана "
                "сопровождать каждый материал специальной плашкой.")
    page = MEDIAZONA.split("\n")
    record = clean("\n".join([*page[:11], sentence, *page[11:]]), fetched_at=FETCHED)
    assert sentence in record.text


@pytest.mark.parametrize(("page", "place", "day", "published", "agency"), [
    (TATAR_INFORM, "Казань", "3 июня", "2024-06-03", "tatar-inform"),
    (PRIMAMEDIA, "ВЛАДИВОСТОК", "3 июня 2024, 14:32", "2024-06-03T14:32:00+10:00", "primamedia"),
])
def test_a_russian_regional_agency_s_dateline(
    page: str, place: str, day: str, published: str, agency: str
) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.dateline is not None
    assert (record.dateline.place, record.dateline.date) == (place, day)
    assert record.published == published
    assert record.outlet is not None and record.outlet.id == agency
    assert [(c.kind, c.outlet_id) for c in record.citations] == [("self", agency)]


def _metro_page(lead: str) -> str:
    return "\n".join([
        "Новости", "Регионы", "В Новосибирске продлили работу метро", lead,
        "Станции будут открыты до 02:00, а поезда будут ходить с интервалом в десять минут.",
    ])


def test_a_news_agency_named_so_sets_its_dateline_off() -> None:
    record = clean(_metro_page(
        "Новосибирск, 3 июня 2024, 14:32 — ИА Регнум. Новосибирский метрополитен продлил работу "
        "станций в ночь на 12 июня, сообщили в пресс-службе мэрии."), fetched_at=FETCHED)
    assert record.dateline is not None and record.dateline.place == "Новосибирск"
    assert [(c.kind, c.outlet_id) for c in record.citations] == [("wire", "regnum")]


def test_a_sentence_after_a_place_a_day_and_a_dash_is_no_dateline() -> None:
    page = _metro_page("Новосибирск, 3 июня — Сегодня метрополитен продлил работу станций в ночь "
                       "на 12 июня, сообщили в пресс-службе мэрии.")
    assert clean(page, fetched_at=FETCHED).dateline is None


@pytest.mark.parametrize(("paragraph", "language", "name", "outlet_id"), [
    ("Как ранее сообщал «Коммерсантъ», плиты грозят обрушением.", "ru", "Коммерсантъ", "kommersant"),
    ("Ранее о планах налоговой реформы сообщали «Ведомости».", "ru", "Ведомости", "vedomosti"),
    ("Как сообщало агентство «Интерфакс-Урал», подрядчик завез технику.", "ru", "Интерфакс-Урал",
     "interfax"),
    ("Как передавал РБК, сделка закрыта.", "ru", "РБК", "rbc"),
    ("Об этом пишет «Новая газета Европа».", "ru", "Новая газета Европа", "novaya-gazeta-europe"),
    ("Про це повідомляє Укрінформ.", "uk", "Укрінформ", "ukrinform"),
    ("За даними УНІАН, обстріл тривав дві години.", "uk", "УНІАН", "unian"),
    ("Як повідомляла «Українська правда», опозиція подала поправки.", "uk", "Українська правда",
     "ukrainska-pravda"),
    ("Про це в коментарі Укрінформу розповів мер міста.", "uk", "Укрінформ", "ukrinform"),
    ("Про це розповіла «Суспільному» речниця ОВА.", "uk", "Суспільне", "suspilne"),
    ("Як повідомляло «Суспільне Одеса», роботи тривають.", "uk", "Суспільне", "suspilne"),
    ("Як повідомляв Reuters, Світовий банк виділив кошти.", "uk", "Reuters", "reuters"),
    ("Пра гэта паведамляе БелТА.", "be", "БелТА", "belta"),
    ("Як паведамляла «Наша Ніва», адкрыццё пераносілі.", "be", "Наша Ніва", "nasha-niva"),
    ("Паводле Reuters, перамовы працягнуцца.", "be", "Reuters", "reuters"),
    ("Пра гэта паведаміла Радыё Свабода са спасылкай на сведак.", "be", "Радыё Свабода",
     "svaboda"),
])
def test_russian_and_ukrainian_citations_name_their_source(
    paragraph: str, language: str, name: str, outlet_id: str
) -> None:
    found = find_citations([paragraph], Registry.shipped(), language=language)
    assert [(c.name, c.outlet_id) for c in found] == [(name, outlet_id)]


@pytest.mark.parametrize(("paragraph", "language"), [
    ("Как писал Толстой, все счастливые семьи похожи друг на друга.", "ru"),
    ("Как сообщал губернатор, ремонт завершится в августе.", "ru"),
    ("Он переписал «Войну и мир» от руки.", "ru"),
    ("Про це заявив Шмигаль під час засідання уряду.", "uk"),
    ("Як писав Шевченко, свобода понад усе.", "uk"),
    ("Президент підписав «Закон про мобілізацію» у вівторок.", "uk"),
    ("Як пісаў Купала, мы людзьмі звацца будзем.", "be"),
    ("Паводле яго слоў, рамонт скончыцца ў жніўні.", "be"),
])
def test_a_writer_a_speaker_or_a_quoted_title_is_no_citation(paragraph: str, language: str) -> None:
    assert find_citations([paragraph], Registry.shipped(), language=language) == ()


@pytest.mark.parametrize(("name", "outlet_id"), [
    ("E1.RU", "e1"), ("НГС", "ngs"), ("URA.RU", "ura"), ("БИЗНЕС Online", "business-gazeta"),
    ("Татар-информ", "tatar-inform"), ("Медиазона", "mediazona"), ("The Insider", "the-insider"),
    ("Кавказ.Реалии", "kavkaz-realii"), ("Сибирь.Реалии", "sibir-realii"),
    ("Телеканал Дождь", "tv-rain"), ("ZAXID.NET", "zaxid"), ("РБК-Україна", "rbc-ukraine"),
    ("ТСН", "tsn"), ("Цензор.НЕТ", "censor-net"), ("Економічна правда", "epravda"),
    ("Європейська правда", "eurointegration"), ("Думская.net", "dumskaya"),
])
def test_russia_s_regional_and_ukraine_s_outlets_are_known(name: str, outlet_id: str) -> None:
    outlet = Registry.shipped().by_name(name)
    assert outlet is not None and outlet.id == outlet_id


@pytest.mark.parametrize(("url", "outlet_id"), [
    ("https://www.e1.ru/text/gorod/2024/06/03/73640000/", "e1"),
    ("https://ura.news/news/1052771234", "ura"),
    ("https://zona.media/news/2024/06/03/perm", "mediazona"),
    ("https://novayagazeta.eu/articles/2024/06/03/belgorod", "novaya-gazeta-europe"),
    ("https://novayagazeta.ru/articles/2024/06/03/belgorod", "novaya-gazeta"),
    ("https://www.kavkazr.com/a/32975000.html", "kavkaz-realii"),
    ("https://nv.ua/ukr/ukraine/politics/uryad.html", "nv-ua"),
    ("https://tsn.ua/ukrayina/lviv.html", "tsn"),
    ("https://www.svaboda.org/a/32975000.html", "svaboda"),
    ("https://belsat.eu/by/news/03-06-2024-metro", "belsat"),
    ("https://euroradio.fm/minsk-metro", "euroradio"),
])
def test_the_new_outlets_are_known_by_their_domains(url: str, outlet_id: str) -> None:
    outlet = Registry.shipped().by_url(url)
    assert outlet is not None and outlet.id == outlet_id


@pytest.mark.parametrize("name", [
    "NGS", "NV", "TSN", "M24",  # sequencing, Nevada, a Canadian sports network, a road
    "Бумага", "Дождь", "Холод", "Реальное время", "Главком", "Думская",  # words
])
def test_letters_and_words_that_name_other_things_are_no_outlet(name: str) -> None:
    assert Registry.shipped().by_name(name) is None


PRAVDA = "\n".join([
    "Українська правда", "Новини", "Публікації", "Колонки", "Економічна правда", "Європейська правда",
    "Понеділок, 3 червня 2024, 14:32",
    "Зеленський підписав закон про посилення відповідальності за ухилення від мобілізації",
    "Президент Володимир Зеленський підписав закон, який посилює відповідальність "
    "військовозобов'язаних за порушення правил військового обліку.",
    "Джерело: сайт Верховної Ради",
    "Деталі: Закон набирає чинності через місяць після опублікування.",
    "Відповідно до закону, штрафи за порушення правил військового обліку зростуть у кілька разів.",
    "Передісторія: Верховна Рада ухвалила законопроєкт 11 квітня.",
    "Як повідомляло Суспільне, за законопроєкт проголосували 283 народні депутати.",
    "Марія Степанюк — УП", "Підтримайте УП", "Стань читачем УП", "Українська правда © 2000-2024",
])

NASHA_NIVA = "\n".join([
    "Наша Ніва", "Навіны", "Палітыка", "Грамадства", "Эканоміка",
    "У Мінску адкрылі новую станцыю метро", "3 чэрвеня 2024, 14:32",
    "У Мінску адкрылі новую станцыю метро «Аэрадромная» на трэцяй лініі. Пра гэта паведамілі ў "
    "Мінгарвыканкаме.",
    "Станцыя размешчана ў новым жылым мікрараёне на поўдні сталіцы.",
    "Будаўніцтва трэцяй лініі пачалося ў 2014 годзе.",
    "Як паведамляла «Наша Ніва», адкрыццё некалькі разоў пераносілі.",
    "Падпісвайцеся на «Нашу Ніву» ў Telegram", "© 2024 Наша Ніва",
])


@pytest.mark.parametrize(("text", "language"), [
    ("Президент Володимир Зеленський підписав закон, який посилює відповідальність "
     "військовозобов'язаних за порушення правил військового обліку.", "uk"),
    ("В Новосибирске загорелся склад площадью 1500 квадратных метров на улице Станционной.", "ru"),
])
def test_russian_ukrainian_and_belarusian_tell_prose_by_its_shape(text: str, language: str) -> None:
    assert prose_by_shape(language, "CYRILLIC")
    assert prose_by_shape("be", "CYRILLIC")
    assert not prose_by_shape("bg", "CYRILLIC")


def test_a_ukrainian_lead_thin_in_stop_words_is_the_body_s_first_paragraph() -> None:
    record = clean(PRAVDA, fetched_at=FETCHED)
    assert record.title == PRAVDA.split("\n")[7]
    assert record.text.startswith("Президент Володимир Зеленський підписав закон")
    assert "Джерело: сайт Верховної Ради" in record.text
    assert [a.name for a in record.authors] == ["Марія Степанюк"]
    assert record.section is None  # "Понеділок", Monday, is the date line's


@pytest.mark.parametrize(("line", "author"), [
    ("Марія Степанюк — УП", "Марія Степанюк"),
    ("Анна Капустина, Екатеринбург", "Анна Капустина"),
])
def test_a_reporter_signing_off_with_the_outlet_s_initials_or_the_city(line: str, author: str) -> None:
    body = FONTANKA.split("\n")[11:15]
    record = clean("\n".join(["Город", "Новости", FONTANKA.split("\n")[7], *body, line]))
    assert [a.name for a in record.authors] == [author]
    assert _rules(record)[line] == "meta.byline"


def test_a_belarusian_page_is_dated() -> None:
    record = clean(NASHA_NIVA, fetched_at=FETCHED)
    assert record.language == "be"
    assert record.published == "2024-06-03T14:32:00+03:00"
    assert record.outlet is not None and record.outlet.id == "nasha-niva"


@pytest.mark.parametrize(("text", "value"), [
    ("3 чэрвеня 2024, 14:32", "2024-06-03T14:32:00"),
    ("27 лістапада 2023", "2023-11-27"),
    ("3 траўня 2024 ў 14:32", "2024-05-03T14:32:00"),
    ("2 гадзіны таму", "2024-06-04T07:00:00+00:00"),
    ("15 хвілін таму", "2024-06-04T08:45:00+00:00"),
    ("2 тыдні таму", "2024-05-21T09:00:00+00:00"),
    ("учора ў 14:32", "2024-06-03T14:32:00"),
])
def test_belarusian_dates_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


@pytest.mark.parametrize(("published", "updated"), [
    ("Опубліковано: 3 червня 2024, 14:32", "Оновлено: 3 червня 2024, 16:05"),
    ("Апублікавана: 3 чэрвеня 2024, 14:32", "Абноўлена: 3 чэрвеня 2024, 16:05"),
])
def test_ukrainian_and_belarusian_date_labels(published: str, updated: str) -> None:
    page = "\n".join(["Новини", "Політика", "Рада ухвалила закон про мобілізацію", published, updated,
                      *LB.split("\n")[8:10]])
    record = clean(page, fetched_at=FETCHED)
    assert (record.published, record.updated) == ("2024-06-03T14:32:00", "2024-06-03T16:05:00")
    assert _rules(record)[updated] == "meta.date"


AGENT_LABEL = ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ "
               "МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ "
               "ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА")
MEDUZA_HTML = "\n".join([
    '<!DOCTYPE html>', '<html lang="ru"><head><meta charset="utf-8">',
    "<title>Минфин предложил повысить налог на прибыль до 25% — Meduza</title>",
    '<meta property="og:site_name" content="Meduza">',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"Минфин предложил повысить налог на прибыль до 25%",'
    '"datePublished":"2024-06-03T14:32:00+03:00","author":{"@type":"Organization","name":"Meduza"},'
    '"publisher":{"@type":"Organization","name":"Meduza"}}</script>',
    "</head><body>",
    '<header><nav><a href="/">Новости</a><a href="/">Истории</a><a href="/">Разбор</a></nav></header>',
    "<main><article>", f'<div class="agent">{AGENT_LABEL}</div>',
    "<h1>Минфин предложил повысить налог на прибыль до 25%</h1>",
    '<time datetime="2024-06-03T14:32:00+03:00">14:32, 3 июня 2024</time>',
    *(f"<p>{line}</p>" for line in MEDUZA.split("\n")[7:11]),
    "<p>Не забудьте поддержать «Медузу»</p>",
    "</article></main>", "<footer>© 2014–2024 Meduza</footer>", "</body></html>",
])


def test_a_saved_page_loses_the_foreign_agent_s_label_and_the_plea_for_support() -> None:
    record = clean_html(MEDUZA_HTML, fetched_at=FETCHED)
    assert record.title == "Минфин предложил повысить налог на прибыль до 25%"
    assert record.published == "2024-06-03T14:32:00+03:00"
    rules = _rules(record)
    assert rules["Не забудьте поддержать «Медузу»"] == "chrome.subscribe"
    assert rules[AGENT_LABEL] == "chrome.disclaimer"
    assert record.text.endswith("могут вступить в силу с 1 января 2025 года.")
    assert [c.outlet_id for c in record.citations] == ["kommersant", "vedomosti", "reuters"]


@pytest.mark.parametrize(("line", "rule"), [
    ("Поддержите «Новую газету Европа»", "chrome.subscribe"),
    ("Підтримайте нас на Patreon", "chrome.subscribe"),
])
def test_a_plea_for_support_inside_the_story_is_removed(line: str, rule: str) -> None:
    page = LB.split("\n")
    record = clean("\n".join([*page[:9], line, *page[9:]]), fetched_at=FETCHED)
    assert _rules(record)[line] == rule


def test_a_quoted_call_for_support_stays() -> None:
    quote = "«Підтримайте наших захисників», — закликав мер міста під час зустрічі з волонтерами."
    page = LB.split("\n")
    record = clean("\n".join([*page[:9], quote, *page[9:]]), fetched_at=FETCHED)
    assert quote in record.text


@pytest.mark.parametrize("marking", [
    "Реклама. ООО «Ромашка», ИНН 7700000000, erid: LjN8KXyzAb",
    "Реклама. АО «Банк», 16+",
    "erid: 2VtzqvWgxYz",
])
def test_an_ad_s_marking_inside_the_story_leaves_the_lead_and_the_headline_be(marking: str) -> None:
    page = E1.split("\n")
    record = clean("\n".join([*page[:16], marking, *page[16:]]), fetched_at=FETCHED)
    assert _rules(record)[marking] == "chrome.ad"
    assert record.title == page[9]
    assert record.text.startswith(page[16])


@pytest.mark.parametrize(("page", "author", "role"), [
    (E1, "Анна Иванова", "Корреспондент E1.RU"),
    (NGS.replace("Дмитрий Петров\n", "Дмитрий Петров\nКорреспондент НГС\n"), "Дмитрий Петров",
     "Корреспондент НГС"),
])
def test_the_reporter_s_role_under_the_name_is_the_byline_s(page: str, author: str, role: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert [(a.name, a.role) for a in record.authors] == [(author, role)]
    assert _rules(record)[role] == "meta.byline"


KYIV_INDEPENDENT = "\n".join([
    "The Kyiv Independent", "News Feed", "Ukraine", "Russia", "Europe", "Business", "Investigations",
    "Russian drone attack damages energy facility in Odesa Oblast", "by Martin Fornusek",
    "June 3, 2024 2:32 PM", "2 min read",
    "Russian drones struck an energy facility in Odesa Oblast overnight, leaving thousands of "
    "residents without power, the regional administration reported on June 3.",
    "Ukraine's Air Force said it shot down 24 of the 29 drones launched by Russia overnight.",
    "\"All emergency services are working at the site,\" Governor Oleh Kiper said on Telegram.",
    "According to Ukrenergo, power was restored to most consumers by the morning.",
    "The Kyiv Independent could not independently verify the claims.",
    "Note from the author:",
    "Hi, this is Martin Fornusek. Thank you for reading this article. We rely on our readers to "
    "keep going. Please consider becoming a member of the Kyiv Independent.",
    "Become a member", "Martin Fornusek", "Reporter",
    "Martin Fornusek is a reporter for the Kyiv Independent. He studied international relations "
    "at the Charles University in Prague.",
    "Read more",
])


def test_the_author_s_plea_for_members_and_its_heading_leave_the_body() -> None:
    record = clean(KYIV_INDEPENDENT, fetched_at=FETCHED)
    assert record.text.endswith("The Kyiv Independent could not independently verify the claims.")
    rules = _rules(record)
    assert rules["Note from the author:"] == "chrome.trailer"
    assert rules[KYIV_INDEPENDENT.split("\n")[17]] == "chrome.subscribe"
    assert [a.name for a in record.authors] == ["Martin Fornusek"]
    assert record.outlet is not None and record.outlet.id == "kyiv-independent"


@pytest.mark.parametrize("paragraph", [
    "Central Bank Governor Elvira Nabiullina said further increases could not be ruled out.",
    "Bank of England Governor Andrew Bailey said rates would stay high for some time.",
])
def test_an_institution_s_officer_by_name_is_a_person_not_the_institution(paragraph: str) -> None:
    assert find_citations([paragraph], Registry.shipped(), language="en") == ()


@pytest.mark.parametrize(("paragraph", "name"), [
    ("The Central Bank said further increases could not be ruled out.", "Central Bank"),
    ("The Office of the President said the decree was signed on Monday.", "Office of the President"),
])
def test_an_institution_that_says_things_is_cited(paragraph: str, name: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language="en")
    assert [(c.name, c.kind) for c in found] == [(name, "institution")]


@pytest.mark.parametrize(("text", "value"), [
    ("03 июн 2024, 14:32 МСК", "2024-06-03T14:32:00+03:00"),  # Moscow's time, in Cyrillic
    ("3 июня 2024 в 14:32 (мск)", "2024-06-03T14:32:00+03:00"),
    ("3 червня 2024 р., 14:32", "2024-06-03T14:32:00"),  # the year's word, as Russian's "г."
    ("3 червня 2024 року, 14:32", "2024-06-03T14:32:00"),
    ("годину тому", "2024-06-04T08:00:00+00:00"),  # an hour ago, without a number
    ("хвилину тому", "2024-06-04T08:59:00+00:00"),
    ("тиждень тому", "2024-05-28T09:00:00+00:00"),
    ("гадзіну таму", "2024-06-04T08:00:00+00:00"),
])
def test_russian_and_ukrainian_dates_keep_their_zone_clock_and_count(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


@pytest.mark.parametrize("name", ["Уладзімір Глод", "Зміцер Лукашук", "Ильдар Галеев", "Гульнара Хасанова"])
def test_a_belarusian_or_tatar_reporter_signing_off_is_read(name: str) -> None:
    page = NASHA_NIVA.split("\n")
    record = clean("\n".join([*page[:11], name, *page[11:]]), fetched_at=FETCHED)
    assert [a.name for a in record.authors] == [name]
    assert _rules(record)[name] == "meta.byline"


@pytest.mark.parametrize(("word", "known"), [
    ("уладзімір", True), ("зміцер", True), ("ильдар", True), ("גד", True), ("أنس", True),
    ("азат", False), ("هبة", False), ("معاذ", False),  # words of their languages too
])
def test_the_given_names_faker_lacks_are_known_and_words_are_not(word: str, known: bool) -> None:
    assert given_name(word) is known


@pytest.mark.parametrize(("line", "outlet_id"), [
    ("Джерело: Укрінформ", "ukrinform"), ("Крыніца: БелТА", "belta"), ("Источник: Интерфакс", "interfax"),
])
def test_a_ukrainian_or_belarusian_source_line_credits_its_agency(line: str, outlet_id: str) -> None:
    page = MEDUZA.split("\n")
    record = clean("\n".join([*page[:6], line, page[6], page[7].split(" Об этом")[0], *page[8:10]]))
    assert (outlet_id, "wire") in [(c.outlet_id, c.kind) for c in record.citations]
    assert "wire_copy" in record.flags


def test_a_source_line_naming_no_outlet_credits_nothing() -> None:
    record = clean(PRAVDA, fetched_at=FETCHED)
    assert [c.outlet_id for c in record.citations] == ["suspilne"]
