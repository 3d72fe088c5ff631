"""0004: indexes behind the contact filter lists (segment, industry, country, source).

Listing the distinct values of an unindexed column read the whole table (0.13 s at 100,000
contacts, per list); with (deleted_at, column) it walks a small index instead.
"""

from peewee import *  # frozen models name the field classes directly

COLUMNS = ("segment", "industry", "country", "lead_source")


def up(migrator, db):
    migrator.migrate(
        migrator.drop_index("contact", "contact_segment"),
        *[migrator.add_index("contact", ("deleted_at", column), False) for column in COLUMNS],
    )


def down(migrator, db):
    migrator.migrate(
        *[migrator.drop_index("contact", f"contact_deleted_at_{column}") for column in COLUMNS],
        migrator.add_index("contact", ("segment",), False),
    )
