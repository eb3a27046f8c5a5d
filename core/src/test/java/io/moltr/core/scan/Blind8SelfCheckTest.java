package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind8Corpus.Label;
import io.moltr.core.scan.Blind8Corpus.Row;
import io.moltr.core.scan.Blind8Secrets.Kind;
import io.moltr.core.scan.Blind8Secrets.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the eighth blind corpus's generators alone (no scanner): shapes, check digits, sizes. */
class Blind8SelfCheckTest {

    private static Secret make(String kind, long seed) {
        return Blind8Secrets.kind(kind).make().apply(new Random(seed));
    }

    @Test
    void everyKindHasTheShapeItsProviderDocuments() {
        record Shape(String kind, String regex) {}
        List<Shape> shapes = List.of(
                new Shape("gcp-api-key", "AIza[A-Za-z0-9_-]{35}"),
                new Shape("google-oauth-secret", "GOCSPX-[A-Za-z0-9_-]{28}"),
                new Shape("digitalocean", "dop_v1_[0-9a-f]{64}"),
                new Shape("databricks", "dapi[0-9a-f]{32}"),
                new Shape("github-pat", "ghp_[A-Za-z0-9]{36}"),
                new Shape("github-oauth", "gh[ousr]_[A-Za-z0-9]{36}"),
                new Shape("github-fine", "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
                new Shape("gitlab", "gl(pat|dt|rt)-[A-Za-z0-9_-]{20}"),
                new Shape("npm", "npm_[A-Za-z0-9]{36}"),
                new Shape("stripe", "[rs]k_live_[A-Za-z0-9]{24,99}"),
                new Shape("shopify", "shp(at|ss|ca)_[0-9a-f]{32}"),
                new Shape("slack-bot", "xoxb-[0-9]{11}-[0-9]{13}-[A-Za-z0-9]{24}"),
                new Shape("slack-webhook", "https://hooks\\.slack\\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}"),
                new Shape("discord-webhook", "https://discord\\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}"),
                new Shape("telegram-bot", "[0-9]{10}:AA[A-Za-z0-9_-]{33}"),
                new Shape("sendgrid", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
                new Shape("mailgun", "key-[0-9a-f]{32}"),
                new Shape("mailchimp", "[0-9a-f]{32}-us[0-9]{1,2}"),
                new Shape("anthropic", "sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
                new Shape("huggingface", "hf_[A-Za-z]{34}"),
                new Shape("groq", "gsk_[A-Za-z0-9]{52}"),
                new Shape("openrouter", "sk-or-v1-[0-9a-f]{64}"),
                new Shape("newrelic", "NRAK-[A-Z0-9]{27}"),
                new Shape("linear", "lin_api_[A-Za-z0-9]{40}"),
                new Shape("doppler", "dp\\.st\\.(prd|dev|stg)\\.[A-Za-z0-9]{40}"),
                new Shape("vault", "hvs\\.[A-Za-z0-9_-]{91}"),
                new Shape("terraform-cloud", "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9]{67}"),
                new Shape("supabase", "sbp_[0-9a-f]{40}"),
                new Shape("planetscale", "pscale_(tkn|pw)_[A-Za-z0-9_-]{43}"),
                new Shape("postman", "PMAK-[0-9a-f]{24}-[0-9a-f]{34}"),
                new Shape("age-key", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
                new Shape("eth-private", "0x[0-9a-f]{64}"),
                new Shape("us-ssn", "[1-6][0-9]{2}-[0-9]{2}-[0-9]{4}"));
        for (Shape sh : shapes) {
            for (long seed = 0; seed < 20; seed++) {
                Secret s = make(sh.kind(), seed);
                assertThat(s.value()).as(sh.kind()).matches(Pattern.compile(sh.regex()));
                assertThat(s.line()).as(sh.kind()).contains(s.value());
            }
        }
    }

    @Test
    void checkDigitsAreRight() {
        for (long seed = 0; seed < 200; seed++) {
            String card = make("card", seed).value();
            assertThat(Blind8Secrets.luhnValid(card)).as(card).isTrue();
            assertThat(card.length()).isBetween(15, 16);
            String iban = make("iban", seed).value();
            assertThat(Blind8Secrets.ibanValid(iban)).as(iban).isTrue();
            String wif = make("wif", seed).value();
            assertThat(Blind8Secrets.base58checkValid(wif)).as(wif).isTrue();
            assertThat(wif).matches("[5KL][1-9A-HJ-NP-Za-km-z]{50,51}");
            String seedPhrase = make("bip39", seed).value();
            assertThat(Blind8Secrets.mnemonicValid(seedPhrase)).as(seedPhrase).isTrue();
            assertThat(seedPhrase.split(" ").length).isIn(12, 24);
            String age = make("age-key", seed).value();
            assertThat(Blind8Secrets.bech32Valid(age)).as(age).isTrue();
            String bsn = make("nl-bsn", seed).value();
            int sum = 0;
            for (int i = 0; i < 8; i++) sum += (9 - i) * (bsn.charAt(i) - '0');
            assertThat((sum - (bsn.charAt(8) - '0')) % 11).as(bsn).isZero();
            String dni = make("es-dni", seed).value();
            assertThat(dni.charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(dni.substring(0, 8)) % 23));
            String pesel = make("pl-pesel", seed).value();
            int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1};
            int ps = 0;
            for (int i = 0; i < 11; i++) ps += w[i] * (pesel.charAt(i) - '0');
            assertThat(ps % 10).as(pesel).isZero();
        }
    }

    @Test
    void githubAndNpmChecksumsMatchTheirBody() {
        for (long seed = 0; seed < 50; seed++) {
            for (String k : List.of("github-pat", "github-oauth", "npm")) {
                String v = make(k, seed).value();
                int us = v.indexOf('_');
                String body = v.substring(us + 1, v.length() - 6);
                assertThat(v.substring(v.length() - 6)).isEqualTo(Blind8Secrets.crc32Base62(body));
            }
        }
        // a known vector for the base62 step: 0 -> "000000", 61 -> "00000z", 62 -> "000010"
        assertThat(Blind8Secrets.base62(61, 6)).isEqualTo("00000z");
        assertThat(Blind8Secrets.base62(62, 6)).isEqualTo("000010");
    }

    @Test
    void jwtsCarryAHeaderThatDecodesAndASignature() {
        for (long seed = 0; seed < 20; seed++) {
            for (String k : List.of("jwt", "supabase-service-jwt")) {
                String v = make(k, seed).value();
                String[] parts = v.split("\\.");
                assertThat(parts).hasSize(3);
                assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("\"alg\":\"HS256\"");
                assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(32);
            }
        }
    }

    @Test
    void bip39ListIsTheStandardOne() {
        List<String> w = Blind8Secrets.bip39();
        assertThat(w).hasSize(2048);
        assertThat(w.get(0)).isEqualTo("abandon");
        assertThat(w.get(2047)).isEqualTo("zoo");
        // BIP39 reference vector: all-zero 128-bit entropy
        assertThat(Blind8Secrets.mnemonic(new byte[16])).isEqualTo("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    }

    @Test
    void encodingsRoundTripWhereTheyAreSimple() {
        String s = "sk-or-v1-0123456789abcdef";
        assertThat(new String(Base64.getDecoder().decode(Blind8Encodings.base64(s)), StandardCharsets.UTF_8)).isEqualTo(s);
        assertThat(Blind8Encodings.rot13(Blind8Encodings.rot13(s))).isEqualTo(s);
        assertThat(Blind8Encodings.reversed(Blind8Encodings.reversed(s))).isEqualTo(s);
        assertThat(Blind8Encodings.base32("foobar")).isEqualTo("MZXW6YTBOI======");
        assertThat(Blind8Encodings.hex("AB")).isEqualTo("4142");
        Random r = new Random(1);
        assertThat(Blind8Encodings.zeroWidth(r, s).replaceAll("[\u200b\u200c\u200d\u2060\ufeff]", "")).isEqualTo(s);
        assertThat(java.text.Normalizer.normalize(Blind8Encodings.fullWidth(r, s), java.text.Normalizer.Form.NFKC)).isEqualTo(s);
        assertThat(Blind8Encodings.splitLines(r, s).replace("\n", "")).isEqualTo(s);
    }

    @Test
    void corpusHasTheAdvertisedSizeAndSpread() {
        List<Row> rows = Blind8Corpus.rows();
        long plain = rows.stream().filter(x -> x.label() == Label.PLAIN).count();
        long enc = rows.stream().filter(x -> x.label() == Label.ENCODED).count();
        long neg = rows.stream().filter(x -> x.label() == Label.NEGATIVE).count();
        assertThat(plain).isBetween(200L, 240L);
        assertThat(enc).isBetween(160L, 190L);
        assertThat(neg).isGreaterThanOrEqualTo(480L);
        Set<String> kinds = new HashSet<>();
        Set<String> encodings = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Row x : rows) {
            assertThat(ids.add(x.id())).as(x.id()).isTrue();
            if (x.leak()) kinds.add(x.kind());
            if (x.label() == Label.ENCODED) encodings.add(x.encoding());
            assertThat(x.text().length()).as(x.id() + " length").isBetween(300, 16000);
        }
        assertThat(kinds.size()).isGreaterThanOrEqualTo(50);
        assertThat(encodings.size()).isGreaterThanOrEqualTo(24);
        long big = rows.stream().filter(x -> x.text().length() >= 500 && x.text().length() <= 4200).count();
        assertThat(big).isGreaterThan(rows.size() * 8L / 10);
    }

    @Test
    void plainLeaksContainTheirSecretVerbatim() {
        for (Row x : Blind8Corpus.rows()) {
            if (x.label() != Label.PLAIN) continue;
            boolean verbatim = x.text().contains(x.secret()) || x.text().contains(x.secret().replace("\n", "\\n"))
                    || java.util.Arrays.stream(x.secret().split("\n")).allMatch(x.text()::contains);
            assertThat(verbatim).as(x.id() + " holds " + x.kind()).isTrue();
        }
    }

    @Test
    void negativesHoldNoGeneratedSecretShape() {
        Pattern[] leakShapes = {
            Pattern.compile("gh[pousr]_(?=[A-Za-z]*[0-9])[A-Za-z0-9]{36}"), Pattern.compile("sk-ant-api03-"), Pattern.compile("xox[bp]-[0-9]"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY"), Pattern.compile("AKIA(?!IOSFODNN7EXAMPLE)[A-Z2-7]{16}"),
            Pattern.compile("sk_live_[A-Za-z0-9]"), Pattern.compile("AGE-SECRET-KEY-1"), Pattern.compile("hvs\\.[A-Za-z0-9_-]{20}")};
        for (Row x : Blind8Corpus.rows()) {
            if (x.leak()) continue;
            for (Pattern p : leakShapes) assertThat(p.matcher(x.text()).find()).as(x.id() + " " + p).isFalse();
        }
    }

    @Test
    void everyKindAppearsPlainAtLeastTwice() {
        for (Kind k : Blind8Secrets.KINDS) {
            long n = Blind8Corpus.rows().stream().filter(x -> x.label() == Label.PLAIN && x.kind().equals(k.id())).count();
            assertThat(n).as(k.id()).isGreaterThanOrEqualTo(2);
        }
    }
}
