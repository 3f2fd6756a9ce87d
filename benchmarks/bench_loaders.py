"""Loader speed and memory on large and hostile inputs: a 7 MB web page, deep nesting, and docx zip bombs."""

from __future__ import annotations

import argparse
import io
import os
import struct
import subprocess
import sys
import time
import zlib

from _common import ROOT  # noqa: F401  (puts src/ on sys.path)

PARA = ("（{n}）坚持严格规范公正文明执法。全年共办理行政处罚案件{n}件，同比下降3.{d}%，"
        "行政复议纠错率为{d}.5%，组织执法人员培训{n}人次，完成重大行政决策合法性审查{d}项。")


def big_page(target_bytes: int = 7 * 1024 * 1024) -> str:
    """A portal page of about ``target_bytes`` UTF-8 bytes: header table, chrome, a long article."""
    head = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例县2023年法治政府建设年度报告</title>'
            "<style>p{text-indent:2em}</style><script>var x = 1;</script></head><body>"
            '<div class="nav"><ul>' + "".join(f"<li><a href='/c{i}'>栏目{i}</a></li>" for i in range(50)) + "</ul></div>"
            '<table class="info"><tr><td>索引号：</td><td>000-2024-001</td><td>发布机构：</td><td>示例县人民政府</td></tr>'
            "<tr><td>标题：</td><td colspan='3'>示例县2023年法治政府建设年度报告</td></tr></table>"
            '<div class="article"><div class="TRS_Editor">')
    parts = [head]
    size = len(head.encode())
    n = 0
    while size < target_bytes:
        n += 1
        p = f'<p style="text-indent:2em"><span>{PARA.format(n=n, d=n % 10)}</span></p>\n'
        if n % 50 == 0:
            p += f"<table><tr><td>指标{n}</td><td>{n}</td></tr></table>\n"
        parts.append(p)
        size += len(p.encode())
    parts.append('</div></div><div class="footer">版权所有</div></body></html>')
    return "".join(parts)


def time_html(html: str, runs: int) -> tuple[float, float, int]:
    """Best wall-clock and best CPU seconds of ``runs`` calls of ``html_to_text``, and the lines it gave."""
    from fazhi_analysis.load import html_to_text

    best = best_cpu = float("inf")
    lines = 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        text = html_to_text(html, "big.html")
        best, best_cpu = min(best, time.perf_counter() - t0), min(best_cpu, time.process_time() - c0)
        lines = text.count("\n") + 1
    return best, best_cpu, lines


def _raw_zip(parts: list[tuple[str, bytes, int, int, int]]) -> bytes:
    body, central = io.BytesIO(), io.BytesIO()
    for name, packed, method, size, crc in parts:
        offset = body.tell()
        n = name.encode()
        body.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(packed), size, len(n), 0))
        body.write(n + packed)
        central.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(packed), size,
                                  len(n), 0, 0, 0, 0, 0, offset) + n)
    cd = central.getvalue()
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(cd), body.tell(), 0)
    return body.getvalue() + cd + end


def bombs(mb: int) -> dict[str, bytes]:
    chunk = (b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 40000)[: 1 << 20]
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    packed, crc = [], 0
    for _ in range(mb):
        packed.append(c.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    packed.append(c.flush())
    stream = b"".join(packed)
    return {
        f"honest sizes ({mb} MB of XML)": _raw_zip([("word/document.xml", stream, 8, mb << 20, crc)]),
        f"lying sizes (declares 1 KB, inflates to {mb} MB)": _raw_zip([("word/document.xml", stream, 8, 1024, crc)]),
    }


_CHILD = """
import resource, sys, time
from fazhi_analysis.errors import ReportError
from fazhi_analysis.load import docx_to_text
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    docx_to_text(data, "bomb.docx")
    outcome = "accepted"
except ReportError as exc:
    outcome = "ReportError: " + exc.reason
dt = time.perf_counter() - t0
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{dt:.3f}\\t{(after - before) / 1024:.1f}\\t{outcome}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3, help="timed runs of the big page (best is shown)")
    ap.add_argument("--bomb-mb", type=int, default=480, help="size the bombs inflate to, in MB")
    args = ap.parse_args()

    import tempfile
    from pathlib import Path

    print("## Loaders on large and hostile input\n")
    print(f"Load average when started: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} logical cores (CPU time is less sensitive to a shared machine than wall time).\n")
    html = big_page()
    secs, cpu, lines = time_html(html, args.runs)
    print(f"| input | size | wall time (best of {args.runs}) | CPU time | result |")
    print("|---|---|---|---|---|")
    print(f"| portal page, long article | {len(html.encode()) / 2**20:.1f} MB | {secs:.2f} s | {cpu:.2f} s "
          f"| {lines} lines |")
    deep = "<div>" * 200_000 + "<p>" + "依法行政，" * 40 + "</p>"
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        _, _, lines = time_html(deep, 1)
        result = f"{lines} lines"
    except Exception as exc:  # noqa: BLE001 - a refusal is a result
        result = f"{type(exc).__name__}: {exc}"[:120]
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"| 200,000 nested `<div>` | {len(deep.encode()) / 2**20:.1f} MB | {secs:.2f} s | {cpu:.2f} s | {result} |")
    print()
    print("| docx bomb | file size | time to refuse | extra peak RSS | outcome |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in bombs(args.bomb_mb).items():
            path = Path(tmp) / "bomb.docx"
            path.write_bytes(data)
            res = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                                 env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}, timeout=600)
            if res.returncode:
                print(f"| {name} | {len(data) / 2**20:.1f} MB | — | — | failed: {res.stderr.strip()[-200:]} |")
                continue
            t, rss, outcome = res.stdout.strip().split("\t", 2)
            print(f"| {name} | {len(data) / 2**20:.1f} MB | {float(t):.2f} s | {rss} MB | {outcome} |")


if __name__ == "__main__":
    main()
