"""The data model of the CRM (shared/domain.md), declared once and bound through a proxy.

Conventions kept by every table:
- money is exact: an integer amount in minor units (cents, kopecks) plus an ISO 4217 code;
- moments are UTC (`UTCDateTimeField`); calendar days (due dates, close dates) are `DateField`;
- records the user deletes get `deleted_at` (the Trash) before they are ever removed.

The schema itself is created and changed only by the numbered files in `migrations/`; the
test suite checks that migrating an empty file gives exactly these models' schema. The
full-text index (the FTS5 table contact_search and its triggers) is defined there too and
queried with SQL in services/contact_query.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

from crm_desktop.db.fields import UTCDateTimeField

database = DatabaseProxy()


def utc_now() -> datetime:
    return datetime.now(UTC)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


# Values of the choice columns. Kept as plain strings in the database so that a later
# version can add one without a migration; the UI translates them for display.
CONTACT_KINDS = ("person", "company")
CONTACT_STATUSES = ("lead", "customer", "lost")
CHANNELS = ("phone", "email", "meeting", "messenger", "post")
PHONE_KINDS = ("mobile", "work", "home", "fax", "other")
EMAIL_KINDS = ("work", "personal", "other")
INTERACTION_KINDS = ("call", "email", "meeting", "note", "complaint", "feedback")
DIRECTIONS = ("inbound", "outbound")
STAGE_KINDS = ("open", "won", "lost")
REMINDER_KINDS = ("manual", "service_level", "win_back", "follow_up")
CHANGE_ACTIONS = ("create", "update", "delete", "restore", "merge", "purge")


class Contact(BaseModel):
    """A customer, lead or contact person: a person, or a company (`kind`).

    People and companies share one table so that they can be listed, searched, tagged and
    linked to deals together; a person may belong to a company (`company`).
    """

    id = AutoField()
    kind = CharField(max_length=16, default="person")
    name = CharField(max_length=300)
    # casefolded name: SQLite's NOCASE folds ASCII only, this sorts Cyrillic/Persian too.
    sort_name = CharField(max_length=300)
    first_name = CharField(max_length=150, null=True)
    last_name = CharField(max_length=150, null=True)
    company = ForeignKeyField("self", null=True, backref="members", on_delete="SET NULL",
                              index=False)  # (partial: see _SELDOM_SET)
    job_title = CharField(max_length=200, null=True)
    # primary phone and e-mail, copied from contact_phone/contact_email position 0 so the
    # table can sort on them with an index
    email = CharField(max_length=320, null=True)
    phone = CharField(max_length=64, null=True)
    address = TextField(null=True)
    city = CharField(max_length=150, null=True)
    region = CharField(max_length=150, null=True)
    postal_code = CharField(max_length=32, null=True)
    country = CharField(max_length=100, null=True)
    website = CharField(max_length=300, null=True)
    industry = CharField(max_length=150, null=True)
    lead_source = CharField(max_length=150, null=True)
    segment = CharField(max_length=100, null=True)
    is_vip = BooleanField(default=False)
    status = CharField(max_length=16, default="lead")
    company_size = IntegerField(null=True)  # employees, for lead scoring
    preferred_channel = CharField(max_length=32, null=True)
    preferences = TextField(null=True)  # what they like
    needs = TextField(null=True)  # stated needs
    hidden_needs = TextField(null=True)  # needs the owner noticed but were not said
    notes = TextField(null=True)
    # kept up to date by a trigger on interaction (see migrations) for sorting/filtering
    last_contact_at = UTCDateTimeField(null=True)
    created_at = UTCDateTimeField(default=utc_now)
    updated_at = UTCDateTimeField(default=utc_now)
    deleted_at = UTCDateTimeField(null=True)
    # the company's sort_name, kept by triggers (migration 0003), so that sorting a million
    # contacts by company uses an index instead of a join
    company_sort = CharField(max_length=300, null=True)
    # 'YYYY-MM-DD', or '--MM-DD' without the year (migration 0014; services.birthdays)
    birthday = CharField(max_length=10, null=True)

    class Meta:
        indexes = (
            (("deleted_at", "company_sort"), False),
            (("deleted_at", "sort_name"), False),
            (("deleted_at", "city"), False),
            (("deleted_at", "email"), False),
            (("deleted_at", "phone"), False),
            (("deleted_at", "last_contact_at"), False),
            (("deleted_at", "kind", "sort_name"), False),
            (("deleted_at", "status"), False),
        )


# the filter lists and filters read these (migrations 0004, 0008); a contact without the
# value is not in them, so the many that have none cost nothing to write
for _column in (Contact.segment, Contact.industry, Contact.country, Contact.lead_source):
    Contact.add_index(Contact.index(Contact.deleted_at, _column).where(_column.is_null(False)))
del _column


class ContactPhone(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = CharField(max_length=64)  # E.164 when it could be parsed, else as typed
    raw = CharField(max_length=100, null=True)  # as typed/imported
    kind = CharField(max_length=16, default="mobile")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("number",), False),)


class ContactEmail(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    address = CharField(max_length=320)
    kind = CharField(max_length=16, default="work")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("address",), False),)


class Tag(BaseModel):
    id = AutoField()
    name = CharField(max_length=100, unique=True)
    color = CharField(max_length=16, null=True)


class ContactTag(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="contact_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "tag"), True),)


class Stage(BaseModel):
    """A funnel stage; the owner can rename, reorder, add and archive them."""

    id = AutoField()
    key = CharField(max_length=50, unique=True)  # stable code: awareness, interest, ...
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    kind = CharField(max_length=8, default="open")  # open | won | lost
    probability = IntegerField(default=0)  # default win probability, percent
    stale_days = IntegerField(null=True)  # a deal without activity this long is stale
    archived = BooleanField(default=False)


class LossReason(BaseModel):
    id = AutoField()
    key = CharField(max_length=50, unique=True)
    name = CharField(max_length=100)
    position = IntegerField(default=0)
    archived = BooleanField(default=False)


class Deal(BaseModel):
    id = AutoField()
    title = CharField(max_length=300)
    contact = ForeignKeyField(Contact, backref="deals", on_delete="CASCADE")
    stage = ForeignKeyField(Stage, backref="deals", on_delete="RESTRICT")
    value_minor = IntegerField(default=0)
    currency = CharField(max_length=3, default="USD")
    probability = IntegerField(null=True)  # percent; NULL means the stage's default
    expected_close_on = DateField(null=True)
    source = CharField(max_length=150, null=True)
    score = IntegerField(default=0)  # lead score from the owner's rules
    lost_reason = ForeignKeyField(LossReason, null=True, on_delete="SET NULL",
                                  index=False)  # (partial: see _SELDOM_SET)
    lost_note = TextField(null=True)
    closed_at = UTCDateTimeField(null=True)
    position = IntegerField(default=0)  # manual order within a stage column
    archived = BooleanField(default=False)  # hopeless leads, hidden from the board
    notes = TextField(null=True)
    stage_entered_at = UTCDateTimeField(default=utc_now)
    created_at = UTCDateTimeField(default=utc_now)
    updated_at = UTCDateTimeField(default=utc_now)
    deleted_at = UTCDateTimeField(null=True)

    class Meta:
        indexes = (
            (("deleted_at", "archived", "stage", "position"), False),
            (("closed_at",), False),  # deals won or lost in a period (migration 0005)
        )


class StageChange(BaseModel):
    id = AutoField()
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    from_stage = ForeignKeyField(Stage, null=True, on_delete="RESTRICT", backref="+")
    to_stage = ForeignKeyField(Stage, on_delete="RESTRICT", backref="+")
    changed_at = UTCDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("deal", "changed_at"), False),)


class Interaction(BaseModel):
    """A dated contact with the customer: call, e-mail, meeting, note, complaint, feedback."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    # (its index is partial: see _SELDOM_SET below)
    deal = ForeignKeyField(Deal, null=True, backref="interactions", on_delete="SET NULL",
                           index=False)
    kind = CharField(max_length=16)
    direction = CharField(max_length=8, null=True)  # inbound | outbound
    occurred_at = UTCDateTimeField(default=utc_now)
    subject = CharField(max_length=300, null=True)
    body = TextField(null=True)
    outcome = CharField(max_length=300, null=True)
    satisfaction = IntegerField(null=True)  # 1..5, measured, not guessed
    resolved_at = UTCDateTimeField(null=True)  # complaints: when it was settled
    created_at = UTCDateTimeField(default=utc_now)
    deleted_at = UTCDateTimeField(null=True)

    class Meta:
        indexes = (
            (("contact", "occurred_at"), False),
            (("kind", "occurred_at"), False),
        )


class Payment(BaseModel):
    """An invoice and its payment: due and paid dates tell whether it was on time."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="payments", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, backref="payments", on_delete="SET NULL",
                           index=False)
    invoice_number = CharField(max_length=100, null=True)
    amount_minor = IntegerField()
    currency = CharField(max_length=3, default="USD")
    issued_on = DateField(null=True)
    due_on = DateField(null=True)
    paid_on = DateField(null=True)
    note = TextField(null=True)
    created_at = UTCDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("contact", "paid_on"), False),)


class CompetitorOffer(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, backref="competitor_offers", on_delete="CASCADE")
    competitor = CharField(max_length=200)
    description = TextField(null=True)
    price_minor = IntegerField(null=True)
    currency = CharField(max_length=3, default="USD")
    offered_on = DateField(null=True)
    created_at = UTCDateTimeField(default=utc_now)


class ContactFile(BaseModel):
    """A document kept with a contact (a signed contract, a price list sent, a scan of a
    business card), stored in the database itself: backups and restores carry it, and
    nothing points at a file that moved."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="files", on_delete="CASCADE")
    # the deal it is about (its contract, the offer sent), if any: one of the contact's
    deal = ForeignKeyField(Deal, null=True, backref="files", on_delete="SET NULL")
    name = CharField(max_length=255)  # as it was called on the owner's disk
    size = IntegerField()  # bytes
    added_at = UTCDateTimeField(default=utc_now)
    content = BlobField()  # last: listing a contact's files reads none of it

    class Meta:
        indexes = ((("contact", "added_at"), False),)


class RemovedFile(BaseModel):
    """A document removed in the window, held for its Undo (migration 0017): the
    ContactFile as it was, forgotten at the next start."""

    id = AutoField()
    file_id = IntegerField()  # its id, which it takes again when put back
    contact_id = IntegerField()
    deal_id = IntegerField(null=True)
    name = CharField(max_length=255)
    size = IntegerField()
    added_at = UTCDateTimeField()
    removed_at = UTCDateTimeField()
    content = BlobField()


class MarketingSpend(BaseModel):
    """Money spent to bring in leads from one source (an ad campaign, a fair, a listing):
    set against the leads and customers that source brought, it is the acquisition cost."""

    id = AutoField()
    lead_source = CharField(max_length=150)  # as contacts' lead_source has it
    spent_on = DateField()
    amount_minor = IntegerField()
    currency = CharField(max_length=3)
    note = TextField(null=True)

    class Meta:
        indexes = ((("spent_on",), False),)


class Reminder(BaseModel):
    """Something to do at a time, tied to a contact and/or a deal; may repeat (RRULE)."""

    id = AutoField()
    title = CharField(max_length=300)
    notes = TextField(null=True)
    contact = ForeignKeyField(Contact, null=True, backref="reminders", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, backref="reminders", on_delete="CASCADE",
                           index=False)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="+",
                                  index=False)
    kind = CharField(max_length=16, default="manual")
    due_at = UTCDateTimeField()
    snoozed_until = UTCDateTimeField(null=True)
    done_at = UTCDateTimeField(null=True)
    rrule = TextField(null=True)  # RFC 5545 RRULE, expanded with dateutil
    notified_at = UTCDateTimeField(null=True)  # each reminder notifies once
    created_at = UTCDateTimeField(default=utc_now)
    deleted_at = UTCDateTimeField(null=True)



# Links many rows leave empty (a person's company, an open deal's loss reason; an
# interaction, payment or reminder tied to a deal is the exception): indexed only where set
# (migration 0011). A full index had one value, NULL, for nearly every row; once PRAGMA
# optimize had counted that, SQLite read the whole table per deal: 15 ms a card on the board.
_SELDOM_SET = (Contact.company, Deal.lost_reason, Interaction.deal, Payment.deal, Reminder.deal,
               Reminder.interaction)
for _field in _SELDOM_SET:
    _field.model.add_index(_field.model.index(_field).where(_field.is_null(False)))

# The pane and the periodic due check read open reminders by the time they are due now
# (the snooze time if snoozed): this partial index holds open ones only, in that order, so
# done reminders are never scanned.
OPEN_REMINDER_DUE = fn.coalesce(Reminder.snoozed_until, Reminder.due_at)
Reminder.add_index(Reminder.index(
    OPEN_REMINDER_DUE, name="reminder_open_due",
    where=Reminder.done_at.is_null() & Reminder.deleted_at.is_null()))
# and the few service-level ones among them (promised answers), asked at every refresh
Reminder.add_index(Reminder.index(
    OPEN_REMINDER_DUE, name="reminder_open_service_level_due",
    where=(Reminder.kind == "service_level") & Reminder.done_at.is_null()
    & Reminder.deleted_at.is_null()))

# Money owed: invoices not paid, by the day they were due (migration 0013); paid ones, nearly
# all of them, are never read for it
Payment.add_index(Payment.index(Payment.due_on, name="payment_unpaid_due",
                                where=Payment.paid_on.is_null()))


class ServiceLevel(BaseModel):
    """A promised response time per segment (e.g. VIP complaints within 4 hours)."""

    id = AutoField()
    segment = CharField(max_length=100, null=True)  # NULL: every other segment
    vip_only = BooleanField(default=False)
    interaction_kind = CharField(max_length=16, default="complaint")
    response_hours = IntegerField()


class ScoringRule(BaseModel):
    """One line of the owner's lead-scoring rules: field, condition, points."""

    id = AutoField()
    field = CharField(max_length=50)
    operator = CharField(max_length=16)  # eq, ne, contains, gt, lt, present, absent
    value = CharField(max_length=300, null=True)
    points = IntegerField()
    position = IntegerField(default=0)
    enabled = BooleanField(default=True)


class ChangeLog(BaseModel):
    """Every field edit, so nothing is silently lost: who/when/what changed."""

    id = AutoField()
    table_name = CharField(max_length=50)
    row_id = IntegerField()
    action = CharField(max_length=16)
    field = CharField(max_length=50, null=True)
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    source = CharField(max_length=16, default="app")  # app | import | cli | merge
    changed_at = UTCDateTimeField(default=utc_now)

    class Meta:
        indexes = ((("table_name", "row_id", "changed_at"), False),)


class Setting(BaseModel):
    key = CharField(max_length=100, primary_key=True)
    value = TextField()  # JSON


class ImportBatch(BaseModel):
    """One import of a file, kept so that it can be undone afterwards."""

    id = AutoField()
    file_name = CharField(max_length=500)
    file_format = CharField(max_length=16)
    duplicate_policy = CharField(max_length=16)
    started_at = UTCDateTimeField(default=utc_now)
    finished_at = UTCDateTimeField(null=True)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)
    undone_at = UTCDateTimeField(null=True)
    last_log_id = IntegerField(null=True)  # the change log's last entry when it finished


class ImportChange(BaseModel):
    """A row an import created, or the values it overwrote (JSON), to undo it exactly."""

    id = AutoField()
    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    table_name = CharField(max_length=50)
    row_id = IntegerField()
    action = CharField(max_length=16)  # create | update
    old_values = TextField(null=True)

    class Meta:
        indexes = ((("batch", "table_name"), False),)


TABLE_MODELS: tuple[type[BaseModel], ...] = (
    Contact,
    ContactPhone,
    ContactEmail,
    Tag,
    ContactTag,
    Stage,
    LossReason,
    Deal,
    StageChange,
    Interaction,
    Payment,
    CompetitorOffer,
    ContactFile,
    RemovedFile,
    MarketingSpend,
    Reminder,
    ServiceLevel,
    ScoringRule,
    ChangeLog,
    Setting,
    ImportBatch,
    ImportChange,
)
