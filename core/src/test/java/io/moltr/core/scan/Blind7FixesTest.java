package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pair per fix made after the seventh blind corpus's first run: the case now handled, and a
 * near case that keeps its old outcome (so a fix neither over-allows nor over-blocks).
 */
class Blind7FixesTest {

  record Pair(String fix, String text, boolean leak) {
    @Override
    public String toString() {
      return fix + (leak ? " (leak)" : " (clean)");
    }
  }

  static final Random R = new Random(77);
  static final String HEX36 = Blind7Secrets.hex(R, 36);
  static final String HAR_KEY = Blind7Secrets.hex(R, 32);
  static final String HETU = Blind7Secrets.hetu(R);
  static final String MAESTRO12 = maestro12();
  static final String VISA = Blind7Secrets.withLuhn("4" + Blind7Secrets.digits(R, 14));

  /** Fourteen digits that are a Luhn-valid Maestro number only when read backwards. */
  static final String REVERSED_MAESTRO = reversedMaestro();

  static String reversedMaestro() {
    Random r = new Random(14);
    while (true) {
      String m = Blind7Secrets.withLuhn("69" + Blind7Secrets.digits(r, 11));
      String back = new StringBuilder(m).reverse().toString();
      if (back.charAt(0) != '0' && !Blind7Secrets.luhnValid(back) && !back.startsWith("5")
          && !back.startsWith("6")) {
        return back;
      }
    }
  }

  static String maestro12() {
    return Blind7Secrets.withLuhn("5834" + Blind7Secrets.digits(R, 7));
  }

  static String badHetu(String h) {
    char c = h.charAt(10);
    return h.substring(0, 10) + (c == '0' ? '1' : '0');
  }

  static List<Pair> pairs() {
    return List.of(
        // New Relic ingest license keys end in NRAL; no rule knew them.
        new Pair("newrelic-license", "const NEW_RELIC_LICENSE_KEY: &str = \"" + HEX36 + "NRAL\";", true),
        new Pair("newrelic-license", "const BUILD_REVISION: &str = \"" + HEX36 + "abcd\";", false),
        // Finnish HETU, with its mod-31 check character.
        new Pair("fi-hetu", "id,name,hetu,created\n81275,Aino Virtanen,\"" + HETU + "\",2025-07-26", true),
        new Pair("fi-hetu", "id,name,hetu,created\n81275,Aino Virtanen,\"" + badHetu(HETU) + "\",2025-07-26", false),
        // HAR headers / kubectl -o json env keep name and value apart.
        new Pair("json-name-value", "\"headers\": [\n  {\"name\": \"X-Api-Key\", \"value\": \"" + HAR_KEY + "\"},\n"
            + "  {\"name\": \"Accept\", \"value\": \"*/*\"}\n]", true),
        new Pair("json-name-value", "\"headers\": [\n  {\"name\": \"X-Request-Id\", \"value\": \"" + HAR_KEY + "\"},\n"
            + "  {\"name\": \"Accept\", \"value\": \"*/*\"}\n]", false),
        new Pair("json-name-value", "\"env\": [{\"name\": \"DD_API_KEY\", \"value\": \"{{ .Values.ddApiKey }}\"}]", false),
        // A secret-manager reference in a .env line is an address, not the secret.
        new Pair("dotenv-reference", "PORT=8080\nCLOUDFLARE_API_TOKEN=op://Engineering/cloudflareApiToken/credential\n", false),
        new Pair("dotenv-reference", "PORT=8080\nSLACK_USER_TOKEN=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/"
            + "secrets/slackUserToken/)\n", false),
        new Pair("dotenv-reference", "PORT=8080\nDJANGO_SECRET_KEY=k#9x!m2@qz8$w7&v6^b5*n4(l3)p0_r1+s2-t3\n", true),
        // The tail of an AWS secret ARN (":secret:prod/...") is not a "secret: value" assignment.
        new Pair("arn-tail", "vars = {\n  \"DATABASE_URL\" = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/"
            + "database_url-sTZsC7\"\n}", false),
        new Pair("arn-tail", "vars = {\n  \"DATABASE_SECRET\" = \"prod/Xk9mQ2vL8pR4tW7z-sTZsC7aB3\"\n}", true),
        // %VAR% is a cmd variable; a lone %DB is no percent-encoded byte.
        new Pair("percent-variable", "[profile prod]\nregion = eu-central-1\ndb_password = %DB_PASSWORD%\n", false),
        new Pair("percent-variable", "[profile prod]\nregion = eu-central-1\ndb_password = %Xk9#mQ2vL8!p\n", true),
        new Pair("percent-variable", "GET /cb?d=" + Blind7Encodings.percentAll("ANTHROPIC_API_KEY=sk-ant-api03-"
            + Blind7Secrets.mixed(R, Blind7Secrets.URLSAFE, 93) + "AA") + " HTTP/1.1", true),
        // An account *id* is an identifier, whatever "account" says about payments.
        new Pair("account-id", "[profile dev]\nsso_account_id = " + MAESTRO12 + "\n", false),
        new Pair("account-id", "{\"account_number\": \"" + VISA + "\"}", true),
        // A card-shaped number read backwards (near "expired") keeps its name from the original
        // text; a camel-case unit (InMs) names a time like _ms does. From bench/wild (Node docs).
        new Pair("reversed-label", "{\n  \"repeat\": 0,\n  \"firesInMsFromNow\": " + REVERSED_MAESTRO
            + ",\n  \"expired\": true\n}", false),
        new Pair("reversed-label", "{\n  \"repeat\": 0,\n  \"card\": " + REVERSED_MAESTRO
            + ",\n  \"expired\": true\n}", true),
        // A number above 24 between two word runs joins two texts, not two words of a phrase.
        new Pair("bip39-number-cut", lessonText(), false),
        new Pair("bip39-number-cut", numbered(validStartingWith("lesson")), true),
        new Pair("bip39-number-cut", "phrase: " + validStartingWith("lesson"), true));
  }

  /** A valid twelve-word mnemonic whose first word is given. */
  static String validStartingWith(String word) {
    int idx = Blind7Secrets.bip39Words().indexOf(word);
    byte[] entropy = Blind7Secrets.bytes(new Random(5), 16);
    BigInteger e = new BigInteger(1, entropy).clearBit(127);
    for (int b = 0; b < 11; b++) {
      e = ((idx >> (10 - b)) & 1) == 1 ? e.setBit(127 - b) : e.clearBit(127 - b);
    }
    byte[] raw = e.toByteArray();
    byte[] out = new byte[16];
    System.arraycopy(raw, Math.max(0, raw.length - 16), out, Math.max(0, 16 - raw.length), Math.min(16, raw.length));
    String m = Blind7Secrets.mnemonic(out);
    assertThat(m).startsWith(word + " ");
    return m;
  }

  /** "lesson 30): w2 ... w12 x": the valid window needs "lesson"; the window after it fails. */
  static String lessonText() {
    String m = validStartingWith("lesson");
    String rest = m.substring("lesson ".length());
    for (String x : Blind7Secrets.bip39Words()) {
      if (!Blind7Secrets.mnemonicValid(rest + " " + x)) {
        return "Word-list exercise for the vocabulary app (lesson 30): " + rest + " " + x + ".";
      }
    }
    throw new AssertionError();
  }

  static String numbered(String m) {
    String[] w = m.split(" ");
    StringBuilder sb = new StringBuilder("Recovery words:\n");
    for (int i = 0; i < w.length; i++) {
      sb.append(i + 1).append(". ").append(w[i]).append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void pair(Pair p) {
    ScanReport rep = Fixtures.scanner().scan(p.text());
    String rules = rep.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertThat(!rep.clean()).as(p.fix() + " rules=" + rules).isEqualTo(p.leak());
  }

  @Test
  void hetuCheckCharacter() {
    assertThat(Validation.hetu("131052-308T")).isTrue(); // the format's published example
    assertThat(Validation.hetu("131052-308U")).isFalse();
    assertThat(Validation.hetu(HETU)).isTrue();
  }
}
