"""The app's icon, drawn as SVG: every window shows it in its title bar and the task bar."""

from PySide6.QtGui import QIcon

from committee_app.shipped_files import icons_folder

ICON_NAME = "committee-app"  # the same name as the desktop entry's Icon= and file name


def app_icon() -> QIcon:
    return QIcon(str(icons_folder() / f"{ICON_NAME}.svg"))
