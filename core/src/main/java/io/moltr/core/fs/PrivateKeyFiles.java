package io.moltr.core.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Recognises a file that holds a private key by its content, whatever it is called: a PEM or
 * OpenSSH armour line "-----BEGIN ... PRIVATE KEY-----" (also "PGP PRIVATE KEY BLOCK") followed
 * by base64 lines of at least {@link #MIN_BODY_CHARS} characters in all. Names cannot tell a key
 * from a certificate ("server.pem"), and a key pasted into "notes.txt" is still a key. Counting
 * the body keeps a how-to page that shows the armour with "MIIE..." readable.
 */
final class PrivateKeyFiles {
  /** Keys sit at the top of the files that hold them; bundles put them within a few KiB. */
  static final int SCANNED_BYTES = 64 * 1024;
  /** An Ed25519 PKCS#8 key is 64 base64 characters; a truncated example is shorter. */
  private static final int MIN_BODY_CHARS = 60;

  private PrivateKeyFiles() {}

  /** True when {@code file} is a regular file whose first {@link #SCANNED_BYTES} hold a key. */
  static boolean holdsPrivateKey(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SCANNED_BYTES);
    }
    // JSON key files (a cloud service account) carry the armour on one line with "\\n" escapes.
    return containsPrivateKey(new String(head, StandardCharsets.ISO_8859_1).replace("\\n", "\n"));
  }

  static boolean containsPrivateKey(String text) {
    for (int at = text.indexOf("-----BEGIN "); at >= 0; at = text.indexOf("-----BEGIN ", at + 1)) {
      int eol = lineEnd(text, at);
      String header = text.substring(at, eol);
      if (!header.contains("PRIVATE KEY") || !header.endsWith("-----")) {
        continue;
      }
      int lines = 0;
      int chars = 0;
      int pos = skipNewline(text, eol);
      while (pos < text.length()) {
        int end = lineEnd(text, pos);
        String line = text.substring(pos, end).strip();
        if (lines == 0 && (line.isEmpty() || line.contains(":"))) {
          pos = skipNewline(text, end); // RFC 1421 headers (Proc-Type, DEK-Info) and blanks
          if (pos == end) {
            break;
          }
          continue;
        }
        if (!isBase64Line(line)) {
          break;
        }
        lines++;
        chars += line.length();
        pos = skipNewline(text, end);
      }
      if (chars >= MIN_BODY_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBase64Line(String line) {
    if (line.isEmpty()) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '+' || c == '/' || c == '=';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int skipNewline(String s, int at) {
    int i = at;
    if (i < s.length() && s.charAt(i) == '\r') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '\n') {
      i++;
    }
    return i;
  }
}
