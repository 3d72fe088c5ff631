"""Word lists for the demo database: English, Russian and Persian people, companies, places.

Each native name comes with a Latin spelling, used to make plausible e-mail addresses.
"""

from __future__ import annotations

# (native, latin) pairs
EN_FIRST_MALE = [
    (n, n.lower())
    for n in (
        "James",
        "Oliver",
        "Harry",
        "George",
        "Jack",
        "Thomas",
        "William",
        "Daniel",
        "Samuel",
        "Henry",
        "Edward",
        "Michael",
        "David",
        "Robert",
        "Peter",
        "Andrew",
    )
]
EN_FIRST_FEMALE = [
    (n, n.lower())
    for n in (
        "Olivia",
        "Emily",
        "Sophie",
        "Grace",
        "Charlotte",
        "Amelia",
        "Lucy",
        "Hannah",
        "Jessica",
        "Emma",
        "Alice",
        "Ruth",
        "Sarah",
        "Megan",
        "Laura",
        "Chloe",
    )
]
EN_LAST = [
    (n, n.lower())
    for n in (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Robinson",
        "Wright",
        "Thompson",
        "Evans",
        "Walker",
        "White",
        "Roberts",
        "Green",
        "Hall",
        "Wood",
        "Jackson",
        "Clarke",
        "Hughes",
        "Edwards",
        "Turner",
        "Harrison",
    )
]

RU_FIRST_MALE = [
    ("Александр", "aleksandr"),
    ("Дмитрий", "dmitry"),
    ("Максим", "maksim"),
    ("Сергей", "sergey"),
    ("Андрей", "andrey"),
    ("Алексей", "aleksey"),
    ("Иван", "ivan"),
    ("Михаил", "mikhail"),
    ("Николай", "nikolay"),
    ("Павел", "pavel"),
    ("Егор", "egor"),
    ("Владимир", "vladimir"),
]
RU_FIRST_FEMALE = [
    ("Анна", "anna"),
    ("Мария", "maria"),
    ("Елена", "elena"),
    ("Ольга", "olga"),
    ("Татьяна", "tatiana"),
    ("Наталья", "natalia"),
    ("Ирина", "irina"),
    ("Екатерина", "ekaterina"),
    ("Светлана", "svetlana"),
    ("Юлия", "yulia"),
    ("Дарья", "daria"),
    ("Ксения", "ksenia"),
]
# surnames that take -а in the feminine
RU_LAST = [
    ("Иванов", "ivanov"),
    ("Смирнов", "smirnov"),
    ("Кузнецов", "kuznetsov"),
    ("Попов", "popov"),
    ("Васильев", "vasiliev"),
    ("Петров", "petrov"),
    ("Соколов", "sokolov"),
    ("Михайлов", "mikhailov"),
    ("Новиков", "novikov"),
    ("Фёдоров", "fedorov"),
    ("Морозов", "morozov"),
    ("Волков", "volkov"),
    ("Алексеев", "alekseev"),
    ("Лебедев", "lebedev"),
    ("Семёнов", "semenov"),
    ("Егоров", "egorov"),
    ("Павлов", "pavlov"),
    ("Козлов", "kozlov"),
    ("Степанов", "stepanov"),
    ("Никитин", "nikitin"),
    ("Орлов", "orlov"),
]

FA_FIRST_MALE = [
    ("محمد", "mohammad"),
    ("علی", "ali"),
    ("حسین", "hossein"),
    ("رضا", "reza"),
    ("مهدی", "mehdi"),
    ("امیر", "amir"),
    ("سعید", "saeed"),
    ("حمید", "hamid"),
    ("مجید", "majid"),
    ("بهرام", "bahram"),
    ("کامران", "kamran"),
    ("داریوش", "dariush"),
]
FA_FIRST_FEMALE = [
    ("فاطمه", "fatemeh"),
    ("زهرا", "zahra"),
    ("مریم", "maryam"),
    ("سارا", "sara"),
    ("نگار", "negar"),
    ("لیلا", "leila"),
    ("مهسا", "mahsa"),
    ("شیرین", "shirin"),
    ("پریسا", "parisa"),
    ("نرگس", "narges"),
    ("الهام", "elham"),
    ("ژاله", "zhaleh"),
]
FA_LAST = [
    ("محمدی", "mohammadi"),
    ("حسینی", "hosseini"),
    ("احمدی", "ahmadi"),
    ("رضایی", "rezaei"),
    ("کریمی", "karimi"),
    ("موسوی", "mousavi"),
    ("جعفری", "jafari"),
    ("قاسمی", "ghasemi"),
    ("صادقی", "sadeghi"),
    ("رحیمی", "rahimi"),
    ("نوری", "nouri"),
    ("طاهری", "taheri"),
    ("کاظمی", "kazemi"),
    ("شریفی", "sharifi"),
    ("پورمحمد", "pourmohammad"),
    ("گلزار", "golzar"),
]

EN_COMPANY_WORDS = [
    "Northwind",
    "Bluebell",
    "Harbour",
    "Oakfield",
    "Kingsway",
    "Redstone",
    "Silverline",
    "Meadow",
    "Brightwater",
    "Ironbridge",
    "Lakeside",
    "Summit",
    "Crown",
    "Pioneer",
]
EN_COMPANY_FORMS = ["{w} Ltd", "{w} Trading", "{w} Supplies", "{w} & Co", "{w} Systems"]
RU_COMPANY_WORDS = [
    ("Вектор", "vektor"),
    ("Сибирь", "sibir"),
    ("Альфа", "alfa"),
    ("Северсталь", "severstal"),
    ("Волга", "volga"),
    ("Меридиан", "meridian"),
    ("Технопарк", "technopark"),
    ("Ладога", "ladoga"),
    ("Уралмаш", "uralmash"),
    ("Гранит", "granit"),
]
RU_COMPANY_FORMS = ["ООО «{w}»", "АО «{w}»", "ТД «{w}»", "ИП {w}"]
FA_COMPANY_WORDS = [
    ("پارس", "pars"),
    ("آریا", "aria"),
    ("سپهر", "sepehr"),
    ("البرز", "alborz"),
    ("کاوه", "kaveh"),
    ("نگین", "negin"),
    ("آسمان", "aseman"),
    ("زاگرس", "zagros"),
    ("مهرگان", "mehregan"),
    ("پیشگامان", "pishgaman"),
]
FA_COMPANY_FORMS = ["شرکت {w}", "بازرگانی {w}", "صنایع {w}", "گروه {w}"]

EN_CITIES = [
    ("London", "United Kingdom", "England"),
    ("Manchester", "United Kingdom", "England"),
    ("Leeds", "United Kingdom", "England"),
    ("Edinburgh", "United Kingdom", "Scotland"),
    ("New York", "United States", "NY"),
    ("Boston", "United States", "MA"),
    ("Toronto", "Canada", "ON"),
]
RU_CITIES = [
    ("Москва", "Russia", "Москва"),
    ("Санкт-Петербург", "Russia", "Санкт-Петербург"),
    ("Казань", "Russia", "Татарстан"),
    ("Новосибирск", "Russia", "Новосибирская область"),
    ("Екатеринбург", "Russia", "Свердловская область"),
]
FA_CITIES = [
    ("تهران", "Iran", "تهران"),
    ("اصفهان", "Iran", "اصفهان"),
    ("شیراز", "Iran", "فارس"),
    ("مشهد", "Iran", "خراسان رضوی"),
    ("تبریز", "Iran", "آذربایجان شرقی"),
]

EN_STREETS = ["High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Road"]
RU_STREETS = ["ул. Ленина", "ул. Гагарина", "Невский пр.", "ул. Пушкина", "Садовая ул."]
FA_STREETS = ["خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی", "خیابان حافظ"]

INDUSTRIES = [
    "Retail",
    "Manufacturing",
    "Construction",
    "Food & Beverage",
    "IT Services",
    "Logistics",
    "Healthcare",
    "Education",
    "Textiles",
    "Agriculture",
]
LEAD_SOURCES = [
    "Referral",
    "Website",
    "Exhibition",
    "Cold call",
    "Instagram",
    "Partner",
    "Advertising",
    "Walk-in",
]
SEGMENTS = ["Key account", "SMB", "Retail", "Distributor"]
TAGS = [
    "wholesale",
    "retail",
    "newsletter",
    "partner",
    "hot lead",
    "exhibition",
    "عمده‌فروش",
    "оптовик",
    "export",
    "late payer",
]
COMPETITORS = ["Acme Corp", "Globex", "Initech", "ТехноСнаб", "پارس‌تجارت", "Umbrella Supply"]
JOB_TITLES = {
    "en": ["Director", "Purchasing manager", "Owner", "Accountant", "Sales manager"],
    "ru": ["Директор", "Менеджер по закупкам", "Владелец", "Бухгалтер", "Коммерческий директор"],
    "fa": ["مدیرعامل", "مدیر خرید", "مالک", "حسابدار", "مدیر فروش"],
}
DEAL_THINGS = {
    "en": [
        "Annual supply contract",
        "Spring order",
        "Equipment upgrade",
        "Service plan",
        "Pilot project",
        "Bulk order",
    ],
    "ru": [
        "Годовой контракт",
        "Весенний заказ",
        "Поставка оборудования",
        "Сервисный договор",
        "Пилотный проект",
        "Оптовая партия",
    ],
    "fa": [
        "قرارداد سالانه",
        "سفارش بهاره",
        "ارتقای تجهیزات",
        "قرارداد خدمات",
        "پروژه آزمایشی",
        "سفارش عمده",
    ],
}
PREFERENCES = {
    "en": [
        "Prefers morning calls",
        "Likes detailed quotes",
        "Price-sensitive",
        "Values fast delivery",
    ],
    "ru": [
        "Предпочитает звонки утром",
        "Любит подробные КП",
        "Чувствителен к цене",
        "Ценит быструю доставку",
    ],
    "fa": [
        "تماس صبح را ترجیح می‌دهد",
        "پیش‌فاکتور دقیق می‌خواهد",
        "به قیمت حساس است",
        "تحویل سریع برایش مهم است",
    ],
}
# what the owner wrote down about a customer, in the customer's language as the deals'
# titles are (each language's lists the same length: a seed draws the same demo)
INTERACTION_SUBJECTS = {
    "en": {
        "call": ["Follow-up call", "Discussed the offer", "Asked about delivery"],
        "email": ["Sent price list", "Quote sent", "Invoice question"],
        "meeting": ["Meeting at their office", "Product demo", "Contract review"],
        "note": ["Internal note", "Budget is approved next quarter"],
        "complaint": ["Late delivery", "Damaged goods", "Wrong invoice"],
        "feedback": ["Happy with the service", "Suggested improvements", "Satisfaction survey"],
    },
    "ru": {
        "call": ["Повторный звонок", "Обсудили предложение", "Спрашивал о доставке"],
        "email": ["Отправлен прайс-лист", "Отправлено КП", "Вопрос по счёту"],
        "meeting": ["Встреча у них в офисе", "Демонстрация продукта", "Обсуждение договора"],
        "note": ["Внутренняя заметка", "Бюджет утвердят в следующем квартале"],
        "complaint": ["Задержка доставки", "Повреждённый товар", "Ошибка в счёте"],
        "feedback": ["Доволен обслуживанием", "Предложил улучшения", "Опрос об удовлетворённости"],
    },
    "fa": {
        "call": ["تماس پیگیری", "گفتگو درباره پیشنهاد", "پرسش درباره تحویل"],
        "email": ["ارسال فهرست قیمت", "ارسال پیش‌فاکتور", "پرسش درباره فاکتور"],
        "meeting": ["جلسه در دفتر مشتری", "نمایش محصول", "بررسی قرارداد"],
        "note": ["یادداشت داخلی", "بودجه فصل بعد تصویب می‌شود"],
        "complaint": ["تأخیر در تحویل", "کالای آسیب‌دیده", "فاکتور اشتباه"],
        "feedback": ["از خدمات راضی است", "پیشنهادهایی برای بهبود داد", "نظرسنجی رضایت"],
    },
}
OUTCOMES = {
    "en": ["Interested", "Call back later", "Sent proposal", "No answer", "Agreed",
           "Needs approval", "Resolved"],
    "ru": ["Заинтересован", "Перезвонить позже", "Отправлено предложение", "Не ответил",
           "Договорились", "Нужно согласование", "Решено"],
    "fa": ["علاقه‌مند است", "بعداً تماس بگیریم", "پیشنهاد ارسال شد", "پاسخ نداد", "توافق شد",
           "نیاز به تأیید دارد", "حل شد"],
}
REMINDER_TITLES = {
    "en": ["Call back", "Send the contract", "Follow up the offer", "Check payment",
           "Win-back call", "Send catalogue"],
    "ru": ["Перезвонить", "Отправить договор", "Узнать решение по предложению",
           "Проверить оплату", "Позвонить, вернуть клиента", "Отправить каталог"],
    "fa": ["تماس دوباره", "ارسال قرارداد", "پیگیری پیشنهاد", "بررسی پرداخت",
           "تماس برای بازگرداندن مشتری", "ارسال کاتالوگ"],
}
SIMILAR_OFFER = {"en": "Similar offer", "ru": "Аналогичное предложение", "fa": "پیشنهاد مشابه"}
