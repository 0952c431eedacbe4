"""The coverage benchmark's pictures: Debian packages fetched with apt, kept in a cache folder.

``apt-get download`` fetches each package and ``dpkg-deb -x`` unpacks it into
the user's cache folder (``~/.cache/stopncii-desktop-benchmarks/coverage/``, or
``$STOPNCII_BENCH_CACHE``), keeping only the picture files: nothing is
installed on the system, and no root is needed.
The pictures are:

* **protected photos** (the ones a person registers), real photographs, most
  with people in them: KPhotoAlbum's demo album (a family's holiday and bar
  photos), scikit-image's sample photos (an astronaut, a cameraman, a cat,
  coffee, a motorcycle, a rocket), Matplotlib's portrait of Grace Hopper, and
  OpenCV's sample photos (a footballer, basketball players, fruit, buildings,
  animals ...). They are split in two by name, so tuning and reporting never
  see the same photo (photos taken moments apart, such as ``bar55`` and
  ``bar55_2``, stay on the same side);
* **distractors** (pictures that must never match): every wallpaper of GNOME,
  MATE, Plasma, UKUI, Lomiri, Sway and Debian's desktop-base (photos and
  artwork), the other sample images of scikit-image and OpenCV, each also
  edited as people edit pictures; and, as they are, Tux Paint's stamps (photos
  and drawings of objects and animals, put on white) and colouring pages, and
  the textures, skies and scenery of Neverball and Extreme Tux Racer.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path


def _cache() -> Path:
    """Outside the work tree, so copies of the tree (builds, tests) stay small."""
    if chosen := os.environ.get("STOPNCII_BENCH_CACHE"):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stopncii-desktop-benchmarks" / "coverage"


CACHE = _cache()
PACKAGES_DIR = CACHE / "packages"

WALLPAPER_PACKAGES = (
    "gnome-backgrounds",
    "mate-backgrounds",
    "plasma-workspace-wallpapers",
    "ukui-wallpapers",
    "lomiri-wallpapers-20.04",
    "desktop-base",
    "sway-backgrounds",
)
#: Game and drawing-program art: textures, skies, scenery, colouring pages.
ARTWORK_PACKAGES = ("tuxpaint-data", "neverball-data", "extremetuxracer-data")
PACKAGES = (
    "kphotoalbum",
    "python3-skimage",
    "python-matplotlib-data",
    "opencv-doc",
    "tuxpaint-stamps-default",
    *WALLPAPER_PACKAGES,
    *ARTWORK_PACKAGES,
)

_KPA = "kphotoalbum/usr/share/kphotoalbum/demo"
_SKIMAGE = "python3-skimage/usr/lib/python3/dist-packages/skimage/data"
_MPL = "python-matplotlib-data/usr/share/matplotlib/mpl-data/sample_data"
_OPENCV = "opencv-doc/usr/share/doc/opencv-doc/examples/data"
_STAMPS = "tuxpaint-stamps-default/usr/share/tuxpaint/stamps"
#: Large camera photos (1280 to 2560 pixels wide), for the reduced copy's error.
MATE_NATURE = "mate-backgrounds/usr/share/backgrounds/mate/nature"

PROTECTED_SAMPLES = (
    *(f"{_SKIMAGE}/{n}" for n in ("astronaut.png", "camera.png", "chelsea.png", "coffee.png")),
    *(f"{_SKIMAGE}/{n}" for n in ("motorcycle_left.png", "rocket.jpg")),
    f"{_MPL}/grace_hopper.jpg",
    *(
        f"{_OPENCV}/{n}"
        for n in (
            "messi5.jpg",
            "basketball1.png",
            "fruits.jpg",
            "building.jpg",
            "butterfly.jpg",
            "baboon.jpg",
            "aero1.jpg",
            "squirrel_cls.jpg",
            "orange.jpg",
            "apple.jpg",
            "home.jpg",
            "ela_original.jpg",
            "leuvenA.jpg",
            "aloeL.jpg",
            "board.jpg",
            "stuff.jpg",
        )
    ),
)
DISTRACTOR_SAMPLES = (
    *(
        f"{_SKIMAGE}/{n}"
        for n in (
            "brick.png",
            "grass.png",
            "gravel.png",
            "coins.png",
            "moon.png",
            "page.png",
            "text.png",
            "horse.png",
            "hubble_deep_field.jpg",
            "ihc.png",
            "retina.jpg",
            "color.png",
            "logo.png",
            "cell.png",
            "clock_motion.png",
            "bw_text.png",
        )
    ),
    *(
        f"{_OPENCV}/{n}"
        for n in (
            "starry_night.jpg",
            "smarties.png",
            "graf1.png",
            "chicky_512.png",
            "cards.png",
            "Blender_Suzanne1.jpg",
            "HappyFish.jpg",
            "rubberwhale1.png",
            *(f"pic{k}.png" for k in range(1, 7)),
        )
    ),
)
_PICTURE = re.compile(r"\.(jpe?g|png|webp)$", re.IGNORECASE)
_MIN_PICTURE_BYTES = 20_000  # leaves out icons, logos and thumbnails


class FetchError(RuntimeError):
    """The pictures cannot be fetched here."""


def missing_packages() -> list[str]:
    return [p for p in PACKAGES if not (PACKAGES_DIR / p / ".done").exists()]


def fetch(packages: list[str]) -> None:
    """Download each package with apt and unpack it into the cache (idempotent)."""
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise FetchError(
            "the coverage benchmark takes its pictures from Debian packages: "
            "it needs apt-get and dpkg-deb (Debian or Ubuntu)"
        )
    debs = CACHE / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    print(f"fetching {len(packages)} Debian package(s) into {debs} ...", flush=True)
    if subprocess.run(["apt-get", "download", *packages], cwd=debs, check=False).returncode:
        raise FetchError("apt-get could not download the packages (try 'apt-get update' first)")
    for package in packages:
        archive = sorted(debs.glob(f"{package}_*.deb"))[-1]
        target = PACKAGES_DIR / package
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        subprocess.run(["dpkg-deb", "-x", str(archive), str(target)], check=True)
        # Only the pictures are kept (no package code lands beside the project's).
        for path in sorted(target.rglob("*"), reverse=True):
            if path.is_symlink() or (path.is_file() and not _PICTURE.search(path.name)):
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        target.mkdir(exist_ok=True)
        (target / ".done").touch()
        archive.unlink()


def _group(path: Path) -> str:
    """Photos of one moment share a group: ``bar55.jpg`` and ``bar55_2.jpg``."""
    return re.sub(r"_\d+$", "", path.stem)


def protected_photos() -> dict[str, list[Path]]:
    """The photos a person registers, split into ``tune`` and ``report`` (never both)."""
    photos = sorted(p for p in (PACKAGES_DIR / _KPA).glob("*.jpg"))
    photos += [PACKAGES_DIR / p for p in PROTECTED_SAMPLES]
    groups = sorted({_group(p) for p in photos})
    tune_groups = set(groups[0::2])
    return {
        "tune": [p for p in photos if _group(p) in tune_groups],
        "report": [p for p in photos if _group(p) not in tune_groups],
    }


def _pictures(packages: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for package in packages:
        for path in sorted((PACKAGES_DIR / package / "usr/share").rglob("*")):
            if (
                _PICTURE.search(path.name)
                and path.is_file()
                and path.name != "screenshot.png"
                and path.stat().st_size >= _MIN_PICTURE_BYTES
            ):
                found.append(path)
    return found


def wallpapers() -> list[Path]:
    """Distractors that are also edited (cropped, padded, captioned ...)."""
    return _pictures(WALLPAPER_PACKAGES) + [PACKAGES_DIR / p for p in DISTRACTOR_SAMPLES]


def artwork() -> list[Path]:
    """Distractors used as they are: stamps, textures, skies, colouring pages."""
    return sorted((PACKAGES_DIR / _STAMPS).rglob("*.png")) + _pictures(ARTWORK_PACKAGES)
