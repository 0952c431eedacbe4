"""The bank profile dialog's "Fingerprints per picture": All by default, a number kept."""

from __future__ import annotations

from stopncii_desktop.bank.endpoints import MAX_PDQ_CAP, Profile
from stopncii_desktop.gui.settings_profiles import ProfileDialog
from stopncii_desktop.settings import Settings, load_settings, save_settings


def _filled(dialog: ProfileDialog) -> ProfileDialog:
    dialog.name.setText("NGO bank")
    dialog.kind.setCurrentIndex(dialog.kind.findData("hma"))
    dialog.url.setText("https://hma.example.org")
    dialog.bank.setText("NCII_CASES")
    return dialog


def test_all_fingerprints_unless_the_bank_takes_fewer(qtbot) -> None:
    dialog = _filled(ProfileDialog(None, set()))
    qtbot.addWidget(dialog)
    box = dialog.per_picture
    # "All" (in the language shown) until a number is chosen.
    assert box.value() == 0 and box.text() == dialog.tr("All") and box.maximum() == MAX_PDQ_CAP
    assert box.accessibleName() == dialog.tr("Fingerprints per picture")
    assert box.lineEdit().accessibleName() == box.accessibleName()
    assert dialog.profile().max_pdq_per_picture is None
    box.setValue(10)
    dialog.try_accept()
    profile = dialog.result_profile
    assert profile is not None and profile.max_pdq_per_picture == 10
    # Kept in the settings, and shown again when the profile is edited.
    save_settings(Settings([profile], profile.name))
    saved = load_settings().profiles[0]
    assert saved.max_pdq_per_picture == 10 and saved.endpoint.max_pdq_per_picture == 10
    again = ProfileDialog(saved, {saved.name})
    qtbot.addWidget(again)
    assert again.per_picture.value() == 10
    assert again.per_picture.text() == again.per_picture.locale().toString(10)
    again.per_picture.setValue(0)
    assert again.profile().max_pdq_per_picture is None
    # The same for a case API, which may limit them too.
    again.kind.setCurrentIndex(again.kind.findData("caseapi"))
    again.per_picture.setValue(3)
    assert again.profile() == Profile(
        "NGO bank", "caseapi", "https://hma.example.org", max_pdq_per_picture=3
    )
