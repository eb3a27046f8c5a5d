package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact values an operator registered, compiled with their encodings into one case-sensitive
 * automaton. Decoded layers are matched too, so nesting beyond these forms is still caught.
 */
final class RegisteredSecrets {
  /** Shorter values would match ordinary text. */
  static final int MIN_LENGTH = 6;

  static final RegisteredSecrets NONE = new RegisteredSecrets(List.of(), List.of(), List.of());

  private final List<String> patterns;
  private final List<String> names;
  private final List<String> encodings;

  private RegisteredSecrets(List<String> patterns, List<String> names, List<String> encodings) {
    this.patterns = List.copyOf(patterns);
    this.names = names;
    this.encodings = encodings;
  }

  static RegisteredSecrets of(Map<String, String> nameToValue) {
    Map<String, String[]> patterns = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : nameToValue.entrySet()) {
      String v = e.getValue();
      if (v == null || v.length() < MIN_LENGTH) {
        continue;
      }
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      String b64 = Base64.getEncoder().encodeToString(b);
      Map<String, String> forms = new LinkedHashMap<>();
      forms.put(v, "");
      forms.putIfAbsent(b64, "base64");
      forms.putIfAbsent(trimPad(b64), "base64");
      forms.putIfAbsent(trimPad(Base64.getUrlEncoder().encodeToString(b)), "base64");
      forms.putIfAbsent(HexFormat.of().formatHex(b), "hex");
      forms.putIfAbsent(HexFormat.of().withUpperCase().formatHex(b), "hex");
      forms.putIfAbsent(base32(b), "base32");
      forms.putIfAbsent(Decoders.rot13(v, 0, v.length()), "rot13");
      forms.putIfAbsent(new StringBuilder(v).reverse().toString(), "reversed");
      forms.putIfAbsent(percentAll(b), "percent");
      for (Map.Entry<String, String> f : forms.entrySet()) {
        patterns.putIfAbsent(f.getKey(), new String[] {e.getKey(), f.getValue()});
      }
    }
    if (patterns.isEmpty()) {
      return NONE;
    }
    List<String> p = new ArrayList<>(patterns.keySet());
    List<String> n = new ArrayList<>();
    List<String> enc = new ArrayList<>();
    for (String[] v : patterns.values()) {
      n.add(v[0]);
      enc.add(v[1]);
    }
    return new RegisteredSecrets(p, n, enc);
  }

  /** The exact forms to match; the shared automaton folds case, so a hit is re-checked. */
  List<String> patterns() {
    return patterns;
  }

  String pattern(int i) {
    return patterns.get(i);
  }

  String name(int pattern) {
    return names.get(pattern);
  }

  String encoding(int pattern) {
    return encodings.get(pattern);
  }

  private static String trimPad(String s) {
    int e = s.length();
    while (e > 0 && s.charAt(e - 1) == '=') {
      e--;
    }
    return s.substring(0, e);
  }

  private static String percentAll(byte[] b) {
    StringBuilder s = new StringBuilder(b.length * 3);
    for (byte x : b) {
      s.append('%').append(String.format(Locale.ROOT, "%02X", x & 0xff));
    }
    return s.toString();
  }

  static String base32(byte[] b) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder s = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : b) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        s.append(a.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      s.append(a.charAt((buf << (5 - bits)) & 31));
    }
    return s.toString();
  }
}
