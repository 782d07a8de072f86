"""The client card: details, flags and actions, and tabs of visits, cars, reminders, referrals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.access import Permission
from app.services.changes import Changes
from app.services.client_status import mark_returned, set_do_not_contact
from app.services.clients import ClientCard, get_client
from app.services.errors import ValidationError
from app.services.reminders_due import predicted_mileage
from app.services.settings import load_settings
from app.services.vehicles import VehicleRecord
from app.ui.clients.alive import while_alive
from app.ui.clients.car_form import VehicleDialog
from app.ui.clients.card_tabs import CarsView, ReferralsView, RemindersView, VisitsView
from app.ui.clients.client_dialog import ClientDialog
from app.ui.clients.flag_dialogs import DepartureDialog, DoNotContactDialog, MergeDialog
from app.ui.clients.privacy import PrivacyButton
from app.ui.clients.refusals import ERROR_STYLE, refusal_text
from app.ui.clients.texts import phone_text
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reminders.edit_dialog import open_reminder_dialog

BANNER_STYLE = "padding: 6px 10px; border-radius: 4px; background: {0}; color: #1f2937;"
DNC_COLOUR = "#fde2e1"
DEPARTED_COLOUR = "#fdf0d5"
NOTES_STYLE = "color: #4b5563;"


@dataclasses.dataclass(frozen=True)
class CardData:
    card: ClientCard
    currency: str
    mileage: dict[int, int]  # each car's predicted km on the day, cars with readings only


def load_card(session: Any, client_id: int, on_date: dt.date) -> CardData:
    """What the card shows: the client's card, the shop's currency and each car's
    predicted mileage on ``on_date`` (one worker task)."""
    card = get_client(session, client_id)
    mileage = {}
    for car in card.vehicles:
        predicted = predicted_mileage(session, car.id, on_date)
        if predicted is not None:
            mileage[car.id] = predicted.km
    return CardData(card, load_settings(session).currency, mileage)


class ClientCardDialog(QDialog):
    """One client's card; it reloads itself whenever a write touches the client."""

    sig_open_client = Signal(int)
    """Open another client's card (the referrer, a referred client, a duplicate's owner)."""

    sig_new_visit_requested = Signal(int)
    """The person wants to book or record a visit of this client (the client's id)."""

    def __init__(self, ctx: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id = client_id
        self.card: ClientCard | None = None
        self.dialog: QDialog | None = None  # the sub-dialog open now, if any
        self.setWindowTitle(self.tr("Client"))
        self.resize(1040, 680)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referrer = QPushButton()
        self.referrer.setFlat(True)
        self.referrer.setStyleSheet("text-align: left; color: #1a56db; padding: 0;")
        self.referrer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.referrer.clicked.connect(self._open_referrer)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTES_STYLE)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.edit_button = QPushButton(self.tr("Edit details..."))
        self.new_visit_button = QPushButton(self.tr("New visit"))
        self.new_visit_button.setDefault(True)
        self.contact_button = QPushButton()
        self.depart_button = QPushButton(self.tr("Mark as departed..."))
        self.returned_button = QPushButton(self.tr("Returned"))
        self.merge_button = QPushButton(self.tr("Merge with..."))
        self.edit_button.clicked.connect(self._edit)
        self.new_visit_button.clicked.connect(
            lambda: self.sig_new_visit_requested.emit(self.client_id)
        )
        self.contact_button.clicked.connect(self._toggle_contact)
        self.depart_button.clicked.connect(self._depart)
        self.returned_button.clicked.connect(self._returned)
        self.merge_button.clicked.connect(self._merge)
        self.merge_button.setVisible(ctx.actor.may(Permission.DELETE))  # merging deletes one
        self.privacy_button = PrivacyButton(
            ctx, lambda: self.card.client if self.card else None, self._refused, self
        )
        self.privacy_button.setVisible(self.privacy_button.allowed)
        self._actions = (
            self.edit_button,
            self.new_visit_button,
            self.contact_button,
            self.depart_button,
            self.returned_button,
            self.merge_button,
            self.privacy_button,
        )
        actions = QHBoxLayout()
        for button in self._actions:
            actions.addWidget(button)
        actions.addStretch(1)

        self.visits = VisitsView()
        self.cars = CarsView()
        self.cars.sig_add_requested.connect(lambda: self._edit_car(None))
        self.cars.sig_edit_requested.connect(self._edit_car)
        self.reminders = RemindersView()
        self.new_reminder_button = QPushButton(self.tr("New reminder..."))
        self.new_reminder_button.clicked.connect(self.new_reminder)
        reminder_buttons = QHBoxLayout()
        reminder_buttons.addWidget(self.new_reminder_button)
        reminder_buttons.addStretch(1)
        reminders_tab = QWidget()
        reminders_layout = QVBoxLayout(reminders_tab)
        reminders_layout.addWidget(self.reminders)
        reminders_layout.addLayout(reminder_buttons)
        self.referred = ReferralsView()
        self.referred.sig_open_client.connect(self.sig_open_client)
        self.tabs = QTabWidget()
        for widget in (self.visits, self.cars, reminders_tab, self.referred):
            self.tabs.addTab(widget, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.referrer, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.banner)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        for button in self._actions:
            button.setEnabled(False)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self._ctx.worker.read(
            partial(load_card, client_id=self.client_id, on_date=self._ctx.clock.today()),
            while_alive(self, self._show),
            while_alive(self, self._gone),
            name="card",
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.client_id in changes.clients:
            self.reload()

    def _show(self, data: CardData) -> None:
        card = self.card = data.card
        client = card.client
        self.problem.setVisible(False)
        self.setWindowTitle(client.name)
        self.title.setText(f"<h2 style='margin:0'>{html.escape(client.name)}</h2>")
        parts = [phone_text(client.phone)]
        if client.email:
            parts.append(client.email)
        parts.append(self.tr("client since {0}").format(date_text(client.registered_on)))
        if card.source:
            parts.append(self.tr("came from: {0}").format(card.source))
        self.details.setText("  ·  ".join(parts))
        self.referrer.setVisible(card.referrer is not None)
        if card.referrer is not None:
            self.referrer.setText(self.tr("Referred by {0} →").format(card.referrer.name))
        self._show_flags(card)
        self.notes.setText(client.notes)
        self.notes.setVisible(bool(client.notes))
        self.visits.show_card(card, data.currency)
        self.cars.show_vehicles(card.vehicles, data.mileage)
        self.reminders.show_card(card)
        self.referred.show_clients(card.referred)
        counts = (len(card.visits), len(card.vehicles), len(card.reminders), len(card.referred))
        titles = (
            self.tr("Visits ({0})"),
            self.tr("Cars ({0})"),
            self.tr("Reminders ({0})"),
            self.tr("Referred clients ({0})"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.format(count))

    def _show_flags(self, card: ClientCard) -> None:
        client = card.client
        lines = []
        colour = DEPARTED_COLOUR
        if client.left_on is not None:
            line = self.tr("Departed on {0}: {1}").format(
                date_text(client.left_on), card.churn_reason or ""
            )
            lines.append(f"{line} — {client.churn_note}" if client.churn_note else line)
        if client.do_not_contact:
            lines.insert(0, self.tr("Do not contact"))
            colour = DNC_COLOUR
        self.banner.setText("\n".join(lines))
        self.banner.setStyleSheet(BANNER_STYLE.format(colour))
        self.banner.setVisible(bool(lines))
        departed = client.left_on is not None
        self.depart_button.setVisible(not departed)
        self.returned_button.setVisible(departed)
        self.contact_button.setText(
            self.tr("Allow contact") if client.do_not_contact else self.tr("Do not contact...")
        )
        for button in self._actions:
            button.setEnabled(True)

    def _gone(self, error: ValidationError) -> None:
        """The client no longer exists (merged into another, say)."""
        self.card = None
        self.problem.setText(refusal_text(error))
        self.problem.setVisible(True)
        for button in self._actions:
            button.setEnabled(False)

    # --- actions --------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _edit(self) -> None:
        if self.card is None:
            return
        dialog = ClientDialog(self._ctx, self.card, self)
        dialog.sig_open_existing.connect(self.sig_open_client)
        self._open_dialog(dialog)

    def _edit_car(self, vehicle: VehicleRecord | None) -> None:
        dialog = VehicleDialog(self._ctx, self.client_id, vehicle, self)
        dialog.sig_open_existing.connect(self.sig_open_client)
        self._open_dialog(dialog)

    def new_reminder(self) -> QDialog:
        """The reminder form for this client; the card reloads when it is saved (the
        write's changes name the client)."""
        dialog = open_reminder_dialog(self._ctx, self.client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        return dialog

    def _depart(self) -> None:
        if self.card is not None:
            self._open_dialog(DepartureDialog(self._ctx, self.card.client, self))

    def _merge(self) -> None:
        if self.card is not None:
            self._open_dialog(MergeDialog(self._ctx, self.card.client, self))

    def _toggle_contact(self) -> None:
        if self.card is None:
            return
        if not self.card.client.do_not_contact:
            self._open_dialog(DoNotContactDialog(self._ctx, self.card.client, self))
            return
        work = partial(
            set_do_not_contact,
            client_id=self.client_id,
            flag=False,
            clock=self._ctx.clock,
            expected_version=self.card.client.version,
        )
        self._write(work)

    def _returned(self) -> None:
        if self.card is None:
            return
        work = partial(
            mark_returned,
            client_id=self.client_id,
            clock=self._ctx.clock,
            expected_version=self.card.client.version,
        )
        self._write(work)

    def _write(self, work: partial[object]) -> None:
        for button in self._actions:
            button.setEnabled(False)
        self._ctx.worker.write(
            work, lambda _saved: None, while_alive(self, self._refused), name="client flag"
        )

    def _refused(self, error: ValidationError) -> None:
        self.problem.setText(refusal_text(error))
        self.problem.setVisible(True)
        for button in self._actions:
            button.setEnabled(True)

    def _open_referrer(self) -> None:
        if self.card is not None and self.card.referrer is not None:
            self.sig_open_client.emit(self.card.referrer.id)
