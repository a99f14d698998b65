"""The council: bundles in and out over a stick. In a council's store, the committees' adopted
demands side by side, linked by hand as "the same demand" to the council's common list, which
prints with the committees that adopted each; in a committee's store, what the council sent."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from committee_app.services import council, demands

from .. import confirm, error_reporting, file_dialogs, printing_actions
from ..commands import view_action
from ..dialogs.backup_passphrases import PassphrasesDialog
from ..dialogs.bundle_export_dialog import BundleExportDialog
from ..error_reporting import reporting_errors
from ..models.assembly_formatting import local_date_time
from ..models.received_demands_model import ReceivedDemandsModel
from ..models.received_resolutions_model import ReceivedResolutionsModel
from ..printing_actions import STATUS_MESSAGE_MS, DocumentPrinter
from ..session import DeskSession
from ..text_labels import plain_label
from .base import DeskView

BUNDLE_FILTER_SUFFIX = "(*.cdcb)"


def received_table(model, stretched: int) -> QTableView:
    """A read-only list of what bundles brought, whole rows chosen, one column taking the room."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
    return table


class CouncilView(DeskView):
    key = "council"

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.is_council = False
        self.senders: list[council.Sender] = []
        self.model = ReceivedDemandsModel(self)
        self.printer = DocumentPrinter(session, self)
        self._create_actions()
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())
        self._update_actions()

    def title(self) -> str:
        return self.tr("Council")

    def _create_actions(self) -> None:
        self.import_action = view_action(self, self.tr("&Import a bundle…"), "Ctrl+I", self.import_bundle)
        self.import_action.setStatusTip(self.tr("Take in a bundle from a committee, or from the council"))
        self.export_action = view_action(self, self.tr("&Export for the council…"), "Ctrl+Shift+E", self.export_bundle)
        self.link_new_action = view_action(self, self.tr("Link as the &same demand"), "Ctrl+J", self.link_as_new_common_demand)
        self.link_new_action.setStatusTip(
            self.tr("The chosen committees' demands become one common demand of the council, proposed to it")
        )
        self.link_existing_action = view_action(self, self.tr("Link &to a common demand…"), "Ctrl+Shift+J", self.link_to_common_demand)
        self.unlink_action = view_action(self, self.tr("&Unlink"), "", self.unlink)
        self.forget_action = view_action(self, self.tr("&Remove a committee's records…"), "", self.forget_sender)
        self.forget_action.setStatusTip(
            self.tr("Everything one committee's bundles brought here goes; its next bundle brings it back")
        )
        self.print_action = view_action(self, self.tr("&Print common demands…"), "Ctrl+P", self.print_common_demands)
        self.print_action.setStatusTip(self.tr("The common demands with the committees that adopted each, and how they voted"))

    def _build_layout(self) -> None:
        self.toolbar = QToolBar(self.tr("Council"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.import_action, self.export_action])
        self.link_separator = self.toolbar.addSeparator()
        self.toolbar.addActions([self.link_new_action, self.link_existing_action, self.unlink_action, self.forget_action])
        self.print_separator = self.toolbar.addSeparator()
        self.toolbar.addAction(self.print_action)
        # Committees' names come from files others wrote: shown as typed, never as markup.
        self.senders_label = plain_label(selectable=True)
        self.table = received_table(self.model, ReceivedDemandsModel.TITLE)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFocusProxy(self.table)
        self.resolutions_model = ReceivedResolutionsModel(self)
        self.resolutions = received_table(self.resolutions_model, ReceivedResolutionsModel.DECIDED)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("&Demands"))
        self.tabs.addTab(self.resolutions, self.tr("Reso&lutions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.senders_label)
        layout.addWidget(self.tabs, 1)

    # --- records --------------------------------------------------------------------

    def load(self) -> None:
        store = self.session.store
        self.is_council = council.is_council(store)
        self.export_action.setText(self.tr("&Export for the committees…") if self.is_council else self.tr("&Export for the council…"))
        self.export_action.setStatusTip(
            self.tr("Write the council's resolutions and common demands in a bundle for its committees")
            if self.is_council
            else self.tr("Write the held assemblies, resolutions and adopted demands in a bundle for the council")
        )
        for action in (self.link_new_action, self.link_existing_action, self.unlink_action, self.print_action):
            action.setVisible(self.is_council)
        self.link_separator.setVisible(self.is_council)
        self.print_separator.setVisible(self.is_council)
        self.senders = council.senders(store)
        self.forget_action.setEnabled(bool(self.senders))
        self.senders_label.setText(self._senders_text(self.senders))
        self.model.set_rows(council.received_demands(store))
        self.resolutions_model.set_rows(council.received_resolutions(store))
        self.table.setColumnHidden(ReceivedDemandsModel.COMMON, not self.is_council)
        self._update_actions()

    def _senders_text(self, senders: list[council.Sender]) -> str:
        if not senders:
            if self.is_council:
                return self.tr(
                    "No committee's bundle has been imported yet. Each committee writes one with File → Export for the "
                    "council…; import it here with Import a bundle… (Ctrl+I)."
                )
            return self.tr("Nothing has come from the council yet. Its bundle is imported with Import a bundle… (Ctrl+I).")
        lines = []
        for sender in senders:
            line = self.tr(
                "{name}: bundle written {made}, imported {imported}; {assemblies} held assemblies, {demands} adopted demands"
            ).format(
                name=sender.name,
                made=local_date_time(sender.made_at),
                imported=local_date_time(sender.imported_at),
                assemblies=sender.assemblies,
                demands=sender.demands,
            )
            if sender.delegates:
                line += self.tr("; %n delegate(s) named", "", sender.delegates)
            lines.append(line)
        return "\n".join(lines)

    def clear(self) -> None:
        self.senders = []
        self.model.clear()
        self.resolutions_model.clear()
        self.senders_label.clear()

    def _chosen_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.demand(row).id for row in rows]

    def _update_actions(self) -> None:
        chosen = self.tabs.currentWidget() is self.table and bool(self.table.selectionModel().selectedRows())
        for action in (self.link_new_action, self.link_existing_action, self.unlink_action):
            action.setEnabled(self.is_council and chosen)

    # --- bundles ----------------------------------------------------------------------

    def export_bundle(self) -> None:
        to_council = None
        with reporting_errors(self):
            to_council = not council.is_council(self.session.store)
        if to_council is None:
            return
        answer = BundleExportDialog.get_export(self, to_council=to_council)
        if answer is None:
            return
        passphrase, include_delegates = answer
        title = self.tr("Export for the council") if to_council else self.tr("Export for the committees")
        folder = self.session.settings.bundle_folder or Path.home()
        path = file_dialogs.file_to_save(
            self,
            title,
            folder / ("for-the-council.cdcb" if to_council else "for-the-committees.cdcb"),
            self.tr("Committee Desk bundle") + " " + BUNDLE_FILTER_SUFFIX,
        )
        if path is None:
            return
        self.session.settings.bundle_folder = path.parent
        from committee_app.exchange.bundle_content import write_bundle

        store = self.session.store

        def written(result) -> None:
            if result.delegates is None:
                names = self.tr("No member is named in it.")
            else:
                names = self.tr("It names {count} delegates (names only). Keep the stick safe.").format(count=result.delegates)
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                title,
                self.tr("Wrote {path}: {assemblies} held assemblies, {demands} adopted demands.").format(
                    path=result.path, assemblies=result.assemblies, demands=result.demands
                )
                + "\n\n"
                + names,
            )

        self.session.run(
            self,
            lambda: write_bundle(store, path, passphrase, include_delegates=include_delegates),
            label=self.tr("Writing the bundle…"),
            on_success=written,
        )

    def import_bundle(self) -> None:
        """One bundle or several chosen together (a council collects forty committees' files
        from one stick): the passphrase is asked once and tried on each; the files it does not
        open are asked for again, then one message says what came of each."""
        folder = self.session.settings.bundle_folder or Path.home()
        paths = file_dialogs.files_to_open(
            self, self.tr("Import a bundle"), folder, self.tr("Committee Desk bundle") + " " + BUNDLE_FILTER_SUFFIX
        )
        if paths:
            self.session.settings.bundle_folder = paths[0].parent
            self._import_with_passphrase(paths, [], None)

    def _import_with_passphrase(self, paths: list[Path], done: list, problem: str | None) -> None:
        title = self.tr("Import a bundle")
        names = ", ".join(path.name for path in paths)
        answer = PassphrasesDialog.ask(
            self,
            title,
            self.tr("The passphrase the committee and the council agreed on for {name}:").format(name=names),
            [self.tr("&Passphrase:")],
            problem,
        )
        if answer is None:
            if done:
                self._say_what_was_imported(done)
            return
        from committee_app.exchange.bundle_import import import_bundles

        store = self.session.store

        def finished(outcomes) -> None:
            settled = done + [outcome for outcome in outcomes if not outcome.wrong_passphrase]
            unopened = [outcome for outcome in outcomes if outcome.wrong_passphrase]
            if settled:
                with reporting_errors(self):
                    self.load()
            if unopened:
                self._import_with_passphrase([outcome.path for outcome in unopened], settled, unopened[0].refusal)
            else:
                self._say_what_was_imported(settled)

        self.session.run(
            self,
            lambda: import_bundles(store, paths, answer[0]),
            label=self.tr("Importing the bundle…"),
            on_success=finished,
        )

    def _say_what_was_imported(self, outcomes: list) -> None:
        parts = [self._outcome_text(outcome) for outcome in outcomes]
        refused = any(outcome.imported is None for outcome in outcomes)
        icon = QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information
        error_reporting.show_message(self, icon, self.tr("Import a bundle"), "\n\n".join(parts))

    def _outcome_text(self, outcome) -> str:
        result = outcome.imported
        if result is None:
            return self.tr("{file}: not imported. {reason}").format(file=outcome.path.name, reason=outcome.refusal)
        if result.first_time:
            text = self.tr("Imported the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands.")
        else:
            text = self.tr(
                "Updated from the bundle of {name} written on {made}: {assemblies} held assemblies, {demands} adopted demands."
            )
        made = local_date_time(result.made_at)
        text = text.format(name=result.sender_name, made=made, assemblies=result.assemblies, demands=result.demands)
        if result.previous_name is not None:
            text += " " + self.tr(
                "Its earlier bundle named it «{name}». If that is not the same committee, remove these records "
                "(Remove a committee's records…) and ask which committee wrote this bundle."
            ).format(name=result.previous_name)
        return text

    # --- the common list ----------------------------------------------------------------

    def link_as_new_common_demand(self) -> None:
        chosen = self._chosen_ids()
        with reporting_errors(self):
            common_id = council.link_as_same_demand(self.session.store, chosen)
            self.load()
            self._show_status(
                self.tr(
                    "%n demand(s) linked as one common demand, «{title}». It is proposed to the council: adopt it in "
                    "Demands.", "", len(chosen)
                ).format(title=demands.get_demand(self.session.store, common_id).title)
            )

    def link_to_common_demand(self) -> None:
        chosen = self._chosen_ids()
        with reporting_errors(self):
            common, _unlinked = council.common_demands(self.session.store)
        if not common:
            error_reporting.show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Link to a common demand"),
                self.tr("The council has no common demand yet: use Link as the same demand to make one."),
            )
            return
        titles = [f"{number}. {demand.title}" for number, demand in enumerate(common, start=1)]
        title, accepted = QInputDialog.getItem(
            self, self.tr("Link to a common demand"), self.tr("The &common demand:"), titles, 0, False
        )
        if not accepted:
            return
        target = common[titles.index(title)]
        with reporting_errors(self):
            council.link_as_same_demand(self.session.store, chosen, common_demand_id=target.id)
            self.load()
            self._show_status(
                self.tr("%n demand(s) linked to «{title}».", "", len(chosen)).format(title=target.title)
            )

    def unlink(self) -> None:
        chosen = self._chosen_ids()
        with reporting_errors(self):
            council.unlink(self.session.store, chosen)
            self.load()
            self._show_status(self.tr("%n demand(s) no longer linked to a common demand.", "", len(chosen)))

    def forget_sender(self) -> None:
        if not self.senders:
            return
        title = self.tr("Remove a committee's records")
        names = [sender.name for sender in self.senders]
        name, accepted = QInputDialog.getItem(self, title, self.tr("Whose &records:"), names, 0, False)
        if not accepted:
            return
        sender = self.senders[names.index(name)]
        question = self.tr(
            "Remove everything the bundles of {name} brought here: {assemblies} held assemblies and {demands} adopted "
            "demands, and their links to the common demands? The council's own demands stay. Its next bundle brings "
            "them back."
        ).format(name=sender.name, assemblies=sender.assemblies, demands=sender.demands)
        if not confirm.ask(self, title, question):
            return
        with reporting_errors(self):
            council.forget_sender(self.session.store, sender.id)
            self.load()
            self._show_status(self.tr("The records of {name} were removed.").format(name=sender.name))

    def _show_status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def print_common_demands(self) -> None:
        self.printer.print_document(printing_actions.common_demands())
