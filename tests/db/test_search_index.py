"""The FTS5 index follows contacts, e-mails, phones and company names through triggers."""

from __future__ import annotations

from crm_desktop.db import search_index
from crm_desktop.services import contacts
from crm_desktop.services.contact_query import fts_query


def _search(db, text: str) -> set[int]:
    query = fts_query(text)
    rows = db.execute_sql(
        "SELECT rowid FROM contact_search WHERE contact_search MATCH ?", [query])
    return {r[0] for r in rows}


def test_prefix_search_finds_latin_cyrillic_and_persian_names(db) -> None:
    en = contacts.create_contact({"name": "Oliver Wright"}).id
    ru = contacts.create_contact({"name": "Дмитрий Соколов"}).id
    fa = contacts.create_contact({"name": "مریم رضایی"}).id
    assert _search(db, "oli") == {en}
    assert _search(db, "Сок") == {ru}
    assert _search(db, "сок") == {ru}  # case-insensitive in Cyrillic too
    assert _search(db, "رضا") == {fa}


def test_persian_search_matches_arabic_keyboard_letters(db) -> None:
    fa = contacts.create_contact({"name": "مریم رضایی"}).id
    assert _search(db, "رضاي") == {fa}  # typed with Arabic yeh (U+064A)


def test_every_email_and_phone_is_searchable(db) -> None:
    cid = contacts.create_contact({"name": "Anna"}, emails=["anna@first.example",
                                                            "a.k@second.example"],
                                  phones=["+79161234567", "+442079460000"]).id
    assert _search(db, "second") == {cid}
    assert _search(db, "442079") == {cid}
    contacts.save_contact(cid, {}, emails=["anna@third.example"])
    assert _search(db, "second") == set()
    assert _search(db, "third") == {cid}


def test_search_words_combine_and_match_company_and_city(db) -> None:
    company = contacts.create_contact({"name": "Северсталь", "kind": "company"}).id
    ivan = contacts.create_contact({"name": "Иван Петров", "company": company,
                                    "city": "Казань"}).id
    contacts.create_contact({"name": "Иван Орлов", "city": "Москва"})
    assert _search(db, "иван север") == {ivan}
    assert _search(db, "иван каз") == {ivan}


def test_renaming_a_company_reindexes_its_people(db) -> None:
    company = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    person = contacts.create_contact({"name": "Jane Roe", "company": company}).id
    contacts.update_contact(company, {"name": "Globex"})
    assert _search(db, "globex") == {company, person}
    assert _search(db, "acme") == set()


def test_deleting_a_contact_removes_it_from_the_index(db) -> None:
    cid = contacts.create_contact({"name": "Temporary Person"}).id
    db.execute_sql("DELETE FROM contact WHERE id = ?", [cid])
    assert _search(db, "temporary") == set()


def test_search_text_with_fts_syntax_is_searched_literally(db) -> None:
    cid = contacts.create_contact({"name": "AND OR NOT"}).id
    assert _search(db, 'AND "OR') == {cid}
    assert fts_query("   ") is None


def test_bulk_indexing_writes_the_row_the_triggers_write(db) -> None:
    """search_index.ROW (imports) and the triggers (every other write) index a contact
    alike: the same columns, folded the same way."""
    for name in ("contact_search_ai", "contact_search_au", "contact_email_ai",
                 "contact_phone_ad"):
        trigger = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                 [name]).fetchone()[0]
        where = "c.id = new.id" if name.startswith("contact_search") else (
            "c.id = new.contact_id" if name.endswith("ai") else "c.id = old.contact_id")
        assert search_index.ROW.format(where=where).strip() in trigger, name


def test_a_persian_word_is_found_with_or_without_its_non_joiner(db) -> None:
    """Many keyboards make the zero-width non-joiner hard to type: 'محمد‌رضا' is typed
    'محمدرضا' as often. Either finds either, and so does one of its parts; a tatweel
    ('محـمد', the word drawn long) is not a letter."""
    parted = contacts.create_contact({"name": "محمد\u200cرضا کریمی"}).id
    joined = contacts.create_contact({"name": "علیرضا احمدی"}).id
    drawn = contacts.create_contact({"name": "محـمد حسینی"}).id
    assert _search(db, "محمدرضا") == {parted}
    assert _search(db, "رضا") == {parted}  # a part, as before
    assert _search(db, "محمد\u200cرضا") == {parted}
    assert _search(db, "علی\u200cرضا") == {joined}
    assert _search(db, "محمد") == {parted, drawn}
    assert _search(db, "محـمد") == {parted, drawn}
    assert contacts.sort_key("محمد\u200cرضا کریمی") == contacts.sort_key("محمدرضا کریمی")
    assert contacts.sort_key("محـمد") == "محمد"
