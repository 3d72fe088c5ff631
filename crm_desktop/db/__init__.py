"""Storage: the peewee models, the SQLite connection and the numbered migrations."""
