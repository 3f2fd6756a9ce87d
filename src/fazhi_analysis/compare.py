"""Compare reports across years and jurisdictions: trends, peers, and the reports' own change claims checked."""

from __future__ import annotations

import math
import os
import re

import pandas as pd

from . import schema
from .places import resolve_issuer_ids

__all__ = ["trend", "peers", "claim_checks", "has_trends", "LEVEL_ZH", "CLAIM_CHECK"]

#: check_id prefix of the cross-report check of a report's own change statements.
CLAIM_CHECK = "trend.claimed_change"
CLAIM_RULE = "报告所称同比变化与上年报告相符"  # the rule's words at the start of each claim check's detail
#: Chinese names of the administrative levels.
LEVEL_ZH = schema.VALUE_LABELS["level"]
_POINTS = ("个百分点", "百分点")
_NOT_CURRENT = ("target", "prior_year", "per_unit", "change")


def _frames(corpus):
    """(metadata, indicators) of a Corpus or of a dict of its tables."""
    if isinstance(corpus, dict):
        return corpus["metadata"], corpus["indicators"]
    t = corpus.tables(extra=False) if hasattr(corpus, "tables") else corpus
    return t["metadata"], t["indicators"]


def _who(meta: pd.DataFrame) -> pd.DataFrame:
    cols = ["doc_id", "issuer_id", "issuer", "region", "level", "report_year"]
    have = [c for c in cols if c in meta.columns]
    out = meta[have].copy()
    for c in cols:
        if c not in out.columns:
            out[c] = pd.NA
    out["doc_id"] = out["doc_id"].astype(object)
    if len(out) and "region" in meta.columns and "issuer_id" in meta.columns:  # across the reports compared
        out["issuer_id"] = pd.array(resolve_issuer_ids(meta), dtype=object)
    out["_order"] = range(len(out))
    return out[cols + ["_order"]]


def own_figures(ind: pd.DataFrame) -> pd.Series:
    """Mask of the keyed figures that are the key's own measure in the catalog (``level`` for counts and
    rates, ``change`` for 审批时限压缩比例 …): a change statement carrying its figure's key is not one."""
    from .indicators import catalog

    cat = catalog()
    pairs = {(str(k), m) for k, ms in zip(cat["key"], cat["measure"]) for m in (str(ms).split("|") or ["level"])}
    keys, measures = ind["key"].astype(object), ind["measure"].astype(object)
    own = [(k, m) in pairs if isinstance(k, str) else False for k, m in zip(keys, measures)]
    return pd.Series(own, index=ind.index, dtype=bool)


def _level_figures(ind: pd.DataFrame, key: str | None) -> pd.DataFrame:
    """Each report's first current-year figure of ``key`` (every key when None) in its own measure."""
    mask = ind["key"].notna() & own_figures(ind) & ind["value"].notna()
    if "role" in ind.columns:
        mask &= ~ind["role"].astype(object).isin(_NOT_CURRENT)
    if key is not None:
        mask &= ind["key"].astype(object) == key
    sub = ind.loc[mask, ["doc_id", "indicator_id", "key", "value", "unit", "qualifier", "raw"]].copy()
    sub["doc_id"] = sub["doc_id"].astype(object)
    sub["key"] = sub["key"].astype(object)
    return sub.drop_duplicates(["doc_id", "key"], keep="first")


def _claims(ind: pd.DataFrame, key: str | None) -> pd.DataFrame:
    """Each report's change statements with a base key (signed value, unit), with the figure each modifies: the
    ``key`` column of the result is the change's ``base_key`` (a change takes no key of its own; tables written
    before that column existed carry the base in ``key``)."""
    if "base_key" in ind.columns:
        ind = ind.assign(key=ind["base_key"])
    mask = ind["key"].notna() & (ind["measure"].astype(object) == "change") & ind["value"].notna()
    mask &= ind["direction"].notna()
    if key is not None:
        mask &= ind["key"].astype(object) == key
    sub = ind.loc[mask, ["doc_id", "indicator_id", "key", "value", "unit", "qualifier", "direction", "raw", "start",
                         "sentence"]].copy()
    sub["doc_id"] = sub["doc_id"].astype(object)
    sub["key"] = sub["key"].astype(object)
    sign = sub["direction"].astype(object).map({"increase": 1.0, "decrease": -1.0})
    sub["signed"] = sub["value"].astype(float) * sign
    return sub


def trend(corpus, key: str | None = None) -> pd.DataFrame:
    """One row per issuer, key and year, with the change from the same issuer's previous report.

    The value is the report's first level figure with the key (as in ``corpus.wide``); the previous
    report is the latest earlier ``report_year`` of the same ``issuer_id`` that gives the key (gaps of
    several years are kept and shown by ``prev_report_year``). Reports without ``issuer_id`` or
    ``report_year`` are left out, as is a second report of the same issuer and year (the first is kept).

    Args:
        corpus: a :class:`~fazhi_analysis.corpus.Corpus` (or a dict of its tables).
        key: a canonical key; None for every key.

    Returns:
        The ``trends`` table of ``schema.CORPUS_TABLES``, sorted by issuer_id, key and report_year. Only
        issuers with two or more years for a key have rows for it.
    """
    meta, ind = _frames(corpus)
    who = _who(meta)
    figs = _level_figures(ind, key).merge(who, on="doc_id", how="inner")
    figs = figs[figs["issuer_id"].notna() & figs["report_year"].notna()]
    figs = figs.sort_values(["issuer_id", "key", "report_year", "_order"], kind="stable")
    figs = figs.drop_duplicates(["issuer_id", "key", "report_year"], keep="first")
    n_years = figs.groupby(["issuer_id", "key"])["report_year"].transform("size")
    figs = figs[n_years >= 2].reset_index(drop=True)
    g = figs.groupby(["issuer_id", "key"], sort=False)
    figs["prev_report_year"] = g["report_year"].shift(1)
    figs["prev_value"] = g["value"].shift(1)
    figs["prev_doc_id"] = g["doc_id"].shift(1)
    prev_unit = g["unit"].shift(1)
    same_unit = (figs["unit"].astype(object) == prev_unit.astype(object)).fillna(False).astype(bool)
    change = (figs["value"] - figs["prev_value"]).where(same_unit)
    figs["change"] = change
    pct = change / figs["prev_value"] * 100
    figs["pct_change"] = pct.where((figs["prev_value"] != 0).fillna(False).astype(bool)
                                   & (figs["unit"].astype(object) != "%"))
    # the report's own first change statement of the key
    cl = _claims(ind, key).drop_duplicates(["doc_id", "key"], keep="first")
    cl = cl.rename(columns={"signed": "claimed_change", "unit": "claimed_unit"})[
        ["doc_id", "key", "claimed_change", "claimed_unit"]]
    figs = figs.merge(cl, on=["doc_id", "key"], how="left")
    out = figs[list(schema.columns("trends"))].astype({"prev_report_year": "float"})
    return schema.enforce(out.replace({math.nan: None}), "trends")


def has_trends(corpus) -> bool:
    """Whether some issuer has two or more reports with a known year."""
    meta, _ = _frames(corpus)
    who = _who(meta)
    who = who[who["issuer_id"].notna() & who["report_year"].notna()]
    return bool(len(who) and who.groupby("issuer_id")["report_year"].nunique().max() >= 2)


def peers(corpus, key: str, *, level: str | None = None, year: int | None = None, focus: str | None = None,
          within: str | None = None, across_levels: bool = False) -> pd.DataFrame:
    """Rank the reports of the same level and year on ``key`` (1 = largest value).

    Reports are only ranked against reports of the same administrative ``level``, the same
    ``report_year`` and the same unit; a report whose level is unknown is left out, unless
    ``across_levels=True`` (then every level is ranked together, still by year and unit).

    Args:
        corpus: a Corpus (or a dict of its tables).
        key: the canonical key.
        level: keep only this level; default: the focus report's level, else every level (each ranked
            within its own group).
        year: keep only this report_year; default: the focus report's year, else every year.
        focus: a doc_id to mark (column ``focus``); it sets the default level and year.
        within: keep only reports whose ``region`` starts with this name (e.g. the city ``云州市``) or
            whose ``region_path`` contains it.
        across_levels: rank different levels together (the user asks for it).

    Returns:
        Columns level, report_year, unit, rank, n_peers, median, doc_id, issuer_id, issuer, region, value,
        qualifier, raw, focus; sorted by group and rank.
    """
    meta, ind = _frames(corpus)
    who = _who(meta)
    if "region_path" in meta.columns:
        who["region_path"] = list(meta["region_path"].astype(object))
    else:
        who["region_path"] = None
    if focus is not None:
        row = who[who["doc_id"] == focus]
        if not len(row):
            raise KeyError(f"no report {focus!r} in the corpus")
        if level is None and not across_levels:
            level = None if pd.isna(row["level"].iloc[0]) else str(row["level"].iloc[0])
        if year is None and pd.notna(row["report_year"].iloc[0]):
            year = int(row["report_year"].iloc[0])
    if level is not None and level not in schema.LEVELS:
        raise ValueError(f"unknown level {level!r}; choose from {', '.join(schema.LEVELS)}")
    figs = _level_figures(ind, key).merge(who, on="doc_id", how="inner")
    figs = figs[figs["report_year"].notna()]
    if not across_levels:
        figs = figs[figs["level"].notna()]
    if level is not None:
        figs = figs[figs["level"].astype(object) == level]
    if year is not None:
        figs = figs[figs["report_year"] == year]
    if within:
        reg = figs["region"].astype(object).fillna("")
        path = figs["region_path"].astype(object).fillna("")
        figs = figs[reg.str.startswith(within) | path.str.split(" › ").map(lambda u: within in u)]
    groups = ["report_year", "unit"] if across_levels else ["level", "report_year", "unit"]
    figs = figs.copy()
    figs["unit"] = figs["unit"].astype(object)
    g = figs.groupby(groups, sort=True, observed=True, dropna=False)["value"]
    figs["rank"] = g.rank(method="min", ascending=False).astype("Int64")
    figs["n_peers"] = g.transform("size").astype("Int64")
    figs["median"] = g.transform("median").astype("Float64")
    figs["focus"] = figs["doc_id"] == focus if focus is not None else False
    if across_levels:
        figs["level"] = figs["level"].astype(object)
    cols = ["level", "report_year", "unit", "rank", "n_peers", "median", "doc_id", "issuer_id", "issuer", "region",
            "value", "qualifier", "raw", "focus"]
    out = figs.sort_values(groups + ["rank", "_order"], kind="stable")[cols].reset_index(drop=True)
    return out


def _decimals(raw: str) -> int:
    m = re.search(r"\d+(?:[.．](\d+))?", raw or "")
    return len(m.group(1)) if m and m.group(1) else 0


def claim_checks(corpus) -> pd.DataFrame:
    """Check each report's change statements against the same issuer's report of the previous year.

    A change statement with a ``base_key`` (``较上年减少12件``, ``同比增长18.5%``, ``上升4.2个百分点``; see
    :func:`fazhi_analysis.indicators.link_changes`) is recomputed from the figure it modifies and the
    first level figure with that key in the report of the same ``issuer_id`` for ``report_year - 1``:
    a % change as (this - last) / last × 100, points and counts as this - last. It passes when the
    claim equals the recomputed change within the claim's printed rounding (half a unit of its last
    digit, widened by the rounding of the two figures), else warns, naming both figures and both sources.
    A figure with a qualifier (余, 以上, 约) passes within a 10% margin.

    Returns:
        Rows of the ``checks`` table (check_id ``trend.claimed_change@<indicator_id>``, kind ``trend``).
    """
    rows = _claim_rows(corpus)
    if not rows:
        return schema.empty("checks")
    return schema.enforce(pd.DataFrame(rows)[list(schema.columns("checks"))], "checks")


def _claim_rows(corpus) -> list[dict]:
    """The claim checks with their parts (see :func:`claim_checks`)."""
    meta, ind = _frames(corpus)
    who = _who(meta).set_index("doc_id")
    source = dict(zip(meta["doc_id"].astype(object), meta["source"].astype(object))) if "source" in meta else {}
    cl = _claims(ind, None)
    rows = []
    if not len(cl):
        return []
    level = ind[ind["key"].notna() & (ind["measure"].astype(object) == "level") & ind["value"].notna()].copy()
    if "role" in level.columns:
        level = level[~level["role"].astype(object).isin(_NOT_CURRENT)]
    level["doc_id"] = level["doc_id"].astype(object)
    level["key"] = level["key"].astype(object)
    firsts = level.drop_duplicates(["doc_id", "key"], keep="first").set_index(["doc_id", "key"])
    by_issuer_year = {}
    for d, r in who.iterrows():
        if pd.notna(r["issuer_id"]) and pd.notna(r["report_year"]):
            by_issuer_year.setdefault((r["issuer_id"], int(r["report_year"])), d)
    for c in cl.itertuples(index=False):
        me = who.loc[c.doc_id] if c.doc_id in who.index else None
        if me is None or pd.isna(me["issuer_id"]) or pd.isna(me["report_year"]):
            continue
        prev_doc = by_issuer_year.get((me["issuer_id"], int(me["report_year"]) - 1))
        if prev_doc is None or (prev_doc, c.key) not in firsts.index:
            continue
        # the figure the change modifies: the last level figure with the key before it in the report
        mine = level[(level["doc_id"] == c.doc_id) & (level["key"] == c.key) & (level["start"] < c.start)]
        if not len(mine):
            continue
        cur = mine.iloc[-1]
        prev = firsts.loc[(prev_doc, c.key)]
        v, pv = float(cur["value"]), float(prev["value"])
        unit = c.unit
        if unit == "%" and cur["unit"] != "%":
            if pv == 0:
                continue
            computed = (v - pv) / pv * 100
            # rounding of the two figures as printed, carried into the ratio
            err_in = (_half(cur["raw"]) / max(abs(pv), 1e-12) * 100
                      + abs(v) * _half(prev["raw"]) / max(pv * pv, 1e-12) * 100)
        elif unit in _POINTS or unit == cur["unit"]:
            computed = v - pv
            err_in = _half(cur["raw"]) + _half(prev["raw"])
        else:
            continue
        tol = 0.5 * 10 ** -_decimals(c.raw) + err_in + 1e-9
        approx = any(str(q) != "exact" for q in (cur["qualifier"], prev["qualifier"], c.qualifier) if pd.notna(q))
        claimed = float(c.signed)
        if approx:
            tol = max(tol, abs(computed) * 0.1)
        ok = abs(claimed - computed) <= tol
        status = "pass" if ok else "warn"
        u = "%" if unit == "%" else unit
        detail = (f"{CLAIM_RULE}：{_key_label(c.key)} 本期 {cur['raw']}（{_src(source, c.doc_id)} [{int(cur['start'])}:{int(cur['end'])}]，"
                  f"{int(me['report_year'])}年）与上期 {prev['raw']}（{_src(source, prev_doc)} "
                  f"[{int(prev['start'])}:{int(prev['end'])}]，{int(me['report_year']) - 1}年）"
                  f"算得变化 {computed:+.4g}{u}；报告称 {c.raw}（{claimed:+g}{u}，[{int(c.start)}:{int(c.start) + len(c.raw)}]）"
                  f"{'，相符' if ok else '，不符'}（容差 ±{tol:.3g}）")
        rows.append({"doc_id": c.doc_id, "check_id": f"{CLAIM_CHECK}@{int(c.indicator_id)}", "kind": "trend",
                     "status": status, "expected": computed, "reported": claimed, "detail": detail,
                     "key": c.key, "current": cur["raw"], "previous": prev["raw"], "claim": c.raw,
                     "computed": f"{computed:+.4g}{u}", "prev_doc_id": prev_doc})
    return rows


def _half(raw) -> float:
    """Half a unit of the last printed digit of a figure, in its value's unit (0 for whole counts).

    ``12.3万件`` -> 500 (件); ``12.5%`` -> 0.05; ``56件`` -> 0.
    """
    raw = str(raw)
    d = _decimals(raw)
    mult = 1e8 if "亿" in raw else 1e4 if "万" in raw else 1.0
    if not d and mult == 1.0:
        return 0.0
    return 0.5 * 10 ** -d * mult


def _key_label(key: str) -> str:
    """The catalog's Chinese label of a key (the key itself when the catalog lacks it)."""
    from .plots import _catalog_labels

    return _catalog_labels().get(key, key)


def _src(source: dict, doc_id: str) -> str:
    s = source.get(doc_id)
    return os.path.basename(str(s)) if s else str(doc_id)



# ---------------------------------------------------------------------------------------------- for readers

def profile(corpus) -> str:
    """One Chinese sentence: how many reports, of which levels and years, with how many figures."""
    meta, ind = _frames(corpus)
    n = len(meta)
    if not n:
        return "没有报告。"
    lev = meta["level"].astype(object).map(lambda v: LEVEL_ZH.get(v, "层级不明") if isinstance(v, str) else "层级不明")
    by_level = "、".join(f"{k}{v}份" for k, v in lev.value_counts(sort=False).items())
    years = sorted(int(y) for y in meta["report_year"].dropna().unique())
    span = ("年度不明" if not years else f"{years[0]}年" if len(years) == 1 else
            f"{years[0]}—{years[-1]}年（{len(years)}个年度）")
    keyed = int(ind["key"].notna().sum())
    issuers = meta["issuer_id"].dropna().astype(object)
    multi = int((issuers.value_counts() >= 2).sum()) if len(issuers) else 0
    return (f"共{n}份报告：{by_level}；{span}；共{len(ind):,}条数据，其中{keyed:,}条对应规范指标"
            + (f"；{multi}个发布机构有两个以上年度的报告，可看趋势" if multi else "") + "。")


def default_peer_key(corpus) -> tuple[str, str, int] | None:
    """(key, level, year) of the largest group of same-level, same-year reports giving a key (most reports
    first, then the key given most often); None when no group has two reports."""
    meta, ind = _frames(corpus)
    figs = _level_figures(ind, None).merge(_who(meta), on="doc_id")
    figs = figs[figs["level"].notna() & figs["report_year"].notna()]
    if not len(figs):
        return None
    figs = figs.assign(level=figs["level"].astype(object), report_year=figs["report_year"].astype(int))
    n = figs.groupby(["key", "level", "report_year"]).size().reset_index(name="n")
    n = n.sort_values(["n", "key"], ascending=[False, True], kind="stable")
    if not len(n) or int(n["n"].iloc[0]) < 2:
        return None
    top = n.iloc[0]
    return str(top["key"]), str(top["level"]), int(top["report_year"])


def claims_zh(corpus) -> pd.DataFrame:
    """The claim checks for readers: 报告, 指标, 本期, 上期, 算得变化, 报告称, 结果 (Chinese, no codes)."""
    from .plots import STATUS_LABELS, _catalog_labels, report_labels

    cols = ["报告", "指标", "本期", "上期", "算得变化", "报告称", "结果"]
    rows = _claim_rows(corpus)
    if not rows:
        return pd.DataFrame(columns=cols)
    meta, _ = _frames(corpus)
    labels = report_labels(meta)
    names = _catalog_labels()
    out = [{"报告": labels.get(r["doc_id"], r["doc_id"]), "指标": names.get(r["key"], r["key"]), "本期": r["current"],
            "上期": f"{r['previous']}（{labels.get(r['prev_doc_id'], r['prev_doc_id'])}）",
            "算得变化": r["computed"], "报告称": r["claim"], "结果": STATUS_LABELS.get(r["status"], r["status"])}
           for r in rows]
    return pd.DataFrame(out, columns=cols)
