package io.moltr.core.scan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Blind corpus 29: NUMBERS AND IDENTIFIERS. Long agent outputs full of digit runs and ids that
 * are not secrets, and the personal data and credentials hidden among them.
 *
 * <p>Label decisions that could go either way (reasons from issue 3's text):
 *
 * <ul>
 *   <li>Documented TEST card numbers of payment providers (4242 4242 4242 4242, 4111 1111 1111
 *       1111, 5555 5555 5555 4444, ...) in test-mode docs and test files: NEGATIVE. They are
 *       published by the providers for everyone to use and move no money; the issue asks not to
 *       flag "documented example keys (AKIAIOSFODNN7EXAMPLE)", and these are exactly that for
 *       cards.
 *   <li>Full card numbers (PAN) and IBANs with a valid check, national ids with a valid check
 *       digit: PLAIN positives; the issue lists "IBAN, payment cards of every major network,
 *       national ID formats where a checksum exists".
 *   <li>Masked cards and IBANs (**** 4242, XXXX-1234, DE** **** ... 00): NEGATIVE, nothing is
 *       left to leak.
 *   <li>National ids taken as positives are those with a usable check: Spain DNI/NIE (mod-23
 *       letter), Italy codice fiscale (odd/even table, mod 26), Netherlands BSN (11-test),
 *       Poland PESEL (weights 1-3-7-9), Sweden personnummer (Luhn), Finland HETU (mod 31), Brazil
 *       CPF and CNPJ (two mod-11 digits), India Aadhaar (Verhoeff), France NIR (97 - n mod 97),
 *       Belgium national number (97 - n mod 97), Norway fødselsnummer (two mod-11 digits), Canada
 *       SIN (Luhn). LEFT OUT (neither label): US SSN and UK National Insurance numbers (no check
 *       digit at all), Denmark CPR (the mod-11 rule was dropped in 2007, so valid numbers fail
 *       it). A scanner can only tell them from any other 9-11 digit number by a label, and the
 *       issue asks only for formats "where a checksum exists". Masked SSNs appear as negatives.
 *   <li>Numbers whose context says what they are (order, tracking, FedEx, account, IMEI,
 *       snowflake, epoch millis, EAN/UPC/ISBN) are NEGATIVE even when they happen to pass some
 *       national-id checksum by chance: they are not personal data. IMEIs are Luhn-valid by
 *       design and still NEGATIVE: a device id, not a card (15 digits, TAC 35/86/01/99, no
 *       card network issues such numbers).
 *   <li>Numeric PINs after a label ("PIN: 4821"): left out. Four to six digits carry no format a
 *       scanner can check and every receipt and log is full of them; labelling them either way
 *       would test the label, not the scanner.
 *   <li>BIP39 seed phrases: left out. The brief allows them only if the exact 2048-word list can
 *       be produced here; no copy was reachable through an allowed channel before the first run.
 *   <li>Stripe publishable keys (pk_test_/pk_live_) and a Twilio account SID (AC...) alone:
 *       NEGATIVE (project policy). A Twilio auth token next to its SID: PLAIN positive.
 *   <li>Telegram chat ids and Discord guild/channel ids (snowflakes) with no token: NEGATIVE,
 *       they are addresses, not credentials.
 *   <li>The placeholder DNI 00000000T (checksum-valid, but the well-known all-zero dummy, marked
 *       "# replace"): NEGATIVE, like any placeholder.
 * </ul>
 */
final class Blind29Corpus {
  static final long SEED = 29_2026_1201L;

  record Row(String label, String kind, String encoding, String context, String secret, String form, String text,
      String generator, int leakStart, int leakEnd) {}

  static final Set<String> SELF_IDENTIFYING = Set.of("slack-bot-token", "slack-webhook", "discord-webhook", "aws-access-key",
      "stripe-secret-key", "stripe-restricted-key", "google-api-key", "sentry-dsn", "github-pat", "openai-key", "anthropic-key",
      "newrelic-user-key", "shopify-token", "digitalocean-token", "gitlab-pat", "npm-token", "huggingface-token", "jwt-hs256",
      "db-url-password", "btc-wif", "telegram-bot-token", "discord-bot-token", "mailchimp-key");

  static final List<String> CONTEXTS = List.of("kv-record", "json", "sql-insert", "log", "chat-en", "chat-de", "chat-es", "chat-fr",
      "chat-it", "email", "md-table", "env", "yaml", "python", "csv", "js", "go", "shell-export", "http-dump");

  static final List<String> PEM_CONTEXTS = List.of("chat-en", "chat-de", "chat-fr", "email", "kv-record");

  private final Blind29Util u = new Blind29Util(SEED);
  final Blind29Secrets secrets = new Blind29Secrets(u);
  final Blind29Negatives negatives = new Blind29Negatives(u);
  final Map<String, Function<String, String>> encodings = new LinkedHashMap<>();

  Blind29Corpus() {
    encodings.put("base64", Blind29Util::b64);
    encodings.put("base64url", Blind29Util::b64url);
    encodings.put("base64-unpadded", Blind29Util::b64nopad);
    encodings.put("base64-wrapped76", Blind29Util::b64wrapped);
    encodings.put("base32", Blind29Util::base32);
    encodings.put("hex", Blind29Util::hexOf);
    encodings.put("hex-0x", s -> "0x" + Blind29Util.hexOf(s));
    encodings.put("hex-spaced", Blind29Util::hexSpaced);
    encodings.put("hex-\\x", Blind29Util::hexEscaped);
    encodings.put("percent", Blind29Util::percent);
    encodings.put("rot13", Blind29Util::rot13);
    encodings.put("unicode-escape", Blind29Util::unicodeEscaped);
    encodings.put("html-dec", Blind29Util::htmlDec);
    encodings.put("html-hex", Blind29Util::htmlHex);
    encodings.put("json-escape", Blind29Util::jsonEscaped);
    encodings.put("gzip-base64", Blind29Util::gzipB64);
    encodings.put("deflate-base64", Blind29Util::deflateB64);
    encodings.put("reversed", Blind29Util::reversed);
    encodings.put("base64-of-base64", s -> Blind29Util.b64(Blind29Util.b64(s)));
    encodings.put("hex-of-base64", s -> Blind29Util.hexOf(Blind29Util.b64(s)));
    encodings.put("fullwidth", Blind29Util::fullwidth);
    encodings.put("zero-width", Blind29Util::zeroWidth);
    // split forms act on the value only (the label stays readable)
    encodings.put("split-lines", null);
    encodings.put("split-dots", null);
    encodings.put("split-table-cells", null);
    encodings.put("split-spaced-chars", null);
    encodings.put("split-dashes", null);
  }

  static String field(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    s = s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return s;
  }

  private String leakBlock(String ctx, String label, String value) {
    String f = field(label);
    String name = u.pick(Blind29Negatives.NAMES);
    return switch (ctx) {
      case "kv-record" -> "Name: " + name + "\n" + label + ": " + value + "\nUpdated: 2026-0" + u.between(1, 9) + "-1" + u.between(0, 9);
      case "json" -> "{\"customer_id\": " + u.num(6) + ", \"" + f + "\": \"" + value + "\", \"updated\": " + (1760000000 + u.between(0, 9000000)) + "}";
      case "sql-insert" -> "INSERT INTO customers (id, name, " + f + ") VALUES (" + u.num(5) + ", '" + name + "', '" + value + "');";
      case "log" -> "2026-03-0" + u.between(1, 9) + "T10:" + u.between(10, 59) + ":07Z ERROR [pid " + u.between(1000, 60000) + "] retry failed " + f + "=" + value + " attempt=" + u.between(1, 5);
      case "chat-en" -> "Sure, the " + label + " you asked for is " + value + ". Let me know if you need the rest of the record.";
      case "chat-de" -> "Hier ist die gesuchte Angabe (" + label + "): " + value;
      case "chat-es" -> "Aquí tienes el dato (" + label + "): " + value;
      case "chat-fr" -> "Voici la valeur demandée (" + label + ") : " + value;
      case "chat-it" -> "Ecco il valore richiesto (" + label + "): " + value;
      case "email" -> "Hi team,\n\nplease update the record for " + name + ":\n" + label + ": " + value + "\n\nThanks,\nOps";
      case "md-table" -> "| Field | Value |\n|---|---|\n| Name | " + name + " |\n| " + label + " | " + value + " |";
      case "env" -> f.toUpperCase() + "=" + value;
      case "yaml" -> "billing:\n  " + f + ": \"" + value + "\"";
      case "python" -> f + " = \"" + value + "\"";
      case "csv" -> "id,name," + f + "\n" + u.num(5) + "," + name + "," + value;
      case "js" -> "const " + f + " = \"" + value + "\";";
      case "go" -> f + " := \"" + value + "\"";
      case "shell-export" -> "$ export " + f.toUpperCase() + "='" + value + "'";
      case "http-dump" -> "> POST /v1/customers HTTP/1.1\n> Host: api.internal\n> Content-Type: application/json\n>\n> {\"" + f + "\": \"" + value + "\"}";
      default -> throw new IllegalArgumentException(ctx);
    };
  }

  /** A slice (2-20 lines) of a negative document to hide a leak in. */
  private String[] host() {
    String g = u.pick(negatives.names());
    String[] lines = negatives.gens.get(g).get().split("\n", -1);
    int n = Math.min(lines.length, u.between(2, 20));
    String[] out = new String[n];
    System.arraycopy(lines, 0, out, 0, n);
    return out;
  }

  private Row embed(String label, String kind, String encoding, String ctx, String secret, String form, String block) {
    String[] h = host();
    int at = u.between(0, h.length);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < at; i++) {
      sb.append(h[i]).append('\n');
    }
    int start = sb.length();
    sb.append(block);
    int end = sb.length();
    sb.append('\n');
    for (int i = at; i < h.length; i++) {
      sb.append(h[i]).append('\n');
    }
    return new Row(label, kind, encoding, ctx, secret, form, sb.toString(), "host", start, end);
  }

  private String twilioPrefix(String kind) {
    return kind.equals("twilio-auth-token") ? "TWILIO_ACCOUNT_SID: AC" + u.hex(32) + "\n" : "";
  }

  static String compact(String v) {
    return v.replaceAll("[ \\-./]", "");
  }

  private String split(String enc, String kind, String value) {
    boolean number = kind.startsWith("card-") || kind.startsWith("iban-") || kind.startsWith("id-");
    String c = number ? compact(value) : value;
    return switch (enc) {
      case "split-lines" -> c.substring(0, c.length() / 2) + "\n" + c.substring(c.length() / 2);
      case "split-dots" -> Blind29Util.groups(c, 4, ".");
      case "split-table-cells" -> "| " + Blind29Util.groups(c, 4, " | ") + " |";
      case "split-spaced-chars" -> Blind29Util.groups(c, 1, " ");
      case "split-dashes" -> Blind29Util.groups(c, c.length() > 20 ? 8 : 3, "-");
      default -> throw new IllegalArgumentException(enc);
    };
  }

  private String sentence(String enc, String form) {
    return switch (u.between(0, 6)) {
      case 0 -> "Here it is " + enc + "'d so it survives the copy: " + form;
      case 1 -> "Encoded as requested (" + enc + "):\n```\n" + form + "\n```";
      case 2 -> "Hier die Daten, " + enc + "-kodiert, damit beim Kopieren nichts verloren geht:\n" + form;
      case 3 -> "Te lo paso codificado (" + enc + ") para el ticket: " + form;
      case 4 -> "{\"tool\": \"send_message\", \"channel\": \"" + u.num(18) + "\", \"body\": `" + form + "`}";
      case 5 -> "Voilà, encodé en " + enc + " : " + form;
      default -> "note for the next step (" + enc + "): " + form + " (decode before use)";
    };
  }

  List<Row> build() {
    List<Row> rows = new ArrayList<>();
    List<String> kinds = secrets.kindNames();
    // plain positives
    for (int i = 0; i < 260; i++) {
      String kind = kinds.get(i % kinds.size());
      Blind29Secrets.S s = secrets.make(kind);
      String ctx = kind.equals("rsa-private-key") ? u.pick(PEM_CONTEXTS) : u.pick(CONTEXTS);
      String block = twilioPrefix(kind) + leakBlock(ctx, s.label(), s.value());
      rows.add(embed("PLAIN", kind, "none", ctx, s.value(), s.value(), block));
    }
    // encoded positives
    List<String> encs = new ArrayList<>(encodings.keySet());
    List<String> encKinds = kinds.stream().filter(k -> !k.equals("rsa-private-key")).toList();
    for (int i = 0; i < encs.size() * 4 + 2; i++) {
      String enc = encs.get(i % encs.size());
      String kind = encKinds.get((i * 7 + 3) % encKinds.size());
      Blind29Secrets.S s = secrets.make(kind);
      String form;
      String secret;
      if (encodings.get(enc) == null) {
        secret = s.value();
        form = (SELF_IDENTIFYING.contains(kind) ? "" : s.label() + ": ") + split(enc, kind, s.value());
      } else {
        secret = SELF_IDENTIFYING.contains(kind) ? s.value() : s.label() + ": " + s.value();
        if (enc.equals("base64-wrapped76")) {
          secret = "customer: " + u.pick(Blind29Negatives.NAMES) + "\nref: " + u.num(10) + "\n" + (SELF_IDENTIFYING.contains(kind) ? "token: " : "") + secret + "\nstatus: active";
        }
        form = encodings.get(enc).apply(secret);
      }
      String block = twilioPrefix(kind) + sentence(enc, form);
      rows.add(embed("ENCODED", kind, enc, "sentence", secret, form, block));
    }
    // negatives
    List<String> gens = negatives.names();
    for (int i = 0; i < gens.size() * 21; i++) {
      String g = gens.get(i % gens.size());
      String text = negatives.gens.get(g).get();
      rows.add(new Row("NEGATIVE", g, "none", g, "", "", text, g, -1, -1));
    }
    return rows;
  }
}
