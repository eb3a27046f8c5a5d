package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind11Corpus.Label;
import io.moltr.core.scan.Blind11Corpus.Row;
import io.moltr.core.scan.Blind11Secrets.Secret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Checks the blind11 generators on their own: checksums, key material, determinism, shape. */
class Blind11SelfCheckTest {

  static List<Secret> many(String kind, int n) {
    Random r = new Random(kind.hashCode());
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> Blind11Secrets.make(kind, r)).toList();
  }

  @Test
  void githubAndNpmChecksums() {
    for (String k : List.of("github-ghp", "github-gho", "github-ghu", "github-ghs", "github-ghr", "npm")) {
      for (Secret s : many(k, 20)) {
        String prefix = s.value().substring(0, 4);
        assertThat(Blind11Util.crcTokenOk(s.value(), prefix)).as(s.value()).isTrue();
        assertThat(s.value()).hasSize(40);
      }
    }
    // GitHub's published checksum scheme: CRC32 of the 30 random chars, base62, 6 chars, zero-padded
    assertThat(Blind11Util.base62(0, 6)).isEqualTo("000000");
    assertThat(Blind11Util.base62(61, 1)).isEqualTo("z");
    assertThat(Blind11Util.crc32("123456789")).isEqualTo(0xCBF43926L);
  }

  @Test
  void luhnIbanAndIds() {
    assertThat(Blind11Util.luhn("4111111111111111")).isTrue();
    assertThat(Blind11Util.luhn("4111111111111112")).isFalse();
    for (Secret s : many("card", 100)) {
      assertThat(Blind11Util.luhn(s.value().replaceAll("[ -]", ""))).as(s.value()).isTrue();
    }
    assertThat(Blind11Util.ibanMod97("GB82WEST12345698765432")).isEqualTo(1);
    assertThat(Blind11Util.ibanMod97("DE89370400440532013000")).isEqualTo(1);
    for (Secret s : many("iban", 60)) {
      assertThat(Blind11Util.ibanMod97(s.value().replace(" ", ""))).as(s.value()).isEqualTo(1);
    }
    assertThat(Blind11Util.dniLetter(12345678)).isEqualTo("Z");
    assertThat(Blind11Util.bsnOk("111222333")).isTrue();
    assertThat(Blind11Util.peselCheck("4405140135")).isEqualTo("9");
    assertThat(Blind11Util.cpfDigits("529982247")).isEqualTo("52998224725");
    assertThat(Blind11Util.verhoeffOk("2363")).isTrue();
    assertThat(Blind11Util.verhoeffComplete("236")).isEqualTo("2363");
    assertThat(Blind11Util.estonianCheck("3760503029")).isEqualTo("37605030299");
    for (Secret s : many("in-aadhaar", 30)) {
      assertThat(Blind11Util.verhoeffOk(s.value().replace(" ", ""))).isTrue();
    }
    for (Secret s : many("ca-sin", 30)) {
      assertThat(Blind11Util.luhn(s.value().replace(" ", ""))).isTrue();
    }
    for (Secret s : many("nl-bsn", 30)) {
      assertThat(Blind11Util.bsnOk(s.value())).isTrue();
    }
    for (Secret s : many("es-dni", 30)) {
      String v = s.value();
      assertThat(Blind11Util.dniLetter(Integer.parseInt(v.substring(0, 8)))).isEqualTo(v.substring(8));
    }
    for (Secret s : many("pl-pesel", 30)) {
      assertThat(Blind11Util.peselCheck(s.value().substring(0, 10))).isEqualTo(s.value().substring(10));
    }
    for (Secret s : many("br-cpf", 30)) {
      String d = s.value().replaceAll("[.-]", "");
      assertThat(Blind11Util.cpfDigits(d.substring(0, 9))).isEqualTo(d);
    }
  }

  @Test
  void base58AndBech32() {
    // Bitcoin genesis address round trip
    assertThat(Blind11Util.base58checkOk("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
    assertThat(Blind11Util.bech32Ok("A12UEL5L")).isTrue();
    assertThat(Blind11Util.bech32Ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).isTrue();
    for (Secret s : many("age", 10)) {
      assertThat(s.value()).startsWith("AGE-SECRET-KEY-1").hasSize(74);
      assertThat(Blind11Util.bech32Ok(s.value())).isTrue();
    }
  }

  @Test
  void keyMaterialIsReal() throws Exception {
    for (int i = 0; i < 6; i++) {
      byte[] der = Base64.getMimeDecoder().decode(Blind11Keys.rsaPkcs8(i).replaceAll("-----[A-Z ]+-----", ""));
      assertThat(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der))).isNotNull();
      String jwt = Blind11Keys.jwtRs256("{\"sub\":\"x\"}", i, "k1");
      assertThat(Blind11Keys.jwtRs256Ok(jwt, i)).isTrue();
    }
    assertThat(Blind11Keys.rsaPkcs1(0)).startsWith("-----BEGIN RSA PRIVATE KEY-----\nMII");
    assertThat(Blind11Keys.ecSec1(7)).startsWith("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI");
    String ossh = Blind11Keys.openssh(5, "a@b");
    byte[] raw = Base64.getMimeDecoder().decode(ossh.replaceAll("-----[A-Z ]+-----", ""));
    assertThat(new String(raw, 0, 14, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1");
    assertThat(raw.length % 4).isGreaterThanOrEqualTo(0);
    assertThat(Blind11Keys.putty(5, "c")).contains("Private-MAC: ").startsWith("PuTTY-User-Key-File-2: ssh-ed25519");
    String pgp = Blind11Keys.pgp(5, "a <a@b>");
    String[] lines = pgp.split("\n");
    StringBuilder body = new StringBuilder();
    String crcLine = null;
    for (int i = 2; i < lines.length - 1; i++) {
      if (lines[i].startsWith("=")) {
        crcLine = lines[i].substring(1);
      } else {
        body.append(lines[i]);
      }
    }
    byte[] pk = Base64.getDecoder().decode(body.toString());
    byte[] c = Base64.getDecoder().decode(crcLine);
    int crc = ((c[0] & 0xff) << 16) | ((c[1] & 0xff) << 8) | (c[2] & 0xff);
    assertThat(Blind11Util.crc24(pk)).isEqualTo(crc);
    assertThat(pk[0] & 0xff).isEqualTo(0xC5);
    // HS256 JWT verifies with its key
    byte[] key = "k".repeat(32).getBytes(StandardCharsets.UTF_8);
    String hs = Blind11Keys.jwtHs256("{\"a\":1}", key);
    String[] parts = hs.split("\\.");
    assertThat(parts[2]).isEqualTo(Blind11Util.b64url(Blind11Util.hmac("HmacSHA256", key,
        (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void encodingsRoundTrip() throws Exception {
    String p = "GROQ_API_KEY=gsk_abc";
    Random r = new Random(1);
    assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(
        Blind11Encodings.ALL.get("gzip-base64").encode().apply(r, p)))).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(p);
    Inflater inf = new Inflater();
    inf.setInput(Base64.getDecoder().decode(Blind11Encodings.ALL.get("deflate-base64").encode().apply(r, p)));
    byte[] buf = new byte[100];
    int n = inf.inflate(buf);
    assertThat(new String(buf, 0, n, StandardCharsets.UTF_8)).isEqualTo(p);
    assertThat(Blind11Encodings.base32("foobar".getBytes(StandardCharsets.UTF_8))).isEqualTo("MZXW6YTBOI======");
    assertThat(Blind11Util.rot13(Blind11Util.rot13(p))).isEqualTo(p);
    assertThat(java.net.URLDecoder.decode(Blind11Encodings.percentAll(p + "+/="), StandardCharsets.UTF_8)).isEqualTo(p + "+/=");
    ByteArrayOutputStream unused = new ByteArrayOutputStream();
    assertThat(unused.size()).isZero();
  }

  @Test
  void corpusIsDeterministicAndShaped() {
    List<Row> a = Blind11Corpus.build();
    List<Row> b = Blind11Corpus.build();
    assertThat(a).isEqualTo(b);
    Map<Label, Long> counts = a.stream().collect(Collectors.groupingBy(Row::label, Collectors.counting()));
    assertThat(counts.get(Label.PLAIN)).isBetween(280L, 360L);
    assertThat(counts.get(Label.ENCODED)).isBetween(200L, 300L);
    assertThat(counts.get(Label.NEGATIVE)).isBetween(550L, 700L);
    assertThat(Blind11Secrets.kinds().size()).isGreaterThanOrEqualTo(45);
    Map<String, Long> perEnc = a.stream().filter(x -> x.label() == Label.ENCODED)
        .collect(Collectors.groupingBy(Row::encoding, Collectors.counting()));
    assertThat(perEnc.values()).allMatch(v -> v >= 10);
    for (Row row : a) {
      if (row.label() == Label.PLAIN && !row.context().equals("xml-appsettings")) {
        assertThat(row.text()).as("row %d holds its probe", row.id()).contains(row.probe());
      }
    }
  }
}
