"""Funnel measures for a period: conversion stage to stage, win rate, sales cycle, days in
each stage, loss reasons and the weighted forecast by month. Used by the board's metrics
panel and by the funnel report.

Definitions (for deals of the period):
- a deal "reached" a stage if its history entered that stage or any later open/won stage;
  conversion from a stage is the share of deals that reached it and went on to the next;
- win rate: won / (won + lost) among deals closed in the period;
- sales cycle: days from creation to won, for deals won in the period;
- days in a stage: from entering it to leaving it, for stays that ended in the period;
- forecast: open deals' value x probability, by month of expected close, per currency.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import database
from crm_desktop.services.date_text import month_start, month_text
from crm_desktop.services.funnel import list_stages


@dataclass
class FunnelMetrics:
    start: datetime
    end: datetime
    created: int = 0
    won: int = 0
    lost: int = 0
    win_rate: float | None = None
    avg_sales_cycle_days: float | None = None
    conversion: list[tuple[str, str, float | None]] = field(default_factory=list)
    avg_days_in_stage: dict[str, float] = field(default_factory=dict)
    loss_reasons: dict[str, int] = field(default_factory=dict)
    forecast: dict[str, dict[str, int]] = field(default_factory=dict)  # month -> currency


def funnel_metrics(start: datetime, end: datetime, lang: str | None = None) -> FunnelMetrics:
    """The measures for deals of [start, end); the forecast's months in the calendar of
    `lang` (services.date_text)."""
    m = FunnelMetrics(start, end)
    window = [to_storage(start), to_storage(end)]
    stages = list_stages()
    path = [s for s in stages if s.kind != "lost"]  # the ladder: open stages, then won
    rank = {s.id: i for i, s in enumerate(path)}

    created_in_window = ("SELECT id FROM deal WHERE deleted_at IS NULL AND created_at >= ? "
                         "AND created_at < ?")
    m.created = database.execute_sql(
        f"SELECT count(*) FROM ({created_in_window})", window).fetchone()[0]
    highest: dict[int, int] = {}
    # a subquery, not a list of ids: a busy year may hold more deals than SQLite binds
    for deal_id, to_stage in database.execute_sql(
            f"SELECT deal_id, to_stage_id FROM stage_change WHERE deal_id IN "
            f"({created_in_window})", window):
        if to_stage in rank:
            highest[deal_id] = max(highest.get(deal_id, -1), rank[to_stage])
    for i in range(len(path) - 1):
        reached = sum(1 for h in highest.values() if h >= i)
        went_on = sum(1 for h in highest.values() if h >= i + 1)
        m.conversion.append((path[i].name, path[i + 1].name,
                             went_on / reached if reached else None))

    closed = database.execute_sql(
        "SELECT s.kind, d.created_at, d.closed_at, lr.name FROM deal d "
        "JOIN stage s ON s.id = d.stage_id LEFT JOIN loss_reason lr ON lr.id = d.lost_reason_id "
        "WHERE d.deleted_at IS NULL AND s.kind != 'open' AND d.closed_at >= ? "
        "AND d.closed_at < ?", window).fetchall()
    cycles = []
    reasons: dict[str, int] = defaultdict(int)
    for kind, created_at, closed_at, reason in closed:
        if kind == "won":
            m.won += 1
            cycles.append((from_storage(closed_at) - from_storage(created_at)).total_seconds()
                          / 86400)
        else:
            m.lost += 1
            reasons[reason or "—"] += 1
    m.win_rate = m.won / (m.won + m.lost) if m.won + m.lost else None
    m.avg_sales_cycle_days = sum(cycles) / len(cycles) if cycles else None
    m.loss_reasons = dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))

    stays: dict[str, list[float]] = defaultdict(list)
    for stage_name, entered, left in database.execute_sql(
            "SELECT s.name, changed_at, next_at FROM (SELECT to_stage_id, changed_at, "
            "lead(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at, id) AS next_at "
            "FROM stage_change) sc JOIN stage s ON s.id = sc.to_stage_id "
            "WHERE next_at IS NOT NULL AND next_at >= ? AND next_at < ?", window):
        days = (from_storage(left) - from_storage(entered)).total_seconds() / 86400
        stays[stage_name].append(days)
    m.avg_days_in_stage = {s.name: sum(stays[s.name]) / len(stays[s.name])
                           for s in stages if stays.get(s.name)}

    # by day, then by the month of the reader's calendar (a Persian one starts on the 21st)
    by_month: dict[date, dict[str, int]] = {}
    for day, currency, weighted in database.execute_sql(
            "SELECT d.expected_close_on, d.currency, "
            "sum(d.value_minor * coalesce(d.probability, s.probability)) / 100 "
            "FROM deal d JOIN stage s ON s.id = d.stage_id WHERE d.deleted_at IS NULL "
            "AND d.archived = 0 AND s.kind = 'open' AND d.expected_close_on IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY 1, 2"):
        month = by_month.setdefault(month_start(date.fromisoformat(day), lang), {})
        month[currency] = month.get(currency, 0) + weighted
    m.forecast = {month_text(start_day, lang): by_currency
                  for start_day, by_currency in sorted(by_month.items())}
    return m
