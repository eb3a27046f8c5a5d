package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind5Corpus.Sample;
import io.moltr.core.scan.Blind5Credentials.Cred;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fifth corpus's generators checked on their own, without the scanner. */
class Blind5SelfCheckTest {
  private static final Pattern CARD = Pattern.compile("\\b[0-9][0-9 ]{13,22}[0-9]\\b");

  @Test
  void theWordListIsBip39English() {
    List<String> w = Blind5Credentials.bip39Words();
    assertThat(w).hasSize(2048);
    assertThat(w.get(0)).isEqualTo("abandon");
    assertThat(w.get(2047)).isEqualTo("zoo");
    assertThat(w).isSorted();
  }

  @Test
  void checksumsOfGeneratedCredentialsHold() {
    Random r = new Random(5);
    for (int i = 0; i < 40; i++) {
      assertThat(Blind5Credentials.githubChecksumOk(Blind5Credentials.kind("github-pat-classic").make().apply(r).value())).isTrue();
      assertThat(Blind5Credentials.githubChecksumOk(Blind5Credentials.kind("npm-token").make().apply(r).value())).isTrue();
      assertThat(Blind5Credentials.luhnOk(Blind5Credentials.kind("visa-card").make().apply(r).value().replace(" ", ""))).isTrue();
      assertThat(Blind5Credentials.luhnOk(Blind5Credentials.kind("amex-card").make().apply(r).value().replace(" ", ""))).isTrue();
      assertThat(Blind5Credentials.ibanOk(Blind5Credentials.kind("iban-de").make().apply(r).value())).isTrue();
      assertThat(Blind5Credentials.ibanOk(Blind5Credentials.kind("iban-gb").make().apply(r).value())).isTrue();
      assertThat(Blind5Credentials.ibanOk(Blind5Credentials.kind("iban-fr").make().apply(r).value())).isTrue();
      String wif = Blind5Credentials.kind("bitcoin-wif").make().apply(r).value();
      assertThat(Blind5Credentials.base58checkOk(wif)).isTrue();
      assertThat(wif.charAt(0)).isIn('5', 'K', 'L');
      assertThat(Blind5Credentials.mnemonicOk(Blind5Credentials.kind("bip39-mnemonic").make().apply(r).value())).isTrue();
      String age = Blind5Credentials.kind("age-secret-key").make().apply(r).value();
      assertThat(age).startsWith("AGE-SECRET-KEY-1").hasSize(74);
      assertThat(Blind5Credentials.bech32Ok(age)).isTrue();
    }
    // known answers: the BIP39 test vector and the Bitcoin wiki's WIF
    assertThat(Blind5Credentials.mnemonicOk("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")).isTrue();
    assertThat(Blind5Credentials.base58checkOk("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")).isTrue();
    assertThat(Blind5Credentials.ibanOk("GB82 WEST 1234 5698 7654 32")).isTrue();
    assertThat(Blind5Credentials.luhnOk("4242424242424242")).isTrue();
  }

  @Test
  void jwtsHaveDecodableHeaders() {
    Random r = new Random(6);
    for (String id : List.of("jwt", "supabase-service-key")) {
      for (int i = 0; i < 10; i++) {
        String[] parts = Blind5Credentials.kind(id).make().apply(r).value().split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(header).startsWith("{\"alg\":\"").contains("\"typ\":\"JWT\"");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).startsWith("{").endsWith("}");
      }
    }
  }

  @Test
  void pemBlocksHoldParsableKeys() throws Exception {
    Random r = new Random(7);
    String pkcs8 = Blind5Credentials.pem("PRIVATE KEY", Blind5Credentials.rsaPkcs8(r));
    String body = pkcs8.replaceAll("-----[A-Z ]+-----", "").replace("\n", "");
    java.security.KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    String ssh = Blind5Credentials.openssh(r);
    byte[] raw = Base64.getDecoder().decode(ssh.replaceAll("-----[A-Z ]+-----", "").replace("\n", ""));
    assertThat(new String(raw, 0, 14, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1");
  }

  @Test
  void enoughKindsAndSamples() {
    List<Sample> all = Blind5Corpus.all();
    assertThat(Blind5Credentials.KINDS).hasSizeGreaterThanOrEqualTo(50);
    assertThat(all.stream().filter(s -> s.positive() && s.encoding().equals("plain")).count()).isGreaterThanOrEqualTo(300);
    assertThat(all.stream().filter(s -> !s.positive()).count()).isGreaterThanOrEqualTo(300);
    assertThat(all.stream().filter(Sample::positive).map(Sample::kind).distinct().count()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void generationIsDeterministic() {
    assertThat(Blind5Corpus.all().stream().map(Sample::text).toList()).isEqualTo(Blind5Corpus.all().stream().map(Sample::text).toList());
  }

  @Test
  void plainPositivesCarryTheirSecretVerbatim() {
    for (Sample s : Blind5Corpus.positives()) {
      if (s.encoding().equals("plain") && !s.context().equals("dotfile") && !s.kind().endsWith("-card") && !s.kind().startsWith("iban")) {
        String v = s.secret();
        String t = s.text();
        boolean inClear = t.contains(v) || t.contains(Blind5Contexts.json(v)) || t.contains(Blind5Contexts.sql(v)) || t.contains(Blind5Contexts.prefixLines(v, "+").trim())
            || v.contains("\n");
        assertThat(inClear).as(s.kind() + " in " + s.context()).isTrue();
      }
    }
  }

  @Test
  void negativesAreNotAccidentallyReal() {
    List<Sample> negatives = Blind5Negatives.all();
    Set<String> secrets = new HashSet<>();
    for (Sample s : Blind5Corpus.positives()) {
      secrets.add(s.secret());
    }
    Set<String> knownTestNumbers = Set.of("4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "GB82WEST12345698765432", "DE89370400440532013000");
    for (Sample n : negatives) {
      for (String sec : secrets) {
        assertThat(n.text()).doesNotContain(sec);
      }
      Matcher m = CARD.matcher(n.text());
      while (m.find()) {
        String digits = m.group().replace(" ", "");
        if (digits.length() >= 13 && digits.length() <= 19 && Blind5Credentials.luhnOk(digits) && digits.matches("[3456].*")
            && n.kind().matches("neg:(order|iban).*")) {
          assertThat(knownTestNumbers).as("Luhn-valid number in " + n.kind()).contains(digits);
        }
      }
      if (n.kind().equals("neg:iban-bad-checksum")) {
        Matcher iban = Pattern.compile("DE\\d\\d(?: ?\\d{4}){4} ?\\d\\d").matcher(n.text());
        while (iban.find()) {
          assertThat(Blind5Credentials.ibanOk(iban.group())).isFalse();
        }
      }
      if (n.kind().equals("neg:placeholder-github-x") || n.kind().equals("neg:redacted-middle")) {
        Matcher gh = Pattern.compile("ghp_[A-Za-z0-9*]{36}").matcher(n.text());
        while (gh.find()) {
          assertThat(Blind5Credentials.githubChecksumOk(gh.group())).isFalse();
        }
      }
    }
    Random r = new Random(8);
    for (int i = 0; i < 20; i++) {
      assertThat(Blind5Credentials.mnemonicOk(Blind5Negatives.badMnemonic(r))).isFalse();
      assertThat(Blind5Credentials.ibanOk(Blind5Negatives.badIban(r))).isFalse();
      assertThat(Blind5Credentials.luhnOk(Blind5Negatives.notLuhn(r, "4", 16))).isFalse();
      assertThat(Blind5Credentials.base58checkOk(Blind5Negatives.p2pkh(r))).isTrue();
    }
  }

  @Test
  void reversibleEncodingsRoundTrip() {
    Random r = new Random(9);
    Cred c = Blind5Credentials.kind("stripe-secret-key").make().apply(r);
    String p = c.payload();
    assertThat(new String(Base64.getDecoder().decode(Blind5Encodings.enc("base64").apply().apply(p, r)), StandardCharsets.UTF_8)).isEqualTo(p);
    assertThat(Blind5Encodings.rot13(Blind5Encodings.rot13(p))).isEqualTo(p);
    assertThat(Blind5Encodings.enc("tag-characters").apply().apply(p, r).codePoints().map(cp -> cp - 0xE0000)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()).isEqualTo(p);
    String b32 = Blind5Encodings.base32("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThat(b32).isEqualTo("MZXW6YTBOI======"); // RFC 4648 test vector
    assertThat(Blind5Encodings.enc("hex-backslash-x").apply().apply("AK", r)).isEqualTo("\\x41\\x4b");
    assertThat(Blind5Encodings.enc("decimal-chr-concat").apply().apply("AK", r)).isEqualTo("chr(65)+chr(75)");
    String zw = Blind5Encodings.enc("zero-width").apply().apply(p, r);
    assertThat(zw.replaceAll("[\u200b\u200c\u200d\u2060\ufeff]", "")).isEqualTo(p);
  }
}
