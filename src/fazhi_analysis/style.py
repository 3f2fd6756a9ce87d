"""Chart style: the CJK font (Noto Sans CJK SC from mplfonts), palette, sizes and reproducible save settings."""

from __future__ import annotations

import contextlib
import importlib.resources
import os
from pathlib import Path
from typing import Iterator

import matplotlib
from matplotlib import font_manager

# semantic palette: one neutral colour for volumes, one accent for the figure a chart's title is about,
# red only for problems (corrections, lost cases, problems found, failed checks)
VOLUME = "#8fa3b8"
ACCENT = "#1f4e79"
PROBLEM = "#c0392b"
GOOD = "#2e7d5b"
WARN = "#c98a1b"
NEUTRAL = "#9aa5b1"
TRACK = "#e8edf2"
CARD = "#f6f8fa"
TEXT = "#1f2933"
MUTED = "#616e7c"
PRIMARY = ACCENT  # older name
PALETTE = (ACCENT, VOLUME, PROBLEM, GOOD, WARN, NEUTRAL)
STATUS_COLORS = {"pass": GOOD, "warn": WARN, "fail": PROBLEM, "skip": NEUTRAL}

FIGSIZE = (8.0, 4.6)
DPI = 300
TITLE_SIZE = 14.0
LABEL_SIZE = 10.0
TICK_SIZE = 9.0
VALUE_SIZE = 9.0
NOTE_SIZE = 7.5
CARD_SIZE = 20.0

SVG_HASHSALT = "fazhi_analysis"
PNG_METADATA = {"Software": None, "Creation Time": None}
SVG_METADATA = {"Date": None, "Creator": None}

_FONT_FILE = "NotoSansCJKsc-Regular.otf"
_family: str | None = None


def default_font_path() -> Path:
    """Path of the Noto Sans CJK SC font shipped in the ``mplfonts`` package."""
    return Path(str(importlib.resources.files("mplfonts") / "fonts" / _FONT_FILE))


def _registered(path: Path) -> bool:
    target = os.path.realpath(path)
    return any(os.path.realpath(f.fname) == target for f in font_manager.fontManager.ttflist)


def set_font(path_or_family: str | os.PathLike | None = None) -> str:
    """Choose the font every chart uses: a font file (registered with matplotlib) or an installed family.

    Args:
        path_or_family: a .otf/.ttf/.ttc file, a family name matplotlib knows, or None for the
            Noto Sans CJK SC font shipped in mplfonts.

    Returns:
        The family name now in use.

    Raises:
        FileNotFoundError: a font file that does not exist.
        ValueError: a family name matplotlib does not know.
    """
    global _family
    if path_or_family is None:
        path_or_family = default_font_path()
    p = Path(os.fspath(path_or_family))
    if p.suffix.lower() in (".otf", ".ttf", ".ttc") or p.is_file():
        if not p.is_file():
            raise FileNotFoundError(f"font file not found: {p}")
        if not _registered(p):
            font_manager.fontManager.addfont(str(p))
        family = font_manager.FontProperties(fname=str(p)).get_name()
    else:
        family = str(path_or_family)
        if family not in {f.name for f in font_manager.fontManager.ttflist}:
            raise ValueError(f"matplotlib knows no font family {family!r}; pass the path of a font file")
    _family = family
    return family


def font_family() -> str:
    """The family name charts use (registers the default font at first use)."""
    return _family if _family is not None else set_font(None)


def rc() -> dict:
    """rcParams of the briefing style."""
    fam = font_family()
    return {
        "font.family": [fam],
        "font.sans-serif": [fam, "DejaVu Sans"],
        "axes.unicode_minus": False,
        "text.parse_math": False,  # report text ($, \\) is shown as written, never parsed as mathtext
        "text.usetex": False,
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "figure.dpi": 100,
        "savefig.dpi": DPI,
        "font.size": LABEL_SIZE,
        "axes.titlesize": LABEL_SIZE + 1,
        "axes.labelsize": LABEL_SIZE,
        "axes.labelcolor": TEXT,
        "axes.edgecolor": MUTED,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.labelsize": TICK_SIZE,
        "ytick.labelsize": TICK_SIZE,
        "xtick.color": MUTED,
        "ytick.color": TEXT,
        "text.color": TEXT,
        "legend.frameon": False,
        "legend.fontsize": TICK_SIZE,
    }


@contextlib.contextmanager
def context() -> Iterator[None]:
    """Apply the briefing style for the duration of a ``with`` block."""
    with matplotlib.rc_context(rc()):
        yield


def use() -> None:
    """Apply the briefing style globally (for notebooks, so inline display uses the same font)."""
    matplotlib.rcParams.update(rc())
