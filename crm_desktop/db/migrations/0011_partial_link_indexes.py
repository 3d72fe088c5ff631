"""0011: the indexes of links many rows leave empty hold only the rows that have one.

interaction.deal_id, payment.deal_id, reminder.deal_id and reminder.interaction_id are NULL
for nearly every row; contact.company_id for every person without a company, and
deal.lost_reason_id for every deal not lost. Once `PRAGMA optimize` (run as the app
closes) had recorded that an index held one value, SQLite judged it useless for
`deal_id = ?` and read the whole table for each deal: 15 ms a card on the board of the
100,000-contact demo, and "Stale only" took minutes. (With the whole table in one value,
SQLite scans for any lookup the index does not cover.) A lookup by a value implies the
column is set, so SQLite uses these partial indexes, and their statistics describe only
the rows that have a link; an import writes no entry for a person without a company.
"""

from peewee import *  # frozen models name the field classes directly

LINKS = (("contact", "company_id"), ("deal", "lost_reason_id"), ("interaction", "deal_id"),
         ("payment", "deal_id"), ("reminder", "deal_id"), ("reminder", "interaction_id"))


def up(migrator, db):
    for table, column in LINKS:
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_{column}"')
        db.execute_sql(f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}") '
                       f'WHERE "{column}" IS NOT NULL')
        # the old index's statistics go with it; these say how selective the new one is
        db.execute_sql(f'ANALYZE "{table}_{column}"')


def down(migrator, db):
    for table, column in LINKS:
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_{column}"')
        db.execute_sql(f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}")')
