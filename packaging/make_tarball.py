"""Pack a bundle folder into a .tar.gz that is the same bytes on every build.

Entries are sorted, owned by root (uid and gid 0, no names), dated
SOURCE_DATE_EPOCH, with modes reduced to 0755 (folders and executables) or
0644; symbolic links stay links; the gzip header carries no name and no date.

    python packaging/make_tarball.py BUNDLE_DIR TOP_FOLDER_NAME OUTPUT.tar.gz
"""

from __future__ import annotations

import argparse
import gzip
import os
import stat
import tarfile
from pathlib import Path


def _entries(root: Path) -> list[Path]:
    found = [root]
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in [*dirs, *sorted(files)]:
            found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _normalised(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = epoch
    if info.isdir() or (info.isfile() and info.mode & stat.S_IXUSR):
        info.mode = 0o755
    elif info.issym():
        info.mode = 0o777
    else:
        info.mode = 0o644
    return info


def make_tarball(bundle: Path, top: str, output: Path, epoch: int) -> Path:
    temporary = output.with_name(output.name + ".part")
    with (
        temporary.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in _entries(bundle):
            name = (Path(top) / path.relative_to(bundle)).as_posix()
            info = _normalised(tar.gettarinfo(str(path), arcname=name), epoch)
            if info.isfile():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    os.replace(temporary, output)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("top")
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    make_tarball(args.bundle, args.top, args.output, int(os.environ["SOURCE_DATE_EPOCH"]))
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
