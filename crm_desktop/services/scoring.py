"""Lead scoring by the owner's rules: a field, a condition and points, summed per deal.

Every score can be explained line by line (the card's tooltip), and scores are recomputed
for all open deals when the rules or the data change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ScoringRule, database
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services.money import to_decimal
from crm_desktop.translatable import QT_TRANSLATE_NOOP, msg

# field -> (label, kind): text fields compare words, numbers compare values
FIELDS: dict[str, tuple[str, str]] = {
    "source": (QT_TRANSLATE_NOOP("Labels", "Lead source"), "text"),
    "industry": (QT_TRANSLATE_NOOP("Labels", "Industry"), "text"),
    "country": (QT_TRANSLATE_NOOP("Labels", "Country"), "text"),
    "city": (QT_TRANSLATE_NOOP("Labels", "City"), "text"),
    "segment": (QT_TRANSLATE_NOOP("Labels", "Segment"), "text"),
    "company_size": (QT_TRANSLATE_NOOP("Labels", "Company size (employees)"), "number"),
    "value": (QT_TRANSLATE_NOOP("Labels", "Deal value"), "number"),
    "interactions_30d": (QT_TRANSLATE_NOOP("Labels", "Interactions in the last 30 days"),
                         "number"),
    "has_email": (QT_TRANSLATE_NOOP("Labels", "Has an e-mail"), "flag"),
    "vip": (QT_TRANSLATE_NOOP("Labels", "VIP"), "flag"),
}
OPERATORS = {"eq": QT_TRANSLATE_NOOP("Labels", "is"), "ne": QT_TRANSLATE_NOOP("Labels", "is not"),
             "contains": QT_TRANSLATE_NOOP("Labels", "contains"), "gt": ">", "lt": "<",
             "present": QT_TRANSLATE_NOOP("Labels", "is filled in"),
             "absent": QT_TRANSLATE_NOOP("Labels", "is empty")}


@dataclass(frozen=True)
class Rule:
    field: str
    operator: str
    value: str | None
    points: int

    def describe(self) -> str:
        """In English (the window says it in its language: ui.labels.rule_text)."""
        label = FIELDS[self.field][0]
        if self.operator in ("present", "absent") or FIELDS[self.field][1] == "flag":
            condition = OPERATORS[self.operator] if FIELDS[self.field][1] != "flag" else \
                ("yes" if self.operator != "absent" else "no")
            return f"{label} {condition}"
        return f"{label} {OPERATORS[self.operator]} {self.value}"

    def matches(self, value: object) -> bool:
        kind = FIELDS[self.field][1]
        if kind == "flag":
            return bool(value) == (self.operator != "absent")
        if self.operator == "present":
            return value not in (None, "")
        if self.operator == "absent":
            return value in (None, "")
        if value in (None, ""):
            return False
        if kind == "number":
            try:
                limit = float(self.value or 0)
            except ValueError:
                return False
            number = float(value)
            return {"gt": number > limit, "lt": number < limit, "eq": number == limit,
                    "ne": number != limit}.get(self.operator, False)
        text, wanted = str(value).casefold(), (self.value or "").casefold()
        return {"eq": text == wanted, "ne": text != wanted,
                "contains": wanted in text}.get(self.operator, False)


def rules() -> list[Rule]:
    return [Rule(r.field, r.operator, r.value, r.points) for r in ScoringRule.select()
            .where(ScoringRule.enabled == True).order_by(ScoringRule.position)]  # noqa: E712


def save_rules(new_rules: Sequence[Rule]) -> None:
    """Replace the rules (the editor saves the whole list)."""
    errors = []
    for i, rule in enumerate(new_rules, start=1):
        if rule.field not in FIELDS:
            errors.append(InputError(msg("unknown field '{0}'", rule.field), field="field",
                                     row=i))
        if rule.operator not in OPERATORS:
            errors.append(InputError(msg("unknown condition '{0}'", rule.operator),
                                     field="operator", row=i))
        if FIELDS.get(rule.field, ("", ""))[1] == "number" and rule.operator in ("gt", "lt"):
            try:
                float(rule.value or "")
            except ValueError:
                errors.append(InputError(msg("'{0}' is not a number", rule.value), field="value",
                                         row=i))
    if errors:
        raise InvalidRecordError(errors)
    with database.atomic():
        ScoringRule.delete().execute()
        for position, rule in enumerate(new_rules):
            ScoringRule.create(field=rule.field, operator=rule.operator, value=rule.value,
                               points=rule.points, position=position, enabled=True)


_CONTEXT = """
    SELECT d.id, coalesce(d.source, c.lead_source), c.industry, c.country, c.city, c.segment,
           coalesce(c.company_size, co.company_size), d.value_minor, d.currency,
           (SELECT count(*) FROM interaction i WHERE i.contact_id = c.id
              AND i.deleted_at IS NULL AND i.occurred_at >= :since),
           c.email IS NOT NULL, c.is_vip, d.score
    FROM deal d JOIN contact c ON c.id = d.contact_id JOIN stage s ON s.id = d.stage_id
    LEFT JOIN contact co ON co.id = c.company_id
    WHERE d.deleted_at IS NULL AND {where}"""
_ORDER = ("source", "industry", "country", "city", "segment", "company_size")


def _contexts(where: str, params: dict, now: datetime):
    params = {**params, "since": to_storage(now - timedelta(days=30))}
    for row in database.execute_sql(_CONTEXT.format(where=where), params):
        values = dict(zip(_ORDER, row[1:7], strict=True))
        values["value"] = float(to_decimal(row[7], row[8]))
        values["interactions_30d"] = row[9]
        values["has_email"] = bool(row[10])
        values["vip"] = bool(row[11])
        yield row[0], values, row[12]


def explain(deal_id: int, now: datetime) -> list[tuple[Rule, int]]:
    """The rules that gave the deal its points: (rule, points)."""
    active = rules()
    for _, values, _ in _contexts("d.id = :deal", {"deal": deal_id}, now):
        return [(r, r.points) for r in active if r.matches(values[r.field])]
    return []


def recompute(now: datetime, open_only: bool = True) -> int:
    """Score every open deal again (every deal, if not `open_only`: a closed deal keeps the
    score it closed with); returns how many scores changed."""
    active = rules()
    changes = []
    for deal_id, values, old in _contexts("s.kind = 'open'" if open_only else "1", {}, now):
        score = sum(r.points for r in active if r.matches(values[r.field]))
        if score != old:
            changes.append((score, deal_id))
    if changes:
        with database.atomic():
            database.connection().executemany("UPDATE deal SET score = ? WHERE id = ?", changes)
    return len(changes)
