"""The detail panel beside the contacts table: the whole customer record of one contact.

Identity, ways to reach them, classification, preferences and needs at the top; below, tabs
with the interaction timeline, the reminders, payments (on time or late), competitor offers,
deals, the company's contact persons, the documents kept with the contact and the change
history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import Contact
from crm_desktop.services import (
    asset_matrix,
    contacts,
    customer_record,
    history_corrections,
    purchase_rhythm,
    receivables,
    reminders,
    tags,
)
from crm_desktop.services.validation import display_phone
from crm_desktop.stored_names import (
    ACTION_NAMES,
    CHANNEL_NAMES,
    CONTACT_FIELD_NAMES,
    DIRECTION_NAMES,
    HISTORY_ENTRY_NAMES,
    INTERACTION_KIND_NAMES,
    LOGGED_VALUE_NAMES,
    STATUS_NAMES,
)
from crm_desktop.ui import invoice_rows
from crm_desktop.ui.display_text import (
    birthday,
    birthday_day,
    count,
    day,
    decimal,
    left_to_right,
    local_minutes,
    money,
)
from crm_desktop.ui.labels import key_label, label, named
from crm_desktop.ui.messages import message_text
from crm_desktop.ui.tones import ALARM, CAUTION, MUTED, tag_tone_name, tone, tone_name
from crm_desktop.ui.widgets.contact_documents import ContactDocuments

HISTORY_LIMIT = 500  # the newest entries; the full history stays in the database


def _tagged(names: tuple[str, ...]) -> _Html | str:
    """A contact's tags, each in its colour if it has one (Edit > Tags)."""
    if not names:
        return ""
    coloured = tags.colours()
    return _Html(", ".join(
        f"<span style='color:{tag_tone_name(coloured[n])}'>{escape(n)}</span>"
        if n in coloured else escape(n) for n in names))


def _tree(headers: list[str], parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


_PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)

class _Html(str):
    """A record's value written as HTML already (its links), not to be escaped again."""


def _links(scheme: str, values: list[tuple[str, str]]) -> _Html:
    """(target, shown) pairs as links: mailto:ann@example.com, tel:+447700900123."""
    return _Html(", ".join(
        f"<a href='{scheme}:{escape(QUrl.toPercentEncoding(target, b'@+').data().decode())}'>"
        f"{escape(shown)}</a>" for target, shown in values))


class ContactDetail(QWidget):
    """Emits `edit_requested(id)` and `history_changed(id)` (after something was added)."""

    edit_requested = Signal(int)
    history_changed = Signal(int)
    # an entry of the history corrected: (kind, id, values) to write, or (kind, id) to delete
    # (services.history_corrections), for the view to push as an undoable step
    entry_edited = Signal(str, int, object)
    entry_deleted = Signal(str, int)
    part_paid = Signal(int, str, object)  # (invoice, amount, day): part of it paid
    deal_opened = Signal(int)  # a deal double-clicked in the Deals tab
    reminder_requested = Signal(int)  # New reminder… for this contact
    reminder_opened = Signal(int)  # a reminder double-clicked, to edit
    contact_opened = Signal(int)  # a contact person double-clicked

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.contact_id: int | None = None
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        # an e-mail address opens the owner's mail program, a number what dials it
        self.summary.linkActivated.connect(self.open_link)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.contact_id))

        self.tabs = QTabWidget(self)
        self.timeline = _tree([self.tr("When"), self.tr("Kind"), self.tr("Direction"),
                               self.tr("Subject"), self.tr("Outcome"), self.tr("Satisfaction")],
                              self)
        self.payments = _tree([self.tr("Invoice"), self.tr("Amount"), self.tr("Due"),
                               self.tr("Paid"), self.tr("On time")], self)
        self.offers = _tree([self.tr("Competitor"), self.tr("What"), self.tr("Price"),
                             self.tr("Date")], self)
        self.deals = _tree([self.tr("Deal"), self.tr("Stage"), self.tr("Value"),
                            self.tr("Expected close")], self)
        self.members = _tree([self.tr("Name"), self.tr("Role"), self.tr("E-mail"),
                              self.tr("Phone")], self)
        self.history = _tree([self.tr("When"), self.tr("Change"), self.tr("Field"),
                              self.tr("Before"), self.tr("After")], self)
        self.reminders = _tree([self.tr("Due"), self.tr("Reminder"), self.tr("Deal"),
                                self.tr("Done")], self)
        self.add_reminder = QPushButton(self.tr("New reminder…"), self)
        self.add_reminder.clicked.connect(lambda: self.reminder_requested.emit(self.contact_id))
        self.reminders.setToolTip(self.tr("Double-click a reminder to change it"))
        self.reminders.itemDoubleClicked.connect(
            lambda item: self.reminder_opened.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.add_interaction = QPushButton(self.tr("Log interaction…"), self)
        self.add_payment = QPushButton(self.tr("Add payment…"), self)
        self.mark_paid = QPushButton(self.tr("Mark paid today"), self)
        self.pay_part = QPushButton(self.tr("Pay part…"), self)
        self.pay_part.setToolTip(self.tr("Part of the invoice paid: a payment of its own, "
                                         "the rest still owed"))
        self.add_offer = QPushButton(self.tr("Add offer…"), self)
        self.tabs.addTab(self._with_buttons(self.timeline, [self.add_interaction]),
                         self.tr("Timeline"))
        self.tabs.addTab(self._with_buttons(self.reminders, [self.add_reminder]),
                         self.tr("Reminders"))
        self.tabs.addTab(self._with_buttons(self.payments, [self.add_payment, self.mark_paid,
                                                          self.pay_part]),
                         self.tr("Payments"))
        self.tabs.addTab(self._with_buttons(self.offers, [self.add_offer]),
                         self.tr("Competitor offers"))
        self.tabs.addTab(self.deals, self.tr("Deals"))
        self.tabs.addTab(self.members, self.tr("Contact persons"))
        self.documents = ContactDocuments(self)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.deals.setToolTip(self.tr("Double-click a deal to open it"))
        self.members.setToolTip(self.tr("Double-click a person to open their record"))
        self.deals.itemDoubleClicked.connect(
            lambda item: self.deal_opened.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.members.itemDoubleClicked.connect(
            lambda item: self.contact_opened.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        for kind, tree in self._entry_trees().items():
            tree.setToolTip(self.tr("Double-click an entry to correct it; Delete removes it "
                                    "(Undo brings it back)"))
            tree.itemDoubleClicked.connect(lambda item, _, k=kind: self._edit(k, item))
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            tree.customContextMenuRequested.connect(
                lambda pos, k=kind, t=tree: self._entry_menu(k, t, pos))
            tree.installEventFilter(self)  # Delete
        self.add_interaction.clicked.connect(lambda: self._add("interaction"))
        self.add_payment.clicked.connect(lambda: self._add("payment"))
        self.add_offer.clicked.connect(lambda: self._add("offer"))
        self.mark_paid.clicked.connect(self._mark_paid)
        self.pay_part.clicked.connect(self._pay_part)
        self.payments.currentItemChanged.connect(self._payment_chosen)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.show_contact(None)

    def _with_buttons(self, tree: QTreeWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(tree)
        return page

    # showing -----------------------------------------------------------------------------
    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        contact = Contact.get_or_none(Contact.id == contact_id) if contact_id else None
        for widget in (self.edit_button, self.tabs, self.summary):
            widget.setEnabled(contact is not None)
        if contact is None:
            self.contact_id = None
            self.header.setText(self.tr("<i>Select a contact to see the whole record.</i>"))
            self.summary.clear()
            for tree in (self.timeline, self.payments, self.offers, self.deals, self.members,
                         self.history, self.reminders):
                tree.clear()
            self.documents.show_contact(None)
            return
        self._show_header(contact)
        self._show_summary(contact)
        self._fill_lists(contact)

    def _fill_reminders(self, contact_id: int) -> None:
        """Open ones first (one due before today in the alarm tone), then the latest done."""
        self.reminders.clear()
        today = self._today()
        for r in reminders.of_contact(contact_id):
            due = r.snoozed_until or r.due_at
            item = QTreeWidgetItem([local_minutes(due), r.title,
                                    r.deal.title if r.deal_id else "",
                                    local_minutes(r.done_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            if r.done_at is None and due.astimezone().date() < today:
                item.setForeground(0, tone(ALARM))
            self.reminders.addTopLevelItem(item)

    def _show_header(self, c: Contact) -> None:
        parts = [f"<span style='font-size:14pt; font-weight:600'>{escape(c.name)}</span>"]
        role = ", ".join(escape(x) for x in (c.job_title, c.company.name if c.company else None)
                         if x)
        if role:
            parts.append(role)
        badges = [self.tr("Company") if c.kind == "company" else self.tr("Person"),
                  key_label(STATUS_NAMES, c.status)]
        if c.is_vip:
            badges.append(f"<b style='color:{tone_name(CAUTION)}'>VIP</b>")
        if c.deleted_at:
            badges.append(f"<b style='color:{tone_name(ALARM)}'>{self.tr('In the Trash')}</b>")
        parts.append(" · ".join(badges))
        # (a Latin name would otherwise make the block left to right in a Persian window)
        direction = "rtl" if self.isRightToLeft() else "ltr"
        self.header.setText(f"<div dir='{direction}'>{'<br>'.join(parts)}</div>")

    def _show_summary(self, c: Contact) -> None:
        snap = contacts.snapshot(c.id)
        rows = [
            (self.tr("Phones"), _links("tel", [(n, display_phone(n) or n)
                                                for n, _ in snap.phones])),
            (self.tr("E-mails"), _links("mailto", [(e, e) for e in snap.emails])),
            (self.tr("Address"), ", ".join(x for x in (c.address, c.city, c.region,
                                                       c.postal_code, c.country) if x)),
            (self.tr("Birthday"), birthday(c.birthday, self._today())),
            (self.tr("Industry"), c.industry), (self.tr("Segment"), c.segment),
            (self.tr("Lead source"), c.lead_source), (self.tr("Tags"), _tagged(snap.tags)),
            (self.tr("Prefers"), key_label(CHANNEL_NAMES, c.preferred_channel)),
            (self.tr("Likes"), c.preferences),
            (self.tr("Needs"), c.needs), (self.tr("Hidden needs"), c.hidden_needs),
            (self.tr("Notes"), c.notes),
            *self._figures(c.id),
            *self._owed(c.id),
        ]
        muted = tone_name(MUTED)
        # Qt lays a rich text table out left to right whatever the language: in a
        # right-to-left window the label is written last, to stand at the right
        rtl = self.isRightToLeft()
        gap, side = ("padding-left:8px", " align='right'") if rtl else ("padding-right:8px", "")
        html = ""
        for k, v in rows:
            if v:
                cells = [f"<td style='color:{muted}; {gap}; white-space:nowrap'{side}>"
                         f"{escape(k)}</td>",
                         f"<td{side}>{v if isinstance(v, _Html) else escape(str(v))}</td>"]
                html += "<tr>" + "".join(cells[::-1] if rtl else cells) + "</tr>"
        self.summary.setText(f"<table{side}>{html}</table>")

    def open_link(self, url: str) -> None:
        """An e-mail address or a phone number clicked: handed to the program the system
        opens such links with. Without one, it is copied to paste where it is needed."""
        if QDesktopServices.openUrl(QUrl(url)):
            return
        value = QUrl.fromPercentEncoding(url.split(":", 1)[1].encode())
        QGuiApplication.clipboard().setText(value)
        QToolTip.showText(QCursor.pos(), self.tr("{0} copied: no program here opens it").format(
            left_to_right(value)), self.summary)

    def _figures(self, contact_id: int) -> list[tuple[str, str]]:
        """What the customer is worth and how the relationship goes, as of today: the
        measures the asset matrix places them by, and revenue per contact (per unit of
        effort). Only those there is something to say about."""
        from crm_desktop.services.money import exponent

        f = asset_matrix.customer_figures(contact_id, asset_matrix.end_of_day(self._today()))
        if f is None:
            return []

        def amount(value: float) -> str:
            return money(round(value * 10 ** exponent(f.currency)), f.currency)

        rows = []
        # one figure a line: "7,736.00 USD · lifetime 28,103.00 USD" read in a Persian window
        # as "28,103.00 USD lifetime · 7,736.00 USD"
        if f.revenue_lifetime > 0:
            rows.append((self.tr("Revenue, 12 months"), amount(f.revenue_12m)))
            if f.revenue_lifetime != f.revenue_12m:
                rows.append((self.tr("Revenue, lifetime"), amount(f.revenue_lifetime)))
            rows.append((self.tr("Customer for"), message_text(
                asset_matrix.tenure_message(f.tenure_years, QLocale().name()))))
        if f.reliability is not None:
            rows.append((self.tr("Paid on time"), left_to_right(f"{round(f.reliability * 100)}%")))
        if f.satisfaction is not None:
            rows.append((self.tr("Satisfaction"),
                         left_to_right(f"{decimal(f.satisfaction)} / 5")))
        if f.interactions_12m:
            rows.append((self.tr("Contacts, 12 months"), count(f.interactions_12m)))
            if f.revenue_per_interaction:
                rows.append((self.tr("Revenue per contact"),
                             amount(f.revenue_per_interaction)))
        if f.open_complaints:
            rows.append((self.tr("Open complaints"), count(f.open_complaints)))
        if f.cost_to_serve_12m:
            rows.append((self.tr("Cost to serve, 12 months"), amount(f.cost_to_serve_12m)))
        rhythm = purchase_rhythm.rhythm(contact_id, asset_matrix.end_of_day(self._today()))
        if rhythm is not None:
            text = self.tr("every {0} days; last on {1}").format(
                count(rhythm.every_days), day(rhythm.last_bought))
            if rhythm.overdue:
                text += " — " + self.tr("overdue")
            rows.append((self.tr("Buys"), text))
        return rows

    def _owed(self, contact_id: int) -> list[tuple[str, str]]:
        """What the customer owes (invoices not paid), and how late."""
        owed = receivables.unpaid_of(contact_id, self._today())
        if not owed:
            return []
        totals = receivables.ageing(owed)
        text = ", ".join(money(sum(columns), currency)
                         for currency, columns in sorted(totals.by_currency.items()))
        if totals.overdue:
            oldest = owed[0].days_late
            text += " — " + (self.tr("overdue: {0}, the oldest {1} day late") if oldest == 1
                             else self.tr("overdue: {0}, the oldest {1} days late")).format(
                count(totals.overdue), count(oldest))
        return [(self.tr("Owes"), text)]

    def _fill_lists(self, c: Contact) -> None:
        self.timeline.clear()
        for i in customer_record.interactions_of(c.id)[:HISTORY_LIMIT]:
            item = QTreeWidgetItem([local_minutes(i.occurred_at),
                                    key_label(INTERACTION_KIND_NAMES, i.kind),
                                    key_label(DIRECTION_NAMES, i.direction), i.subject or "",
                                    i.outcome or "",
                                    str(i.satisfaction) if i.satisfaction else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, i.id)
            if i.kind == "complaint" and i.resolved_at is None:
                item.setForeground(1, tone(ALARM))
            self.timeline.addTopLevelItem(item)
        self.payments.clear()
        today = self._today()
        for p in customer_record.payments_of(c.id):
            on_time = p.on_time(today)
            if on_time is None:  # not due yet, or no due day
                text = ""
            elif on_time:
                text = self.tr("on time")
            elif p.paid_on:  # how late: paid so many days after the due day
                late = (p.paid_on - p.due_on).days
                text = (self.tr("{0} day late") if late == 1
                        else self.tr("{0} days late")).format(count(late))
            else:  # or unpaid for so long
                late = (today - p.due_on).days
                text = (self.tr("unpaid, {0} day late") if late == 1
                        else self.tr("unpaid, {0} days late")).format(count(late))
            item = QTreeWidgetItem([p.invoice_number or "", money(p.amount_minor, p.currency),
                                    day(p.due_on), day(p.paid_on), text])
            invoice_rows.mark(item, p.id, p.paid_on is None)
            item.setToolTip(4, text)  # (cut short in a narrow record)
            if on_time is False:
                item.setForeground(4, tone(ALARM))
            self.payments.addTopLevelItem(item)
        self._payment_chosen()
        self.offers.clear()
        for o in customer_record.offers_of(c.id):
            price = money(o.price_minor, o.currency) if o.price_minor is not None else ""
            item = QTreeWidgetItem([o.competitor, o.description or "", price,
                                    day(o.offered_on)])
            item.setData(0, Qt.ItemDataRole.UserRole, o.id)
            self.offers.addTopLevelItem(item)
        self.deals.clear()
        for deal, stage in customer_record.deals_of(c.id):
            item = QTreeWidgetItem(
                [deal.title, named(stage.name) + (" · " + self.tr("archived") if deal.archived
                                                   else ""),
                 money(deal.value_minor, deal.currency),
                 day(deal.expected_close_on)])
            item.setData(0, Qt.ItemDataRole.UserRole, deal.id)
            self.deals.addTopLevelItem(item)
        self.members.clear()
        for m in customer_record.members_of(c.id) if c.kind == "company" else []:
            item = QTreeWidgetItem(
                [m.name, m.job_title or "", m.email or "", display_phone(m.phone) or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            self.members.addTopLevelItem(item)
        self.tabs.setTabVisible(self.tabs.indexOf(self.members), c.kind == "company")
        self._fill_reminders(c.id)
        self.documents.show_contact(c.id)
        kept = self.documents.list.topLevelItemCount()  # (seen without opening the tab)
        self.tabs.setTabText(self.tabs.indexOf(self.documents),
                             self.tr("Documents ({0})").format(count(kept)) if kept
                             else self.tr("Documents"))
        for tree in (self.timeline, self.payments, self.offers, self.deals, self.members,
                     self.reminders):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self.history.clear()
        for h in contacts.change_history(c.id)[:HISTORY_LIMIT]:
            if h.field in HISTORY_ENTRY_NAMES:  # an interaction, payment or offer corrected
                field = key_label(HISTORY_ENTRY_NAMES, h.field)
                before, after = (message_text(history_corrections.entry_summary(
                    h.field, value, label)) for value in (h.old_value, h.new_value))
            else:
                field = key_label(CONTACT_FIELD_NAMES, h.field)
                before, after = (birthday_day(value) if h.field == "birthday" else
                                 key_label(LOGGED_VALUE_NAMES.get(h.field or "", {}), value)
                                 for value in (h.old_value, h.new_value))
            item = QTreeWidgetItem([local_minutes(h.changed_at),
                                    key_label(ACTION_NAMES, h.action), field, before, after])
            for column in (3, 4):
                item.setToolTip(column, item.text(column))  # a whole entry is long
            self.history.addTopLevelItem(item)
        for column in range(3):  # when, what, which field: short; the values get the rest
            self.history.resizeColumnToContents(column)

    # correcting --------------------------------------------------------------------------
    def _entry_trees(self) -> dict[str, QTreeWidget]:
        return {history_corrections.INTERACTION: self.timeline,
                history_corrections.PAYMENT: self.payments,
                history_corrections.OFFER: self.offers}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's)
        """The desktop turned dark or light while the record is shown: its words written in
        tones (VIP, late, the labels) are written again in those of the new palette."""
        super().changeEvent(event)
        if event.type() in _PALETTE_CHANGES and self.contact_id is not None:
            contact = Contact.get_or_none(Contact.id == self.contact_id)
            if contact is not None:
                self._show_header(contact)
                self._show_summary(contact)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if event.type() == QEvent.Type.KeyPress and event.matches(
                QKeySequence.StandardKey.Delete):
            for kind, tree in self._entry_trees().items():
                if tree is watched and tree.currentItem() is not None:
                    self._delete(kind, tree.currentItem())
                    return True
        return super().eventFilter(watched, event)

    def _entry_menu(self, kind: str, tree: QTreeWidget, pos: QPoint) -> None:
        item = tree.itemAt(pos)
        if item is None:
            return
        menu = QMenu(tree)
        menu.addAction(self.tr("Edit…"), lambda: self._edit(kind, item))
        delete = menu.addAction(self.tr("Delete"), lambda: self._delete(kind, item))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))  # (shown, not bound)
        menu.exec(tree.viewport().mapToGlobal(pos))

    def _edit(self, kind: str, item: QTreeWidgetItem | None) -> None:
        if item is None or self.contact_id is None:
            return
        from crm_desktop.ui.dialogs.history_dialogs import (
            InteractionDialog,
            OfferDialog,
            PaymentDialog,
        )

        dialog_class = {history_corrections.INTERACTION: InteractionDialog,
                        history_corrections.PAYMENT: PaymentDialog,
                        history_corrections.OFFER: OfferDialog}[kind]
        entry_id = item.data(0, Qt.ItemDataRole.UserRole)
        dialog = dialog_class(self.contact_id, self, entry_id=entry_id)
        if dialog.exec() and dialog.values is not None:
            self.entry_edited.emit(kind, entry_id, dialog.values)

    def _delete(self, kind: str, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.entry_deleted.emit(kind, item.data(0, Qt.ItemDataRole.UserRole))

    # adding ------------------------------------------------------------------------------
    def _add(self, what: str) -> None:
        from crm_desktop.ui.dialogs.history_dialogs import (
            InteractionDialog,
            OfferDialog,
            PaymentDialog,
        )

        dialog_class = {"interaction": InteractionDialog, "payment": PaymentDialog,
                        "offer": OfferDialog}[what]
        dialog = dialog_class(self.contact_id, self)
        if dialog.exec():
            self.show_contact(self.contact_id)
            self.history_changed.emit(self.contact_id)

    def _payment_chosen(self) -> None:
        invoice_rows.offer_for_chosen(self.payments, self.mark_paid, self.pay_part)

    def _pay_part(self) -> None:
        payment_id = invoice_rows.chosen(self.payments)
        if payment_id is None:
            return
        from crm_desktop.ui.dialogs.history_dialogs import PartPaymentDialog

        dialog = PartPaymentDialog(payment_id, self._today(), self)
        if dialog.exec() and dialog.values is not None:
            self.part_paid.emit(payment_id, dialog.values["amount"], dialog.values["paid_on"])

    def _mark_paid(self) -> None:
        payment_id = invoice_rows.chosen(self.payments)
        if payment_id is None:
            return
        # a correction like any other: logged in the History, a step of Undo
        self.entry_edited.emit(history_corrections.PAYMENT, payment_id,
                               {"paid_on": self._today().isoformat()})
