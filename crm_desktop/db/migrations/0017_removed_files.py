"""0017: documents removed in the window, held for its Undo.

A removal's Undo kept the documents' bytes in memory, up to 25 MB each, for as long as the
step stayed on the undo stack. They wait here instead, copied inside SQLite, and are
forgotten at the next start (the undo stack does not outlive the window). No foreign keys:
a held document outlives neither its contact (emptying the Trash deletes it) nor the
start, and its deal may be gone by the time it is put back.
"""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    class RemovedFile(Model):
        file_id = IntegerField()
        contact_id = IntegerField()
        deal_id = IntegerField(null=True)
        name = CharField(max_length=255)
        size = IntegerField()
        added_at = DateTimeField()
        removed_at = DateTimeField()
        content = BlobField()

        class Meta:
            database = db
            table_name = "removed_file"
            legacy_table_names = False

    db.create_tables([RemovedFile])


def down(migrator, db):
    db.execute_sql("DROP TABLE removed_file")
