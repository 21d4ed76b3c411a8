#!/usr/bin/env python3
"""Side-by-side baseline: Python trafilatura's default extraction on the
Scrapinghub article-extraction benchmark, timed the way
`sitrep eval extraction` times sitrep (extraction only, one thread, pages
already decompressed and decoded in memory).

Usage (trafilatura installed in a virtual environment outside the repo):
    python3 trafilatura_bench.py ../shared/data/extraction/scrapinghub /tmp/trafilatura.json
    sitrep eval extraction ../shared/data/extraction/scrapinghub --score /tmp/trafilatura.json

Prints median and p99 ms/page, pages/s and peak RSS; writes the predictions
in the benchmark's format so that sitrep's scorer scores both the same way.
"""
import gzip
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import trafilatura


def main() -> None:
    bench = Path(sys.argv[1])
    out = Path(sys.argv[2])
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf8"))
    pages = {}
    for key in truth:
        raw = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
        pages[key] = raw.decode("utf8", errors="replace")
    # Warm-up on one page so that imports and lazy loading are not timed.
    trafilatura.extract(next(iter(pages.values())))
    times = []
    preds = {}
    for key, html in pages.items():
        t = time.perf_counter()
        text = trafilatura.extract(html)
        times.append((time.perf_counter() - t) * 1e3)
        preds[key] = {"articleBody": text or "", "url": truth[key].get("url")}
    out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf8")
    times.sort()
    p99 = times[round((len(times) - 1) * 0.99)]
    print(f"trafilatura {trafilatura.__version__}: median {statistics.median(times):.2f} ms/page, "
          f"p99 {p99:.2f} ms/page, mean {statistics.mean(times):.2f} ms/page, "
          f"{len(times) * 1e3 / sum(times):.1f} pages/s, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
