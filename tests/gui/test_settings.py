"""The settings page in the real window: profiles, profile files, test connection, language,
extra fingerprints and caseworker mode, all saved through the settings core."""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from stopncii_desktop.bank.endpoints import Profile
from stopncii_desktop.bank.receipts import list_receipts
from stopncii_desktop.bank.reference_server import ReferenceServer
from stopncii_desktop.gui import i18n
from stopncii_desktop.gui.pages.review import ReviewPage
from stopncii_desktop.gui.pages.send import SendPage
from stopncii_desktop.gui.pages.settings import SettingsPage
from stopncii_desktop.gui.window import MainWindow
from stopncii_desktop.settings import Settings, load_settings, save_settings, settings_path
from tests.gui.helpers import choose_and_hash, wait_for_page
from tests.gui.test_i18n import load_script


@pytest.fixture(autouse=True)
def _config_in_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STOPNCII_CONFIG_DIR", raising=False)


def build_marked_translations(folder: Path) -> Path:
    """km.qm and ar.qm where every string of the code reads ``[km] text`` / ``[ar] text``.

    The real translations may still be waiting for translators; this proves the switch itself.
    """
    script = load_script()
    for code in ("km", "ar"):
        ts = folder / f"{code}.ts"
        script.extract(ts, code, plural_only=False)
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            forms = list(translation.iter("numerusform"))
            for form in forms:
                form.text = f"[{code}] {source}"
            if not forms:
                translation.text = f"[{code}] {source}"
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        script.release(ts, folder / f"{code}.qm")
    return folder


@pytest.fixture(scope="module")
def marked_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_marked_translations(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def marked_languages(
    qapp: QApplication, marked_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: marked_folder)
    yield marked_folder
    i18n.remove_translation(qapp)


def shown_settings(window: MainWindow) -> SettingsPage:
    page = window.current_page
    assert isinstance(page, SettingsPage)
    return page


def open_settings(window: MainWindow) -> SettingsPage:
    window.settings_button.click()
    page = shown_settings(window)
    return page


def fill_and_accept(
    qtbot, page: SettingsPage, *, name: str, kind: str, url: str, bank: str = "", token: str = ""
) -> None:
    dialog = page.banks.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.url.setText(url)
    dialog.bank.setText(bank)
    dialog.token.setText(token)
    dialog.ok.click()


def shown_rows(page: SettingsPage) -> list[str]:
    model = page.banks.list.model()
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


def test_no_bank_configured_everything_else_works(
    qtbot, window: MainWindow, home: Path, photos: list[Path]
) -> None:
    page = open_settings(window)
    assert page.banks.no_bank.isVisible()
    assert page.banks.model.rowCount() == 0
    assert not page.banks.test.isEnabled() and not page.banks.remove.isEnabled()
    assert not settings_path().exists()  # looking at settings writes nothing
    page.back.click()
    assert window.current_page.name == "welcome"
    choose_and_hash(qtbot, window, photos[:2])
    assert len(window.ctx.session.ok_results()) == 2


def test_add_edit_use_and_remove_a_profile(qtbot, window: MainWindow, home: Path) -> None:
    page = open_settings(window)
    page.banks.add.click()
    fill_and_accept(
        qtbot, page, name="Helpline", kind="hma", url="https://hma.example.org/", bank="NCII"
    )
    saved = load_settings()
    assert [p.name for p in saved.profiles] == ["Helpline"]
    assert saved.profiles[0].url == "https://hma.example.org"  # normalised by the core
    assert saved.default_profile == "Helpline"  # the only bank is the one used
    assert window.ctx.prefs.profile == "Helpline"
    assert page.banks.dialog is None
    assert not page.banks.no_bank.isVisible()
    assert "Helpline" in shown_rows(page)[0] and "hma.example.org" in shown_rows(page)[0]
    assert settings_path().stat().st_mode & 0o077 == 0  # owner-only: it may hold tokens

    # A second one, with a bearer token that never shows in the list.
    page.banks.add.click()
    fill_and_accept(
        qtbot, page, name="Case", kind="caseapi", url="http://127.0.0.1:9", token="s3cret-t0ken"
    )
    assert [p.name for p in load_settings().profiles] == ["Helpline", "Case"]
    assert not any("s3cret" in row for row in shown_rows(page))
    assert load_settings().profiles[1].bearer_token == "s3cret-t0ken"

    page.banks.list.setCurrentIndex(page.banks.model.index(1))
    page.banks.use.click()
    assert load_settings().default_profile == "Case"
    assert window.ctx.prefs.profile == "Case"

    # Rename by editing: the default follows the new name; the token is kept.
    page.banks.edit.click()
    dialog = page.banks.dialog
    assert dialog is not None and dialog.token.text() == "s3cret-t0ken"
    assert dialog.token.echoMode() == dialog.token.EchoMode.Password
    dialog.name.setText("Case API")
    dialog.ok.click()
    saved = load_settings()
    assert [p.name for p in saved.profiles] == ["Helpline", "Case API"]
    assert saved.default_profile == "Case API"

    page.banks.list.setCurrentIndex(
        page.banks.model.index(page.banks.model.row_of("Case API") or 0)
    )
    # Removing asks first; No keeps the profile, Yes deletes it.
    page.banks.remove.click()
    box = page.banks.confirm
    assert box is not None and box.isVisible() and "Case API" in box.text()
    assert box.defaultButton() is box.button(box.StandardButton.No)
    box.button(box.StandardButton.No).click()
    assert len(load_settings().profiles) == 2 and page.banks.confirm is None
    page.banks.remove.click()
    box = page.banks.confirm
    assert box is not None
    box.button(box.StandardButton.Yes).click()
    saved = load_settings()
    assert [p.name for p in saved.profiles] == ["Helpline"]
    assert saved.default_profile is None
    assert page.banks.model.rowCount() == 1


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"name": "x", "kind": "hma", "url": "http://bank.example.org", "bank": "B"}, "https"),
        ({"name": "x", "kind": "hma", "url": "https://bank.example.org", "bank": "lower"}, "HMA"),
        ({"name": "", "kind": "caseapi", "url": "https://bank.example.org"}, "name"),
        ({"name": "x", "kind": "caseapi", "url": "https://u:p@bank.example.org"}, "password"),
    ],
)
def test_an_invalid_profile_is_explained_and_not_saved(
    qtbot, window: MainWindow, home: Path, fields: dict[str, str], words: str
) -> None:
    page = open_settings(window)
    page.banks.add.click()
    fill_and_accept(qtbot, page, **fields)
    dialog = page.banks.dialog
    assert dialog is not None and dialog.isVisible(), "the dialog stays open to fix the mistake"
    assert words in dialog.error.text()
    assert not settings_path().exists()
    dialog.cancel.click()
    assert page.banks.dialog is None and page.banks.model.rowCount() == 0


def test_two_profiles_cannot_share_a_name(qtbot, window: MainWindow, home: Path) -> None:
    page = open_settings(window)
    for _ in range(2):
        page.banks.add.click()
        fill_and_accept(qtbot, page, name="Same", kind="caseapi", url="https://a.example.org")
    assert page.banks.dialog is not None and "already" in page.banks.dialog.error.text()
    assert len(load_settings().profiles) == 1


def write_json(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_import_a_profile_file(qtbot, window: MainWindow, home: Path, tmp_path: Path) -> None:
    page = open_settings(window)
    one = {"name": "NGO bank", "kind": "hma", "url": "https://hma.ngo.example", "bank": "NCII"}
    assert page.banks.import_profile_file(write_json(tmp_path / "ngo.json", one))
    assert [p.name for p in load_settings().profiles] == ["NGO bank"]
    assert "NGO bank" in page.status.text()

    # A settings-shaped file: its preferences are ignored, its default is taken.
    doc = {
        "version": 1,
        "default_profile": "Second",
        "profiles": [{"name": "Second", "kind": "caseapi", "url": "https://case.ngo.example"}],
        "preferences": {"caseworker_mode": True, "language": "ar"},
    }
    assert page.banks.import_profile_file(write_json(tmp_path / "two.json", doc))
    saved = load_settings()
    assert [p.name for p in saved.profiles] == ["NGO bank", "Second"]
    assert saved.default_profile == "NGO bank"  # the person's own choice is kept
    assert not saved.preferences.caseworker_mode and saved.preferences.language is None


def test_import_through_the_file_dialog(
    qtbot, window: MainWindow, home: Path, tmp_path: Path
) -> None:
    page = open_settings(window)
    one = {"name": "From dialog", "kind": "caseapi", "url": "https://case.ngo.example"}
    path = write_json(tmp_path / "ngo profile.json", one)
    page.banks.import_.click()
    dialog = page.banks.file_dialog
    assert dialog is not None and dialog.isVisible()
    # Qt's own dialog (quick exit can close it; the system's may record recent files on disk).
    assert dialog.testOption(dialog.Option.DontUseNativeDialog)
    assert dialog.accessibleName() and dialog.accessibleDescription()
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: page.banks.file_dialog is None, timeout=5000)
    assert [p.name for p in load_settings().profiles] == ["From dialog"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"not json at all", "JSON"),
        (b"\xff\xfe\x00garbage", "JSON"),
        (json.dumps({"profiles": []}).encode(), "no bank profile"),
        (
            json.dumps({"name": "x", "kind": "hma", "url": "http://evil.example"}).encode(),
            "https",
        ),
        (
            json.dumps({"profiles": [{"name": "x", "kind": "ftp", "url": "https://a.b"}]}).encode(),
            "kind",
        ),
        (b"[" * 100_000, "JSON"),
        (b" " * 300_000, "too large"),
    ],
)
def test_a_bad_profile_file_is_refused_plainly(
    qtbot, window: MainWindow, home: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    save_settings(Settings([Profile("Kept", "caseapi", "https://kept.example")], "Kept"))
    page = open_settings(window)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = settings_path().read_bytes()
    assert not page.banks.import_profile_file(bad)
    assert words in page.status.text()
    assert settings_path().read_bytes() == before
    assert page.banks.model.rowCount() == 1


def test_a_missing_profile_file_is_refused(window: MainWindow, home: Path, tmp_path: Path) -> None:
    page = open_settings(window)
    assert not page.banks.import_profile_file(tmp_path / "nowhere.json")
    assert "could not be opened" in page.status.text()


def test_a_broken_settings_file_does_not_stop_the_app(
    qtbot, home: Path, photos: list[Path]
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"profiles": [{"name": 1}]', encoding="utf-8")
    window = MainWindow()  # as the app starts: the saved settings are read
    qtbot.addWidget(window)
    window.ctx.prefs.workers = 0
    window.show()
    page = open_settings(window)
    assert "could not be read" in page.status.text()
    page.back.click()
    choose_and_hash(qtbot, window, photos[:1])


# -- test connection -------------------------------------------------------------------------


class _FakeHma(BaseHTTPRequestHandler):
    """Answers like HMA's curation API: GET /c/bank/<NAME> for the banks it has."""

    banks: ClassVar[set[str]] = {"NCII_CASES"}
    token = "hma-token"
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).seen.append(self.path)
        if self.headers.get("Authorization") != f"Bearer {self.token}":
            self._send(401, {"message": "sign in"})
        elif self.path.startswith("/c/bank/") and self.path[8:] in self.banks:
            self._send(200, {"name": self.path[8:], "matching_enabled_ratio": 1.0})
        else:
            self._send(404, {"message": "bank not found"})

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hma_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeHma)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _FakeHma.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run_test(qtbot, page: SettingsPage, name: str) -> str:
    page.banks.list.setCurrentIndex(page.banks.model.index(page.banks.model.row_of(name) or 0))
    page.banks.test.click()
    assert (
        page.banks.testing and not page.banks.test.isEnabled()
    )  # the request runs off the GUI thread
    qtbot.waitUntil(lambda: not page.banks.testing, timeout=30_000)
    assert page.banks.test.isEnabled()
    return page.status.text()


def test_connection_to_the_reference_case_api(qtbot, window: MainWindow, home: Path) -> None:
    with ReferenceServer(bearer_token="right-token") as server:
        save_settings(
            Settings(
                [
                    Profile("good", "caseapi", server.url, bearer_token="right-token"),
                    Profile("wrong token", "caseapi", server.url, bearer_token="wrong-token"),
                ]
            )
        )
        page = open_settings(window)
        assert "works" in run_test(qtbot, page, "good")
        assert "bearer token" in run_test(qtbot, page, "wrong token")
        assert server.hash_rows() == []  # nothing of a case was sent


def test_connection_to_hma(qtbot, window: MainWindow, home: Path, hma_server: str) -> None:
    save_settings(
        Settings(
            [
                Profile("hma", "hma", hma_server, bank="NCII_CASES", bearer_token="hma-token"),
                Profile("no bank", "hma", hma_server, bank="OTHER", bearer_token="hma-token"),
            ]
        )
    )
    page = open_settings(window)
    assert "works" in run_test(qtbot, page, "hma")
    assert "OTHER" in run_test(qtbot, page, "no bank")
    assert _FakeHma.seen == ["/c/bank/NCII_CASES", "/c/bank/OTHER"]


def test_connection_to_nobody_fails_plainly(qtbot, window: MainWindow, home: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    save_settings(Settings([Profile("gone", "caseapi", f"http://127.0.0.1:{port}")]))
    page = open_settings(window)
    text = run_test(qtbot, page, "gone")
    assert "failed" in text and "could not be reached" in text


# -- preferences -----------------------------------------------------------------------------


def test_caseworker_mode_and_dihedral_are_saved_and_used(
    qtbot, window: MainWindow, home: Path
) -> None:
    page = open_settings(window)
    assert not window.next_client.isVisible()
    page.options.caseworker.click()
    assert window.ctx.prefs.caseworker
    assert window.next_client.isVisible()
    # Edited copies (on by default) include turned and mirrored ones; alone, they are a choice.
    assert window.ctx.prefs.hash_options().robust
    assert not page.options.dihedral.isEnabled() and page.options.dihedral.isChecked()
    page.options.edited.click()
    assert (
        not window.ctx.prefs.hash_options().robust and not load_settings().preferences.edited_copies
    )
    page.options.dihedral.click()
    assert window.ctx.prefs.hash_options().dihedral
    saved = load_settings().preferences
    assert saved.caseworker_mode and saved.dihedral

    # The next start reads them back.
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.ctx.prefs.caseworker and again.ctx.prefs.dihedral
    again.show()
    assert again.next_client.isVisible()

    page.options.caseworker.click()
    assert not window.next_client.isVisible()
    assert not load_settings().preferences.caseworker_mode


def test_language_switches_at_run_time(
    qtbot, marked_languages: Path, home: Path, photos: list[Path]
) -> None:
    from tests.gui.helpers import make_window

    window = make_window(qtbot)
    choose_and_hash(qtbot, window, photos[:1])
    page = open_settings(window)
    heading = "Protect your pictures from being shared"
    codes = [page.language.combo.itemData(i) for i in range(page.language.combo.count())]
    assert codes == ["", "en", "km", "ar"]
    assert [page.language.combo.itemText(i) for i in (1, 2, 3)] == [
        "English",
        "ភាសាខ្មែរ",
        "العربية",
    ]

    page.language.combo.setCurrentIndex(codes.index("km"))
    welcome, settings = window.pages["welcome"], page
    qtbot.waitUntil(
        lambda: window.pages["welcome"].heading.text() == f"[km] {heading}", timeout=5000
    )
    assert window.pages["welcome"] is welcome  # its words set again in place
    assert load_settings().preferences.language == "km"
    # The settings page kept its state too and is still the one shown; nothing was lost.
    page = shown_settings(window)
    assert page is settings
    assert page.heading.text() == "[km] Settings"
    assert page.language.combo.currentData() == "km"
    assert window.settings_button.text() == "[km] Se&ttings"
    assert window.windowTitle().startswith("[km] ")
    assert len(window.ctx.session.ok_results()) == 1

    page.language.combo.setCurrentIndex(codes.index("ar"))
    qtbot.waitUntil(
        lambda: window.pages["welcome"].heading.text() == f"[ar] {heading}", timeout=5000
    )
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()

    page = shown_settings(window)
    page.language.combo.setCurrentIndex(codes.index("en"))
    qtbot.waitUntil(lambda: window.pages["welcome"].heading.text() == heading, timeout=5000)
    assert not window.isRightToLeft()
    assert load_settings().preferences.language == "en"
    page = shown_settings(window)
    page.back.click()
    wait_for_page(qtbot, window, "review")  # back to where the person was, results kept
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    assert review.model.rowCount() == 1
    for p in window.pages.values():
        p.shutdown()


def test_saved_language_is_used_at_start(qtbot, marked_languages: Path, home: Path) -> None:
    settings = Settings()
    settings.preferences.language = "ar"
    save_settings(settings)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.pages["settings"].heading.text() == "[ar] Settings"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.slow
def test_language_switch_during_hashing_does_not_interrupt_it(
    qtbot, marked_languages: Path, home: Path, tmp_path: Path
) -> None:
    from stopncii_desktop.gui.pages.choose import ChoosePage
    from stopncii_desktop.gui.pages.hashing import HashingPage
    from tests.gui.helpers import add_and_wait, make_window
    from tests.media import write_photo

    folder = tmp_path / "many"
    folder.mkdir()
    paths = [write_photo(folder / f"p{n}.jpg", 1600, 1200, seed=n) for n in range(8)]
    window = make_window(qtbot)
    window.pages["welcome"].start.click()  # type: ignore[attr-defined]
    choose = window.page(ChoosePage)
    add_and_wait(qtbot, choose, paths)
    choose.next.click()
    hashing = window.pages["hashing"]
    assert isinstance(hashing, HashingPage) and hashing.running
    page = open_settings(window)
    page.language.combo.setCurrentIndex(page.language.combo.findData("km"))
    qtbot.waitUntil(
        lambda: window.pages["welcome"].heading.text().startswith("[km] "), timeout=5000
    )
    # The busy page is kept as it is; it finishes its work, and nothing is lost.
    assert window.pages["hashing"] is hashing
    shown_settings(window).back.click()
    assert window.current_page is hashing  # back where the person was
    wait_for_page(qtbot, window, "review", timeout=120_000)
    assert len(window.ctx.session.ok_results()) == len(paths)
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    assert review.heading.text().startswith("[km] ")
    for p in window.pages.values():
        p.shutdown()


def test_the_fingerprints_an_hma_bank_takes(qtbot, window: MainWindow, home: Path) -> None:
    page = open_settings(window)
    page.banks.add.click()
    dialog = page.banks.dialog
    assert dialog is not None
    boxes = dialog.signal_boxes
    assert dialog.signals.isVisible()
    # A new profile starts with what a default HMA deployment switches on.
    assert [s for s, b in boxes.items() if b.isChecked()] == ["pdq", "video_md5"]
    for box in boxes.values():
        box.setChecked(False)
    fill_and_accept(qtbot, page, name="HMA", kind="hma", url="https://hma.example", bank="NCII")
    assert "Tick at least one" in dialog.error.text() and not settings_path().exists()
    boxes["pdq"].setChecked(True)
    boxes["vpdq"].setChecked(True)
    dialog.ok.click()
    assert load_settings().profiles[0].signals == ("pdq", "vpdq")
    # Editing shows what was saved; a case API has no such choice.
    page.banks.edit.click()
    dialog = page.banks.dialog
    assert dialog is not None
    assert [s for s, b in dialog.signal_boxes.items() if b.isChecked()] == ["pdq", "vpdq"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("caseapi"))
    assert not dialog.signals.isVisible()
    dialog.cancel.click()


def send_to_the_bank(qtbot, window: MainWindow, photos: list[Path]) -> None:
    choose_and_hash(qtbot, window, photos)
    window.page(ReviewPage).next.click()
    send = window.page(SendPage)
    send.sending.send_button.click()
    send.sending.confirm.yes.click()
    wait_for_page(qtbot, window, "receipt", timeout=30_000)


def test_keeping_receipts_can_be_turned_off_and_the_kept_ones_deleted(
    qtbot, window: MainWindow, photos: list[Path], bank: ReferenceServer
) -> None:
    page = open_settings(window)
    assert page.options.keep_receipts.isChecked() and page.options.keep_receipts.isEnabled()
    assert not page.options.receipts_note.isVisible()
    page.back.click()
    send_to_the_bank(qtbot, window, photos[:1])
    assert [r.token for _p, r in list_receipts()] == [window.ctx.session.token]

    page = open_settings(window)
    page.options.keep_receipts.click()
    assert not load_settings().preferences.save_receipts
    question = page.options.delete_receipts
    assert question is not None and question.isVisible()
    assert "1 receipt" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.Yes).click()
    assert list_receipts() == []
    assert "Deleted 1 receipt" in page.status.text()

    window.ctx.wipe()
    send_to_the_bank(qtbot, window, photos[1:2])
    assert window.ctx.session.token and list_receipts() == []

    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.ctx.prefs.save_receipts
    again.settings_button.click()
    assert not again.page(SettingsPage).options.keep_receipts.isChecked()
    for p in again.pages.values():
        p.shutdown()


def test_caseworker_mode_shows_receipts_are_never_kept(qtbot, window: MainWindow) -> None:
    page = open_settings(window)
    page.options.caseworker.click()
    assert not page.options.keep_receipts.isChecked() and not page.options.keep_receipts.isEnabled()
    assert page.options.receipts_note.isVisible()
    assert load_settings().preferences.save_receipts  # the person's own choice is kept
    page.options.caseworker.click()
    assert page.options.keep_receipts.isChecked() and page.options.keep_receipts.isEnabled()
