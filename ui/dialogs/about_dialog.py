"""Help → About: the version, the licences (the app's and the fonts'), and where the store,
settings and logs are, as text that can be selected and copied, each with its folder a click away."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from committee_app import __version__, paths, shipped_files

from ..app_icon import app_icon

LICENCE_FILE = "LICENSE"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def licence_text() -> str | None:
    """The GPL's text as shipped: in a bundle beside the package, in the wheel's metadata, or
    at the top of the sources (only there: an installed package's parent is site-packages)."""
    beside_package = shipped_files.PACKAGE / LICENCE_FILE
    if beside_package.is_file():
        return beside_package.read_text(encoding="utf-8")
    if (shipped_files.SOURCE_TREE / "pyproject.toml").is_file() and (shipped_files.SOURCE_TREE / LICENCE_FILE).is_file():
        return (shipped_files.SOURCE_TREE / LICENCE_FILE).read_text(encoding="utf-8")
    from importlib import metadata

    try:
        return metadata.distribution("committee-app").read_text(f"licenses/{LICENCE_FILE}")
    except metadata.PackageNotFoundError:
        return None


def fonts_licence_text() -> str | None:
    path = shipped_files.fonts_folder() / "LICENSE-DejaVu.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def open_folder(folder: Path) -> bool:
    """In the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def selectable_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    return label


class AboutDialog(QDialog):
    def __init__(self, store_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Committee Desk"))
        self.setWindowIcon(app_icon())
        self.store_path = Path(store_path)
        self.places = [
            (self.tr("Records (the store):"), self.store_path),
            (self.tr("Settings:"), paths.config_folder() / "settings.ini"),
            (self.tr("Logs:"), paths.log_folder()),
        ]
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.tabs.addTab(
            self._text_page(
                licence_text(),
                self.tr("The licence's text (GPL-3.0-or-later) is not in this installation: it is incomplete."),
            ),
            self.tr("Licence"),
        )
        self.tabs.addTab(
            self._text_page(fonts_licence_text(), self.tr("The fonts' licence is not in this installation.")),
            self.tr("Fonts' licence"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy these details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _about_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        name = selectable_label(self.tr("Committee Desk {version}").format(version=__version__))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(name)
        layout.addWidget(selectable_label(self.summary()))
        places = QGridLayout()
        self.open_buttons = []
        for row, (what, where) in enumerate(self.places):
            places.addWidget(QLabel(what), row, 0, Qt.AlignmentFlag.AlignTop)
            places.addWidget(selectable_label(str(where)), row, 1)
            button = QPushButton(self.tr("Open folder"))
            button.clicked.connect(lambda _checked=False, folder=self.folder_of(where): open_folder(folder))
            self.open_buttons.append(button)
            places.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        places.setColumnStretch(1, 1)
        layout.addLayout(places)
        if paths.portable_folder() is not None:
            layout.addWidget(selectable_label(self.tr(
                "Portable mode: everything is kept in the data folder beside the app ({folder}).").format(
                    folder=paths.portable_folder())))  # fmt: skip
        layout.addStretch(1)
        return page

    def summary(self) -> str:
        return "\n\n".join([
            self.tr("Records of a workers' action committee, encrypted on this computer. It never uses the network."),
            self.tr("Free software under the GNU General Public License, version 3 or (at your choice) any later "
                    "version (GPL-3.0-or-later): you may run, study, share and change it. It comes with no warranty. "
                    "The Licence tab holds the full text."),
            self.tr("Printed documents use the DejaVu fonts, under their own free licence (the Fonts' licence tab)."),
        ])  # fmt: skip

    @staticmethod
    def folder_of(where: Path) -> Path:
        return where if where.is_dir() or not where.suffix else where.parent

    def details(self) -> str:
        lines = [self.tr("Committee Desk {version}").format(version=__version__)]
        lines += [f"{what} {where}" for what, where in self.places]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def _text_page(self, text: str | None, missing: str) -> QWidget:
        shown = QPlainTextEdit(text if text is not None else missing)
        shown.setReadOnly(True)
        shown.setTextInteractionFlags(SELECTABLE)
        shown.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap if text is not None else QPlainTextEdit.LineWrapMode.WidgetWidth)
        return shown

    @classmethod
    def show_about(cls, parent: QWidget | None, store_path: Path) -> "AboutDialog":
        """Opened without blocking; returned so that a test can look at it."""
        dialog = cls(store_path, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
