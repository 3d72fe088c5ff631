"""Which column is which field: from header names in English, Persian and Russian, from known
export layouts (Google, Outlook, LinkedIn) and from the values themselves.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

# the fields a column can fill; several columns may fill email, phone, notes and tags
FIELDS = (
    "kind",
    "name",
    "first_name",
    "middle_name",
    "last_name",
    "company",
    "company_email",
    "job_title",
    "email",
    "phone",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "website",
    "industry",
    "lead_source",
    "segment",
    "status",
    "birthday",
    "tags",
    "notes",
)
MULTI_FIELDS = ("email", "phone", "notes", "tags", "address")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "contact type", "type of contact", "тип контакта", "نوع مخاطب"),
    "name": (
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
        "contact person",
        "customer",
        "customer name",
        "client",
        "client name",
        "фио",
        "ф и о",
        "контактное лицо",
        "имя клиента",
        "полное имя",
        "имя и фамилия",
        "контакт",
        "клиент",
        "نام کامل",
        "نام و نام خانوادگی",
        "مشتری",
        "نام مشتری",
        "شخص رابط",
    ),
    "first_name": ("first name", "given name", "firstname", "forename", "first", "имя", "نام"),
    "middle_name": ("middle name", "additional name", "отчество", "نام میانی"),
    "last_name": (
        "last name",
        "family name",
        "surname",
        "lastname",
        "last",
        "фамилия",
        "نام خانوادگی",
        "فامیلی",
    ),
    "company": (
        "company",
        "organization",
        "organisation",
        "organization name",
        "organization 1 name",
        "company name",
        "employer",
        "организация",
        "компания",
        "фирма",
        "شرکت",
        "سازمان",
        "نام شرکت",
    ),
    # the company's own address: which of two firms of one name a person works for
    "company_email": (
        "company e-mail",
        "company email",
        "organization e-mail",
        "эл. почта компании",
        "e-mail компании",
        "ایمیل شرکت",
    ),
    "job_title": (
        "job title",
        "title",
        "position",
        "role",
        "organization title",
        "organization 1 title",
        "должность",
        "позиция",
        "سمت",
        "عنوان شغلی",
    ),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "e mail 1 value",
        "e mail 2 value",
        "e mail 3 value",
        "e mail 2 address",
        "e mail 3 address",
        "mail",
        "эл почта",
        "электронная почта",
        "почта",
        "e mail адрес",
        "емейл",
        "ایمیل",
        "پست الکترونیک",
        "رایانامه",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "phone 1 value",
        "phone 2 value",
        "phone 3 value",
        "business phone",
        "home phone",
        "primary phone",
        "other phone",
        "work phone",
        "телефон",
        "мобильный",
        "моб телефон",
        "мобильный телефон",
        "рабочий телефон",
        "تلفن",
        "موبایل",
        "شماره تماس",
        "تلفن همراه",
        "شماره تلفن",
        "همراه",
    ),
    "address": (
        "address",
        "street",
        "street address",
        "business street",
        "home street",
        "address 1 street",
        "address 1 formatted",
        "адрес",
        "улица",
        "آدرس",
        "نشانی",
    ),
    "city": (
        "city",
        "town",
        "business city",
        "home city",
        "address 1 city",
        "город",
        "населенный пункт",
        "شهر",
    ),
    "region": (
        "region",
        "state",
        "province",
        "county",
        "business state",
        "home state",
        "address 1 region",
        "регион",
        "область",
        "край",
        "استان",
    ),
    "postal_code": (
        "postal code",
        "zip",
        "zip code",
        "postcode",
        "business postal code",
        "home postal code",
        "address 1 postal code",
        "индекс",
        "почтовый индекс",
        "کد پستی",
        "کدپستی",
    ),
    "country": (
        "country",
        "country region",
        "business country region",
        "home country region",
        "address 1 country",
        "страна",
        "کشور",
    ),
    "website": (
        "website",
        "web site",
        "web page",
        "url",
        "site",
        "website 1 value",
        "homepage",
        "сайт",
        "веб сайт",
        "وبسایت",
        "وب سایت",
        "سایت",
    ),
    "industry": (
        "industry",
        "sector",
        "отрасль",
        "сфера",
        "сфера деятельности",
        "صنعت",
        "حوزه فعالیت",
    ),
    "lead_source": ("source", "lead source", "channel", "источник", "منبع", "کانال"),
    "segment": ("segment", "сегмент", "بخش", "سگمنت"),
    "status": ("status", "статус", "وضعیت"),
    "tags": (
        "tags",
        "tag",
        "labels",
        "categories",
        "group membership",
        "groups",
        "теги",
        "метки",
        "группы",
        "برچسب",
        "برچسب ها",
        "گروه",
    ),
    "birthday": (
        "birthday",
        "birth date",
        "birthdate",
        "date of birth",
        "dob",
        "bday",
        "дата рождения",
        "день рождения",
        "تاریخ تولد",
        "زادروز",
        "تولد",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "comment",
        "description",
        "примечание",
        "примечания",
        "заметки",
        "комментарий",
        "یادداشت",
        "یادداشت ها",
        "توضیحات",
        "توضیح",
    ),
}


def normalize_header(text: str) -> str:
    """'E-mail 1 - Value' -> 'e mail 1 value'; 'Эл. почта' -> 'эл почта'."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ي", "ی").replace("ك", "ک")
    text = text.replace("\u200c", " ")  # Persian zero-width non-joiner
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_LOOKUP = {normalize_header(s): f for f, names in _SYNONYMS.items() for s in names}


def field_for_header(header: str) -> str | None:
    key = normalize_header(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "E-mail 4 - Value", "Phone 2 - Type"-less variants: drop numbers and retry
    key = " ".join(w for w in key.split() if not w.isdigit())
    if key.endswith(" type") or key.endswith(" label"):
        return None  # "Phone 1 - Type" says what kind of phone, not the phone
    return _LOOKUP.get(key)


def header_score(row: Sequence[str]) -> int:
    """How much a row looks like a header: cells that name a known field, less cells that
    hold a value (an address, a phone, a date, a number), which no header does. A data row
    can name a field too: the rejects file's "Field" column says "email"."""
    named = sum(1 for cell in row if cell and field_for_header(cell))
    valued = sum(1 for cell in row if cell and (cell.isdigit() or EMAIL_LIKE.match(cell)
                                                 or PHONE_LIKE.match(cell)
                                                 or DATE_LIKE.match(cell)))
    return named - valued


# known exports: (layout name, headers that identify it)
LAYOUTS = (
    ("Google Contacts", {"first name", "last name", "e mail 1 value", "organization name"}),
    (
        "Google Contacts (old)",
        {"given name", "family name", "e mail 1 value", "organization 1 name"},
    ),
    ("Outlook", {"first name", "last name", "e mail address", "business phone", "job title"}),
    (
        "LinkedIn Connections",
        {"first name", "last name", "email address", "company", "position", "connected on"},
    ),
)


# where a known export uses a word differently: Outlook's "Title" is "Mr." or "Dr.", and
# its Home and Other streets are read only as further addresses (FURTHER_ADDRESSES), not
# beside the Business one
LAYOUT_OVERRIDES: dict[str, dict[str, str | None]] = {
    "Outlook": {"title": None, **{f"{kind} street{n}": None for kind in ("home", "other")
                                  for n in ("", " 2", " 3")}}}


# a known export's further addresses, in order, the first given read when a row's own is
# empty: Outlook's Home address for a personal contact, who has no Business one, then its
# Other; Google's second and later ones
FURTHER_ADDRESSES = {"Outlook": ("business ", ("home ", "other ")),
                     "Google Contacts": ("address 1 ", ("address 2 ", "address 3 ",
                                                        "address 4 "))}


def further_addresses(headers: Sequence[str], columns: Sequence[str | None],
                      layout: str | None) -> list[list[tuple[int, int, str]]]:
    """Per further address, in order: (column, the column of the same name in that address
    (which no field takes), its header). One is read instead of a row's address when the
    row's own is empty; the others go to the notes."""
    if layout not in FURTHER_ADDRESSES:
        return []
    first, further = FURTHER_ADDRESSES[layout]
    named = {normalize_header(h): i for i, h in enumerate(headers)}
    groups = []
    for prefix in further:
        pairs = []
        for key, i in named.items():
            j = named.get(prefix + key[len(first):]) if key.startswith(first) else None
            if j is not None and columns[i] in _ADDRESS_PARTS and columns[j] is None:
                pairs.append((i, j, headers[j]))
        if pairs:
            groups.append(pairs)
    return groups


def further_address_columns(headers: Sequence[str], columns: Sequence[str | None],
                            layout: str | None) -> set[int]:
    """The columns read as further addresses (further_addresses)."""
    return {j for group in further_addresses(headers, columns, layout) for _, j, _ in group}


_ADDRESS_PARTS = {"address", "city", "region", "postal_code", "country"}


def recognise_layout(headers: Sequence[str]) -> str | None:
    present = {normalize_header(h) for h in headers}
    for name, signature in LAYOUTS:
        if signature <= present:
            return name
    return None


# values ----------------------------------------------------------------------------------

EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_LIKE = re.compile(r"^\+?[\d\s().\-]{7,20}$")
DATE_LIKE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"\d{1,2} \w{3,9} \d{4})"
)


def kind_of_values(values: Sequence[str]) -> str | None:
    """'email', 'phone' or 'date' when most filled values look like one."""
    filled = [v for v in values if v][:50]
    if len(filled) < 2:
        return None
    for kind, pattern in (("email", EMAIL_LIKE), ("date", DATE_LIKE), ("phone", PHONE_LIKE)):
        if sum(1 for v in filled if pattern.match(v)) >= 0.8 * len(filled):
            return kind
    return None


@dataclass
class Mapping:
    """One target field (or None: skip) per source column, plus how to read values."""

    columns: list[str | None]
    region: str = "GB"  # for phone numbers written without +country
    split_full_name: bool = True  # a full-name column also fills first/last name
    hints: dict[int, str] = field(default_factory=dict)  # column -> what its values look like

    def to_json(self) -> str:
        return json.dumps(
            {
                "columns": self.columns,
                "region": self.region,
                "split_full_name": self.split_full_name,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        return cls(
            list(data["columns"]), data.get("region", "GB"), data.get("split_full_name", True)
        )

    def as_dict(self) -> dict:
        return asdict(self)


def guess_mapping(
    headers: Sequence[str], sample: Sequence[Sequence[str]], region: str = "GB"
) -> Mapping:
    """Map each column from its header, else from its values (e-mails, phones); numbers
    without +code are read as `region`'s unless the file's own numbers say otherwise."""
    columns: list[str | None] = []
    hints: dict[int, str] = {}
    used: set[str] = set()
    overrides = LAYOUT_OVERRIDES.get(recognise_layout(headers) or "", {})
    for i, header in enumerate(headers):
        key = normalize_header(header) if header else ""
        target = overrides[key] if key in overrides else (
            field_for_header(header) if header else None)
        values = [row[i] for row in sample if i < len(row)]
        kind = kind_of_values(values)
        if kind:
            hints[i] = kind
        if target is None and kind in ("email", "phone"):
            target = kind
        if target in used and target not in MULTI_FIELDS:
            target = None  # a second "City" column is left for the owner to decide
        if target:
            used.add(target)
        columns.append(target)
    from crm_desktop.importers.phone_region import file_region

    phones = [row[i] for row in sample for i, target in enumerate(columns)
              if target == "phone" and i < len(row)]
    return Mapping(columns, file_region(phones, region), hints=hints)


def headers_signature(headers: Sequence[str]) -> str:
    """Saved mappings are offered again for files with the same headers."""
    return "|".join(normalize_header(h) for h in headers)
