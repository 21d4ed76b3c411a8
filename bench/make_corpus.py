#!/usr/bin/env python3
"""Writes a JSON Lines benchmark corpus for `sitrep ingest`.

Each line is one article record {"url", "date", "html"} taken in turn from the
181 pages of the Scrapinghub article-extraction benchmark (read by path from
../shared), with the page's canonical address removed and a unique URL, so
that every record is a distinct document.

    python3 bench/make_corpus.py 100000 > /tmp/corpus.jsonl
"""
import gzip
import json
import pathlib
import re
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
root = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/data/extraction/scrapinghub/html"
pages = sorted(root.glob("*.html.gz"))
if not pages:
    sys.exit(f"no pages under {root}: put the shared data beside the checkout")
html = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]
# The pages' own canonical addresses would make every copy the same document
# (sitrep keys documents by canonical URL): drop them so that each record is
# a distinct document under its own URL.
canonical = re.compile(r"""<link[^>]*rel=["']?canonical[^>]*>|<meta[^>]*(og:url|twitter:url)[^>]*>|"(url|@id|mainEntityOfPage)"\s*:\s*"[^"]*",?""", re.I)
html = [canonical.sub("", h) for h in html]
out = sys.stdout
for i in range(n):
    out.write(json.dumps({"url": f"https://bench.example/{i}", "date": "2021-09-29", "html": html[i % len(html)]}))
    out.write("\n")
