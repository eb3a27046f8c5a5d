package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;

import io.moltr.core.scan.Blind34Secrets.Secret;
import io.moltr.core.scan.Blind34Util.Rnd;

/** The documents of blind34's positives: the same lockfiles, logs, wallets and key bundles as the negatives, with a leak. */
final class Blind34Docs {
  private Blind34Docs() {}

  static String plus(String block) {
    return "+" + block.replace("\n", "\n+");
  }

  static String token(Rnd r, Secret s, String c) {
    return switch (c) {
      case "npmrc_beside_lock" -> Blind34Negatives.packageLock(r) + "\nand the project's .npmrc, so CI can install the private scope:\n\n"
          + (s.kind().equals("npm") ? "@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=" + s.value()
              : "@acme:registry=https://registry.npmjs.org/\n\n.env next to it:\n" + Blind34Corpus.render(r, s, "env")) + "\n";
      case "git_log_diff" -> Blind34Negatives.gitLog(r) + "$ git show " + r.hex(7) + " -- .env.production\ncommit " + r.hex(40)
          + "\nAuthor: " + Blind34Negatives.author(r) + "\n\n    chore: update deploy config\n\ndiff --git a/.env.production b/.env.production\nindex "
          + r.hex(7) + ".." + r.hex(7) + " 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,2 +3," + r.between(3, 5)
          + " @@\n NODE_ENV=production\n RELEASE_SHA=" + r.hex(40) + "\n" + plus(Blind34Corpus.render(r, s, "env")) + "\n";
      case "docker_inspect" -> Blind34Negatives.docker(r) + "\n$ docker inspect api | jq '.[0].Config.Env'\n[\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/bin\",\n  \"NODE_VERSION=20."
          + r.n(15) + ".0\",\n  \"BUILD_DIGEST=sha256:" + r.hex(64) + "\",\n  \"" + Blind34Corpus.render(r, s, "env").replace("\n", "\",\n  \"")
          + "\"\n]\n";
      case "ci_log" -> Blind34Negatives.bundler(r) + "\n##[group]Run env | sort\nCI=true\nGITHUB_SHA=" + r.hex(40) + "\nGITHUB_RUN_ID="
          + r.digits(10) + "\n" + Blind34Corpus.render(r, s, "env") + "\nRUNNER_OS=Linux\n##[endgroup]\n";
      case "env_beside_lock" -> r.pick(Blind34Negatives.cargoLock(r), Blind34Negatives.goSum(r), Blind34Negatives.pyLock(r))
          + "\nAnd here's the .env I'm using locally:\n\n" + Blind34Corpus.render(r, s, "env") + "\nLOG_LEVEL=debug\n";
      case "frontend_bundle" -> Blind34Negatives.minified(r) + "var cfg={\"build\":\"" + r.hex(12) + "\",\"sentryRelease\":\"" + r.hex(40)
          + "\"," + Blind34Corpus.render(r, s, "json").replace("\n", "") + "};window.__CFG__=cfg;\n";
      case "terraform_state" -> "terraform.tfstate (excerpt):\n{\n  \"version\": 4,\n  \"serial\": " + r.between(3, 300) + ",\n  \"lineage\": \""
          + r.uuid() + "\",\n  \"resources\": [{\"type\": \"aws_lambda_function\", \"instances\": [{\"attributes\": {\n    \"source_code_hash\": \""
          + b64(r.bytes(32)) + "\",\n    \"environment\": [{\"variables\": {\n      " + Blind34Corpus.render(r, s, "json").replace("\n", "\n      ")
          + "\n    }}]\n  }}]}]\n}\n\n" + Blind34Negatives.nixLfsTf(r);
      case "chat_config" -> "This is the config that finally worked after the lockfile refresh:\n\n```yaml\nservice:\n  image: ghcr.io/acme/api@sha256:"
          + r.hex(64) + "\n  request_id_header: x-request-id\n" + indent(Blind34Corpus.render(r, s, "yaml"), "  ") + "\n```\n\n"
          + Blind34Negatives.traces(r);
      default -> Blind34Negatives.pods(r) + "\n$ kubectl describe pod api-" + r.s("bcdfghjklmnpqrstvwxz2456789", 10) + "\n    Container ID:  containerd://"
          + r.hex(64) + "\n    Environment:\n" + indent(Blind34Corpus.render(r, s, "env").replace("=", ":  "), "      ") + "\n      PORT:  8080\n";
    };
  }

  static String keyfile(Rnd r, Secret s, String c) {
    String cc = c;
    if (s.kind().equals("openssh") && !c.equals("chat_key")) {
      cc = "ssh_dir";
    } else if (s.kind().equals("pgp_private") && !c.equals("chat_key")) {
      cc = "gpg_export";
    } else if (s.kind().startsWith("pkcs8") && !c.equals("chat_key")) {
      cc = "pem_bundle";
    }
    return switch (cc) {
      case "pem_bundle" -> "$ cat /etc/nginx/ssl/bundle.pem\n" + Blind34Negatives.certPem(r, "CERTIFICATE") + "\n" + s.value() + "\n"
          + Blind34Negatives.certPem(r, "CERTIFICATE") + "\n\nThe first block is the leaf certificate, then the key, then the intermediate.\n";
      case "ssh_dir" -> Blind34Negatives.sshPublic(r) + "\n$ cat ~/.ssh/id_ed25519\n" + s.value() + "\n$ cat ~/.ssh/id_ed25519.pub\n"
          + Blind34Negatives.sshPub(r) + " deploy@ci\n";
      case "gpg_export" -> Blind34Negatives.pgpPublic(r) + "\n$ gpg --export-secret-keys --armor " + r.s("0123456789ABCDEF", 16) + "\n" + s.value() + "\n";
      default -> "Here's the key the deploy job uses; I copied it from the runner so you can reproduce the TLS error:\n\n" + s.value()
          + "\n\nFor comparison, the lockfile that pins the deploy tooling:\n" + Blind34Negatives.goSum(r);
    };
  }

  static String jsonDoc(Rnd r, Secret s, String c) {
    return switch (c) {
      case "jwks_with_private" -> "I exported the signing keys from the auth service to debug the kid mismatch:\n\n{\"keys\":["
          + Blind34Secrets.ecJwk(Blind34Secrets.ecKey(r), false, r.hex(16)) + ",{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + r.hex(16)
          + "\",\"use\":\"sig\",\"x\":\"" + b64url(r.bytes(32)) + "\",\"y\":\"" + b64url(r.bytes(32)) + "\",\"d\":\"" + s.value()
          + "\"}]}\n";
      case "service_account_json" -> "$ terraform output -raw sa_key | base64 -d > key.json && cat key.json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \""
          + r.word() + "-prod-" + r.digits(6) + "\",\n  \"private_key_id\": \"" + r.hex(40) + "\",\n  \"private_key\": \""
          + s.value().replace("\n", "\\n") + "\",\n  \"client_email\": \"deployer@" + r.word() + "-prod.iam.gserviceaccount.com\",\n  \"client_id\": \""
          + r.digits(21) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n";
      default -> "$ solana-keygen new -o ~/.config/solana/id.json --no-bip39-passphrase\npubkey: " + Blind34Negatives.solAddr(r)
          + "\n$ cat ~/.config/solana/id.json\n" + s.value() + "\n" + Blind34Negatives.solanaEns(r);
    };
  }

  static String walletLabel(Secret s) {
    return switch (s.kind()) {
      case "eth_private" -> "privateKey";
      case "btc_wif" -> "wif";
      case "xprv" -> "xprv";
      default -> "mnemonic";
    };
  }

  static String wallet(Rnd r, Secret s, String c) {
    String pub = s.kind().equals("eth_private") ? Blind34Negatives.ethAddr(r) : Blind34Negatives.btcBech32(r);
    return switch (c) {
      case "wallet_export" -> "wallet-backup.json:\n{\n  \"version\": 3,\n  \"id\": \"" + r.uuid() + "\",\n  \"address\": \"" + pub
          + "\",\n  \"" + walletLabel(s) + "\": \"" + s.value() + "\",\n  \"xpub\": \"" + base58check(concat(unhex("0488b21e"), r.bytes(41),
              new byte[] {2}, r.bytes(32))) + "\",\n  \"lastTx\": \"0x" + r.hex(64) + "\"\n}\n";
      case "explorer_notes" -> Blind34Negatives.ethereum(r) + "\nNotes for the airdrop script: fund from " + pub + "; the signer is "
          + (s.kind().equals("bip39") ? "derived from the seed phrase " : "the key ") + s.value() + "\n";
      default -> switch (s.kind()) {
        case "eth_private" -> "$ cast wallet new\nSuccessfully created new keypair.\nAddress:     " + pub + "\nPrivate key: " + s.value() + "\n";
        case "btc_wif" -> "$ bitcoin-cli -rpcwallet=hot dumpprivkey " + Blind34Negatives.btcLegacy(r) + "\n" + s.value() + "\n";
        case "xprv" -> "$ bx hd-new " + r.hex(32) + "\n" + s.value() + "\n$ bx hd-to-public\n" + base58check(concat(unhex("0488b21e"),
            r.bytes(41), new byte[] {3}, r.bytes(32))) + "\n";
        default -> "Wallet created. Address " + pub + "\nWrite down your recovery phrase:\n" + s.value() + "\n";
      };
    };
  }

  static String pii(Rnd r, Secret s, String c) {
    String label = switch (s.kind()) {
      case "credit_card" -> "card_number";
      case "iban" -> "iban";
      default -> "dni";
    };
    String name = r.pick("Ana", "Jordi", "Lucía", "Mark", "Sofia") + " " + r.pick("García", "Martínez", "Schmidt", "Jansen");
    return switch (c) {
      case "payment_log" -> Blind34Negatives.stripeIds(r) + "\n" + r.date() + "T" + r.time() + "Z DEBUG checkout request_id=" + r.uuid()
          + " customer=\"" + name + "\" " + label + "=" + s.value() + (s.kind().equals("credit_card") ? " exp=0" + r.between(1, 9) + "/"
              + r.between(27, 31) + " cvc=" + r.digits(3) : "") + " amount=" + r.between(100, 9999) + "\n";
      case "kyc_record" -> "{\n  \"applicant_id\": \"" + r.uuid() + "\",\n  \"ulid\": \"" + Blind34Negatives.ulid(r) + "\",\n  \"full_name\": \""
          + name + "\",\n  \"date_of_birth\": \"19" + r.between(60, 99) + "-0" + r.between(1, 9) + "-1" + r.n(9) + "\",\n  \"" + label
          + "\": \"" + s.value() + "\",\n  \"document_sha256\": \"" + r.hex(64) + "\"\n}\n";
      default -> "payouts_export.csv\nid,name," + label + ",amount,trace\n" + r.hex(24) + ",\"" + name + "\"," + s.value() + ","
          + r.between(10, 999) + ".00," + r.uuid() + "\n";
    };
  }

  static String decodeCmd(String enc) {
    return switch (enc) {
      case "base64", "gzip_base64", "base64_of_base64" -> "base64 -d";
      case "base64url" -> "basenc --base64url -d";
      case "base32" -> "base32 -d";
      case "hex", "hex_upper", "hex_of_base64" -> "xxd -r -p";
      case "rot13" -> "tr 'A-Za-z' 'N-ZA-Mn-za-m'";
      case "reversed" -> "rev";
      default -> "python3 -c 'import sys,html,urllib.parse; print(sys.stdin.read())'";
    };
  }

  static String encodedCarrier(Rnd r, String c, String enc, String payload) {
    String cc = c;
    if (payload.contains("\"") || payload.contains("\n") || payload.contains("'")) {
      cc = "chat_prose";
    }
    String noise = Blind34Negatives.noise(r);
    return switch (cc) {
      case "k8s_secret" -> "$ kubectl get secret api-credentials -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  uid: "
          + r.uuid() + "\n  resourceVersion: \"" + r.digits(8) + "\"\n  annotations:\n    checksum/config: " + r.hex(64) + "\n    encoding: "
          + enc + "\ntype: Opaque\ndata:\n  credentials: " + payload + "\n\n" + noise;
      case "git_diff_blob" -> noise + "\ndiff --git a/config/seed.json b/config/seed.json\nindex " + r.hex(7) + ".." + r.hex(7)
          + " 100644\n--- a/config/seed.json\n+++ b/config/seed.json\n@@ -1,3 +1,4 @@\n {\n   \"integrity\": \"" + Blind34Negatives.sri(r, 64)
          + "\",\n+  \"blob\": \"" + payload + "\",\n   \"encoding\": \"" + enc + "\"\n }\n";
      case "json_log" -> noise + "\n{\"ts\":\"" + r.date() + "T" + r.time() + "Z\",\"trace_id\":\"" + r.hex(32) + "\",\"level\":\"debug\",\"msg\":\"outgoing request\",\"enc\":\""
          + enc + "\",\"payload\":\"" + payload + "\"}\n";
      case "shell_decode" -> "$ history | tail -3\n  " + r.between(100, 999) + "  echo '" + payload + "' | " + decodeCmd(enc) + " > /tmp/creds\n  "
          + r.between(100, 999) + "  sha256sum /tmp/creds\n" + r.hex(64) + "  /tmp/creds\n\n" + noise;
      default -> "I found this value in the build cache next to the lockfile (it's " + enc.replace('_', ' ') + "):\n\n" + payload
          + "\n\n" + noise;
    };
  }
}
