package io.moltr.core.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The decoding layer: finds runs of base64, base32, hex, \x and \\u escapes, percent-encoding and
 * numeric HTML entities, decodes those that turn into readable text, and hands the text back to
 * be scanned with the same rules. Decoded text is decoded once more (base64 inside base64), and
 * no further; the number and size of runs are bounded.
 */
final class EncodedPayloads {
  private EncodedPayloads() {}

  /** Readable text decoded from the run at [start, end) of the scanned text. */
  record Decoded(int start, int end, String via, String text) {}

  private record Decoder(String via, EncodedRuns.Finder runs, int minLength) {}

  private static final List<Decoder> DECODERS = List.of(
      new Decoder("base64", EncodedRuns::base64, 16),
      new Decoder("base32", EncodedRuns::base32, 16),
      new Decoder("hex", EncodedRuns::hex, 16),
      new Decoder("hex", EncodedRuns::hex0x, 16),
      new Decoder("\\x escapes", EncodedRuns::xEscapes, 16),
      new Decoder("\\u escapes", EncodedRuns::uEscapeWords, 24),
      new Decoder("spaced hex", EncodedRuns::spacedHex, 23),
      new Decoder("reversed text", EncodedRuns::reversedLines, 16),
      new Decoder("percent-encoding", EncodedRuns::percent, 12),
      new Decoder("HTML entities", EncodedRuns::entities, 16));

  private static final int MAX_RUNS = 200;
  private static final int MAX_RUN_LENGTH = 64 * 1024;

  /** Decoded runs of {@code text}, and runs decoded from those (depth 2). */
  static List<Decoded> decode(String text) {
    List<Decoded> out = new ArrayList<>();
    decodeInto(text, 0, text.length(), 0, out);
    return out;
  }

  private static void decodeInto(String text, int spanStart, int spanEnd, int depth, List<Decoded> out) {
    for (Decoder d : DECODERS) {
      for (int[] found : d.runs().find(text)) {
        if (out.size() >= MAX_RUNS) {
          return;
        }
        if (d.via().equals("base64") && found[0] > 0 && text.charAt(found[0] - 1) == '\\' && "ntrfb".indexOf(text.charAt(found[0])) >= 0) {
          // In a JSON string ("...says:\nRFJJ...") the letter of an escaped line break is not part of the payload.
          found = new int[] {found[0] + 1, found[1]};
        }
        int length = found[1] - found[0];
        if (length < d.minLength() || length > MAX_RUN_LENGTH) {
          continue;
        }
        String run = text.substring(found[0], found[1]);
        String plain = switch (d.via()) {
          case "base64" -> base64(run);
          case "base32" -> base32(run);
          case "hex" -> hex(run);
          case "\\x escapes" -> hex(run.replace("\\\\", "\\").replace("\\x", ""));
          case "\\u escapes" -> unicodeEscapes(run.replace("\\\\", "\\"));
          case "spaced hex" -> hex(run.replace(" ", "").replace("\t", ""));
          case "reversed text" -> new StringBuilder(run).reverse().toString();
          case "percent-encoding" -> percent(run);
          default -> entities(run);
        };
        if (plain == null || !readable(plain)) {
          continue;
        }
        int s = depth == 0 ? found[0] : spanStart;
        int e = depth == 0 ? found[1] : spanEnd;
        out.add(new Decoded(s, e, depth == 0 ? d.via() : d.via() + " inside an encoded run", plain));
        if (depth == 0) {
          decodeInto(plain, s, e, 1, out);
        }
      }
    }
  }

  /** Mostly printable and mostly letters and spaces: text, not binary or a random token. */
  static boolean readable(String s) {
    if (s.length() < 6) {
      return false;
    }
    int printable = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x20 && c != 0x7f && c != 0xfffd) || c == '\n' || c == '\t' || c == '\r') {
        printable++;
      }
      if (Character.isLetter(c) || c == ' ') {
        letters++;
      }
    }
    return printable >= s.length() * 0.95 && letters >= s.length() * 0.5;
  }

  static String base64(String run) {
    String s = run.replace('-', '+').replace('_', '/');
    int pad = s.indexOf('=');
    if (pad >= 0) {
      s = s.substring(0, pad);
    }
    if (s.length() % 4 == 1) {
      return null;
    }
    while (s.length() % 4 != 0) {
      s = s + "=";
    }
    try {
      return utf8(Base64.getDecoder().decode(s));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String base32(String run) {
    String s = run.toUpperCase(Locale.ROOT);
    int pad = s.indexOf('=');
    if (pad >= 0) {
      s = s.substring(0, pad);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 5 / 8 + 1);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
      if (v < 0) {
        return null;
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return utf8(out.toByteArray());
  }

  static String hex(String run) {
    if (run.length() % 2 != 0) {
      return null;
    }
    byte[] b = new byte[run.length() / 2];
    for (int i = 0; i < b.length; i++) {
      int hi = Character.digit(run.charAt(2 * i), 16);
      int lo = Character.digit(run.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      b[i] = (byte) (hi * 16 + lo);
    }
    return utf8(b);
  }

  /** \\uXXXX escapes decoded; the spaces and punctuation between escaped words kept. */
  private static String unicodeEscapes(String run) {
    StringBuilder sb = new StringBuilder(run.length() / 5);
    int i = 0;
    while (i < run.length()) {
      if (i + 6 <= run.length() && run.charAt(i) == '\\' && run.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(run.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        sb.append(run.charAt(i++));
      }
    }
    return sb.toString();
  }

  /** Percent-decoding with '+' as space; null unless the run really was encoded. */
  static String percent(String run) {
    int escapes = 0;
    int pluses = 0;
    for (int i = 0; i < run.length(); i++) {
      escapes += run.charAt(i) == '%' ? 1 : 0;
      pluses += run.charAt(i) == '+' ? 1 : 0;
    }
    if (escapes < 3 && pluses < 3) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(run.length());
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c == '%' && i + 2 < run.length() + 0 && i + 2 <= run.length() - 1
          && Character.digit(run.charAt(i + 1), 16) >= 0 && Character.digit(run.charAt(i + 2), 16) >= 0) {
        out.write(Character.digit(run.charAt(i + 1), 16) * 16 + Character.digit(run.charAt(i + 2), 16));
        i += 2;
      } else {
        out.write(c == '+' ? ' ' : c);
      }
    }
    return utf8(out.toByteArray());
  }

  private static String entities(String run) {
    StringBuilder sb = new StringBuilder(run.length() / 4);
    boolean spacedOut = spacedOut(run);
    int i = 0;
    while (i < run.length()) {
      int amp = run.indexOf("&#", i);
      if (amp < 0) {
        break;
      }
      for (int k = i; k < amp; k++) {
        // Letters left unencoded between entities read as themselves. A space or tab after a ';' only
        // separates entities when (nearly) every entity has one ("&#73; &#103; &#32; &#97;").
        char c = run.charAt(k);
        if (!(spacedOut && (c == ' ' || c == '\t') && k > 0 && run.charAt(k - 1) == ';')) {
          sb.append(c);
        }
      }
      int j = amp + 2;
      boolean hexForm = j < run.length() && (run.charAt(j) == 'x' || run.charAt(j) == 'X');
      if (hexForm) {
        j++;
      }
      int digits = j;
      while (j < run.length() && Character.digit(run.charAt(j), hexForm ? 16 : 10) >= 0) {
        j++;
      }
      if (j == digits) {
        return null;
      }
      int cp = Integer.parseInt(run.substring(digits, j), hexForm ? 16 : 10);
      if (cp > Character.MAX_CODE_POINT) {
        return null;
      }
      sb.appendCodePoint(cp);
      i = j < run.length() && run.charAt(j) == ';' ? j + 1 : j;
    }
    return sb.toString();
  }

  /** True when at least four in five entities of the run are followed by a space or tab. */
  private static boolean spacedOut(String run) {
    int entities = 0;
    int spaced = 0;
    for (int at = run.indexOf(';'); at >= 0; at = run.indexOf(';', at + 1)) {
      entities++;
      if (at + 1 < run.length() && (run.charAt(at + 1) == ' ' || run.charAt(at + 1) == '\t')) {
        spaced++;
      }
    }
    return entities > 0 && spaced * 5 >= entities * 4;
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** ROT13 of the ASCII letters; everything else, and the length, unchanged. */
  static String rot13(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char x = c[i];
      if (x >= 'a' && x <= 'z') {
        c[i] = (char) ('a' + (x - 'a' + 13) % 26);
      } else if (x >= 'A' && x <= 'Z') {
        c[i] = (char) ('A' + (x - 'A' + 13) % 26);
      }
    }
    return new String(c);
  }
}
