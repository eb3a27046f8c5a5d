package io.moltr.core.scan;

import static io.moltr.core.scan.Blind10Util.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fake credentials for the tenth blind corpus, in their documented formats with valid checksums
 * where the format has one. Every generator draws from the shared seeded {@link Blind10Util}.
 */
final class Blind10Secrets {

  /** One leak: NAME/value pairs as an agent would print them; probe is the secret part. */
  record Secret(String kind, List<String[]> pairs, String probe, boolean multiline) {
    String name() {
      return pairs.get(pairs.size() - 1)[0];
    }

    String value() {
      return pairs.get(pairs.size() - 1)[1];
    }

    String envLines() {
      StringBuilder sb = new StringBuilder();
      for (String[] p : pairs) {
        sb.append(p[0]).append('=').append(p[1]).append('\n');
      }
      return sb.toString().trim();
    }
  }

  /** A kind: its name, how many plain rows, its generator, and an optional native context. */
  record Kind(String name, int rows, Function<Blind10Util, Secret> gen, Function<Secret, String> nativeCtx) {}

  static Secret one(String kind, String name, String value) {
    return new Secret(kind, List.<String[]>of(new String[] {name, value}), value, false);
  }

  static Secret two(String kind, String n1, String v1, String n2, String v2) {
    return new Secret(kind, List.of(new String[] {n1, v1}, new String[] {n2, v2}), v2, false);
  }

  static Secret multi(String kind, String name, String value, String probe) {
    return new Secret(kind, List.<String[]>of(new String[] {name, value}), probe, true);
  }

  static Kind k(String name, int rows, Function<Blind10Util, Secret> gen) {
    return new Kind(name, rows, gen, null);
  }

  static Kind k(String name, int rows, Function<Blind10Util, Secret> gen, Function<Secret, String> nat) {
    return new Kind(name, rows, gen, nat);
  }

  // ---------- key material ----------

  static SecureRandom seeded(Blind10Util u) {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(u.bytes(32));
      return sr;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair rsa(Blind10Util u, int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits, seeded(u));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ec(Blind10Util u) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), seeded(u));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {seed(32), public(32)} of an Ed25519 key. */
  static byte[][] ed25519(Blind10Util u) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, seeded(u));
      KeyPair kp = g.generateKeyPair();
      byte[] seed = ((java.security.interfaces.EdECPrivateKey) kp.getPrivate()).getBytes().orElseThrow();
      EdECPublicKey pub = (EdECPublicKey) kp.getPublic();
      byte[] y = pub.getPoint().getY().toByteArray();
      byte[] le = new byte[32];
      for (int i = 0; i < y.length && i < 32; i++) {
        le[i] = y[y.length - 1 - i];
      }
      if (pub.getPoint().isXOdd()) {
        le[31] |= (byte) 0x80;
      }
      return new byte[][] {seed, le};
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] edPubBlob(byte[] pub) {
    return concat(sshString("ssh-ed25519"), sshString(pub));
  }

  static String openSshEd25519(Blind10Util u, String comment) {
    byte[][] k = ed25519(u);
    byte[] pubBlob = edPubBlob(k[1]);
    int check = u.r.nextInt();
    byte[] ci = BigInteger.valueOf(check & 0xffffffffL).toByteArray();
    byte[] c4 = new byte[4];
    for (int i = 0; i < 4; i++) {
      c4[3 - i] = i < ci.length ? ci[ci.length - 1 - i] : 0;
    }
    byte[] priv = concat(c4, c4, sshString("ssh-ed25519"), sshString(k[1]), sshString(concat(k[0], k[1])),
        sshString(comment));
    int pad = (8 - priv.length % 8) % 8;
    byte[] padding = new byte[pad];
    for (int i = 0; i < pad; i++) {
      padding[i] = (byte) (i + 1);
    }
    priv = concat(priv, padding);
    byte[] body = concat("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII), sshString("none"),
        sshString("none"), sshString(new byte[0]), new byte[] {0, 0, 0, 1}, sshString(pubBlob), sshString(priv));
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(body), 70) + "-----END OPENSSH PRIVATE KEY-----";
  }

  static String puttyPpk(Blind10Util u, String comment) {
    byte[][] k = ed25519(u);
    byte[] pubBlob = edPubBlob(k[1]);
    byte[] privBlob = sshString(k[0]);
    byte[] macData = concat(sshString("ssh-ed25519"), sshString("none"), sshString(comment), sshString(pubBlob),
        sshString(privBlob));
    String mac = hex(hmacSha256(new byte[0], macData));
    String pubB64 = b64(pubBlob);
    String privB64 = b64(privBlob);
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + comment + "\nPublic-Lines: 2\n"
        + pubB64.substring(0, 64) + "\n" + pubB64.substring(64) + "\nPrivate-Lines: 1\n" + privB64
        + "\nPrivate-MAC: " + mac;
  }

  static String jwtHs256(Blind10Util u, String payloadJson) {
    String h = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String p = b64url(payloadJson.getBytes(StandardCharsets.UTF_8));
    byte[] sig = hmacSha256(u.bytes(32), (h + "." + p).getBytes(StandardCharsets.US_ASCII));
    return h + "." + p + "." + b64url(sig);
  }

  static String jwtRs256(Blind10Util u, KeyPair kp, String payloadJson) {
    try {
      String h = b64url(("{\"alg\":\"RS256\",\"kid\":\"" + u.pick(B64URL, 43) + "\"}").getBytes(StandardCharsets.UTF_8));
      String p = b64url(payloadJson.getBytes(StandardCharsets.UTF_8));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(kp.getPrivate());
      s.update((h + "." + p).getBytes(StandardCharsets.US_ASCII));
      return h + "." + p + "." + b64url(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------- card / bank / id generators ----------

  static String card(Blind10Util u, String prefix, int len) {
    String body = prefix + u.digits(len - prefix.length() - 1);
    return body + luhnCheckDigit(body);
  }

  static String cardFmt(Blind10Util u, String pan) {
    switch (u.r.nextInt(3)) {
      case 0:
        return pan;
      case 1:
        if (pan.length() == 14) {
          return pan.substring(0, 4) + " " + pan.substring(4, 10) + " " + pan.substring(10);
        }
        if (pan.length() == 15) {
          return pan.substring(0, 4) + " " + pan.substring(4, 10) + " " + pan.substring(10);
        }
        return group4(pan);
      default:
        if (pan.length() == 14) {
          return pan.substring(0, 4) + "-" + pan.substring(4, 10) + "-" + pan.substring(10);
        }
        if (pan.length() == 15) {
          return pan.substring(0, 4) + "-" + pan.substring(4, 10) + "-" + pan.substring(10);
        }
        return group4(pan).replace(' ', '-');
    }
  }

  static Secret cardSecret(Blind10Util u, String kind, String pan) {
    String[] names = {"CARD_NUMBER", "card_number", "PAN", "cc_number", "customer_card"};
    String v = cardFmt(u, pan);
    return new Secret(kind, List.of(new String[] {"CARD_HOLDER", "J. Rivera"}, new String[] {u.one(names), v},
        new String[] {"CARD_EXP", String.format("%02d/%02d", u.between(1, 12), u.between(27, 31))}), v, false);
  }

  static String ibanFor(Blind10Util u, String cc) {
    String bban;
    switch (cc) {
      case "PL":
        bban = u.digits(24);
        break;
      case "PT":
        bban = u.digits(21);
        break;
      case "SE":
        bban = u.digits(20);
        break;
      case "NO": {
        String acc;
        int chk;
        do {
          acc = u.digits(10);
          int[] w = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
          int s = 0;
          for (int i = 0; i < 10; i++) {
            s += w[i] * (acc.charAt(i) - '0');
          }
          chk = 11 - s % 11;
          if (chk == 11) {
            chk = 0;
          }
        } while (chk == 10);
        bban = acc + chk;
        break;
      }
      case "DK":
        bban = u.digits(14);
        break;
      case "AT":
        bban = u.digits(16);
        break;
      case "IE":
        bban = u.one(new String[] {"AIBK", "BOFI", "IPBS"}) + u.digits(14);
        break;
      case "SA":
        bban = u.digits(2) + u.digits(18);
        break;
      case "AE":
        bban = u.digits(19);
        break;
      case "BR":
        bban = u.digits(23) + "C" + u.one(new String[] {"1", "2"});
        break;
      case "DE":
        bban = u.digits(18);
        break;
      case "GB":
        bban = u.one(new String[] {"NWBK", "BARC", "LOYD", "MIDL", "HBUK"}) + u.digits(14);
        break;
      default:
        throw new IllegalArgumentException(cc);
    }
    return iban(cc, bban);
  }

  static Secret ibanSecret(Blind10Util u, String cc) {
    String ib = ibanFor(u, cc);
    String v = u.r.nextBoolean() ? ib : group4(ib);
    String[] names = {"IBAN", "payout_iban", "beneficiary_iban", "bank_account_iban"};
    return new Secret("iban-" + cc.toLowerCase(), List.of(new String[] {"BENEFICIARY", "Nordlicht Handels GmbH"},
        new String[] {u.one(names), v}), v, false);
  }

  static String pad(int n, int w) {
    return String.format("%0" + w + "d", n);
  }

  static String itCodiceFiscale(Blind10Util u) {
    String months = "ABCDEHLMPRST";
    String s = u.pick("BCDFGHLMNPRSTVZ", 3) + u.pick("BCDFGHLMNPRSTVZ", 2) + u.pick("AEIOU", 1)
        + pad(u.between(50, 99), 2) + months.charAt(u.r.nextInt(12)) + pad(u.between(1, 28) + (u.r.nextBoolean() ? 40 : 0), 2)
        + u.one(new String[] {"H", "F", "L", "A"}) + u.digits(3);
    return s + itCheck(s);
  }

  static char itCheck(String s) {
    int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += (i % 2 == 0) ? odd[v] : v;
    }
    return (char) ('A' + sum % 26);
  }

  static String frNir(Blind10Util u) {
    String n = (u.r.nextBoolean() ? "1" : "2") + pad(u.between(60, 99), 2) + pad(u.between(1, 12), 2)
        + pad(u.between(1, 95), 2) + u.digits(3) + u.digits(3);
    int key = 97 - new BigInteger(n).mod(BigInteger.valueOf(97)).intValue();
    return n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " " + n.substring(5, 7) + " "
        + n.substring(7, 10) + " " + n.substring(10, 13) + " " + pad(key, 2);
  }

  static String sePersonnummer(Blind10Util u) {
    String d = pad(u.between(60, 99), 2) + pad(u.between(1, 12), 2) + pad(u.between(1, 28), 2) + u.digits(3);
    return d.substring(0, 6) + "-" + d.substring(6) + luhnCheckDigit(d);
  }

  static String noFodselsnummer(Blind10Util u) {
    while (true) {
      String d = pad(u.between(1, 28), 2) + pad(u.between(1, 12), 2) + pad(u.between(60, 99), 2)
          + u.digits(3);
      int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
      int s = 0;
      for (int i = 0; i < 9; i++) {
        s += w1[i] * (d.charAt(i) - '0');
      }
      int k1 = 11 - s % 11;
      if (k1 == 11) {
        k1 = 0;
      }
      if (k1 == 10) {
        continue;
      }
      d += k1;
      int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
      s = 0;
      for (int i = 0; i < 10; i++) {
        s += w2[i] * (d.charAt(i) - '0');
      }
      int k2 = 11 - s % 11;
      if (k2 == 11) {
        k2 = 0;
      }
      if (k2 == 10) {
        continue;
      }
      return d + k2;
    }
  }

  static String fiHetu(Blind10Util u) {
    String dd = pad(u.between(1, 28), 2) + pad(u.between(1, 12), 2) + pad(u.between(60, 99), 2);
    String ind = pad(u.between(2, 899), 3);
    String table = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    return dd + "-" + ind + table.charAt(Integer.parseInt(dd + ind) % 31);
  }

  static String zaId(Blind10Util u) {
    String d = pad(u.between(60, 99), 2) + pad(u.between(1, 12), 2) + pad(u.between(1, 28), 2) + u.digits(4)
        + "0" + "8";
    return d + luhnCheckDigit(d);
  }

  static String cnId(Blind10Util u) {
    String d = u.one(new String[] {"110105", "310115", "440305", "510107"}) + u.between(1960, 1999)
        + pad(u.between(1, 12), 2) + pad(u.between(1, 28), 2) + u.digits(3);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += w[i] * (d.charAt(i) - '0');
    }
    return d + "10X98765432".charAt(s % 11);
  }

  static String trKimlik(Blind10Util u) {
    String d = u.between(1, 9) + u.digits(8);
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      if (i % 2 == 0) {
        odd += d.charAt(i) - '0';
      } else {
        even += d.charAt(i) - '0';
      }
    }
    int d10 = Math.floorMod(odd * 7 - even, 10);
    d += d10;
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += d.charAt(i) - '0';
    }
    return d + (sum % 10);
  }

  static String krRrn(Blind10Util u) {
    String d = pad(u.between(60, 99), 2) + pad(u.between(1, 12), 2) + pad(u.between(1, 28), 2)
        + u.between(1, 2) + u.digits(5);
    int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int s = 0;
    for (int i = 0; i < 12; i++) {
      s += w[i] * (d.charAt(i) - '0');
    }
    d += (11 - s % 11) % 10;
    return d.substring(0, 6) + "-" + d.substring(6);
  }

  static String sgNric(Blind10Util u) {
    String first = u.r.nextBoolean() ? "S" : "T";
    String d = u.digits(7);
    int[] w = {2, 7, 6, 5, 4, 3, 2};
    int s = first.equals("T") ? 4 : 0;
    for (int i = 0; i < 7; i++) {
      s += w[i] * (d.charAt(i) - '0');
    }
    return first + d + "JZIHGFEDCBA".charAt(s % 11);
  }

  static String auTfn(Blind10Util u) {
    int[] w = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    while (true) {
      String d = u.digits(9);
      int s = 0;
      for (int i = 0; i < 9; i++) {
        s += w[i] * (d.charAt(i) - '0');
      }
      if (s % 11 == 0 && d.charAt(0) != '0') {
        return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
      }
    }
  }

  static String beNrn(Blind10Util u) {
    String d = pad(u.between(60, 99), 2) + pad(u.between(1, 12), 2) + pad(u.between(1, 28), 2)
        + pad(u.between(1, 997), 3);
    int key = 97 - (int) (Long.parseLong(d) % 97);
    return d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-" + d.substring(6) + "."
        + pad(key, 2);
  }

  static String deSteuerId(Blind10Util u) {
    while (true) {
      List<Integer> ds = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ds.add(i);
      }
      java.util.Collections.shuffle(ds, u.r);
      int missing = ds.get(9);
      int dup = ds.get(u.r.nextInt(9));
      ds.set(9, dup);
      java.util.Collections.shuffle(ds, u.r);
      if (ds.get(0) == 0 || missing == dup) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      ds.forEach(sb::append);
      String d = sb.toString();
      int product = 10;
      for (int i = 0; i < 10; i++) {
        int sum = (d.charAt(i) - '0' + product) % 10;
        if (sum == 0) {
          sum = 10;
        }
        product = (sum * 2) % 11;
      }
      int check = 11 - product;
      if (check == 10) {
        check = 0;
      }
      return d + check;
    }
  }

  static String usSsn(Blind10Util u) {
    int area;
    do {
      area = u.between(1, 899);
    } while (area == 666);
    return pad(area, 3) + "-" + pad(u.between(1, 99), 2) + "-" + pad(u.between(1, 9999), 4);
  }

  // ---------- the kinds ----------

  static String awsId(Blind10Util u, String p) {
    return p + u.pick(B32, 16);
  }

  static String awsSecret(Blind10Util u) {
    return u.pick(UPPER + LOWER + DIGITS + "/+", 40);
  }

  static String ghBody(Blind10Util u, String prefix) {
    String body = u.pick(ALNUM, 30);
    return prefix + body + crc32Base62(body);
  }

  static String pw(Blind10Util u) {
    return u.pick(ALNUM, 6) + u.one(new String[] {"!", "_", "-", "."}) + u.pick(ALNUM, 12);
  }

  static final java.util.Map<Long, KeyPair> RSA_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A 2048-bit key drawn once per seed value (key generation is slow); always consumes one long. */
  static KeyPair sharedRsa(Blind10Util u) {
    long seed = u.r.nextLong();
    return RSA_KEYS.computeIfAbsent(seed, s -> rsa(new Blind10Util(s), 2048));
  }

  static List<Kind> kinds() {
    List<Kind> ks = new ArrayList<>();
    // cloud
    ks.add(k("aws-access-key", 4, u -> two("aws-access-key", "AWS_ACCESS_KEY_ID", awsId(u, "AKIA"),
        "AWS_SECRET_ACCESS_KEY", awsSecret(u)), Blind10Contexts::awsCredentialsFile));
    ks.add(k("aws-session", 3, u -> new Secret("aws-session", List.of(
        new String[] {"AWS_ACCESS_KEY_ID", awsId(u, "ASIA")}, new String[] {"AWS_SECRET_ACCESS_KEY", awsSecret(u)},
        new String[] {"AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2VjE" + u.pick(B64, 340) + "="}), "", false),
        Blind10Contexts::awsCredentialsFile));
    ks.add(k("gcp-api-key", 3, u -> one("gcp-api-key", "GOOGLE_MAPS_API_KEY", "AIza" + u.pick(ALNUM + "-_", 35))));
    ks.add(k("gcp-service-account", 2, u -> {
      KeyPair kp = sharedRsa(u);
      String pem = pem("PRIVATE KEY", kp.getPrivate().getEncoded());
      String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-billing-prod\",\n"
          + "  \"private_key_id\": \"" + u.pick(HEX, 40) + "\",\n  \"private_key\": \""
          + pem.replace("\n", "\\n") + "\\n\",\n  \"client_email\": \"etl-runner@acme-billing-prod.iam.gserviceaccount.com\",\n"
          + "  \"client_id\": \"1" + u.digits(20) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
      return multi("gcp-service-account", "GOOGLE_CREDENTIALS", json, pem.split("\n")[5]);
    }));
    ks.add(k("azure-storage-conn", 3, u -> one("azure-storage-conn", "AzureWebJobsStorage",
        "DefaultEndpointsProtocol=https;AccountName=acme" + u.pick(LOWER, 6) + ";AccountKey=" + b64(u.bytes(64))
            + ";EndpointSuffix=core.windows.net")));
    ks.add(k("azure-ad-client-secret", 3, u -> two("azure-ad-client-secret", "AZURE_CLIENT_ID",
        java.util.UUID.nameUUIDFromBytes(u.bytes(8)).toString(), "AZURE_CLIENT_SECRET",
        u.pick(ALNUM, 3) + u.digits(1) + "Q~" + u.pick(ALNUM + "_.~-", 34))));
    ks.add(k("azure-devops-pat", 2, u -> one("azure-devops-pat", "AZURE_DEVOPS_EXT_PAT", u.pick(LOWER + "234567", 52))));
    ks.add(k("digitalocean", 2, u -> one("digitalocean", "DIGITALOCEAN_TOKEN", "dop_v1_" + u.pick(HEX, 64))));
    ks.add(k("cloudflare-api-token", 2, u -> one("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", u.pick(ALNUM + "_-", 40))));
    ks.add(k("cloudflare-origin-ca", 2, u -> one("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY",
        "v1.0-" + u.pick(HEX, 24) + "-" + u.pick(HEX, 146))));
    ks.add(k("heroku", 2, u -> one("heroku", "HEROKU_API_KEY", "HRKU-AA" + u.pick(ALNUM + "_-", 58)),
        Blind10Contexts::netrc));
    ks.add(k("fly-io", 2, u -> one("fly-io", "FLY_API_TOKEN", "FlyV1 fm2_" + u.pick(B64, 180) + ",fm2_" + u.pick(B64, 120))));
    ks.add(k("vault", 2, u -> one("vault", "VAULT_TOKEN", "hvs." + u.pick(ALNUM + "_-", 24))));
    ks.add(k("terraform-cloud", 2, u -> one("terraform-cloud", "TFE_TOKEN", u.pick(ALNUM, 14) + ".atlasv1." + u.pick(ALNUM, 67))));
    ks.add(k("databricks", 2, u -> two("databricks", "DATABRICKS_HOST", "https://adb-" + u.digits(16) + ".7.azuredatabricks.net",
        "DATABRICKS_TOKEN", "dapi" + u.pick(HEX, 32))));
    ks.add(k("supabase", 2, u -> one("supabase", "SUPABASE_ACCESS_TOKEN", "sbp_" + u.pick(HEX, 40))));
    ks.add(k("planetscale", 2, u -> one("planetscale", "PLANETSCALE_SERVICE_TOKEN", "pscale_tkn_" + u.pick(ALNUM + "_-", 43))));
    ks.add(k("netlify", 2, u -> one("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + u.pick(ALNUM, 36))));
    ks.add(k("doppler", 2, u -> one("doppler", "DOPPLER_TOKEN", "dp.st.prd." + u.pick(ALNUM, 40))));
    ks.add(k("pulumi", 2, u -> one("pulumi", "PULUMI_ACCESS_TOKEN", "pul-" + u.pick(HEX, 40))));
    // source hosting, CI/CD, registries
    ks.add(k("github-pat", 4, u -> one("github-pat", "GITHUB_TOKEN", ghBody(u, "ghp_")), Blind10Contexts::netrc));
    ks.add(k("github-app-token", 2, u -> one("github-app-token", "GH_INSTALLATION_TOKEN", ghBody(u, "ghs_"))));
    ks.add(k("github-fine-grained", 3, u -> one("github-fine-grained", "GH_TOKEN",
        "github_pat_11" + u.pick(UALNUM, 20) + "_" + u.pick(ALNUM, 59))));
    ks.add(k("gitlab-pat", 3, u -> one("gitlab-pat", "GITLAB_TOKEN", "glpat-" + u.pick(ALNUM + "_-", 20))));
    ks.add(k("gitlab-trigger", 2, u -> one("gitlab-trigger", "GITLAB_TRIGGER_TOKEN", "glptt-" + u.pick(HEX, 40))));
    ks.add(k("npm", 3, u -> one("npm", "NPM_TOKEN", ghBody(u, "npm_")), Blind10Contexts::npmrc));
    ks.add(k("pypi", 2, u -> one("pypi", "TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmcCJD" + u.pick(B64URL, 150)),
        Blind10Contexts::pypirc));
    ks.add(k("nuget", 2, u -> one("nuget", "NUGET_API_KEY", "oy2" + u.pick(LOWER + "234567", 43))));
    ks.add(k("rubygems", 2, u -> one("rubygems", "GEM_HOST_API_KEY", "rubygems_" + u.pick(HEX, 48))));
    ks.add(k("dockerhub", 2, u -> two("dockerhub", "DOCKERHUB_USERNAME", "acmebuild", "DOCKERHUB_TOKEN",
        "dckr_pat_" + u.pick(ALNUM + "_-", 27))));
    ks.add(k("jfrog-reference", 2, u -> one("jfrog-reference", "JFROG_ACCESS_TOKEN",
        b64("reftkn:01:" + u.between(1700000000, 1999999999) + ":" + u.pick(ALNUM, 27)).replace("=", ""))));
    ks.add(k("buildkite", 2, u -> one("buildkite", "BUILDKITE_API_TOKEN", "bkua_" + u.pick(HEX, 40))));
    ks.add(k("circleci", 2, u -> one("circleci", "CIRCLE_TOKEN", "CCIPAT_" + u.pick(ALNUM, 22) + "_" + u.pick(HEX, 40))));
    ks.add(k("sonarqube", 2, u -> one("sonarqube", "SONAR_TOKEN", "sqp_" + u.pick(HEX, 40))));
    ks.add(k("clojars", 2, u -> one("clojars", "CLOJARS_PASSWORD", "CLOJARS_" + u.pick(HEX, 60))));
    // chat / SaaS
    ks.add(k("slack-bot", 3, u -> one("slack-bot", "SLACK_BOT_TOKEN",
        "xoxb-" + u.digits(12) + "-" + u.digits(13) + "-" + u.pick(ALNUM, 24))));
    ks.add(k("slack-app", 2, u -> one("slack-app", "SLACK_APP_TOKEN",
        "xapp-1-A0" + u.pick(UALNUM, 9) + "-" + u.digits(13) + "-" + u.pick(HEX, 64))));
    ks.add(k("slack-webhook", 3, u -> one("slack-webhook", "SLACK_WEBHOOK_URL",
        "https://hooks.slack.com/services/T0" + u.pick(UALNUM, 8) + "/B0" + u.pick(UALNUM, 9) + "/" + u.pick(ALNUM, 24))));
    ks.add(k("discord-webhook", 2, u -> one("discord-webhook", "DISCORD_WEBHOOK",
        "https://discord.com/api/webhooks/1" + u.digits(18) + "/" + u.pick(ALNUM + "_-", 68))));
    ks.add(k("discord-bot", 2, u -> one("discord-bot", "DISCORD_BOT_TOKEN",
        b64url(("1" + u.digits(18)).getBytes(StandardCharsets.US_ASCII)) + "." + u.pick(ALNUM + "_-", 6) + "." + u.pick(ALNUM + "_-", 38))));
    ks.add(k("telegram-bot", 3, u -> one("telegram-bot", "TELEGRAM_BOT_TOKEN", u.between(100000000, 999999999) + ":AA" + u.pick(ALNUM + "_-", 33))));
    ks.add(k("twilio-api-key", 2, u -> two("twilio-api-key", "TWILIO_API_KEY", "SK" + u.pick(HEX, 32), "TWILIO_API_SECRET", u.pick(ALNUM, 32))));
    ks.add(k("twilio-auth", 2, u -> two("twilio-auth", "TWILIO_ACCOUNT_SID", "AC" + u.pick(HEX, 32), "TWILIO_AUTH_TOKEN", u.pick(HEX, 32))));
    ks.add(k("sendgrid", 3, u -> one("sendgrid", "SENDGRID_API_KEY", "SG." + u.pick(ALNUM + "_-", 22) + "." + u.pick(ALNUM + "_-", 43))));
    ks.add(k("mailgun", 2, u -> one("mailgun", "MAILGUN_API_KEY", "key-" + u.pick(HEX, 32))));
    ks.add(k("postmark", 2, u -> one("postmark", "POSTMARK_SERVER_TOKEN", java.util.UUID.nameUUIDFromBytes(u.bytes(8)).toString())));
    ks.add(k("mailchimp", 2, u -> one("mailchimp", "MAILCHIMP_API_KEY", u.pick(HEX, 32) + "-us" + u.between(2, 21))));
    ks.add(k("okta", 2, u -> two("okta", "OKTA_ORG_URL", "https://acme.okta.com", "OKTA_API_TOKEN", "00" + u.pick(ALNUM + "_-", 40))));
    ks.add(k("datadog", 3, u -> two("datadog", "DD_API_KEY", u.pick(HEX, 32), "DD_APP_KEY", u.pick(HEX, 40))));
    ks.add(k("newrelic", 2, u -> one("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + u.pick(UALNUM, 27))));
    ks.add(k("sentry-user", 2, u -> one("sentry-user", "SENTRY_AUTH_TOKEN", "sntryu_" + u.pick(HEX, 64))));
    ks.add(k("grafana-sa", 2, u -> one("grafana-sa", "GRAFANA_TOKEN", "glsa_" + u.pick(ALNUM, 32) + "_" + u.pick(HEX, 8))));
    ks.add(k("grafana-cloud", 2, u -> one("grafana-cloud", "GRAFANA_CLOUD_TOKEN", "glc_" + b64("{\"o\":\"" + u.digits(6)
        + "\",\"n\":\"stack-" + u.digits(6) + "-hm-read-acme\",\"k\":\"" + u.pick(ALNUM, 24) + "\",\"m\":{\"r\":\"prod-eu-west-2\"}}"))));
    ks.add(k("atlassian", 2, u -> one("atlassian", "JIRA_API_TOKEN", "ATATT3xFfGF0" + u.pick(ALNUM + "_-", 170) + "=" + u.pick(UHEX, 8))));
    ks.add(k("linear", 2, u -> one("linear", "LINEAR_API_KEY", "lin_api_" + u.pick(ALNUM, 40))));
    ks.add(k("notion", 2, u -> one("notion", "NOTION_TOKEN", "ntn_" + u.digits(11) + u.pick(ALNUM, 35))));
    ks.add(k("airtable", 2, u -> one("airtable", "AIRTABLE_PAT", "pat" + u.pick(ALNUM, 14) + "." + u.pick(HEX, 64))));
    ks.add(k("figma", 2, u -> one("figma", "FIGMA_TOKEN", "figd_" + u.pick(ALNUM + "_-", 40))));
    ks.add(k("asana", 2, u -> one("asana", "ASANA_PAT", "2/120" + u.digits(13) + "/120" + u.digits(13) + ":" + u.pick(HEX, 32))));
    ks.add(k("postman", 2, u -> one("postman", "POSTMAN_API_KEY", "PMAK-" + u.pick(HEX, 24) + "-" + u.pick(HEX, 34))));
    ks.add(k("dropbox", 2, u -> one("dropbox", "DROPBOX_ACCESS_TOKEN", "sl.B" + u.pick(ALNUM + "_-", 135))));
    // payments
    ks.add(k("stripe-secret", 4, u -> one("stripe-secret", "STRIPE_SECRET_KEY", "sk_live_51" + u.pick(ALNUM, 97))));
    ks.add(k("stripe-restricted", 2, u -> one("stripe-restricted", "STRIPE_RESTRICTED_KEY", "rk_live_51" + u.pick(ALNUM, 97))));
    ks.add(k("shopify", 2, u -> one("shopify", "SHOPIFY_ADMIN_TOKEN", "shpat_" + u.pick(HEX, 32))));
    ks.add(k("square", 2, u -> one("square", "SQUARE_ACCESS_TOKEN", "EAAA" + u.pick(ALNUM + "_-", 60))));
    ks.add(k("braintree", 2, u -> one("braintree", "BRAINTREE_ACCESS_TOKEN",
        "access_token$production$" + u.pick(LALNUM, 16) + "$" + u.pick(HEX, 32))));
    // AI providers
    ks.add(k("openai-project", 4, u -> one("openai-project", "OPENAI_API_KEY",
        "sk-proj-" + u.pick(ALNUM + "_-", 74) + "T3BlbkFJ" + u.pick(ALNUM + "_-", 74))));
    ks.add(k("openai-svcacct", 2, u -> one("openai-svcacct", "OPENAI_API_KEY",
        "sk-svcacct-" + u.pick(ALNUM + "_-", 74) + "T3BlbkFJ" + u.pick(ALNUM + "_-", 74))));
    ks.add(k("anthropic", 4, u -> one("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + u.pick(ALNUM + "_-", 93) + "AA")));
    ks.add(k("huggingface", 2, u -> one("huggingface", "HF_TOKEN", "hf_" + u.pick(UPPER + LOWER, 34))));
    ks.add(k("replicate", 2, u -> one("replicate", "REPLICATE_API_TOKEN", "r8_" + u.pick(ALNUM, 37))));
    ks.add(k("groq", 2, u -> one("groq", "GROQ_API_KEY", "gsk_" + u.pick(ALNUM, 52))));
    ks.add(k("perplexity", 2, u -> one("perplexity", "PERPLEXITY_API_KEY", "pplx-" + u.pick(ALNUM, 48))));
    ks.add(k("xai", 2, u -> one("xai", "XAI_API_KEY", "xai-" + u.pick(ALNUM, 80))));
    // database URLs and connection strings
    ks.add(k("postgres-url", 3, u -> one("postgres-url", "DATABASE_URL",
        "postgresql://billing_app:" + pw(u) + "@db-prod-" + u.digits(2) + ".internal:5432/billing?sslmode=require"),
        Blind10Contexts::pgpass));
    ks.add(k("mysql-url", 2, u -> one("mysql-url", "MYSQL_URL", "mysql://wp_admin:" + pw(u) + "@10.20.4." + u.between(2, 250) + ":3306/wordpress")));
    ks.add(k("mongodb-srv", 2, u -> one("mongodb-srv", "MONGODB_URI", "mongodb+srv://svc-orders:" + pw(u)
        + "@cluster0." + u.pick(LALNUM, 5) + ".mongodb.net/orders?retryWrites=true&w=majority")));
    ks.add(k("redis-url", 2, u -> one("redis-url", "REDIS_URL", "rediss://default:" + u.pick(ALNUM, 32) + "@eu1-" + u.pick(LOWER, 8) + ".upstash.io:6379")));
    ks.add(k("amqp-url", 2, u -> one("amqp-url", "CLOUDAMQP_URL", "amqps://" + u.pick(LOWER, 8) + ":" + u.pick(ALNUM + "_-", 32) + "@rat.rmq2.cloudamqp.com/" + u.pick(LOWER, 8))));
    ks.add(k("mssql-conn", 2, u -> one("mssql-conn", "ConnectionStrings__Default",
        "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_svc;Password=" + pw(u)
            + ";Encrypt=True;")));
    ks.add(k("jdbc-password", 2, u -> one("jdbc-password", "SPRING_DATASOURCE_URL",
        "jdbc:postgresql://pg-main.internal:5432/ledger?user=ledger&password=" + pw(u))));
    ks.add(k("basic-auth", 2, u -> {
      String v = "Basic " + b64("deploy-bot:" + pw(u));
      return one("basic-auth", "Authorization", v);
    }));
    // app secrets
    ks.add(k("laravel-app-key", 2, u -> one("laravel-app-key", "APP_KEY", "base64:" + b64(u.bytes(32)))));
    ks.add(k("rails-secret-key-base", 2, u -> one("rails-secret-key-base", "SECRET_KEY_BASE", u.pick(HEX, 128))));
    ks.add(k("nextauth-secret", 2, u -> one("nextauth-secret", "NEXTAUTH_SECRET", b64(u.bytes(32)))));
    ks.add(k("jwt-hs256", 3, u -> one("jwt-hs256", "API_BEARER", jwtHs256(u,
        "{\"sub\":\"usr_" + u.pick(LALNUM, 10) + "\",\"role\":\"admin\",\"iat\":" + u.between(1760000000, 1790000000) + "}"))));
    ks.add(k("k8s-sa-token", 2, u -> one("k8s-sa-token", "K8S_TOKEN", jwtRs256(u, sharedRsa(u),
        "{\"iss\":\"kubernetes/serviceaccount\",\"kubernetes.io/serviceaccount/namespace\":\"ci\","
            + "\"kubernetes.io/serviceaccount/service-account.name\":\"deployer\",\"sub\":\"system:serviceaccount:ci:deployer\"}"))));
    // private keys
    ks.add(k("rsa-pkcs1", 2, u -> {
      String p = pem("RSA PRIVATE KEY", pkcs8Inner(rsa(u, 1024).getPrivate().getEncoded()));
      return multi("rsa-pkcs1", "deploy_rsa", p, p.split("\n")[3]);
    }));
    ks.add(k("pkcs8-rsa", 2, u -> {
      String p = pem("PRIVATE KEY", rsa(u, 1024).getPrivate().getEncoded());
      return multi("pkcs8-rsa", "signing.key", p, p.split("\n")[3]);
    }));
    ks.add(k("ec-sec1", 2, u -> {
      String p = pem("EC PRIVATE KEY", pkcs8Inner(ec(u).getPrivate().getEncoded()));
      return multi("ec-sec1", "tls.key", p, p.split("\n")[1]);
    }));
    ks.add(k("openssh-ed25519", 3, u -> {
      String p = openSshEd25519(u, "ci@build-" + u.digits(2));
      return multi("openssh-ed25519", "id_ed25519", p, p.split("\n")[3]);
    }));
    ks.add(k("putty-ppk", 2, u -> {
      String p = puttyPpk(u, "eddsa-key-2025" + u.digits(4));
      return multi("putty-ppk", "deploy.ppk", p, p.split("\n")[7]);
    }));
    ks.add(k("wireguard", 2, u -> {
      byte[] sk = u.bytes(32);
      sk[0] &= (byte) 248;
      sk[31] &= 127;
      sk[31] |= 64;
      return one("wireguard", "PrivateKey", b64(sk));
    }, Blind10Contexts::wireguard));
    ks.add(k("age-secret", 2, u -> one("age-secret", "SOPS_AGE_KEY", bech32("age-secret-key-", u.bytes(32)).toUpperCase())));
    // crypto wallets
    ks.add(k("eth-private-key", 2, u -> one("eth-private-key", "DEPLOYER_PRIVATE_KEY", "0x" + u.pick(HEX, 64))));
    ks.add(k("btc-wif", 2, u -> one("btc-wif", "HOT_WALLET_WIF", base58check(concat(new byte[] {(byte) 0x80}, u.bytes(32), new byte[] {1})))));
    ks.add(k("btc-xprv", 2, u -> one("btc-xprv", "WALLET_XPRV", base58check(concat(
        new byte[] {0x04, (byte) 0x88, (byte) 0xAD, (byte) 0xE4, 0, 0, 0, 0, 0, 0, 0, 0, 0}, u.bytes(32), new byte[] {0}, u.bytes(32))))));
    // cards
    ks.add(k("card-visa", 3, u -> cardSecret(u, "card-visa", card(u, "4" + u.digits(1), 16))));
    ks.add(k("card-mastercard-2", 2, u -> cardSecret(u, "card-mastercard-2", card(u, String.valueOf(u.between(2221, 2720)), 16))));
    ks.add(k("card-mastercard-5", 2, u -> cardSecret(u, "card-mastercard-5", card(u, "5" + u.between(1, 5), 16))));
    ks.add(k("card-amex", 2, u -> cardSecret(u, "card-amex", card(u, u.one(new String[] {"34", "37"}), 15))));
    ks.add(k("card-discover", 2, u -> cardSecret(u, "card-discover", card(u, "6011", 16))));
    ks.add(k("card-jcb", 2, u -> cardSecret(u, "card-jcb", card(u, String.valueOf(u.between(3528, 3589)), 16))));
    ks.add(k("card-unionpay-19", 2, u -> cardSecret(u, "card-unionpay-19", card(u, "62" + u.between(2126, 2925), 19))));
    ks.add(k("card-mir", 2, u -> cardSecret(u, "card-mir", card(u, "220" + u.between(0, 4), 16))));
    ks.add(k("card-rupay", 2, u -> cardSecret(u, "card-rupay", card(u, u.one(new String[] {"6521", "6522", "5085"}), 16))));
    ks.add(k("card-diners", 2, u -> cardSecret(u, "card-diners", card(u, "36", 14))));
    // IBANs
    for (String cc : new String[] {"DE", "GB", "PL", "PT", "SE", "NO", "DK", "AT", "IE", "SA", "AE", "BR"}) {
      ks.add(k("iban-" + cc.toLowerCase(), 2, u -> ibanSecret(u, cc)));
    }
    // national IDs
    ks.add(k("us-ssn", 2, u -> one("us-ssn", "applicant_ssn", usSsn(u))));
    ks.add(k("it-codice-fiscale", 2, u -> one("it-codice-fiscale", "codice_fiscale", itCodiceFiscale(u))));
    ks.add(k("fr-nir", 2, u -> one("fr-nir", "numero_securite_sociale", frNir(u))));
    ks.add(k("se-personnummer", 2, u -> one("se-personnummer", "personnummer", sePersonnummer(u))));
    ks.add(k("no-fodselsnummer", 2, u -> one("no-fodselsnummer", "fodselsnummer", noFodselsnummer(u))));
    ks.add(k("fi-hetu", 2, u -> one("fi-hetu", "henkilotunnus", fiHetu(u))));
    ks.add(k("za-id", 2, u -> one("za-id", "sa_id_number", zaId(u))));
    ks.add(k("cn-resident-id", 2, u -> one("cn-resident-id", "resident_id_card", cnId(u))));
    ks.add(k("tr-kimlik", 2, u -> one("tr-kimlik", "tc_kimlik_no", trKimlik(u))));
    ks.add(k("kr-rrn", 2, u -> one("kr-rrn", "resident_registration_number", krRrn(u))));
    ks.add(k("sg-nric", 2, u -> one("sg-nric", "nric", sgNric(u))));
    ks.add(k("au-tfn", 2, u -> one("au-tfn", "tax_file_number", auTfn(u))));
    ks.add(k("be-nrn", 2, u -> one("be-nrn", "rijksregisternummer", beNrn(u))));
    ks.add(k("de-steuer-id", 2, u -> one("de-steuer-id", "steuer_id", deSteuerId(u))));
    return ks;
  }
}
