package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;

import io.moltr.core.scan.Blind34Util.Rnd;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Negative documents of blind34: high-entropy strings that are not secrets, where agents meet them. */
final class Blind34Negatives {
  private Blind34Negatives() {}

  static final Map<String, Function<Rnd, String>> GENERATORS = new LinkedHashMap<>();

  static final String[] NPM = {"react", "lodash", "express", "axios", "chalk", "debug", "ms", "semver", "commander", "yargs",
    "@babel/core", "@types/node", "typescript", "vite", "esbuild", "rollup", "zod", "uuid", "dotenv", "jsonwebtoken"};
  static final String[] CRATES = {"serde", "tokio", "anyhow", "thiserror", "rand", "regex", "clap", "hyper", "bytes", "syn"};
  static final String[] PY = {"requests", "urllib3", "certifi", "idna", "charset-normalizer", "numpy", "pydantic", "fastapi",
    "starlette", "anyio", "sniffio", "click"};
  static final String[] GO = {"github.com/google/uuid", "golang.org/x/sys", "golang.org/x/net", "github.com/spf13/cobra",
    "github.com/stretchr/testify", "go.uber.org/zap", "google.golang.org/grpc", "github.com/pkg/errors"};
  static final String[] GEMS = {"rails", "rack", "nokogiri", "puma", "pg", "sidekiq", "devise", "bootsnap"};

  static String ver(Rnd r) {
    return r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 20);
  }

  static String sri(Rnd r, int bytes) {
    return (bytes == 64 ? "sha512-" : bytes == 48 ? "sha384-" : "sha256-") + b64(r.bytes(bytes));
  }

  static String sha(Rnd r) {
    return r.hex(40);
  }

  static {
    GENERATORS.put("package_lock", Blind34Negatives::packageLock);
    GENERATORS.put("yarn_lock", Blind34Negatives::yarnLock);
    GENERATORS.put("pnpm_lock", Blind34Negatives::pnpmLock);
    GENERATORS.put("cargo_lock", Blind34Negatives::cargoLock);
    GENERATORS.put("go_sum", Blind34Negatives::goSum);
    GENERATORS.put("poetry_pipfile_lock", Blind34Negatives::pyLock);
    GENERATORS.put("gemfile_composer_lock", Blind34Negatives::gemComposer);
    GENERATORS.put("sri_html", Blind34Negatives::sriHtml);
    GENERATORS.put("docker_output", Blind34Negatives::docker);
    GENERATORS.put("git_log", Blind34Negatives::gitLog);
    GENERATORS.put("git_show_diff", Blind34Negatives::gitShow);
    GENERATORS.put("git_blame_reflog", Blind34Negatives::gitBlameReflog);
    GENERATORS.put("ethereum_public", Blind34Negatives::ethereum);
    GENERATORS.put("bitcoin_public", Blind34Negatives::bitcoin);
    GENERATORS.put("solana_ens_public", Blind34Negatives::solanaEns);
    GENERATORS.put("xpub", Blind34Negatives::xpub);
    GENERATORS.put("pgp_public", Blind34Negatives::pgpPublic);
    GENERATORS.put("ssh_public", Blind34Negatives::sshPublic);
    GENERATORS.put("pem_cert_csr", Blind34Negatives::pemCert);
    GENERATORS.put("jwks_public", Blind34Negatives::jwksPublic);
    GENERATORS.put("saml_metadata", Blind34Negatives::saml);
    GENERATORS.put("csp_nonce_hash", Blind34Negatives::csp);
    GENERATORS.put("bundler_output", Blind34Negatives::bundler);
    GENERATORS.put("minified_data_uri", Blind34Negatives::minified);
    GENERATORS.put("ids", Blind34Negatives::ids);
    GENERATORS.put("s3_etag", Blind34Negatives::s3);
    GENERATORS.put("trace_ids", Blind34Negatives::traces);
    GENERATORS.put("k8s_pods", Blind34Negatives::pods);
    GENERATORS.put("license_format", Blind34Negatives::license);
    GENERATORS.put("stripe_publishable", Blind34Negatives::stripePk);
    GENERATORS.put("sentry_dsn_public", Blind34Negatives::sentryDsn);
    GENERATORS.put("algolia_search_only", Blind34Negatives::algoliaSearch);
    GENERATORS.put("mapbox_public", Blind34Negatives::mapboxPk);
    GENERATORS.put("recaptcha_site_key", Blind34Negatives::recaptcha);
    GENERATORS.put("documented_examples", Blind34Negatives::documented);
    GENERATORS.put("placeholders", Blind34Negatives::placeholders);
    GENERATORS.put("env_reads", Blind34Negatives::envReads);
    GENERATORS.put("password_hashes", Blind34Negatives::pwHashes);
    GENERATORS.put("labelled_fixtures", Blind34Negatives::fixtures);
    GENERATORS.put("checksum_files", Blind34Negatives::checksums);
    GENERATORS.put("nix_lfs_tflock", Blind34Negatives::nixLfsTf);
    GENERATORS.put("stripe_object_ids", Blind34Negatives::stripeIds);
  }

  // ---------------- lockfiles ----------------

  static String packageLock(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      sb.append("Here is the relevant part of package-lock.json after `npm install`:\n\n");
    }
    sb.append("{\n  \"name\": \"").append(r.word()).append("-web\",\n  \"version\": \"").append(ver(r))
        .append("\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
    int n = r.between(3, 9);
    for (int i = 0; i < n; i++) {
      String p = r.pick(NPM);
      String v = ver(r);
      String base = p.contains("/") ? p.substring(p.indexOf('/') + 1) : p;
      sb.append("    \"node_modules/").append(p).append("\": {\n      \"version\": \"").append(v)
          .append("\",\n      \"resolved\": \"https://registry.npmjs.org/").append(p).append("/-/").append(base).append('-')
          .append(v).append(".tgz\",\n      \"integrity\": \"").append(r.chance(0.8) ? sri(r, 64) : "sha1-" + b64(r.bytes(20)))
          .append("\"");
      if (r.chance(0.3)) {
        sb.append(",\n      \"dev\": true");
      }
      sb.append("\n    }").append(i < n - 1 ? ",\n" : "\n");
    }
    sb.append("  }\n}\n");
    if (r.coin()) {
      sb.append("\nThe integrity field is the SRI hash npm verifies after download; it changes whenever the tarball does.");
    }
    return sb.toString();
  }

  static String yarnLock(Rnd r) {
    StringBuilder sb = new StringBuilder("# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n");
    int n = r.between(3, 8);
    for (int i = 0; i < n; i++) {
      String p = r.pick(NPM);
      String v = ver(r);
      String base = p.contains("/") ? p.substring(p.indexOf('/') + 1) : p;
      sb.append('"').append(p).append("@^").append(v).append("\":\n  version \"").append(v)
          .append("\"\n  resolved \"https://registry.yarnpkg.com/").append(p).append("/-/").append(base).append('-').append(v)
          .append(".tgz#").append(sha(r)).append("\"\n  integrity ").append(sri(r, 64)).append("\n\n");
    }
    return sb.toString();
  }

  static String pnpmLock(Rnd r) {
    StringBuilder sb = new StringBuilder("lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n");
    int n = r.between(3, 8);
    for (int i = 0; i < n; i++) {
      String p = r.pick(NPM);
      sb.append("  ").append(p).append('@').append(ver(r)).append(":\n    resolution: {integrity: ").append(sri(r, 64))
          .append("}\n    engines: {node: '>=").append(r.between(12, 20)).append("'}\n\n");
    }
    return sb.toString();
  }

  static String cargoLock(Rnd r) {
    StringBuilder sb = new StringBuilder("# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n\n");
    int n = r.between(3, 8);
    for (int i = 0; i < n; i++) {
      sb.append("[[package]]\nname = \"").append(r.pick(CRATES)).append("\"\nversion = \"").append(ver(r))
          .append("\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"").append(r.hex(64))
          .append("\"\n\n");
    }
    return sb.toString();
  }

  static String goSum(Rnd r) {
    StringBuilder sb = new StringBuilder(r.coin() ? "go.sum after `go mod tidy`:\n\n" : "");
    int n = r.between(4, 12);
    for (int i = 0; i < n; i++) {
      String m = r.pick(GO);
      String v = "v" + ver(r);
      sb.append(m).append(' ').append(v).append(" h1:").append(b64(r.bytes(32))).append('\n');
      sb.append(m).append(' ').append(v).append("/go.mod h1:").append(b64(r.bytes(32))).append('\n');
    }
    return sb.toString();
  }

  static String pyLock(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      int n = r.between(2, 5);
      for (int i = 0; i < n; i++) {
        String p = r.pick(PY);
        String v = ver(r);
        sb.append("[[package]]\nname = \"").append(p).append("\"\nversion = \"").append(v)
            .append("\"\ndescription = \"\"\noptional = false\npython-versions = \">=3.8\"\nfiles = [\n");
        sb.append("    {file = \"").append(p.replace('-', '_')).append('-').append(v).append("-py3-none-any.whl\", hash = \"sha256:")
            .append(r.hex(64)).append("\"},\n    {file = \"").append(p).append('-').append(v).append(".tar.gz\", hash = \"sha256:")
            .append(r.hex(64)).append("\"},\n]\n\n");
      }
      sb.append("[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.11\"\ncontent-hash = \"").append(r.hex(64)).append("\"\n");
    } else {
      sb.append("{\n    \"_meta\": {\n        \"hash\": {\n            \"sha256\": \"").append(r.hex(64))
          .append("\"\n        },\n        \"pipfile-spec\": 6\n    },\n    \"default\": {\n");
      int n = r.between(2, 5);
      for (int i = 0; i < n; i++) {
        sb.append("        \"").append(r.pick(PY)).append("\": {\n            \"hashes\": [\n                \"sha256:")
            .append(r.hex(64)).append("\",\n                \"sha256:").append(r.hex(64))
            .append("\"\n            ],\n            \"version\": \"==").append(ver(r)).append("\"\n        }")
            .append(i < n - 1 ? ",\n" : "\n");
      }
      sb.append("    }\n}\n");
    }
    return sb.toString();
  }

  static String gemComposer(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      sb.append("GEM\n  remote: https://rubygems.org/\n  specs:\n");
      int n = r.between(3, 7);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String g = r.pick(GEMS);
        String v = ver(r);
        names.add(g + " (" + v + ")");
        sb.append("    ").append(g).append(" (").append(v).append(")\n");
      }
      sb.append("\nPLATFORMS\n  x86_64-linux\n\nCHECKSUMS\n");
      for (String g : names) {
        sb.append("  ").append(g).append(" sha256=").append(r.hex(64)).append('\n');
      }
      sb.append("\nBUNDLED WITH\n   2.").append(r.between(4, 6)).append('.').append(r.n(20)).append('\n');
    } else {
      sb.append("{\n    \"_readme\": [\"This file locks the dependencies of your project to a known state\"],\n    \"content-hash\": \"")
          .append(r.hex(32)).append("\",\n    \"packages\": [\n");
      int n = r.between(2, 4);
      for (int i = 0; i < n; i++) {
        String p = r.pick("symfony/console", "monolog/monolog", "guzzlehttp/guzzle", "laravel/framework", "psr/log");
        String ref = sha(r);
        sb.append("        {\n            \"name\": \"").append(p).append("\",\n            \"version\": \"v").append(ver(r))
            .append("\",\n            \"source\": {\"type\": \"git\", \"url\": \"https://github.com/").append(p)
            .append(".git\", \"reference\": \"").append(ref).append("\"},\n            \"dist\": {\"type\": \"zip\", \"url\": \"https://api.github.com/repos/")
            .append(p).append("/zipball/").append(ref).append("\", \"reference\": \"").append(ref).append("\", \"shasum\": \"\"}\n        }")
            .append(i < n - 1 ? ",\n" : "\n");
      }
      sb.append("    ]\n}\n");
    }
    return sb.toString();
  }

  static String sriHtml(Rnd r) {
    StringBuilder sb = new StringBuilder(r.coin() ? "Add these tags to the <head>; the integrity attribute pins the exact file:\n\n" : "");
    sb.append("<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.").append(r.n(4)).append('.')
        .append(r.n(4)).append("/dist/css/bootstrap.min.css\" integrity=\"").append(sri(r, 48)).append("\" crossorigin=\"anonymous\">\n");
    int n = r.between(1, 3);
    for (int i = 0; i < n; i++) {
      sb.append("<script src=\"https://cdnjs.cloudflare.com/ajax/libs/").append(r.pick("jquery", "lodash.js", "moment.js", "htmx"))
          .append('/').append(ver(r)).append("/").append(r.pick("jquery", "lodash", "moment", "htmx")).append(".min.js\" integrity=\"")
          .append(sri(r, r.pick(48, 64, 32))).append("\" crossorigin=\"anonymous\" referrerpolicy=\"no-referrer\"></script>\n");
    }
    return sb.toString();
  }

  static String docker(Rnd r) {
    StringBuilder sb = new StringBuilder();
    switch (r.n(3)) {
      case 0 -> {
        sb.append("$ docker images\nREPOSITORY                 TAG       IMAGE ID       CREATED        SIZE\n");
        for (int i = 0; i < r.between(3, 7); i++) {
          sb.append(String.format("%-26s %-9s %-14s %-14s %s%n", r.pick("nginx", "postgres", "redis", "ghcr.io/acme/api",
              "node", "python"), r.pick("latest", "16-alpine", "7.2", "v" + ver(r)), r.hex(12), r.between(2, 9) + " days ago",
              r.between(40, 900) + "MB"));
        }
        sb.append("\n$ docker inspect --format '{{index .RepoDigests 0}}' nginx\nnginx@sha256:").append(r.hex(64)).append('\n');
      }
      case 1 -> {
        sb.append("$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  STATUS         NAMES\n");
        for (int i = 0; i < r.between(2, 6); i++) {
          sb.append(String.format("%-14s %-14s %-24s %-14s %s%n", r.hex(12), r.pick("api:latest", "redis:7", "postgres:16"),
              "\"docker-entrypoint.s…\"", "Up " + r.between(1, 50) + " hours", r.word() + "_" + r.word() + "_" + r.between(1, 3)));
        }
      }
      default -> {
        String img = r.pick("library/node", "acme/worker", "library/python");
        sb.append("$ docker pull ").append(img).append(":").append(ver(r)).append('\n');
        for (int i = 0; i < r.between(3, 6); i++) {
          sb.append(r.hex(12)).append(": Pull complete\n");
        }
        sb.append("Digest: sha256:").append(r.hex(64)).append("\nStatus: Downloaded newer image for ").append(img)
            .append("\n\nPin it in the Dockerfile:\nFROM ").append(img).append("@sha256:").append(r.hex(64)).append('\n');
      }
    }
    return sb.toString();
  }

  static String author(Rnd r) {
    String w = r.word();
    return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + r.pick("Lee", "Novak", "Ortiz", "Kim", "Berg") + " <" + w
        + "@" + r.pick("acme.dev", "example.org", "corp.io") + ">";
  }

  static String gitLog(Rnd r) {
    StringBuilder sb = new StringBuilder("$ git log -n " + r.between(3, 6) + "\n");
    for (int i = 0; i < r.between(3, 6); i++) {
      sb.append("commit ").append(sha(r)).append(i == 0 ? " (HEAD -> main, origin/main)" : "").append('\n');
      if (r.chance(0.2)) {
        sb.append("Merge: ").append(r.hex(7)).append(' ').append(r.hex(7)).append('\n');
      }
      sb.append("Author: ").append(author(r)).append("\nDate:   Tue Nov ").append(r.between(1, 28)).append(' ').append(r.time())
          .append(" 2026 +0000\n\n    ").append(r.pick("Bump lodash from ", "Fix flaky test in ", "Refactor ", "Update lockfile for "))
          .append(r.pick(NPM)).append("\n\n");
      if (r.chance(0.3)) {
        sb.append("    Signed-off-by: ").append(author(r)).append("\n    Change-Id: I").append(r.hex(40)).append("\n\n");
      }
    }
    return sb.toString();
  }

  static String gitShow(Rnd r) {
    String f = r.pick("src/config.ts", "package.json", "go.mod", "Cargo.toml", ".github/workflows/ci.yml");
    StringBuilder sb = new StringBuilder("$ git show " + r.hex(7) + "\ncommit " + sha(r) + "\nAuthor: " + author(r) + "\nDate:   "
        + r.date() + "\n\n    Pin actions to commit SHAs\n\ndiff --git a/" + f + " b/" + f + "\nindex " + r.hex(7) + ".." + r.hex(7)
        + " 100644\n--- a/" + f + "\n+++ b/" + f + "\n@@ -" + r.between(1, 40) + ",7 +" + r.between(1, 40) + ",7 @@\n");
    for (int i = 0; i < r.between(2, 4); i++) {
      String a = r.pick("actions/checkout", "actions/setup-node", "actions/cache", "docker/build-push-action");
      sb.append("-      - uses: ").append(a).append("@v").append(r.between(2, 4)).append('\n');
      sb.append("+      - uses: ").append(a).append('@').append(sha(r)).append(" # v").append(ver(r)).append('\n');
    }
    sb.append("       with:\n-        cache-dependency-path: '**/package-lock.json'\n+        cache-dependency-path: ")
        .append(r.pick("'**/pnpm-lock.yaml'", "yarn.lock")).append("\n         key: ${{ runner.os }}-deps-${{ hashFiles('**/*.lock') }}\n");
    return sb.toString();
  }

  static String gitBlameReflog(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      sb.append("$ git blame -L 10,16 src/server.js\n");
      for (int i = 10; i < 16; i++) {
        sb.append(r.hex(8)).append(" (").append(r.pick("Ana Lee", "Bo Kim", "Cy Novak")).append(' ').append(r.date())
            .append(' ').append(r.time()).append(" +0000 ").append(i).append(") ").append(r.pick("const app = express();",
                "app.use(helmet());", "const port = process.env.PORT || 3000;", "app.listen(port);", "// TODO retry",
                "const db = connect(process.env.DATABASE_URL);")).append('\n');
      }
    } else {
      sb.append("$ git reflog\n");
      for (int i = 0; i < r.between(4, 9); i++) {
        sb.append(r.hex(7)).append(" HEAD@{").append(i).append("}: ").append(r.pick("commit: fix typo", "checkout: moving from main to feat/"
            + r.word(), "rebase (finish): returning to refs/heads/main", "reset: moving to HEAD~1", "pull: Fast-forward"))
            .append('\n');
      }
      sb.append("\nTo recover the dropped commit: git cherry-pick ").append(sha(r)).append('\n');
    }
    return sb.toString();
  }

  // ---------------- blockchain public data ----------------

  static String ethAddr(Rnd r) {
    return eip55(r.hex(40));
  }

  static String ethereum(Rnd r) {
    StringBuilder sb = new StringBuilder();
    switch (r.n(3)) {
      case 0 -> sb.append("Transaction Hash: 0x").append(r.hex(64)).append("\nStatus: Success\nBlock: ").append(r.between(18000000, 21000000))
          .append("\nFrom: ").append(ethAddr(r)).append("\nTo: ").append(ethAddr(r)).append("\nValue: 0.").append(r.digits(4))
          .append(" ETH\nTransaction Fee: 0.000").append(r.digits(6)).append(" ETH\nInput Data: 0xa9059cbb000000000000000000000000")
          .append(r.hex(40)).append(r.hex(64)).append('\n');
      case 1 -> {
        sb.append("Send the test ETH to my public address ").append(ethAddr(r)).append(" (that's my ENS ").append(r.word())
            .append(".eth). The contract is deployed at ").append(ethAddr(r)).append(".\n\n| holder | balance |\n|---|---|\n");
        for (int i = 0; i < r.between(2, 5); i++) {
          sb.append("| ").append(ethAddr(r)).append(" | ").append(r.between(1, 9000)).append(" USDC |\n");
        }
      }
      default -> sb.append("{\n  \"blockHash\": \"0x").append(r.hex(64)).append("\",\n  \"from\": \"").append(ethAddr(r).toLowerCase())
          .append("\",\n  \"logs\": [{\"topics\": [\"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef\", \"0x000000000000000000000000")
          .append(r.hex(40)).append("\"]}],\n  \"transactionHash\": \"0x").append(r.hex(64)).append("\",\n  \"status\": \"0x1\"\n}\n");
    }
    return sb.toString();
  }

  static String btcBech32(Rnd r) {
    int[] prog = to5bit(r.bytes(20));
    int[] data = new int[prog.length + 1];
    System.arraycopy(prog, 0, data, 1, prog.length);
    return bech32("bc", data, 1);
  }

  static String btcLegacy(Rnd r) {
    return base58check(concat(new byte[] {(byte) (r.coin() ? 0 : 5)}, r.bytes(20)));
  }

  static String bitcoin(Rnd r) {
    StringBuilder sb = new StringBuilder("Donations welcome:\n\n- BTC (SegWit): " + btcBech32(r) + "\n- BTC (legacy): "
        + btcLegacy(r) + "\n\n");
    sb.append("Last payout txid: ").append(r.hex(64)).append(" (").append(r.between(1, 6)).append(" confirmations)\n");
    if (r.coin()) {
      sb.append("$ bitcoin-cli getblockhash ").append(r.between(800000, 900000)).append("\n0000000000000000000").append(r.hex(45)).append('\n');
    }
    return sb.toString();
  }

  static String solAddr(Rnd r) {
    return base58(r.bytes(32));
  }

  static String solanaEns(Rnd r) {
    StringBuilder sb = new StringBuilder();
    sb.append("$ solana balance ").append(solAddr(r)).append("\n").append(r.between(0, 90)).append('.').append(r.digits(4))
        .append(" SOL\n$ solana confirm -v ").append(base58(r.bytes(64))).append("\nTransaction executed in slot ")
        .append(r.between(200000000, 300000000)).append(":\n  Recent Blockhash: ").append(solAddr(r)).append("\n  Signature 0: ")
        .append(base58(r.bytes(64))).append("\n  Account 0: srw ").append(solAddr(r)).append(" (fee payer)\n  Account 1: -rw ")
        .append(solAddr(r)).append("\n  Program Id: TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA\n");
    if (r.coin()) {
      sb.append("\nENS: ").append(r.word()).append(r.word()).append(".eth resolves to ").append(ethAddr(r)).append('\n');
    }
    return sb.toString();
  }

  static String xpub(Rnd r) {
    String x = base58check(concat(unhex(r.coin() ? "0488b21e" : "04b24746"), new byte[] {3}, r.bytes(4), unhex("80000000"),
        r.bytes(32), new byte[] {(byte) (r.coin() ? 2 : 3)}, r.bytes(32)));
    return "Watch-only wallet setup: import this extended PUBLIC key into the explorer (it can derive addresses but never spend):\n\n"
        + x + "\n\nDerivation path m/84'/0'/0', fingerprint " + r.hex(8) + ". First receive address: " + btcBech32(r) + "\n";
  }

  static String pgpPublic(Rnd r) {
    String fp = r.s("0123456789ABCDEF", 40);
    StringBuilder sb = new StringBuilder("$ gpg --list-keys --fingerprint\npub   ed25519 2025-0" + r.between(1, 9) + "-1" + r.n(9)
        + " [SC]\n      " + fp.replaceAll("(.{4})", "$1 ").trim() + "\nuid           [ultimate] " + author(r) + "\nsub   cv25519 "
        + r.date() + " [E]\n\n");
    sb.append(Blind34Secrets.pgpBlock(r, "PUBLIC", 0x99)).append("\n\nVerify with: gpg --recv-keys ").append(fp.substring(24)).append('\n');
    return sb.toString();
  }

  static String sshPub(Rnd r) {
    return "ssh-ed25519 " + b64(Blind34Secrets.ed25519Blob(r.bytes(32)));
  }

  static String sshPublic(Rnd r) {
    StringBuilder sb = new StringBuilder();
    switch (r.n(3)) {
      case 0 -> {
        sb.append("~/.ssh/known_hosts:\n");
        for (int i = 0; i < r.between(2, 5); i++) {
          sb.append(r.coin() ? r.pick("github.com", "gitlab.com", r.ip()) : "|1|" + b64(r.bytes(20)) + "|" + b64(r.bytes(20)))
              .append(' ').append(sshPub(r)).append('\n');
        }
      }
      case 1 -> {
        sb.append("~/.ssh/authorized_keys on the bastion:\n");
        for (int i = 0; i < r.between(1, 4); i++) {
          sb.append(sshPub(r)).append(' ').append(r.word()).append('@').append(r.word()).append("-laptop\n");
        }
      }
      default -> sb.append("The authenticity of host '").append(r.ip()).append("' can't be established.\nED25519 key fingerprint is SHA256:")
          .append(b64(r.bytes(32)).replace("=", "")).append(".\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:")
          .append(b64(r.bytes(32)).replace("=", "")).append(' ').append(r.word()).append("@host (ED25519)\nMD5 fingerprint: ")
          .append(r.hex(32).replaceAll("(..)(?!$)", "$1:")).append('\n');
    }
    return sb.toString();
  }

  /** A DER certificate-like blob (SEQUENCE header, random body) in PEM. */
  static String certPem(Rnd r, String type) {
    int len = r.between(600, 1200);
    byte[] der = concat(new byte[] {0x30, (byte) 0x82, (byte) (len >> 8), (byte) len, 0x30, (byte) 0x82}, r.bytes(len));
    return pem(type, der);
  }

  static String pemCert(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      sb.append("fullchain.pem:\n").append(certPem(r, "CERTIFICATE")).append('\n').append(certPem(r, "CERTIFICATE")).append('\n');
      sb.append("\n$ openssl x509 -in cert.pem -noout -fingerprint -sha256\nsha256 Fingerprint=")
          .append(r.s("0123456789ABCDEF", 64).replaceAll("(..)(?!$)", "$1:")).append('\n');
    } else {
      sb.append("Send this CSR to the CA (it contains only the public key):\n\n").append(certPem(r, "CERTIFICATE REQUEST"))
          .append("\n\nAnd the public key on its own:\n").append(pem("PUBLIC KEY", Blind34Secrets.ecKey(r).getPublic().getEncoded()))
          .append('\n');
    }
    return sb.toString();
  }

  static String jwksPublic(Rnd r) {
    StringBuilder sb = new StringBuilder("GET https://auth." + r.word() + ".io/.well-known/jwks.json\n\n{\"keys\":[");
    int n = r.between(1, 3);
    for (int i = 0; i < n; i++) {
      if (r.coin()) {
        sb.append(Blind34Secrets.ecJwk(Blind34Secrets.ecKey(r), false, r.hex(16)));
      } else {
        sb.append("{\"kty\":\"RSA\",\"kid\":\"").append(r.hex(20)).append("\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"")
            .append(b64url(r.bytes(256))).append("\",\"e\":\"AQAB\"}");
      }
      sb.append(i < n - 1 ? "," : "");
    }
    return sb.append("]}\n").toString();
  }

  static String saml(Rnd r) {
    String cert = b64(concat(new byte[] {0x30, (byte) 0x82, 3, 0x20}, r.bytes(r.between(500, 800))));
    return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://sso." + r.word()
        + ".com/saml/metadata/" + r.uuid() + "\">\n  <md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
        + "    <md:KeyDescriptor use=\"signing\">\n      <ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n        <ds:X509Data>\n          <ds:X509Certificate>"
        + cert + "</ds:X509Certificate>\n        </ds:X509Data>\n      </ds:KeyInfo>\n    </md:KeyDescriptor>\n"
        + "    <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://sso."
        + r.word() + ".com/app/" + r.s(LOWER + DIGITS, 20) + "/sso/saml\"/>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>\n";
  }

  static String csp(Rnd r) {
    String nonce = b64(r.bytes(16));
    return "Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'sha256-" + b64(r.bytes(32))
        + "' 'strict-dynamic'; style-src 'self' 'sha384-" + b64(r.bytes(48)) + "'; object-src 'none'\n\n<script nonce=\"" + nonce
        + "\">window.__BOOT__ = {build: \"" + r.hex(10) + "\"};</script>\n";
  }

  static String bundler(Rnd r) {
    StringBuilder sb = new StringBuilder(r.coin() ? "vite v5." + r.n(5) + "." + r.n(9) + " building for production...\n✓ "
        + r.between(100, 900) + " modules transformed.\n" : "webpack 5." + r.between(80, 95) + ".0 compiled successfully in "
        + r.between(2000, 9000) + " ms\n");
    for (int i = 0; i < r.between(3, 7); i++) {
      String h = r.coin() ? r.s(ALNUM + "-_", 8) : r.hex(20);
      sb.append("dist/assets/").append(r.pick("index", "vendor", "chunk", "runtime", "main")).append('-').append(h)
          .append(r.pick(".js", ".css", ".js.map")).append("   ").append(r.between(1, 400)).append('.').append(r.n(100)).append(" kB\n");
    }
    sb.append("\n//# sourceMappingURL=main.").append(r.hex(20)).append(".js.map\n{\"version\":3,\"file\":\"main.js\",\"mappings\":\"")
        .append(r.s("ABCDEFGIKMOQSUWYacegikmoqsuwy;,", r.between(120, 400))).append("\",\"sources\":[\"webpack://app/./src/index.ts\"]}\n");
    return sb.toString();
  }

  static String minified(Rnd r) {
    StringBuilder sb = new StringBuilder();
    if (r.coin()) {
      sb.append("@font-face{font-family:\"Inter\";src:url(data:font/woff2;base64,").append(b64(concat("wOF2".getBytes(StandardCharsets.US_ASCII),
          r.bytes(r.between(300, 1500))))).append(") format(\"woff2\");font-display:swap}\n");
    } else {
      sb.append("<img alt=\"logo\" src=\"data:image/png;base64,").append(b64(concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
          r.bytes(r.between(200, 1200))))).append("\">\n");
    }
    sb.append("!function(e){var t={};function n(r){if(t[r])return t[r].exports}n.p=\"/static/\",n.h=\"").append(r.hex(20))
        .append("\",n(n.s=").append(r.between(10, 999)).append(")}([function(e,t,n){\"use strict\";var o=\"")
        .append(r.s(ALNUM, 24)).append("\";e.exports={k:o}}]);\n");
    return sb.toString();
  }

  static String ulid(Rnd r) {
    return "01" + r.s(CROCKFORD.substring(0, 10) + "ABCDEFGH", 8) + r.s(CROCKFORD, 16);
  }

  static String ids(Rnd r) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"id\": \"").append(r.uuid()).append("\",\n  \"order_ulid\": \"").append(ulid(r)).append("\",\n  \"event_ksuid\": \"")
        .append(r.s(BASE62, 27)).append("\",\n  \"share_slug\": \"").append(r.s(B64URL, 21)).append("\",\n  \"tweet_id\": \"")
        .append(r.between(1, 1)).append(r.digits(18)).append("\",\n  \"_id\": {\"$oid\": \"").append(r.hex(24)).append("\"},\n")
        .append("  \"correlation\": \"").append(r.uuid().toUpperCase()).append("\",\n  \"version\": ").append(r.between(1, 9)).append("\n}\n");
    return (r.coin() ? "The API returned:\n\n" : "") + sb;
  }

  static String s3(Rnd r) {
    return "$ aws s3api head-object --bucket " + r.word() + "-artifacts --key builds/" + r.hex(8) + ".tar.gz\n{\n    \"AcceptRanges\": \"bytes\",\n"
        + "    \"LastModified\": \"" + r.date() + "T" + r.time() + "+00:00\",\n    \"ContentLength\": " + r.between(1000, 99999999)
        + ",\n    \"ETag\": \"\\\"" + r.hex(32) + (r.coin() ? "-" + r.between(2, 40) : "") + "\\\"\",\n    \"VersionId\": \""
        + r.s(ALNUM + "._", 32) + "\",\n    \"ChecksumSHA256\": \"" + b64(r.bytes(32)) + "\",\n    \"ServerSideEncryption\": \"AES256\"\n}\n";
  }

  static String traces(Rnd r) {
    return "HTTP/1.1 502 Bad Gateway\nx-request-id: " + r.uuid() + "\nx-amzn-trace-id: Root=1-" + r.hex(8) + "-" + r.hex(24)
        + ";Parent=" + r.hex(16) + ";Sampled=1\ntraceparent: 00-" + r.hex(32) + "-" + r.hex(16) + "-01\ncf-ray: " + r.hex(16)
        + "-FRA\nx-amz-cf-id: " + r.s(B64URL, 54) + "==\n\nThe trace id above is what support needs; paste it in the ticket.\n";
  }

  static String pods(Rnd r) {
    StringBuilder sb = new StringBuilder("$ kubectl get pods -n " + r.word() + "\nNAME                                READY   STATUS    RESTARTS   AGE\n");
    for (int i = 0; i < r.between(3, 7); i++) {
      sb.append(String.format("%-35s %-7s %-9s %-10s %s%n", r.pick("api", "worker", "web", "scheduler") + "-" + r.s("bcdfghjklmnpqrstvwxz2456789", 10)
          + "-" + r.s("bcdfghjklmnpqrstvwxz2456789", 5), "1/1", "Running", r.n(4), r.between(1, 40) + "h"));
    }
    sb.append("\nContainer ID: containerd://").append(r.hex(64)).append("\nImage ID: ghcr.io/acme/api@sha256:").append(r.hex(64)).append('\n');
    return sb.toString();
  }

  static String license(Rnd r) {
    return r.pick("Enter your license key in the format XXXXX-XXXXX-XXXXX-XXXXX-XXXXX (25 characters, letters and digits).\n",
        "License keys look like `ABCDE-12345-FGHIJ-67890`; the one in the screenshot is a sample, not a real key.\n",
        "Product key format: ##### - ##### - ##### - ##### (the Windows installer will ask for it).\n")
        + "Example shown in the docs: " + r.pick("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "XXXX-XXXX-XXXX-XXXX", "00000-00000-00000-00000")
        + "\nSerial (build id, not a key): " + r.s(UPPER + DIGITS, 4) + "-" + r.hex(8) + "\n";
  }

  static String stripePk(Rnd r) {
    String mode = r.coin() ? "live" : "test";
    return "// checkout.js (runs in the browser; the publishable key is public by design)\nconst stripe = Stripe('pk_" + mode + "_51"
        + r.mixed(97) + "');\nconst elements = stripe.elements({ clientSecret: window.__CS__ });\n// session id from the server: cs_" + mode
        + "_" + r.mixed(58) + "\n";
  }

  static String sentryDsn(Rnd r) {
    return "Sentry.init({\n  dsn: \"https://" + r.hex(32) + "@o" + r.digits(6) + ".ingest." + r.pick("", "us.", "de.") + "sentry.io/"
        + r.digits(16) + "\",\n  release: \"web@" + r.hex(12) + "\",\n  tracesSampleRate: 0.2,\n});\n\nThe DSN is safe in client code: it only allows sending events.\n";
  }

  static String algoliaSearch(Rnd r) {
    return "import algoliasearch from 'algoliasearch/lite';\n\n// search-only key, safe to ship in the frontend (ACL: search)\nconst searchClient = algoliasearch('"
        + r.s(UPPER + DIGITS, 10) + "', '" + r.hex(32) + "');\nconst index = searchClient.initIndex('" + r.word() + "_products');\n";
  }

  static String mapboxPk(Rnd r) {
    return "mapboxgl.accessToken = 'pk." + b64url(("{\"u\":\"" + r.word() + r.digits(2) + "\",\"a\":\"cl" + r.s(LOWER + DIGITS, 23)
        + "\"}").getBytes(StandardCharsets.UTF_8)) + "." + r.s(B64URL, 22) + "';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });\n"
        + "// public token (pk.), restricted to https://" + r.word() + ".com/* in the account's URL allowlist\n";
  }

  static String recaptcha(Rnd r) {
    return "<div class=\"g-recaptcha\" data-sitekey=\"6L" + r.s(B64URL, 6) + "AAAAA" + r.s(B64URL, 27)
        + "\"></div>\n<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>\n<!-- site key (public); the secret key stays on the server in RECAPTCHA_SECRET -->\n";
  }

  static String documented(Rnd r) {
    return r.pick(
        "From the AWS docs, an example credentials file:\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "The IAM docs use AKIAI44QH8DHBEXAMPLE with secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY in their examples.\n",
        "JWT example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n",
        "Test card for the sandbox: 4242 4242 4242 4242, any future expiry, any CVC.\n",
        "Example IBAN from the spec: GB82 WEST 1234 5698 7654 32 (used in every banking tutorial).\n")
        + "Commit " + r.hex(7) + " added these to docs/examples.md.\n";
  }

  static String placeholders(Rnd r) {
    return r.pick("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE\nGITHUB_TOKEN=<your-token>\n",
        "export ANTHROPIC_API_KEY=\"${ANTHROPIC_API_KEY}\"\nexport AWS_SECRET_ACCESS_KEY=<redacted>\nDATABASE_URL=postgres://user:password@localhost:5432/db\n",
        "slack:\n  bot_token: xoxb-YOUR-BOT-TOKEN\n  webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n",
        "Authorization: Bearer <ACCESS_TOKEN>\nX-API-Key: {{api_key}}\nNPM_TOKEN=npm_****************************\n",
        "password: \"changeme\"\napi_key: \"REPLACE_ME\"\nsecret: \"********\"\n")
        + "(lockfile hash for reference: " + sri(r, 64) + ")\n";
  }

  static String envReads(Rnd r) {
    return r.pick("import os\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nstripe.api_key = os.getenv(\"STRIPE_SECRET_KEY\")\n",
        "const token = process.env.GITHUB_TOKEN;\nconst octokit = new Octokit({ auth: token });\nconst dsn = process.env.SENTRY_DSN ?? '';\n",
        "String key = System.getenv(\"AWS_SECRET_ACCESS_KEY\");\nString pw = System.getenv().getOrDefault(\"DB_PASSWORD\", \"\");\n",
        "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  DOCKERHUB_TOKEN: ${{ secrets.DOCKERHUB_TOKEN }}\nrun: echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc\n")
        + "# build " + r.hex(12) + "\n";
  }

  static String pwHashes(Rnd r) {
    String bc = "./" + B64.substring(0, 62);
    return r.pick("users table dump (hashes only):\n", "/etc/shadow excerpt:\n", ".htpasswd:\n")
        + r.word() + ":$2b$12$" + r.s(bc, 53) + "\n" + r.word() + ":$6$" + r.s(bc, 16) + "$" + r.s(bc, 86) + ":19700:0:99999:7:::\n"
        + r.word() + ":$argon2id$v=19$m=65536,t=3,p=4$" + b64(r.bytes(16)).replace("=", "") + "$" + b64(r.bytes(32)).replace("=", "")
        + "\n" + r.word() + ":{SHA}" + b64(r.bytes(20)) + "\n";
  }

  static String fixtures(Rnd r) {
    return "# tests/fixtures.py: fake values for unit tests, not real credentials\nFAKE_API_KEY = \"test_" + r.hex(24) + "\"\nDUMMY_TOKEN = \"dummy-token-"
        + r.s(LOWER + DIGITS, 12) + "\"\nMOCK_SECRET = \"mock_secret_" + r.word() + "\"\nRANDOM_SEED_BYTES = \"" + r.hex(32) + "\"  # fixture\n";
  }

  static String checksums(Rnd r) {
    StringBuilder sb = new StringBuilder("$ sha256sum -c SHA256SUMS\n");
    for (int i = 0; i < r.between(2, 5); i++) {
      sb.append(r.hex(64)).append("  ").append(r.pick("node", "terraform", "kubectl", "helm")).append("-v").append(ver(r))
          .append("-linux-").append(r.pick("x64", "arm64")).append(".tar.gz\n");
    }
    sb.append("$ md5sum backup.tar\n").append(r.hex(32)).append("  backup.tar\n$ sha1sum app.jar\n").append(r.hex(40)).append("  app.jar\n");
    return sb.toString();
  }

  static String nixLfsTf(Rnd r) {
    return switch (r.n(3)) {
      case 0 -> "$ nix-store -q --references result\n/nix/store/" + r.s("0123456789abcdfghijklmnpqrsvwxyz", 32) + "-glibc-2.39\n/nix/store/"
          + r.s("0123456789abcdfghijklmnpqrsvwxyz", 32) + "-openssl-3.0.14\nnarHash: sha256-" + b64(r.bytes(32)) + "\n";
      case 1 -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + r.hex(64) + "\nsize " + r.between(1000, 90000000) + "\n";
      default -> "# .terraform.lock.hcl\nprovider \"registry.terraform.io/hashicorp/aws\" {\n  version     = \"5." + r.n(60) + ".0\"\n  hashes = [\n    \"h1:"
          + b64(r.bytes(32)) + "\",\n    \"zh:" + r.hex(64) + "\",\n    \"zh:" + r.hex(64) + "\",\n  ]\n}\n";
    };
  }

  static String stripeIds(Rnd r) {
    return "{\n  \"id\": \"pi_3" + r.mixed(23) + "\",\n  \"object\": \"payment_intent\",\n  \"customer\": \"cus_" + r.mixed(14)
        + "\",\n  \"latest_charge\": \"ch_3" + r.mixed(23) + "\",\n  \"payment_method\": \"pm_1" + r.mixed(23)
        + "\",\n  \"invoice\": \"in_1" + r.mixed(23) + "\",\n  \"livemode\": true,\n  \"amount\": " + r.between(100, 99999)
        + "\n}\nWebhook event evt_1" + r.mixed(23) + " delivered (idempotency key " + r.uuid() + ").\n";
  }

  /** Noise blocks that positives reuse so they sit in the same kinds of documents. */
  static String noise(Rnd r) {
    List<Function<Rnd, String>> g = new ArrayList<>(GENERATORS.values());
    Function<Rnd, String> f = r.pick(g);
    return f.apply(r);
  }

  static KeyPair unused() {
    return null;
  }
}
