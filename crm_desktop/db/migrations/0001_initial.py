"""0001: the whole data model of shared/domain.md, its full-text index and seed rows.

Frozen copies of the models as they were at this step (independent of db/models.py, which
moves on); the test suite checks that the result equals the models' schema.
"""

from peewee import *  # frozen models name the field classes directly


def _create_tables(db):
    class ChangeLog(Model):
        table_name = CharField(max_length=50)
        row_id = IntegerField()
        action = CharField(max_length=16)
        field = CharField(null=True, max_length=50)
        old_value = TextField(null=True)
        new_value = TextField(null=True)
        source = CharField(max_length=16, default="app")
        changed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "change_log"
            legacy_table_names = False
            indexes = ((("table_name", "row_id", "changed_at"), False),)

    db.create_tables([ChangeLog])

    class Contact(Model):
        kind = CharField(max_length=16, default="person")
        name = CharField(max_length=300)
        sort_name = CharField(max_length=300)
        first_name = CharField(null=True, max_length=150)
        last_name = CharField(null=True, max_length=150)
        company = ForeignKeyField("self", null=True, on_delete="SET NULL")
        job_title = CharField(null=True, max_length=200)
        email = CharField(null=True, max_length=320)
        phone = CharField(null=True, max_length=64)
        address = TextField(null=True)
        city = CharField(null=True, max_length=150)
        region = CharField(null=True, max_length=150)
        postal_code = CharField(null=True, max_length=32)
        country = CharField(null=True, max_length=100)
        website = CharField(null=True, max_length=300)
        industry = CharField(null=True, max_length=150)
        lead_source = CharField(null=True, max_length=150)
        segment = CharField(null=True, max_length=100)
        is_vip = BooleanField(default=False)
        status = CharField(max_length=16, default="lead")
        company_size = IntegerField(null=True)
        preferred_channel = CharField(null=True, max_length=32)
        preferences = TextField(null=True)
        needs = TextField(null=True)
        hidden_needs = TextField(null=True)
        notes = TextField(null=True)
        last_contact_at = DateTimeField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "contact"
            legacy_table_names = False
            indexes = (
                (("deleted_at", "sort_name"), False),
                (("deleted_at", "city"), False),
                (("deleted_at", "email"), False),
                (("deleted_at", "phone"), False),
                (("deleted_at", "last_contact_at"), False),
                (("deleted_at", "kind", "sort_name"), False),
                (("status",), False),
                (("segment",), False),
            )

    db.create_tables([Contact])

    class CompetitorOffer(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        competitor = CharField(max_length=200)
        description = TextField(null=True)
        price_minor = IntegerField(null=True)
        currency = CharField(max_length=3, default="USD")
        offered_on = DateField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "competitor_offer"
            legacy_table_names = False

    db.create_tables([CompetitorOffer])

    class ContactEmail(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        address = CharField(max_length=320)
        kind = CharField(max_length=16, default="work")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_email"
            legacy_table_names = False
            indexes = ((("address",), False),)

    db.create_tables([ContactEmail])

    class ContactPhone(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        number = CharField(max_length=64)
        raw = CharField(null=True, max_length=100)
        kind = CharField(max_length=16, default="mobile")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "contact_phone"
            legacy_table_names = False
            indexes = ((("number",), False),)

    db.create_tables([ContactPhone])

    class Tag(Model):
        name = CharField(unique=True, max_length=100)
        color = CharField(null=True, max_length=16)

        class Meta:
            database = db
            table_name = "tag"
            legacy_table_names = False

    db.create_tables([Tag])

    class ContactTag(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "contact_tag"
            legacy_table_names = False
            indexes = ((("contact", "tag"), True),)

    db.create_tables([ContactTag])

    class Stage(Model):
        key = CharField(unique=True, max_length=50)
        name = CharField(max_length=100)
        position = IntegerField(default=0)
        kind = CharField(max_length=8, default="open")
        probability = IntegerField(default=0)
        stale_days = IntegerField(null=True)
        archived = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "stage"
            legacy_table_names = False

    db.create_tables([Stage])

    class LossReason(Model):
        key = CharField(unique=True, max_length=50)
        name = CharField(max_length=100)
        position = IntegerField(default=0)
        archived = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "loss_reason"
            legacy_table_names = False

    db.create_tables([LossReason])

    class Deal(Model):
        title = CharField(max_length=300)
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        stage = ForeignKeyField(Stage, on_delete="RESTRICT")
        value_minor = IntegerField(default=0)
        currency = CharField(max_length=3, default="USD")
        probability = IntegerField(null=True)
        expected_close_on = DateField(null=True)
        source = CharField(null=True, max_length=150)
        score = IntegerField(default=0)
        lost_reason = ForeignKeyField(LossReason, null=True, on_delete="SET NULL")
        lost_note = TextField(null=True)
        closed_at = DateTimeField(null=True)
        position = IntegerField(default=0)
        archived = BooleanField(default=False)
        notes = TextField(null=True)
        stage_entered_at = DateTimeField()
        created_at = DateTimeField()
        updated_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "deal"
            legacy_table_names = False
            indexes = ((("deleted_at", "archived", "stage", "position"), False),)

    db.create_tables([Deal])

    class Interaction(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        kind = CharField(max_length=16)
        direction = CharField(null=True, max_length=8)
        occurred_at = DateTimeField()
        subject = CharField(null=True, max_length=300)
        body = TextField(null=True)
        outcome = CharField(null=True, max_length=300)
        satisfaction = IntegerField(null=True)
        resolved_at = DateTimeField(null=True)
        created_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "interaction"
            legacy_table_names = False
            indexes = ((("contact", "occurred_at"), False), (("kind", "occurred_at"), False))

    db.create_tables([Interaction])

    class Payment(Model):
        contact = ForeignKeyField(Contact, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL")
        invoice_number = CharField(null=True, max_length=100)
        amount_minor = IntegerField()
        currency = CharField(max_length=3, default="USD")
        issued_on = DateField(null=True)
        due_on = DateField(null=True)
        paid_on = DateField(null=True)
        note = TextField(null=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "payment"
            legacy_table_names = False
            indexes = ((("contact", "paid_on"), False),)

    db.create_tables([Payment])

    class Reminder(Model):
        title = CharField(max_length=300)
        notes = TextField(null=True)
        contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE")
        deal = ForeignKeyField(Deal, null=True, on_delete="CASCADE")
        interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL")
        kind = CharField(max_length=16, default="manual")
        due_at = DateTimeField()
        snoozed_until = DateTimeField(null=True)
        done_at = DateTimeField(null=True)
        rrule = TextField(null=True)
        notified_at = DateTimeField(null=True)
        created_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "reminder"
            legacy_table_names = False

    db.create_tables([Reminder])

    class ScoringRule(Model):
        field = CharField(max_length=50)
        operator = CharField(max_length=16)
        value = CharField(null=True, max_length=300)
        points = IntegerField()
        position = IntegerField(default=0)
        enabled = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "scoring_rule"
            legacy_table_names = False

    db.create_tables([ScoringRule])

    class ServiceLevel(Model):
        segment = CharField(null=True, max_length=100)
        vip_only = BooleanField(default=False)
        interaction_kind = CharField(max_length=16, default="complaint")
        response_hours = IntegerField()

        class Meta:
            database = db
            table_name = "service_level"
            legacy_table_names = False

    db.create_tables([ServiceLevel])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=100)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"
            legacy_table_names = False

    db.create_tables([Setting])

    class StageChange(Model):
        deal = ForeignKeyField(Deal, on_delete="CASCADE")
        from_stage = ForeignKeyField(Stage, null=True, on_delete="RESTRICT")
        to_stage = ForeignKeyField(Stage, on_delete="RESTRICT")
        changed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "stage_change"
            legacy_table_names = False
            indexes = ((("deal", "changed_at"), False),)

    db.create_tables([StageChange])


# The FTS row of a contact: its name, company, every e-mail and phone, city and notes.
_FTS_ROW = """
INSERT INTO contact_search(rowid, name, company, emails, phones, city, notes)
SELECT c.id, c.name, co.name,
       (SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id),
       (SELECT group_concat(p.number || ' ' || coalesce(p.raw, ''), ' ')
          FROM contact_phone p WHERE p.contact_id = c.id),
       c.city, c.notes
FROM contact c LEFT JOIN contact co ON co.id = c.company_id
WHERE {where};
"""


def _reindex(where: str) -> str:
    return (
        "DELETE FROM contact_search WHERE rowid IN (SELECT c.id FROM contact c WHERE "
        + where
        + ");"
        + _FTS_ROW.format(where=where)
    )


_LAST_CONTACT = """
UPDATE contact SET last_contact_at = (
    SELECT max(i.occurred_at) FROM interaction i
    WHERE i.contact_id = contact.id AND i.deleted_at IS NULL AND i.kind != 'note')
WHERE id = {cid};
"""

TRIGGERS = {
    "contact_search_ai": "AFTER INSERT ON contact BEGIN " + _reindex("c.id = new.id") + " END",
    "contact_search_au": (
        "AFTER UPDATE OF name, company_id, city, notes ON contact BEGIN "
        + _reindex("c.id = new.id")
        # people show their company's name: renaming a company reindexes its members
        + _reindex("c.company_id = new.id AND old.name IS NOT new.name")
        + " END"
    ),
    "contact_search_ad": (
        "AFTER DELETE ON contact BEGIN DELETE FROM contact_search WHERE rowid = old.id; END"
    ),
    "contact_email_ai": "AFTER INSERT ON contact_email BEGIN "
    + _reindex("c.id = new.contact_id")
    + " END",
    "contact_email_au": "AFTER UPDATE ON contact_email BEGIN "
    + _reindex("c.id = old.contact_id")
    + _reindex("c.id = new.contact_id")
    + " END",
    "contact_email_ad": "AFTER DELETE ON contact_email BEGIN "
    + _reindex("c.id = old.contact_id")
    + " END",
    "contact_phone_ai": "AFTER INSERT ON contact_phone BEGIN "
    + _reindex("c.id = new.contact_id")
    + " END",
    "contact_phone_au": "AFTER UPDATE ON contact_phone BEGIN "
    + _reindex("c.id = old.contact_id")
    + _reindex("c.id = new.contact_id")
    + " END",
    "contact_phone_ad": "AFTER DELETE ON contact_phone BEGIN "
    + _reindex("c.id = old.contact_id")
    + " END",
    # last_contact_at: the newest interaction that was a real contact (not an internal note)
    "interaction_last_contact_ai": (
        "AFTER INSERT ON interaction WHEN new.deleted_at IS NULL AND new.kind != 'note' BEGIN "
        "UPDATE contact SET last_contact_at = new.occurred_at WHERE id = new.contact_id "
        "AND (last_contact_at IS NULL OR last_contact_at < new.occurred_at); END"
    ),
    "interaction_last_contact_au": (
        "AFTER UPDATE OF occurred_at, deleted_at, contact_id, kind ON interaction BEGIN "
        + _LAST_CONTACT.format(cid="old.contact_id")
        + _LAST_CONTACT.format(cid="new.contact_id")
        + " END"
    ),
    "interaction_last_contact_ad": (
        "AFTER DELETE ON interaction BEGIN " + _LAST_CONTACT.format(cid="old.contact_id") + " END"
    ),
}

STAGES = [
    # key, name, kind, probability %, stale after days
    ("awareness", "Awareness", "open", 10, 21),
    ("interest", "Interest", "open", 25, 14),
    ("decision", "Decision", "open", 50, 10),
    ("action", "Action", "open", 75, 7),
    ("won", "Won", "won", 100, None),
    ("lost", "Lost", "lost", 0, None),
]

LOSS_REASONS = [
    ("no_budget", "No budget"),
    ("no_need_now", "No need now"),
    ("wrong_contact", "Wrong contact"),
    ("competitor", "Chose a competitor"),
    ("price", "Price"),
    ("other", "Other"),
]


def up(migrator, db):
    _create_tables(db)
    db.execute_sql(
        "CREATE VIRTUAL TABLE contact_search USING fts5("
        "name, company, emails, phones, city, notes, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    db.execute_sql(
        "CREATE INDEX reminder_open_due ON reminder (coalesce(snoozed_until, due_at)) "
        "WHERE done_at IS NULL AND deleted_at IS NULL"
    )
    for name, body in TRIGGERS.items():
        db.execute_sql(f"CREATE TRIGGER {name} {body}")
    db.execute_sql(
        "INSERT INTO stage(key, name, position, kind, probability, stale_days, archived) "
        "VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, 0)"] * len(STAGES)),
        [v for i, (k, n, kind, p, s) in enumerate(STAGES) for v in (k, n, i, kind, p, s)],
    )
    db.execute_sql(
        "INSERT INTO loss_reason(key, name, position, archived) VALUES "
        + ", ".join(["(?, ?, ?, 0)"] * len(LOSS_REASONS)),
        [v for i, (k, n) in enumerate(LOSS_REASONS) for v in (k, n, i)],
    )
    # service levels of shared/domain.md: VIP complaints within 4 hours, others 2 days
    db.execute_sql(
        "INSERT INTO service_level(segment, vip_only, interaction_kind, response_hours) "
        "VALUES (NULL, 1, 'complaint', 4), (NULL, 0, 'complaint', 48)"
    )
