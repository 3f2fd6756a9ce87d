"""Who and where: a report's region path (省 › 市 › 县 › 乡镇) and a stable issuer id, from its metadata.

Both are derived only from names the report prints (``region``, ``issuer``, ``issuer_full``) and the
province-level names of the package data ``provinces.csv``; nothing is looked up or guessed, so a part
the names do not give is simply absent, and a report that names no region gets empty fields.

* ``region_path`` splits the region into its units by their suffixes (``河北省云州市明水县`` ->
  ``河北省 › 云州市 › 明水县``). A title that names only ``明水县`` gives ``明水县``.
* ``issuer_id`` lines up the same issuer over years whatever the title's wording: every government or
  party organ of a jurisdiction (``明水县人民政府``, ``中共明水县委 明水县人民政府``) gets the region's
  units as printed (``明水县``, or ``云州市明水县`` when the title names the city); a department gets them
  plus its own name (``明水县司法局``). Same-named places in different provinces or cities therefore get
  different ids wherever the report names the province or city.
* In a corpus (:func:`resolve_issuer_ids`), an id whose region is a shorter form of exactly one other
  id's region (``明水县`` and ``云州市明水县``, same department or none) takes that longer id, so a county
  that printed its city in one year only still lines up. When the short form fits two different places
  (``河北省云州市明水县``, ``山西省云州市明水县``), it is left alone: two places are never merged.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

__all__ = ["region_units", "region_path", "issuer_id", "identity", "resolve_issuer_ids", "PATH_SEP"]

#: Separator between the units of ``region_path``.
PATH_SEP = " › "

# a unit: one or more characters, then the longest administrative suffix; 州 before 市 belongs to the name
# (anchored use only — match: linear; its .search is quadratic on long text, issue 14)
_UNIT = re.compile(r"[\u4e00-\u9fff]+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|省|市|盟|县|旗|区|镇|乡|"
                   r"州(?![市县区]))")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|办事处|管委会|管理委员会|委员会|党委|党工委|工委|委)$")
_PARTY_PREFIX = re.compile(r"^中共")
_LOCAL_PREFIX = re.compile(r"^(?:省|市|县|区|旗|镇|乡)(?=[\u4e00-\u9fff]{2})")
_GOV_LEVELS = frozenset({"province", "city", "county", "district", "town", "sub_district"})


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    with resources.files("fazhi_analysis").joinpath("data", "provinces.csv").open(encoding="utf-8") as fh:
        return frozenset(r["name"] for r in csv.DictReader(fh))


def region_units(region: str | None) -> list[str]:
    """The units a region name is made of, outermost first (``云州市明水县`` -> ``['云州市', '明水县']``).

    Empty when the name does not consist of administrative units end to end (nothing is guessed).
    """
    if not region or not isinstance(region, str):
        return []
    s = re.sub(r"\s+", "", region)
    units, pos = [], 0
    while pos < len(s):
        # a province-level name first: 内蒙古自治区, 北京市 (its own full name, whatever its inner suffixes)
        prov = next((p for p in _provinces() if s.startswith(p, pos)), None) if pos == 0 else None
        if prov:
            units.append(prov)
            pos += len(prov)
            continue
        m = _UNIT.match(s, pos)
        if not m or len(m.group(0)) < 2:
            return []
        units.append(m.group(0))
        pos = m.end()
    return units


def region_path(region: str | None) -> str | None:
    """``省 › 市 › 县/区 › 乡镇`` as far as the region's name gives the units; None when it gives none."""
    units = region_units(region)
    return PATH_SEP.join(units) if units else None


def _strip_region(name: str, units: list[str]) -> str:
    """``name`` without a leading 中共 and the region units it starts with."""
    s = _PARTY_PREFIX.sub("", re.sub(r"\s+", "", name))
    for u in units:
        if s.startswith(u):
            s = s[len(u):]
    return s


def issuer_id(issuer: str | None, issuer_full: str | None, region: str | None, level: str | None) -> str | None:
    """A stable id of the issuing organ: the jurisdiction's units as printed, plus the department's name.

    Args:
        issuer: the metadata ``issuer`` (the government organ of a joint title).
        issuer_full: every organ as written (``中共XX县委 XX县人民政府``).
        region: the metadata ``region``.
        level: the metadata ``level`` (``department`` for a 局/委/办).

    Returns:
        e.g. ``明水县`` for any government or party organ of 明水县, ``明水县司法局`` for its justice bureau,
        ``云州市明水县`` when the region names the city; None when the region is unknown or not made of
        administrative units.
    """
    units = region_units(region)
    if not units:
        return None
    inner = "".join(units)
    if level == "department":
        name = issuer or issuer_full
        if not name or not isinstance(name, str):
            return None
        rest = _strip_region(name, units)
        if rest == _PARTY_PREFIX.sub("", re.sub(r"\s+", "", name)):  # 市司法局: the region is not printed
            rest = _LOCAL_PREFIX.sub("", rest)
        return f"{inner}{rest}" if rest else None
    if level in _GOV_LEVELS or level is None:
        names = [n for n in re.split(r"[\s、,，]+", (issuer_full or issuer or "")) if n]
        if not names:
            return inner if level in _GOV_LEVELS else None
        rests = [_strip_region(n, units) for n in names]
        if all(r == "" or _GOVERNMENT.search(r) and len(r) <= 6 for r in rests):
            return inner
    return None


def identity(meta: dict) -> dict:
    """``region_path`` and ``issuer_id`` of one report's metadata (a dict with issuer, issuer_full,
    region and level)."""
    return {
        "region_path": region_path(meta.get("region")),
        "issuer_id": issuer_id(meta.get("issuer"), meta.get("issuer_full"), meta.get("region"), meta.get("level")),
    }


def resolve_issuer_ids(metadata) -> list[str | None]:
    """The issuer_ids of a corpus's reports, a short region form taking the one longer form that extends it.

    An id is (region units, rest): ``明水县`` is ((明水县,), ""), ``云州市明水县司法局`` is ((云州市, 明水县),
    "司法局"). An id whose units are a proper suffix of other ids' units, with the same rest, becomes the
    longest of them when they are all forms of one place (each a suffix of that longest); when they name
    two different places it stays as it is. Ids that do not start with their region's units are kept.

    Args:
        metadata: a DataFrame with ``region`` and ``issuer_id`` (one row per report).

    Returns:
        One id per row, in row order.
    """
    ids = [None if not isinstance(i, str) else i for i in metadata["issuer_id"].astype(object)]
    regions = metadata["region"].astype(object)
    parsed: dict[str, tuple[tuple[str, ...], str]] = {}
    for i, region in zip(ids, regions):
        if i is None or i in parsed:
            continue
        units = tuple(region_units(region if isinstance(region, str) else None))
        head = "".join(units)
        if units and i.startswith(head):
            parsed[i] = (units, i[len(head):])
    groups: dict[tuple[str, str], list[tuple[str, ...]]] = {}  # (innermost unit, rest) -> unit paths
    for units, rest in parsed.values():
        groups.setdefault((units[-1], rest), []).append(units)
    target: dict[str, str] = {}
    for i, (units, rest) in parsed.items():
        n = len(units)
        longer = [u for u in groups[(units[-1], rest)] if len(u) > n and u[-n:] == units]
        if not longer:
            continue
        top = max(longer, key=len)
        if all(top[-len(u):] == u for u in longer):  # one place, printed more or less fully
            target[i] = "".join(top) + rest
    return [target.get(i, i) if i is not None else None for i in ids]
