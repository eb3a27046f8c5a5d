package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table of (text, expected rule id or "clean", why), one row per behaviour a user relies on. */
class ScanRulesTest {
  private static final Random R = new Random(7);

  static Stream<Arguments> rows() {
    return Stream.of(
        row("key: " + "sk-proj-" + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 120), "openai-api-key", "OpenAI project key"),
        row("sk-ant-api03-" + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 93) + "AA", "anthropic-api-key", "Anthropic key"),
        row("AKIA" + "Z7QH3KXW5N2LRT4M", "aws-access-key-id", "AWS access key id"),
        row("aws_secret_access_key = " + "q8Vd3kP0zL+7mR2wX9cY5tB1nH6jF4gA0sE3uK7i", "aws-secret-access-key", "AWS secret key by name"),
        row("token " + FakeSecrets.github(R, "ghp_"), "github-pat", "GitHub classic PAT with valid checksum"),
        row("xoxb-" + FakeSecrets.pick(R, "0123456789", 12) + "-" + FakeSecrets.pick(R, "0123456789", 13) + "-" + FakeSecrets.mixed(R, FakeSecrets.ALNUM, 24), "slack-bot-token", "Slack bot token"),
        row("curl -H 'Authorization: Bearer " + FakeSecrets.mixed(R, FakeSecrets.ALNUM, 40) + "'", "bearer-token", "Bearer header"),
        row("sk_live_" + FakeSecrets.mixed(R, FakeSecrets.ALNUM, 24), "stripe-secret-key", "Stripe live key"),
        row("AIza" + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 35), "google-api-key", "Google API key"),
        row(FakeSecrets.jwt(R, "{\"iss\":\"supabase\",\"role\":\"service_role\"}"), "supabase-jwt", "Supabase service key"),
        row("7" + FakeSecrets.pick(R, "0123456789", 9) + ":AA" + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 33), "telegram-bot-token", "Telegram bot token"),
        row("SG." + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 22) + "." + FakeSecrets.mixed(R, FakeSecrets.URLSAFE, 43), "sendgrid-api-key", "SendGrid key"),
        row("my seed: " + FakeSecrets.mnemonic(R, 12), "bip39-seed-phrase", "12-word mnemonic with valid checksum"),
        row("PRIVATE_KEY=0x" + FakeSecrets.pick(R, FakeSecrets.HEX, 64), "ethereum-private-key", "Ethereum key by name"),
        row("wif " + FakeSecrets.wif(R, true), "bitcoin-wif-private-key", "WIF with valid base58check"),
        row("password = \"Tr0ub4dor&3x\"", "password-assignment", "password literal"),
        row("DATABASE_URL=postgres://app:Xk29vLq7Pz@db.internal:5432/prod", "connection-string", "DB URI with password"),
        row("REDIS_URL=redis://:Tq83nVx2Lm9@cache.internal:6379/0", "connection-string", "Redis URI with an empty user"),
        row("card 4111 1111 1111 1129? no: " + FakeSecrets.grouped(FakeSecrets.luhnComplete(R, "4", 16)), "visa-card", "Visa with Luhn"),
        row("pan " + FakeSecrets.grouped(FakeSecrets.luhnComplete(R, "6250", 19)), "unionpay-card", "UnionPay, 19 digits grouped 4-4-4-4-3"),
        row("pay with " + FakeSecrets.luhnComplete(R, "53", 16), "mastercard-card", "Mastercard with Luhn"),
        row("card 4555555794220636 exp 12/29", "visa-card", "a real card may hold six equal digits in a row"),
        row("test card 5555555555554444", "clean", "a test card of repeated digits"),
        row("combo: alice@mailbox.org:Hunter2Horse", "email-password", "email:password"),
        row(FakeSecrets.pem(R, "RSA PRIVATE KEY", 4), "pem-private-key", "PEM private key"),
        row("glpat-" + FakeSecrets.mixed(R, FakeSecrets.ALNUM, 20), "gitlab-pat", "GitLab PAT"),
        row("IBAN: " + FakeSecrets.grouped(FakeSecrets.iban(R, "DE", 18)), "iban", "IBAN with mod-97"),
        row("IBAN: DE89 3704 0044 0532 0130 00", "clean", "documented example IBAN"),
        row("acme_service_token: " + FakeSecrets.mixed(R, FakeSecrets.ALNUM, 40), "generic-secret-assignment", "unknown provider by entropy"),
        row("c2stYW50LWFwaTAzLQ== is not a key", "clean", "base64 of a bare prefix"),
        row("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "clean", "documented example key"),
        row("Amex test card 3782 822463 10005", "clean", "documented test card"),
        row("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "clean", "placeholder"),
        row("api_key = os.environ[\"OPENAI_API_KEY\"]", "clean", "environment read"),
        row("token = process.env.GITHUB_TOKEN", "clean", "environment read"),
        row("Set YOUR_API_KEY in .env, then ${API_KEY} is used", "clean", "placeholders"),
        row("sha256 " + FakeSecrets.pick(R, FakeSecrets.HEX, 64), "clean", "hash"),
        row("id " + java.util.UUID.randomUUID(), "clean", "UUID"),
        row("commit " + FakeSecrets.pick(R, FakeSecrets.HEX, 40), "clean", "git SHA"),
        row("send to 0x" + FakeSecrets.pick(R, FakeSecrets.HEX, 40), "clean", "public address"),
        row("\"integrity\": \"sha512-" + java.util.Base64.getEncoder().encodeToString(FakeSecrets.randomBytes(R, 64)) + "\"", "clean", "integrity hash"),
        row("<img src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(FakeSecrets.randomBytes(R, 400)) + "\">", "clean", "image data URI"),
        row("The password is required; tokens are counted per request.", "clean", "prose"),
        row("def login(user, password):\n    return check(user.password_hash, password)", "clean", "code"),
        row("ENV SECRET_KEY=" + FakeSecrets.pick(R, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50),
            "dotenv-symbol-value", "Django-style key with symbols"),
        row("CACHE_KEY=user:{id}:profile:{version}", "clean", "cache key template"),
        row("PATH_KEY=/usr/local/bin:/usr/bin:/bin", "clean", "path list"),
        row("SORT_KEY=created_at,-updated_at,name,id", "clean", "sort order"),
        row("DB_PASSWORD=${DB_PASSWORD:-changeme}", "clean", "shell default"),
        row("API_TOKEN=<paste-your-token-here>", "clean", "placeholder"),
        row("The Steuer-ID on file is 97847632505.", "de-steuer-id", "German tax id near its label"),
        row("Steuer-ID: 97847632506", "clean", "German tax id with a wrong check digit"),
        row("| NIR | 2 73 04 76 116 539 16 |", "fr-nir", "French NIR, spaced, with its key"),
        row("personnummer: \"770706-7281\"", "se-personnummer", "Swedish personnummer with Luhn"),
        row("id,name,bsn,city\n438,Sam Carter,202700434,Rotterdam", "nl-bsn", "BSN under a CSV column header"),
        row("INSERT INTO customers (id, dni) VALUES (87277, '44300202V');", "es-dni", "DNI in a SQL insert"),
        row("Out[17]: 'HRKU-36d17b22-c499-4eb6-9d2c-e233f624bb46'", "heroku-api-key", "Heroku key, HRKU- and a UUID"),
        row("loaded: CFPAT-WzW2cE7jVffE9fAdTcJ4T4pFXf6yad4FEpIZzW9bAni", "contentful-pat", "Contentful management token"),
        row("Authorization: SSWS 00Nn1wyKJKDZtkSOIrxuZIBAS8QNS33zkMJDCgzI0I", "okta-api-token", "Okta API token in its header"),
        row("| `CF_API_TOKEN` | `_0inexURJextmnZn2A8UuokAIGE7JDGBghajY-44` | 2024-08-10 |", "cloudflare-api-token", "markdown table row"),
        row("`API_KEY` is currently set to `fNQ0QjeftARxc4H0i53yhvwQVGczsa6Lg13B7` on both", "generic-secret-assignment", "prose: is currently set to"),
        row("        - name: REDIS_PASSWORD\n          value: \"op^EMghT046HaAOpRcC3\"", "password-assignment", "Kubernetes env name/value pair"),
        row("\"{\\\"smtp_password\\\": \\\"2qULH48s3cklz7jD8@v@YZj!\\\"}\"", "password-assignment", "JSON-escaped quotes"),
        row("| `API_KEY` | Your API key from the dashboard |", "clean", "markdown table describing a key"),
        row("        - name: API_TOKEN\n          valueFrom:\n            secretKeyRef:", "clean", "Kubernetes secret reference"),
        row("id,name,bsn\n208,Sam Carter,bsn=\\x32\\x30\\x32\\x37\\x30\\x30\\x34\\x33\\x34,Rotterdam", "nl-bsn", "escaped value after its name"),
        row("cloudflare_api_token: \"66 6a 50 77 79 70 74 47 56 37 6b 49 4f 62 6c 43 55 74 6f 39 76 37 34 6e 44 43 6a 31 5f 76 43 47 78 32 59 71 38 61 4c 6d\"", "cloudflare-api-token", "hex value after its name"),
        row("const githubToken = 'ghs_zVPoD' +\n  'ge46eevEgq' +\n  'RYleVoVn41FX' +\n  'qdg40V5ri';", "github-server-to-server-token", "token in concatenated string pieces of any length"),
        row("$ trigger_token=\"glptt-c90c93fb8a21c3eedb6e742\\\n93108147bb1c85b6c\"", "gitlab-pipeline-trigger-token", "shell line continuation"),
        row("| TOKEN |\n|---|\n| dor_v1_680c23d1074309e |\n| 4982d0b4b3ae4763ab036a |\n| 02f51195c1a01da31d72d0 |\n| 22fc3 |", "digitalocean-token", "key wrapped in a table column"),
        row("STRIPE_PUBLISHABLE_KEY=pk_live_51Hx9QeLkdIwHu7ixAbCdEfGh12", "clean", "publishable key"),
        row("AWS_ROLE_ARN=arn:aws:iam::276157948076:role/app", "clean", "account id in an ARN"),
        row("json={\"user\": \"alice\", \"password\": \"wrong-password\"}", "clean", "password placeholder made of words"),
        row("{\"order_id\": \"" + FakeSecrets.luhnComplete(R, "4", 16) + "\", \"status\": \"shipped\"}", "clean", "a Luhn-valid number the text names an order id"),
        row("timestamp_ns=" + FakeSecrets.luhnComplete(R, "53", 16), "clean", "a Luhn-valid number named as a time"),
        row("overlap: 0." + FakeSecrets.luhnComplete(R, "4", 16), "clean", "the digits of a decimal fraction"),
        row("channel " + new StringBuilder(FakeSecrets.luhnComplete(R, "4", 16)).reverse() + " muted", "clean", "a number whose reverse passes Luhn, nothing of payment near"),
        row("card on file (reversed): " + new StringBuilder(FakeSecrets.luhnComplete(R, "4", 16)).reverse(), "visa-card", "a reversed card next to a payment word"),
        row("{\"card_id\": \"" + FakeSecrets.luhnComplete(R, "4", 16) + "\"}", "visa-card", "an id field that names a card"),
        row("proxy.add_password(realm=None, uri=uri, user='klem',\n    fixers = [\"splitpasswd\", \"splitport\"]", "clean", "a list of names after a password-like word"),
        row("{\"PWD\": \"/home/build/project/src\", \"OLDPWD\": \"/home/build\"}", "clean", "the shell's working directory"),
        row("$ echo \"your-password\" | keyring set pypi.example.com alice", "clean", "a pipe after a placeholder"),
        row("\"Action\": [\"secretsmanager:PutSecretValue\", \"secretsmanager:UpdateSecretVersionStage\"]", "clean", "IAM actions after a secret-like word"),
        row("{\"input_token\": \"ExclusiveStartShardId\", \"limit_key\": \"Limit\"}", "clean", "an API field name as the value"),
        row(cssWords(), "clean", "a CSS property list of seed words that repeat"),
        row("<CertificateArn>arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012</CertificateArn>", "clean", "a UUID made of digits"),
        row("builtins = (r'cd|popd|pushd|pwd|read|readonly|set|shift|'", "clean", "a lexer's keyword alternation"),
        row(":type passphrase: :py:data:`bytes`", "clean", "a reST role after a password word"),
        row("    passphrase = _text_to_bytes_and_warn(\"passphrase\", passphrase)", "clean", "a call assigned to a password variable"),
        row("AttributeOID.CHALLENGE_PASSWORD: \"challengePassword\",", "clean", "a field name that names a password"),
        row("def sign(private_key: \"_EllipticCurvePrivateKey\", data: bytes):", "clean", "a type name in quotes"),
        row("--oauth-token-secret-version=projects/my-project/secrets/my-oauth-token/versions/1", "clean", "a resource name"),
        row("| password | Vq7#kLm29xPz |", "password-assignment", "a password in a markdown table row"),
        row("  encryptedData:\n    password: AgB" + "x7Kp2mQ9vL4wR8tY3nB6cF1hJ5gD0sA2eZ".repeat(8), "clean", "SealedSecret ciphertext"));
  }

  /**
   * Property names joined by '|' as a highlighter's keyword list has them: every word is a
   * BIP39 word, and with this many windows some pass the twelve-word checksum.
   */
  static String cssWords() {
    String[] parts = {"border", "left", "right", "top", "bottom", "style", "color", "image", "width", "radius", "outline", "shadow"};
    StringBuilder b = new StringBuilder("keywords: '");
    Random r = new Random(11);
    for (int i = 0; i < 600; i++) {
      b.append(parts[r.nextInt(parts.length)]).append(r.nextInt(3) == 0 ? "|" : "-");
    }
    return b.append("'").toString();
  }

  static Arguments row(String text, String expected, String why) {
    return Arguments.of(text, expected, why);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("rows")
  void detects(String text, String expected, String why) {
    ScanReport report = Fixtures.scanner().scan(text);
    if (expected.equals("clean")) {
      assertThat(report.findings()).as(why).isEmpty();
      assertThat(report.redacted()).isEqualTo(text);
    } else {
      assertThat(report.findings()).as(why).extracting(Finding::ruleId).contains(expected);
      assertThat(report.redacted()).contains("[REDACTED:" + expected + "]");
    }
  }
}
