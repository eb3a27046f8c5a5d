#!/usr/bin/env python3
"""A stand-in for a regex-loop secret scanner in Python, to give the Java scanner a yardstick.

The original Python moltr is not on this machine, so this is NOT that implementation. It is the
design such scanners usually have: every rule's regex from config/scan_patterns.yaml run over the
whole text with Python's `re`, plus one base64 decode-and-rescan pass over base64-looking runs.
It does less than the Java scanner (no keyword prefilter, validation, rot13, reversed text,
rejoining, hex/base32/escape decoders or registered secrets), so the ratio it gives is a floor.

Usage: bench/python/run.sh, or python3 bench/python/regex_loop.py TEXT_FILE [MAX_RULES]
(MAX_RULES keeps only the first rules, e.g. 22 for a scanner of the original's size).
"""
import base64
import binascii
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def load_rules():
    doc = yaml.safe_load((ROOT / "config" / "scan_patterns.yaml").read_text(encoding="utf-8"))
    rules = []
    for rule in doc.get("patterns", []):
        try:
            rules.append((rule.get("id") or rule["name"], re.compile(rule["regex"])))
        except re.error:
            pass  # an RE2 construct Python lacks; the rule is left out (the stand-in gets cheaper)
    return rules


B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")


def scan(text, rules):
    findings = []
    for rule_id, rx in rules:
        for m in rx.finditer(text):
            findings.append((rule_id, m.start(), m.end()))
    for m in B64_RUN.finditer(text):
        run = m.group(0)
        try:
            decoded = base64.b64decode(run + "=" * (-len(run) % 4), altchars=b"-_", validate=False)
            inner = decoded.decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        for rule_id, rx in rules:
            if rx.search(inner):
                findings.append((rule_id, m.start(), m.end()))
    return findings


def main():
    if len(sys.argv) > 1:
        text = Path(sys.argv[1]).read_text(encoding="utf-8")
    else:
        sys.exit("usage: regex_loop.py TEXT_FILE [MAX_RULES] (bench/python/run.sh writes the text)")
    rules = load_rules()
    if len(sys.argv) > 2:
        rules = rules[: int(sys.argv[2])]
    scan(text, rules)  # warm-up: regex compilation caches
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        found = scan(text, rules)
        times.append(time.perf_counter() - t0)
    best = min(times)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"python regex loop: {len(rules)} rules, {len(found)} findings, best of 5 {best * 1000:.0f} ms,"
          f" {mb / best:.2f} MB/s (median {sorted(times)[2] * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
