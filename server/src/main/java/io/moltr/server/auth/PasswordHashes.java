package io.moltr.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** bcrypt password hashes (cost 12 for new ones). */
public final class PasswordHashes {
  public static final int COST = 12;
  /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
  public static final int MAX_PASSWORD_BYTES = 72;
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
  // Verification truncates like OpenBSD's bcrypt, so an over-long login attempt costs the same
  // bcrypt run as any other instead of failing early (which would be measurably faster).
  private static final BCrypt.Verifyer VERIFYER =
      BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

  private PasswordHashes() {}

  /** A new cost-12 hash; refuses empty passwords and ones over 72 UTF-8 bytes. */
  public static String hash(char[] password) {
    return hash(password, COST);
  }

  static String hash(char[] password, int cost) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("the password is empty");
    }
    if (utf8Length(password) > MAX_PASSWORD_BYTES) {
      throw new IllegalArgumentException(
          "the password is longer than " + MAX_PASSWORD_BYTES + " bytes, the most bcrypt uses");
    }
    return BCrypt.withDefaults().hashToString(cost, password);
  }

  /** Runs the full bcrypt comparison; false for anything malformed. */
  static boolean matches(char[] password, String hash) {
    if (password == null || !isBcrypt(hash)) {
      return false;
    }
    return VERIFYER.verify(password, hash.toCharArray()).verified;
  }

  static boolean isBcrypt(String hash) {
    return hash != null && BCRYPT.matcher(hash).matches();
  }

  /** The cost factor of a bcrypt hash ($2a$/$2b$/$2y$ and two digits); throws for anything else. */
  public static int cost(String hash) {
    var m = BCRYPT.matcher(hash);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a bcrypt hash");
    }
    return Integer.parseInt(m.group(1));
  }

  private static int utf8Length(char[] password) {
    return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
  }
}
