"""Help → Guide: the secretary's guide shipped with the app, read in a window of its own.

The pages are the Markdown files of ``guide_folder()/LANGUAGE/``; links between them and
their images are followed on disk, and a link to the internet is never opened: the app
does not use the network."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextCursor, QTextDocument, QTextFormat, QTextImageFormat
from PySide6.QtWidgets import QLabel, QMainWindow, QTextBrowser, QToolBar, QWidget

from committee_app import shipped_files

from .commands import command

# A page's images shrink to the width of the window, less this room for the margins.
IMAGE_MARGIN = 40
# Where a shrunk image keeps the name of its file.
ORIGINAL_NAME = QTextFormat.Property.UserProperty


def guide_index(language: str) -> Path:
    """The first page of the guide in ``language``, or the error that says the installation
    is incomplete."""
    return shipped_files.shipped_file(shipped_files.guide_folder() / language / "index.md")


def is_local(url: QUrl) -> bool:
    """A page, image or anchor on this computer (a link relative to the page is)."""
    return url.scheme() in ("", "file") and not url.host()


class GuidePage(QTextBrowser):
    """Shows the guide's Markdown pages; refuses anything that is not a local file."""

    link_refused = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(True)
        self.document().setDocumentMargin(14)  # text off the window's edge, easier to read
        self.refused: list[QUrl] = []  # the links not followed, the latest last

    def doSetSource(self, name: QUrl, resource_type=QTextDocument.ResourceType.UnknownResource) -> None:
        if not is_local(name):
            self.refused.append(QUrl(name))
            self.link_refused.emit(QUrl(name))
            return
        if name.isRelative() and self.source().isValid():
            # Kept whole, so the page's own links and images resolve against its folder.
            name = self.source().resolved(name)
        super().doSetSource(name, resource_type)
        self.fit_images()

    def loadResource(self, resource_type, name: QUrl):
        if not is_local(name):
            return None
        return super().loadResource(resource_type, name)

    def fit_images(self) -> None:
        """Show the images wider than the window shrunk smoothly to its width; a wider window
        shows them whole again."""
        widest = max(200, self.viewport().width() - IMAGE_MARGIN)
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    self._fit(fragment, fragment.charFormat().toImageFormat(), widest)
                fragments += 1
            block = block.next()

    def image(self, name: str) -> QImage:
        """An image of the page as its file holds it (null when it cannot be read)."""
        resource = self.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if isinstance(resource, (QByteArray, bytes)):
            return QImage.fromData(resource)
        if isinstance(resource, QPixmap):
            return resource.toImage()
        return resource if isinstance(resource, QImage) else QImage()

    def _fit(self, fragment, image_format: QTextImageFormat, widest: int) -> None:
        original = image_format.property(ORIGINAL_NAME) or image_format.name()
        image = self.image(original)
        if image.isNull():
            return
        name = original
        if image.width() > widest:
            name = f"{original}?width={widest}"
            # The document looks its resources up by their names resolved against its base.
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource,
                self.document().baseUrl().resolved(QUrl(name)),
                image.scaledToWidth(widest, Qt.TransformationMode.SmoothTransformation),
            )
        if name == image_format.name():
            return
        image_format.setName(name)
        image_format.setProperty(ORIGINAL_NAME, original)
        cursor = QTextCursor(self.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)


class GuideViewer(QMainWindow):
    """The guide in one language, with Back, Forward and Home."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.index = guide_index(language)
        self.setWindowTitle(self.tr("Committee Desk — guide"))
        self.page = GuidePage(self)
        self.page.link_refused.connect(self.refused_link)
        self.setCentralWidget(self.page)
        self.back_action = command(self, self.tr("&Back"), [QKeySequence.StandardKey.Back], self.page.backward)
        self.forward_action = command(self, self.tr("&Forward"), [QKeySequence.StandardKey.Forward], self.page.forward)
        self.home_action = command(self, self.tr("&Contents"), "Alt+Home", self.page.home)
        self.close_action = command(self, self.tr("&Close"), [QKeySequence.StandardKey.Close, "Esc"], self.close)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.page.backwardAvailable.connect(self.back_action.setEnabled)
        self.page.forwardAvailable.connect(self.forward_action.setEnabled)
        toolbar = QToolBar(self.tr("Guide"))
        toolbar.setObjectName("guide")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.back_action, self.forward_action, self.home_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.addAction(self.close_action)
        self.note = QLabel()
        self.statusBar().addWidget(self.note, 1)
        self.resize(980, 700)
        self.page.setSource(QUrl.fromLocalFile(str(self.index)))

    def show_page(self, name: str) -> None:
        """Open the guide's page ``name`` (a file of this language's folder), or the error that
        says the installation is incomplete."""
        page = shipped_files.shipped_file(self.index.parent / name)
        self.page.setSource(QUrl.fromLocalFile(str(page)))

    def refused_link(self, url: QUrl) -> None:
        self.note.setText(
            self.tr("Not opened: {address}. Committee Desk never uses the network.").format(address=url.toString())
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.page.fit_images()
