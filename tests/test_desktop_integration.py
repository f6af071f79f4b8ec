"""The Linux desktop integration files: valid, consistent, and installable per user."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons" / "hicolor"
APP_ID = "org.trustjournal.TrustJournal"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed for this test (CI installs it with apt)"
    return path


def test_the_desktop_file_validates_and_opens_both_file_types() -> None:
    desktop = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "trustjournal" and "%f" in section["Exec"]
    assert section["Icon"] == APP_ID
    assert set(filter(None, section["MimeType"].split(";"))) == {
        "application/x-trustjournal-share",
        "application/x-trustjournal-card",
    }


def test_the_appstream_metainfo_validates() -> None:
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_the_mime_types_match_what_the_app_writes() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    types = {t.get("type"): t for t in root.iter(f"{MIME}mime-type")}
    share = types["application/x-trustjournal-share"]
    card = types["application/x-trustjournal-card"]
    assert share.find(f"{MIME}glob").get("pattern") == "*.tjshare"  # type: ignore[union-attr]
    assert card.find(f"{MIME}glob").get("pattern") == "*.tjcard"  # type: ignore[union-attr]
    share_magic = share.find(f"{MIME}magic/{MIME}match").get("value")  # type: ignore[union-attr]
    card_magic = card.find(f"{MIME}magic/{MIME}match").get("value")  # type: ignore[union-attr]
    from trustjournal.sharing import bundle
    from trustjournal.sharing import card as cards

    assert share_magic.replace("\\0", "\0").encode() == bundle.MAGIC  # type: ignore[union-attr]
    assert cards.BEGIN.strip() == card_magic


def test_every_icon_size_is_a_square_png_of_its_size() -> None:
    sizes = sorted(p.parent.parent.name for p in ICONS.glob(f"*/apps/{APP_ID}.png"))
    assert {"16x16", "32x32", "48x48", "64x64", "128x128", "256x256"} <= set(sizes)
    for name in sizes:
        image = QImage(str(ICONS / name / "apps" / f"{APP_ID}.png"))
        side = int(name.split("x")[0])
        assert (image.width(), image.height()) == (side, side), name
    assert (ICONS / "scalable" / "apps" / f"{APP_ID}.svg").read_text().startswith("<svg")


def test_the_install_script_installs_and_removes_for_one_user(tmp_path: Path) -> None:
    script = LINUX / "install.sh"
    prefix = tmp_path / "local"
    done = subprocess.run(
        ["sh", str(script), "--prefix", str(prefix)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    share = prefix / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    undone = subprocess.run(
        ["sh", str(script), "--prefix", str(prefix), "--uninstall"], capture_output=True, text=True
    )
    assert undone.returncode == 0, undone.stderr
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))


def test_the_install_script_refuses_a_folder_without_the_app(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--prefix", str(tmp_path), "--bundle", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "does not hold a built trustjournal app" in result.stderr
    assert not (tmp_path / "share").exists()


@pytest.mark.parametrize("flag", ["--bogus"])
def test_the_install_script_explains_unknown_options(flag: str) -> None:
    result = subprocess.run(["sh", str(LINUX / "install.sh"), flag], capture_output=True, text=True)
    assert result.returncode == 2 and "unknown option" in result.stderr
