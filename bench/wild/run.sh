#!/usr/bin/env bash
# Real files as hard negatives for both scanners (see WildText.java). The list is chosen by name
# order, every k-th file, so the same machine gives the same list: Python sources, Debian docs,
# Maven POMs from the local repository, json/yaml/js/conf files from the system, and, where the
# machine has them, the JDK's Java sources (from a src.zip), C headers, npm's own modules, Perl
# modules and HTML pages (rustdoc, Node's API docs: what an agent reads on the web).
# Needs the JMH jar: ./mvnw -q -pl core,bench package -DskipTests
# Usage: bench/wild/run.sh [files per source, default 600] [directory of command outputs from
#        bench/wild/outputs.sh, read whole]
set -euo pipefail
cd "$(dirname "$0")/../.."
per="${1:-600}"
list="$(mktemp)"
jdk="$(mktemp -d)"
trap 'rm -rf "$list" "$jdk"' EXIT
src=""
for z in /usr/lib/jvm/*/lib/src.zip; do [ -r "$z" ] && { src="$z"; break; }; done
[ -n "$src" ] && command -v unzip >/dev/null && unzip -q -o "$src" 'java.base/*' 'java.net.http/*' 'java.sql/*' 'java.xml/*' -d "$jdk" 2>/dev/null || true
pick() { sort | awk -v n="$per" '{ a[NR] = $0 } END { step = NR > n ? NR / n : 1; for (i = 1; i <= NR; i += step) print a[int(i)] }'; }
{
  find /usr/lib/python3* -name '*.py' -not -path '*/test*' 2>/dev/null | pick
  find /usr/share/doc -type f \( -name '*.md' -o -name 'README*' -o -name '*.txt' \) -not -name '*.gz' 2>/dev/null | pick
  find "$HOME/.m2/repository" -name '*.pom' 2>/dev/null | pick
  find /etc /usr/share /usr/lib -xdev -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.conf' -o -name '*.js' -o -name '*.sh' \) -size -200k 2>/dev/null | pick
  find "$jdk" -name '*.java' -size -200k 2>/dev/null | pick
  find /usr/include -type f -size -200k 2>/dev/null | pick
  find /usr/lib/node_modules -type f \( -name '*.js' -o -name '*.json' -o -name '*.md' -o -name '*.ts' \) -size -200k 2>/dev/null | pick
  find /usr/share/perl /usr/share/perl5 -name '*.pm' -size -200k 2>/dev/null | pick
  find / -xdev -name '*.html' -size -200k 2>/dev/null | pick
  if [ -n "${2:-}" ]; then find "$2" -name '*.txt' -size +0 | sort; fi
} > "$list"
java -cp bench/target/benchmarks.jar bench/wild/WildText.java "$list"
