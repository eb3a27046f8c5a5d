package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.b64;
import static io.moltr.core.scan.Blind11Util.b64url;
import static io.moltr.core.scan.Blind11Util.sshInt;
import static io.moltr.core.scan.Blind11Util.sshString;
import static io.moltr.core.scan.Blind11Util.utf8;
import static io.moltr.core.scan.Blind11Util.wrap;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Random;

/** Real key material from seeded generators: RSA, EC, Ed25519, JWT signatures, SSH/PuTTY/PGP. */
final class Blind11Keys {
  private Blind11Keys() {}

  static SecureRandom seeded(long seed) {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(seed);
      return sr;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final KeyPair[] RSA = new KeyPair[6];

  static synchronized KeyPair rsa(int i) {
    i = Math.floorMod(i, RSA.length);
    if (RSA[i] == null) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(i % 2 == 0 ? 2048 : 1024, seeded(0xB11_0000L + i));
        RSA[i] = g.generateKeyPair();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return RSA[i];
  }

  static KeyPair ec(long seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), seeded(seed));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ed25519(long seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(255, seeded(seed));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Minimal DER: returns {headerLength, contentLength} of the TLV at off. */
  static int[] tlv(byte[] b, int off) {
    int len = b[off + 1] & 0xff;
    if (len < 0x80) {
      return new int[] {2, len};
    }
    int n = len & 0x7f;
    int v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 8) | (b[off + 2 + i] & 0xff);
    }
    return new int[] {2 + n, v};
  }

  /** The inner key (PKCS#1 RSAPrivateKey or SEC1 ECPrivateKey) of a PKCS#8 encoding. */
  static byte[] pkcs8Inner(byte[] p8) {
    int off = tlv(p8, 0)[0]; // into outer SEQUENCE
    int[] t = tlv(p8, off); // version
    off += t[0] + t[1];
    t = tlv(p8, off); // algorithm
    off += t[0] + t[1];
    t = tlv(p8, off); // OCTET STRING
    return Arrays.copyOfRange(p8, off + t[0], off + t[0] + t[1]);
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(der), 64) + "\n-----END " + label + "-----";
  }

  static String rsaPkcs1(int i) {
    return pem("RSA PRIVATE KEY", pkcs8Inner(rsa(i).getPrivate().getEncoded()));
  }

  static String rsaPkcs8(int i) {
    return pem("PRIVATE KEY", rsa(i).getPrivate().getEncoded());
  }

  static byte[] fixed32(java.math.BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }

  /** SEC1 ECPrivateKey as openssl writes it: version, d, [0] prime256v1, [1] public point. */
  static String ecSec1(long seed) {
    KeyPair kp = ec(seed);
    java.security.interfaces.ECPrivateKey pk = (java.security.interfaces.ECPrivateKey) kp.getPrivate();
    java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) kp.getPublic();
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(new byte[] {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20});
    o.writeBytes(fixed32(pk.getS()));
    o.writeBytes(new byte[] {(byte) 0xa0, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07,
        (byte) 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04});
    o.writeBytes(fixed32(pub.getW().getAffineX()));
    o.writeBytes(fixed32(pub.getW().getAffineY()));
    return pem("EC PRIVATE KEY", o.toByteArray());
  }

  static byte[] edSeed(KeyPair kp) {
    byte[] e = kp.getPrivate().getEncoded();
    return Arrays.copyOfRange(e, e.length - 32, e.length);
  }

  static byte[] edPub(KeyPair kp) {
    byte[] e = kp.getPublic().getEncoded();
    return Arrays.copyOfRange(e, e.length - 32, e.length);
  }

  static byte[] sshEdPubBlob(byte[] pub) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    sshString(o, utf8("ssh-ed25519"));
    sshString(o, pub);
    return o.toByteArray();
  }

  static String sshPublicLine(long seed, String comment) {
    KeyPair kp = ed25519(seed);
    return "ssh-ed25519 " + b64(sshEdPubBlob(edPub(kp))) + " " + comment;
  }

  /** openssh-key-v1, unencrypted ed25519. */
  static String openssh(long seed, String comment) {
    KeyPair kp = ed25519(seed);
    byte[] pub = edPub(kp);
    byte[] sk = edSeed(kp);
    byte[] pubBlob = sshEdPubBlob(pub);
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    int check = new Random(seed).nextInt();
    sshInt(priv, check);
    sshInt(priv, check);
    sshString(priv, utf8("ssh-ed25519"));
    sshString(priv, pub);
    byte[] full = new byte[64];
    System.arraycopy(sk, 0, full, 0, 32);
    System.arraycopy(pub, 0, full, 32, 32);
    sshString(priv, full);
    sshString(priv, utf8(comment));
    for (int p = 1; priv.size() % 8 != 0; p++) {
      priv.write(p);
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(utf8("openssh-key-v1"));
    o.write(0);
    sshString(o, utf8("none"));
    sshString(o, utf8("none"));
    sshString(o, new byte[0]);
    sshInt(o, 1);
    sshString(o, pubBlob);
    sshString(o, priv.toByteArray());
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(o.toByteArray()), 70)
        + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  /** PuTTY PPK v2, unencrypted ed25519, with its real HMAC-SHA1 MAC. */
  static String putty(long seed, String comment) {
    KeyPair kp = ed25519(seed);
    byte[] pubBlob = sshEdPubBlob(edPub(kp));
    ByteArrayOutputStream pv = new ByteArrayOutputStream();
    sshString(pv, edSeed(kp));
    byte[] privBlob = pv.toByteArray();
    ByteArrayOutputStream mac = new ByteArrayOutputStream();
    sshString(mac, utf8("ssh-ed25519"));
    sshString(mac, utf8("none"));
    sshString(mac, utf8(comment));
    sshString(mac, pubBlob);
    sshString(mac, privBlob);
    byte[] key = Blind11Util.digest("SHA-1", utf8("putty-private-key-file-mac-key"));
    String macHex = Blind11Util.hex(Blind11Util.hmac("HmacSHA1", key, mac.toByteArray()));
    String pubB64 = wrap(b64(pubBlob), 64);
    String privB64 = wrap(b64(privBlob), 64);
    return "PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: " + comment + "\nPublic-Lines: "
        + pubB64.split("\n").length + "\n" + pubB64 + "\nPrivate-Lines: " + privB64.split("\n").length + "\n"
        + privB64 + "\nPrivate-MAC: " + macHex;
  }

  /** OpenPGP v4 EdDSA secret-key packet + user ID, ASCII-armoured with its CRC24. */
  static String pgp(long seed, String uid) {
    KeyPair kp = ed25519(seed);
    byte[] pub = edPub(kp);
    byte[] sec = edSeed(kp);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(4);
    sshInt(body, 1700000000 + (int) (seed % 50000000));
    body.write(22); // EdDSA
    byte[] oid = {0x2B, 0x06, 0x01, 0x04, 0x01, (byte) 0xDA, 0x47, 0x0F, 0x01};
    body.write(oid.length);
    body.writeBytes(oid);
    body.write(0x01);
    body.write(0x07); // 263 bits
    body.write(0x40);
    body.writeBytes(pub);
    body.write(0); // s2k usage: unencrypted
    int bits = 256;
    while (bits > 0 && (sec[(256 - bits) / 8] & (0x80 >> ((256 - bits) % 8))) == 0) {
      bits--;
    }
    body.write(bits >> 8);
    body.write(bits & 0xff);
    body.writeBytes(sec);
    int sum = ((bits >> 8) + (bits & 0xff));
    for (byte b : sec) {
      sum += b & 0xff;
    }
    body.write((sum >> 8) & 0xff);
    body.write(sum & 0xff);
    byte[] kb = body.toByteArray();
    ByteArrayOutputStream pkt = new ByteArrayOutputStream();
    pkt.write(0xC5);
    pkt.write(kb.length);
    pkt.writeBytes(kb);
    byte[] u = utf8(uid);
    pkt.write(0xCD);
    pkt.write(u.length);
    pkt.writeBytes(u);
    byte[] all = pkt.toByteArray();
    int crc = Blind11Util.crc24(all);
    byte[] c = {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc};
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(b64(all), 64) + "\n=" + b64(c)
        + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  static String jwtHs256(String payloadJson, byte[] key) {
    String h = b64url(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = b64url(utf8(payloadJson));
    String sig = b64url(Blind11Util.hmac("HmacSHA256", key, utf8(h + "." + p)));
    return h + "." + p + "." + sig;
  }

  static String jwtRs256(String payloadJson, int keyIndex, String kid) {
    try {
      String h = b64url(utf8("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"typ\":\"JWT\"}"));
      String p = b64url(utf8(payloadJson));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(rsa(keyIndex).getPrivate());
      s.update(utf8(h + "." + p));
      return h + "." + p + "." + b64url(s.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean jwtRs256Ok(String jwt, int keyIndex) {
    try {
      int dot = jwt.lastIndexOf('.');
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(rsa(keyIndex).getPublic());
      s.update(utf8(jwt.substring(0, dot)));
      return s.verify(java.util.Base64.getUrlDecoder().decode(jwt.substring(dot + 1)));
    } catch (Exception e) {
      return false;
    }
  }
}
