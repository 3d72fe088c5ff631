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
# as an owner marks what to notice (Edit > Tags > Colour)
TAG_COLOURS = {"hot lead": "red", "late payer": "orange", "wholesale": "green",
               "partner": "purple", "export": "blue"}
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

# Further names, drawn only when every usual one is taken in a city: a demo of 100,000
# contacts then has as few namesakes as a real list, and the demo of 2,000 keeps its
# people. Spaces part the native names; a Russian surname takes -а in the feminine.


def _latin(words: str) -> list[tuple[str, str]]:
    return [(n, "".join(c for c in n.lower() if c.isalpha())) for n in words.split()]


def _pairs(words: str) -> list[tuple[str, str]]:
    items = words.split()
    return list(zip(items[::2], items[1::2], strict=True))


MORE_EN_FIRST_MALE = _latin(
    "Charlie Oscar Leo Arthur Noah Joseph Alfie Benjamin Lucas Max Adam Ethan Ryan Matthew "
    "Luke Nathan Richard Christopher Mark Paul Steven Kevin Jason Anthony Simon Ian Gary "
    "Stephen Martin Graham Neil Patrick Aaron Liam Connor")
MORE_EN_FIRST_FEMALE = _latin(
    "Isla Ava Mia Isabella Poppy Ella Lily Freya Evie Rebecca Rachel Victoria Katherine "
    "Elizabeth Helen Claire Nicola Joanne Karen Susan Julie Amy Zoe Holly Georgia Abigail "
    "Eleanor Phoebe Rosie Imogen Harriet Naomi Anna Jane")
MORE_EN_LAST = _latin(
    "Martin Lee Thomas Harris Clark Lewis Young King Scott Baker Adams Campbell Anderson "
    "Allen Cook Bailey Parker Miller Davis Murphy Price Bell Griffiths Kelly Simpson "
    "Marshall Collins Bennett Cox Richardson Fox Gray Rose Chapman Hunt Robertson Shaw "
    "Reynolds Lloyd Ellis Richards Russell Wilkinson Khan Graham Stewart Reid Murray Powell "
    "Palmer Holmes Rogers Stevens Walsh Hunter Thomson Matthews Ross Owen Mason Knight "
    "Kennedy Butler Saunders Cole Pearce Dean Foster Harvey Hudson Gibson Mills Berry Barnes "
    "Pearson Kaur Booth Dixon Grant Gordon Lane Harper Ali Hart McDonald Brooks Carter Ward "
    "Morris Moore Jenkins Watson Cooper Morgan Phillips Mitchell Patel Hill Lawrence Webb "
    "Atkinson Spencer Francis Burton Fisher Fletcher Day Payne Andrews Armstrong Howard "
    "Newman Riley Carr Lawson Perry Hayes Barker Holland Hamilton Sutton Jordan O'Brien "
    "Gill Black Sharp Bates Bradley Burns Doyle Nicholson Hardy Fraser Wells Page Rees "
    "Chambers Norman Stone Hussain Austin Parsons Rowe Woods Byrne Dawson Barrett Bryant "
    "Pope Frost Quinn Hopkins Greenwood Lamb Blake Holt Sanders Field Jarvis Barlow")
MORE_RU_FIRST_MALE = _pairs(
    "Артём artem Кирилл kirill Роман roman Евгений evgeny Олег oleg Игорь igor Денис denis "
    "Антон anton Виктор viktor Юрий yury Константин konstantin Григорий grigory Борис boris "
    "Станислав stanislav Вадим vadim Илья ilya Тимур timur Фёдор fedor Леонид leonid "
    "Георгий georgy")
MORE_RU_FIRST_FEMALE = _pairs(
    "Алина alina Виктория viktoria Полина polina Анастасия anastasia Софья sofia Вера vera "
    "Людмила lyudmila Галина galina Марина marina Валентина valentina Алёна alena "
    "Кристина kristina Евгения evgenia Надежда nadezhda Любовь lyubov Василиса vasilisa "
    "Диана diana Вероника veronika Лариса larisa Оксана oksana")
MORE_RU_LAST = _pairs(
    "Богданов bogdanov Воробьёв vorobyov Фролов frolov Виноградов vinogradov Макаров makarov "
    "Андреев andreev Захаров zakharov Зайцев zaitsev Соловьёв solovyov Борисов borisov "
    "Яковлев yakovlev Григорьев grigoriev Романов romanov Сорокин sorokin Сергеев sergeev "
    "Кузьмин kuzmin Белов belov Медведев medvedev Антонов antonov Тарасов tarasov "
    "Жуков zhukov Баранов baranov Филиппов filippov Комаров komarov Давыдов davydov "
    "Беляев belyaev Герасимов gerasimov Богомолов bogomolov Ильин ilyin Гусев gusev "
    "Титов titov Кудрявцев kudryavtsev Ершов ershov Поляков polyakov Киселёв kiselev "
    "Калинин kalinin Гаврилов gavrilov Ковалёв kovalev Белоусов belousov Широков shirokov "
    "Фомин fomin Дмитриев dmitriev Королёв korolev Гордеев gordeev Мельников melnikov "
    "Щербаков shcherbakov Блинов blinov Колесников kolesnikov Карпов karpov "
    "Афанасьев afanasiev Власов vlasov Маслов maslov Исаков isakov Тихонов tikhonov "
    "Аксёнов aksenov Родионов rodionov Котов kotov Горбунов gorbunov Кудряшов kudryashov "
    "Быков bykov Зуев zuev Третьяков tretyakov Савельев saveliev Панов panov "
    "Рыбаков rybakov Суворов suvorov Абрамов abramov Воронов voronov Мухин mukhin "
    "Архипов arkhipov Трофимов trofimov Мартынов martynov Емельянов emelyanov "
    "Горшков gorshkov Чернов chernov Овчинников ovchinnikov Селезнёв seleznev "
    "Панфилов panfilov Копылов kopylov Михеев mikheev Галкин galkin Назаров nazarov "
    "Лобанов lobanov Лукин lukin Беляков belyakov Потапов potapov Некрасов nekrasov "
    "Хохлов khokhlov Жданов zhdanov Наумов naumov Шилов shilov Воронцов vorontsov "
    "Ермаков ermakov Дроздов drozdov Игнатьев ignatiev Савин savin Логинов loginov "
    "Сафонов safonov Капустин kapustin Кириллов kirillov Моисеев moiseev Елисеев eliseev "
    "Кошелев koshelev Костин kostin Горбачёв gorbachev Орехов orekhov Ефремов efremov "
    "Исаев isaev Евдокимов evdokimov Калашников kalashnikov Кабанов kabanov Носков noskov "
    "Юдин yudin Кулагин kulagin Лапин lapin Прохоров prokhorov Нестеров nesterov "
    "Харитонов kharitonov Агафонов agafonov Муравьёв muravyov Ларионов larionov "
    "Федосеев fedoseev Зимин zimin Пахомов pakhomov Шубин shubin Игнатов ignatov "
    "Филатов filatov Крюков kryukov Рогов rogov Кулаков kulakov Терентьев terentiev "
    "Молчанов molchanov Владимиров vladimirov Артемьев artemiev Гурьев guriev "
    "Зиновьев zinoviev Гришин grishin Кононов kononov Дементьев dementiev "
    "Ситников sitnikov Симонов simonov Мишин mishin Фадеев fadeev Комиссаров komissarov "
    "Мамонтов mamontov Носов nosov Гуляев gulyaev Шаров sharov Устинов ustinov "
    "Вишняков vishnyakov Евсеев evseev Брагин bragin Константинов konstantinov "
    "Корнилов kornilov Авдеев avdeev Зыков zykov Бирюков biryukov Шарапов sharapov "
    "Никонов nikonov Щукин shchukin Одинцов odintsov Сазонов sazonov Якушев yakushev")
MORE_FA_FIRST_MALE = _pairs(
    "حسن hassan محسن mohsen جواد javad مصطفی mostafa احمد ahmad بابک babak کوروش kourosh "
    "آرش arash پویا pouya سینا sina فرهاد farhad نیما nima کیوان keyvan بهزاد behzad "
    "شهرام shahram میلاد milad یاسر yaser امید omid ایمان iman رامین ramin")
MORE_FA_FIRST_FEMALE = _pairs(
    "نازنین nazanin سمیرا samira آزاده azadeh مینا mina فرناز farnaz یاسمن yasaman "
    "طاهره tahereh سحر sahar بهاره bahareh رویا roya نسرین nasrin هانیه hanieh کیمیا kimia "
    "آیدا aida ستاره setareh پروانه parvaneh فریبا fariba شیما shima مهناز mahnaz "
    "گلاره golareh")
# (compound surnames keep their zero-width non-joiner: حسن‌زاده)
MORE_FA_LAST = _pairs(
    "رستمی rostami اکبری akbari حیدری heydari مرادی moradi عباسی abbasi سلیمانی soleimani "
    "نجفی najafi ابراهیمی ebrahimi امیری amiri یوسفی yousefi اسدی asadi بهرامی bahrami "
    "نظری nazari حسنی hasani سلطانی soltani فرهادی farhadi قربانی ghorbani "
    "اکبرزاده akbarzadeh حسن‌زاده hassanzadeh علیزاده alizadeh رضازاده rezazadeh "
    "ملکی maleki باقری bagheri جلالی jalali خسروی khosravi زارعی zarei شجاعی shojaei "
    "عزیزی azizi فتحی fathi کریم‌پور karimpour میرزایی mirzaei نادری naderi وحیدی vahidi "
    "هاشمی hashemi یزدانی yazdani افشار afshar بابایی babaei پاکزاد pakzad توکلی tavakoli "
    "ثابتی sabeti جمشیدی jamshidi چراغی cheraghi خلیلی khalili دهقان dehghan "
    "ذوالفقاری zolfaghari رحمانی rahmani زمانی zamani سبحانی sobhani شاکری shakeri "
    "صفری safari ضیایی ziaei طالبی talebi ظهیری zahiri عسگری asgari غفاری ghaffari "
    "فراهانی farahani قنبری ghanbari کرمانی kermani گودرزی goudarzi لطفی lotfi "
    "مختاری mokhtari نصیری nasiri واعظی vaezi هدایتی hedayati یگانه yeganeh آقایی aghaei "
    "اصفهانی esfahani بختیاری bakhtiari پناهی panahi تهرانی tehrani جوادی javadi "
    "حقیقی haghighi خانی khani دلاوری delavari رنجبر ranjbar زنگنه zanganeh سعیدی saeedi "
    "شیرازی shirazi صالحی salehi طاهرخانی taherkhani عطایی ataei فرجی faraji قاضی ghazi "
    "کیانی kiani گلستانی golestani مهدوی mahdavi نیک‌پور nikpour همتی hemmati "
    "یاوری yavari انصاری ansari بیگی beigi پورحسینی pourhosseini تقوی taghavi "
    "جهانگیری jahangiri حافظی hafezi خداداد khodadad درویشی darvishi رفیعی rafiei "
    "زندی zandi سپهری sepehri شفیعی shafiei صمدی samadi عرب arab فاضلی fazeli "
    "قدیری ghadiri گنجی ganji معتمدی motamedi نوروزی nowruzi هوشمند houshmand "
    "یعقوبی yaghoubi امینی amini بهشتی beheshti پرویزی parvizi ترابی torabi "
    "جعفرزاده jafarzadeh حبیبی habibi خرمی khorrami دانشور daneshvar رسولی rasouli "
    "ستاری sattari شهابی shahabi صدری sadri عابدی abedi فلاحی fallahi "
    "قاسم‌زاده ghasemzadeh کاشانی kashani منصوری mansouri نعمتی nemati وکیلی vakili")
