"""0007: an import remembers the last change-log entry it wrote.

Undoing an import keeps what the owner changed since; "since" was a time stored to the
second, so an edit made in the same second as the import looked like part of it. Entry ids
only grow: everything after this one came later.
"""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    migrator.migrate(migrator.add_column("import_batch", "last_log_id", IntegerField(null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("import_batch", "last_log_id"))
