"""PDF reports with reportlab: the customer asset matrix first. No Qt here."""
