"""0002: import batches and their changes, so that an import can be undone afterwards."""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    class ImportBatch(Model):
        file_name = CharField(max_length=500)
        file_format = CharField(max_length=16)
        duplicate_policy = CharField(max_length=16)
        started_at = DateTimeField()
        finished_at = DateTimeField(null=True)
        created_count = IntegerField(default=0)
        updated_count = IntegerField(default=0)
        skipped_count = IntegerField(default=0)
        rejected_count = IntegerField(default=0)
        undone_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "import_batch"
            legacy_table_names = False

    class ImportChange(Model):
        batch = ForeignKeyField(ImportBatch, on_delete="CASCADE")
        table_name = CharField(max_length=50)
        row_id = IntegerField()
        action = CharField(max_length=16)
        old_values = TextField(null=True)

        class Meta:
            database = db
            table_name = "import_change"
            legacy_table_names = False
            indexes = ((("batch", "table_name"), False),)

    db.create_tables([ImportBatch, ImportChange])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("import_change"), migrator.drop_table("import_batch"))
