"""Israel's Hebrew press and the Levant's Arabic, French and English press (Palestine, Lebanon,
Jordan, Syria). Each page is written as its outlet prints it (the menu, the headline, the
standfirst, the byline and date lines, the body, the prompts and notices under it)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsclean import Registry, clean
from newsclean.language import detect_language, prose_by_shape
from newsclean.meta.dates import find_dates
from newsclean.provenance.citations import find_citations

FETCHED = "2024-06-04T09:00:00Z"
REFERENCE = datetime(2024, 6, 4, 9, 0, tzinfo=timezone.utc)

YNET = "\n".join([
    "ynet", "חדשות", "כלכלה", "ספורט", "תרבות", "בריאות", "דיגיטל",
    "בנק ישראל הותיר את הריבית ללא שינוי",
    "הנגיד אמיר ירון הזהיר כי האינפלציה עדיין גבוהה מהיעד, וכי הוועדה המוניטרית תמשיך "
    "לעקוב אחר ההתפתחויות.",
    "גד ליאור", "פורסם: 03.06.24, 14:32", "עודכן: 03.06.24, 16:05", "שתפו",
    "בנק ישראל הודיע היום כי הריבית תישאר ברמה של 4.5%, כפי שציפו רוב הכלכלנים.",
    "בהודעת הבנק נכתב כי הוועדה המוניטרית שוקלת את השפעות המלחמה על הכלכלה ועל שוק העבודה.",
    "לפי דיווח של רויטרס, משקיעים זרים מגבירים את הפעילות בשוק האג\"ח המקומי.",
    "הנגיד אמיר ירון אמר במסיבת עיתונאים כי אין מקום להפחתת ריבית בחודשים הקרובים.",
    "הכלכלנים בבתי ההשקעות צופים כי הריבית תרד רק ברבעון האחרון של השנה.",
    "הצטרפו לערוץ הטלגרם של ynet", "לכל הכתבות של גד ליאור", "תגובה חדשה",
    "כל הזכויות שמורות © ידיעות אחרונות",
])

MAARIV = "\n".join([
    "מעריב", "חדשות", "פוליטי-מדיני", "צבא וביטחון", "כלכלה", "ספורט",
    "הכנסת אישרה בקריאה ראשונה את חוק הגיוס",
    "ההצעה עברה ברוב של 63 חברי כנסת מול 57, לאחר דיון סוער במליאה.", "אריק בנדר",
    "03/06/2024 14:32",
    "הכנסת אישרה הלילה בקריאה ראשונה את הצעת חוק הגיוס, לאחר דיון סוער שנמשך שעות.",
    "יו\"ר ועדת החוץ והביטחון אמר כי הוועדה תדון בהצעה כבר בשבוע הבא.",
    "חברי האופוזיציה תקפו את ההצעה וטענו כי היא אינה משתפת את כלל הציבור בנטל.",
    "כפי שדווח בכאן חדשות, ראש הממשלה קיים שיחות עם ראשי המפלגות החרדיות לפני ההצבעה.",
    "ההצעה תחזור לוועדה להכנה לקריאה שנייה ושלישית.", "הצטרפו לערוץ הוואטסאפ של מעריב", "תגיות:",
    "חוק הגיוס", "הכנסת", "כתבות נוספות", "ראש הממשלה נפגש עם שליח הנשיא האמריקני",
    "כל הזכויות שמורות למעריב",
])

ISRAEL_HAYOM = "\n".join([
    "ישראל היום", "חדשות", "ביטחון", "פוליטי", "כלכלה", "דעות",
    "צה\"ל השלים את התרגיל הגדול בצפון", "התרגיל, שנמשך שלושה ימים, דימה לחימה בכמה זירות במקביל.",
    "מאת: ליאור בן ארי", "03.06.2024 | 14:32",
    "צה\"ל השלים היום תרגיל רחב היקף בפיקוד הצפון, שבו השתתפו אלפי לוחמי מילואים.",
    "במסגרת התרגיל נבחנה מוכנות הכוחות לתרחישים של לחימה בכמה זירות במקביל.",
    "מפקד פיקוד הצפון אמר כי הכוחות מוכנים לכל תרחיש.",
    "לדברי גורם ביטחוני, התרגיל תוכנן מראש ואינו קשור לאירועים האחרונים.",
    "לדבריו, מסקנות התרגיל יוצגו לרמטכ\"ל בשבוע הבא.", "הצטרפו לערוץ הטלגרם של ישראל היום",
    "הכתבות החמות", "מה שחשוב באמת", "כל הזכויות שמורות לישראל היום",
])

HAARETZ = "\n".join([
    "הארץ", "חדשות", "פוליטיקה", "דעות", "תרבות", "TheMarker",
    "בית המשפט העליון דחה את העתירה נגד מינוי הנציב",
    "השופטים קבעו כי לא נפל פגם בהליך המינוי, אך מתחו ביקורת על לוח הזמנים.", "ג'ק חורי",
    "3 ביוני 2024",
    "בית המשפט העליון דחה היום את העתירה שהגישה התנועה לאיכות השלטון נגד מינוי נציב שירות המדינה.",
    "השופטים קבעו כי לא נפל פגם המצדיק את התערבות בית המשפט בהחלטת הממשלה.",
    "עם זאת, השופטת דפנה ברק-ארז כתבה כי לוח הזמנים של הליך המינוי מעורר קושי.",
    "התנועה לאיכות השלטון מסרה כי היא מכבדת את פסק הדין וכי תמשיך לעקוב אחר עבודת הנציב.",
    "שתפו בפייסבוק", "שתפו בוואטסאפ", "הגיבו לכתבה", "הירשמו לניוזלטר של הארץ",
    "© כל הזכויות שמורות להארץ",
])

GLOBES = "\n".join([
    "גלובס", "שוק ההון", "נדל\"ן", "צרכנות", "טכנולוגיה", "דין וחשבון",
    "אינטל תקים מפעל חדש בקריית גת",
    "ההשקעה מוערכת ב-25 מיליארד דולר, ותביא להעסקת אלפי עובדים בדרום.", "מאת אסף גלעד",
    "3/6/2024 14:32",
    "חברת אינטל הודיעה היום כי תקים מפעל שבבים חדש בקריית גת בהשקעה של 25 מיליארד דולר.",
    "לפי דיווח בבלומברג, החברה קיבלה מענק ממשלתי בהיקף של 3.2 מיליארד דולר.",
    "שר האוצר אמר כי מדובר בהשקעה הגדולה ביותר של חברה בינלאומית בישראל.",
    "המפעל צפוי להתחיל לפעול ב-2028 ולהעסיק כ-4,000 עובדים.",
    "הכתבה פורסמה לראשונה ב-Globes English", "תגובות לכתבה", "© כל הזכויות שמורות לגלובס",
])

KAN = "\n".join([
    "כאן חדשות", "חדשות", "מבזקים", "פוליטי", "ביטחוני", "כלכלה",
    "משבר המים בגליל: החקלאים מאיימים להשבית את המשקים",
    "התאחדות חקלאי ישראל דורשת מהממשלה להגדיל את מכסות המים לאלתר.", "03.06.24 | 14:32",
    "עודכן: 03.06.24 | 16:05",
    "החקלאים בגליל העליון מאיימים להשבית את המשקים אם לא יוגדלו מכסות המים כבר בשבוע הבא.",
    "לדברי יו\"ר התאחדות חקלאי ישראל, המחסור במים פוגע בעשרות משקים באזור.",
    "רשות המים מסרה לכאן חדשות כי היא פועלת מול משרד האוצר למציאת פתרון.",
    "במשרד החקלאות אמרו כי הנושא יעלה לדיון בישיבת הממשלה הקרובה.", "הורידו את אפליקציית כאן",
    "עקבו אחרינו", "כל הזכויות שמורות לתאגיד השידור הישראלי",
])

DAVAR = "\n".join([
    "דבר", "עבודה", "כלכלה", "חברה", "סביבה", "ארגון העובדים הכריז על סכסוך עבודה בנמלים",
    "ההסתדרות טוענת כי ההנהלה מפרה את ההסכם הקיבוצי.", "שרון ליבנה", "3 ביוני 2024",
    "ארגון עובדי נמל אשדוד הכריז היום על סכסוך עבודה, במחאה על כוונת ההנהלה להפריט חלק מהפעילות.",
    "לדברי יו\"ר הוועד, ההנהלה לא קיימה משא ומתן כנדרש.",
    "על פי ההודעה, העובדים יוכלו לנקוט צעדים ארגוניים החל מ-17 ביוני.",
    "הנהלת הנמל מסרה בתגובה כי היא מחויבת לדיאלוג עם העובדים.", "קראו עוד בדבר", "הצטרפו לניוזלטר",
])

ARUTZ_SHEVA = "\n".join([
    "ערוץ 7", "חדשות", "יהדות", "דעות", "ארץ ישראל", "שר החוץ נפגש עם עמיתו היווני בירושלים",
    "השניים דנו בשיתוף הפעולה האזורי ובפרויקטים של אנרגיה.", "שמעון כהן",
    "כ\"ו באייר תשפ\"ד, 03/06/24 14:32",
    "שר החוץ נפגש היום בירושלים עם שר החוץ של יוון, וסוכם על הרחבת שיתוף הפעולה בתחום האנרגיה.",
    "השניים דנו גם בפרויקט כבל החשמל התת-ימי שיחבר בין ישראל, קפריסין ויוון.",
    "לפי סוכנות הידיעות AP, יוון מבקשת לקדם את הפרויקט עוד השנה.",
    "שר החוץ היווני אמר כי ארצו רואה בישראל שותפה אסטרטגית.", "לפני 3 שעות", "תגובות",
])

WAFA = "\n".join([
    "وكالة الأنباء والمعلومات الفلسطينية - وفا", "الرئيسية", "محلي", "عربي ودولي", "اقتصاد",
    "ثقافة", "الحكومة تقر خطة لدعم المزارعين في الأغوار",
    "رام الله 3-6-2024 وفا- أقر مجلس الوزراء، خلال جلسته الأسبوعية اليوم الإثنين، خطة "
    "لدعم المزارعين في منطقة الأغوار.",
    "وقال رئيس الوزراء في كلمته إن الخطة تشمل توفير المياه والأعلاف وإعادة تأهيل الطرق الزراعية.",
    "وأضاف أن الحكومة ستعمل مع الشركاء الدوليين على تمويل الخطة.",
    "وأشار إلى أن وزارة الزراعة ستبدأ بتنفيذ المرحلة الأولى خلال الشهر الجاري.", "ـــ", "م.ع",
    "جميع الحقوق محفوظة لوكالة الأنباء والمعلومات الفلسطينية وفا © 2024",
])

PETRA = "\n".join([
    "وكالة الأنباء الأردنية - بترا", "محليات", "عربي ودولي", "اقتصاد", "رياضة",
    "الملك يلتقي وفدا من رجال الأعمال الأمريكيين",
    "عمان 3 حزيران (بترا) - التقى جلالة الملك عبدالله الثاني، اليوم الإثنين، وفدا من "
    "رجال الأعمال الأمريكيين، في قصر الحسينية.",
    "وأكد جلالته خلال اللقاء أهمية توسيع الشراكة الاقتصادية بين الأردن والولايات المتحدة.",
    "وأشار إلى الفرص الاستثمارية المتاحة في قطاعات الطاقة والسياحة وتكنولوجيا المعلومات.",
    "وحضر اللقاء رئيس الديوان الملكي الهاشمي، ومدير مكتب جلالة الملك.", "--(بترا)", "ع ف/ م ع",
    "03/06/2024 14:32:10",
])

AL_QUDS = "\n".join([
    "القدس", "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "مقالات",
    "إضراب شامل في مدارس القدس احتجاجا على المناهج", "القدس - \"القدس\" دوت كوم - محمد أبو خضير",
    "03/06/2024 14:32",
    "عم الإضراب الشامل اليوم مدارس مدينة القدس، احتجاجا على محاولات فرض المناهج الإسرائيلية.",
    "وقال رئيس اتحاد أولياء الأمور إن نسبة الالتزام بالإضراب بلغت مئة بالمئة.",
    "وأكد أن الإضراب سيستمر حتى تتراجع البلدية عن قرارها.",
    "وذكرت وكالة وفا أن وزارة التربية والتعليم الفلسطينية أعلنت دعمها للإضراب.", "شارك",
    "أخبار ذات صلة", "جميع الحقوق محفوظة © القدس",
])

NAHARNET = "\n".join([
    "Naharnet", "Home", "Lebanon", "Middle East", "World",
    "Mikati, energy minister discuss power plan", "by Naharnet Newsdesk 03 June 2024, 14:32",
    "Caretaker Prime Minister Najib Mikati met on Monday with Energy Minister Walid "
    "Fayyad at the Grand Serail to discuss the electricity plan.",

    "Fayyad said after the meeting that talks focused on securing fuel for the power "
    "plants during the summer.",

    "He added that the ministry was working to gradually increase supply hours, the "
    "National News Agency reported.",
    "Mikati also met with France's ambassador to Lebanon.", "Comments", "Follow us on Twitter",
    "Copyright © 2024 Naharnet",
])

JORDAN_TIMES = "\n".join([
    "The Jordan Times", "Home", "Local", "Region", "World", "Business", "Opinion",
    "King meets US business delegation", "By JT - Jun 03,2024 - Last updated at Jun 03,2024",
    "AMMAN — His Majesty King Abdullah on Monday met with a delegation of US business "
    "leaders at Al Husseiniya Palace, according to a Royal Court statement.",

    "The King stressed the importance of expanding economic partnership between "
    "Jordan and the United States.",

    "He noted the investment opportunities available in the energy, tourism and "
    "information technology sectors.",

    "Royal Hashemite Court Chief and the Director of the Office of His Majesty "
    "attended the meeting.",
    "Related Articles", "Jordan, Iraq discuss trade ties", "Subscribe",
    "© Copyright 2024 Jordan Times",
])

TIMES_OF_ISRAEL = "\n".join([
    "The Times of Israel", "Israel & the Region", "Jewish Times", "Israel Inside", "Blogs",
    "Knesset passes first reading of draft bill",
    "Coalition pushes controversial Haredi enlistment legislation through plenum in 63-57 vote",
    "By Sam Sokol", "3 June 2024, 2:32 pm",
    "The Knesset on Monday night passed the first reading of a bill regulating the "
    "enlistment of ultra-Orthodox men, in a 63-57 vote.",
    "Opposition lawmakers slammed the legislation, saying it does not share the burden equally.",
    "According to Kan news, the prime minister met with Haredi party leaders before the vote.",
    "The bill now returns to committee for preparation for its second and third readings.",
    "Join our WhatsApp group", "Read more by Sam Sokol", "Comments",
])


WALLA = "\n".join([
    "וואלה! חדשות", "חדשות", "פוליטי-מדיני", "בארץ", "בעולם", "תרבות",
    "שרב כבד צפוי בסוף השבוע: הטמפרטורות יגיעו ל-40 מעלות",
    "השירות המטאורולוגי מזהיר מפני עומס חום כבד באזורי ההר והבקעה", "מערכת וואלה! חדשות",
    "עודכן לפני 2 שעות",
    "השירות המטאורולוגי פרסם היום אזהרה מפני שרב כבד שצפוי לפקוד את ישראל בסוף השבוע.",
    "לפי התחזית, הטמפרטורות בבקעת הירדן ובערבה יגיעו ל-40 מעלות ויותר.",
    "משרד הבריאות קרא לציבור להימנע מחשיפה לשמש בשעות הצהריים ולהרבות בשתייה.",
    "בסוף השבוע הבא צפויה ירידה קלה בטמפרטורות.", "בואו לעקוב אחרינו בפייסבוק", "תגובות",
    "כל הזכויות שמורות לוואלה! תקשורת בע\"מ",
])

ROYA = "\n".join([
    "رؤيا نيوز", "محليات", "عربي دولي", "اقتصاد", "رياضة",
    "الحكومة: تعديل أسعار المحروقات مطلع الشهر المقبل", "رؤيا - أحمد السعدي", "2024-06-03 14:32",
    "قررت لجنة تسعير المشتقات النفطية تثبيت أسعار البنزين بنوعيه لشهر حزيران.",
    "وقالت اللجنة في بيان إن أسعار النفط العالمية شهدت تراجعا خلال الشهر الماضي.",
    "وأضافت أن سعر أسطوانة الغاز المنزلي سيبقى على حاله.",
    "وكانت الحكومة قد رفعت أسعار المحروقات مطلع الشهر الماضي، وفق ما أوردته قناة رؤيا في حينه.",
    "تابعوا قناة رؤيا على واتساب", "أخبار ذات صلة",
])

AMMON = "\n".join([
    "عمون", "محليات", "اقتصاد", "مقالات", "برلمانيات", "الصفدي يلتقي نظيره الألماني في عمان",
    "عمون - التقى نائب رئيس الوزراء وزير الخارجية أيمن الصفدي، الإثنين، نظيرته "
    "الألمانية في عمان، وبحثا العلاقات الثنائية.",
    "وأكد الصفدي خلال اللقاء أهمية الدور الألماني في دعم جهود التهدئة في المنطقة.",
    "وقالت الوزيرة الألمانية إن بلادها ستزيد مساعداتها الإنسانية إلى غزة.",
    "وعقد الوزيران مؤتمرا صحفيا مشتركا في ختام المباحثات.", "03-06-2024 02:32 PM", "التعليقات",
])

AL_MAYADEEN = "\n".join([
    "الميادين", "الرئيسية", "أخبار", "فلسطين", "لبنان", "المنطقة",
    "وفد أمني مصري يزور غزة لبحث التهدئة", "المصدر: الميادين نت", "03 حزيران 2024 14:32",
    "وصل وفد أمني مصري إلى قطاع غزة اليوم الإثنين، لبحث سبل التوصل إلى تهدئة.",
    "وبحسب ما أفادت به وكالة \"معاً\"، التقى الوفد قيادات الفصائل الفلسطينية.",
    "ونقلت وكالة الصحافة الفرنسية عن مصدر مصري أن المحادثات تتناول تبادل الأسرى.",
    "وكان وفد مماثل قد زار القطاع الأسبوع الماضي.", "اقرأ أيضاً", "الميادين نت",
])

N12 = "\n".join([
    "N12", "חדשות", "פוליטי", "ביטחוני", "כלכלה", "בעולם",
    "ראש הממשלה ייפגש השבוע עם נשיא צרפת בפריז",
    "הפגישה תעסוק בהסדר המדיני בצפון ובמאמצים להשבת החטופים", "עמית סגל", "פורסם 03/06/24 14:32",
    "ראש הממשלה ייפגש ביום רביעי בפריז עם נשיא צרפת, כך נודע לחדשות 12.",
    "על פי גורמים מדיניים, הפגישה תעסוק בעיקר בהסדר המדיני מול לבנון.",
    "בלשכת ראש הממשלה סירבו להגיב על הדיווח.",
    "לפי דיווח ב\"לה מונד\", צרפת מציעה לשמש מתווכת בין הצדדים.", "קראו עוד", "לכל הכתבות בנושא",
])


FORVERTS = "\n".join([
    "פֿאָרווערטס",
    "נײַעס",
    "קולטור",
    "ייִדישקייט",
    "עסן",
    "ניו־יאָרקער שטאָט־ראַט באַשטעטיקט נײַעם בודזשעט פֿאַר ביבליאָטעקן",
    "דער שטאָט־ראַט האָט מיטוואָך באַשטעטיקט אַ נײַעם בודזשעט, וואָס וועט עפֿענען די "
    "ביבליאָטעקן זיבן טעג אַ וואָך.",
    "רחל שעכטער",
    "יוני 03, 2024",
    "דער ניו־יאָרקער שטאָט־ראַט האָט מיטוואָך באַשטעטיקט אַ בודזשעט פֿון 112 ביליאָן "
    "דאָלאַר, וואָס שליסט אײַן מער געלט פֿאַר די עפֿנטלעכע ביבליאָטעקן.",
    "לויט דעם באַשלוס וועלן די ביבליאָטעקן ווידער זײַן אָפֿן זיבן טעג אַ וואָך, אַזוי "
    "ווי פֿאַר דער פּאַנדעמיע.",
    "דער מייאָר האָט געזאָגט אַז ער איז צופֿרידן מיט דעם אָפּמאַך, און אַז די שטאָט "
    "וועט ווײַטער שטיצן די ביבליאָטעקן.",
    "די לייענער האָבן שוין לאַנג געפֿאָדערט מע זאָל צוריקשטעלן די שעהען.",
    "טיילט מיט",
    "© 2024 פֿאָרווערטס",
])


MIDDLE_EAST_EYE = "\n".join([
    "Middle East Eye",
    "News",
    "Opinion",
    "Video",
    "Big Story",
    "Egyptian delegation arrives in Gaza for truce talks",
    "The delegation is expected to meet faction leaders to discuss a possible exchange of prisoners",
    "MEE staff",
    "Published date: 3 June 2024 14:32 BST",
    "An Egyptian security delegation arrived in the Gaza Strip on Monday to discuss ways "
    "of reaching a truce.",
    "According to Maan News Agency, the delegation met leaders of the Palestinian factions.",
    "An Egyptian source told AFP that the talks covered a possible exchange of prisoners.",
    "A similar delegation visited the enclave last week.",
    "Middle East Eye delivers independent and unrivalled coverage and analysis of the "
    "Middle East, North Africa and beyond.",
    "Read More »",
])

HAARETZ_ENGLISH = "\n".join([
    "Haaretz",
    "Israel News",
    "Middle East News",
    "Opinion",
    "Jewish World",
    "Israel's Supreme Court rejects petition against civil service commissioner",
    "The justices said there was no flaw in the appointment process, but criticized the timeline",
    "Jack Khoury",
    "Jun 3, 2024 2:32 pm IDT",
    "Israel's Supreme Court on Monday rejected a petition against the appointment of the "
    "civil service commissioner.",
    "The justices ruled that there was no flaw in the government's decision that "
    "justified the court's intervention.",
    "Justice Daphne Barak-Erez wrote, however, that the timeline of the appointment "
    "process was problematic.",
    "The Movement for Quality Government said it respected the ruling and would continue "
    "to monitor the commissioner's work.",
    "Click the alert icon to follow topics:",
    "Israel Supreme Court",
    "Subscribe",
    "© Haaretz Daily Newspaper Ltd. All Rights Reserved",
])

AL_ARABIYA = "\n".join([
    "Al Arabiya English",
    "News",
    "Middle East",
    "Gulf",
    "World",
    "Business",
    "Lebanese army arrests wanted man after exchange of fire in Baalbek",
    "Al Arabiya English",
    "Published: 03 June ,2024: 02:32 PM GST",
    "The Lebanese army said on Monday it had arrested a man wanted on several arrest "
    "warrants in Baalbek after an exchange of fire.",
    "No one was wounded during the operation, the army said in a statement.",
    "The detainee was handed over to the relevant authorities and an investigation was opened.",
    "Read more:",
    "Lebanon's parliament passes long-awaited rent law",
])


YOUM7 = "\n".join([
    "اليوم السابع",
    "أخبار مصر",
    "سياسة",
    "اقتصاد",
    "رياضة",
    "فن",
    "الحكومة توافق على مشروع قانون لتنظيم الإيجار القديم",
    "الإثنين، 03 يونيو 2024 02:32 م",
    "كتب محمد السيد",
    "وافق مجلس الوزراء، خلال اجتماعه الأسبوعي اليوم الإثنين، على مشروع قانون لتنظيم "
    "العلاقة بين المالك والمستأجر في الإيجار القديم.",
    "وقال المستشار الإعلامي لرئيس الوزراء إن المشروع سيُحال إلى مجلس النواب خلال الأيام المقبلة.",
    "وأضاف أن القانون يراعي البعد الاجتماعي للأسر غير القادرة.",
    "وكانت المحكمة الدستورية العليا قد أصدرت حكما بعدم دستورية تثبيت الأجرة، بحسب ما "
    "نشرته صحيفة الأهرام.",
    "اليوم السابع",
    "المزيد",
    "جميع الحقوق محفوظة لليوم السابع © 2024",
])

MASRAWY = "\n".join([
    "مصراوي",
    "أخبار",
    "اقتصاد",
    "رياضة",
    "منوعات",
    "ارتفاع أسعار الذهب في مصر اليوم",
    "كتب- أحمد عمار:",
    "03:32 م الإثنين 03 يونيو 2024",
    "ارتفعت أسعار الذهب في مصر خلال تعاملات اليوم الإثنين، بقيمة 20 جنيها للجرام.",
    "وسجل سعر جرام الذهب عيار 21 نحو 3150 جنيها، بحسب بيانات شعبة الذهب.",
    "وقال رئيس الشعبة لمصراوي إن الأسعار تتأثر بحركة الدولار والأوقية عالميا.",
    "وتوقع استمرار التذبذب خلال الأسبوع الجاري.",
    "محتوى مدفوع",
    "إعلان",
])

QNA = "\n".join([
    "وكالة الأنباء القطرية",
    "الرئيسية",
    "محلي",
    "دولي",
    "اقتصاد",
    "رياضة",
    "رئيس مجلس الوزراء يلتقي وزير خارجية ألمانيا",
    "الدوحة في 03 يونيو /قنا/ التقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس "
    "مجلس الوزراء وزير الخارجية، اليوم، وزيرة خارجية ألمانيا، التي تزور البلاد حاليا.",
    "وجرى خلال اللقاء استعراض علاقات التعاون بين البلدين وسبل دعمها وتطويرها.",
    "كما تم بحث آخر تطورات الأوضاع في قطاع غزة.",
    "حضر اللقاء عدد من كبار المسؤولين.",
    "2024-06-03 14:32",
])

KUNA = "\n".join([
    "كونا",
    "محليات",
    "الخليج العربي",
    "دولي",
    "اقتصاد",
    "ولي العهد يستقبل سفير المملكة المتحدة",
    "الكويت - 3 - 6 (كونا) -- استقبل سمو ولي العهد في قصر بيان اليوم الاثنين سفير المملكة "
    "المتحدة لدى البلاد بمناسبة انتهاء مهام عمله.",
    "وتمنى سموه للسفير التوفيق والسداد في مهامه المقبلة.",
    "وحضر المقابلة رئيس الديوان.",
    "(النهاية)",
    "ع ع",
    "03/06/2024 14:32",
])


SANA = "\n".join([
    "سانا",
    "الرئيسية",
    "سياسة",
    "محليات",
    "اقتصاد",
    "افتتاح معرض دمشق الدولي للكتاب بمشاركة 200 دار نشر",
    "دمشق-سانا",
    "افتتح اليوم معرض دمشق الدولي للكتاب في دورته الجديدة بمشاركة أكثر من 200 دار نشر "
    "عربية وأجنبية.",
    "ويتضمن المعرض ندوات فكرية وأمسيات شعرية وفعاليات للأطفال على مدى عشرة أيام.",
    "وأوضح مدير المعرض أن عدد العناوين المعروضة يتجاوز 50 ألف عنوان.",
    "وأشار إلى أن المعرض يفتح أبوابه يوميا من العاشرة صباحا حتى الثامنة مساء.",
    "محمد سمير",
    "تابعوا أخبار سانا على تلغرام",
    "2024-06-03",
])

AL_AHRAM = "\n".join([
    "الأهرام",
    "الرئيسية",
    "مصر",
    "عربي ودولي",
    "اقتصاد",
    "السيسي يستقبل رئيس وزراء اليونان بقصر الاتحادية",
    "القاهرة - أ ش أ",
    "3-6-2024 | 14:32",
    "استقبل الرئيس عبد الفتاح السيسي اليوم الإثنين بقصر الاتحادية، رئيس وزراء اليونان، "
    "وذلك بحضور رئيس مجلس الوزراء.",
    "وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول سبل تعزيز العلاقات الثنائية.",
    "كما تم تبادل الرؤى حول مستجدات الأوضاع الإقليمية.",
    "بوابة الأهرام",
])

ENAB_BALADI = "\n".join([
    "عنب بلدي",
    "أخبار سوريا",
    "اقتصاد",
    "رأي",
    "تحقيقات",
    "ارتفاع أسعار الخبز في إدلب للمرة الثالثة هذا العام",
    "إدلب - أنس الخولي",
    "آخر تحديث: 03 حزيران 2024، 14:32",
    "ارتفعت أسعار الخبز في مدينة إدلب للمرة الثالثة منذ بداية العام، بعد رفع سعر الطحين.",
    "وقال أحد أصحاب الأفران لعنب بلدي إن تكلفة الإنتاج ارتفعت بسبب أسعار المحروقات.",
    "وبحسب ما رصدته عنب بلدي، بلغ سعر ربطة الخبز 10 ليرات تركية.",
    "وأعلنت \"حكومة الإنقاذ\" أنها ستدعم الأفران بالطحين بسعر مخفض.",
    "اشترك في نشرة عنب بلدي",
    "ادعم عنب بلدي",
])


def test_hebrew_and_arabic_tell_prose_by_their_shape() -> None:
    """Hebrew and Arabic glue "the", "and", "in" and "to" to the next word: their stop-word
    lists cover a quarter of running text (0.25, 0.30), and a paragraph may hold none."""
    assert prose_by_shape("he", "HEBREW") and prose_by_shape("ar", "ARABIC")
    assert not prose_by_shape("fa", "ARABIC") and not prose_by_shape("ur", "ARABIC")


@pytest.mark.parametrize(("page", "title", "first", "last"), [
    (YNET, "בנק ישראל הותיר את הריבית ללא שינוי", "הנגיד אמיר ירון הזהיר",
     "ברבעון האחרון של השנה."),
    # the two paragraphs opening "לדברי" (in the words of) were cut as the trailer
    (ISRAEL_HAYOM, 'צה"ל השלים את התרגיל הגדול בצפון', "התרגיל, שנמשך שלושה ימים",
     'יוצגו לרמטכ"ל בשבוע הבא.'),
    (GLOBES, "אינטל תקים מפעל חדש בקריית גת", "ההשקעה מוערכת ב-25 מיליארד דולר",
     "ולהעסיק כ-4,000 עובדים."),
    (DAVAR, "ארגון העובדים הכריז על סכסוך עבודה בנמלים", "ההסתדרות טוענת כי ההנהלה",
     "מחויבת לדיאלוג עם העובדים."),
    # a Hebrew calendar's date line over the Gregorian one was the title
    (ARUTZ_SHEVA, "שר החוץ נפגש עם עמיתו היווני בירושלים", "השניים דנו בשיתוף הפעולה",
     "רואה בישראל שותפה אסטרטגית."),
])
def test_a_hebrew_page_keeps_its_standfirst_and_every_paragraph(
        page: str, title: str, first: str, last: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.language == "he"
    assert record.title == title
    assert record.text.startswith(first) and record.text.endswith(last)
    assert "הצטרפו" not in record.text and "כל הזכויות" not in record.text


@pytest.mark.parametrize(("page", "author", "published", "updated"), [
    (YNET, "גד ליאור", "2024-06-03T14:32:00+03:00", "2024-06-03T16:05:00+03:00"),
    (MAARIV, "אריק בנדר", "2024-06-03T14:32:00+03:00", None),
    (ISRAEL_HAYOM, "ליאור בן ארי", "2024-06-03T14:32:00+03:00", None),  # "מאת:" (by)
    (GLOBES, "אסף גלעד", "2024-06-03T14:32:00+03:00", None),  # "מאת" without its colon
    (HAARETZ, "ג'ק חורי", "2024-06-03", None),  # "3 ביוני 2024"
    (DAVAR, "שרון ליבנה", "2024-06-03", None),
    (KAN, None, "2024-06-03T14:32:00+03:00", "2024-06-03T16:05:00+03:00"),  # "עודכן:"
])
def test_hebrew_bylines_and_dates_are_read(
        page: str, author: str | None, published: str, updated: str | None) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == ([(author, "person")] if author else [])
    assert record.published == published
    assert record.updated == updated
    if author:
        assert any(r.rule == "meta.byline" and author in r.text for r in record.removed)


@pytest.mark.parametrize(("text", "value"), [
    ("3 ביוני 2024, 14:32", "2024-06-03T14:32:00"),
    ("יום שני, 3 ביוני 2024", "2024-06-03"),
    ("ב-3 ביוני 2024", "2024-06-03"),  # "on 3 June": the preposition joined by a hyphen
    ("החל מה-17 ביוני 2024", "2024-06-17"),
    ("3 ביוני 2024 בשעה 14:32", "2024-06-03T14:32:00"),
    ("15 בינואר 2024", "2024-01-15"), ("1 במאי 2024", "2024-05-01"), ("9 בדצמבר 2023", "2023-12-09"),
])
def test_hebrew_dates_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("לפני 3 שעות", "2024-06-04T06:00:00+00:00"),
    ("לפני שעה", "2024-06-04T08:00:00+00:00"),  # an hour ago
    ("לפני שעתיים", "2024-06-04T07:00:00+00:00"),  # the dual: two hours
    ("לפני יומיים", "2024-06-02T09:00:00+00:00"),
    ("לפני 15 דקות", "2024-06-04T08:45:00+00:00"),
    ("אתמול בשעה 14:32", "2024-06-03T14:32:00"),  # yesterday at
])
def test_hebrew_counts_back_are_read(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, reference=REFERENCE)] == [value]


def test_a_name_joined_to_a_number_by_a_hyphen_is_still_no_date() -> None:
    assert find_dates("COVID-19 March 2020") == []


@pytest.mark.parametrize(("paragraph", "name", "outlet_id", "kind"), [
    ("לפי דיווח של רויטרס, משקיעים זרים מגבירים את הפעילות.", "רויטרס", "reuters", "outlet"),
    ("לפי דיווח בבלומברג, החברה קיבלה מענק.", "בלומברג", "bloomberg", "outlet"),  # glued "in"
    ("כפי שדווח בכאן חדשות, ראש הממשלה קיים שיחות.", "כאן חדשות", "kan-news", "outlet"),
    ("לפי סוכנות הידיעות AP, יוון מבקשת לקדם את הפרויקט.", "AP", "ap", "outlet"),
    ("על פי הניו יורק טיימס, השיחות נמשכו.", "ניו יורק טיימס", "nytimes", "outlet"),  # "the"
    ("רשות המים מסרה לכאן חדשות כי היא פועלת למציאת פתרון.", "כאן חדשות", "kan-news", "outlet"),
    ("גורם בכיר אמר ל-ynet כי ההחלטה סופית.", "ynet", "ynet", "outlet"),
])
def test_hebrew_citations_name_their_source(
        paragraph: str, name: str, outlet_id: str, kind: str) -> None:
    found = find_citations([paragraph], Registry.shipped(), language="he")
    assert [(c.name, c.outlet_id, c.kind) for c in found] == [(name, outlet_id, kind)]


@pytest.mark.parametrize("paragraph", [
    "לפי התוכנית, העבודות יסתיימו בשנה הבאה.",  # according to the plan
    "על פי החוק, הוועדה תתכנס פעמיים בשנה.",  # according to the law
    "השר אמר לעיתונאים כי ההחלטה סופית.",  # told the journalists
])
def test_a_hebrew_cue_before_no_outlet_cites_nothing(paragraph: str) -> None:
    assert find_citations([paragraph], Registry.shipped(), language="he") == ()


@pytest.mark.parametrize(("page", "outlet_id", "signals"), [
    (YNET, "ynet", {"copyright", "site_name"}),  # the paper's copyright: one newsroom
    (MAARIV, "maariv", {"copyright", "site_name"}),  # "שמורות למעריב", no ©
    (ISRAEL_HAYOM, "israel-hayom", {"copyright", "site_name"}),
    (GLOBES, "globes", {"copyright", "site_name"}),
    (KAN, "kan-news", {"copyright", "site_name"}),
    (ARUTZ_SHEVA, "arutz-sheva", {"site_name"}),
])
def test_israel_s_hebrew_outlets_are_known(page: str, outlet_id: str, signals: set[str]) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == outlet_id
    assert {e.signal for e in record.outlet.evidence} == signals


@pytest.mark.parametrize(("text", "outlet_id"), [
    ("כל הזכויות שמורות למעריב", "maariv"),  # to Maariv
    ("כתבה שפורסמה ובגלובס", "globes"),  # and in Globes
    ("جميع الحقوق محفوظة لوكالة الأنباء والمعلومات الفلسطينية", "wafa"),  # to the agency
])
def test_a_name_after_a_preposition_glued_to_it_is_found(text: str, outlet_id: str) -> None:
    assert [o.id for o in Registry.shipped().names_in(text)] == [outlet_id]


@pytest.mark.parametrize("text", ["מעריבים רבים הגיעו", "גלובסים", "سانات"])
def test_a_name_inside_a_longer_word_is_not_found(text: str) -> None:
    assert Registry.shipped().names_in(text) == []


def test_the_rules_hebrew_copyright_notice_leaves_the_body() -> None:
    record = clean(MAARIV, fetched_at=FETCHED)
    assert any(r.rule == "chrome.copyright" and r.text == "כל הזכויות שמורות למעריב"
               for r in record.removed)


def test_a_quote_given_to_the_page_s_own_outlet_cites_itself() -> None:
    record = clean(KAN, fetched_at=FETCHED)
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [
        ("כאן חדשות", "kan-news", "self")]


def test_an_english_page_cites_the_hebrew_broadcaster() -> None:
    record = clean(TIMES_OF_ISRAEL, fetched_at=FETCHED)
    assert [(c.name, c.outlet_id) for c in record.citations] == [("Kan news", "kan-news")]


@pytest.mark.parametrize(("page", "place", "day", "published"), [
    # the agency's tag bare before the dash, the day in digits: the story's only date
    (WAFA, "رام الله", "3-6-2024", "2024-06-03"),
    # the tag in brackets, the day without its year: the whole date under the body is the
    # same day's, with its time
    (PETRA, "عمان", "3 حزيران", "2024-06-03T14:32:10+03:00"),
])
def test_an_arab_agency_s_dateline_is_read(page: str, place: str, day: str, published: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.dateline is not None
    assert (record.dateline.place, record.dateline.date) == (place, day)
    assert record.published == published
    assert "undated" not in record.flags and "published_from_fetch" not in record.flags


def test_a_sentence_opening_with_a_place_and_a_day_is_no_dateline() -> None:
    text = "\n".join([
        "المجلس يناقش الموازنة",
        "بيروت 3 حزيران شهدت جلسة طويلة ناقش فيها النواب مشروع الموازنة العامة للعام المقبل "
        "وأقروا عددا من المواد.",
        "وقال رئيس لجنة المال والموازنة إن النقاش سيستمر الأسبوع المقبل.",
    ])
    assert clean(text, fetched_at=FETCHED).dateline is None


@pytest.mark.parametrize(("page", "outlet_id"), [
    (WAFA, "wafa"), (NAHARNET, "naharnet"), (JORDAN_TIMES, "jordan-times"),
])
def test_the_levant_s_outlets_are_known(page: str, outlet_id: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == outlet_id


def test_an_arabic_citation_names_the_palestinian_agency() -> None:
    record = clean(AL_QUDS, fetched_at=FETCHED)
    assert [(c.name, c.outlet_id) for c in record.citations] == [("وكالة وفا", "wafa")]


def test_an_outlet_s_newsdesk_signs_as_an_organisation() -> None:
    record = clean(NAHARNET, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Naharnet Newsdesk", "organization")]
    assert [(c.name, c.outlet_id) for c in record.citations] == [
        ("National News Agency", "nna-lebanon")]


def test_a_byline_opening_a_date_line_is_no_section() -> None:
    """"By JT - Jun 03,2024": the words before the date are a byline, not a section's label."""
    record = clean(JORDAN_TIMES, fetched_at=FETCHED)
    assert record.section is None
    assert record.published == "2024-06-03"


def test_a_name_alone_that_the_page_s_structure_cut_is_named_a_byline() -> None:
    """A name above the date line that the structural rules cut with the menu is read as the
    byline, and its removal says so."""
    text = "\n".join([
        "Home", "News", "Business", "Markets",
        "Regional bank raises its forecast for the year",
        "Gad Lior", "June 3, 2024",
        "The regional bank raised its forecast for the year on Monday, citing stronger lending "
        "and lower costs than analysts had expected.",
        "Its shares rose 4 percent in early trading after the announcement was made.",
        "Analysts said the outlook for the second half of the year remained uncertain.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Gad Lior", "person")]
    assert [r.rule for r in record.removed if r.text == "Gad Lior"] == ["meta.byline"]


def test_an_arabic_page_keeps_its_lead_without_stop_words() -> None:
    """The lead holds no word of Arabic's stop list (its articles and prepositions are glued
    to the words): it was cut as the preamble."""
    record = clean(ROYA, fetched_at=FETCHED)
    assert record.language == "ar"
    assert record.text.startswith("قررت لجنة تسعير المشتقات النفطية")
    assert record.text.endswith("في حينه.")
    assert record.outlet is not None and record.outlet.id == "roya-news"
    # "وفق ما أوردته" (as ... reported): the page's own channel, named in its masthead
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [
        ("قناة رؤيا", "roya-news", "self")]


def test_the_comments_heading_is_no_author() -> None:
    """"التعليقات" (the comments) under the date line was read as the author signing off."""
    record = clean(AMMON, fetched_at=FETCHED)
    assert record.authors == ()
    assert [r.rule for r in record.removed if r.text == "التعليقات"] == ["chrome.ui"]


def test_a_hebrew_newsroom_signs_as_an_organisation() -> None:
    record = clean(WALLA, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("מערכת וואלה! חדשות", "organization")]
    assert record.outlet is not None and record.outlet.id == "walla"


@pytest.mark.parametrize(("page", "expected"), [
    (AL_MAYADEEN, [("معاً", None, "outlet"), ("وكالة الصحافة الفرنسية", "afp", "outlet")]),
    (N12, [("לה מונד", "lemonde", "outlet")]),  # quoted, and the registry knows it
])
def test_the_wires_and_papers_are_known_by_their_arabic_and_hebrew_names(
        page: str, expected: list[tuple[str, str | None, str]]) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == expected


@pytest.mark.parametrize(("text", "language"), [
    ("דער ניו־יאָרקער שטאָט־ראַט האָט מיטוואָך באַשטעטיקט אַ בודזשעט, וואָס שליסט אײַן מער געלט "
     "פֿאַר די ביבליאָטעקן, און דער מייאָר איז צופֿרידן מיט דעם.", "yi"),
    # Hebrew's "order" (צו) and "he" (הוא) are no Yiddish
    ("צו גיוס הוצא היום לאלפי חיילים. ראש הממשלה אמר כי הוא מעריך את הלוחמים, והוא יפגוש "
     "אותם מחר.", "he"),
])
def test_yiddish_is_told_from_hebrew(text: str, language: str) -> None:
    """langdetect has no profile of Yiddish and named Hebrew."""
    assert detect_language(text) == language


def test_a_yiddish_page_is_cleaned_as_yiddish() -> None:
    record = clean(FORVERTS, fetched_at=FETCHED)
    assert record.language == "yi"
    assert record.title == "ניו־יאָרקער שטאָט־ראַט באַשטעטיקט נײַעם בודזשעט פֿאַר ביבליאָטעקן"
    assert record.text.startswith("דער שטאָט־ראַט האָט מיטוואָך")
    assert record.text.endswith("צוריקשטעלן די שעהען.")
    assert [(a.name, a.kind) for a in record.authors] == [("רחל שעכטער", "person")]
    assert record.published == "2024-06-03"
    assert record.outlet is not None and record.outlet.id == "forverts"


def test_a_masthead_naming_the_outlet_twice_names_the_page_s_outlet() -> None:
    """"وكالة الأنباء الأردنية - بترا": the agency's name and its tag, both the registry's."""
    record = clean(PETRA, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "petra"
    assert "site_name" in {e.signal for e in record.outlet.evidence}
    assert [(c.name, c.kind) for c in record.citations] == [("بترا", "self")]
    assert record.published == "2024-06-03T14:32:10+03:00"  # Amman's time, the outlet's


@pytest.mark.parametrize("masthead", ["Sport - Reuters", "Reuters - BBC News", "بترا - سانا"])
def test_a_masthead_naming_another_or_two_outlets_names_no_site(masthead: str) -> None:
    text = "\n".join([
        masthead, "Ministers meet to discuss the budget",
        "The ministers met on Monday to discuss the budget for the coming year, officials said.",
        "The talks are expected to continue later this week in the capital.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.outlet is None or "site_name" not in {e.signal for e in record.outlet.evidence}


@pytest.mark.parametrize(("page", "author"), [
    (ROYA, "أحمد السعدي"),  # the outlet, and its reporter
    (AL_QUDS, "محمد أبو خضير"),  # the city, the outlet, the reporter: "أبو" (father of) is a name's
])
def test_the_arab_press_credits_its_reporter_after_the_city_or_the_outlet(page: str, author: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [(author, "person")]
    assert [r.rule for r in record.removed if author in r.text] == ["meta.byline"]


@pytest.mark.parametrize("line", ["الرئيسية - أخبار محلية", "غزة - خان يونس", "محمد صلاح - ليفربول"])
def test_a_dashed_line_without_a_reporter_s_name_credits_no_one(line: str) -> None:
    from newsclean.meta.authors import _placed_name
    assert _placed_name(line, frozenset()) is None


@pytest.mark.parametrize(("text", "name", "holds"), [
    ("Gad Lior", "Gad Lior", True),
    ("Tanja Karrasch3.11.2023", "Tanja Karrasch", True),  # with its date
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", "Loïc Le Clerc", True),
    ("إدلب - أحمد السعدي", "أحمد السعدي", True),  # the reporter's city
    ("Damian Duchamps' Blog", "Damian Duchamps", False),  # a blog's name
    ("Über Anika Schön", "Anika Schön", False),  # an author box's heading
    ("Alles von Martin Junker", "Martin Junker", False),  # a link to the author's page
])
def test_the_line_a_byline_is_read_from_is_named_the_byline_s_when_it_holds_it(
        text: str, name: str, holds: bool) -> None:
    from newsclean.meta.authors import holds_the_byline
    assert holds_the_byline(text, name) is holds


def test_an_outlet_s_staff_signs_as_an_organisation() -> None:
    """"MEE staff": the outlet's staff, under its standfirst; with the registry's Middle East
    Eye, "told AFP" is secondary reporting, not AFP's own page."""
    record = clean(MIDDLE_EAST_EYE, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("MEE staff", "organization")]
    assert record.outlet is not None and record.outlet.id == "middle-east-eye"
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [
        ("Maan News Agency", "maan-news", "outlet"), ("AFP", "afp", "outlet")]


def test_an_israeli_clock_and_a_follow_prompt() -> None:
    record = clean(HAARETZ_ENGLISH, fetched_at=FETCHED)
    assert record.published == "2024-06-03T14:32:00+03:00" and record.published_tz == "explicit"
    assert record.text.endswith("monitor the commissioner's work.")


def test_a_clock_after_the_year_s_colon() -> None:
    """"Published: 03 June ,2024: 02:32 PM GST": the time, in the Gulf's zone."""
    record = clean(AL_ARABIYA, fetched_at=FETCHED)
    assert record.published == "2024-06-03T14:32:00+04:00"
    assert [d.value for d in find_dates("In 2024: 12 people were hurt")] == []


def test_a_name_set_apart_from_its_date_by_an_unspaced_bar() -> None:
    text = "\n".join([
        "ynetnews", "News", "Opinion", "Bank of Israel holds interest rate steady",
        "Sarah Cohen|Published: 03.06.24, 14:32",
        "The Bank of Israel left its benchmark interest rate unchanged at 4.5% on Monday, as most "
        "economists had expected.",
        "The central bank said the monetary committee was weighing the effects of the war.",
        "Governor Amir Yaron told reporters there was no room for a rate cut in the coming months.",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("Sarah Cohen", "person")]
    assert record.outlet is not None and record.outlet.id == "ynet"


def test_the_page_s_footer_copyright_outranks_its_source_s_under_the_story() -> None:
    """A story adapted from another outlet prints that outlet's copyright under it; the
    page's own copyright is its footer, the later line."""
    text = "\n".join([
        "World Community Lashes Out at US Over Settlements",
        "The decision drew condemnation from governments across the region on Tuesday, officials "
        "said after a meeting in Amman.",
        "Palestinian negotiators said it was the latest move to force them to give up their claims.",
        "This article has been adapted from its original source.",
        "Copyright @ 2019 The New Arab.",
        "About Us", "Contact Us",
        "© 2000 - 2019 Al Bawaba (www.albawaba.com)",
    ])
    record = clean(text, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "al-bawaba"
    # two outlets named on one line keep their order: the first is the holder
    one_line = text.replace("Copyright @ 2019 The New Arab.\n", "").replace(
        "© 2000 - 2019 Al Bawaba (www.albawaba.com)",
        "© 2019 Al Bawaba (www.albawaba.com), with stories from The New Arab")
    record = clean(one_line, fetched_at=FETCHED)
    assert record.outlet is not None and record.outlet.id == "al-bawaba"


@pytest.mark.parametrize(("page", "place", "day", "published"), [
    # "in" before the day, the tag between slashes; Qatar's clock, the agency's masthead's
    (QNA, "الدوحة", "03 يونيو", "2024-06-03T14:32:00+03:00"),
    # a dash after the place, the day spaced (the masthead, the short tag, names no site)
    (KUNA, "الكويت", "3 - 6", "2024-06-03T14:32:00"),
])
def test_the_gulf_agencies_datelines_are_read(page: str, place: str, day: str, published: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.dateline is not None
    assert (record.dateline.place, record.dateline.date) == (place, day)
    assert record.published == published


def test_an_egyptian_credit_after_the_verb_for_wrote() -> None:
    """"كتب محمد السيد" (wrote Mohamed El-Sayed): the verb leads a usual given name."""
    record = clean(YOUM7, fetched_at=FETCHED)
    assert [(a.name, a.kind) for a in record.authors] == [("محمد السيد", "person")]
    assert record.outlet is not None and record.outlet.id == "youm7"
    assert [(c.name, c.outlet_id) for c in record.citations] == [("الأهرام", "ahram")]


def test_the_verb_for_wrote_before_no_given_name_credits_no_one() -> None:
    from newsclean.meta.lines import metadata_rule
    from newsclean.segment import segment
    assert metadata_rule(segment("كتب الرئيس على منصة إكس")[0]) is None
    assert metadata_rule(segment("كتب محمد السيد")[0]) == "meta.byline"


def test_a_clock_before_the_weekday_and_the_day() -> None:
    """"03:32 م الإثنين 03 يونيو 2024": the time, the weekday, then the day."""
    record = clean(MASRAWY, fetched_at=FETCHED)
    assert record.published == "2024-06-03T15:32:00+03:00"
    assert [(a.name, a.kind) for a in record.authors] == [("أحمد عمار", "person")]
    # "قال ... لمصراوي" (told Masrawy), on Masrawy's page: its own reporting
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [("مصراوي", "masrawy", "self")]


@pytest.mark.parametrize(("page", "place", "name", "outlet_id", "line"), [
    (SANA, "دمشق", "سانا", "sana", "دمشق-سانا"),
    (AL_AHRAM, "القاهرة", "أ ش أ", "mena", "القاهرة - أ ش أ"),  # MENA's tag, three letters
])
def test_an_arab_agency_s_dateline_on_a_line_of_its_own(
        page: str, place: str, name: str, outlet_id: str, line: str) -> None:
    record = clean(page, fetched_at=FETCHED)
    assert record.dateline is not None and record.dateline.place == place
    assert [(c.name, c.outlet_id, c.kind) for c in record.citations] == [(name, outlet_id, "wire")]
    assert [r.rule for r in record.removed if r.text == line] == ["meta.dateline"]


def test_a_reporter_after_the_city_is_no_agency_s_dateline() -> None:
    """"إدلب - أنس الخولي": the city and its reporter (a given name Faker's lists lack, which
    tools/given_names_supplement.txt adds), not a tag the registry knows."""
    record = clean(ENAB_BALADI, fetched_at=FETCHED)
    assert record.dateline is None
    assert [c.kind for c in record.citations] == ["self"]
    assert [a.name for a in record.authors] == ["أنس الخولي"]


def test_an_israeli_given_name_beside_the_date_behind_an_unspaced_bar() -> None:
    page = "\n".join([
        "ynetnews", "News", "Israel News", "Bank of Israel holds rates steady",
        "Gad Lior|Published: 06.03.24, 14:32",
        "The Bank of Israel left its key interest rate unchanged at 4.5% on Monday, as most "
        "economists had expected.",
        "Governor Amir Yaron said inflation remained above the target range and that the "
        "committee would keep watching the war's effect on the economy.",
    ])
    assert [a.name for a in clean(page, fetched_at=FETCHED).authors] == ["Gad Lior"]


def test_a_hebrew_calendar_s_day_beside_the_gregorian_is_a_date_line() -> None:
    """'כ"ו באייר תשפ"ד, 03/06/24 14:32': the Hebrew calendar's day (not converted), then the
    Gregorian date, which dates the story."""
    record = clean(ARUTZ_SHEVA, fetched_at=FETCHED)
    assert [r.rule for r in record.removed if r.text.startswith('כ"ו באייר')] == ["meta.date"]
    assert record.published == "2024-06-03T14:32:00+03:00"
