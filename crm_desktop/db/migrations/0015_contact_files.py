"""0015: documents kept with a contact (contracts, price lists, scans), in the database; a
document may be about one of the contact's deals (its contract)."""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    class Contact(Model):
        class Meta:
            database = db
            table_name = "contact"

    class Deal(Model):
        class Meta:
            database = db
            table_name = "deal"

    class ContactFile(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        name = CharField(max_length=255)
        size = IntegerField()
        added_at = DateTimeField()
        content = BlobField()

        class Meta:
            database = db
            table_name = "contact_file"
            legacy_table_names = False
            indexes = ((("contact", "added_at"), False),)

    db.create_tables([ContactFile])


def down(migrator, db):
    db.execute_sql("DROP TABLE contact_file")
