"""The addresses one message to chosen contacts goes to, and its mailto: link."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from crm_desktop.services import contacts
from crm_desktop.services.mail_addresses import MAILTO_LIMIT, Addresses, addresses_of


def _person(name: str, *emails: str) -> int:
    return contacts.save_contact(None, {"name": name}, emails=list(emails)).contact_id


def test_each_contact_s_main_address_in_the_order_asked_once_each(db) -> None:
    ann = _person("Ann", "ann@x.example", "ann.home@y.example")
    olga = _person("Ольга", "olga@example.ru")
    bare = _person("مریم رضایی")
    twin = _person("Olga again", "OLGA@example.ru")  # the same person entered twice
    gone = _person("Gone", "gone@x.example")
    contacts.trash_contacts([gone])

    found = addresses_of([olga, bare, ann, twin, gone])
    assert found.addresses == ["olga@example.ru", "ann@x.example"]
    assert found.without == 2  # no address, and one in the Trash
    assert found.text() == "olga@example.ru, ann@x.example"


def test_one_address_is_written_to_several_are_each_hidden_in_bcc() -> None:
    assert Addresses(["o'brien@x.example"], 0).mailto() == "mailto:o%27brien@x.example"
    link = Addresses(["a+news@x.example", "b@y.example"], 0).mailto()
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == ""
    assert parse_qs(parts.query)["bcc"] == ["a+news@x.example,b@y.example"]
    assert unquote(parts.query).count("@") == 2
    assert Addresses([], 3).mailto() is None


def test_a_link_too_long_for_mail_programs_is_not_made() -> None:
    addresses = [f"customer{i}@example.com" for i in range(200)]
    assert Addresses(addresses[:70], 0).mailto() is not None
    assert len(Addresses(addresses[:70], 0).mailto()) <= MAILTO_LIMIT
    assert Addresses(addresses, 0).mailto() is None


def test_more_contacts_than_one_query_takes(db) -> None:
    from tests.bulk_contacts import insert_people

    insert_people(12_000)
    db.execute_sql("UPDATE contact SET email = name || '@x.example' WHERE id % 3 = 0")
    ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id DESC")]
    found = addresses_of(ids)
    assert (len(found.addresses), found.without) == (4_000, 8_000)
    assert found.addresses[0] == f"P{11_999:05}@x.example"  # the order asked
