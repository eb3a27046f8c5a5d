package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;

import io.moltr.core.scan.Blind22Contexts.Snip;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Blind22: hard negatives, each a snippet placed in the same long contexts as the positives. */
final class Blind22Negatives {
  static final Map<String, Function<Random, Snip>> GEN = new LinkedHashMap<>();

  private Blind22Negatives() {}

  private static void put(String id, Function<Random, Snip> f) {
    GEN.put(id, f);
  }

  private static Snip a(String var, String value) {
    return Snip.notCredential(var, value);
  }

  private static Snip raw(String s) {
    return Snip.raw(s);
  }

  static {
    put("aws_doc_example", r -> pick(r, a("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
        a("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        raw("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
    put("placeholder_prefix_x", r -> pick(r, a("OPENAI_API_KEY", "sk-" + "x".repeat(20 + r.nextInt(30))),
        a("GITHUB_TOKEN", "ghp_" + "x".repeat(36)), a("STRIPE_SECRET_KEY", "sk_live_" + "X".repeat(24)),
        a("SLACK_BOT_TOKEN", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"), a("GITLAB_TOKEN", "glpat-xxxxxxxxxxxxxxxxxxxx")));
    put("placeholder_words", r -> a(pick(r, "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STRIPE_SECRET_KEY", "DATADOG_API_KEY", "HF_TOKEN"),
        pick(r, "YOUR_API_KEY", "<your-api-key>", "<token>", "your-token-here", "REPLACE_ME", "changeme", "TODO-set-me", "sk-...your-key...")));
    put("env_var_reference", r -> a(pick(r, "api_key", "token", "password", "client_secret"),
        pick(r, "${API_KEY}", "$TOKEN", "%DB_PASSWORD%", "${env:CLIENT_SECRET}", "${{ env.API_TOKEN }}", "$(cat /run/secrets/token)")));
    put("gha_secrets_ref", r -> raw("    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n      PASSWORD: {{ vault_db_password }}"));
    put("masked_stars", r -> a(pick(r, "password", "api_key", "STRIPE_SECRET_KEY", "token"), pick(r, "********", "****************", "[REDACTED]", "•••••••••", "<redacted>", "***hidden***")));
    put("env_read_py", r -> raw("api_key = os.environ[\"OPENAI_API_KEY\"]\npassword = os.getenv(\"DB_PASSWORD\", \"\")\nclient = OpenAI(api_key=api_key)"));
    put("env_read_js", r -> raw("const token = process.env.GITHUB_TOKEN;\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');\nif (!token) throw new Error('GITHUB_TOKEN missing');"));
    put("env_read_go", r -> raw("apiKey := os.Getenv(\"DATADOG_API_KEY\")\nif apiKey == \"\" {\n\tlog.Fatal(\"DATADOG_API_KEY not set\")\n}"));
    put("env_read_java", r -> raw("String password = System.getenv(\"DB_PASSWORD\");\nString secret = Objects.requireNonNull(System.getenv(\"JWT_SECRET\"), \"JWT_SECRET\");"));
    put("env_read_rust_cs", r -> pick(r, raw("let token = std::env::var(\"SLACK_BOT_TOKEN\").expect(\"SLACK_BOT_TOKEN\");"),
        raw("var key = Environment.GetEnvironmentVariable(\"AZURE_STORAGE_KEY\") ?? throw new InvalidOperationException();"),
        raw("$password = getenv('DB_PASSWORD');\n$apiKey = $_ENV['MAILGUN_API_KEY'];")));
    put("vault_read", r -> pick(r, raw("$ vault kv get -field=password secret/prod/db\n(output hidden: copied to clipboard)"),
        raw("secret = client.secrets.kv.v2.read_secret_version(path='prod/api')['data']['data']['token']"),
        raw("$ aws secretsmanager get-secret-value --secret-id prod/stripe --query SecretString --output text > /run/secrets/stripe")));
    put("md5", r -> raw("$ md5sum " + pick(r, "backup.tar", "dump.sql", "logo.png") + "\n" + rand(r, HEX, 32) + "  " + pick(r, "backup.tar", "dump.sql")));
    put("sha1", r -> a("checksum_sha1", rand(r, HEX, 40)));
    put("sha256", r -> raw("$ sha256sum release.zip\n" + rand(r, HEX, 64) + "  release.zip"));
    put("sha512", r -> raw("SHA512 (node-v22.11.0-linux-x64.tar.xz) = " + hash("SHA-512", bytes(r, 8))));
    put("bcrypt_hash", r -> raw("INSERT INTO users (email, password_hash) VALUES ('ana@example.org', '$2b$12$" + rand(r, ALNUM + "./", 53) + "');"));
    put("argon2_hash", r -> a("password_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + b64(bytes(r, 16)).replace("=", "") + "$" + b64(bytes(r, 32)).replace("=", "")));
    put("uuids", r -> raw("tenant_id: " + uuid(r) + "\nsubscription_id: " + uuid(r) + "\nclient_id: " + uuid(r) + "\nrequest_id: " + uuid(r)));
    put("git_shas", r -> raw("$ git log --format='%H %s' -3\n" + rand(r, HEX, 40) + " Fix build\n" + rand(r, HEX, 40) + " Update deps\n" + rand(r, HEX, 40) + " Initial commit"));
    put("short_shas", r -> raw("Reverted " + rand(r, HEX, 7) + ", cherry-picked " + rand(r, HEX, 8) + " and " + rand(r, HEX, 10) + " onto release/2.4."));
    put("sri_integrity", r -> raw("<script src=\"https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js\" integrity=\"sha384-"
        + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>"));
    put("npm_lock_integrity", r -> raw("    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
        + b64(bytes(r, 64)) + "\"\n    },"));
    put("docker_digest", r -> raw("FROM eclipse-temurin:17-jre@sha256:" + rand(r, HEX, 64) + "\nCOPY --from=build /app/target/app.jar /app/app.jar"));
    put("btc_address", r -> {
      byte[] p = new byte[21];
      System.arraycopy(bytes(r, 20), 0, p, 1, 20);
      return raw("Donations (public address): " + base58check(p) + "\nSegWit: bc1q" + rand(r, BECH32, 38));
    });
    put("eth_address", r -> a("treasury_address", "0x" + rand(r, HEX, 40)));
    put("ssh_public_key", r -> raw("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(bytes(r, 32)).replace("=", "") + " deploy@build-01\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"
        + b64(bytes(r, 200)).replace("=", "") + " ana@laptop"));
    put("pem_public_key", r -> raw(Blind22Secrets.pem("PUBLIC KEY", bytes(r, 294))));
    put("certificate", r -> raw(Blind22Secrets.pem("CERTIFICATE", bytes(r, 900))));
    put("data_uri_image", r -> raw("<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + b64(bytes(r, 600)) + "\">"));
    put("base64_harmless", r -> raw("The webhook body arrives base64-encoded, e.g. " + b64(pick(r, "{\"event\":\"order.created\",\"id\":" + r.nextInt(99999) + ",\"total\":42.5}",
        "Hello from the staging cluster, build " + r.nextInt(999) + " finished without errors.", "user=ana&action=login&ts=" + (1764000000 + r.nextInt(99999))))));
    put("long_hex_checksum", r -> raw("firmware.bin: crc32=" + rand(r, HEX, 8) + " blake2b=" + rand(r, HEX, 128)));
    put("card_luhn_fail", r -> {
      String c = card(r, "4", 16);
      int last = c.charAt(15) - '0';
      return a("order_reference", c.substring(0, 15) + ((last + 1 + r.nextInt(8)) % 10));
    });
    put("iban_mod97_fail", r -> {
      String v = iban("DE", digits(r, 18));
      int d = v.charAt(3) - '0';
      return raw("Ref: " + v.substring(0, 3) + ((d + 1 + r.nextInt(8)) % 10) + v.substring(4) + " (Verwendungszweck, keine Kontonummer)");
    });
    put("build_ids", r -> raw("Build #" + r.nextInt(9999) + " (" + Blind22Contexts.date(r) + "." + r.nextInt(99) + "-" + rand(r, HEX, 7) + ") artifact id " + rand(r, LO + DIG, 20)));
    put("trace_ids", r -> raw("traceparent: 00-" + rand(r, HEX, 32) + "-" + rand(r, HEX, 16) + "-01\nX-Amzn-Trace-Id: Root=1-" + rand(r, HEX, 8) + "-" + rand(r, HEX, 24)
        + "\nX-Cloud-Trace-Context: " + rand(r, HEX, 32) + "/" + digits(r, 19) + ";o=1"));
    put("request_ids", r -> raw("x-request-id: req_" + rand(r, ALNUM, 14) + "\ncf-ray: " + rand(r, HEX, 16) + "-FRA\nx-amz-request-id: " + rand(r, UP + DIG, 16)
        + "\nx-amz-id-2: " + b64(bytes(r, 57))));
    put("s3_object_keys", r -> raw("s3://acme-uploads/tenants/" + uuid(r) + "/avatars/" + rand(r, HEX, 32) + ".webp\ns3://acme-uploads/tmp/" + rand(r, ALNUM, 40) + "/part-00001.parquet"));
    put("css_class_hashes", r -> raw("<div class=\"css-" + rand(r, LO + DIG, 7) + " _container_" + rand(r, LO + DIG, 5) + "_1 sc-" + rand(r, ALNUM, 6) + "\">\n<span class=\"Button_root__"
        + rand(r, ALNUM + "_-", 5) + " jsx-" + digits(r, 10) + "\">"));
    put("webpack_chunks", r -> raw("dist/assets/index-" + rand(r, ALNUM, 8) + ".js   142.31 kB │ gzip: 45.02 kB\ndist/assets/vendor." + rand(r, HEX, 20) + ".chunk.js\nstatic/js/"
        + r.nextInt(999) + "." + rand(r, HEX, 8) + ".chunk.js"));
    put("jwt_alg_none", r -> raw("Debug token (unsigned, alg none): " + b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
        + b64url("{\"sub\":\"test-user\",\"role\":\"viewer\"}") + "."));
    put("k8s_placeholder_secret", r -> raw("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  password: ${DB_PASSWORD}\n  api_key: <set-by-sealed-secrets>\ndata:\n  token: \"\""));
    put("redaction_message", r -> raw(pick(r, "The key sk-proj-…" + rand(r, ALNUM, 4) + " has been revoked and replaced.",
        "I rotated the token ghp_****" + rand(r, ALNUM, 4) + "; the old one no longer works.", "Stripe key sk_live_...." + rand(r, ALNUM, 4) + " was rolled at 10:42 UTC.",
        "AWS key AKIA****************" + " (ending in " + rand(r, UP, 4) + ") is now inactive.")));
    put("version_strings", r -> raw("api 2.4." + r.nextInt(30) + "-rc." + r.nextInt(9) + "+build." + r.nextInt(9999) + "\nnode v22.11.0, npm 10.9.0, java 17.0.15+6-Debian-1deb12u1\nchart acme-api-1." + r.nextInt(9) + ".0"));
    put("go_sum", r -> raw("github.com/google/uuid v1.6.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:" + b64(bytes(r, 32))));
    put("ulid_nanoid", r -> raw("event 01J" + rand(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) + " stored as doc " + rand(r, B64URL, 21) + " (ksuid " + rand(r, ALNUM, 27) + ")"));
    put("ssh_fingerprint", r -> raw("The ECDSA key fingerprint is SHA256:" + b64(bytes(r, 32)).replace("=", "") + ".\nMD5:" + rand(r, HEX, 32).replaceAll("(..)(?!$)", "$1:")));
    put("ga_and_public_ids", r -> raw("gtag('config', 'G-" + rand(r, UP + DIG, 10) + "');\nclient_id: " + digits(r, 12) + "-" + rand(r, LO + DIG, 32) + ".apps.googleusercontent.com"));
    put("pgp_public_key", r -> raw("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap(b64(bytes(r, 400)), 64) + "\n=" + b64(bytes(r, 3)) + "\n-----END PGP PUBLIC KEY BLOCK-----"));
    put("age_public_recipient", r -> a("age_recipient", "age1" + rand(r, BECH32, 58)));
    put("notebook_png_output", r -> raw("{\"output_type\": \"display_data\", \"data\": {\"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk" + b64(bytes(r, 1500)) + "\"}}"));
    put("fixture_weak_passwords", r -> raw("# test fixture, not a real account\nusers = [\n    {\"name\": \"alice\", \"password\": \"password\"},\n    {\"name\": \"bob\", \"password\": \"changeme\"},\n    {\"name\": \"carol\", \"password\": \"test\"},\n]"));
    put("password_policy_text", r -> raw("Passwords must be at least 12 characters, contain a digit and a symbol, and the API key field accepts 32-64 characters."));
    put("doc_test_cards", r -> raw("Use the documented test cards: " + pick(r, "4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444")
        + " (any future expiry, any CVC). They never charge money."));
    put("aws_resource_ids", r -> raw("arn:aws:iam::" + digits(r, 12) + ":role/deploy\ninstance i-0" + rand(r, HEX, 16) + " ami-0" + rand(r, HEX, 16) + " sg-0" + rand(r, HEX, 16)
        + " vpc-0" + rand(r, HEX, 16)));
    put("slack_ids", r -> raw("channel C0" + rand(r, UP + DIG, 9) + " user U0" + rand(r, UP + DIG, 9) + " team T0" + rand(r, UP + DIG, 8) + " ts " + (1764000000 + r.nextInt(99999)) + "." + digits(r, 6)));
    put("twilio_account_sid", r -> a("TWILIO_ACCOUNT_SID", "AC" + rand(r, HEX, 32)));
    put("minified_js", r -> raw("!function(e,t){\"use strict\";var n=\"" + rand(r, ALNUM, 40) + "\",r=function(e){return e.replace(/[A-Z]/g,function(e){return\"-\"+e.toLowerCase()})};t.exports={n:n,r:r,v:\"3."
        + r.nextInt(9) + ".1\"}}(window,module);"));
    put("k8s_configmap_binary", r -> raw("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\ndata:\n  worker_processes: \"4\"\nbinaryData:\n  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAA" + b64(bytes(r, 60))));
    put("tf_sensitive_masked", r -> raw("      + master_password = (sensitive value)\n      + api_token       = (sensitive value)\n      + connection_string = (sensitive value)"));
    put("har_redacted_auth", r -> raw("{\"name\": \"Authorization\", \"value\": \"Bearer [REDACTED]\"},\n{\"name\": \"Cookie\", \"value\": \"session=<removed>\"}"));
    put("ipv6_mac", r -> raw("inet6 fe80::" + rand(r, HEX, 4) + ":" + rand(r, HEX, 4) + ":" + rand(r, HEX, 4) + ":" + rand(r, HEX, 4) + "/64 scopeid 0x20<link>\nether "
        + rand(r, HEX, 12).replaceAll("(..)(?!$)", "$1:")));
    put("doc_example_iban", r -> raw("Beispiel-IBAN aus der Dokumentation: DE89 3704 0044 0532 0130 00 (Format: DEkk bbbb bbbb cccc cccc cc)."));
    put("epoch_and_order_numbers", r -> raw("order " + notLuhn("7" + digits(r, 15)) + " shipped at " + (1764000000000L + r.nextInt(999999999)) + " ms, tracking 1Z" + rand(r, UP + DIG, 16)));
  }

  static String notLuhn(String d) {
    return luhnValid(d) ? d.substring(0, d.length() - 1) + (char) ('0' + (d.charAt(d.length() - 1) - '0' + 1) % 10) : d;
  }

}
