package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind34Corpus.Label;
import io.moltr.core.scan.Blind34Corpus.Row;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the blind34 generator: formats and checksums of the positives, and negatives free of generated secrets. */
class Blind34SelfCheckTest {
  static final Map<String, String> FORMATS = Map.ofEntries(
      Map.entry("aws_keypair", "[A-Za-z0-9+/]{40}"),
      Map.entry("github_pat", "ghp_[0-9A-Za-z]{36}"),
      Map.entry("github_oauth", "gho_[0-9A-Za-z]{36}"),
      Map.entry("github_server", "ghs_[0-9A-Za-z]{36}"),
      Map.entry("github_user", "ghu_[0-9A-Za-z]{36}"),
      Map.entry("github_fine", "github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}"),
      Map.entry("gitlab_pat", "glpat-[A-Za-z0-9]{20}"),
      Map.entry("slack_bot", "xoxb-\\d{12}-\\d{13}-[A-Za-z0-9]{24}"),
      Map.entry("slack_user", "xoxp-\\d{12}-\\d{12}-\\d{13}-[0-9a-f]{32}"),
      Map.entry("slack_webhook", "https://hooks\\.slack\\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}"),
      Map.entry("stripe_secret", "sk_live_51[A-Za-z0-9]{97}"),
      Map.entry("stripe_restricted", "rk_live_51[A-Za-z0-9]{97}"),
      Map.entry("stripe_webhook", "whsec_[A-Za-z0-9]{32}"),
      Map.entry("openai", "sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
      Map.entry("anthropic", "sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
      Map.entry("google_api", "AIza[A-Za-z0-9_-]{35}"),
      Map.entry("sendgrid", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
      Map.entry("twilio", "[0-9a-f]{32}"),
      Map.entry("npm", "npm_[0-9A-Za-z]{36}"),
      Map.entry("pypi", "pypi-AgEIcHlwaS5vcmcCJ[A-Za-z0-9_-]{140}"),
      Map.entry("mailgun", "key-[0-9a-f]{32}"),
      Map.entry("mailchimp", "[0-9a-f]{32}-us\\d{1,2}"),
      Map.entry("datadog", "[0-9a-f]{32}"),
      Map.entry("discord_bot", "[A-Za-z0-9_-]{24,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{38}"),
      Map.entry("telegram_bot", "\\d{10}:AA[A-Za-z0-9_-]{33}"),
      Map.entry("huggingface", "hf_[A-Za-z]{34}"),
      Map.entry("vault", "hvs\\.CAESI[A-Za-z0-9_-]{86}"),
      Map.entry("linear", "lin_api_[A-Za-z0-9]{40}"),
      Map.entry("digitalocean", "dop_v1_[0-9a-f]{64}"),
      Map.entry("shopify", "shpat_[0-9a-f]{32}"),
      Map.entry("sentry_auth", "sntryu_[0-9a-f]{64}"),
      Map.entry("postman", "PMAK-[0-9a-f]{24}-[0-9a-f]{34}"),
      Map.entry("newrelic", "NRAK-[A-Z0-9]{27}"),
      Map.entry("grafana", "glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}"),
      Map.entry("databricks", "dapi[0-9a-f]{32}"),
      Map.entry("pulumi", "pul-[0-9a-f]{40}"),
      Map.entry("dockerhub", "dckr_pat_[A-Za-z0-9_-]{27}"),
      Map.entry("age", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
      Map.entry("square", "sq0csp-[A-Za-z0-9_-]{43}"),
      Map.entry("mapbox_secret", "sk\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}"),
      Map.entry("algolia_admin", "[0-9a-f]{32}"),
      Map.entry("sentry_dsn_secret", "https://[0-9a-f]{32}:[0-9a-f]{32}@o\\d{6}\\.ingest\\.sentry\\.io/\\d{7}"),
      Map.entry("db_url", "[a-z+]+://[a-z_]+:[A-Za-z0-9!%_]{16,22}@[a-z0-9.-]+/[a-z]+"),
      Map.entry("password", "[A-Za-z0-9]{10}[#!@$%&][A-Za-z0-9]{8}[?*~]"),
      Map.entry("jwt", "eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"),
      Map.entry("azure_storage", "DefaultEndpointsProtocol=https;AccountName=[a-z0-9]+;AccountKey=[A-Za-z0-9+/]{86}==;EndpointSuffix=core\\.windows\\.net"),
      Map.entry("terraform_cloud", "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9]{67}"),
      Map.entry("doppler", "dp\\.pt\\.[A-Za-z0-9]{43}"),
      Map.entry("atlassian", "ATATT3xFfGF0[A-Za-z0-9_-]{171}=[0-9A-F]{8}"),
      Map.entry("pkcs8_rsa", "(?s)-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\n]+-----END PRIVATE KEY-----"),
      Map.entry("pkcs8_ec", "(?s)-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\n]+-----END PRIVATE KEY-----"),
      Map.entry("openssh", "(?s)-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEA[A-Za-z0-9+/=\\n]+-----END OPENSSH PRIVATE KEY-----"),
      Map.entry("pgp_private", "(?s)-----BEGIN PGP PRIVATE KEY BLOCK-----\\n\\n[A-Za-z0-9+/=\\n]+-----END PGP PRIVATE KEY BLOCK-----"),
      Map.entry("jwk_private", "[A-Za-z0-9_-]{43}"),
      Map.entry("gcp_sa", "(?s)-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\n]+-----END PRIVATE KEY-----\\n"),
      Map.entry("solana_keypair", "\\[(\\d{1,3},){63}\\d{1,3}\\]"),
      Map.entry("eth_private", "0x[0-9a-f]{64}"),
      Map.entry("btc_wif", "[KL][1-9A-HJ-NP-Za-km-z]{51}"),
      Map.entry("xprv", "xprv[1-9A-HJ-NP-Za-km-z]{107}"),
      Map.entry("bip39", "[a-z]+( [a-z]+){11}|[a-z]+( [a-z]+){23}"),
      Map.entry("credit_card", "\\d{15,16}"),
      Map.entry("iban", "[A-Z]{2}\\d{2}[A-Z0-9]{12,30}"),
      Map.entry("spanish_dni", "\\d{8}[A-Z]"));

  @Test
  void positivesAreWellFormed() {
    Set<String> kinds = new HashSet<>();
    for (Row x : Blind34Corpus.rows()) {
      if (x.label() == Label.NEGATIVE) {
        continue;
      }
      kinds.add(x.kind());
      String v = x.secret();
      String f = FORMATS.get(x.kind());
      assertTrue(f != null && Pattern.compile(f).matcher(v).matches(), x.kind() + " malformed: " + v);
      assertTrue(x.text().contains(x.needle()), x.kind() + " text lacks its needle");
      switch (x.kind()) {
        case "github_pat", "github_oauth", "github_server", "github_user", "npm" -> {
          String body = v.substring(4, 34);
          assertEquals(crc32b62(body), v.substring(34), "crc " + v);
        }
        case "btc_wif", "xprv" -> assertTrue(base58checkValid(v), "base58check " + v);
        case "bip39" -> assertTrue(mnemonicValid(v), "bip39 checksum " + v);
        case "credit_card" -> assertTrue(luhnValid(v), "luhn " + v);
        case "iban" -> assertTrue(ibanValid(v), "mod97 " + v);
        case "spanish_dni" -> assertEquals("TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(v.substring(0, 8)) % 23), v.charAt(8));
        case "pkcs8_rsa", "pkcs8_ec", "gcp_sa", "openssh", "pgp_private" -> {
          String body = v.replaceAll("-----[A-Z ]+-----", "").replaceAll("(?m)^=.{4}$", "").replaceAll("\\s", "");
          Base64.getDecoder().decode(body);
        }
        case "jwt" -> {
          String p = new String(Base64.getUrlDecoder().decode(v.split("\\.")[1]));
          assertTrue(p.contains("\"exp\":"), p);
        }
        default -> { }
      }
    }
    assertTrue(kinds.size() >= 45, "kinds " + kinds.size());
  }

  @Test
  void checksumHelpersAgreeWithKnownValues() {
    assertTrue(luhnValid("4111111111111111"));
    assertTrue(ibanValid("GB82WEST12345698765432"));
    assertEquals("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359"));
    assertTrue(mnemonicValid("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
    assertTrue(base58checkValid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
  }

  @Test
  void negativesHoldNoGeneratedSecret() {
    List<Row> all = Blind34Corpus.rows();
    Set<String> secrets = new HashSet<>();
    for (Row x : all) {
      if (x.label() != Label.NEGATIVE) {
        String s = x.secret();
        secrets.add(s.length() > 60 ? s.substring(0, 60) : s);
      }
    }
    Pattern live = Pattern.compile("gh[pousr]_[0-9A-Za-z]{36}|sk_live_[0-9A-Za-z]{20}|-----BEGIN (RSA |EC |OPENSSH |PGP )?PRIVATE KEY|xprv[1-9A-Za-z]{100}|\"d\":\"");
    for (Row x : all) {
      if (x.label() == Label.NEGATIVE) {
        for (String s : secrets) {
          assertFalse(x.text().contains(s), x.generator() + " contains a generated secret");
        }
        assertFalse(live.matcher(x.text()).find(), x.generator() + " holds a live-format secret: " + x.text());
      }
    }
  }

  @Test
  void sizes() {
    long plain = Blind34Corpus.rows().stream().filter(x -> x.label() == Label.PLAIN).count();
    long enc = Blind34Corpus.rows().stream().filter(x -> x.label() == Label.ENCODED).count();
    long neg = Blind34Corpus.rows().stream().filter(x -> x.label() == Label.NEGATIVE).count();
    assertTrue(plain >= 250 && enc >= 120 && neg >= 1200, plain + " " + enc + " " + neg);
  }
}
