"""0006: a partial index of open service-level reminders by due time.

The reminders pane asks at every refresh which promised answers are late or nearly so; that
read every open reminder due before the hour (4 ms at start-up on the 100,000-contact demo,
growing with the backlog), to keep the few of kind 'service_level'.
"""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    db.execute_sql(
        "CREATE INDEX reminder_open_service_level_due ON reminder "
        "(coalesce(snoozed_until, due_at)) "
        "WHERE kind = 'service_level' AND done_at IS NULL AND deleted_at IS NULL"
    )


def down(migrator, db):
    db.execute_sql("DROP INDEX reminder_open_service_level_due")
