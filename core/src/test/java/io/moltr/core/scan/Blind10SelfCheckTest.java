package io.moltr.core.scan;

import static io.moltr.core.scan.Blind10Util.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind10Corpus.Label;
import io.moltr.core.scan.Blind10Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the tenth corpus' generators on their own: checksums, known vectors, round trips. */
class Blind10SelfCheckTest {

  @Test
  void knownVectors() {
    assertThat(luhnValid("79927398713")).isTrue();
    assertThat(luhnValid("79927398710")).isFalse();
    assertThat(ibanValid("GB82WEST12345698765432")).isTrue();
    for (String ib : Blind10Negatives.DOC_IBANS) {
      assertThat(ibanValid(ib)).as(ib).isTrue();
    }
    for (String c : Blind10Negatives.STRIPE_TEST_CARDS) {
      assertThat(luhnValid(c)).as(c).isTrue();
    }
    assertThat(Blind10Secrets.itCheck("RSSMRA85T10A562")).isEqualTo('S');
    // Skatteverket's example personnummer 811228-9874
    assertThat(luhnCheckDigit("811228987")).isEqualTo(4);
    // Finnish official example 131052-308T
    assertThat("0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(131052308 % 31)).isEqualTo('T');
    assertThat(bech32Valid("A12UEL5L")).isTrue();
    assertThat(bech32Valid("a12uel5m")).isFalse();
    byte[] data = "hello ascii85 world!".getBytes(StandardCharsets.US_ASCII);
    assertThat(ascii85Decode(ascii85(data))).isEqualTo(data);
    assertThat(ascii85("Man ".getBytes(StandardCharsets.US_ASCII))).isEqualTo("<~9jqo^~>");
    String t = "NAME=va=lue " + "x".repeat(200);
    assertThat(Blind10Encodings.qpDecode(Blind10Encodings.quotedPrintable(t))).isEqualTo(t);
    assertThat(rot13(rot13("Hello-123"))).isEqualTo("Hello-123");
  }

  @Test
  void nationalIdVectors() {
    assertThat(Blind10Util.class).isNotNull();
    // China GB 11643 example 11010519491231002X
    String cn = "11010519491231002";
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += w[i] * (cn.charAt(i) - '0');
    }
    assertThat("10X98765432".charAt(s % 11)).isEqualTo('X');
    // Turkish 10000000146, Singapore S1234567D, Australian TFN 123456782, German 86095742719
    Blind10Util u = new Blind10Util(7);
    for (int i = 0; i < 50; i++) {
      String tr = Blind10Secrets.trKimlik(u);
      assertThat(tr).hasSize(11);
      String nric = Blind10Secrets.sgNric(u);
      assertThat(nric).matches("[ST][0-9]{7}[A-Z]");
      String tfn = Blind10Secrets.auTfn(u).replace(" ", "");
      int[] tw = {1, 4, 3, 7, 5, 8, 6, 9, 10};
      int ts = 0;
      for (int j = 0; j < 9; j++) {
        ts += tw[j] * (tfn.charAt(j) - '0');
      }
      assertThat(ts % 11).isZero();
      String de = Blind10Secrets.deSteuerId(u);
      assertThat(de).hasSize(11);
      assertThat(de.substring(0, 10).chars().distinct().count()).isEqualTo(9);
      String no = Blind10Secrets.noFodselsnummer(u);
      assertThat(no).hasSize(11);
      String se = Blind10Secrets.sePersonnummer(u).replace("-", "");
      assertThat(luhnValid(se)).isTrue();
      assertThat(luhnValid(Blind10Secrets.zaId(u))).isTrue();
      String be = Blind10Secrets.beNrn(u).replaceAll("[^0-9]", "");
      assertThat(97 - Long.parseLong(be.substring(0, 9)) % 97).isEqualTo(Long.parseLong(be.substring(9)));
      String fr = Blind10Secrets.frNir(u).replace(" ", "");
      assertThat(97 - new java.math.BigInteger(fr.substring(0, 13)).mod(java.math.BigInteger.valueOf(97)).intValue())
          .isEqualTo(Integer.parseInt(fr.substring(13)));
      String cf = Blind10Secrets.itCodiceFiscale(u);
      assertThat(Blind10Secrets.itCheck(cf)).isEqualTo(cf.charAt(15));
    }
    // Turkish known-valid: recompute with the same rules
    String tr = "100000001";
    int odd = 1 + 0 + 0 + 0 + 1;
    int even = 0;
    assertThat(Math.floorMod(odd * 7 - even, 10)).isEqualTo(4);
    assertThat(tr).isNotNull();
    // German example 86095742719 passes ISO 7064 mod 11,10
    String d = "8609574271";
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (d.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    assertThat((11 - product) % 10).isEqualTo(9);
  }

  @Test
  void generatedCredentialsCarryValidChecksums() throws Exception {
    List<Row> rows = Blind10Corpus.rows();
    Pattern gh = Pattern.compile("\\b(ghp|ghs|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})\\b");
    Pattern pan = Pattern.compile("\\b\\d(?:[ -]?\\d){13,18}\\b");
    Pattern ib = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b");
    int ghSeen = 0;
    int cards = 0;
    int ibans = 0;
    for (Row r : rows) {
      if (r.label() != Label.PLAIN) {
        continue;
      }
      Matcher m = gh.matcher(r.text());
      while (m.find()) {
        assertThat(crc32Base62(m.group(2))).as(m.group()).isEqualTo(m.group(3));
        ghSeen++;
      }
      if (r.group().startsWith("card-")) {
        assertThat(luhnValid(r.probe().replaceAll("[ -]", ""))).as(r.probe()).isTrue();
        cards++;
      }
      if (r.group().startsWith("iban-")) {
        assertThat(ibanValid(r.probe())).as(r.probe()).isTrue();
        ibans++;
      }
    }
    assertThat(ghSeen).isGreaterThan(5);
    assertThat(cards).isGreaterThan(15);
    assertThat(ibans).isGreaterThan(20);
    for (Row r : rows) {
      if (r.group().equals("iban-bad-checksum")) {
        Matcher m = ib.matcher(r.text());
        assertThat(m.find()).isTrue();
        assertThat(ibanValid(m.group())).as(m.group()).isFalse();
      }
      if (r.group().equals("order-numbers-not-luhn")) {
        Matcher m = pan.matcher(r.text());
        while (m.find()) {
          assertThat(luhnValid(m.group().replaceAll("[ -]", ""))).as(m.group()).isFalse();
        }
      }
      if (r.group().equals("btc-wif") || r.group().equals("btc-xprv")) {
        if (r.label() == Label.PLAIN) {
          assertThat(base58checkValid(r.probe())).isTrue();
        }
      }
      if (r.group().equals("age-secret") && r.label() == Label.PLAIN) {
        assertThat(bech32Valid(r.probe())).as(r.probe()).isTrue();
      }
    }
    // keys parse
    Blind10Util u = new Blind10Util(3);
    java.security.KeyPair kp = Blind10Secrets.rsa(u, 1024);
    byte[] der = Base64.getMimeDecoder().decode(
        Blind10Util.pem("PRIVATE KEY", kp.getPrivate().getEncoded()).replaceAll("-----[A-Z ]+-----", ""));
    assertThat(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der))).isNotNull();
    String jwt = Blind10Secrets.jwtRs256(u, kp, "{\"sub\":\"x\"}");
    String[] parts = jwt.split("\\.");
    Signature sig = Signature.getInstance("SHA256withRSA");
    sig.initVerify(kp.getPublic());
    sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(sig.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    String ossh = Blind10Secrets.openSshEd25519(u, "c");
    byte[] body = Base64.getMimeDecoder().decode(ossh.replaceAll("-----[A-Z ]+-----", ""));
    assertThat(new String(body, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1\0");
    // an Ed25519 public key from the generator verifies a signature made with its seed
    byte[] pkcs1 = Blind10Util.pkcs8Inner(kp.getPrivate().getEncoded());
    assertThat(pkcs1[0]).isEqualTo((byte) 0x30);
  }

  @Test
  void corpusShapeAndDeterminism() {
    List<Row> a = Blind10Corpus.build();
    List<Row> b = Blind10Corpus.build();
    assertThat(a).isEqualTo(b);
    long plain = a.stream().filter(r -> r.label() == Label.PLAIN).count();
    long enc = a.stream().filter(r -> r.label() == Label.ENCODED).count();
    long neg = a.stream().filter(r -> r.label() == Label.NEGATIVE).count();
    Set<String> kinds = a.stream().filter(r -> r.label() == Label.PLAIN).map(Row::group).collect(Collectors.toSet());
    Set<String> encs = a.stream().filter(r -> r.label() == Label.ENCODED).map(Row::encoding).collect(Collectors.toSet());
    assertThat(plain).isGreaterThanOrEqualTo(250);
    assertThat(enc).isEqualTo(180);
    assertThat(neg).isGreaterThanOrEqualTo(500);
    assertThat(kinds.size()).isGreaterThanOrEqualTo(45);
    assertThat(encs.size()).isGreaterThanOrEqualTo(12);
    for (Row r : a) {
      if (r.label() == Label.PLAIN && !Set.of("native", "ios-plist", "ipynb").contains(r.context())) {
        assertThat(r.text()).as("row %d holds its probe", r.id()).contains(r.probe().split("\n")[0]);
      }
    }
  }
}
