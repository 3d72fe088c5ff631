"""0003: contact.company_sort, the company's sort key on each person, kept by triggers.

Sorting a million contacts by company joined every row to its company and sorted them in
a temporary b-tree (0.2 s); an indexed copy of the key makes it an index walk.
"""

from peewee import *  # frozen models name the field classes directly

TRIGGERS = {
    # a writer that already knows the key (bulk import) sets it and skips the update
    "contact_company_sort_ai": (
        "AFTER INSERT ON contact WHEN new.company_id IS NOT NULL AND new.company_sort IS NULL "
        "BEGIN "
        "UPDATE contact SET company_sort = "
        "(SELECT co.sort_name FROM contact co WHERE co.id = new.company_id) "
        "WHERE id = new.id; END"
    ),
    "contact_company_sort_au": (
        "AFTER UPDATE OF company_id ON contact BEGIN "
        "UPDATE contact SET company_sort = "
        "(SELECT co.sort_name FROM contact co WHERE co.id = new.company_id) "
        "WHERE id = new.id; END"
    ),
    # a renamed company re-sorts its people
    "contact_company_sort_rename": (
        "AFTER UPDATE OF sort_name ON contact BEGIN "
        "UPDATE contact SET company_sort = new.sort_name WHERE company_id = new.id; END"
    ),
}


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("contact", "company_sort", CharField(max_length=300, null=True)),
        migrator.add_index("contact", ("deleted_at", "company_sort"), False),
    )
    db.execute_sql(
        "UPDATE contact SET company_sort = "
        "(SELECT co.sort_name FROM contact co WHERE co.id = contact.company_id) "
        "WHERE company_id IS NOT NULL"
    )
    for name, body in TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body}")


def down(migrator, db):
    for name in TRIGGERS:
        db.execute_sql(f"DROP TRIGGER {name}")
    migrator.migrate(
        migrator.drop_index("contact", "contact_deleted_at_company_sort"),
        migrator.drop_column("contact", "company_sort"),
    )
