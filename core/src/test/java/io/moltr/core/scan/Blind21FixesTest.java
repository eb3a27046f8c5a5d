package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The general causes behind Blind21's first-run misses, one focused case each. */
class Blind21FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  private static String hex(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  /** Cuts {@code s} into groups of the given widths, glued by {@code sep}. */
  private static String uneven(String s, char sep, int... widths) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int k = 0; at < s.length(); k++) {
      int w = widths[k % widths.length];
      if (at > 0) {
        b.append(sep);
      }
      b.append(s, at, Math.min(s.length(), at + w));
      at += w;
    }
    return b.toString();
  }

  @Test
  void keyCutIntoUnevenGroupsByOneMark() {
    assertTrue(blocked("exporter:\n  payload: \"" + uneven("AKIAQGTTE5HRDM6RL2QI", '-', 4, 6, 5, 5) + "\"\n"));
    assertTrue(blocked("Encoded: " + uneven("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", '.', 4, 5, 6, 5, 4)));
    assertTrue(blocked("{\"blob\":\"" + uneven(hex("sk_live_4eQ9xT2mVb7KpL3nZr8WcY5d"), '-', 5, 6, 4, 6, 4, 5) + "\"}"));
  }

  /** Cuts {@code s} into lines of the given widths. */
  private static String lines(String s, int... widths) {
    return uneven(s, '\n', widths);
  }

  private static String b64(String s) {
    return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void base64CutIntoShortLinesByHand() {
    String v = b64("VERCEL_TOKEN=P5rFxWcOV0I2vF8YscMa5ZXS");
    assertTrue(blocked("$ cat <<'EOF' | base64 -d > restore.bin\n" + lines(v, 16, 13, 22, 1) + "\nEOF"));
    assertTrue(blocked("const blob = `" + lines(b64("nfp_isF0CwHpxJbnMOMUNtrn3qjCENz2NO5Iy2sE"), 23, 22, 30) + "`;"));
  }

  @Test
  void shortLinesThatAreNotBase64StayClean() {
    assertFalse(blocked("fields:\n  - customerAccountId2\n  - billingAddressLine1\n  - shippingZoneCode9\n"));
    assertFalse(blocked("```\n" + lines(b64("The nightly build finished in 14 minutes, all green."), 20, 18, 30) + "\n```"));
  }

  @Test
  void secretNamedInASentenceWithAFileInBackquotes() {
    assertTrue(blocked("Found it \u2014 the password from `.env.production` is `NQ4VNP7kciolD5a!`. Keep it out of the repo."));
    assertTrue(blocked("The api key in `config/settings.py`, line 12, is Xq7vR2mK9pL4sT8wZ3nB."));
  }

  @Test
  void backquotedWordsWithoutASecretStayClean() {
    assertFalse(blocked("The password from `.env.example` is `changeme` until you set your own."));
    assertFalse(blocked("The token in `config/app.yml` is read from `VAULT_ADDR` at startup."));
    assertFalse(blocked("The secret for `payments` is stored in `/etc/app/secrets.d/payments.json`."));
  }

  @Test
  void cardAndIbanInHexCutIntoDigitGroups() {
    assertTrue(blocked("exporter:\n  payload: \"" + uneven(hex("4203390153867322"), ' ', 4, 4, 6, 4, 7, 5) + "\"\n"));
    // A German IBAN: its hex is digits only (the country letters are 0x44 0x45).
    Blind21Gen g = new Blind21Gen(new java.util.Random(5));
    String iban = g.iban();
    while (!iban.startsWith("DE")) {
      iban = g.iban();
    }
    assertTrue(blocked("**Config (encoded):** `" + uneven(hex(iban), ' ', 4, 4, 4, 8, 6, 4, 7, 5) + "`"));
  }

  @Test
  void digitGroupsThatAreNotHexOfASecretStayClean() {
    assertFalse(blocked("Order totals: 1234 5678 9012 3456 7890 1234 5678 in cents."));
    assertFalse(blocked("Serial: " + uneven(hex("build 2026-11-30 ok"), ' ', 4, 6, 5)));
    assertFalse(blocked("Call +49 30 1234 5678 or 0800 123 4567 890 between 9 and 17."));
  }

  @Test
  void prefixedKeyCutIntoLinesThatGrow() {
    assertTrue(blocked("Aqu\u00ed va, codificado:\ndapida49def8d1\n243d28be3266b0b181\nd54b\nFin."));
    assertTrue(blocked("```\nglpat-x7Rb\nQ9vLmZ2kT8wYpN4d\n```"));
  }

  @Test
  void linesAfterAShortPrefixedWordStayClean() {
    assertFalse(blocked("Steps:\ndapi\ncheck-the-workspace-settings-page\ndone"));
    assertFalse(blocked("sk-\n" + "3f9a2c1d7b4e8a6f0c2d4e6a8b0c2d4e6f8a0b1c" + "\n"));
  }

  @Test
  void unevenGroupsThatAreNotKeysStayClean() {
    assertFalse(blocked("request 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f finished in 12 ms"));
    assertFalse(blocked("Target triple: x86_64-linux-gnu-gcc-12, see build-2026-11-30-r3 for details."));
    assertFalse(blocked("The slug is fix-1234-add-retry-to-uploader-v2 and the branch feature.login.v2.final."));
  }
}
