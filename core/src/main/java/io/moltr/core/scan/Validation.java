package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/** Checksum and structure checks that turn a lookalike into a confirmed secret. */
enum Validation {
  LUHN,
  MOD97,
  BASE58CHECK,
  BIP39,
  GITHUB_CRC32,
  JWT,
  SUPABASE_JWT,
  DISCORD_ID,
  SSN,
  BSN,
  DNI,
  PESEL,
  VERHOEFF,
  STEUER_ID,
  NIR,
  PERSONNUMMER,
  CPF,
  CN_RESIDENT,
  HETU,
  SIN,
  NINO,
  NHS,
  TFN,
  CNPJ,
  BE_NATIONAL,
  NO_FNR,
  AHV,
  NRIC,
  TC_KIMLIK,
  PPSN,
  CODICE_FISCALE,
  KR_RRN,
  EE_ISIKUKOOD,
  BASIC_USERPASS,
  LUHN_PIECES,
  SQL_INSERT,
  TABLE_COLUMN,
  RANDOM_VALUE,
  /** As {@link #RANDOM_VALUE}, and no base64 of readable prose (the decoded layer holds that). */
  RANDOM_BLOB;

  static Validation parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Only refuses names and the like; a pass confirms nothing about the value. */
  boolean refusesOnly() {
    return this == RANDOM_VALUE || this == RANDOM_BLOB;
  }

  /**
   * Base64 (standard or URL-safe, padded or not) of a sentence: UTF-8 text of letters, digits,
   * spaces and punctuation, at least two spaces, letters the most. A value handed over in a chat
   * answer that decodes to prose is an encoded message, not a key; any key inside the prose is
   * found in the decoded layer.
   */
  static boolean base64Prose(String s) {
    if (s.length() < 24 || s.length() > 4096) {
      return false;
    }
    String b = s.replace('-', '+').replace('_', '/');
    int pad = b.indexOf('=');
    String body = pad < 0 ? b : b.substring(0, pad);
    if (body.length() % 4 == 1) {
      return false;
    }
    byte[] raw;
    try {
      raw = java.util.Base64.getDecoder().decode(body + "==".substring(0, (4 - body.length() % 4) % 4));
    } catch (IllegalArgumentException e) {
      return false; // not base64: no prose to find
    }
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(raw)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false; // binary, not text
    }
    int spaces = 0;
    int letters = 0;
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      n++;
      if (cp == ' ') {
        spaces++;
      } else if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        letters++;
      } else if (!Character.isDigit(cp) && ".,;:!?'\"()-%/\u2019\u00ab\u00bb\u3001\u3002\uff0c".indexOf(cp) < 0) {
        return false;
      }
    }
    return spaces >= 2 && letters * 10 >= n * 6;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the confirmed span inside [start, end) of {@code text}, or null. Most checks confirm
   * the whole span; the seed-phrase check narrows it to the words that form a valid mnemonic.
   */
  int[] confirm(String text, int start, int end) {
    if (this == BIP39) {
      int[] span = Bip39.find(text, start, end);
      return span == null || testVector(text.substring(span[0], span[1])) ? null : span;
    }
    if (this == BASIC_USERPASS) {
      return basicPieces(text, start, end);
    }
    if (this == SQL_INSERT) {
      return SqlInsert.find(text, start, end);
    }
    if (this == TABLE_COLUMN) {
      return TableColumn.find(text, start, end);
    }
    String s = text.substring(start, end);
    boolean ok =
        switch (this) {
          case LUHN -> luhn(digits(s));
          case MOD97 -> mod97(s);
          case BASE58CHECK -> base58check(s);
          case BIP39 -> false;
          case GITHUB_CRC32 -> githubChecksum(s);
          case JWT -> jwt(s, false);
          case SUPABASE_JWT -> jwt(s, true);
          case DISCORD_ID -> discordId(s);
          case SSN -> ssn(digits(s));
          case BSN -> bsn(digits(s));
          case DNI -> dni(s.toUpperCase(Locale.ROOT));
          case PESEL -> pesel(digits(s));
          case VERHOEFF -> verhoeff(digits(s));
          case STEUER_ID -> steuerId(digits(s));
          case NIR -> nir(digits(s));
          case PERSONNUMMER -> personnummer(digits(s));
          case CPF -> cpf(digits(s));
          case CN_RESIDENT -> cnResident(s.toUpperCase(Locale.ROOT));
          case HETU -> hetu(s.toUpperCase(Locale.ROOT));
          case SIN -> sin(digits(s));
          case NINO -> nino(s.toUpperCase(Locale.ROOT).replace(" ", ""));
          case NHS -> nhs(digits(s));
          case TFN -> tfn(digits(s));
          case CNPJ -> cnpj(digits(s));
          case BE_NATIONAL -> beNational(digits(s));
          case NO_FNR -> noFnr(digits(s));
          case AHV -> ahv(digits(s));
          case NRIC -> nric(s.toUpperCase(Locale.ROOT));
          case TC_KIMLIK -> tcKimlik(digits(s));
          case PPSN -> ppsn(s.toUpperCase(Locale.ROOT));
          case CODICE_FISCALE -> codiceFiscale(s.toUpperCase(Locale.ROOT));
          case KR_RRN -> krRrn(digits(s));
          case EE_ISIKUKOOD -> eeIsikukood(digits(s));
          case BASIC_USERPASS -> basicUserPass(s);
          case LUHN_PIECES -> luhnPieces(s);
          case SQL_INSERT, TABLE_COLUMN -> false;
          case RANDOM_VALUE -> !identifierLike(s);
          case RANDOM_BLOB -> !identifierLike(s) && !base64Prose(s);
        };
    return ok ? new int[] {start, end} : null;
  }

  /**
   * A name, not a key: split at '-', '_', '.', ':', '/' and '@', words of letters (maybe
   * capitalised, maybe with a digit or two after them) and numbers of at most four digits make up
   * half of its characters or more: "gpt-4o-mini-2024-07-18", "X-Api-Key-Version2",
   * "payments-db-credentials-v2", "ghcr.io/acme/token-helper:1.4.2". A random key is one long
   * mixed run, or has one ("prod_api_2f9KxQ7mLp3R").
   */
  static boolean identifierLike(String v) {
    int named = 0;
    int total = 0;
    int i = 0;
    int n = v.length();
    while (i < n) {
      int j = i;
      while (j < n && "-_.:/@".indexOf(v.charAt(j)) < 0) {
        j++;
      }
      int len = j - i;
      total += len;
      if (len > 0 && (wordLike(v, i, j) || numberLike(v, i, j))) {
        named += len;
      }
      i = j + 1;
    }
    return total > 0 && 2 * named >= total;
  }

  /** [A-Z]?[a-z]+ then at most two digits, or a short all-capital word ("X", "API", "JWT"). */
  private static boolean wordLike(String v, int s, int e) {
    int i = s;
    if (i < e && v.charAt(i) >= 'A' && v.charAt(i) <= 'Z') {
      i++;
    }
    int lower = i;
    while (i < e && v.charAt(i) >= 'a' && v.charAt(i) <= 'z') {
      i++;
    }
    if (i > lower || i - s == 1) {
      int digits = 0;
      while (i < e && v.charAt(i) >= '0' && v.charAt(i) <= '9' && digits < 2) {
        i++;
        digits++;
      }
      if (i == e) {
        return true;
      }
    }
    if (e - s > 4) {
      return false;
    }
    for (int k = s; k < e; k++) {
      if (v.charAt(k) < 'A' || v.charAt(k) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** At most four digits, or a digit and a letter ("4o", "v2" is a word already). */
  private static boolean numberLike(String v, int s, int e) {
    if (e - s > 4) {
      return false;
    }
    int digits = 0;
    for (int k = s; k < e; k++) {
      digits += v.charAt(k) >= '0' && v.charAt(k) <= '9' ? 1 : 0;
    }
    return digits == e - s || e - s <= 2 && digits >= 1;
  }

  static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  static boolean luhn(String d) {
    if (d.length() < 12 || d.length() > 19) {
      return false;
    }
    int[] digits = new int[d.length()];
    for (int i = 0; i < digits.length; i++) {
      digits[i] = d.charAt(i) - '0';
    }
    return luhn(digits, 0, digits.length);
  }

  /** The Luhn check over {@code len} digit values of {@code d} from {@code from}, any length. */
  static boolean luhn(int[] d, int from, int len) {
    int sum = 0;
    for (int k = 0; k < len; k++) {
      int v = d[from + len - 1 - k];
      if ((k & 1) == 1) {
        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      }
      sum += v;
    }
    return sum % 10 == 0;
  }

  /**
   * IBAN lengths of the registry's countries. Two letters outside it are no IBAN: a rotated or
   * rejoined reading ("QR59 3286 ...") passes mod-97 about once in 97 tries.
   */
  private static final java.util.Map<String, Integer> IBAN_LENGTHS = ibanLengths(
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 "
      + "EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 "
      + "IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 "
      + "NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 "
      + "TR26 UA29 VA22 VG24 XK20 BI27 DJ27 FK18 HN28 LY25 MN20 NI28 OM23 RU33 SD18 SO23 YE30");

  private static java.util.Map<String, Integer> ibanLengths(String spec) {
    java.util.Map<String, Integer> m = new java.util.HashMap<>();
    for (String e : spec.split(" ")) {
      m.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
    }
    return java.util.Map.copyOf(m);
  }

  /**
   * The published BIP39 test vectors come from patterned entropy and repeat words ("abandon"
   * eleven times and "about"; "legal winner thank" twice): a phrase with three or more repeats
   * is one of them, where 12 or 24 random words repeat even once only a few times in a hundred.
   */
  static boolean testVector(String phrase) {
    java.util.Set<String> distinct = new java.util.HashSet<>();
    int words = 0;
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty()) {
        distinct.add(w);
        words++;
      }
    }
    return distinct.size() <= words - 3;
  }

  /**
   * A card number in two pieces: the first and the last digit run of the span, joined, make 13
   * to 19 digits that pass Luhn (digits between them belong to names such as card_part_2).
   */
  static boolean luhnPieces(String s) {
    int a = 0;
    while (a < s.length() && !Character.isDigit(s.charAt(a))) {
      a++;
    }
    int ae = a;
    while (ae < s.length() && Character.isDigit(s.charAt(ae))) {
      ae++;
    }
    int be = s.length();
    while (be > ae && !Character.isDigit(s.charAt(be - 1))) {
      be--;
    }
    int b = be;
    while (b > ae && Character.isDigit(s.charAt(b - 1))) {
      b--;
    }
    if (b <= ae) {
      return false;
    }
    String joined = s.substring(a, ae) + s.substring(b, be);
    return joined.length() >= 13 && joined.length() <= 19 && "3456".indexOf(joined.charAt(0)) >= 0
        && luhn(joined);
  }

  /** How many trailing words a base64 credential in pieces may have picked up. */
  private static final int BASIC_TRAILING_WORDS = 3;

  /**
   * Base64 of user:password, possibly cut into pieces by spaces or line breaks ("Basic ZGVwbG
   * 95Ok1Z ..."). The pieces are read joined; a word or two after the credential may have been
   * taken for a piece, so up to three trailing pieces drop off before the check gives up.
   * Narrows the span to the pieces that passed.
   */
  static int[] basicPieces(String text, int start, int end) {
    int e = end;
    for (int dropped = 0; dropped <= BASIC_TRAILING_WORDS; dropped++) {
      if (basicUserPass(withoutBreaks(text, start, e))) {
        return new int[] {start, e};
      }
      int cut = e - 1;
      while (cut > start && text.charAt(cut) != ' ' && text.charAt(cut) != '\n') {
        cut--;
      }
      if (cut <= start) {
        return null;
      }
      e = cut;
    }
    return null;
  }

  private static String withoutBreaks(String text, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Base64 of "user:password", as an HTTP Basic credential carries: readable, one colon. */
  static boolean basicUserPass(String b64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(b64.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String s = new String(raw, StandardCharsets.ISO_8859_1);
    int colon = s.indexOf(':');
    if (colon < 1 || colon > 64 || s.length() - colon - 1 < 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  static boolean mod97(String raw) {
    String s = raw.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    Integer want = IBAN_LENGTHS.get(s.substring(0, 2));
    if (want == null || want != s.length()) {
      return false; // each country's IBAN has one length; a random token rarely has it
    }
    String r = s.substring(4) + s.substring(0, 4);
    int mod = 0;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c >= '0' && c <= '9') {
        mod = (mod * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        mod = (mod * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return mod == 1;
  }

  private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  static byte[] base58(String s) {
    java.math.BigInteger n = java.math.BigInteger.ZERO;
    java.math.BigInteger base = java.math.BigInteger.valueOf(58);
    for (int i = 0; i < s.length(); i++) {
      int v = B58.indexOf(s.charAt(i));
      if (v < 0) {
        return null;
      }
      n = n.multiply(base).add(java.math.BigInteger.valueOf(v));
    }
    byte[] raw = n.toByteArray();
    int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    byte[] out = new byte[zeros + raw.length - strip];
    System.arraycopy(raw, strip, out, zeros, raw.length - strip);
    return out;
  }

  static boolean base58check(String s) {
    if (s.length() > 120) {
      return false;
    }
    byte[] b = base58(s);
    if (b == null || b.length < 5) {
      return false;
    }
    byte[] h = sha256(sha256(java.util.Arrays.copyOf(b, b.length - 4)));
    for (int i = 0; i < 4; i++) {
      if (h[i] != b[b.length - 4 + i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  private static final String B62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** GitHub tokens end in six base62 digits of the CRC32 of the 30 random characters. */
  static boolean githubChecksum(String token) {
    int us = token.indexOf('_');
    if (us < 0 || token.length() - us - 1 != 36) {
      return false;
    }
    String body = token.substring(us + 1, token.length() - 6);
    return githubSuffix(body).equals(token.substring(token.length() - 6));
  }

  static String githubSuffix(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    char[] out = new char[6];
    for (int i = 5; i >= 0; i--) {
      out[i] = B62.charAt((int) (v % 62));
      v /= 62;
    }
    return new String(out);
  }

  static boolean jwt(String s, boolean supabase) {
    int d1 = s.indexOf('.');
    int d2 = d1 < 0 ? -1 : s.indexOf('.', d1 + 1);
    if (d2 < 0 || s.indexOf('.', d2 + 1) >= 0 || s.length() - d2 - 1 < 16) {
      return false;
    }
    String header = b64url(s.substring(0, d1));
    String payload = b64url(s.substring(d1 + 1, d2));
    if (header == null || payload == null) {
      return false;
    }
    if (!header.startsWith("{") || !header.contains("\"alg\"") || !payload.startsWith("{")) {
      return false;
    }
    // alg "none": an unsigned token proves nothing and grants nothing, whatever follows the dot
    if (header.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("\"alg\":\"none\"")) {
      return false;
    }
    return !supabase || payload.contains("supabase") || payload.contains("\"role\"");
  }

  private static String b64url(String p) {
    try {
      return new String(Base64.getUrlDecoder().decode(p), StandardCharsets.UTF_8).trim();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A Discord bot token starts with the base64 of the bot's numeric id (a 17 to 20 digit snowflake). */
  static boolean discordId(String token) {
    int dot = token.indexOf('.');
    String id = dot < 0 ? null : b64url(token.substring(0, dot));
    if (id == null || id.length() < 17 || id.length() > 20) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean ssn(String d) {
    if (d.length() != 9) {
      return false;
    }
    int area = Integer.parseInt(d.substring(0, 3));
    return area != 0 && area != 666 && area < 900
        && !d.startsWith("00", 3) && !d.startsWith("0000", 5);
  }

  /**
   * Canadian social insurance number: nine digits with a Luhn check; no number starts with 0
   * and 8 is unassigned. {@link #luhn} wants a card's length, so this one has its own.
   */
  static boolean sin(String d) {
    if (d.length() != 9 || d.charAt(0) == '0' || d.charAt(0) == '8') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int v = d.charAt(i) - '0';
      if (i % 2 == 1) {
        v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      }
      sum += v;
    }
    return sum % 10 == 0;
  }

  /** UK NHS number: ten digits, weights 10..2 on the first nine, the check 11 - sum mod 11. */
  static boolean nhs(String d) {
    if (d.length() != 10 || sameDigits(d)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check != 10 && (check == 11 ? 0 : check) == d.charAt(9) - '0';
  }

  private static final int[] TFN_WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};

  /** Australian tax file number: nine digits whose weighted sum is a multiple of 11. */
  static boolean tfn(String d) {
    if (d.length() != 9 || sameDigits(d)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * TFN_WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /** Brazilian CNPJ: fourteen digits, two mod-11 check digits (weights 5..2,9..2 and 6..2,9..2). */
  static boolean cnpj(String d) {
    if (d.length() != 14 || sameDigits(d)) {
      return false;
    }
    return cnpjDigit(d, 12) == d.charAt(12) - '0' && cnpjDigit(d, 13) == d.charAt(13) - '0';
  }

  private static int cnpjDigit(String d, int n) {
    int sum = 0;
    int w = n - 7; // 5 for the first check digit, 6 for the second
    for (int i = 0; i < n; i++) {
      sum += (d.charAt(i) - '0') * w;
      w = w == 2 ? 9 : w - 1;
    }
    int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  }

  /**
   * Belgian national register number: YYMMDD, a serial of three, two check digits: 97 minus the
   * first nine digits mod 97 (those born from 2000 on: with a 2 in front).
   */
  static boolean beNational(String d) {
    if (d.length() != 11 || sameDigits(d)) {
      return false;
    }
    long n = Long.parseLong(d.substring(0, 9));
    int check = Integer.parseInt(d.substring(9));
    return 97 - n % 97 == check || 97 - (2_000_000_000L + n) % 97 == check;
  }

  private static final int[] FNR_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] FNR_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /** Norwegian fødselsnummer: DDMMYY, three digits, two mod-11 check digits. */
  static boolean noFnr(String d) {
    if (d.length() != 11 || sameDigits(d)) {
      return false;
    }
    return mod11Check(d, FNR_K1) == d.charAt(9) - '0' && mod11Check(d, FNR_K2) == d.charAt(10) - '0';
  }

  private static int mod11Check(String d, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (d.charAt(i) - '0') * weights[i];
    }
    int k = 11 - sum % 11;
    return k == 11 ? 0 : k; // 10 never equals a digit: the number is invalid then
  }

  /** Swiss AHV/AVS number: 756, nine digits, an EAN-13 check digit. */
  static boolean ahv(String d) {
    if (d.length() != 13 || !d.startsWith("756")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == d.charAt(12) - '0';
  }

  private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  /** Singapore NRIC/FIN (S, T, F, G series): a letter, seven digits, a check letter. */
  static boolean nric(String s) {
    if (s.length() != 9 || "STFG".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      char c = s.charAt(i + 1);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * NRIC_WEIGHTS[i];
    }
    char series = s.charAt(0);
    if (series == 'T' || series == 'G') {
      sum += 4;
    }
    String letters = series == 'S' || series == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
    return letters.charAt(sum % 11) == s.charAt(8);
  }

  /** Turkish identity number (T.C. Kimlik No): eleven digits, not starting 0, two checks. */
  static boolean tcKimlik(String d) {
    if (d.length() != 11 || d.charAt(0) == '0' || sameDigits(d)) {
      return false;
    }
    int odd = 0;
    int even = 0;
    int first10 = 0;
    for (int i = 0; i < 10; i++) {
      int v = d.charAt(i) - '0';
      first10 += v;
      if (i < 9) {
        if (i % 2 == 0) {
          odd += v;
        } else {
          even += v;
        }
      }
    }
    return Math.floorMod(odd * 7 - even, 10) == d.charAt(9) - '0' && first10 % 10 == d.charAt(10) - '0';
  }

  /**
   * Irish PPS number: seven digits (weights 8..2), a check letter (sum mod 23, W for 0), and
   * since 2013 maybe a second letter that counts with weight 9.
   */
  static boolean ppsn(String s) {
    if (s.length() < 8 || s.length() > 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * (8 - i);
    }
    if (s.length() == 9) {
      char second = s.charAt(8);
      if (second < 'A' || second > 'Z') {
        return false;
      }
      sum += (second == 'W' ? 0 : second - 'A' + 1) * 9;
    }
    int r = sum % 23;
    return s.charAt(7) == (r == 0 ? 'W' : (char) ('A' + r - 1));
  }

  /** Values of characters in odd positions (1st, 3rd, ...) of a codice fiscale, for 0-9 and A-Z. */
  private static final int[] CF_ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
    8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  /** Italian codice fiscale: sixteen characters, the last a check letter over the other fifteen. */
  static boolean codiceFiscale(String s) {
    if (s.length() != 16) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      int idx = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? 10 + c - 'A' : -1;
      if (idx < 0) {
        return false;
      }
      sum += i % 2 == 0 ? CF_ODD[idx] : (idx < 10 ? idx : idx - 10);
    }
    return s.charAt(15) == (char) ('A' + sum % 26);
  }

  private static boolean sameDigits(String d) {
    for (int i = 1; i < d.length(); i++) {
      if (d.charAt(i) != d.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> NINO_NEVER = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  /**
   * UK National Insurance number: two prefix letters (HMRC never issues D F I Q U V in either
   * place, nor O second, nor the prefixes BG GB KN NK NT TN ZZ), six digits, suffix A-D.
   */
  static boolean nino(String s) {
    if (s.length() != 9 || s.charAt(8) < 'A' || s.charAt(8) > 'D') {
      return false;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    if ("DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0 || a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return false;
    }
    if (NINO_NEVER.contains(s.substring(0, 2))) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean bsn(String d) {
    if (d.length() != 9) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (d.charAt(i) - '0');
    }
    sum -= d.charAt(8) - '0';
    return sum % 11 == 0 && sum != 0;
  }

  static boolean dni(String s) {
    if (s.length() != 9) {
      return false;
    }
    String num = s.substring(0, 8);
    char first = num.charAt(0);
    if (first == 'X' || first == 'Y' || first == 'Z') {
      num = (first - 'X') + num.substring(1);
    }
    for (int i = 0; i < 8; i++) {
      if (!Character.isDigit(num.charAt(i))) {
        return false;
      }
    }
    return "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(num) % 23) == s.charAt(8);
  }

  static boolean pesel(String d) {
    if (d.length() != 11) {
      return false;
    }
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return (10 - sum % 10) % 10 == d.charAt(10) - '0';
  }

  private static final int[][] VD = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] VP = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };

  /** Verhoeff check digit (Aadhaar). */
  static boolean verhoeff(String d) {
    if (d.length() != 12) {
      return false;
    }
    int c = 0;
    for (int i = 0; i < d.length(); i++) {
      c = VD[c][VP[i % 8][d.charAt(d.length() - 1 - i) - '0']];
    }
    return c == 0;
  }

  /**
   * German tax identification number (Steuer-IdNr): 11 digits, no leading zero, in the first ten
   * one digit occurs twice or three times and the others at most once; the last is an ISO 7064
   * MOD 11,10 check digit.
   */
  static boolean steuerId(String d) {
    if (d.length() != 11 || d.charAt(0) == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int repeated = 0;
    for (int c : counts) {
      if (c > 3) {
        return false;
      }
      if (c > 1) {
        repeated++;
      }
    }
    if (repeated != 1) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (d.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return (check == 10 ? 0 : check) == d.charAt(10) - '0';
  }

  /** French social security number (NIR): 13 digits and a key of 97 minus their value mod 97. */
  static boolean nir(String d) {
    if (d.length() != 15 || (d.charAt(0) != '1' && d.charAt(0) != '2')) {
      return false;
    }
    long key = 97 - Long.parseLong(d.substring(0, 13)) % 97;
    return key == Long.parseLong(d.substring(13));
  }

  /** Swedish personal identity number: YYMMDDNNNC (century optional), Luhn over the ten. */
  static boolean personnummer(String d) {
    if (d.length() == 12) {
      d = d.substring(2);
    }
    if (d.length() != 10) {
      return false;
    }
    int month = Integer.parseInt(d.substring(2, 4));
    int day = Integer.parseInt(d.substring(4, 6));
    if (month < 1 || month > 12 || day < 1 || day > 91) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int v = (d.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
    return sum % 10 == 0;
  }

  /** Brazilian CPF: two mod-11 check digits; eleven equal digits pass the sum but are invalid. */
  static boolean cpf(String d) {
    if (d.length() != 11 || d.chars().distinct().count() == 1) {
      return false;
    }
    for (int len = 9; len <= 10; len++) {
      int sum = 0;
      for (int i = 0; i < len; i++) {
        sum += (len + 1 - i) * (d.charAt(i) - '0');
      }
      int rem = sum % 11;
      if ((rem < 2 ? 0 : 11 - rem) != d.charAt(len) - '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Finnish personal identity code: DDMMYY, a century sign, a three-digit individual number
   * (002-899), and the check character of those nine digits mod 31.
   */
  static boolean hetu(String s) {
    if (s.length() != 11 || "+-ABCDEFUVWXY".indexOf(s.charAt(6)) < 0) {
      return false;
    }
    String nine = s.substring(0, 6) + s.substring(7, 10);
    for (int i = 0; i < 9; i++) {
      if (nine.charAt(i) < '0' || nine.charAt(i) > '9') {
        return false;
      }
    }
    int day = Integer.parseInt(nine.substring(0, 2));
    int month = Integer.parseInt(nine.substring(2, 4));
    int individual = Integer.parseInt(nine.substring(6));
    if (day < 1 || day > 31 || month < 1 || month > 12 || individual < 2 || individual > 899) {
      return false;
    }
    return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(nine) % 31) == s.charAt(10);
  }

  /**
   * Estonian personal code (isikukood, also Latvian-style Baltic layout): a century/sex digit 1-6,
   * YYMMDD, a three-digit serial and a check digit (weights 1..9,1, mod 11; on 10 the weights
   * 3..9,1..3; on 10 again 0).
   */
  static boolean eeIsikukood(String d) {
    if (d.length() != 11 || d.charAt(0) < '1' || d.charAt(0) > '6' || sameDigits(d)) {
      return false;
    }
    int month = Integer.parseInt(d.substring(3, 5));
    int day = Integer.parseInt(d.substring(5, 7));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    int[] w2 = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w1[i] * (d.charAt(i) - '0');
    }
    int m = sum % 11;
    if (m == 10) {
      sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += w2[i] * (d.charAt(i) - '0');
      }
      m = sum % 11 == 10 ? 0 : sum % 11;
    }
    return m == d.charAt(10) - '0';
  }

  /**
   * Korean resident registration number: YYMMDD, a sex/century digit 1-8, five digits and a check
   * digit (weights 2..9,2..5, (11 - sum mod 11) mod 10). Numbers issued since October 2020 have no
   * check digit; they are left to the label-free rules, a random 13 digits would pass one in ten.
   */
  static boolean krRrn(String d) {
    if (d.length() != 13 || sameDigits(d)) {
      return false;
    }
    int month = Integer.parseInt(d.substring(2, 4));
    int day = Integer.parseInt(d.substring(4, 6));
    if (month < 1 || month > 12 || day < 1 || day > 31 || d.charAt(6) < '1' || d.charAt(6) > '8') {
      return false;
    }
    int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    return (11 - sum % 11) % 10 == d.charAt(12) - '0';
  }

  /** Chinese resident identity number: 17 digits, a birth date, ISO 7064 MOD 11-2 check. */
  static boolean cnResident(String s) {
    if (s.length() != 18) {
      return false;
    }
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += w[i] * (c - '0');
    }
    int month = Integer.parseInt(s.substring(10, 12));
    int day = Integer.parseInt(s.substring(12, 14));
    int year = Integer.parseInt(s.substring(6, 10));
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31
        && "10X98765432".charAt(sum % 11) == s.charAt(17);
  }
}
