package io.moltr.core.scan;

import static io.moltr.core.scan.Blind10Util.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pair (or more) per fix made after the tenth blind corpus's first run: the case now handled,
 * and a near case of the same shape that stays clean.
 */
class Blind10FixesTest {

  record Pair(String fix, String text, boolean leak) {
    @Override
    public String toString() {
      return fix + (leak ? " (leak)" : " (clean)");
    }
  }

  static final OutputScanner SCANNER = Fixtures.scanner();
  static final Blind10Util U = new Blind10Util(1010);

  static String badLuhn(String pan) {
    char last = pan.charAt(pan.length() - 1);
    return pan.substring(0, pan.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  static String lastDigitOff(String s) {
    int i = s.length() - 1;
    while (!Character.isDigit(s.charAt(i))) {
      i--;
    }
    return s.substring(0, i) + (char) ('0' + (s.charAt(i) - '0' + 1) % 10) + s.substring(i + 1);
  }

  static String qpEmail(String body) {
    return "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
        + Blind10Encodings.quotedPrintable(body) + "\n";
  }

  static String pyA85(String s) {
    return ">>> base64.a85encode(data)\n" + Blind10Encodings.pyBytesRepr(
        ascii85(s.getBytes(StandardCharsets.UTF_8)).replaceAll("^<~|~>$", "")) + "\n";
  }

  static String b85(String s) {
    String alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < in.length; i += 4) {
      int n = Math.min(4, in.length - i);
      long v = 0;
      for (int j = 0; j < 4; j++) {
        v = (v << 8) | (j < n ? (in[i + j] & 0xff) : 0);
      }
      char[] c = new char[5];
      for (int j = 4; j >= 0; j--) {
        c[j] = alpha.charAt((int) (v % 85));
        v /= 85;
      }
      sb.append(c, 0, n + 1);
    }
    return sb.toString();
  }

  static List<Pair> pairs() {
    List<Pair> p = new ArrayList<>();
    String nuget = "oy2" + U.pick(LOWER + "234567", 43);
    p.add(new Pair("nuget-api-key", "$ dotnet nuget push Acme.Core.2.1.0.nupkg -k " + nuget + " -s https://api.nuget.org/v3/index.json", true));
    p.add(new Pair("nuget-api-key", "$ dotnet nuget push Acme.Core.2.1.0.nupkg -k " + nuget.substring(0, 40) + " -s https://api.nuget.org/v3/index.json", false));
    String bk = "bkua_" + U.pick(HEX, 40);
    p.add(new Pair("buildkite-api-token", "\t<key>BuildkiteApiToken</key>\n\t<string>" + bk + "</string>\n", true));
    p.add(new Pair("buildkite-api-token", "\t<key>BuildkiteApiToken</key>\n\t<string>" + bk.substring(0, 44) + "</string>\n", false));
    String cci = "CCIPAT_" + U.pick(ALNUM, 22) + "_" + U.pick(HEX, 40);
    p.add(new Pair("circleci-personal-token", "curl -H \"Circle-Token: x\" # used " + cci + " here", true));
    p.add(new Pair("circleci-personal-token", "see CCIPAT_ tokens in the CircleCI docs: CCIPAT_<id>_<secret>", false));
    String sq = "sqp_" + U.pick(HEX, 40);
    p.add(new Pair("sonarqube-token", "$env:CFG='" + sq + "'", true));
    p.add(new Pair("sonarqube-token", "$env:CFG='sqx_" + sq.substring(4) + "'", false));
    String clj = "CLOJARS_" + U.pick(HEX, 60);
    p.add(new Pair("clojars-deploy-token", "deploy with " + clj, true));
    p.add(new Pair("clojars-deploy-token", "deploy with " + clj.substring(0, 60), false));
    String ado = U.pick(LOWER + "234567", 52);
    p.add(new Pair("azure-devops-pat-labelled", "Environment=\"AZURE_DEVOPS_EXT_PAT=" + ado + "\"", true));
    p.add(new Pair("azure-devops-pat-labelled", "app.azure.devops-ext-pat=" + ado, true));
    p.add(new Pair("azure-devops-pat-labelled", "Environment=\"AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)\"", false));
    p.add(new Pair("azure-devops-pat-labelled", "the DevOps team token rotation uses " + ado.substring(0, 30) + " as ticket", false));
    String ado84 = U.pick(ALNUM, 76) + "AZDO" + U.pick(ALNUM, 4);
    p.add(new Pair("azure-devops-pat", "git clone https://pat:" + ado84 + "@dev.azure.com/acme/platform/_git/api", true));
    p.add(new Pair("azure-devops-pat", "Azure DevOps (AZDO) migration notes: move the boards first, then the repos.", false));
    String uuid = "c2cc7a6a-7b96-44c1-bd22-63c7108f67b6";
    p.add(new Pair("postmark-server-token", "--from-literal=POSTMARK_SERVER_TOKEN='" + uuid + "'", true));
    p.add(new Pair("postmark-server-token", "X-Postmark-Server-Token: " + uuid, true));
    p.add(new Pair("postmark-server-token", "X-Postmark-Message-Id: " + uuid, false));
    String asana = "2/1203798676854993/1208316247752911:" + U.pick(HEX, 32);
    p.add(new Pair("asana-pat", "ASANA_PAT:        " + asana, true));
    p.add(new Pair("asana-pat", "Asana task https://app.asana.com/0/1203798676854993/1208316247752911 is blocked", false));
    String lk = "base64:" + b64(U.bytes(32));
    p.add(new Pair("laravel-app-key", "    proxy_set_header X-app-key \"" + lk + "\";", true));
    p.add(new Pair("laravel-app-key", "- `APP_KEY` → `" + lk + "`", true));
    p.add(new Pair("laravel-app-key", "- `APP_KEY` → generated by `php artisan key:generate`, it looks like `base64:...`", false));
    String wg = b64(U.bytes(32));
    p.add(new Pair("wireguard-private-key", "[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = " + wg + "\nDNS = 1.1.1.1\n", true));
    p.add(new Pair("wireguard-private-key", "{\"Privatekey\": \"" + wg + "\"}", true));
    p.add(new Pair("wireguard-private-key", "[Peer]\nPublicKey = " + wg + "\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n", false));
    String pgpw = U.pick(ALNUM, 8) + "_" + U.pick(ALNUM, 10);
    p.add(new Pair("pgpass-password", "$ cat ~/.pgpass\ndb-prod-16.internal:5432:billing:billing_app:" + pgpw + "\n", true));
    p.add(new Pair("pgpass-password", "$ cat ~/.pgpass\nlocalhost:5432:*:postgres:*\n", false));
    p.add(new Pair("pgpass-password", "Each ~/.pgpass line reads host:port:db:user:password, e.g.\nlocalhost:5432:mydb:me:mysecretpassword\n", false));
    p.add(new Pair("pgpass-password", "Each ~/.pgpass line reads host:port:db:user:password, e.g.\nlocalhost:5432:mydb:me:" + pgpw + "\n", true));
    String body = U.pick(HEX, 64);
    p.add(new Pair("gh-secret-set-body", "$ gh secret set SECRET_KEY_BASE --repo acme/platform --body \"" + body + "\"", true));
    p.add(new Pair("gh-secret-set-body", "$ gh secret set SECRET_KEY_BASE --repo acme/platform --body \"$SECRET_KEY_BASE\"", false));
    String mir = Blind10Secrets.card(U, "2203", 16);
    p.add(new Pair("mir-card", "pan = \"" + mir + "\"", true));
    p.add(new Pair("mir-card", "pan = \"" + badLuhn(mir) + "\"", false));
    String rupay = Blind10Secrets.card(U, "5085", 16);
    p.add(new Pair("rupay-card", "\"CardNumber\": \"" + group4(rupay).replace(' ', '-') + "\"", true));
    p.add(new Pair("rupay-card", "\"CardNumber\": \"" + group4(badLuhn(rupay)).replace(' ', '-') + "\"", false));
    String za = Blind10Secrets.zaId(U);
    p.add(new Pair("za-id-number", "{'sa_id_number': '" + za + "'}", true));
    p.add(new Pair("za-id-number", "{'sa_id_number': '" + badLuhn(za) + "'}", false));
    // Same date, Luhn-valid, but the citizenship/eighth digits no ID has: a transaction id.
    String txn = za.substring(0, 10) + "3";
    txn = txn + "4" + luhnCheckDigit(txn + "4");
    p.add(new Pair("za-id-number", "Transaction ID number: " + txn, false));
    String rrn = Blind10Secrets.krRrn(U);
    p.add(new Pair("kr-rrn", "resident_registration_number = '" + rrn + "'", true));
    p.add(new Pair("kr-rrn", "{\n  \"key\": \"residentRegistrationNumber\",\n  \"value\": \"" + rrn + "\"\n}", true));
    p.add(new Pair("kr-rrn", "resident_registration_number = '" + lastDigitOff(rrn) + "'", false));
    String nir = Blind10Secrets.frNir(U);
    p.add(new Pair("fr-nir", "\t<key>NumeroSecuriteSociale</key>\n\t<string>" + nir + "</string>", true));
    p.add(new Pair("fr-nir", "app.numero.securite-sociale=" + nir, true));
    p.add(new Pair("fr-nir", "app.numero.securite-sociale=" + lastDigitOff(nir), false));
    String tfn = Blind10Secrets.auTfn(U);
    p.add(new Pair("au-tfn", "\ttaxFileNumber = \"" + tfn + "\"", true));
    p.add(new Pair("au-tfn", "\ttaxFileNumber = \"" + lastDigitOff(tfn) + "\"", false));
    for (String ib : new String[] {"NL91ABNA0417164300", "AT611904300234573201", "DK5000400440116243"}) {
      p.add(new Pair("example_values (IBAN registry)", "An example IBAN for this country is " + ib + ".", false));
    }
    p.add(new Pair("example_values (IBAN registry)", "Pay to " + Blind10Secrets.ibanFor(U, "AT") + " by Friday.", true));
    String groq = "gsk_" + U.pick(ALNUM, 52);
    String lead = "Hi team, as requested here are the credentials for the partner staging environment: ";
    p.add(new Pair("quoted-printable", qpEmail(lead + groq + " Thanks, Ops"), true));
    p.add(new Pair("quoted-printable", qpEmail(lead + "see the vault entry partner/staging, rotated monthly by the platform team. Thanks, Ops"), false));
    String cf = "CLOUDFLARE_API_TOKEN=" + U.pick(ALNUM + "_-", 40);
    p.add(new Pair("quoted-printable", qpEmail(lead + cf + " Thanks, Ops"), true));
    // Without the header, an =XX escape marks the block; base64 padding before a line feed does not.
    p.add(new Pair("quoted-printable", Blind10Encodings.quotedPrintable(lead + "SOPS_AGE_KEY=" + bech32("age-secret-key-", U.bytes(32)).toUpperCase()
        + " Thanks"), true));
    p.add(new Pair("quoted-printable", "data:\n  access_token: " + b64("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
        + "\n  other: dmFsdWU=\n", false));
    String oa = "sk-proj-" + U.pick(ALNUM, 74) + "T3BlbkFJ" + U.pick(ALNUM, 74);
    p.add(new Pair("char-literals", "static const char k_cfg[] = " + Blind10Encodings.cChars("OPENAI_API_KEY=" + oa) + ";", true));
    p.add(new Pair("char-literals", ">>> list(key)\n" + Blind10Encodings.cChars(oa).replace("{", "[").replace(", '\\0'}", "]"), true));
    p.add(new Pair("char-literals", "static const char greeting[] = " + Blind10Encodings.cChars("hello from the firmware, build 2.3.1") + ";", false));
    String lin = "lin_api_" + U.pick(ALNUM, 40);
    p.add(new Pair("ascii85", pyA85(lin), true));
    p.add(new Pair("ascii85", "%!PS\n" + ascii85(("DD_API_KEY=" + U.pick(HEX, 32)).getBytes(StandardCharsets.UTF_8)) + "\n", true));
    p.add(new Pair("ascii85", pyA85("just some ordinary configuration text, nothing secret here"), false));
    p.add(new Pair("base85", ">>> base64.b85encode(k)\nb'" + b85(lin) + "'\n", true));
    p.add(new Pair("base85", ">>> base64.b85encode(k)\nb'" + b85("release notes for version 2.3.1 of the worker") + "'\n", false));
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void fixHoldsAndNearCaseStaysClean(Pair pair) {
    ScanReport rep = SCANNER.scan(pair.text());
    String rules = rep.findings().stream().map(f -> f.ruleId() + f.decoding()).collect(Collectors.joining(","));
    assertThat(!rep.clean()).as("%s -> [%s]: %s", pair, rules, pair.text()).isEqualTo(pair.leak());
  }
}
