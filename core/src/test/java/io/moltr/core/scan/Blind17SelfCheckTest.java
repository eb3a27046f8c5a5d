package io.moltr.core.scan;

import static io.moltr.core.scan.Blind17Util.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind17Corpus.Label;
import io.moltr.core.scan.Blind17Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator's own sanity: checksums hold, rows hold what they claim, negatives hold no secret. */
class Blind17SelfCheckTest {
  private final List<Row> rows = Blind17Corpus.rows();

  private List<Row> of(Label l) {
    return rows.stream().filter(r -> r.label() == l).toList();
  }

  @Test
  void sizes() {
    assertThat(of(Label.PLAIN)).hasSizeGreaterThanOrEqualTo(250);
    assertThat(of(Label.ENCODED)).hasSizeGreaterThanOrEqualTo(150);
    assertThat(of(Label.NEGATIVE)).hasSizeGreaterThanOrEqualTo(1200);
    assertThat(Blind17Negatives.GENS.size()).isGreaterThanOrEqualTo(60);
    assertThat(Blind17Secrets.KINDS.size()).isGreaterThanOrEqualTo(55);
    assertThat(of(Label.ENCODED).stream().map(Row::encoding).distinct().count()).isGreaterThanOrEqualTo(25);
    Map<String, Long> perGen = of(Label.NEGATIVE).stream().collect(Collectors.groupingBy(Row::source, TreeMap::new, Collectors.counting()));
    assertThat(perGen).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void everyPositiveHoldsItsValueInTheStatedForm() {
    for (Row r : rows) {
      if (r.label() == Label.NEGATIVE) {
        continue;
      }
      assertThat(unindent(r.text())).as(r.kind() + "/" + r.source()).contains(unindent(r.shown()));
      assertThat(r.payload()).contains(r.secret());
      assertThat(r.text().lines().count()).as(r.kind() + "/" + r.source()).isBetween(1L, 60L);
      if (r.label() == Label.ENCODED) {
        assertThat(Blind17Encodings.decode(r.encoding(), r.shown())).as(r.kind() + "/" + r.encoding()).isEqualTo(r.payload());
        assertThat(r.text()).as(r.kind() + "/" + r.encoding()).doesNotContain(r.secret());
      }
    }
  }

  /** Block values stand indented (YAML) or behind '+' (diffs): compare line by line without that margin. */
  static String unindent(String s) {
    return s.replaceAll("(?m)^[+ \t]+", "");
  }

  @Test
  void checksumsHold() {
    for (Row r : rows) {
      if (r.label() == Label.NEGATIVE) {
        continue;
      }
      String s = r.secret();
      switch (r.kind()) {
        case "card" -> assertThat(luhn(s.replaceAll("[ -]", ""))).as(s).isTrue();
        case "iban" -> assertThat(ibanValid(s.replace(" ", ""))).as(s).isTrue();
        case "github-classic" -> assertThat(checksummedTokenValid(s, s.substring(0, 4))).as(s).isTrue();
        case "npm" -> assertThat(checksummedTokenValid(s, "npm_")).as(s).isTrue();
        case "wif" -> assertThat(base58checkValid(s) && (s.startsWith("K") || s.startsWith("L"))).as(s).isTrue();
        case "age" -> assertThat(bech32Valid(s) && s.startsWith("AGE-SECRET-KEY-1")).as(s).isTrue();
        case "national-id" -> assertThat(nationalIdValid(s)).as(s).isTrue();
        case "jwt" -> assertThat(new String(Base64.getUrlDecoder().decode(s.split("\\.")[0]), StandardCharsets.UTF_8)).contains("HS256");
        default -> { }
      }
    }
    assertThat(checksummedTokenValid("ghp_" + "a".repeat(36), "ghp_")).isFalse();
    assertThat(luhn("4111111111111111")).isTrue();
    assertThat(ibanValid("DE89370400440532013000")).isTrue();
    assertThat(ibanValid("GB82WEST12345698765432")).isTrue();
    assertThat(bech32Valid("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")).isTrue();
    assertThat(base58checkValid("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")).isTrue();
  }

  static boolean nationalIdValid(String s) {
    if (Character.isLetter(s.charAt(s.length() - 1))) {
      int n = Integer.parseInt(s.substring(0, 8));
      return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23) == s.charAt(8);
    }
    if (s.contains(".")) {
      String d = s.replaceAll("[.-]", "");
      int s1 = 0;
      for (int i = 0; i < 9; i++) {
        s1 += (10 - i) * (d.charAt(i) - '0');
      }
      int s2 = 0;
      for (int i = 0; i < 10; i++) {
        s2 += (11 - i) * (d.charAt(i) - '0');
      }
      return (s1 * 10) % 11 % 10 == d.charAt(9) - '0' && (s2 * 10) % 11 % 10 == d.charAt(10) - '0';
    }
    return switch (s.length()) {
      case 9 -> {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (9 - i) * (s.charAt(i) - '0');
        }
        yield sum % 11 == s.charAt(8) - '0';
      }
      case 11 -> {
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
          sum += w[i] * (s.charAt(i) - '0');
        }
        yield (10 - sum % 10) % 10 == s.charAt(10) - '0';
      }
      default -> 97 - Long.parseLong(s.substring(0, 13)) % 97 == Long.parseLong(s.substring(13));
    };
  }

  private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\\b");
  private static final Pattern CHECKSUMMED = Pattern.compile("\\b(gh[pousr]_|npm_)[A-Za-z0-9]{36}\\b");
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
  private static final String JWT_IO = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

  @Test
  void negativesHoldNoSecret() {
    Set<String> secrets = rows.stream().filter(r -> r.label() != Label.NEGATIVE).map(Row::secret).collect(Collectors.toSet());
    for (Row r : of(Label.NEGATIVE)) {
      String t = r.text();
      for (String s : secrets) {
        assertThat(t).as(r.source()).doesNotContain(s);
      }
      Matcher m = DIGIT_RUN.matcher(t);
      while (m.find()) {
        String d = m.group().replaceAll("[ -]", "");
        boolean cardPrefix = d.matches("(4|5[1-5]|2[2-7]|3[47]|6011|65|35|36|62).*");
        assertThat(cardPrefix && luhn(d)).as(r.source() + ": " + d).isFalse();
      }
      Matcher ib = IBAN.matcher(t);
      while (ib.find()) {
        String s = ib.group().replace(" ", "");
        assertThat(s.length() >= 15 && s.length() <= 34 && ibanValid(s)).as(r.source() + ": " + s).isFalse();
      }
      Matcher gh = CHECKSUMMED.matcher(t);
      while (gh.find()) {
        assertThat(checksummedTokenValid(gh.group(), gh.group(1))).as(r.source()).isFalse();
      }
      Matcher jwt = JWT.matcher(t);
      while (jwt.find()) {
        String head = new String(Base64.getUrlDecoder().decode(jwt.group().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(head.contains("\"none\"") || jwt.group().endsWith(JWT_IO)).as(r.source() + ": " + head).isTrue();
      }
      assertThat(t).as(r.source()).doesNotContain("BEGIN RSA PRIVATE", "BEGIN OPENSSH PRIVATE", "BEGIN PGP PRIVATE", "BEGIN EC PRIVATE", "BEGIN PRIVATE KEY");
    }
  }
}
