"""0009: sort keys fold the Arabic yeh and kaf into the Persian letters.

'علي كريمي' (typed on an Arabic keyboard) and 'علی کریمی' are one name: sorted together,
matched as one person by imports and the duplicates finder. Only the contacts whose name has
one of those letters get a new key; their people's company_sort follows by trigger (0003).
"""

import unicodedata

from peewee import *  # frozen models name the field classes directly

# frozen copy of services.contacts.sort_key as of this migration
_TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})


def _sort_key(name):
    return unicodedata.normalize("NFKC", name).casefold().translate(_TO_PERSIAN).strip()


def up(migrator, db):
    conn = db.connection()
    conn.execute("CREATE TEMP TABLE new_key (id INTEGER PRIMARY KEY, sort_name TEXT)")
    conn.executemany("INSERT INTO new_key VALUES (?, ?)", (
        (cid, _sort_key(name)) for cid, name in
        conn.execute("SELECT id, name FROM contact WHERE name GLOB '*[يكى]*'")))
    # one statement: each changed key re-sorts the company's people by trigger (0003)
    conn.execute(
        "UPDATE contact SET sort_name = (SELECT k.sort_name FROM new_key k WHERE k.id = "
        "contact.id) WHERE id IN (SELECT id FROM new_key)")
    conn.execute("DROP TABLE new_key")


def down(migrator, db):
    pass  # the folded keys sort and match as well under the older code
