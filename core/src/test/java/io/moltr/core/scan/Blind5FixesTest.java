package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per cause the fifth blind corpus found, each failing on the scanner before its fix. */
class Blind5FixesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("2026-03-21T12:56:28.8794731Z + cat deploy.pem\n2026-03-21T12:56:28.8794731Z -----BEGIN PRIVATE KEY-----\n"
            + "2026-03-21T12:56:28.8794731Z MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJilwfAIsy0FNBf0vdKESkcQjohX7nKOZdRXwFqB\n"
            + "2026-03-21T12:56:28.8794731Z Hoo6HDweYyaB/M+R3ZIAXAk7hmffgSdnLqejqLppMLRgwLpp+kUB5N3CnXIYV2bP7h+\n2026-03-21T12:56:28.8794731Z -----END PRIVATE KEY-----\n",
            "pem-private-key", "a PEM key printed in a CI log: every line behind a timestamp"),
        row("12:01:07 | -----BEGIN OPENSSH PRIVATE KEY-----\n12:01:07 | b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n12:01:07 | -----END OPENSSH PRIVATE KEY-----",
            "openssh-private-key", "an OpenSSH key behind a log prefix"),
        row("Authorization: token 00tdPCB_TpHyab4DzzYxWBP2DzAcpyieT4wZWU4Fj2", "authorization-scheme-token", "Authorization under the 'token' scheme"),
        row("headers = {'Authorization': 'ApiKey 7f3kQ9xLm2Vp8Rz4Tb6Nw1Yc5Hd0Jg3S'}", "authorization-scheme-token", "the ApiKey scheme in a Python dict"),
        row("Authorization: Bearer $API_TOKEN", "clean", "a shell variable is no credential"),
        row("os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"IPJgnN/7umWKOBKBwVEXjjY45MdEkeyGn/0lbP9h\"", "aws-secret-access-key", "a subscript name: os.environ[\"KEY\"] = value"),
        row("    \"os.environ[\\\"DD_API_KEY\\\"] = \\\"87ba22a37165c82c5be3b5346dd6cee9\\\"\\n\",", "datadog-api-key", "the same inside a notebook's JSON source line"),
        row("ENV['CLOUDFLARE_API_TOKEN'] = 'lknYo19k_lkjCWw8mNW6xCqgyeGfYHAhOcpnfjrc'", "cloudflare-api-token", "a Ruby ENV subscript"),
        row("os.environ[\"OPENAI_API_KEY\"] = os.getenv(\"FALLBACK_KEY\")", "clean", "a subscript assigned from the environment"),
        row("          ~ variables = {\n              ~ \"AWS_SECRET_ACCESS_KEY\" = \"old-value-rotated\" -> \"IPJgnN/7umWKOBKBwVEXjjY45MdEkeyGn/0lbP9h\"\n",
            "aws-secret-access-key", "terraform plan: the new value after '->'"),
        row("  ~ \"DOCKER_AUTH\" = \"none\" -> \"Y2ktYm90OktpckRoYzN6UVkyaVF5MnRNS0JubHltNQ==\"", "auth-userpass-base64", "terraform plan: a new base64 user:password"),
        row("  ~ \"SESSION_SECRET\" = \"old-value\" -> (sensitive value)", "clean", "terraform plan hiding the new value"),
        row("TENCENTCLOUD_SECRET_ID=AKIDYP5t8yCigqpc5qcau87oYBdMXNJsL4KT", "tencent-secret-id", "Tencent Cloud SecretId"),
        row("machine api.internal.example\n  login deploy-bot\n  password Falcon78!vd4CF3#20\n", "netrc-password", ".netrc password with symbols"),
        row("machine github.com login deploy-bot password $GITHUB_TOKEN", "clean", ".netrc password from a variable"),
        row("{\"auths\":{\"ghcr.io\":{\"auth\":\"Y2ktYm90OmNodnRYajcySUlCYmI2eFdiaWlhTm9KUA==\"}}}", "auth-userpass-base64", "docker config.json auth: base64 of user:token"),
        row("+ export DOCKER_AUTH=Y2ktYm90OktpckRoYzN6UVkyaVF5MnRNS0JubHltNQ==", "auth-userpass-base64", "an AUTH variable holding base64 of user:password"),
        row("INSERT INTO `integrations` VALUES (7,'docker_auth','Y2ktYm90OktpckRoYzN6UVkyaVF5MnRNS0JubHltNQ==','2025-06-21 08:44:03');", "auth-userpass-base64",
            "the same as a column value in an SQL dump"),
        row("\"auth\": \"c2VydmljZS1hY2NvdW50LWZvci1yZWdpc3RyeS1wdWxs\"", "clean", "base64 of text without a colon is no user:password"),
        row("The card on file starts with 49307617 and ends with 15168476; expiry 11/28.", "card-in-pieces", "a card number in two halves"),
        row("card_part_1 = \"55885948\"\ncard_part_2 = \"26627557\"\ncard = card_part_1 + card_part_2\n", "card-in-pieces", "a card number in two variables"),
        row("First half: 40145122\nSecond half: 72223157\n", "card-in-pieces", "a card number on two lines"),
        row("Card batch 40145122 shipped; second half of order 72223158 pending.", "clean", "two numbers near 'card' that fail Luhn joined"),
        row("data:\n  db_password: Y2hhbmdlbWU=\n  username: cG9zdGdyZXM=\n", "clean", "a Secret's data holding base64 of 'changeme'"),
        row("data:\n  openai_api_key: c2stcHJvai15b3VyLWFwaS1rZXktaGVyZQ==\n", "clean", "base64 of a placeholder key"),
        row("data:\n  api_key: JHt7IHNlY3JldHMuQVBJX0tFWSB9fQ==\n", "clean", "base64 of ${{ secrets.API_KEY }}"),
        row("data:\n  db_password: VHIwdWI0ZG9yJjN4UTk=\n", "password-assignment", "base64 of a real password still counts"),
        row("VALUES (7,'mapbox_public_token','pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsOWR4ZzBqZjAwMDJ3eXE4a2x3eTZ2eHAifQ.Xk3v9Lq2Tz8Rw1Yb5Nc7Md','2025-06-21 08:44:03');",
            "clean", "a publishable key after a comma (SQL values)"),
        row("JWT_SECRET=$(openssl rand -hex 32)", "clean", "a command substitution that makes a key"),
        row("$ kubectl get secret app -o yaml\ndata:\n  npm_token: JE5QTV9UT0tFTg==\n  access_token: " + java.util.Base64.getEncoder().encodeToString(
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c".getBytes()) + "\n",
            "clean", "Secret data decoding to an environment reference and to jwt.io's example"),
        row("data:\n  slack_bot_token: eG94Yi1ub3QtYS1yZWFsLXRva2VuLXRoaXMtd2lsbC1ub3Qtd29yaw==\n", "clean", "Secret data decoding to Slack's documentation token"),
        row("$ kubectl get secret app -o yaml\ndata:\n  dd_api_key: " + java.util.Base64.getEncoder().encodeToString("87ba22a37165c82c5be3b5346dd6cee9".getBytes()) + "\n",
            "datadog-api-key", "Secret data decoding to a real key is found in its decoded layer"),
        row("machine api.internal.example login deploy-bot password xoxb-not-a-real-token-this-will-not-work", "clean", "Slack's documentation token"),
        row("df.loc[0, \"account\"] = \"DE59 3286 7806 0149 8038 16\"", "clean", "an IBAN with a bad checksum, also rotated and rejoined"),
        row("IBAN: " + Blind5Credentials.iban("NO", "86011117955"), "iban", "a registry country with the shortest IBAN"),
        row("SLACK_BOT_TOKEN=xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "clean", "Slack's dashed documentation token"),
        row("BTC_PRIVATE_KEY=5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ", "clean", "the Bitcoin wiki's documented WIF"),
        row("ACCESS_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "clean", "jwt.io's example token in an env dump"),
        row("The recovery phrase is:\n\n> abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "clean", "the BIP39 test vector"),
        row("seed: legal winner thank year wave sausage worth useful legal winner thank yellow", "clean", "the second BIP39 test vector"),
        row("const k = String.fromCharCode(65, 75, 73, 65, 75, 77, 82, 50, 73, 70, 73, 76, 73, 88, 87, 50, 55, 89, 84, 85);", "aws-access-key-id", "a key as JavaScript character codes"),
        row("payload = [100, 97, 112, 105, 54, 98, 55, 97, 54, 99, 102, 99, 52, 54, 50, 54, 97, 98, 101, 51, 55, 100, 48, 99, 98, 52, 102, 99, 101, 48, 57, 98, 100, 53, 54, 52]",
            "databricks-token", "a key as a list of character codes"),
        row("k = chr(103)+chr(104)+chr(112)+chr(95)+" + codes("chr(", ")+", FakeSecrets.github(new java.util.Random(52), "ghp_").substring(4)) + "chr(32)", "github-pat", "a key as chr() concatenation"),
        row("I converted the value to character codes: [53, 51, 54, 51, 50, 49, 57, 49, 52, 49, 55, 53, 51, 49, 51, 51]", "mastercard-card", "a card number as character codes"),
        row("weights = [12, 15, 33, 48, 52, 61, 70, 99, 101, 44, 38, 91]\nscores: 88, 92, 75, 64, 99, 100, 87, 93, 70", "clean", "lists of ordinary numbers"),
        row("seed: letter advice cage absurd amount doctor acoustic avoid letter advice cage above", "clean", "the third BIP39 test vector"),
        row("seed: " + Blind5Credentials.mnemonic(new java.util.Random(51), 12), "bip39-seed-phrase", "a drawn phrase still counts"));
  }

  private static String codes(String open, String close, String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(open).append((int) c).append(close);
    }
    return b.toString();
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
    } else {
      assertThat(report.findings()).as(why).extracting(Finding::ruleId).contains(expected);
    }
  }
}
