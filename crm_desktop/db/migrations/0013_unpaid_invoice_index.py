"""0013: a partial index of unpaid invoices by due date.

Who owes money (the contacts filter, the record, the suggestions, the unpaid invoices
report) reads the invoices not paid by when they were due; without it, every payment ever
recorded was read for the few still open.
"""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    db.execute_sql("CREATE INDEX payment_unpaid_due ON payment (due_on) WHERE paid_on IS NULL")


def down(migrator, db):
    db.execute_sql("DROP INDEX payment_unpaid_due")
