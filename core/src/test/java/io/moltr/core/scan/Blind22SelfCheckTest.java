package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind22Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Blind22: the generator's own sanity (checksums, shapes, counts, rows hold what they claim). */
class Blind22SelfCheckTest {
  private static final List<Row> ROWS = Blind22Corpus.build();

  @Test
  void countsAndSpread() {
    Map<String, Integer> byLabel = new HashMap<>();
    Map<String, Set<String>> ctxByKind = new HashMap<>();
    Set<String> negGens = new HashSet<>();
    Set<String> langs = new HashSet<>();
    for (Row row : ROWS) {
      byLabel.merge(row.label(), 1, Integer::sum);
      langs.add(row.lang());
      if (row.label().equals("PLAIN")) {
        ctxByKind.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(row.context());
      } else if (row.label().equals("NEGATIVE")) {
        negGens.add(row.kind());
      }
    }
    assertTrue(byLabel.get("PLAIN") >= 350, "plain " + byLabel);
    assertEquals(100, byLabel.get("ENCODED"));
    assertTrue(byLabel.get("NEGATIVE") >= 900);
    assertTrue(ctxByKind.size() >= 55, "kinds " + ctxByKind.size());
    ctxByKind.forEach((k, v) -> assertTrue(v.size() >= 5, k + " contexts " + v));
    assertTrue(negGens.size() >= 50, "negative generators " + negGens.size());
    assertEquals(Set.of("en", "de", "fr", "es", "ja"), langs);
  }

  @Test
  void longTexts() {
    for (Row row : ROWS) {
      int len = row.text().getBytes(StandardCharsets.UTF_8).length;
      assertTrue(len >= 1000 && len <= 12 * 1024, row.label() + " " + row.kind() + " " + row.context() + " size " + len);
    }
  }

  @Test
  void positivesHoldTheirSecretInTheStatedForm() {
    for (Row row : ROWS) {
      if (row.label().equals("PLAIN")) {
        assertTrue(row.text().contains(row.secret()), row.kind() + " in " + row.context());
        int at = row.text().indexOf(row.secret());
        assertTrue(at > 100, "buried, not at the top: " + row.kind() + " " + row.context());
      } else if (row.label().equals("ENCODED")) {
        assertTrue(row.text().contains(row.form()), row.kind() + " " + row.encoding());
        assertFalse(row.text().contains(row.secret()), "encoded row shows the secret plainly: " + row.kind() + " " + row.encoding());
      }
    }
  }

  @Test
  void encodingsRoundTrip() {
    Random r = new Random(5);
    String v = "sk-proj-Abc123";
    assertEquals(v, new String(Base64.getDecoder().decode(Blind22Encodings.encode("base64", v, r)), StandardCharsets.UTF_8));
    assertEquals(v, new String(Base64.getMimeDecoder().decode(Blind22Encodings.encode("base64_wrapped76", v + v + v + v + v + v, r)),
        StandardCharsets.UTF_8).substring(0, v.length()));
    assertEquals(v, rot13(Blind22Encodings.encode("rot13", v, r)));
    assertEquals(hex(v.getBytes(StandardCharsets.UTF_8)), Blind22Encodings.encode("hex_spaced", v, r).replace(" ", ""));
    String inner = Blind22Encodings.encode("hex", v, r);
    assertEquals(inner, new String(Base64.getDecoder().decode(Blind22Encodings.encode("base64(hex)", v, r)), StandardCharsets.UTF_8));
    assertEquals("ONSWG4TFOQ======", base32("secret".getBytes(StandardCharsets.UTF_8)));
    assertEquals(v, Blind22Encodings.encode("zero_width", v, r).replaceAll("[\u200b\u200c\u200d\u2060\ufeff]", ""));
    assertEquals(v, java.text.Normalizer.normalize(Blind22Encodings.encode("homoglyph_fullwidth", v, r), java.text.Normalizer.Form.NFKC));
  }

  @Test
  void checksumsHold() {
    Random r = new Random(7);
    for (int i = 0; i < 50; i++) {
      for (String k : Blind22Secrets.kinds()) {
        String v = Blind22Secrets.make(k, r).value();
        if (k.startsWith("card_")) {
          assertTrue(luhnValid(v), k + " " + v);
        } else if (k.equals("iban")) {
          assertTrue(ibanValid(v), v);
        } else if (k.equals("github_classic")) {
          assertTrue(githubValid(v), v);
        } else if (k.equals("bitcoin_wif")) {
          assertTrue(base58checkValid(v) && (v.startsWith("K") || v.startsWith("L")), v);
        } else if (k.equals("jwt_hs256") || k.equals("supabase_service")) {
          String[] p = v.split("\\.");
          assertEquals(3, p.length);
          assertTrue(new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8).contains("HS256"));
          assertEquals(43, p[2].length());
        } else if (k.equals("es_dni")) {
          assertEquals("TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(v.substring(0, 8)) % 23), v.charAt(8));
        } else if (k.equals("fr_nir")) {
          assertEquals(97 - Long.parseLong(v.substring(0, 13)) % 97, Long.parseLong(v.substring(13)));
        } else if (k.equals("aws_access_key")) {
          assertTrue(v.matches("AKIA[A-Z2-7]{16}"));
        } else if (k.equals("age")) {
          assertTrue(v.matches("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"));
        }
      }
    }
    assertTrue(luhnValid("4242424242424242"));
    assertTrue(ibanValid("DE89370400440532013000"));
    assertFalse(ibanValid("DE88370400440532013000"));
  }

  private static final Pattern CARDLIKE = Pattern.compile("(?<![0-9])[45][0-9]{15}(?![0-9])");
  private static final Pattern PREFIXED = Pattern.compile(
      "(?:ghp_|gho_|github_pat_|glpat-|xoxb-|xoxp-|sk_live_|rk_live_|pk_live_|sk-ant-|sk-proj-|npm_|hf_|gsk_|AKIA|dop_v1_|shpat_|lin_api_|PMAK-|AGE-SECRET-KEY-1|dapi|hvs\\.)([A-Za-z0-9_\\-]{12,})");
  private static final Set<String> DOC_CARDS = Set.of("4242424242424242", "4111111111111111", "5555555555554444");

  @Test
  void negativesHoldNoRealSecret() {
    for (Row row : ROWS) {
      if (!row.label().equals("NEGATIVE")) {
        continue;
      }
      String t = row.text();
      assertFalse(t.contains("PRIVATE KEY"), row.kind());
      Matcher m = CARDLIKE.matcher(t);
      while (m.find()) {
        assertTrue(!luhnValid(m.group()) || DOC_CARDS.contains(m.group()), row.kind() + " card-like " + m.group());
      }
      Matcher p = PREFIXED.matcher(t);
      while (p.find()) {
        String rest = p.group(1);
        boolean placeholder = rest.matches("(?i)[x.\\-]+|.*EXAMPLE.*|IOSFODNN7EXAMPLE");
        assertTrue(placeholder, row.kind() + " in " + row.context() + ": " + p.group());
      }
    }
  }
}
