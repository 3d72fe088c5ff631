"""0010: a Persian word typed with or without its zero-width non-joiner, or drawn long with
a tatweel, is one word.

'محمد‌رضا' (with the non-joiner) and 'محمدرضا' sort, match and are found as one name, and so
are 'محـمد' and 'محمد'. Sort keys drop both marks; the search index's triggers are redefined
to keep a word parted by a non-joiner both as its parts and as one word, so that a search
typed either way (or for one of the parts) finds it. Only contacts holding one of the marks
get a new key and a new entry.
"""

import unicodedata

from peewee import *  # frozen models name the field classes directly

# frozen copies, as of this migration, of db.letter_forms, services.contacts.sort_key and
# db.search_index.ROW; 0009's forms for `down`
_PAIRS_0009 = (("ё", "е"), ("Ё", "Е"), ("ي", "ی"), ("ك", "ک"), ("ى", "ی"))
_PAIRS = (*_PAIRS_0009, ("ـ", ""))
_NON_JOINER = "\u200c"
_MARKS = f"[ـ{_NON_JOINER}]"  # what this migration folds anew


def _sort_key(name):
    folded = unicodedata.normalize("NFKC", name).casefold()
    for typed, one in _PAIRS:
        folded = folded.replace(typed, one)
    return folded.replace(_NON_JOINER, "").strip()


def _folded_0009(column):
    sql = column
    for typed, one in _PAIRS_0009:
        sql = f"replace({sql}, '{typed}', '{one}')"
    return f"CASE WHEN {column} GLOB '*[ёЁيكى]*' THEN {sql} ELSE {column} END"


def _folded(column):
    sql = column
    for typed, one in _PAIRS:
        sql = f"replace({sql}, '{typed}', '{one}')"
    both = f"{sql} || ' ' || replace({sql}, '{_NON_JOINER}', '')"
    return (f"CASE WHEN {column} GLOB '*[ёЁيكىـ{_NON_JOINER}]*' THEN CASE WHEN {column} "
            f"GLOB '*{_NON_JOINER}*' THEN {both} ELSE {sql} END ELSE {column} END")


def _row(text):
    return f"""
INSERT INTO contact_search(rowid, name, company, emails, phones, city, notes)
SELECT c.id, {text("c.name")}, {text("co.name")},
       (SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id),
       (SELECT group_concat(p.number || ' ' || coalesce(p.raw, ''), ' ')
          FROM contact_phone p WHERE p.contact_id = c.id),
       {text("c.city")}, {text("c.notes")}
FROM contact c LEFT JOIN contact co ON co.id = c.company_id
WHERE {{where}};
"""


def _reindex(where, text):
    return ("DELETE FROM contact_search WHERE rowid IN (SELECT c.id FROM contact c WHERE "
            + where + ");" + _row(text).format(where=where))


def _triggers(text):
    """The search index's triggers of 0001, their rows folded by `text`."""
    return {
        "contact_search_ai": "AFTER INSERT ON contact BEGIN "
        + _reindex("c.id = new.id", text) + " END",
        "contact_search_au": "AFTER UPDATE OF name, company_id, city, notes ON contact BEGIN "
        + _reindex("c.id = new.id", text)
        + _reindex("c.company_id = new.id AND old.name IS NOT new.name", text) + " END",
        **{f"contact_{table}_ai": f"AFTER INSERT ON contact_{table} BEGIN "
           + _reindex("c.id = new.contact_id", text) + " END" for table in ("email", "phone")},
        **{f"contact_{table}_au": f"AFTER UPDATE ON contact_{table} BEGIN "
           + _reindex("c.id = old.contact_id", text) + _reindex("c.id = new.contact_id", text)
           + " END" for table in ("email", "phone")},
        **{f"contact_{table}_ad": f"AFTER DELETE ON contact_{table} BEGIN "
           + _reindex("c.id = old.contact_id", text) + " END" for table in ("email", "phone")},
    }


def _redefine_triggers(db, text):
    for name, body in _triggers(text).items():
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        db.execute_sql(f"CREATE TRIGGER {name} {body}")


def _reindex_holders(conn, text):
    """Index again the contacts with one of the marks, or whose company has one."""
    conn.execute(
        "CREATE TEMP TABLE refold AS SELECT c.id FROM contact c LEFT JOIN contact co ON "
        f"co.id = c.company_id WHERE c.name GLOB '*{_MARKS}*' OR c.city GLOB '*{_MARKS}*' "
        f"OR c.notes GLOB '*{_MARKS}*' OR co.name GLOB '*{_MARKS}*'")
    conn.execute("DELETE FROM contact_search WHERE rowid IN (SELECT id FROM refold)")
    conn.execute(_row(text).format(where="c.id IN (SELECT id FROM refold)"))
    conn.execute("DROP TABLE refold")


def up(migrator, db):
    conn = db.connection()
    conn.execute("CREATE TEMP TABLE new_key (id INTEGER PRIMARY KEY, sort_name TEXT)")
    conn.executemany("INSERT INTO new_key VALUES (?, ?)", (
        (cid, _sort_key(name)) for cid, name in
        conn.execute(f"SELECT id, name FROM contact WHERE name GLOB '*{_MARKS}*'")))
    # one statement: each changed key re-sorts the company's people by trigger (0003)
    conn.execute(
        "UPDATE contact SET sort_name = (SELECT k.sort_name FROM new_key k WHERE k.id = "
        "contact.id) WHERE id IN (SELECT id FROM new_key)")
    conn.execute("DROP TABLE new_key")
    _redefine_triggers(db, _folded)
    _reindex_holders(conn, _folded)


def down(migrator, db):
    # (the keys without the marks sort and match as well under the older code)
    _redefine_triggers(db, _folded_0009)
    _reindex_holders(db.connection(), _folded_0009)
