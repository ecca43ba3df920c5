#!/usr/bin/env python3
"""Builds examples/wikinews-de.jsonl and examples/README.md from the German Wikinews quotation set.

Deterministic: picks the 24 training articles of 1,500-6,000 characters with the most quotations
(ties broken by file name). Only the article text, its title and its date (from the file name) are
used: the texts are CC BY 2.5 at de.wikinews.org; the quotation annotations of the data set are
CC BY-NC-SA 4.0 and are NOT copied (they only count quotations for the selection).

Usage: scripts/make-examples.py [DATA_DIR] [OUT_DIR]
  DATA_DIR defaults to ../shared/data/quotes-wikinews/train (beside the repository),
  OUT_DIR to examples/.
"""
import glob
import json
import os
import re
import sys
import urllib.parse

COUNT = 24
MIN_CHARS, MAX_CHARS = 1500, 6000

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "quotes-wikinews", "train")
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "examples")

titles = {}
with open(os.path.join(data, "index.tsv"), encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 4:
            titles[parts[0]] = parts[3]

candidates = []
for path in sorted(glob.glob(os.path.join(data, "*.json"))):
    name = os.path.basename(path)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})_(\d+)\.json", name)
    if not m or m.group(1) < "2004-01-01":  # undated articles carry 0001-01-01
        continue
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    text = doc["originalText"]
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        continue
    title = titles.get(name)
    if not title:
        dn = re.fullmatch(r"\d+ - (.*) \(\d{4}-\d{2}-\d{2}\)", doc.get("documentName", ""))
        title = dn.group(1) if dn else None
    if not title:
        continue
    candidates.append((-len(doc["annotations"]), name, m.group(1), m.group(2), title, text))

candidates.sort()
chosen = sorted(candidates[:COUNT], key=lambda c: (c[2], int(c[3])))

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "wikinews-de.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for _, name, date, wid, title, text in chosen:
        url = "https://de.wikinews.org/wiki/" + urllib.parse.quote(title.replace(" ", "_"), safe="_-.,()'!:")
        rec = {"id": "wikinews-de-" + wid, "date": date, "title": title, "text": text,
               "url": url, "license": "CC BY 2.5", "publisher": "Wikinews (de.wikinews.org)"}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# Example articles\n\n")
    f.write("`wikinews-de.jsonl` holds %d German news articles from Wikinews (https://de.wikinews.org), "
            "one JSON object per line (`id`, `date`, `title`, `text`, `url`, `license`, `publisher`).\n\n" % len(chosen))
    f.write("Licence: the texts are published by Wikinews under the Creative Commons Attribution 2.5 licence "
            "(CC BY 2.5, https://creativecommons.org/licenses/by/2.5/). Authors: the Wikinews contributors; "
            "see the version history of each article at its source URL. The texts are taken unchanged "
            "as distributed in the German Wikinews quotation data set (Petersen-Frey & Biemann 2024); "
            "none of that data set's annotations are included.\n\n")
    f.write("Rebuild: `python3 scripts/make-examples.py` (picks the %d articles of %d-%d characters with the "
            "most quotations, deterministically).\n\n" % (COUNT, MIN_CHARS, MAX_CHARS))
    f.write("| date | title | source |\n|---|---|---|\n")
    for _, name, date, wid, title, text in chosen:
        url = "https://de.wikinews.org/wiki/" + urllib.parse.quote(title.replace(" ", "_"), safe="_-.,()'!:")
        f.write("| %s | %s | %s |\n" % (date, title.replace("|", "\\|"), url))
print("wrote %d articles to %s" % (len(chosen), out), file=sys.stderr)
