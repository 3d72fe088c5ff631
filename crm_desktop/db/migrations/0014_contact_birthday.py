"""0014: contact.birthday, as files from phones and address books give it.

ISO 'YYYY-MM-DD', or '--MM-DD' when the year is not known (vCard 4's form, and Google's).
"""

from peewee import *  # frozen models name the field classes directly


def up(migrator, db):
    migrator.migrate(migrator.add_column("contact", "birthday",
                                         CharField(max_length=10, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("contact", "birthday"))
