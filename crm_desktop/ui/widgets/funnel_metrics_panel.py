"""The metrics panel beside the board (QtCharts, loaded when first opened): win rate, sales
cycle, conversion stage to stage, days in each stage, loss reasons, weighted forecast."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services import acquisition_cost
from crm_desktop.services.funnel_metrics import FunnelMetrics, funnel_metrics
from crm_desktop.ui.display_text import count, dating, money
from crm_desktop.ui.labels import label, named
from crm_desktop.ui.tones import is_dark

PERIODS = ((QT_TRANSLATE_NOOP("Labels", "Last 30 days"), 30),
           (QT_TRANSLATE_NOOP("Labels", "Last 90 days"), 90),
           (QT_TRANSLATE_NOOP("Labels", "Last 12 months"), 365),
           (QT_TRANSLATE_NOOP("Labels", "Last 3 years"), 3 * 365))
PANEL_WIDTH = 380
MAX_SOURCES = 12  # rows of the acquisition table: the costliest sources, then the free ones


def _chart(title: str, horizontal: bool, labels: list[str], values: list[float],
           parent: QWidget) -> QChartView:
    bars = QBarSet(title)
    bars.append(values)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    chart = QChart()
    # (a white chart is the light theme's; on a dark window, the dark theme's)
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark()
                   else QChart.ChartTheme.ChartThemeLight)
    chart.addSeries(series)
    chart.setTitle(title)
    chart.legend().hide()
    categories = QBarCategoryAxis()
    categories.append(labels)
    numbers = QValueAxis()
    numbers.setLabelFormat("%.0f")
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(numbers)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return view


class FunnelMetricsPanel(QWidget):
    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self.setFixedWidth(PANEL_WIDTH)
        self.period = QComboBox(self)
        for text, days in PERIODS:
            self.period.addItem(label(text), days)
        self.period.setCurrentIndex(2)
        self.period.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.acquisition = QLabel(self)  # cost of a new customer by lead source
        self.acquisition.setTextFormat(Qt.TextFormat.RichText)
        self.acquisition.setWordWrap(True)
        self.charts = QWidget(self)
        self._charts = QVBoxLayout(self.charts)
        self._charts.setContentsMargins(0, 0, 0, 0)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.period)
        column.addWidget(self.summary)
        column.addWidget(self.acquisition)
        column.addWidget(self.charts)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(scroll)
        self.last: FunnelMetrics | None = None

    def refresh(self) -> None:
        now = self._clock()
        # the period ends after "now" itself: times are stored to the second
        m = funnel_metrics(now - timedelta(days=self.period.currentData()),
                           now + timedelta(seconds=1), dating())
        self.last = m

        def pct(value: float | None) -> str:
            return "—" if value is None else f"{value:.0%}"

        rows = [(self.tr("Deals created"), count(m.created)),
                (self.tr("Won / lost"), f"{count(m.won)} / {count(m.lost)}"),
                (self.tr("Win rate"), pct(m.win_rate)),
                (self.tr("Average sales cycle"),
                 "—" if m.avg_sales_cycle_days is None
                 else self.tr("{0:.0f} days").format(m.avg_sales_cycle_days))]
        # the arrow points the way the line reads
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        rows += [(f"{escape(named(a))} {arrow} {escape(named(b))}", pct(rate))
                 for a, b, rate in m.conversion]
        # loss reasons as text: their names are too long for a narrow chart's axis
        rows += [(self.tr("Lost: {0}").format(escape(named(reason))), count(n))
                 for reason, n in m.loss_reasons.items()]
        self.summary.setText("<table>" + "".join(
            "<tr>" + "".join(self._in_reading_order(
                [f"<td style='padding-right:10px'>{k}</td>", f"<td><b>{v}</b></td>"]))
            + "</tr>" for k, v in rows) + "</table>")
        self._show_acquisition(now)
        while self._charts.count():
            widget = self._charts.takeAt(0).widget()
            widget.deleteLater()
        if m.avg_days_in_stage:
            self._charts.addWidget(_chart(self.tr("Average days in stage"), True,
                                          [named(s) for s in m.avg_days_in_stage],
                                          list(m.avg_days_in_stage.values()), self.charts))
        if m.forecast:
            currency = max({c for v in m.forecast.values() for c in v},
                           key=lambda c: sum(v.get(c, 0) for v in m.forecast.values()))
            months = list(m.forecast)[:12]
            values = [m.forecast[month].get(currency, 0) / 100 for month in months]
            view = _chart(self.tr("Weighted forecast ({0})").format(currency), False, months,
                          values, self.charts)
            view.setToolTip("\n".join(
                f"{month}: {money(m.forecast[month].get(currency, 0), currency)}"
                for month in months))
            self._charts.addWidget(view)

    def _show_acquisition(self, now: datetime) -> None:
        """Per lead source: what was spent, the leads and new customers it brought, and so
        what a new customer cost. One figure a cell (mixed in a line, amounts read in the
        wrong order right to left)."""
        rows = acquisition_cost.by_source((now - timedelta(days=self.period.currentData()))
                                          .date(), now.date())
        self.acquisition.setVisible(bool(rows))
        if not rows:
            return
        # (the leads, and the cost of one, are in the funnel report: the panel is narrow)
        heads = (self.tr("Source"), self.tr("Spent"), self.tr("Customers"),
                 self.tr("Per customer"))
        cells = [[escape(r.source), money(r.spent_minor, r.currency) if r.currency else "—",
                  count(r.customers),
                  money(r.per_customer, r.currency) if r.per_customer is not None else "—"]
                 for r in rows[:MAX_SOURCES]]
        title = self.tr("Acquisition cost")
        cell = "<td style='padding-right:6px; white-space:nowrap'>{}</td>"
        self.acquisition.setText(
            f"<b>{escape(title)}</b><table cellspacing='0'><tr>" + "".join(self._in_reading_order(
                [f"<th style='padding-right:6px'>{escape(h)}</th>" for h in heads]))
            + "</tr>" + "".join(
                "<tr>" + "".join(self._in_reading_order([cell.format(c) for c in row]))
                + "</tr>" for row in cells) + "</table>")

    def _in_reading_order(self, cells: list[str]) -> list[str]:
        """A table row's cells, first at the right in a right-to-left window: Qt lays a rich
        text table out left to right whatever the language (and dir='rtl' reverses the
        amounts inside the cells instead)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return cells[::-1] if rtl else cells
