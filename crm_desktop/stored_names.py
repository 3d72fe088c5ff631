"""What the keys stored in the database are called where people read them: interaction
kinds, directions, channels, contact kinds and statuses, change-log actions and fields, the
asset matrix's tiers and objectives, and the stage and loss-reason names a new database
starts with.

Marked for translation in the "Labels" context; the window shows them with
`ui.labels.key_label` / `named`, a report with its `Wording`.
"""

from __future__ import annotations

from crm_desktop.translatable import QT_TRANSLATE_NOOP

INTERACTION_KIND_NAMES = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Feedback"),
}
DIRECTION_NAMES = {"outbound": QT_TRANSLATE_NOOP("Labels", "Outbound"),
                   "inbound": QT_TRANSLATE_NOOP("Labels", "Inbound")}
CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "messenger": QT_TRANSLATE_NOOP("Labels", "Messenger"),
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
}
CONTACT_KIND_NAMES = {"person": QT_TRANSLATE_NOOP("Labels", "Person"),
                      "company": QT_TRANSLATE_NOOP("Labels", "Company")}
STATUS_NAMES = {"lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
                "customer": QT_TRANSLATE_NOOP("Labels", "Customer"),
                # (not "Lost", the Lost stage's name: a lost deal and a lost customer are
                # said differently in Russian)
                "lost": QT_TRANSLATE_NOOP("Labels", "Lost customer")}
ACTION_NAMES = {"create": QT_TRANSLATE_NOOP("Labels", "Created"),
                "add": QT_TRANSLATE_NOOP("Labels", "Added"),
                "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
                "delete": QT_TRANSLATE_NOOP("Labels", "Moved to Trash"),
                "restore": QT_TRANSLATE_NOOP("Labels", "Restored"),
                "remove": QT_TRANSLATE_NOOP("Labels", "Deleted")}
# the entries of a customer's history, as its change log names them when one is corrected
# (services.history_corrections)
HISTORY_ENTRY_NAMES = {"interaction": QT_TRANSLATE_NOOP("Labels", "Interaction"),
                       "payment": QT_TRANSLATE_NOOP("Labels", "Payment"),
                       "competitor_offer": QT_TRANSLATE_NOOP("Labels", "Competitor's offer")}
# a contact's fields as its change history names them
CONTACT_FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "postal_code": QT_TRANSLATE_NOOP("Labels", "Postal code"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
    "lead_source": QT_TRANSLATE_NOOP("Labels", "Lead source"),
    "segment": QT_TRANSLATE_NOOP("Labels", "Segment"),
    "is_vip": QT_TRANSLATE_NOOP("Labels", "VIP"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "company_size": QT_TRANSLATE_NOOP("Labels", "Company size (employees)"),
    "preferred_channel": QT_TRANSLATE_NOOP("Labels", "Prefers"),
    "preferences": QT_TRANSLATE_NOOP("Labels", "Likes"),
    "needs": QT_TRANSLATE_NOOP("Labels", "Needs"),
    "hidden_needs": QT_TRANSLATE_NOOP("Labels", "Hidden needs"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
    "emails": QT_TRANSLATE_NOOP("Labels", "E-mails"),
    "phones": QT_TRANSLATE_NOOP("Labels", "Phones"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "file": QT_TRANSLATE_NOOP("Labels", "Document"),  # (services.contact_files)
}
# a deal's own fields as its change history names them (its stage has its own history)
DEAL_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "value_minor": QT_TRANSLATE_NOOP("Labels", "Value"),
    "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "probability": QT_TRANSLATE_NOOP("Labels", "Win probability"),
    "expected_close_on": QT_TRANSLATE_NOOP("Labels", "Expected close"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "deleted_at": QT_TRANSLATE_NOOP("Labels", "Deleted"),
}
# a contact's logged values that are stored keys ('customer', 'True'), by field: the change
# history shows their names
LOGGED_VALUE_NAMES = {
    "kind": CONTACT_KIND_NAMES,
    "status": STATUS_NAMES,
    "preferred_channel": CHANNEL_NAMES,
    "is_vip": {"True": QT_TRANSLATE_NOOP("Labels", "yes"),
               "False": QT_TRANSLATE_NOOP("Labels", "no")},
}
# why two contacts look like one (services.duplicates)
DUPLICATE_REASON_NAMES = {
    "same e-mail": QT_TRANSLATE_NOOP("Labels", "same e-mail"),
    "same phone": QT_TRANSLATE_NOOP("Labels", "same phone"),
    "same name, same company": QT_TRANSLATE_NOOP("Labels", "same name, same company"),
    "same name, same city": QT_TRANSLATE_NOOP("Labels", "same name, same city"),
    "similar name, same company": QT_TRANSLATE_NOOP("Labels", "similar name, same company"),
    "similar name, same city": QT_TRANSLATE_NOOP("Labels", "similar name, same city"),
}
TIER_NAMES = {"low": QT_TRANSLATE_NOOP("Labels", "low"),
              "medium": QT_TRANSLATE_NOOP("Labels", "medium"),
              "high": QT_TRANSLATE_NOOP("Labels", "high")}
OBJECTIVE_NAMES = {"retain": QT_TRANSLATE_NOOP("Labels", "retain"),
                   "develop": QT_TRANSLATE_NOOP("Labels", "develop"),
                   "win back": QT_TRANSLATE_NOOP("Labels", "win back"),
                   "efficiency": QT_TRANSLATE_NOOP("Labels", "efficiency"),
                   "acquisition": QT_TRANSLATE_NOOP("Labels", "acquisition"),
                   "new": QT_TRANSLATE_NOOP("Labels", "new")}
# the stages and loss reasons a new database starts with (migration 0001): shown in the
# reader's language for as long as the owner keeps the name
SEEDED_NAMES = frozenset((
    QT_TRANSLATE_NOOP("Labels", "Awareness"), QT_TRANSLATE_NOOP("Labels", "Interest"),
    QT_TRANSLATE_NOOP("Labels", "Decision"), QT_TRANSLATE_NOOP("Labels", "Action"),
    QT_TRANSLATE_NOOP("Labels", "Won"), QT_TRANSLATE_NOOP("Labels", "Lost"),
    QT_TRANSLATE_NOOP("Labels", "No budget"), QT_TRANSLATE_NOOP("Labels", "No need now"),
    QT_TRANSLATE_NOOP("Labels", "Wrong contact"),
    QT_TRANSLATE_NOOP("Labels", "Chose a competitor"), QT_TRANSLATE_NOOP("Labels", "Price"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
))
