"""Qt item models over the database, loading rows lazily."""
