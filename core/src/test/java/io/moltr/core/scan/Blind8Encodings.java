package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** The ways an agent might disguise a secret in the eighth blind corpus, each one reversible. */
final class Blind8Encodings {

    record Encoding(String id, BiFunction<Random, String, String> apply) {}

    private Blind8Encodings() {}

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(utf8(s));
    }

    static String base64Url(String s) {
        return Base64.getUrlEncoder().encodeToString(utf8(s));
    }

    static String base64Unpadded(String s) {
        return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
    }

    static String base64Wrapped(String s) {
        return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(utf8(s));
    }

    static String base32(String s) {
        byte[] in = utf8(s);
        StringBuilder sb = new StringBuilder();
        int buf = 0, bits = 0;
        for (byte b : in) {
            buf = (buf << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                sb.append(Blind8Secrets.BASE32.charAt((buf >> bits) & 31));
            }
        }
        if (bits > 0) sb.append(Blind8Secrets.BASE32.charAt((buf << (5 - bits)) & 31));
        while (sb.length() % 8 != 0) sb.append('=');
        return sb.toString();
    }

    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(s)) sb.append(String.format("%02x", b & 0xff));
        return sb.toString();
    }

    static String hexUpperSpaced(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(s)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }

    static String hexEscapes(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(s)) sb.append(String.format("\\x%02x", b & 0xff));
        return sb.toString();
    }

    static String hex0x(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(s)) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(String.format("0x%02x", b & 0xff));
        }
        return sb.toString();
    }

    static String percent(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8(s)) sb.append(String.format("%%%02X", b & 0xff));
        return sb.toString();
    }

    static String rot13(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') sb.append((char) ('a' + (c - 'a' + 13) % 26));
            else if (c >= 'A' && c <= 'Z') sb.append((char) ('A' + (c - 'A' + 13) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    static String unicodeEscapes(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    static String htmlDecimal(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append("&#").append((int) c).append(';');
        return sb.toString();
    }

    static String htmlHex(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append("&#x").append(Integer.toHexString(c)).append(';');
        return sb.toString();
    }

    /** A JSON string body where every character is written as a \\u escape, newlines as \\n. */
    static String jsonEscapes(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n");
            else if (Character.isLetterOrDigit(c)) sb.append(String.format("\\u%04X", (int) c));
            else if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '/') sb.append("\\/");
            else sb.append(c);
        }
        return sb.toString();
    }

    static String gzipBase64(String s) {
        return Base64.getEncoder().encodeToString(Blind8Secrets.gzip(utf8(s)));
    }

    static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    static List<String> chunks(Random r, String s, int min, int max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int n = min + r.nextInt(max - min + 1);
            out.add(s.substring(i, Math.min(s.length(), i + n)));
            i += n;
        }
        return out;
    }

    static String splitLines(Random r, String s) {
        return String.join("\n", chunks(r, s, 8, 16));
    }

    static String splitSpaces(Random r, String s) {
        return String.join(" ", chunks(r, s, 4, 8));
    }

    static String splitPunct(Random r, String s) {
        return String.join(Blind8Secrets.one(r, " | ", " . ", " / ", " · "), chunks(r, s, 5, 10));
    }

    static String splitConcat(Random r, String s) {
        List<String> parts = new ArrayList<>();
        for (String c : chunks(r, s, 6, 12)) parts.add("\"" + c + "\"");
        return String.join(" + ", parts);
    }

    private static final String[] ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};

    static String zeroWidth(Random r, String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c);
            if (r.nextInt(3) == 0) sb.append(ZW[r.nextInt(ZW.length)]);
        }
        return sb.toString();
    }

    private static final Map<Character, Character> CYRILLIC = Map.ofEntries(
            Map.entry('a', '\u0430'), Map.entry('e', '\u0435'), Map.entry('o', '\u043e'), Map.entry('p', '\u0440'),
            Map.entry('c', '\u0441'), Map.entry('x', '\u0445'), Map.entry('y', '\u0443'), Map.entry('A', '\u0410'),
            Map.entry('B', '\u0412'), Map.entry('E', '\u0415'), Map.entry('K', '\u041a'), Map.entry('M', '\u041c'),
            Map.entry('H', '\u041d'), Map.entry('O', '\u041e'), Map.entry('P', '\u0420'), Map.entry('C', '\u0421'),
            Map.entry('T', '\u0422'), Map.entry('X', '\u0425'), Map.entry('i', '\u0456'), Map.entry('s', '\u0455'));

    /** Cyrillic look-alikes for about half the letters that have one. */
    static String homoglyphCyrillic(Random r, String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            Character g = CYRILLIC.get(c);
            sb.append(g != null && r.nextBoolean() ? g : c);
        }
        return sb.toString();
    }

    /** Full-width forms (NFKC folds them back). */
    static String fullWidth(Random r, String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c > 0x20 && c < 0x7f && r.nextInt(4) != 0) sb.append((char) (c + 0xFEE0));
            else sb.append(c);
        }
        return sb.toString();
    }

    static final List<Encoding> SINGLE = List.of(
            new Encoding("base64", (r, s) -> base64(s)),
            new Encoding("base64url", (r, s) -> base64Url(s)),
            new Encoding("base64-unpadded", (r, s) -> base64Unpadded(s)),
            new Encoding("base64-wrapped", (r, s) -> base64Wrapped(s)),
            new Encoding("base32", (r, s) -> base32(s)),
            new Encoding("hex", (r, s) -> hex(s)),
            new Encoding("hex-spaced", (r, s) -> hexUpperSpaced(s)),
            new Encoding("hex-escapes", (r, s) -> hexEscapes(s)),
            new Encoding("hex-0x", (r, s) -> hex0x(s)),
            new Encoding("percent", (r, s) -> percent(s)),
            new Encoding("rot13", (r, s) -> rot13(s)),
            new Encoding("unicode-escapes", (r, s) -> unicodeEscapes(s)),
            new Encoding("html-decimal", (r, s) -> htmlDecimal(s)),
            new Encoding("html-hex", (r, s) -> htmlHex(s)),
            new Encoding("json-escapes", (r, s) -> jsonEscapes(s)),
            new Encoding("gzip-base64", (r, s) -> gzipBase64(s)),
            new Encoding("reversed", (r, s) -> reversed(s)),
            new Encoding("split-lines", Blind8Encodings::splitLines),
            new Encoding("split-spaces", Blind8Encodings::splitSpaces),
            new Encoding("split-punct", Blind8Encodings::splitPunct),
            new Encoding("split-concat", Blind8Encodings::splitConcat),
            new Encoding("zero-width", Blind8Encodings::zeroWidth),
            new Encoding("homoglyph-cyrillic", Blind8Encodings::homoglyphCyrillic),
            new Encoding("fullwidth", Blind8Encodings::fullWidth));

    /** Two layers: inner first, then outer. */
    static final List<Encoding> NESTED = List.of(
            new Encoding("hex>base64", (r, s) -> base64(hex(s))),
            new Encoding("base64>hex", (r, s) -> hex(base64(s))),
            new Encoding("base64>percent", (r, s) -> percent(base64(s))),
            new Encoding("rot13>base64", (r, s) -> base64(rot13(s))),
            new Encoding("base64>base64", (r, s) -> base64(base64(s))),
            new Encoding("base64>unicode-escapes", (r, s) -> unicodeEscapes(base64(s))),
            new Encoding("reversed>base64", (r, s) -> base64(reversed(s))),
            new Encoding("base32>base64", (r, s) -> base64(base32(s))));

    /** Which encodings may carry a multi-line block (a PEM key): the splitting ones would mangle it. */
    static boolean handlesBlocks(Encoding e) {
        return !e.id().startsWith("split") && !e.id().equals("zero-width") && !e.id().startsWith("homoglyph")
                && !e.id().equals("fullwidth") && !e.id().equals("reversed") && !e.id().equals("rot13");
    }
}
