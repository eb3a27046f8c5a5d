package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind6Corpus.Sample;
import io.moltr.core.scan.Blind6Credentials.Cred;
import io.moltr.core.scan.Blind6Negatives.Neg;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Checks the sixth blind corpus's generators alone, without the scanner. */
class Blind6SelfCheckTest {

  private final List<Cred> creds = new Blind6Credentials(new Random(7)).all();

  private Cred kind(String k) {
    return creds.stream().filter(c -> c.kind().equals(k)).findFirst().orElseThrow();
  }

  @Test
  void atLeastFortyFiveKindsAndEnoughSamples() {
    List<Sample> all = Blind6Corpus.all();
    assertThat(creds.stream().map(Cred::kind).distinct().count()).isGreaterThanOrEqualTo(45);
    assertThat(all.stream().filter(s -> !s.positive()).count()).isGreaterThanOrEqualTo(350);
    assertThat(all.stream().filter(s -> s.positive() && !s.encoding().equals("plain")).map(Sample::encoding).distinct().count()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void deterministic() {
    List<Sample> a = Blind6Corpus.build(Blind6Corpus.SEED);
    List<Sample> b = Blind6Corpus.build(Blind6Corpus.SEED);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void checksumsHold() {
    for (Cred c : creds) {
      String v = c.value();
      if (c.kind().startsWith("card-")) {
        assertThat(Blind6Credentials.luhnOk(v)).as(c.kind()).isTrue();
      } else if (c.kind().startsWith("iban-")) {
        assertThat(Blind6Credentials.ibanOk(v)).as(v).isTrue();
      } else if (c.kind().equals("wif")) {
        assertThat(Blind6Credentials.base58checkOk(v)).isTrue();
        assertThat(Blind6Credentials.unbase58(v)[0]).isEqualTo((byte) 0x80);
      } else if (c.kind().startsWith("bip39")) {
        assertThat(Blind6Credentials.mnemonicOk(v)).as(v).isTrue();
      } else if (c.kind().startsWith("github-") && !c.kind().equals("github-fine-grained") || c.kind().equals("npm")) {
        assertThat(Blind6Credentials.githubChecksumOk(v)).as(v).isTrue();
      } else if (c.kind().equals("nid-se-personnummer")) {
        assertThat(Blind6Credentials.luhnOk(v.replace("-", ""))).isTrue();
      }
    }
    assertThat(Blind6Credentials.ibanOk("DE89370400440532013000")).isTrue();
    assertThat(Blind6Credentials.luhnOk("4111111111111111")).isTrue();
    assertThat(Blind6Credentials.mnemonicOk("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")).isTrue();
    assertThat(Blind6Credentials.base58checkOk("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")).isTrue();
    assertThat(Blind6Credentials.dni(12345678)).isEqualTo("12345678Z");
  }

  @Test
  void jwtsDecode() {
    for (String k : List.of("jwt-hs256", "supabase-service-role")) {
      String[] parts = kind(k).value().split("\\.");
      assertThat(parts).hasSize(3);
      assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"alg\":\"HS256\"");
      assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).startsWith("{").endsWith("}");
      assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(32);
    }
  }

  @Test
  void keyBlocksParse() throws Exception {
    for (String k : List.of("pem-rsa-pkcs8", "pem-ec-pkcs8")) {
      String v = kind(k).value();
      String b64 = v.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      KeyFactory.getInstance(k.contains("rsa") ? "RSA" : "EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }
    byte[] pkcs1 = Base64.getMimeDecoder().decode(kind("pem-rsa-pkcs1").value().replaceAll("-----[A-Z ]+-----", ""));
    assertThat(pkcs1[0]).isEqualTo((byte) 0x30);
    byte[] ssh = Base64.getMimeDecoder().decode(kind("openssh-ed25519").value().replaceAll("-----[A-Z ]+-----", ""));
    assertThat(new String(ssh, 0, 14, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1");
    assertThat(kind("age-secret").value()).matches("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}");
    assertThat(kind("gcp-service-account").value()).contains("\"private_key\": \"-----BEGIN PRIVATE KEY-----\\n");
  }

  @Test
  void encodingsRoundTrip() throws Exception {
    String p = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    assertThat(new String(Base64.getDecoder().decode(Blind6Encodings.b64(p)), StandardCharsets.UTF_8)).isEqualTo(p);
    assertThat(Blind6Encodings.base32("foobar")).isEqualTo("MZXW6YTBOI======");
    assertThat(Blind6Encodings.hex("AB")).isEqualTo("4142");
    assertThat(Blind6Encodings.rot13(Blind6Encodings.rot13(p))).isEqualTo(p);
    assertThat(java.net.URLDecoder.decode(Blind6Encodings.percentAll(p), StandardCharsets.UTF_8)).isEqualTo(p);
    assertThat(Normalizer.normalize(Blind6Encodings.fullwidth(p), Normalizer.Form.NFKC)).isEqualTo(p);
    assertThat(Blind6Encodings.homoglyphs(p)).isNotEqualTo(p).hasSameSizeAs(p);
    assertThat(Blind6Encodings.htmlHex("s")).isEqualTo("&#x73;");
    assertThat(Blind6Encodings.unicodeEscapes("s")).isEqualTo("\\u0073");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Blind6Encodings.gzip(p)))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(p);
    }
    for (boolean raw : new boolean[] {true, false}) {
      Inflater inf = new Inflater(raw);
      inf.setInput(Blind6Encodings.deflate(p, raw));
      byte[] out = new byte[200];
      int n = inf.inflate(out);
      assertThat(new String(out, 0, n, StandardCharsets.UTF_8)).isEqualTo(p);
    }
    String zw = Blind6Encodings.interleave(p, new String[] {"\u200b"}, new Random(1));
    assertThat(zw.replace("\u200b", "")).isEqualTo(p);
  }

  @Test
  void encodedSamplesHideTheirValueAndNegativesHoldNoSecret() {
    List<Sample> all = Blind6Corpus.all();
    for (Sample s : all) {
      if (s.positive() && !s.encoding().equals("plain")) {
        assertThat(s.text()).as(s.id()).doesNotContain(s.secret());
      }
    }
    List<String> secrets = all.stream().filter(Sample::positive).map(Sample::secret).toList();
    for (Sample s : all) {
      if (!s.positive()) {
        for (String secret : secrets) {
          assertThat(s.text()).as(s.id()).doesNotContain(secret);
        }
      }
    }
  }

  @Test
  void checksumNegativesFail() {
    for (int i = 0; i < 20; i++) {
      for (Neg n : new Blind6Negatives(new Random(i)).values()) {
        switch (n.kind()) {
          case "card-bad-luhn", "card-bad-luhn-mc" -> assertThat(Blind6Credentials.luhnOk(n.value())).isFalse();
          case "iban-bad-checksum" -> assertThat(Blind6Credentials.ibanOk(n.value())).isFalse();
          case "bip39-bad-checksum" -> assertThat(Blind6Credentials.mnemonicOk(n.value())).isFalse();
          case "wif-bad-checksum" -> assertThat(Blind6Credentials.base58checkOk(n.value())).isFalse();
          case "github-bad-checksum" -> assertThat(Blind6Credentials.githubChecksumOk(n.value())).isFalse();
          case "btc-address" -> assertThat(Blind6Credentials.unbase58(n.value())[0]).isZero();
          default -> { }
        }
      }
    }
  }
}
