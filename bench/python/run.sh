#!/usr/bin/env bash
# The Python stand-in on the JMH clean 1 MiB text: all rules, then the first 22 (the original's
# rule count). Needs the JMH jar (./mvnw -q -pl core,bench package -DskipTests) and python3-yaml.
set -euo pipefail
cd "$(dirname "$0")/../.."
text="$(mktemp)"
trap 'rm -f "$text"' EXIT
java -cp bench/target/benchmarks.jar bench/python/DumpText.java 1048576 "$text"
python3 bench/python/regex_loop.py "$text"
python3 bench/python/regex_loop.py "$text" 22
