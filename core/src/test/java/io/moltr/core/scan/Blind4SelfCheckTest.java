package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind4Corpus.Corpus;
import io.moltr.core.scan.Blind4Corpus.Positive;
import io.moltr.core.scan.Blind4Encodings.Enc;
import io.moltr.core.scan.Blind4Encodings.Scope;
import io.moltr.core.scan.Blind4Negatives.Negative;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checks blind corpus 4's generators without the scanner: checksums verify, decoders invert. */
class Blind4SelfCheckTest {
  static final Corpus CORPUS = Blind4Corpus.build();

  static byte[] pemBody(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  @Test
  void coversEnoughKindsAndEncodings() {
    Set<String> kinds = new HashSet<>();
    CORPUS.plain().forEach(p -> kinds.add(p.kind()));
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(50);
    Map<String, Integer> perEnc = new TreeMap<>();
    CORPUS.encoded().forEach(p -> perEnc.merge(p.encoding(), 1, Integer::sum));
    assertThat(perEnc).hasSameSizeAs(Blind4Encodings.all());
    perEnc.forEach((e, n) -> assertThat(n).as(e).isEqualTo(Blind4Corpus.ENCODED_PER_ENCODING));
    assertThat(CORPUS.negatives()).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void plainSpansHoldTheSecret() {
    for (Positive p : CORPUS.plain()) {
      assertThat(p.text().substring(p.start(), p.end())).isEqualTo(p.cred().secret());
    }
  }

  @Test
  void checksumsVerify() {
    for (Positive p : CORPUS.plain()) {
      String s = p.cred().secret();
      switch (p.kind()) {
        case "github_classic", "github_oauth", "github_app", "npm" ->
            assertThat(Blind4Credentials.checksummedTokenValid(s, s.substring(0, 4))).as(s).isTrue();
        case "card_visa", "card_mastercard", "card_amex", "card_discover" ->
            assertThat(Blind4Credentials.luhnValid(s)).as(s).isTrue();
        case "iban" -> assertThat(Blind4Credentials.ibanValid(s)).as(s).isTrue();
        case "bip39_12", "bip39_24" -> assertThat(Blind4Credentials.mnemonicValid(s)).as(s).isTrue();
        case "age_secret" -> assertThat(Blind4Credentials.bech32Valid(s)).as(s).isTrue();
        default -> { }
      }
    }
    // a corrupted value must fail each check, or the checks prove nothing
    assertThat(Blind4Credentials.luhnValid("4111111111111112")).isFalse();
    assertThat(Blind4Credentials.ibanValid("GB82WEST12345698765433")).isFalse();
    assertThat(Blind4Credentials.ibanValid("GB82WEST12345698765432")).isTrue();
    String good = Blind4Credentials.checksummedToken(new Random(1), "ghp_");
    String bad = good.substring(0, 10) + (good.charAt(10) == 'a' ? 'b' : 'a') + good.substring(11);
    assertThat(Blind4Credentials.checksummedTokenValid(bad, "ghp_")).isFalse();
    // the BIP39 test vector: all-zero entropy
    assertThat(Blind4Credentials.mnemonic(new byte[16])).isEqualTo(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    assertThat(Blind4Credentials.mnemonicValid("abandon abandon abandon abandon abandon abandon "
        + "abandon abandon abandon abandon abandon abandon")).isFalse();
  }

  @Test
  void jwtSignaturesMatchTheKnownVector() {
    String t = Blind4Credentials.jwt("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}",
        "your-256-bit-secret".getBytes(StandardCharsets.US_ASCII));
    assertThat(t).endsWith(".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
  }

  @Test
  void keysParse() throws Exception {
    for (Positive p : CORPUS.plain()) {
      String s = p.cred().secret();
      switch (p.kind()) {
        case "pem_rsa_pkcs8" -> assertThat(KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(pemBody(s)))).isInstanceOf(RSAPrivateCrtKey.class);
        case "pem_ec_pkcs8" -> assertThat(KeyFactory.getInstance("EC")
            .generatePrivate(new PKCS8EncodedKeySpec(pemBody(s)))).isNotNull();
        case "pem_rsa_pkcs1" -> {
          byte[] der = pemBody(s);
          assertThat(der[0]).isEqualTo((byte) 0x30);
          assertThat(der.length).isGreaterThan(1100);
        }
        case "openssh_ed25519" -> {
          byte[] b = pemBody(s);
          assertThat(new String(b, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1\0");
        }
        case "gcp_service_account" -> assertThat(KeyFactory.getInstance("RSA").generatePrivate(
            new PKCS8EncodedKeySpec(pemBody(s.replace("\\n", "\n"))))).isNotNull();
        default -> { }
      }
    }
  }

  @Test
  void encodingsRoundTrip() {
    Map<String, Enc> byName = Blind4Encodings.byName();
    for (Positive p : CORPUS.encoded()) {
      Enc e = byName.get(p.encoding());
      String enc = p.text().substring(p.start(), p.end());
      assertThat(enc).as(p.encoding()).isNotEqualTo(p.payload());
      assertThat(e.decode().apply(enc)).as(p.encoding() + " " + p.kind()).isEqualTo(p.payload());
      if (e.scope() == Scope.PAYLOAD && !e.name().equals("json_escape")) { // JSON keeps most tokens as they are
        assertThat(p.text()).as(p.encoding()).doesNotContain(p.cred().secret());
      }
    }
    for (Enc e : Blind4Encodings.all()) {
      String s = "ghp_ABCdef0123456789+/=:x~";
      assertThat(e.decode().apply(e.encode().apply(s, new Random(7)))).as(e.name()).isEqualTo(s);
    }
  }

  @Test
  void negativesAreWhatTheyClaim() {
    List<Negative> negs = CORPUS.negatives();
    for (Negative n : negs) {
      if (n.category().equals("bip39_bad_checksum")) {
        String words = n.text().replaceAll("^.*?: ", "").replace(",", "").replace(".", "");
        assertThat(Blind4Credentials.mnemonicValid(words)).as(words).isFalse();
      }
      if (n.category().equals("numbers")) {
        String order = n.text().replaceAll("^Order #([0-9]+).*$", "$1").lines().findFirst().get();
        assertThat(Blind4Credentials.luhnValid(order)).as(order).isFalse();
      }
    }
  }
}
