"""0009: one form for letters typed two ways: ё and е, and the Arabic yeh and kaf (ي ك ى,
from an Arabic keyboard or an older system) and the Persian ones (ی ک).

'Семёнов' and 'Семенов', 'علي كريمي' and 'علی کریمی' are one name: sort keys fold them
(sorted together, matched as one person by imports and the duplicates finder), and so does
the search index, whose triggers are redefined here, so that a search typed either way
finds both. Only contacts holding one of those letters get a new key and a new entry.
"""

import unicodedata

from peewee import *  # frozen models name the field classes directly

# frozen copies, as of this migration, of db.letter_forms,
# services.contacts.sort_key and db.search_index.ROW
_FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "ё": "е", "Ё": "Е"})
_LETTERS = "[ёЁيكى]"


def _sort_key(name):
    return unicodedata.normalize("NFKC", name).casefold().translate(_FOLD).strip()


def _folded(column):
    sql = column
    for typed, one in (("ё", "е"), ("Ё", "Е"), ("ي", "ی"), ("ك", "ک"), ("ى", "ی")):
        sql = f"replace({sql}, '{typed}', '{one}')"
    return f"CASE WHEN {column} GLOB '*{_LETTERS}*' THEN {sql} ELSE {column} END"


def _row(fold):
    text = _folded if fold else (lambda column: column)
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


def _reindex(where, fold):
    return ("DELETE FROM contact_search WHERE rowid IN (SELECT c.id FROM contact c WHERE "
            + where + ");" + _row(fold).format(where=where))


def _triggers(fold):
    """The search index's triggers of 0001, their rows folded or not."""
    return {
        "contact_search_ai": "AFTER INSERT ON contact BEGIN "
        + _reindex("c.id = new.id", fold) + " END",
        "contact_search_au": "AFTER UPDATE OF name, company_id, city, notes ON contact BEGIN "
        + _reindex("c.id = new.id", fold)
        + _reindex("c.company_id = new.id AND old.name IS NOT new.name", fold) + " END",
        **{f"contact_{table}_ai": f"AFTER INSERT ON contact_{table} BEGIN "
           + _reindex("c.id = new.contact_id", fold) + " END" for table in ("email", "phone")},
        **{f"contact_{table}_au": f"AFTER UPDATE ON contact_{table} BEGIN "
           + _reindex("c.id = old.contact_id", fold) + _reindex("c.id = new.contact_id", fold)
           + " END" for table in ("email", "phone")},
        **{f"contact_{table}_ad": f"AFTER DELETE ON contact_{table} BEGIN "
           + _reindex("c.id = old.contact_id", fold) + " END" for table in ("email", "phone")},
    }


def _redefine_triggers(db, fold):
    for name, body in _triggers(fold).items():
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        db.execute_sql(f"CREATE TRIGGER {name} {body}")


def up(migrator, db):
    conn = db.connection()
    conn.execute("CREATE TEMP TABLE new_key (id INTEGER PRIMARY KEY, sort_name TEXT)")
    conn.executemany("INSERT INTO new_key VALUES (?, ?)", (
        (cid, _sort_key(name)) for cid, name in
        conn.execute(f"SELECT id, name FROM contact WHERE name GLOB '*{_LETTERS}*'")))
    # one statement: each changed key re-sorts the company's people by trigger (0003)
    conn.execute(
        "UPDATE contact SET sort_name = (SELECT k.sort_name FROM new_key k WHERE k.id = "
        "contact.id) WHERE id IN (SELECT id FROM new_key)")
    conn.execute("DROP TABLE new_key")
    _redefine_triggers(db, fold=True)
    _reindex_holders(conn, fold=True)


def _reindex_holders(conn, fold):
    """Index again the contacts with one of the letters, or whose company has one."""
    conn.execute(
        "CREATE TEMP TABLE refold AS SELECT c.id FROM contact c LEFT JOIN contact co ON "
        f"co.id = c.company_id WHERE c.name GLOB '*{_LETTERS}*' OR c.city GLOB "
        f"'*{_LETTERS}*' OR c.notes GLOB '*{_LETTERS}*' OR co.name GLOB '*{_LETTERS}*'")
    conn.execute("DELETE FROM contact_search WHERE rowid IN (SELECT id FROM refold)")
    conn.execute(_row(fold).format(where="c.id IN (SELECT id FROM refold)"))
    conn.execute("DROP TABLE refold")


def down(migrator, db):
    # (the folded sort keys sort and match as well under the older code)
    _redefine_triggers(db, fold=False)
    _reindex_holders(db.connection(), fold=False)
