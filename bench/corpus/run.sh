#!/usr/bin/env bash
# The blind output-scanner corpus over HTTP: writes BlindCorpusTest's samples as JSON lines,
# starts a shield (bench/load/shield.sh: per-minute limits raised out of reach, as one client
# sends them all), posts every sample to /scan/output and prints recall and false positives.
# Needs the core test classes (./mvnw -q -pl core test-compile) and the jar
# (./mvnw -q -pl core,server package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="core/target/test-classes:core/target/classes:$(./mvnw -q -o -pl core dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
jar=server/target/moltr.jar
. bench/load/shield.sh
javac -nowarn -d "$tmp/classes" -cp "$cp" bench/corpus/DumpBlindCorpus.java
java -cp "$tmp/classes:$cp" io.moltr.core.scan.DumpBlindCorpus "$tmp/corpus.jsonl"
python3 bench/corpus/post_corpus.py "$port" "$MOLTR_BENCH_KEY" "$tmp/corpus.jsonl"
