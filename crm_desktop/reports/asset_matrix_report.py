"""The customer asset matrix report: title page, the 3x3 grid with its figures, revenue by
tier, a section per cell (objective and customers), and the moves since the last period."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from crm_desktop.progress import Progress
from crm_desktop.reports.fonts import register
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.services import asset_matrix
from crm_desktop.services.asset_matrix import OBJECTIVES, TIERS, Matrix
from crm_desktop.services.settings import get_setting

TITLE = "Customer asset matrix"
OBJECTIVE_COLOURS = {"retain": "#cde8d0", "develop": "#d6e4f5", "win back": "#f8d9c4",
                     "efficiency": "#eeeeee", "acquisition": "#fff4c2"}
OBJECTIVE_TEXT = {
    "retain": "Protect them: priority service, regular contact, no surprises.",
    "develop": "Grow the share of their business: upsell and cross-sell.",
    "win back": "Valuable but drifting away: act now, find out what went wrong.",
    "efficiency": "Serve well at low cost: self-service, bundled orders, fewer visits.",
    "acquisition": "Prospects with no revenue yet: turn them into customers.",
}


def _money(value: float) -> str:
    return f"{value:,.0f}"


def _grid(m: Matrix, st) -> Table:
    """Value rows (high on top) by relationship columns, figures and objective per cell."""
    currency = get_setting("currency") or ""
    head = [para("Value \\ Relationship", st["head"])] + [
        para(t.capitalize(), st["head"]) for t in TIERS]
    rows = [head]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5f8b")),
             ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#1f5f8b")),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, value_tier in enumerate(reversed(TIERS), start=1):
        cells = [para(value_tier.capitalize(), st["head"])]
        for c, rel_tier in enumerate(TIERS, start=1):
            n, revenue, sat = m.cell_figures(value_tier, rel_tier)
            objective = OBJECTIVES[(value_tier, rel_tier)]
            text = (f"<b>{objective.upper()}</b><br/>{n:,} customers<br/>"
                    f"{_money(revenue)} {currency}<br/>"
                    f"satisfaction {'—' if sat is None else f'{sat:.1f}'}")
            cells.append(Paragraph(text, st["cell"]))
            style.append(("BACKGROUND", (c, r), (c, r),
                          colors.HexColor(OBJECTIVE_COLOURS[objective])))
        rows.append(cells)
    grid = Table(rows, colWidths=[32 * mm, 45 * mm, 45 * mm, 45 * mm],
                 rowHeights=[9 * mm] + [24 * mm] * 3)
    grid.setStyle(TableStyle(style))
    return grid


def _revenue_chart(m: Matrix) -> Drawing:
    regular, _ = register()
    totals = [sum(c.revenue_12m for c in m.customers if c.value_tier == t) for t in TIERS]
    drawing = Drawing(160 * mm, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 20 * mm, 8 * mm, 130 * mm, 40 * mm
    chart.data = [totals]
    chart.categoryAxis.categoryNames = [f"{t} value" for t in TIERS]
    chart.categoryAxis.labels.fontName = regular
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#1f5f8b")
    drawing.add(chart)
    return drawing


def build_asset_matrix_report(path: Path, as_of: datetime, *, page_size: str = "A4",
                              previous: datetime | None = None,
                              progress: Progress | None = None) -> int:
    """Write the report; returns the number of customers in it."""
    st = styles()
    business = get_setting("business_name") or "crm-desktop"
    made = datetime.now().astimezone()
    current = asset_matrix.compute(as_of)
    before = asset_matrix.compute(previous or as_of - timedelta(days=365),
                                  current.thresholds)
    t = current.thresholds
    story = [
        Spacer(1, 40 * mm), para(TITLE, st["h1"]), para(business, st["h2"]),
        para(f"As of {as_of.astimezone():%Y-%m-%d}, compared with "
             f"{before.as_of.astimezone():%Y-%m-%d}. Made {made:%Y-%m-%d %H:%M}.", st["body"]),
        Spacer(1, 8 * mm),
        para(f"Value: revenue of the last 12 months, weighed by on-time payment "
             f"(low up to {_money(t.value_low_max)}, high from {_money(t.value_high_min)}). "
             f"Relationship: satisfaction, recency and frequency of contact, tenure, open "
             f"complaints (0-100; low up to {t.relationship_low_max:.0f}, high from "
             f"{t.relationship_high_min:.0f}).", st["body"]),
        PageBreak(),
        para("The matrix", st["h2"]), _grid(current, st), Spacer(1, 6 * mm),
        para("Revenue of the last 12 months by value tier", st["h2"]), _revenue_chart(current),
    ]
    cells = [(v, r) for v in reversed(TIERS) for r in reversed(TIERS)]
    width = document(path, page_size, TITLE).width
    for value_tier, rel_tier in cells:
        members = sorted(current.cell(value_tier, rel_tier), key=lambda c: -c.value)
        objective = OBJECTIVES[(value_tier, rel_tier)]
        story += [PageBreak(),
                  para(f"{value_tier.capitalize()} value, {rel_tier} relationship: "
                       f"{objective}", st["h2"]),
                  para(OBJECTIVE_TEXT[objective], st["body"]), Spacer(1, 3 * mm)]
        rows = [(c.name, c.company or "", _money(c.revenue_12m), f"{c.relationship:.0f}",
                 f"{c.last_contact.astimezone():%Y-%m-%d}" if c.last_contact else "—",
                 c.open_deals) for c in members]
        if rows:
            story.extend(table(["Customer", "Company", "Revenue, 12 months", "Relationship",
                                "Last contact", "Open deals"], rows,
                               [w * width for w in (.26, .22, .14, .14, .14, .10)],
                               st))
        else:
            story.append(para("No customers in this cell.", st["body"]))
    prospects = current.prospects()
    story += [PageBreak(), para(f"Prospects: {asset_matrix.ACQUISITION}", st["h2"]),
              para(OBJECTIVE_TEXT["acquisition"], st["body"])]
    if prospects:
        story.extend(table(["Prospect", "Company", "Open deals"],
                           [(c.name, c.company or "", c.open_deals) for c in prospects],
                           [width * .45, width * .4, width * .15], st))
    moves = asset_matrix.movements(before, current)

    def label(cell) -> str:
        if isinstance(cell, tuple):
            return f"{cell[0]} value / {cell[1]} relationship"
        return cell

    story += [PageBreak(), para("Moves since the previous period", st["h2"])]
    story.extend(table(["From", "To", "Customers"],
                       [(label(a), label(b), n) for (a, b), n in moves.most_common()],
                       [width * .42, width * .42, width * .16], st) if moves else
                 [para("No customer changed cell.", st["body"])])
    write_pdf(path, page_size, TITLE, story, business, progress)
    return len(current.customers)
