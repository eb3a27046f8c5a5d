package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Fake personal data and credentials in their documented formats, with valid checksums. */
final class Blind29Secrets {
  /** A secret as it is written in the text, with a natural field label for it. */
  record S(String kind, String value, String label) {}

  private final Blind29Util u;
  final Map<String, Supplier<S>> kinds = new LinkedHashMap<>();

  Blind29Secrets(Blind29Util u) {
    this.u = u;
    // payment cards (Luhn-valid, real network IIN ranges and lengths)
    kinds.put("card-visa", () -> card("card-visa", u.luhnNumber("4" + u.digits(1), 16), 4));
    kinds.put("card-mastercard", () -> card("card-mastercard", u.luhnNumber("5" + u.between(1, 5), 16), 4));
    kinds.put("card-mastercard-2series", () -> card("card-mastercard-2series", u.luhnNumber(String.valueOf(u.between(2221, 2720)), 16), 4));
    kinds.put("card-amex", () -> amex());
    kinds.put("card-discover", () -> card("card-discover", u.luhnNumber(u.pick("6011", "65" + u.digits(2), "64" + u.between(4, 9)), 16), 4));
    kinds.put("card-jcb", () -> card("card-jcb", u.luhnNumber(String.valueOf(u.between(3528, 3589)), 16), 4));
    kinds.put("card-diners", () -> diners());
    kinds.put("card-unionpay", () -> card("card-unionpay", u.luhnNumber("62" + u.between(2, 8) + u.digits(1), u.chance(0.7) ? 16 : 19), 4));
    kinds.put("card-maestro", () -> card("card-maestro", u.luhnNumber(u.pick("6759", "6761", "6763", "5018", "5020", "5038", "6304"), u.chance(0.6) ? 16 : 19), 4));
    kinds.put("card-mir", () -> card("card-mir", u.luhnNumber("220" + u.between(0, 4), 16), 4));
    // IBANs (mod-97 valid, right length and BBAN shape per country)
    for (String cc : List.of("DE", "FR", "GB", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "SE", "DK", "FI", "NO", "PT", "IE", "LU")) {
      kinds.put("iban-" + cc, () -> iban(cc));
    }
    // national ids with a checksum
    kinds.put("id-es-dni", this::dni);
    kinds.put("id-es-nie", this::nie);
    kinds.put("id-it-codicefiscale", this::codiceFiscale);
    kinds.put("id-nl-bsn", this::bsn);
    kinds.put("id-pl-pesel", this::pesel);
    kinds.put("id-se-personnummer", this::personnummer);
    kinds.put("id-fi-hetu", this::hetu);
    kinds.put("id-br-cpf", this::cpf);
    kinds.put("id-br-cnpj", this::cnpj);
    kinds.put("id-in-aadhaar", this::aadhaar);
    kinds.put("id-fr-nir", this::nir);
    kinds.put("id-be-nn", this::belgian);
    kinds.put("id-no-fnr", this::norway);
    kinds.put("id-ca-sin", this::sin);
    // crypto
    kinds.put("btc-wif", this::wif);
    // credentials whose shape is mostly digits or that live among ids
    kinds.put("telegram-bot-token", () -> new S("telegram-bot-token", u.num(u.between(9, 10)) + ":AA" + u.rand(Blind29Util.B64URL, 33), "TELEGRAM_BOT_TOKEN"));
    kinds.put("discord-bot-token", this::discordToken);
    kinds.put("discord-webhook", () -> new S("discord-webhook", "https://discord.com/api/webhooks/" + snowflake() + "/" + u.rand(Blind29Util.B64URL, 68), "DISCORD_WEBHOOK_URL"));
    kinds.put("twilio-auth-token", () -> new S("twilio-auth-token", u.hex(32), "TWILIO_AUTH_TOKEN"));
    kinds.put("slack-bot-token", () -> new S("slack-bot-token", "xoxb-" + u.num(12) + "-" + u.num(13) + "-" + u.rand(Blind29Util.ALNUM, 24), "SLACK_BOT_TOKEN"));
    kinds.put("slack-webhook", () -> new S("slack-webhook", "https://hooks.slack.com/services/T" + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 10) + "/B" + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 10) + "/" + u.rand(Blind29Util.ALNUM, 24), "SLACK_WEBHOOK_URL"));
    kinds.put("aws-access-key", () -> new S("aws-access-key", "AKIA" + u.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws_access_key_id"));
    kinds.put("aws-secret-key", () -> new S("aws-secret-key", u.rand(Blind29Util.ALNUM + "+/", 40), "aws_secret_access_key"));
    kinds.put("stripe-secret-key", () -> new S("stripe-secret-key", "sk_live_" + u.rand(Blind29Util.ALNUM, 99), "STRIPE_SECRET_KEY"));
    kinds.put("stripe-restricted-key", () -> new S("stripe-restricted-key", "rk_live_" + u.rand(Blind29Util.ALNUM, 99), "STRIPE_RESTRICTED_KEY"));
    kinds.put("google-api-key", () -> new S("google-api-key", "AIza" + u.rand(Blind29Util.B64URL, 35), "GOOGLE_API_KEY"));
    kinds.put("sentry-dsn", () -> new S("sentry-dsn", "https://" + u.hex(32) + "@o" + u.num(6) + ".ingest.sentry.io/" + u.num(7), "SENTRY_DSN"));
    kinds.put("github-pat", this::github);
    kinds.put("openai-key", () -> new S("openai-key", "sk-proj-" + u.rand(Blind29Util.B64URL, 64) + "T3BlbkFJ" + u.rand(Blind29Util.B64URL, 64), "OPENAI_API_KEY"));
    kinds.put("anthropic-key", () -> new S("anthropic-key", "sk-ant-api03-" + u.rand(Blind29Util.B64URL, 93) + "AA", "ANTHROPIC_API_KEY"));
    kinds.put("mailchimp-key", () -> new S("mailchimp-key", u.hex(32) + "-us" + u.between(1, 21), "MAILCHIMP_API_KEY"));
    kinds.put("newrelic-user-key", () -> new S("newrelic-user-key", "NRAK-" + u.rand(Blind29Util.UPPER + Blind29Util.DIGITS, 27), "NEW_RELIC_API_KEY"));
    kinds.put("shopify-token", () -> new S("shopify-token", "shpat_" + u.hex(32), "SHOPIFY_ACCESS_TOKEN"));
    kinds.put("digitalocean-token", () -> new S("digitalocean-token", "dop_v1_" + u.hex(64), "DIGITALOCEAN_TOKEN"));
    kinds.put("gitlab-pat", () -> new S("gitlab-pat", "glpat-" + u.rand(Blind29Util.B64URL, 20), "GITLAB_TOKEN"));
    kinds.put("npm-token", () -> new S("npm-token", "npm_" + u.rand(Blind29Util.ALNUM, 36), "NPM_TOKEN"));
    kinds.put("huggingface-token", () -> new S("huggingface-token", "hf_" + u.rand(Blind29Util.UPPER + Blind29Util.LOWER, 34), "HF_TOKEN"));
    kinds.put("datadog-api-key", () -> new S("datadog-api-key", u.hex(32), "DD_API_KEY"));
    kinds.put("jwt-hs256", this::jwt);
    kinds.put("db-url-password", () -> new S("db-url-password", "postgres://billing:" + u.rand(Blind29Util.ALNUM, 20) + "@db-" + u.num(3) + ".internal:5432/ledger", "DATABASE_URL"));
    kinds.put("password-assignment", () -> new S("password-assignment", u.rand(Blind29Util.ALNUM, 10) + u.pick("!", "#", "%", "*") + u.rand(Blind29Util.ALNUM, 8), "password"));
    kinds.put("rsa-private-key", this::pem);
  }

  List<String> kindNames() {
    return List.copyOf(kinds.keySet());
  }

  S make(String kind) {
    return kinds.get(kind).get();
  }

  String snowflake() {
    return String.valueOf(100000000000000000L + Math.floorMod(u.rnd.nextLong(), 1100000000000000000L));
  }

  private S card(String kind, String pan, int group) {
    String shown = switch (u.between(0, 2)) {
      case 0 -> pan;
      case 1 -> Blind29Util.groups(pan, group, " ");
      default -> Blind29Util.groups(pan, group, "-");
    };
    return new S(kind, shown, u.pick("card_number", "pan", "Card", "Kartennummer", "cc_number"));
  }

  private S amex() {
    String pan = u.luhnNumber(u.pick("34", "37"), 15);
    String shown = u.chance(0.5) ? pan : pan.substring(0, 4) + " " + pan.substring(4, 10) + " " + pan.substring(10);
    return new S("card-amex", shown, u.pick("card_number", "Amex", "pan"));
  }

  private S diners() {
    String pan = u.luhnNumber(u.pick("36", "30" + u.between(0, 5)), 14);
    String shown = u.chance(0.5) ? pan : pan.substring(0, 4) + " " + pan.substring(4, 10) + " " + pan.substring(10);
    return new S("card-diners", shown, u.pick("card_number", "Diners Club", "pan"));
  }

  static final Map<String, Integer> IBAN_LEN = Map.ofEntries(
      Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("ES", 24),
      Map.entry("IT", 27), Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("AT", 20),
      Map.entry("CH", 21), Map.entry("PL", 28), Map.entry("SE", 24), Map.entry("DK", 18),
      Map.entry("FI", 18), Map.entry("NO", 15), Map.entry("PT", 25), Map.entry("IE", 22),
      Map.entry("LU", 20));

  String bban(String cc) {
    int n = IBAN_LEN.get(cc) - 4;
    return switch (cc) {
      case "GB", "IE" -> u.pick("NWBK", "BARC", "MIDL", "AIBK", "BOFI") + u.digits(n - 4);
      case "NL" -> u.pick("ABNA", "RABO", "INGB", "TRIO") + u.digits(n - 4);
      case "IT" -> u.rand(Blind29Util.UPPER, 1) + u.digits(n - 1);
      case "BE" -> {
        String ten = u.digits(10);
        long r = Long.parseLong(ten) % 97;
        yield ten + String.format("%02d", r == 0 ? 97 : r);
      }
      default -> u.digits(n);
    };
  }

  private S iban(String cc) {
    String iban = Blind29Util.ibanFrom(cc, bban(cc));
    String shown = u.chance(0.6) ? Blind29Util.groups(iban, 4, " ") : iban;
    return new S("iban-" + cc, shown, u.pick("IBAN", "iban", "Konto (IBAN)", "account_iban"));
  }

  private S dni() {
    String n = u.digits(8);
    return new S("id-es-dni", n + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23), "DNI");
  }

  private S nie() {
    int p = u.between(0, 2);
    String n = u.digits(7);
    char l = "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(p + n) % 23);
    return new S("id-es-nie", "XYZ".charAt(p) + n + l, "NIE");
  }

  static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

  static char cfCheck(String first15) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = first15.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += (i % 2 == 0) ? CF_ODD[v] : v;
    }
    return (char) ('A' + sum % 26);
  }

  private S codiceFiscale() {
    String cons = "BCDFGLMNPRSTVZ";
    String s = u.rand(cons, 3) + u.rand(cons, 2) + u.rand("AEIOU", 1) + u.digits(2)
        + "ABCDEHLMPRST".charAt(u.between(0, 11)) + String.format("%02d", u.between(1, 28) + (u.chance(0.5) ? 40 : 0))
        + u.pick("H", "F", "L", "A", "G") + u.digits(3);
    return new S("id-it-codicefiscale", s + cfCheck(s), "Codice Fiscale");
  }

  static boolean bsnValid(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (s.charAt(i) - '0') * (9 - i);
    }
    sum -= s.charAt(8) - '0';
    return sum % 11 == 0;
  }

  private S bsn() {
    while (true) {
      String s = u.between(1, 6) + u.digits(8);
      if (bsnValid(s)) {
        return new S("id-nl-bsn", s, "BSN");
      }
    }
  }

  static int peselCheck(String ten) {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * w[i];
    }
    return (10 - sum % 10) % 10;
  }

  private S pesel() {
    int yy = u.between(50, 99);
    String ten = String.format("%02d%02d%02d", yy, u.between(1, 12), u.between(1, 28)) + u.digits(4);
    return new S("id-pl-pesel", ten + peselCheck(ten), "PESEL");
  }

  private S personnummer() {
    String nine = String.format("%02d%02d%02d", u.between(50, 99), u.between(1, 12), u.between(1, 28)) + u.digits(3);
    int c = Blind29Util.luhnDigit(nine);
    return new S("id-se-personnummer", nine.substring(0, 6) + "-" + nine.substring(6) + c, "Personnummer");
  }

  private S hetu() {
    String date = String.format("%02d%02d%02d", u.between(1, 28), u.between(1, 12), u.between(50, 99));
    String ind = String.format("%03d", u.between(2, 899));
    char c = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(date + ind) % 31));
    return new S("id-fi-hetu", date + "-" + ind + c, "Henkilötunnus");
  }

  static int[] cpfChecks(String nine) {
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += (nine.charAt(i) - '0') * (10 - i);
    }
    int d1 = (s1 * 10) % 11 % 10;
    int s2 = 0;
    String ten = nine + d1;
    for (int i = 0; i < 10; i++) {
      s2 += (ten.charAt(i) - '0') * (11 - i);
    }
    int d2 = (s2 * 10) % 11 % 10;
    return new int[] {d1, d2};
  }

  private S cpf() {
    String nine = u.digits(9);
    int[] d = cpfChecks(nine);
    String full = nine + d[0] + d[1];
    String shown = u.chance(0.7) ? full.substring(0, 3) + "." + full.substring(3, 6) + "." + full.substring(6, 9) + "-" + full.substring(9) : full;
    return new S("id-br-cpf", shown, "CPF");
  }

  static int cnpjDigit(String s, int[] w) {
    int sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += (s.charAt(i) - '0') * w[i];
    }
    int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  }

  static String cnpjChecks(String twelve) {
    int d1 = cnpjDigit(twelve, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
    int d2 = cnpjDigit(twelve + d1, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
    return "" + d1 + d2;
  }

  private S cnpj() {
    String twelve = u.digits(8) + "0001";
    String f = twelve + cnpjChecks(twelve);
    String shown = f.substring(0, 2) + "." + f.substring(2, 5) + "." + f.substring(5, 8) + "/" + f.substring(8, 12) + "-" + f.substring(12);
    return new S("id-br-cnpj", shown, "CNPJ");
  }

  private S aadhaar() {
    String p = u.between(2, 9) + u.digits(10);
    String full = p + Blind29Util.verhoeffDigit(p);
    return new S("id-in-aadhaar", u.chance(0.7) ? Blind29Util.groups(full, 4, " ") : full, "Aadhaar");
  }

  private S nir() {
    String thirteen = u.between(1, 2) + String.format("%02d%02d", u.between(50, 99), u.between(1, 12))
        + String.format("%02d", u.between(1, 95)) + u.digits(3) + u.digits(3);
    long key = 97 - Long.parseLong(thirteen) % 97;
    String full = thirteen + String.format("%02d", key);
    String shown = u.chance(0.5) ? full
        : full.charAt(0) + " " + full.substring(1, 3) + " " + full.substring(3, 5) + " " + full.substring(5, 7) + " " + full.substring(7, 10) + " " + full.substring(10, 13) + " " + full.substring(13);
    return new S("id-fr-nir", shown, "N° de sécurité sociale");
  }

  private S belgian() {
    String nine = String.format("%02d%02d%02d", u.between(50, 99), u.between(1, 12), u.between(1, 28)) + String.format("%03d", u.between(1, 997));
    long c = 97 - Long.parseLong(nine) % 97;
    String full = nine + String.format("%02d", c);
    String shown = u.chance(0.6) ? full.substring(0, 2) + "." + full.substring(2, 4) + "." + full.substring(4, 6) + "-" + full.substring(6, 9) + "." + full.substring(9) : full;
    return new S("id-be-nn", shown, "Rijksregisternummer");
  }

  static int[] fnrChecks(String nine) {
    int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += (nine.charAt(i) - '0') * w1[i];
    }
    int k1 = 11 - s % 11;
    if (k1 == 11) {
      k1 = 0;
    }
    if (k1 == 10) {
      return null;
    }
    String ten = nine + k1;
    s = 0;
    for (int i = 0; i < 10; i++) {
      s += (ten.charAt(i) - '0') * w2[i];
    }
    int k2 = 11 - s % 11;
    if (k2 == 11) {
      k2 = 0;
    }
    if (k2 == 10) {
      return null;
    }
    return new int[] {k1, k2};
  }

  private S norway() {
    while (true) {
      String nine = String.format("%02d%02d%02d", u.between(1, 28), u.between(1, 12), u.between(50, 99)) + String.format("%03d", u.between(0, 499));
      int[] k = fnrChecks(nine);
      if (k != null) {
        return new S("id-no-fnr", nine + k[0] + k[1], "Fødselsnummer");
      }
    }
  }

  private S sin() {
    String full = u.luhnNumber(String.valueOf(u.pick("1", "2", "3", "4", "5", "6", "7", "9")), 9);
    return new S("id-ca-sin", u.chance(0.6) ? full.substring(0, 3) + "-" + full.substring(3, 6) + "-" + full.substring(6) : full, "SIN");
  }

  private S wif() {
    byte[] payload = new byte[34];
    payload[0] = (byte) 0x80;
    System.arraycopy(u.bytes(32), 0, payload, 1, 32);
    payload[33] = 0x01;
    if (u.chance(0.3)) {
      payload = java.util.Arrays.copyOf(payload, 33);
    }
    return new S("btc-wif", Blind29Util.base58check(payload), "WIF");
  }

  private S discordToken() {
    String id = snowflake();
    String a = Base64.getEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
    return new S("discord-bot-token", a + "." + u.rand(Blind29Util.B64URL, 6) + "." + u.rand(Blind29Util.B64URL, 38), "DISCORD_BOT_TOKEN");
  }

  private S github() {
    String body = u.rand(Blind29Util.ALNUM, 30);
    return new S("github-pat", "ghp_" + body + Blind29Util.githubChecksum(body), "GITHUB_TOKEN");
  }

  private S jwt() {
    String payload = "{\"sub\":\"" + u.num(8) + "\",\"acct\":" + u.num(12) + ",\"role\":\"billing\",\"iat\":" + (1700000000 + u.between(0, 60000000)) + "}";
    return new S("jwt-hs256", Blind29Util.hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, u.bytes(32)), "Authorization");
  }

  private S pem() {
    byte[] head = {0x30, (byte) 0x82, 0x04, (byte) 0xa4, 0x02, 0x01, 0x00, 0x02, (byte) 0x82, 0x01, 0x01, 0x00};
    byte[] body = u.bytes(1188);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    String b = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(all);
    return new S("rsa-private-key", "-----BEGIN RSA PRIVATE KEY-----\n" + b + "\n-----END RSA PRIVATE KEY-----", "private_key");
  }
}
