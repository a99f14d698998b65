"""The main window: navigation between the views, the status line, and the global commands."""

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from committee_app import paths
from committee_app.demo import demo_mark
from committee_app.services import backups, profile
from committee_app.vocabulary import CommitteeKind

from . import confirm, error_reporting, file_dialogs
from .commands import WIPE_SHORTCUT, command, plain_text
from .dialogs.shortcuts_dialog import ShortcutsDialog, ShortcutSection
from .error_reporting import reporting_errors
from .guide_viewer import GuideViewer
from .models.assembly_formatting import local_date_time
from .session import DeskSession
from .views.actions_view import ActionsView
from .views.assemblies_view import AssembliesView
from .views.backups_view import BackupsView
from .views.base import DeskView
from .views.council_view import CouncilView
from .views.demands_view import DemandsView
from .views.members_view import MembersView

# The first window on a large screen; a smaller one is filled whole.
ROOMY_SIZE = QSize(1280, 820)
VIEW_CLASSES = (MembersView, AssembliesView, DemandsView, ActionsView, BackupsView, CouncilView)

# The guide's page on what the app protects against and what it does not (docs/guide/*/security.md).
SAFETY_PAGE = "security.md"


class MainWindow(QMainWindow):
    closing = Signal()
    lock_requested = Signal()
    settings_requested = Signal()
    change_passphrase_requested = Signal()
    wipe_requested = Signal(bool)  # True for a practice run
    restore_requested = Signal(object, str)  # see BackupsView.restore_requested

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.unlocked = False  # views read the store only between load() and clear()
        self.save_on_close = True  # after a wipe nothing is written again, not even the layout
        # A demo store says so in the title, so nobody takes its records for real ones.
        if demo_mark(session.store.path).exists():
            title = self.tr("Committee Desk — demo records")
        else:
            title = self.tr("Committee Desk")
        # Run from a stick, the records live on the stick: the title says so.
        if paths.portable_folder() is not None:
            title = self.tr("{title} (portable)").format(title=title)
        self.setWindowTitle(title)
        self.stack = QStackedWidget()
        # The reminder to back up, above every view while one is due.
        self.backup_reminder = QLabel()
        self.backup_reminder.setWordWrap(True)
        self.backup_reminder.setTextFormat(Qt.TextFormat.RichText)
        # Its link is reached with Tab and followed with Enter, as well as clicked.
        self.backup_reminder.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.backup_reminder.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.backup_reminder.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c3c00; border: 1px solid #e0c36a; padding: 6px; }"
        )
        self.backup_reminder.linkActivated.connect(lambda _link: self.show_view(self.views.index(self.view("backups"))))
        self.backup_reminder.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.backup_reminder)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.views: list[DeskView] = [view_class(session) for view_class in VIEW_CLASSES]
        for view in self.views:
            self.stack.addWidget(view)
        backups_view = self.view("backups")
        backups_view.restore_requested.connect(self.restore_requested)
        backups_view.backup_verified.connect(self.show_backup_reminder)
        self.view("members").retire_backups_requested.connect(self.back_up_and_retire_older)
        self._create_actions()
        self._create_menus_and_toolbar()
        # The committee's name and whether the records are open; not where they are kept, which
        # tells an onlooker what to copy (About names the path).
        self.committee_label = QLabel()
        self.lock_label = QLabel()
        self.statusBar().addWidget(self.committee_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self._restore_layout()

    # --- commands -------------------------------------------------------------------

    def _create_actions(self) -> None:
        """Every global command, in one place, with its shortcut."""
        self.navigation = QActionGroup(self)
        self.view_actions: list[QAction] = []
        for number, view in enumerate(self.views, start=1):
            action = command(
                self, view.title(), f"Ctrl+{number}", lambda _checked=False, index=number - 1: self.show_view(index),
                checkable=True,
            )
            self.navigation.addAction(action)
            self.view_actions.append(action)
        self.lock_action = command(self, self.tr("&Lock"), "Ctrl+L", self.lock_requested)
        self.lock_action.setStatusTip(self.tr("Close the records and ask for the passphrase again"))
        self.settings_action = command(self, self.tr("&Settings…"), "Ctrl+,", self.settings_requested)
        self.passphrase_action = command(self, self.tr("Change &passphrase…"), "", self.change_passphrase_requested)
        self.export_action = command(self, self.tr("Save &all records as a readable file…"), "", self.save_readable_copy)
        self.export_action.setStatusTip(
            self.tr("Every record in one file that other programs can open. The file is NOT encrypted.")
        )
        self.bundle_export_action = command(self, self.tr("Export for the &council…"), "", self.export_bundle)
        self.bundle_import_action = command(self, self.tr("&Import a bundle…"), "", self.import_bundle)
        self.bundle_import_action.setStatusTip(self.tr("Take in a bundle from a committee, or from the council"))
        self.quit_action = command(self, self.tr("&Quit"), "Ctrl+Q", self.close)
        # From every window and dialog of the app: the moment it is needed, a dialog may be open.
        self.wipe_action = command(
            self,
            self.tr("&Wipe everything now…"),
            WIPE_SHORTCUT,
            lambda: self.wipe_requested.emit(False),
            context=Qt.ShortcutContext.ApplicationShortcut,
        )
        self.wipe_action.setStatusTip(
            self.tr("After a 5-second countdown, destroy the key files and delete the records, settings and logs")
        )
        self.practice_wipe_action = command(self, self.tr("P&ractice wipe…"), "", lambda: self.wipe_requested.emit(True))
        self.practice_wipe_action.setStatusTip(self.tr("The countdown and the list of what a wipe would delete; nothing is deleted"))
        # F1 is help everywhere: the guide. Ctrl+/ is where other desktop programs keep their shortcut list.
        self.guide_action = command(self, self.tr("&Guide"), [QKeySequence.StandardKey.HelpContents], self.show_guide)
        self.guide_action.setStatusTip(self.tr("The secretary's guide, on this computer"))
        self.guide_viewer: GuideViewer | None = None
        self.safety_action = command(self, self.tr("&Safety"), "", self.show_safety)
        self.safety_action.setStatusTip(self.tr("What the app protects against and what it does not, on this computer"))
        self.shortcuts_action = command(self, self.tr("&Keyboard shortcuts"), "Ctrl+/", self.show_shortcuts)
        self.shortcuts_action.setStatusTip(self.tr("Every command that has a shortcut, and its keys"))
        self.about_action = command(self, self.tr("&About Committee Desk"), "", self.show_about)

    def _create_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.settings_action, self.passphrase_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addActions([self.bundle_export_action, self.bundle_import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.practice_wipe_action, self.wipe_action])
        file_menu.addSeparator()
        file_menu.addActions([self.lock_action, self.quit_action])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.view_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.safety_action, self.shortcuts_action, self.about_action])
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("navigation")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions(self.view_actions)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def back_up_and_retire_older(self) -> None:
        """After an erasure: the Backups view, writing a new backup and retiring the older ones."""
        backups_view = self.view("backups")
        self.show_view(self.views.index(backups_view))
        backups_view.back_up_now(retire_older=True)

    def show_view(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.view_actions[index].setChecked(True)
        if self.unlocked:
            # Each view reads the store again when shown: what one view recorded (a demand
            # adopted in the minutes) is there in the next.
            with reporting_errors(self):
                self.views[index].load()
        self.views[index].setFocus()

    def view(self, key: str) -> DeskView:
        return next(view for view in self.views if view.key == key)

    def shortcut_sections(self) -> list[ShortcutSection]:
        """Every action of the window that has a shortcut, grouped by where it works: the whole
        window, each view, each tab page of a view. Read from the actions themselves."""
        everywhere = self.tr("Everywhere")
        grouped: dict[tuple[int, int], ShortcutSection] = {(-1, -1): ShortcutSection(everywhere, [])}
        for action in self.findChildren(QAction):
            if action.shortcuts():
                title, place = self._where_it_works(action)
                grouped.setdefault(place, ShortcutSection(title, [])).actions.append(action)
        return [grouped[place] for place in sorted(grouped) if grouped[place].actions]

    def _where_it_works(self, action: QAction) -> tuple[str, tuple[int, int]]:
        """The title and place (view, tab page) of the view or page that owns the action."""
        page_title, page = "", -1
        owner = action.parent()
        while isinstance(owner, QWidget) and owner is not self:
            stack = owner.parentWidget()
            tabs = stack.parentWidget() if stack is not None else None
            if page < 0 and isinstance(tabs, QTabWidget) and tabs.indexOf(owner) >= 0:
                page = tabs.indexOf(owner)
                page_title = plain_text(tabs.tabText(page))
            if isinstance(owner, DeskView) and owner in self.views:
                if page < 0:
                    return owner.title(), (self.views.index(owner), -1)
                title = self.tr("{view}: {page}").format(view=owner.title(), page=page_title)
                return title, (self.views.index(owner), page)
            owner = owner.parentWidget()
        return self.tr("Everywhere"), (-1, -1)

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_sections(), self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.open()

    def show_guide(self) -> None:
        """The guide in the language of this window's screens, opened at its contents."""
        if self.guide_viewer is None or self.guide_viewer.language != self.session.language:
            self.guide_viewer = None
            with reporting_errors(self):
                viewer = GuideViewer(self.session.language)
                self.closing.connect(viewer.close)
                self.guide_viewer = viewer
        if self.guide_viewer is not None:
            self.guide_viewer.show()
            self.guide_viewer.raise_()
            self.guide_viewer.activateWindow()

    def show_safety(self) -> None:
        """The guide's page on what the app protects against, in the language of the screens."""
        self.show_guide()
        if self.guide_viewer is not None:
            with reporting_errors(self):
                self.guide_viewer.show_page(SAFETY_PAGE)

    def show_about(self) -> None:
        from .dialogs.about_dialog import AboutDialog

        self.about_dialog = AboutDialog.show_about(self, self.session.store.path)

    def save_readable_copy(self) -> None:
        """Every record in one JSON file: the committee's own copy, readable without this app."""
        if not self.unlocked:
            return
        title = self.tr("Save all records as a readable file")
        warning = self.tr(
            "The file will hold every record, names and phone numbers included, NOT encrypted: anyone who gets "
            "it can read it. Keep it only on a disk you trust; for everything else use the encrypted backup. "
            "Continue?"
        )
        if not confirm.ask(self, title, warning):
            return
        path = file_dialogs.file_to_save(
            self, title, Path.home() / "committee-records.json", self.tr("Readable file of all records (*.json)")
        )
        if path is None:
            return
        from committee_app.dump import write_dump

        store = self.session.store
        self.session.run(
            self,
            lambda: write_dump(store, path),
            label=self.tr("Saving all records…"),
            on_success=lambda _result: error_reporting.show_message(
                self, QMessageBox.Icon.Information, title, self.tr("Every record was written to {path}.").format(path=path)
            ),
        )

    def export_bundle(self) -> None:
        if self.unlocked:
            self.view("council").export_bundle()

    def import_bundle(self) -> None:
        """The Council view, where what the bundle brought is listed, then the import."""
        if self.unlocked:
            council_view = self.view("council")
            self.show_view(self.views.index(council_view))
            council_view.import_bundle()

    # --- records --------------------------------------------------------------------

    def load(self) -> None:
        """Fill the status line and the view in front from the (just unlocked) store; the
        other views read it when they are shown."""
        self.unlocked = True
        with reporting_errors(self):
            committee = profile.get_profile(self.session.store)
            self.committee_label.setText(committee.name if committee else "")
            is_council = committee is not None and committee.kind == CommitteeKind.council
            self.bundle_export_action.setText(
                self.tr("Export for the &committees…") if is_council else self.tr("Export for the &council…")
            )
            self.lock_label.setText(self.tr("Unlocked"))
            self.show_backup_reminder()
            self.views[self.stack.currentIndex()].load()

    def show_backup_reminder(self) -> None:
        """Shown while no backup was verified within the days chosen in the settings."""
        if not self.unlocked:
            self.backup_reminder.hide()
            return
        last, overdue = None, False  # a store that cannot be read says so once, in a dialog
        with reporting_errors(self):
            last, overdue = backups.backup_status(self.session.store, self.session.settings.backup_reminder_days)
        if not overdue:
            self.backup_reminder.hide()
            return
        if last is None:
            text = self.tr("No backup of these records has been verified yet.")
        else:
            text = self.tr("No backup has been verified since {date}.").format(
                date=local_date_time(last.verified_at)
            )
        link = self.tr("Back up now…")
        self.backup_reminder.setText(f'{html.escape(text)} <a href="backups">{html.escape(link)}</a>')
        self.backup_reminder.show()

    def save_pending(self, *, may_ask: bool) -> bool:
        """Save every view's unsaved typing; True when some had to be dropped."""
        discarded = False
        if self.unlocked:
            for view in self.views:
                with reporting_errors(self):
                    discarded = view.save_pending(may_ask=may_ask) or discarded
        return discarded

    def clear(self) -> None:
        """Drop every record from the screen and from memory (the store is being locked)."""
        self.unlocked = False
        for view in self.views:
            view.clear()
        self.committee_label.clear()
        self.statusBar().clearMessage()  # "Copied…", "Saved /path/members.pdf"
        self.backup_reminder.hide()
        self.lock_label.setText(self.tr("Locked"))

    # --- layout ---------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.session.settings
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        else:
            self._default_size()
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        keys = [view.key for view in self.views]
        self.show_view(keys.index(settings.last_view) if settings.last_view in keys else 0)

    def _default_size(self) -> None:
        """Roomy on a large screen; on a laptop's (1366×768 and the like) the whole screen,
        which the minutes with their votes and tasks need."""
        screen = self.screen().availableGeometry()
        if screen.width() < ROOMY_SIZE.width() + 100 or screen.height() < ROOMY_SIZE.height() + 100:
            self.resize(screen.size())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(ROOMY_SIZE)

    def save_layout(self) -> None:
        settings = self.session.settings
        settings.window_geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.last_view = self.views[self.stack.currentIndex()].key
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Typing not yet saved (minutes, guests) is saved while the store is still open.
        if self.save_on_close:
            self.save_pending(may_ask=True)
            self.save_layout()
        super().closeEvent(event)
        self.closing.emit()
