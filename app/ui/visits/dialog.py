"""The visit dialog: log a visit at the counter, book an appointment, complete or edit one.

Everything by keyboard: the client by a few letters, Tab through the fields,
services by a few letters in the items table, Ctrl+S saves, Esc cancels.
After a save it asks what the save may mean: a departed client is back?
open inquiries of the client led to this visit? Then it closes; a completed
visit then offers the reminders it suggests (over the screen that opened the dialog).

A save of a stored visit sends back the version the dialog showed; when another
desk saved the visit since, the conflict bar says who and when and "Reload"
reads the visit again into the dialog.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.client_status import mark_returned
from app.services.clients import ClientBrief
from app.services.errors import ConflictError, ValidationError
from app.services.inquiries import InquiryRecord, link_inquiries_to_visit, open_inquiries_for_client
from app.services.vehicles import list_vehicles
from app.services.visit_form import VisitForm, load_visit_form
from app.services.visits import MileageWarning, VisitRecord, VisitSaved, create_visit, update_visit
from app.ui.conflict import ConflictBar
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reminders.suggestions import SuggestionsDialog, offer_suggestions
from app.ui.visits import prompts
from app.ui.visits.errors import item_index, item_refusal_text, refusal_text
from app.ui.visits.form import VisitFields
from app.ui.visits.labels import channel_label
from app.ui.worker import Ticket

NEW, APPOINTMENT, COMPLETE, EDIT = "new", "appointment", "complete", "edit"


class VisitDialog(QDialog):
    """``mode``: NEW (done now), APPOINTMENT (planned), COMPLETE or EDIT ``visit_id``."""

    sig_saved = Signal(int)
    """The visit was saved (its id); the follow-up questions come next."""

    sig_loaded = Signal()
    """The form is filled and ready for typing."""

    def __init__(
        self,
        ctx: UiContext,
        mode: str = NEW,
        *,
        client_id: int | None = None,
        visit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.mode = mode
        self.visit_id = visit_id
        self.saved: VisitRecord | None = None
        self.suggestions: SuggestionsDialog | None = None  # offered after a completed save
        self._form: VisitForm | None = None
        self._version: int | None = None  # of the stored visit the fields show
        self._busy = False
        self._tickets: list[Ticket] = []  # reads to drop if the dialog closes first
        self._cars_of: int | None = None  # the client whose cars the car box offers
        titles = {
            NEW: self.tr("New visit"),
            APPOINTMENT: self.tr("New appointment"),
            COMPLETE: self.tr("Complete the visit"),
            EDIT: self.tr("Edit the visit"),
        }
        self.setWindowTitle(titles[mode])
        self.resize(760, 700)

        self.fields = VisitFields(ctx.worker)
        self.fields.client.sig_client_chosen.connect(self._on_client_chosen)
        self.fields.client.sig_client_cleared.connect(self._on_client_cleared)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)  # Enter in a field must not save half a visit
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.save)

        self.conflict = ConflictBar()
        self.conflict.sig_reload_requested.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        work = partial(load_visit_form, client_id=client_id, visit_id=visit_id)
        self._tickets.append(
            ctx.worker.read(work, self._fill, self._on_load_refused, name="visit form")
        )

    def reload(self) -> None:
        """Read the stored visit again (after a conflict) and show it in the fields."""
        if self.visit_id is None or self._busy:
            return
        self.save_button.setEnabled(False)
        work = partial(load_visit_form, visit_id=self.visit_id)
        self._tickets.append(
            self._ctx.worker.read(work, self._fill, self._on_load_refused, name="reload visit")
        )

    def reject(self) -> None:
        """Esc or Cancel; not while a save is under way (its questions are still to come)."""
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        for ticket in self._tickets:
            ticket.cancel()
        super().done(result)

    # --- loading ---------------------------------------------------------------------

    def _fill(self, form: VisitForm) -> None:
        self._form = form
        fields = self.fields
        fields.errors.clear()
        self.conflict.clear()
        fields.items.set_catalogue(form.services, form.currency)
        visit = form.visit
        self._version = visit.version if visit else None
        fields.set_masters(form.masters, visit.employee_id if visit else None)
        if visit is not None:
            status = "completed" if self.mode == COMPLETE else visit.status
            fields.set_record(visit, status)
            if self.mode == COMPLETE and visit.started_at > self._ctx.clock.now():
                fields.set_when(self._ctx.clock.now())  # the car came early: it is done now
        else:
            fields.set_status("planned" if self.mode == APPOINTMENT else "completed")
            fields.set_when(self._start_time())
            fields.update_total()
        self._cars_of = form.client.id if form.client else None
        fields.client.set_client(form.client)
        fields.set_vehicles(form.vehicles, visit.vehicle_id if visit else None)
        self.save_button.setEnabled(True)
        (fields.client if form.client is None else fields.vehicle).setFocus()
        self.sig_loaded.emit()

    def _start_time(self) -> dt.datetime:
        now = self._ctx.clock.now().replace(second=0, microsecond=0)
        if self.mode != APPOINTMENT:
            return now
        return now.replace(minute=0) + dt.timedelta(hours=1)

    def _on_load_refused(self, error: ValidationError) -> None:
        self.fields.errors.show(error)

    def _on_client_chosen(self, client: ClientBrief) -> None:
        if client.id == self._cars_of:
            return
        self._cars_of = client.id
        work = partial(list_vehicles, client_id=client.id)
        ticket = self._ctx.worker.read(
            work, lambda cars: self.fields.set_vehicles(cars, None), name="cars"
        )
        self._tickets.append(ticket)

    def _on_client_cleared(self) -> None:
        self._cars_of = None
        self.fields.set_vehicles((), None)

    # --- saving ------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy or self._form is None:
            return
        fields = self.fields
        fields.commit_open_editor()
        fields.errors.clear()
        fields.items.mark_bad_row(None)
        try:
            data = fields.read()
        except ValidationError as error:
            self._show_refusal(error)
            return
        clock = self._ctx.clock
        if self.visit_id is None:
            work = partial(create_visit, data=data, clock=clock)
        else:
            work = partial(
                update_visit,
                visit_id=self.visit_id,
                data=data,
                clock=clock,
                expected_version=self._version,
            )
        self._busy = True
        self.save_button.setEnabled(False)
        self._ctx.worker.write(work, self._on_saved, self._on_refused, name="save visit")

    def _on_refused(self, error: ValidationError) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, ConflictError):
            self.conflict.show_conflict(error)
        else:
            self._show_refusal(error)

    def _show_refusal(self, error: ValidationError) -> None:
        fields = self.fields
        index = item_index(error.field)
        if index is not None:
            row = fields.items.row_of_item(index)
            fields.items.mark_bad_row(row)
            fields.errors.show(error, item_refusal_text(error, row + 1))
            column = {"price": 1, "quantity": 2}.get(error.field.rsplit(".", 1)[-1], 0)
            fields.table.setCurrentIndex(fields.items.index(row, column))
            return
        if isinstance(error, MileageWarning):
            fields.set_mileage_note_visible(True)
            hint = self.tr("To save it anyway, say why in the mileage note.")
            fields.errors.show(error, f"{refusal_text(error)}. {hint}")
            fields.mileage_note.setFocus()
            return
        fields.errors.show(error)

    # --- after the save ----------------------------------------------------------------

    def _on_saved(self, saved: VisitSaved) -> None:
        self.saved = saved.value
        self.visit_id = saved.value.id
        self._version = saved.value.version
        self.sig_saved.emit(saved.value.id)
        client = self.fields.client.client
        name = client.name if client else ""
        question = self.tr("%1 is marked as departed. Has the client returned?").replace("%1", name)
        if saved.client_departed and prompts.ask(self, self.tr("Returning client"), question):
            work = partial(
                mark_returned,
                client_id=saved.value.client_id,
                clock=self._ctx.clock,
                expected_version=saved.client_version,
            )
            self._ctx.worker.write(
                work, lambda _: self._check_inquiries(), self._on_return_refused, name="returned"
            )
        else:
            self._check_inquiries()

    def _on_return_refused(self, error: ValidationError) -> None:
        """The visit is saved but the client could not be marked back: say so, go on."""
        self.fields.errors.show(error)
        self._check_inquiries()

    def _check_inquiries(self) -> None:
        visit = self.saved
        if visit is None or visit.status in ("cancelled", "no_show"):
            self.accept()
            return
        if visit.status == "completed":
            # parented to the opener: this dialog is deleted once it closes
            self.suggestions = offer_suggestions(self._ctx, visit.id, self.parentWidget())
        work = partial(open_inquiries_for_client, client_id=visit.client_id, clock=self._ctx.clock)
        self._tickets.append(self._ctx.worker.read(work, self._offer_link, name="open inquiries"))

    def _offer_link(self, found: tuple[InquiryRecord, ...]) -> None:
        visit = self.saved
        if visit is None or not found:
            self.accept()
            return
        lines = "\n".join(
            f"• {date_text(i.received_at.date())} {i.received_at:%H:%M}, "
            f"{channel_label(i.channel)}" + (f", {i.name}" if i.name else "")
            for i in found
        )
        question = self.tr(
            "The client has %n open inquiry(s) from the last 14 days:", "", len(found)
        )
        link = self.tr("Link them to this visit?", "", len(found))
        if not prompts.ask(self, self.tr("Open inquiries"), f"{question}\n{lines}\n\n{link}"):
            self.accept()
            return
        work = partial(
            link_inquiries_to_visit, inquiry_ids=[i.id for i in found], visit_id=visit.id
        )
        self._ctx.worker.write(work, lambda _: self.accept(), self._on_link_refused, name="link")

    def _on_link_refused(self, error: ValidationError) -> None:
        self._busy = False  # the visit is saved; the person may close or save again
        self.save_button.setEnabled(True)
        self.fields.errors.show(error)
