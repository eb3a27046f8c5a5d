package io.moltr.core.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The BIP39 English word list and mnemonic checksum, to tell a seed phrase from prose. */
final class Bip39 {
  static final List<String> WORDS = load();
  private static final Map<String, Integer> INDEX = index();
  /** Words examined per call; a flood of list words costs at most this many lookups. */
  private static final int MAX_WORDS = 4096;
  /** Checksums computed per call; each is a SHA-256. */
  private static final int MAX_CHECKS = 2048;

  private Bip39() {}

  private static List<String> load() {
    try (InputStream in = Bip39.class.getResourceAsStream("bip39-english.txt")) {
      if (in == null) {
        throw new IllegalStateException("bip39-english.txt missing from the classpath");
      }
      List<String> words = new ArrayList<>(2048);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          words.add(line.trim());
        }
      }
      if (words.size() != 2048) {
        throw new IllegalStateException("bip39 word list has " + words.size() + " words");
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> m = new HashMap<>(4096);
    for (int i = 0; i < WORDS.size(); i++) {
      m.put(WORDS.get(i), i);
    }
    return m;
  }

  /** Index of the word by its first four letters (unique in the list), or -1. */
  private static final short[] BY_PREFIX = prefixTable();

  private static short[] prefixTable() {
    short[] t = new short[26 * 26 * 26 * 27];
    java.util.Arrays.fill(t, (short) -1);
    for (int i = 0; i < WORDS.size(); i++) {
      t[prefixKey(WORDS.get(i), 0, WORDS.get(i).length())] = (short) i;
    }
    return t;
  }

  private static int prefixKey(CharSequence w, int s, int len) {
    return prefixKey(w.charAt(s), w.charAt(s + 1), w.charAt(s + 2), len > 3 ? w.charAt(s + 3) : 0);
  }

  /** The table key of a word's first four letters (three, and {@code d} 0, for a short word). */
  private static int prefixKey(char a, char b, char c, char d) {
    return (((a - 'a') * 26 + (b - 'a')) * 26 + (c - 'a')) * 27 + (d == 0 ? 0 : d - 'a' + 1);
  }

  /** Lookup without allocating: the lower-case letters w[s, s+len). */
  static int indexOf(CharSequence w, int s, int len) {
    if (len < 3 || len > 8) {
      return -1;
    }
    int i = BY_PREFIX[prefixKey(w, s, len)];
    if (i < 0 || WORDS.get(i).length() != len) {
      return -1;
    }
    String word = WORDS.get(i);
    for (int k = 4; k < len; k++) {
      if (word.charAt(k) != w.charAt(s + k)) {
        return -1;
      }
    }
    return i;
  }

  /** How a run of letters is read: as written, rot13-rotated, or backwards. */
  static final int PLAIN = 0;
  static final int ROT13 = 1;
  static final int REVERSED = 2;

  /** Character {@code k} of the letters c[s, s+len) read as {@code form}. */
  private static char at(char[] c, int s, int len, int k, int form) {
    return form == PLAIN ? c[s + k] : form == ROT13 ? Decoders.rot13(c[s + k]) : c[s + len - 1 - k];
  }

  /**
   * Lookup without allocating or copying: the lower-case letters c[s, s+len), read as
   * {@code form} (rotation and reversal keep a word a word, so a rotated or reversed text is read
   * in place).
   */
  static int indexOf(char[] c, int s, int len, int form) {
    if (len < 3 || len > 8) {
      return -1;
    }
    int i = BY_PREFIX[prefixKey(at(c, s, len, 0, form), at(c, s, len, 1, form),
        at(c, s, len, 2, form), len > 3 ? at(c, s, len, 3, form) : 0)];
    if (i < 0) {
      return -1;
    }
    String word = WORDS.get(i);
    if (word.length() != len) {
      return -1;
    }
    for (int k = 4; k < len; k++) {
      if (word.charAt(k) != at(c, s, len, k, form)) {
        return -1;
      }
    }
    return i;
  }

  static int indexOf(String word) {
    Integer i = INDEX.get(word);
    return i == null ? -1 : i;
  }

  /** True when the words form a mnemonic of 12..24 words whose checksum bits match. */
  static boolean valid(int[] idx, int from, int n) {
    if (n % 3 != 0 || n < 12 || n > 24) {
      return false;
    }
    int bits = n * 11;
    int csBits = bits / 33;
    int entBits = bits - csBits;
    byte[] ent = new byte[entBits / 8];
    int checksum = 0;
    for (int b = 0; b < bits; b++) {
      int word = idx[from + b / 11];
      int bit = (word >> (10 - b % 11)) & 1;
      if (b < entBits) {
        ent[b / 8] |= (byte) (bit << (7 - b % 8));
      } else {
        checksum = (checksum << 1) | bit;
      }
    }
    int hashBits = (Validation.sha256(ent)[0] & 0xff) >> (8 - csBits);
    return hashBits == checksum;
  }

  /**
   * More repeated words than chance allows: a mnemonic's words are drawn at random from 2,048,
   * so two repeats in twelve words happen about once in 2,000 phrases, while a CSS property list
   * ("border-left-style|border-left-color|border-left") repeats all the time and, one window in
   * sixteen, passes the four-bit checksum of a twelve-word phrase. Counted only for words
   * joined as names are, see {@link #joined}.
   */
  static boolean repetitive(int[] idx, int from, int len) {
    return repeats(idx, from, len) > len / 8;
  }

  /**
   * Words joined by '-', '|', '_' or '/' somewhere in the window, as in names and keyword
   * lists; a phrase is written with spaces, lines or commas. With spaces, the repeats of the
   * published test vectors ("abandon ... about") still count as a phrase.
   */
  private static boolean joined(String text, List<int[]> spans, int from, int len) {
    for (int w = from + 1; w < from + len; w++) {
      for (int i = spans.get(w - 1)[1]; i < spans.get(w)[0]; i++) {
        char c = text.charAt(i);
        if (c == '-' || c == '|' || c == '_' || c == '/') {
          return true;
        }
      }
    }
    return false;
  }

  private static int repeats(int[] idx, int from, int len) {
    int repeats = 0;
    for (int a = from + 1; a < from + len; a++) {
      for (int b = from; b < a; b++) {
        if (idx[a] == idx[b]) {
          repeats++;
          break;
        }
      }
    }
    return repeats;
  }

  /**
   * Finds the longest valid mnemonic among the lower-case words in [start, end). Returns the
   * span from its first to its last word, or null.
   */
  static int[] find(String text, int start, int end) {
    List<int[]> spans = new ArrayList<>();
    int[] idx = new int[MAX_WORDS];
    boolean[] cut = null; // made on the first cut: most word runs hold no number at all
    int n = 0;
    int i = start;
    while (i < end && n < MAX_WORDS) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        // A number between two words is a list position (1. abandon 2. ability) only up to 24;
        // a larger one ("lesson 30): trigger") joins two texts, not two words of a phrase.
        int j = i;
        while (j < end && j - i < 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        if (j - i > 2 || Integer.parseInt(text, i, j, 10) > 24) {
          if (cut == null) {
            cut = new boolean[MAX_WORDS];
          }
          cut[n] = true;
        }
        i = j;
        continue;
      }
      if ((c == ':' || c == '.' || c == ';' || c == '?' || c == '!') && n > 0 && i > start
          && Character.isLetter(text.charAt(i - 1))) {
        // A word closing a clause ("the vocabulary exercise: liquid ...") ends its phrase; a seed
        // phrase's words are never split by sentence punctuation (list numbers "1." are digits).
        if (cut == null) {
          cut = new boolean[MAX_WORDS];
        }
        cut[n] = true;
        i++;
        continue;
      }
      if (c >= 'a' && c <= 'z') {
        int j = i;
        while (j < end && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
          j++;
        }
        idx[n++] = indexOf(text, i, j - i);
        spans.add(new int[] {i, j});
        i = j;
      } else {
        i++;
      }
    }
    int checks = 0;
    for (int len = 24; len >= 12; len -= 3) {
      int run = 0;
      for (int w = 0; w < n; w++) {
        run = idx[w] < 0 ? 0 : cut != null && cut[w] ? 1 : run + 1;
        if (run >= len && checks++ < MAX_CHECKS) {
          int from = w - len + 1;
          if (!(repetitive(idx, from, len) && joined(text, spans, from, len)) && valid(idx, from, len)) {
            return new int[] {spans.get(from)[0], spans.get(w)[1]};
          }
        }
      }
    }
    return null;
  }
}
