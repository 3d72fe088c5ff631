"""0012: what the owner spent to bring in leads, by lead source (acquisition cost)."""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    class MarketingSpend(Model):
        lead_source = CharField(max_length=150)
        spent_on = DateField()
        amount_minor = IntegerField()
        currency = CharField(max_length=3)
        note = TextField(null=True)

        class Meta:
            database = db
            table_name = "marketing_spend"
            legacy_table_names = False
            indexes = ((("spent_on",), False),)

    db.create_tables([MarketingSpend])


def down(migrator, db):
    db.execute_sql("DROP TABLE marketing_spend")
