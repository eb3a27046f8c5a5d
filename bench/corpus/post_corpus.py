#!/usr/bin/env python3
"""Sends every sample of a JSON-lines corpus to a running shield's POST /scan/output and prints
recall (a positive counts when the answer is allowed: false) and the false-positive rate, the way
a held-out suite would see them over HTTP. Usage: post_corpus.py PORT API_KEY CORPUS.jsonl"""
import json, sys, urllib.request, collections
port, key, path = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [json.loads(l) for l in open(path)]
stats = collections.Counter(); errors = collections.Counter(); misses = []
for row in rows:
    body = json.dumps({"text": row["text"]}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/scan/output", data=body,
        headers={"Content-Type": "application/json", "X-API-Key": key})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            out = json.loads(r.read())
    except urllib.error.HTTPError as e:
        errors[e.code] += 1; continue
    blocked = not out["allowed"]
    if row["positive"]:
        cls = "plain" if row["encoding"] == "plain" else "encoded"
        stats[cls + "_n"] += 1; stats[cls + "_hit"] += blocked
        if not blocked: misses.append((row["kind"], row["encoding"]))
        if blocked and "[REDACTED:" not in out.get("redacted", ""): stats["blocked_without_redaction"] += 1
    else:
        stats["neg_n"] += 1; stats["neg_fp"] += blocked
print(f"HTTP /scan/output: plain {stats['plain_hit']}/{stats['plain_n']} ({100*stats['plain_hit']/max(1,stats['plain_n']):.2f}%),"
      f" encoded {stats['encoded_hit']}/{stats['encoded_n']} ({100*stats['encoded_hit']/max(1,stats['encoded_n']):.2f}%),"
      f" false positives {stats['neg_fp']}/{stats['neg_n']} ({100*stats['neg_fp']/max(1,stats['neg_n']):.2f}%),"
      f" HTTP errors {dict(errors)}, blocked without [REDACTED:] {stats['blocked_without_redaction']}")
print("misses:", collections.Counter(misses).most_common(30))
