package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind13Corpus.Label;
import io.moltr.core.scan.Blind13Corpus.Row;
import io.moltr.core.scan.Blind13Secrets.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the blind13 generators themselves: formats, checksums, sizes, and clean negatives. */
class Blind13SelfCheckTest {

  @Test
  void checksumsAndShapes() {
    Random r = new Random(99);
    for (int i = 0; i < 200; i++) {
      for (String kind : Blind13Secrets.kinds()) {
        Secret s = Blind13Secrets.make(kind, r);
        String v = s.value();
        switch (kind) {
          case "github-classic" -> {
            assertTrue(v.matches("gh[opsu]_[A-Za-z0-9]{36}"), v);
            assertTrue(Blind13Util.checksumOk(v, v.substring(0, 4)), v);
          }
          case "npm-token" -> {
            assertTrue(v.matches("npm_[A-Za-z0-9]{36}"), v);
            assertTrue(Blind13Util.checksumOk(v, "npm_"), v);
          }
          case "github-fine-grained" -> assertTrue(v.matches("github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"), v);
          case "aws-access-key-id" -> assertTrue(v.matches("(AKIA|ASIA)[A-Z2-7]{16}"), v);
          case "aws-secret-key" -> assertEquals(40, v.length(), v);
          case "google-api-key" -> assertTrue(v.matches("AIza[A-Za-z0-9_-]{35}"), v);
          case "anthropic" -> assertTrue(v.matches("sk-ant-api03-[A-Za-z0-9_-]{93}AA"), v);
          case "openrouter" -> assertTrue(v.matches("sk-or-v1-[0-9a-f]{64}"), v);
          case "huggingface" -> assertTrue(v.matches("hf_[A-Za-z]{34}"), v);
          case "groq" -> assertTrue(v.matches("gsk_[A-Za-z0-9]{52}"), v);
          case "slack-webhook" -> assertTrue(v.matches("https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"), v);
          case "iban" -> {
            String c = v.replace(" ", "");
            assertEquals(1, Blind13Util.iban97(c), v);
            int want = switch (c.substring(0, 2)) {
              case "DE" -> 22;
              case "GB" -> 22;
              case "FR" -> 27;
              case "NL" -> 18;
              default -> 24;
            };
            assertEquals(want, c.length(), v);
          }
          case "payment-card" -> assertTrue(Blind13Util.luhnOk(v.replace(" ", "")), v);
          case "bip39-seed" -> assertTrue(Blind13Util.mnemonicOk(v), v);
          case "wif-key" -> {
            byte[] all = Blind13Util.base58decode(v);
            byte[] payload = Arrays.copyOf(all, all.length - 4);
            byte[] check = Arrays.copyOfRange(all, all.length - 4, all.length);
            assertTrue(Arrays.equals(check, Arrays.copyOf(Blind13Util.sha256(Blind13Util.sha256(payload)), 4)), v);
            assertEquals((byte) 0x80, payload[0]);
            assertTrue(v.charAt(0) == '5' || v.charAt(0) == 'K' || v.charAt(0) == 'L', v);
          }
          case "national-id" -> assertTrue(nationalIdOk(s), s.name() + " " + v);
          case "discord-bot" -> {
            String id = new String(Base64.getUrlDecoder().decode(v.substring(0, v.indexOf('.'))), StandardCharsets.US_ASCII);
            assertTrue(id.matches("\\d{19}"), v);
          }
          case "k8s-secret" -> assertTrue(v.contains("kind: Secret") && v.contains("password: "), v);
          case "age-key" -> assertTrue(v.matches("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"), v);
          default -> assertFalse(v.isBlank(), kind);
        }
      }
    }
  }

  static boolean nationalIdOk(Secret s) {
    String v = s.value();
    return switch (s.name()) {
      case "SSN" -> v.matches("\\d{3}-\\d{2}-\\d{4}") && !v.startsWith("000") && !v.startsWith("666") && v.charAt(0) != '9';
      case "DNI" -> v.charAt(8) == "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(v.substring(0, 8)) % 23);
      case "BSN" -> {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (9 - i) * (v.charAt(i) - '0');
        }
        yield (sum - (v.charAt(8) - '0')) % 11 == 0;
      }
      case "NIR" -> 97 - Long.parseLong(v.substring(0, 13)) % 97 == Long.parseLong(v.substring(13));
      case "HETU" -> v.charAt(10) == "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(v.substring(0, 6) + v.substring(7, 10)) % 31));
      default -> false;
    };
  }

  @Test
  void corpusShape() {
    int plain = 0;
    int enc = 0;
    int neg = 0;
    Set<String> kinds = new HashSet<>();
    Set<String> encs = new HashSet<>();
    for (Row row : Blind13Corpus.rows()) {
      int len = row.text().length();
      assertTrue(len >= 400 && len <= 9000, "row " + row.id() + " " + row.kind() + "/" + row.format() + " has length " + len);
      switch (row.label()) {
        case PLAIN -> {
          plain++;
          kinds.add(row.kind());
          assertFalse(row.text().equals(row.twin()), "twin equals row " + row.id());
        }
        case ENCODED -> {
          enc++;
          encs.add(row.encoding());
          assertFalse(row.text().equals(row.twin()), "twin equals row " + row.id());
        }
        case NEGATIVE -> neg++;
      }
    }
    assertEquals(Blind13Corpus.PLAIN, plain);
    assertEquals(Blind13Corpus.ENCODED, enc);
    assertEquals(Blind13Corpus.NEGATIVE, neg);
    assertTrue(kinds.size() >= 50, "kinds " + kinds.size());
    assertTrue(encs.size() >= 30, "encodings " + encs.size());
  }

  // Provider-prefixed values with a random-looking body; placeholders (runs of x/X, 0s, <...>) do not match.
  private static final Pattern REAL_LOOKING = Pattern.compile(
      "(ghp_|gho_|ghs_|github_pat_|glpat-|npm_|hf_|gsk_|sk-or-v1-|sk-proj-|sk-ant-|xox[bp]-|sk_live_|AKIA|ASIA|AIza|GOCSPX-|SG\\.|dop_v1_|shpat_|lin_api_|ntn_|dapi|pscale_|PMAK-|sbp_|nfp_|hvs\\.|AGE-SECRET-KEY-1)[A-Za-z0-9_\\-]{16,}");

  @Test
  void negativesCarryNoRealSecret() {
    for (Row row : Blind13Corpus.rows()) {
      if (row.label() != Label.NEGATIVE) {
        continue;
      }
      assertFalse(row.text().contains("PRIVATE KEY"), "row " + row.id());
      Matcher m = REAL_LOOKING.matcher(row.text());
      while (m.find()) {
        String hit = m.group();
        boolean placeholder = hit.contains("XXXX") || hit.contains("xxxx") || hit.contains("EXAMPLE") || hit.endsWith("your-token-here");
        assertTrue(placeholder, "row " + row.id() + " (" + row.kind() + ") holds " + hit);
      }
    }
  }
}
