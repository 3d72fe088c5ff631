"""0005: an index on deal.closed_at: deals won or lost in a period (metrics, win-back
suggestions) were found by reading every deal."""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    migrator.migrate(migrator.add_index("deal", ("closed_at",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("deal", "deal_closed_at"))
