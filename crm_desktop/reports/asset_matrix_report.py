"""The customer asset matrix report: title page, the 3x3 grid with its figures, revenue by
tier, a section per cell (objective and customers), and the moves since the last period."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from crm_desktop.progress import Progress
from crm_desktop.reports.fonts import register, shape
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.reports.wording import Wording
from crm_desktop.services import asset_matrix, cost_to_serve
from crm_desktop.services.asset_matrix import OBJECTIVES, TIERS, Matrix
from crm_desktop.services.settings import get_setting
from crm_desktop.stored_names import OBJECTIVE_NAMES, TIER_NAMES
from crm_desktop.translatable import Message, msg

TITLE = msg("Customer asset matrix")
OBJECTIVE_COLOURS = {"retain": "#cde8d0", "develop": "#d6e4f5", "win back": "#f8d9c4",
                     "efficiency": "#eeeeee", "acquisition": "#fff4c2"}
OBJECTIVE_TEXT = {
    "retain": msg("Protect them: priority service, regular contact, no surprises."),
    "develop": msg("Grow the share of their business: upsell and cross-sell."),
    "win back": msg("Valuable but drifting away: act now, find out what went wrong."),
    "efficiency": msg("Serve well at low cost: self-service, bundled orders, fewer visits."),
    "acquisition": msg("Prospects with no revenue yet: turn them into customers."),
}


def _method(t: asset_matrix.Thresholds, say: Wording) -> Message:
    """How the two axes are measured, and where the tiers are cut."""
    tiers = (say.count(t.value_low_max), say.count(t.value_high_min),
             f"{t.relationship_low_max:.0f}", f"{t.relationship_high_min:.0f}")
    hourly = cost_to_serve.hourly_cost()
    if hourly:  # the value is the margin
        return msg("Value: revenue of the last 12 months less the cost to serve (contacts' "
                   "time at {4} an hour), weighed by on-time payment (low up to {0}, high "
                   "from {1}). Relationship: satisfaction, recency and frequency of contact, "
                   "tenure, open complaints (0-100; low up to {2}, high from {3}).", *tiers,
                   say.money(hourly, get_setting("currency")))
    return msg("Value: revenue of the last 12 months, weighed by on-time payment (low up "
               "to {0}, high from {1}). Relationship: satisfaction, recency and "
               "frequency of contact, tenure, open complaints (0-100; low up to {2}, "
               "high from {3}).", *tiers)


def _one_decimal(value: float | None, say: Wording) -> str:
    return "—" if value is None else say.decimal(value)


def _cell_text(lines: list[str]) -> str:
    """Paragraph markup for a grid cell: the first line bold, each line shaped alone (bidi
    must not reorder the markup)."""
    shaped = [escape(shape(line)) for line in lines]
    return "<br/>".join([f"<b>{shaped[0]}</b>", *shaped[1:]])


def _grid(m: Matrix, st, say: Wording) -> Table:
    """Value rows (high on top) by relationship columns, figures and objective per cell;
    mirrored for a right-to-left language."""
    currency = get_setting("currency") or ""
    align = TA_RIGHT if say.right_to_left else TA_LEFT
    cell_style = ParagraphStyle("grid-cell", parent=st["cell"], alignment=align)
    head_style = ParagraphStyle("grid-head", parent=st["head"], alignment=align)

    def col(c: int) -> int:  # a column as laid out on the page
        return len(TIERS) - c if say.right_to_left else c

    head = [para(say(msg("Value \\ Relationship")), head_style)] + [
        para(say.key(TIER_NAMES, t).capitalize(), head_style) for t in TIERS]
    rows = [head]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5f8b")),
             ("BACKGROUND", (col(0), 1), (col(0), -1), colors.HexColor("#1f5f8b")),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, value_tier in enumerate(reversed(TIERS), start=1):
        cells = [para(say.key(TIER_NAMES, value_tier).capitalize(), head_style)]
        for c, rel_tier in enumerate(TIERS, start=1):
            n, revenue, sat = m.cell_figures(value_tier, rel_tier)
            objective = OBJECTIVES[(value_tier, rel_tier)]
            lines = [say.key(OBJECTIVE_NAMES, objective).upper(),
                     say(msg("{0} customers", say.count(n))),
                     f"{say.count(revenue)} {currency}".strip(),
                     say(msg("satisfaction {0}", _one_decimal(sat, say)))]
            cells.append(Paragraph(_cell_text(lines), cell_style))
            style.append(("BACKGROUND", (col(c), r), (col(c), r),
                          colors.HexColor(OBJECTIVE_COLOURS[objective])))
        rows.append(cells)
    widths = [32 * mm, 45 * mm, 45 * mm, 45 * mm]
    if say.right_to_left:
        rows = [row[::-1] for row in rows]
        widths = widths[::-1]
    grid = Table(rows, colWidths=widths, rowHeights=[9 * mm] + [24 * mm] * 3)
    grid.setStyle(TableStyle(style))
    return grid


def _revenue_chart(m: Matrix, say: Wording) -> Drawing:
    regular, _ = register()
    totals = [sum(c.revenue_12m for c in m.customers if c.value_tier == t) for t in TIERS]
    drawing = Drawing(160 * mm, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 20 * mm, 8 * mm, 130 * mm, 40 * mm
    chart.data = [totals]
    chart.categoryAxis.categoryNames = [shape(say(msg("{0} value", say.key(TIER_NAMES, t))))
                                        for t in TIERS]
    chart.categoryAxis.labels.fontName = regular
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = say.count  # 1,000,000 (1 000 000): not 1000000
    chart.bars[0].fillColor = colors.HexColor("#1f5f8b")
    drawing.add(chart)
    return drawing


def build_asset_matrix_report(path: Path, as_of: datetime, *, page_size: str = "A4",
                              previous: datetime | None = None,
                              progress: Progress | None = None,
                              wording: Wording | None = None) -> int:
    """Write the report in the wording's language; returns the number of customers in it."""
    say = wording or Wording()
    st = styles(say.right_to_left)
    title = say(TITLE)
    business = get_setting("business_name") or "crm-desktop"
    made = datetime.now().astimezone()
    current = asset_matrix.compute(as_of)
    before = asset_matrix.compute(previous or as_of - timedelta(days=365),
                                  current.thresholds)
    t = current.thresholds
    story = [
        Spacer(1, 40 * mm), para(title, st["h1"]), para(business, st["h2"]),
        para(say(msg("As of {0}, compared with {1}. Made {2}.",
                     say.day(as_of.astimezone().date()),
                     say.day(before.as_of.astimezone().date()), say.moment(made))),
                st["body"]),
        Spacer(1, 8 * mm),
        para(say(_method(t, say)), st["body"]),
        PageBreak(),
        para(say(msg("The matrix")), st["h2"]), _grid(current, st, say), Spacer(1, 6 * mm),
        para(say(msg("Revenue of the last 12 months by value tier")), st["h2"]),
        _revenue_chart(current, say),
    ]
    cells = [(v, r) for v in reversed(TIERS) for r in reversed(TIERS)]
    width = document(path, page_size, title).width
    rtl = say.right_to_left
    for value_tier, rel_tier in cells:
        members = sorted(current.cell(value_tier, rel_tier), key=lambda c: -c.value)
        objective = OBJECTIVES[(value_tier, rel_tier)]
        heading = msg("{0} value, {1} relationship: {2}", say.key(TIER_NAMES, value_tier),
                      say.key(TIER_NAMES, rel_tier), say.key(OBJECTIVE_NAMES, objective))
        story += [PageBreak(), para(_capitalized(say(heading)), st["h2"]),
                  para(say(OBJECTIVE_TEXT[objective]), st["body"]), Spacer(1, 3 * mm)]
        # the value (the list's order, the axis it is placed by) beside the revenue it
        # comes from: less the cost to serve, weighed by paying on time
        rows = [(c.name, c.company or "", say.count(round(c.value)), say.count(c.revenue_12m),
                 f"{c.relationship:.0f}",
                 say.day(c.last_contact.astimezone().date()) if c.last_contact else "—",
                 c.open_deals) for c in members]
        if rows:
            story.extend(table([say(h) for h in (
                msg("Customer"), msg("Company"), msg("Worth"), msg("Revenue, 12 months"),
                msg("Relationship"), msg("Last contact"), msg("Open deals"))], rows,
                [w * width for w in (.21, .18, .11, .13, .14, .12, .11)], st, rtl))
        else:
            story.append(para(say(msg("No customers in this cell.")), st["body"]))
    prospects = current.prospects()
    story += [PageBreak(),
              para(say(msg("Prospects: {0}", say.key(OBJECTIVE_NAMES, asset_matrix.ACQUISITION))),
                   st["h2"]),
              para(say(OBJECTIVE_TEXT["acquisition"]), st["body"])]
    if prospects:
        story.extend(table([say(msg("Prospect")), say(msg("Company")), say(msg("Open deals"))],
                           [(c.name, c.company or "", c.open_deals) for c in prospects],
                           [width * .45, width * .4, width * .15], st, rtl))
    moves = asset_matrix.movements(before, current)

    def place(cell) -> str:
        if isinstance(cell, tuple):
            return say(msg("{0} value / {1} relationship", say.key(TIER_NAMES, cell[0]),
                           say.key(TIER_NAMES, cell[1])))
        return say.key(OBJECTIVE_NAMES, cell)

    story += [PageBreak(), para(say(msg("Moves since the previous period")), st["h2"])]
    story.extend(table([say(msg("From")), say(msg("To")), say(msg("Customers"))],
                       [(place(a), place(b), n) for (a, b), n in moves.most_common()],
                       [width * .42, width * .42, width * .16], st, rtl) if moves else
                 [para(say(msg("No customer changed cell.")), st["body"])])
    write_pdf(path, page_size, title, story, business, progress, say)
    return len(current.customers)


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
