#!/usr/bin/env bash
# What an agent's tool calls print, as hard negatives: runs ordinary read-only commands on this
# machine (package lists, process lists, certificate dumps, checksums, hex dumps, base64 of
# images, --help and man pages, logs) and writes each output, cut at 200 KB, to DIR/NAME.txt.
# Nothing here prints a private key or the environment. Commands the machine lacks leave an
# empty or short file. run.sh reads DIR when it is given as its second argument.
# Usage: bench/wild/outputs.sh DIR
set -uo pipefail
dir="${1:?usage: bench/wild/outputs.sh DIR}"
mkdir -p "$dir"
jvm="$(ls -d /usr/lib/jvm/*/ 2>/dev/null | head -1)"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cap() { local name="$1"; shift; timeout 60 bash -c "$*" 2>&1 | head -c 200000 > "$dir/$name.txt"; }
cap ps-aux 'ps auxww'
cap dpkg-l 'dpkg -l'
cap apt-show 'apt-cache policy; apt-cache show curl git openssl ca-certificates'
cap ls-laR 'ls -laR /usr/share/doc | head -4000'
cap ls-jvm "ls -la --time-style=full-iso $jvm/lib | head -3000"
cap system 'df -h; mount; free -m; uname -a; cat /proc/meminfo /proc/cpuinfo'
cap network 'ip addr; ip route; ss -tan | head -200; cat /etc/hosts /etc/resolv.conf'
cap sha256 'sha256sum /usr/bin/* | head -1500'
cap md5 'md5sum /usr/lib/x86_64-linux-gnu/*.so* | head -1500'
cap sha1 'sha1sum /usr/share/doc/*/copyright | head -1500'
cap certs 'head -c 190000 /etc/ssl/certs/ca-certificates.crt'
cap x509 'for f in $(ls /etc/ssl/certs/*.pem | head -25); do openssl x509 -in "$f" -noout -text; done'
cap openssl 'openssl version -a; openssl ciphers -v; openssl list -digest-algorithms'
cap xxd 'xxd /bin/ls | head -2500'
cap od 'od -A x -t x1z /bin/ls | head -2500'
cap hexdump "hexdump -C $jvm/lib/libjava.so | head -2500"
cap base64-png 'for f in /usr/share/pixmaps/*.png; do echo "data:image/png;base64,$(base64 -w0 "$f")"; done'
cap base64-wrapped 'for f in /usr/share/pixmaps/*.png /usr/bin/true; do base64 "$f"; done'
cap strings 'strings -n 8 /usr/bin/git | head -4000'
cap objdump 'objdump -d /usr/bin/true | head -3000'
cap java-settings 'java -XshowSettings:all -version'
cap pip 'pip list; python3 -c "import sys, sysconfig; print(sys.path); print(sysconfig.get_config_vars())"'
cap npm 'npm ls -g --all | head -2000; npm config list'
cap logs 'cat /var/log/apt/history.log /var/log/dpkg.log /var/log/alternatives.log | head -c 190000'
cap man 'man -P cat curl | head -3000; man -P cat git | head -2000'
cap help 'curl --help all; git help -a; wget --help; tar --help; grep --help; find --help; redis-cli --help'
cap locale 'locale -a; localedef --help'
cap gpg 'gpg --show-keys /usr/share/keyrings/debian-archive-keyring.gpg; gpg --export --armor --no-default-keyring --keyring /usr/share/keyrings/debian-archive-keyring.gpg | head -c 100000'
cap ids 'for i in $(seq 400); do cat /proc/sys/kernel/random/uuid; done; for i in $(seq 300); do head -c 16 /dev/urandom | sha256sum; done'
cap proc 'cat /proc/self/maps /proc/self/status /proc/self/mountinfo; ls -la /proc/self/fd'
cap dmesg 'dmesg | tail -2000'
cap getent 'getent passwd; getent group; cat /etc/os-release'
cap keytool "keytool -list -v -cacerts -storepass changeit 2>/dev/null | grep -E 'Alias|Owner|Issuer|Serial|Valid|SHA|Signature' | head -3000"
cap jar-list "find '$HOME/.m2/repository' -name '*.jar' | sort | head -8 | xargs -n1 unzip -l | head -4000"
cap git-plumbing "cd '$repo' && { git rev-list --all | head -1500; git ls-files -s | head -1500; git cat-file -p HEAD; git count-objects -v; }"
cap node 'node -p "JSON.stringify(process.versions, null, 2)"; node -p "JSON.stringify(process.config, null, 2)"'
cap python-sysconfig 'python3 -m sysconfig'
cap http-verbose 'curl -sv --max-time 2 http://127.0.0.1:8420/health; curl -sv --max-time 2 http://127.0.0.1:1/'
ls "$dir"/*.txt | wc -l
