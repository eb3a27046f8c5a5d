package io.moltr.core.scan;

import java.util.Locale;
import java.util.Set;

/**
 * Hand-written tests that run at a keyword hit or an anchor before any regex. RE2/J is linear but
 * not fast (no DFA), so the fewer windows reach it the better; each test here only rejects spans
 * its rule's regex could never match.
 */
final class Prechecks {
  private Prechecks() {}

  /** Words that put a number in a payment or secret context, as written and reversed. */
  private static final String[] PAYMENT_WORDS;
  /** Field names that say a number is an identifier, a time or a count. */
  private static final String[] ID_WORDS = {
    "id", "time", "stamp", "epoch", "nonce", "seq", "phone", "tel", "mobile", "fax", "isbn",
    "ean", "gtin", "upc", "tracking", "order", "invoice", "ticket", "snowflake", "build", "nanos",
    "millis", "_ms", "_ns", "_us", "offset", "count", "size", "bytes", "serial"
  };

  /** Words that name a number as something other than a person's ID, in a decoded value's context. */
  private static final Set<String> OTHER_NUMBERS = Set.of("order", "invoice", "ticket", "tracking",
      "phone", "telephone", "tel", "mobile", "fax", "serial", "build", "isbn", "ean", "sku", "zip",
      "postal", "postcode", "timestamp", "epoch", "version", "request", "trace", "transaction",
      "shipment", "parcel", "booking", "reservation", "bestellnummer", "rechnung", "commande",
      "facture", "pedido", "factura");

  /** Whether [s, e) of t holds a word of {@link #OTHER_NUMBERS}, in any case. */
  static boolean namesOtherNumber(String t, int s, int e) {
    int i = s;
    while (i < e) {
      while (i < e && !Character.isLetter(t.charAt(i))) {
        i++;
      }
      int ws = i;
      while (i < e && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i - ws >= 3 && i - ws <= 13
          && OTHER_NUMBERS.contains(t.substring(ws, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static {
    String[] words = {
      "card", "credit", "debit", "visa", "master", "amex", "maestro", "discover", "jcb", "unionpay",
      "diners", "ccnum", "cc_num", "cc-num", "ccn", "cc_no", "payment", "billing", "karte", "carte", "tarjeta", "cvv", "cvc",
      "expir", "iban", "konto", "account", "bank", "credential", "secret", "passw", "token"
    };
    PAYMENT_WORDS = new String[2 * words.length];
    for (int i = 0; i < words.length; i++) {
      PAYMENT_WORDS[2 * i] = words[i];
      PAYMENT_WORDS[2 * i + 1] = new StringBuilder(words[i]).reverse().toString();
    }
  }

  /**
   * Twelve to fifteen digits in the old Maestro range (50, 56-69) but not at one of the IINs
   * Maestro issues under (5018, 5020, 5038, 5893, 6304, 6759, 6761-6763). No other network
   * issues numbers this short there, and a random id of that length passes Luhn one time in ten
   * (a GCP project number, an AWS account id), so only a payment word nearby makes it a card.
   */
  static boolean shortOffIinMaestro(String digits) {
    int n = digits.length();
    if (n < 12 || n > 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    char a = digits.charAt(0);
    char b = digits.charAt(1);
    if (!(a == '6' || a == '5' && (b == '0' || b >= '6'))) {
      return false;
    }
    String iin = digits.substring(0, 4);
    return !(iin.equals("5018") || iin.equals("5020") || iin.equals("5038") || iin.equals("5893")
        || iin.equals("6304") || iin.equals("6759") || iin.equals("6761") || iin.equals("6762")
        || iin.equals("6763"));
  }

  private static final String[] RESOURCE_COLLECTIONS = {"projects/", "organizations/", "folders/"};

  /**
   * The digits [s, e) are the id segment of a Google Cloud resource name
   * ({@code projects/667205645415/secrets/db-password}): at most 15 of them, right after a
   * collection name and a slash, and followed by a slash, a quote, a space or the end. Project
   * numbers are 12 digits and pass Luhn one time in ten; the words of the path after them
   * ("secrets", "password") would otherwise count as payment context.
   */
  static boolean resourceNameNumber(String t, int s, int e) {
    if (e - s > 15 || (e < t.length() && "/`'\" \t\n)".indexOf(t.charAt(e)) < 0)) {
      return false;
    }
    for (String c : RESOURCE_COLLECTIONS) {
      if (t.startsWith(c, s - c.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The digits [s, e) are the project id that ends a DSN: {@code https://<32 hex>@host/<digits>}
   * (Sentry's, also self-hosted). New Sentry project ids are 16 digits starting with 45: a Visa
   * prefix, and one in ten passes Luhn. The key before the '@' must be 32 hex digits; the host is
   * read back at most 253 characters.
   */
  static boolean dsnProjectId(String t, int s, int e) {
    if (s < 36 || t.charAt(s - 1) != '/') {
      return false;
    }
    int i = s - 2;
    while (i >= 0 && s - i <= 254 && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '-')) {
      i--;
    }
    if (i < 32 || i == s - 2 || t.charAt(i) != '@') {
      return false;
    }
    for (int k = i - 32; k < i; k++) {
      if (Character.digit(t.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A payment word within 64 characters either side of [s, e), also reversed: reading a digit
   * run backwards is worth it only there, since one random long number in ten passes Luhn.
   */
  static boolean paymentContext(String t, int s, int e) {
    return paymentContext(t, s, e, false);
  }

  /**
   * As above; {@code forwardOnly} where the text is not read backwards (a rot13 window): there a
   * reversed payment word is a rotated ordinary one ("app" turns "ncc", "ccn" backwards).
   */
  static boolean paymentContext(String t, int s, int e, boolean forwardOnly) {
    return wordNear(t, s, e, PAYMENT_WORDS, forwardOnly);
  }

  /**
   * One of {@code words} (each followed by its reversal) within 64 characters either side of
   * [s, e); the reversals are skipped when {@code forwardOnly}.
   */
  private static boolean wordNear(String t, int s, int e, String[] words, boolean forwardOnly) {
    String w = t.substring(Math.max(0, s - 64), Math.min(t.length(), e + 64)).toLowerCase(Locale.ROOT);
    for (int i = 0; i < words.length; i += forwardOnly ? 2 : 1) {
      if (w.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word right before the number at {@code s} (past a few blanks, quotes, ':', '=' or '#')
   * names it as another kind of number ("serial 5777-1126-...", "Ticket 4410...", "tracking
   * no."): see {@link #OTHER_NUMBERS}.
   */
  static boolean namedOtherNumberBefore(String t, int s) {
    int end = labelEnd(t, s);
    int i = labelStart(t, end, false);
    return end > i && namesOtherNumber(t, i, end);
  }

  /** Where the label before the value at {@code s} ends: past a few blanks, quotes, ':', '=', '#'. */
  private static int labelEnd(String t, int s) {
    int i = s;
    while (i > 0 && s - i < 6 && " \t\"':=#".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** Where that label starts: back over at most 40 letters (digits when asked), '_', '-', '.'. */
  private static int labelStart(String t, int end, boolean digits) {
    int i = end;
    while (i > 0 && end - i < 40 && (Character.isLetter(t.charAt(i - 1))
        || digits && Character.isDigit(t.charAt(i - 1)) || "_-.".indexOf(t.charAt(i - 1)) >= 0)) {
      i--;
    }
    return i;
  }

  /** Words that name a payment card itself; each is also kept written backwards. */
  private static final String[] CARD_WORDS;

  static {
    String[] words = {
      "card", "credit", "debit", "visa", "master", "amex", "maestro", "discover", "jcb", "unionpay",
      "diners", "ccnum", "cc_num", "cc-num", "ccn", "cc_no", "payment", "karte", "carte",
      "tarjeta", "cartao", "cvv", "cvc", "expir"
    };
    CARD_WORDS = new String[2 * words.length];
    for (int i = 0; i < words.length; i++) {
      CARD_WORDS[2 * i] = words[i];
      CARD_WORDS[2 * i + 1] = new StringBuilder(words[i]).reverse().toString();
    }
  }

  /**
   * A word naming a card within 64 characters either side of [s, e), also backwards unless
   * {@code forwardOnly}. Narrower than {@link #paymentContext}: "account", "bank", "token" or
   * "secret" stand by AWS account ids, bot ids and project numbers at least as often as by cards.
   */
  static boolean cardContext(String t, int s, int e, boolean forwardOnly) {
    return wordNear(t, s, e, CARD_WORDS, forwardOnly);
  }

  /**
   * Twelve digits at [s, e) where AWS prints an account id: inside an ARN
   * ({@code arn:aws:iam::123456789012:role/x}) or as the value of the CLI's {@code "Account"},
   * {@code "AccountId"} or {@code "OwnerId"} JSON fields (sts get-caller-identity, ec2 output).
   */
  static boolean awsAccountId(String t, int s, int e) {
    if (e - s != 12 || e < t.length() && Character.isDigit(t.charAt(e))) {
      return false;
    }
    String before = t.substring(Math.max(0, s - 24), s);
    if (before.endsWith("\"Account\": \"") || before.endsWith("\"AccountId\": \"")
        || before.endsWith("\"OwnerId\": \"") || before.endsWith("\"Account\":\"")
        || before.endsWith("\"AccountId\":\"") || before.endsWith("\"OwnerId\":\"")) {
      return true;
    }
    if (e >= t.length() || t.charAt(e) != ':') {
      return false;
    }
    int arn = -1;
    for (int k = s - 7; k >= Math.max(0, s - 64); k--) {
      if (t.startsWith("arn:aws", k)) {
        arn = k; // looked for in the 64 characters before the digits only, never the whole text
        break;
      }
    }
    if (arn < 0) {
      return false;
    }
    int colons = 0;
    for (int i = arn; i < s; i++) {
      char c = t.charAt(i);
      if (c == ':') {
        colons++;
      } else if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return colons == 4 && t.charAt(s - 1) == ':';
  }

  /**
   * The grouped digits [s, e) are a window of a longer grouped number, no card on its own: the
   * run of groups around them (one separator, as inside them) goes on past them and opens with a
   * group of letters and digits ("DE55 8445 5566 2381 5590 70", an IBAN's country and check) or
   * ends, or opens, with a remainder of one or two digits ("9400 2668 0896 7824 8321 56", a USPS
   * tracking number; read backwards it opens with it). A run of four-digit groups alone ("ids 6412
   * 6409 5237 ...") leaves its windows cards; so does a CVC ("... 8321 123") or an expiry.
   */
  static boolean windowOfLongerGroups(String t, int s, int e) {
    char sep = 0;
    for (int i = s; i < e && sep == 0; i++) {
      if (t.charAt(i) == ' ' || t.charAt(i) == '-') {
        sep = t.charAt(i);
      }
    }
    if (sep == 0) {
      return false;
    }
    // groups before the window, back to the run's first
    int firstStart = s;
    int groups = 0;
    while (groups < 8 && firstStart >= 2 && t.charAt(firstStart - 1) == sep
        && Character.isLetterOrDigit(t.charAt(firstStart - 2))) {
      int k = firstStart - 1;
      while (k > 0 && firstStart - 1 - k < 8 && Character.isLetterOrDigit(t.charAt(k - 1))) {
        k--;
      }
      firstStart = k;
      groups++;
    }
    if (groups > 0) {
      int len = s - 1;
      int k = firstStart;
      int w = 0;
      boolean letter = false;
      boolean digit = false;
      while (k < t.length() && Character.isLetterOrDigit(t.charAt(k))) {
        letter |= Character.isLetter(t.charAt(k));
        digit |= Character.isDigit(t.charAt(k));
        k++;
        w++;
      }
      boolean opens = firstStart == 0 || Character.isWhitespace(t.charAt(firstStart - 1))
          || t.charAt(firstStart - 1) == '|';
      if (k <= len && opens && (letter && digit && w <= 6 || !letter && w <= 2)) {
        return true;
      }
    }
    // the window's own last group: a remainder of one or two digits after earlier groups of
    // the run ("9400 1234 3966 3354 4031 64" holds a 4-4-4-2 Diners shape at its end)
    int own = e;
    while (own > s && t.charAt(own - 1) != sep) {
      own--;
    }
    if (groups > 0 && e - own <= 2) {
      return true;
    }
    // groups after the window, on to the run's last
    int lastEnd = e;
    int after = 0;
    int lastWidth = -1;
    boolean lastLetters = false;
    while (after < 8 && lastEnd + 1 < t.length() && t.charAt(lastEnd) == sep
        && Character.isLetterOrDigit(t.charAt(lastEnd + 1))) {
      int k = lastEnd + 1;
      lastLetters = false;
      while (k < t.length() && Character.isLetterOrDigit(t.charAt(k))) {
        lastLetters |= Character.isLetter(t.charAt(k));
        k++;
      }
      lastWidth = k - lastEnd - 1;
      lastEnd = k;
      after++;
      if (lastLetters) {
        break;
      }
    }
    boolean ends = lastEnd == t.length() || !Character.isLetterOrDigit(t.charAt(lastEnd))
        && t.charAt(lastEnd) != '/';
    // backwards an IBAN ends in its check digits and country ("... 5448 55ED")
    boolean country = lastLetters && lastWidth <= 6 && lastWidth >= 3
        && Character.isDigit(t.charAt(lastEnd - lastWidth));
    return after > 0 && ends && (lastWidth <= 2 && !lastLetters || country);
  }

  /**
   * The name written right before the digits at {@code s} says they are an id, a time or a
   * count ({@code "order_id": 4532...}, {@code timestamp_ns=...}, {@code Ticket #...}) and says
   * nothing of payment.
   */
  static boolean labelledAsId(String t, int s) {
    int end = labelEnd(t, s);
    int i = labelStart(t, end, true);
    if (i == end) {
      return false;
    }
    if (numberWord(t, i, end) && i >= 2 && t.charAt(i - 1) == ' ' && Character.isLetter(t.charAt(i - 2))) {
      // "Serial Number: 6643...", "Order No. 4532...": the word before "number" names it.
      i--;
      while (i > 0 && end - i < 40 && Character.isLetter(t.charAt(i - 1))) {
        i--;
      }
    }
    String raw = t.substring(i, end);
    String label = raw.toLowerCase(Locale.ROOT);
    if (namesAnId(raw) && !label.contains("card")) {
      return true; // sso_account_id, bankAccountId: the id of an account, whatever "account" says
    }
    if (camelUnit(raw)) {
      return true; // firesInMsFromNow, durationNs: the camel-case spelling of _ms, _ns, _us
    }
    for (String p : PAYMENT_WORDS) {
      if (label.contains(p)) {
        return false;
      }
    }
    for (String w : ID_WORDS) {
      if (label.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name that ends at {@code from} is the last part of a path ("cat /etc/passwd | ..."): a
   * pipe after it is the shell's, not a table's.
   */
  private static boolean pathEnd(String t, int from) {
    int i = from;
    while (i > 0 && from - i < 40 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '_')) {
      i--;
    }
    return i > 0 && t.charAt(i - 1) == '/';
  }

  /** The label word [s, e) is "number", "no", "nr" or "num" in any case (a dot may close it). */
  private static boolean numberWord(String t, int s, int e) {
    String w = t.substring(s, e).toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.equals("number") || w.equals("no") || w.equals("nr") || w.equals("num");
  }

  /** A camel-case part Ms, Ns or Us: a lower-case letter before it, a capital or the end after. */
  private static boolean camelUnit(String name) {
    for (int i = 1; i + 1 < name.length(); i++) {
      char a = name.charAt(i);
      char b = name.charAt(i + 1);
      if ((a == 'M' || a == 'N' || a == 'U') && b == 's' && Character.isLowerCase(name.charAt(i - 1))
          && (i + 2 == name.length() || Character.isUpperCase(name.charAt(i + 2)))) {
        return true;
      }
    }
    return false;
  }

  /** A name whose last part is "id": account_id, accountId, account-id, ACCOUNT_ID. */
  private static boolean namesAnId(String name) {
    int n = name.length();
    if (n < 4) {
      return false;
    }
    char a = name.charAt(n - 2);
    char b = name.charAt(n - 1);
    if (a == 'I' && b == 'd') {
      return Character.isLowerCase(name.charAt(n - 3));
    }
    return (a == 'i' || a == 'I') && (b == 'd' || b == 'D') && "_-.".indexOf(name.charAt(n - 3)) >= 0;
  }

  /** ASCII characters of a name ("DB_PASSWORD", "api.key", "x-token") and of a value. */
  private static final boolean[] NAME_CHAR = new boolean[128];
  private static final boolean[] VALUE_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      NAME_CHAR[c] = Character.isLetterOrDigit(c) || "_.-".indexOf(c) >= 0;
      VALUE_CHAR[c] = !Character.isWhitespace(c) && "\"'`,;(){}[]<>".indexOf(c) < 0;
    }
  }

  /** A letter, digit, '_', '.' or '-': one table read for ASCII, the hot case. */
  private static boolean nameChar(char c) {
    return c < 128 ? NAME_CHAR[c] : Character.isLetterOrDigit(c);
  }

  /** Not white space, a quote or bracket, ',' or ';': a character an unquoted value runs on over. */
  private static boolean valueChar(char c) {
    return c < 128 ? VALUE_CHAR[c] : !Character.isWhitespace(c);
  }

  /**
   * After a keyword ending at {@code from}: the rest of an identifier, up to two closing quotes or
   * markdown marks, then ':', '=', ':=', '=>', "is"/"ist" or (after a quote) a comma, then a value
   * of at least {@code minValue} characters.
   * Returns the end of the value, or -1.
   */
  static int assignment(String t, int from, int minValue) {
    return assignment(t, from, minValue, new int[2]);
  }

  /**
   * As above; {@code memo} holds a stretch [memo[0], memo[1]) already known to be value
   * characters, so that a flood of keywords inside one long value is scanned once, not once per
   * keyword.
   */
  static int assignment(String t, int from, int minValue, int[] memo) {
    int n = t.length();
    int i = from;
    int limit = Math.min(n, from + 40);
    while (i < limit && nameChar(t.charAt(i))) {
      i++;
    }
    // Closing quotes or markdown around the name: "KEY": ..., **KEY** is ..., `KEY` = ...,
    // also JSON-escaped inside a string: {\"KEY\": \"value\"}
    int closers = 0;
    boolean quoted = false;
    while (i < n && closers < 2) {
      if (t.charAt(i) == '\\' && i + 1 < n && t.charAt(i + 1) == '"') {
        i++;
      } else if ("\"'`*".indexOf(t.charAt(i)) < 0) {
        break;
      }
      quoted |= t.charAt(i) != '*';
      i++;
      closers++;
    }
    if (quoted && i < n && t.charAt(i) == ']') {
      i++; // a subscript: os.environ["KEY"] = ..., ENV['KEY'] = ...
    }
    // The name in parentheses before the colon, as a chat answer gives it: "the value
    // (DD_API_KEY):" and the value, maybe on a line below like after "is:".
    boolean named = i + 1 < n && t.charAt(i) == ')' && t.charAt(i + 1) == ':';
    if (named) {
      i++;
    }
    // A qualifier in parentheses between the name and the colon: "SESSION_SECRET (base64):",
    // "API key (production):" and the value, maybe on a line below.
    int q = qualifierColon(t, i);
    if (!named && q > 0) {
      named = true;
      i = q;
    }
    // A tab right after a name that is a row's cell (COPY ... FROM stdin, a pasted sheet, a
    // key/value TSV): the value is the next cell.
    boolean tabbed = !named && closers == 0 && i < n && t.charAt(i) == '\t' && tsvCell(t, from);
    i = skipSpaces(t, i, 3);
    if (i >= n) {
      return -1;
    }
    char c = t.charAt(i);
    boolean prose = named;
    boolean element = false;
    boolean argument = false;
    int j;
    if (tabbed && c != ':' && c != '=' && c != '\t' && c != '\n' && c != '\r') {
      j = i; // name<TAB>value: the value starts here
    } else if (c == ':' || c == '=') {
      i++;
      if (i < n && (t.charAt(i) == '=' || t.charAt(i) == '>')) {
        i++;
      } else if (c == ':') {
        i = typeAnnotation(t, i);
      }
    } else if (c == '?' && i + 1 < n && t.charAt(i + 1) == '=') {
      i += 2; // a Makefile default: KEY ?= value
    } else if (quoted && t.regionMatches(true, i, "value=", 0, 6)) {
      i += 6; // XML attributes: <add key="Key" value="..." />
    } else if (c == '>' && elementOpen(t, from)) {
      i++; // an XML element: <password>value</password>
      element = true;
    } else if (c == ',' && !quoted && csvCell(t, from, i)) {
      i++; // a CSV row: name,value,owner
    } else if (c == '|' && !pathEnd(t, from)) {
      i++; // a markdown table row: | NAME | value |
    } else if (c == ',' && quoted) {
      i++; // a call's arguments: setenv("KEY", "value"), put('key', 'value')
      argument = true;
    } else if ((j = copula(t, i)) > 0) {
      prose = true;
      i += j;
      if (i < n && t.charAt(i) == ':') {
        i++; // a chat answer: "The value of `KEY` is:" and the value on a line below
      }
      // Prose: "KEY is currently set to value"
      i = skipSpaces(t, i, 3);
      for (String w : PROSE) {
        if (t.regionMatches(true, i, w, 0, w.length())) {
          i += w.length();
        }
      }
      if (t.regionMatches(true, i, "set to:", 0, 7)) {
        i += 7; // "KEY is currently set to:" and the value on a line below
      }
    } else if (t.regionMatches(true, i, "set to ", 0, 7)) {
      i += 7;
    } else if (c == '`' && i > from) {
      prose = true; // "username `deploy`, password `value`": the value in backquotes
    } else if ((c == '\'' || c == '"') && i > from && t.charAt(i - 1) == ' ') {
      prose = true; // "api-key 'value'": the name, a space, the value in quotes
    } else if (c == '-' && i > from && t.charAt(i - 1) == ' ' && i + 1 < n && t.charAt(i + 1) == ' ') {
      i++; // "session_secret - value": a dash between name and value, as a list writes it
    } else if (c == '(' && i > from && t.charAt(i - 1) == ' ' && i + 1 < n
        && "`'\"".indexOf(t.charAt(i + 1)) >= 0) {
      prose = true; // "use your Vercel token (`value`)": the value quoted in parentheses
      i++;
    } else if ((j = qualified(t, i)) >= 0) {
      prose = true; // "the password for the admin account is value"
      i = j;
    } else if (closers == 0 && i > from && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')
        && directive(t, from, i)) {
      j = i; // a directive: "ENV DB_PASSWORD value", "SetEnv DB_PASS value", "AuthLDAPBindPassword value"
    } else if (c == '\n' || c == '\r') {
      // A name/value pair on two lines (Kubernetes env, compose): "- name: KEY\n  value: ..."
      j = i;
      while (j < n && j - i < 24 && Character.isWhitespace(t.charAt(j))) {
        j++;
      }
      if (!t.startsWith("value:", j)) {
        return -1;
      }
      i = j + 6;
    } else {
      return -1;
    }
    i = valueGap(t, i, prose, c == ':');
    if (i + 1 < n && t.charAt(i) == '\\' && t.charAt(i + 1) == '"') {
      i += 2;
    } else if (i < n && (t.charAt(i) == '"' || t.charAt(i) == '\'' || t.charAt(i) == '`'
        || (t.charAt(i) == '[' && c == '='))) {
      i++; // a quote, or the bracket a Java map prints a list in: X-Api-Key=[value]
    }
    int v = i;
    if (v >= memo[0] && v < memo[1]) {
      i = memo[1];
    }
    while (i < n && i - v <= 512 && valueChar(t.charAt(i))) {
      i++;
    }
    // A value that runs into a bracket is a call or an expression, not a literal.
    if (v >= memo[0] && v <= memo[1]) {
      memo[1] = Math.max(memo[1], i);
    } else {
      memo[0] = v;
      memo[1] = i;
    }
    int next = planChange(t, i);
    if (next >= 0) {
      // terraform plan: "KEY" = "old" -> "new"; the value to judge is the new one.
      v = next;
      i = next;
      while (i < n && i - v <= 512 && valueChar(t.charAt(i))) {
        i++;
      }
    }
    // An element's value ends at its closing tag, or at the text's end: a decoded layer holds the
    // line up to the value and the value only ("<password>" before what "&#53;&#101;..." decodes to).
    boolean literalEnd = element ? i >= n || t.startsWith("</", i) : i >= n || "({[<".indexOf(t.charAt(i)) < 0;
    if (argument && objectKey(t, i)) {
      return -1; // "format": "password", "minLength": 12: the next key of an object, not a value
    }
    if (!literalEnd || i - v < minValue || i - v > 512 || encodedPlaceholder(t, v, i)) {
      return -1;
    }
    return i;
  }

  /**
   * A configuration directive that names its value with a space, not a separator: the name starts
   * its line (after indentation, Dockerfile's "ENV " or Apache's "SetEnv "), and one value that is
   * no plain word (a digit or a mark beside its letters) runs from {@code v} to the line's end.
   * Dockerfile's legacy "ENV KEY value", Apache's SetEnv and AuthLDAPBindPassword write a secret so.
   */
  private static boolean directive(String t, int from, int v) {
    int s = nameStart(t, from);
    int k = s;
    while (k > 0 && t.charAt(k - 1) == ' ') {
      k--;
    }
    if (k < s) {
      for (String w : DIRECTIVE_WORDS) {
        if (k >= w.length() && t.regionMatches(true, k - w.length(), w, 0, w.length())) {
          k -= w.length();
          break;
        }
      }
    }
    while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t')) {
      k--;
    }
    if (k > 0 && t.charAt(k - 1) != '\n') {
      return false;
    }
    int n = t.length();
    int e = v;
    boolean letter = false;
    boolean other = false;
    while (e < n && e - v <= 128 && valueChar(t.charAt(e))) {
      char c = t.charAt(e);
      letter |= Character.isLetter(c);
      other |= !Character.isLetter(c);
      e++;
    }
    int end = skipSpaces(t, e, 8);
    return letter && other && (end >= n || t.charAt(end) == '\n' || t.charAt(end) == '\r');
  }

  /** The words a directive's name may follow on its line, the longer first ("SetEnv" ends in "Env"). */
  private static final String[] DIRECTIVE_WORDS = {"SetEnv", "ENV"};

  /**
   * At {@code i}: at most one space, '(', one to 24 characters without parentheses or a line
   * break, ')' and ':'. Returns the index of the ':', or -1.
   */
  static int qualifierColon(String t, int i) {
    int n = t.length();
    if (i < n && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= n || t.charAt(i) != '(') {
      return -1;
    }
    int j = i + 1;
    while (j < n && j - i <= 25 && t.charAt(j) != '(' && t.charAt(j) != ')' && t.charAt(j) != '\n'
        && t.charAt(j) != '\r') {
      j++;
    }
    if (j == i + 1 || j + 1 >= n || t.charAt(j) != ')' || t.charAt(j + 1) != ':') {
      return -1;
    }
    return j + 1;
  }

  /**
   * At {@code i}, the end of a quoted string: its closing quote (maybe JSON-escaped), a few
   * spaces, then ':' (not ":=" or "::"), which makes the string a key of an object.
   */
  private static boolean objectKey(String t, int i) {
    int n = t.length();
    if (i < n && t.charAt(i) == '\\') {
      i++;
    }
    if (i >= n || (t.charAt(i) != '"' && t.charAt(i) != '\'')) {
      return false;
    }
    i = skipSpaces(t, i + 1, 3);
    return i < n && t.charAt(i) == ':' && (i + 1 >= n || (t.charAt(i + 1) != '=' && t.charAt(i + 1) != ':'));
  }

  /**
   * The prepositions that open a phrase between a secret's name and "is": "the password for the
   * admin account is", "the DD_API_KEY from the old config is", "the token in staging was".
   */
  private static final String[] QUALIFIERS = {"for ", "of ", "on ", "from ", "in ", "at ", "under "};

  /**
   * At {@code i}, one of {@link #QUALIFIERS}, at most 48 characters of one clause, then "is" or
   * "was" ("for the admin account is", "on the sticky note was"): returns the position after the
   * verb and an optional ':', or -1.
   */
  private static int qualified(String t, int i) {
    int n = t.length();
    int k;
    k = -1;
    for (String p : QUALIFIERS) {
      if (t.regionMatches(true, i, p, 0, p.length())) {
        k = i + p.length();
        break;
      }
    }
    if (k < 0) {
      return -1;
    }
    int limit = Math.min(n, k + 48);
    for (; k < limit; k++) {
      char c = t.charAt(k);
      if (c == '\n' || c == ':' || c == '=' || c == '`' || c == '"' || c == '\'') {
        return -1;
      }
      if (c == ' ') {
        int verb = t.regionMatches(true, k + 1, "is", 0, 2) ? 2
            : t.regionMatches(true, k + 1, "was", 0, 3) ? 3 : 0;
        int after = k + 1 + verb;
        if (verb > 0 && after < n && (t.charAt(after) == ' ' || t.charAt(after) == ':')) {
          return t.charAt(after) == ':' ? after + 1 : after;
        }
      }
    }
    return -1;
  }

  /**
   * After "NAME:" at {@code i}: a declared type and '=' (Rust {@code const KEY: &str = "..."},
   * TypeScript {@code apiKey: string = "..."}); returns the position after the '=', or {@code i}.
   */
  private static int typeAnnotation(String t, int i) {
    int n = t.length();
    int j = skipSpaces(t, i, 3);
    if (j < n && t.charAt(j) == '&') {
      j++;
      if (t.startsWith("'static ", j)) {
        j += 8;
      }
    }
    int start = j;
    while (j < n && j - start < 40 && (Character.isLetterOrDigit(t.charAt(j)) || "_<>:".indexOf(t.charAt(j)) >= 0)) {
      j++;
    }
    if (j == start || !Character.isLetter(t.charAt(start))) {
      return i;
    }
    int typeEnd = j;
    j = skipSpaces(t, j, 3);
    // spaces around the '=' tell a declaration from a value that holds one (secret: abc=)
    if (j > typeEnd && j < n && t.charAt(j) == '=' && j + 1 < n && t.charAt(j + 1) == ' ') {
      return j + 1;
    }
    return i;
  }

  /** The name ending at {@code from} opens an XML element: {@code <name>}. */
  private static boolean elementOpen(String t, int from) {
    int s = nameStart(t, from);
    return s > 0 && t.charAt(s - 1) == '<';
  }

  /** The name ending at {@code from} starts a line or follows a tab: a cell of a TSV row. */
  private static boolean tsvCell(String t, int from) {
    int s = nameStart(t, from);
    return s == 0 || t.charAt(s - 1) == '\t' || t.charAt(s - 1) == '\n';
  }

  /** The name ending at {@code from} is a cell of a CSV row: a comma or a line start before it, none after it but the value's. */
  private static boolean csvCell(String t, int from, int comma) {
    int s = nameStart(t, from);
    boolean cellStart = s == 0 || t.charAt(s - 1) == ',' || t.charAt(s - 1) == '\n';
    return cellStart && comma + 1 < t.length() && !Character.isWhitespace(t.charAt(comma + 1));
  }

  private static int nameStart(String t, int from) {
    int s = from;
    while (s > 0 && from - s < 64 && nameChar(t.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** After a quoted value ending at {@code i}: '" -> "' and the start of the new value, else -1. */
  private static int planChange(String t, int i) {
    if (i < t.length() && t.charAt(i) == '"' && t.startsWith(" -> \"", i + 1)) {
      return i + 6;
    }
    return -1;
  }

  private static final String[] PLACEHOLDER_MARKS = {
    "${", "{{", "$(", "<", ">", "xxxx", "****", "...", "your", "example", "changeme", "change_me",
    "replace", "placeholder", "redacted", "todo", "not-a-real", "pk_live_", "pk_test_", "pk.eyj",
    "-----begin public", "-----begin certificate", "-----begin openssh private key-----\n["
  };

  /**
   * What [s, e) of t decodes to as standard base64 of 8 to {@code max} characters, lower-cased,
   * when that is readable text (printable ASCII, tabs and line breaks); null otherwise.
   */
  static String base64Text(String t, int s, int e, int max) {
    byte[] raw = base64Bytes(t, s, e, max);
    if (raw == null) {
      return null;
    }
    for (byte b : raw) {
      if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7f) {
        return null;
      }
    }
    return new String(raw, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether [s, e) of t is standard base64 (8 to 32 characters) of one plain word: lower-case
   * letters, or a capital and lower-case letters, 3 to 20 of them ("YWRtaW4=" is admin,
   * "cGFzc3dvcmQ=" is password). A Secret manifest's demo data; the password rule does not take
   * such a word for a password when it stands in plain text either.
   */
  static boolean base64Word(String t, int s, int e) {
    byte[] raw = base64Bytes(t, s, e, 32);
    if (raw == null || raw.length < 3 || raw.length > 20) {
      return false;
    }
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      boolean lower = b >= 'a' && b <= 'z';
      boolean capital = i == 0 && b >= 'A' && b <= 'Z';
      if (!lower && !capital) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether [s, e) of t is base64 of an ordinary setting, not a credential. Kubernetes keeps every
   * value of a Secret in base64, the connection's address beside its password: a host name
   * ("ZGIuaW50ZXJuYWw=" is db.internal), an IPv4 address, an http(s) address without credentials,
   * a mail address, a release number, an AWS ARN, a file path or an OpenSSH public key line is no
   * secret wherever it stands; a UUID is none under a name ending in "id" (TENANT_ID); a port
   * number or a plain lower-case identifier ("YXBwX3J3" is app_rw) is none under a setting's name
   * (host, port, username, database, ...).
   */
  static boolean encodedSetting(String t, int s, int e) {
    byte[] raw = base64Bytes(t, s, e, 1024);
    if (raw == null || raw.length == 0) {
      return false;
    }
    String v = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (hostName(v) || ipv4(v) || plainUrl(v) || mailAddress(v) || version(v) || awsArn(v) || filePath(v)
        || publicKeyLine(v) || jsonObject(v)) {
      return true;
    }
    return (lowerIdentifier(v) || (v.length() <= 5 && allDigits(v))) && settingNameBefore(t, s)
        || uuid(v) && idNameBefore(t, s);
  }

  /**
   * A JSON object ("{\"logLevel\":\"info\"}", a .dockerconfigjson): its decoded layer is scanned
   * on its own and judges each value by its key, so the base64 around it says nothing more.
   */
  private static boolean jsonObject(String v) {
    String x = v.strip();
    return x.length() >= 2 && x.charAt(0) == '{' && x.charAt(x.length() - 1) == '}' && x.indexOf('"') > 0;
  }

  /** A release number: "1.24.3", "16.2", maybe with a pre-release tag ("2.0.0-rc.1"). */
  private static boolean version(String v) {
    int n = v.length();
    int i = n > 0 && v.charAt(0) == 'v' ? 1 : 0;
    int groups = 0;
    while (i < n) {
      int d = i;
      while (i < n && i - d < 5 && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      if (i == d || i - d > 4) {
        return false;
      }
      groups++;
      if (i < n && v.charAt(i) == '.' && groups < 4) {
        i++;
        continue;
      }
      break;
    }
    if (groups < 2) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (v.charAt(i) != '-' || n - i - 1 < 1 || n - i - 1 > 16) {
      return false;
    }
    for (int k = i + 1; k < n; k++) {
      char c = v.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** An AWS resource name ("arn:aws:iam::123456789012:role/app"): an identifier, no credential. */
  private static boolean awsArn(String v) {
    if (!v.startsWith("arn:aws") || v.length() > 256) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) <= ' ' || v.charAt(i) > '~') {
        return false;
      }
    }
    return true;
  }

  /** An absolute file path of plain segments ("/etc/ssl/certs/app.pem"). */
  private static boolean filePath(String v) {
    if (v.length() < 2 || v.length() > 128 || v.charAt(0) != '/') {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._/-".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** An OpenSSH public key line, maybe after a host as known_hosts writes it ("github.com ssh-ed25519 AAAA..."). */
  private static boolean publicKeyLine(String v) {
    int sp = v.indexOf(' ');
    String rest = sp > 0 && !v.startsWith("ssh-") && !v.startsWith("ecdsa-") ? v.substring(sp + 1) : v;
    int nl = rest.indexOf('\n');
    return (rest.startsWith("ssh-ed25519 AAAA") || rest.startsWith("ssh-rsa AAAA") || rest.startsWith("ecdsa-sha2-nistp"))
        && (nl < 0 || nl == rest.length() - 1);
  }

  /** A lower-case UUID: 8-4-4-4-12 hex digits. */
  private static boolean uuid(String v) {
    if (v.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = v.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** The name before the value ends in "id" ("TENANT_ID", "clientId"): a UUID there is an identifier. */
  private static boolean idNameBefore(String t, int s) {
    String name = nameBefore(t, s);
    return name != null && name.endsWith("id");
  }

  /** Two or more dot-separated labels of lower-case letters, digits and '-', the last of letters. */
  private static boolean hostName(String v) {
    int dot = v.lastIndexOf('.');
    if (dot < 1 || v.length() > 253 || v.length() - dot - 1 < 2) {
      return false;
    }
    for (int i = dot + 1; i < v.length(); i++) {
      if (v.charAt(i) < 'a' || v.charAt(i) > 'z') {
        return false;
      }
    }
    char prev = '.';
    for (int i = 0; i < dot; i++) {
      char c = v.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && prev != '.') || (c == '.' && prev != '.');
      if (!ok) {
        return false;
      }
      prev = c;
    }
    return prev != '.' && prev != '-';
  }

  /**
   * An http(s) address without credentials or query ("https://api.acme.io/v2"): a user:password@
   * or a signed query (?sig=, ?token=) would carry one, so neither is taken, nor a long path.
   */
  private static boolean plainUrl(String v) {
    int scheme = v.startsWith("https://") ? 8 : v.startsWith("http://") ? 7 : -1;
    if (scheme < 0 || v.indexOf('@') >= 0 || v.indexOf('?') >= 0 || v.indexOf('#') >= 0) {
      return false;
    }
    int end = scheme;
    while (end < v.length() && v.charAt(end) != '/' && v.charAt(end) != ':') {
      end++;
    }
    String host = v.substring(scheme, end);
    if (!hostName(host) && !ipv4(host) && !host.equals("localhost")) {
      return false;
    }
    // A short path of short segments ("/v2", "/api/internal"): a webhook's path holds its token
    // in a long segment (hooks.slack.com/services/T.../B.../xxxx), and that is no plain address.
    if (v.length() - end > 24) {
      return false;
    }
    int segment = 0;
    for (int i = end; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
      segment = c == '/' ? 0 : segment + 1;
      if (segment >= 12) {
        return false;
      }
    }
    return true;
  }

  /** A mail address: a plain local part, '@' and a host name ("ops@acme.io"). */
  private static boolean mailAddress(String v) {
    int at = v.indexOf('@');
    if (at < 1 || at > 64 || v.indexOf('@', at + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = v.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '+')) {
        return false;
      }
    }
    return hostName(v.substring(at + 1));
  }

  /** Four dot-separated numbers of at most three digits, maybe with ":port". */
  private static boolean ipv4(String v) {
    int colon = v.indexOf(':');
    String addr = colon < 0 ? v : v.substring(0, colon);
    if (colon >= 0 && (colon + 1 >= v.length() || v.length() - colon - 1 > 5 || !allDigits(v.substring(colon + 1)))) {
      return false;
    }
    String[] parts = addr.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !allDigits(p)) {
        return false;
      }
    }
    return true;
  }

  /** A lower-case letter, then at most 31 lower-case letters, digits, '_', '-' or '.'. */
  private static boolean lowerIdentifier(String v) {
    if (v.isEmpty() || v.length() > 32 || v.charAt(0) < 'a' || v.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Names of settings that hold an address, a port or an account's name, compared without '_' and '-'. */
  private static final String[] SETTING_NAMES = {
    "host", "hostname", "port", "user", "username", "login", "database", "dbname", "schema", "namespace",
    "region", "sslmode", "bucket", "server", "endpoint", "driver"
  };

  /**
   * The name before the value at {@code s} on its line ("  DB_USER: ", "port=") ends in the name
   * of an ordinary setting.
   */
  private static boolean settingNameBefore(String t, int s) {
    String name = nameBefore(t, s);
    if (name == null) {
      return false;
    }
    for (String n : SETTING_NAMES) {
      if (name.endsWith(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name before the value at {@code s} on its line, lower-cased without '_', '-' and '.'
   * ("  DB_USER: " gives dbuser), or null when no name and ':' or '=' stand right before it.
   */
  private static String nameBefore(String t, int s) {
    int i = s;
    if (i > 0 && (t.charAt(i - 1) == '"' || t.charAt(i - 1) == '\'')) {
      i--;
    }
    while (i > 0 && s - i < 8 && t.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || (t.charAt(i - 1) != ':' && t.charAt(i - 1) != '=')) {
      return null;
    }
    i--;
    if (i > 0 && (t.charAt(i - 1) == '"' || t.charAt(i - 1) == '\'')) {
      i--;
    }
    int end = i;
    int start = nameStart(t, end);
    if (start == end) {
      return null;
    }
    return t.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
  }

  /** The bytes [s, e) of t decodes to as padded standard base64 of 8 to max characters, or null. */
  private static byte[] base64Bytes(String t, int s, int e, int max) {
    int len = e - s;
    if (len < 8 || len > max || len % 4 != 0) {
      return null;
    }
    try {
      return java.util.Base64.getDecoder().decode(t.substring(s, e));
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  /**
   * A value that is base64 of readable text (a Kubernetes Secret's data) is judged by what it
   * decodes to: a placeholder (changeme, ${VAR}, sk-your-key-here) is no secret; an environment
   * reference, a publishable key or documented token, a public key block is left to its decoded
   * layer (scanned with the name before it), which judges it as itself.
   */
  static boolean encodedPlaceholder(String t, int s, int e) {
    String low = base64Text(t, s, e, 4096);
    if (low == null) {
      return false;
    }
    if (low.startsWith("$") || low.startsWith("eyj") && low.indexOf('.') > 0) {
      return true; // an environment reference; a JWT, which its own rule checks once decoded
    }
    for (String p : PLACEHOLDER_MARKS) {
      if (low.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between a separator and its value: a few spaces, or up to two line breaks (a chat answer puts
   * the value on a line of its own: after "is", or after ':' when quoted or fenced), then maybe a
   * markdown fence with its language word.
   */
  private static int valueGap(String t, int i, boolean prose, boolean colon) {
    int n = t.length();
    // After a colon the value may stand in an aligned column (heroku config, kubectl describe):
    // "DD_API_KEY:                0320d8...".
    int j = skipSpaces(t, i, colon ? 32 : 3);
    if (colon && j < n && (t.charAt(j) == '|' || t.charAt(j) == '>')) {
      // A YAML block scalar ("key: >-", "key: |") holds its value indented on the lines below.
      int b = j + 1;
      if (b < n && (t.charAt(b) == '-' || t.charAt(b) == '+')) {
        b++;
      }
      b = skipSpaces(t, b, 3);
      if (b < n && t.charAt(b) == '\n') {
        int v = skipSpaces(t, b + 1, 16);
        if (v > b + 1) {
          return v;
        }
      }
    }
    int breaks = 0;
    int k = j;
    while (k < n && k - j < 12 && Character.isWhitespace(t.charAt(k))) {
      breaks += t.charAt(k) == '\n' ? 1 : 0;
      k++;
    }
    if (breaks == 0) {
      k = j;
    } else if (breaks > 2 || !(prose || colon)) {
      return i; // "KEY=" and a line break: an empty value, whatever the next line holds
    }
    if (breaks > 0 && !prose && k < n && "`\"'".indexOf(t.charAt(k)) < 0) {
      return i; // after ':' a value below must be quoted or fenced ("token:\n  min: 3" is YAML)
    }
    if (t.startsWith("```", k)) {
      int f = k + 3;
      while (f < n && f - k < 16 && Character.isLetterOrDigit(t.charAt(f))) {
        f++;
      }
      if (f < n && t.charAt(f) == '\n') {
        return f + 1;
      }
    }
    return k;
  }

  /**
   * A name holding the keyword [s, e) between "set " and " to ", as prose says where it put a
   * value: "I've set STRIPE_SECRET to ...", "set `DB_PASSWORD` to ...". Reads back at most 64
   * characters for "set" and forward at most 40 for "to".
   */
  static boolean setTo(String t, int s, int e) {
    int k = s - 1;
    int stop = Math.max(0, s - 64);
    while (k >= stop && nameChar(t.charAt(k))) {
      k--;
    }
    if (k >= 0 && "`'\"".indexOf(t.charAt(k)) >= 0) {
      k--;
    }
    if (k < 3 || t.charAt(k) != ' ' || !t.regionMatches(true, k - 3, "set", 0, 3)
        || k > 3 && Character.isLetterOrDigit(t.charAt(k - 4))) {
      return false;
    }
    int n = t.length();
    int i = e;
    int limit = Math.min(n, e + 40);
    while (i < limit && nameChar(t.charAt(i))) {
      i++;
    }
    if (i < n && "`'\"".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return t.regionMatches(true, i, " to ", 0, 4);
  }

  /**
   * The keyword is in the first of exactly two aligned columns: a line of indentation, a name, two
   * or more spaces or tabs, one value of 12 characters or more and the line's end (the key/value
   * table {@code vault kv get} prints). A third column, or prose after the value, refuses it.
   */
  static boolean alignedRow(String t, int s, int e) {
    int k = s - 1;
    int stop = Math.max(0, s - 64);
    while (k >= stop && nameChar(t.charAt(k))) {
      k--;
    }
    int indent = Math.max(-1, k - 16);
    while (k > indent && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k--;
    }
    if (k >= 0 && t.charAt(k) != '\n') {
      return false;
    }
    int n = t.length();
    int i = e;
    int limit = Math.min(n, e + 64);
    while (i < limit && nameChar(t.charAt(i))) {
      i++;
    }
    int gap = i;
    limit = Math.min(n, gap + 64);
    while (i < limit && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    if (i - gap < 2) {
      return false;
    }
    int value = i;
    limit = Math.min(n, value + 256);
    while (i < limit && t.charAt(i) > ' ') {
      i++;
    }
    if (i - value < 12) {
      return false;
    }
    while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\r')) {
      i++;
    }
    return i == n || t.charAt(i) == '\n';
  }

  /** Words prose puts between "is" and a value, in the order they come. */
  private static final String[] PROSE = {"currently ", "now ", "still ", "set to "};

  /**
   * "is" and its German, French, Spanish and Italian words in a chat answer ("Der Schlüssel
   * lautet"), and "has the value" ("tiene este valor", "a pour valeur", "hat den Wert").
   */
  private static final String[] COPULAS = {"is", "IS", "ist", "lautet", "est", "es", "\u00e8",
      "tiene este valor", "tiene el valor", "tiene valor", "con el valor", "con valor", "a pour valeur",
      "a la valeur", "hat den Wert", "hat Wert"};

  /** The length of a copula at {@code i} followed by a space or a colon, or 0. */
  private static int copula(String t, int i) {
    for (String w : COPULAS) {
      int e = i + w.length();
      if (t.startsWith(w, i) && e < t.length() && (t.charAt(e) == ' ' || t.charAt(e) == ':')) {
        return w.length();
      }
    }
    return 0;
  }

  private static int skipSpaces(String t, int i, int max) {
    int end = Math.min(t.length(), i + max);
    while (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** After "://": user:password@ before whitespace, a slash or a quote; returns the '@' or -1. */
  static int userinfo(String t, int from) {
    int end = Math.min(t.length(), from + 200);
    boolean colon = false;
    boolean at = false;
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      if (c == '@') {
        if (colon) {
          return i;
        }
        if (at) {
          return -1;
        }
        at = true; // the user may be an e-mail address: smtp://me@example.org:pw@smtp.host
        continue;
      }
      if (c == ':') {
        colon = true;
      } else if (Character.isWhitespace(c) || c == '/' || c == '"' || c == '\'' || c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * At the '@' at {@code at}: a local-part character before it, then a host name (letters,
   * digits, '-' and '.') that ends in '.' and two or more letters, then ':' and a first value
   * character. The host's characters cannot hold ':', so the host an address-and-password
   * match holds is exactly this run; '@' in code (Perl arrays, decorators, annotations) and
   * plain addresses fail here, before any regex. Reads at most 256 characters.
   */
  static boolean mailHost(char[] t, int at) {
    if (at == 0 || !localPartChar(t[at - 1])) {
      return false;
    }
    int end = Math.min(t.length, at + 257);
    int i = at + 1;
    int lastDot = -1;
    while (i < end && hostChar(t[i])) {
      if (t[i] == '.') {
        lastDot = i;
      }
      i++;
    }
    if (lastDot < 0 || i - lastDot - 1 < 2 || i + 1 >= t.length || t[i] != ':') {
      return false;
    }
    for (int k = lastDot + 1; k < i; k++) {
      char c = (char) (t[k] | 32);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    char v = t[i + 1];
    return !Character.isWhitespace(v) && "@:/\"'<>,;".indexOf(v) < 0;
  }

  private static boolean localPartChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean hostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '-';
  }

  /** After a PEM "PRIVATE KEY" header: 40 base64 characters within the next 400. */
  static boolean pemBody(String t, int from) {
    int end = Math.min(t.length(), from + 400);
    int run = 0;
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      boolean b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '+' || c == '/' || c == '=';
      run = b64 ? run + 1 : 0;
      if (run >= 40) {
        return true;
      }
    }
    return false;
  }

  /**
   * Digit runs not glued to lower-case letters: hex hashes hold long digit runs, cards and IBANs
   * stand alone (an IBAN's country code is upper-case), and are no field between two colons.
   */
  static Spans standaloneDigits(String t, Spans runs) {
    Spans out = new Spans();
    for (int i = 0; i < runs.count(); i++) {
      int s = runs.start(i);
      int e = runs.end(i);
      if (Validation.digits(t.substring(s, Math.min(e, s + 64))).length() > 40) {
        continue; // longer than any card or IBAN: a number, not an account
      }
      boolean before = s > 0 && Character.isLowerCase(t.charAt(s - 1));
      boolean after = e < t.length() && Character.isLowerCase(t.charAt(e));
      // A field of a colon-separated id (the account of arn:aws:iam::123456789012:role/x).
      boolean field = s > 0 && t.charAt(s - 1) == ':' && e < t.length() && t.charAt(e) == ':';
      // The digits after a decimal point (0.8035050657330205): a fraction, not an account.
      boolean fraction = s > 1 && t.charAt(s - 1) == '.' && Character.isDigit(t.charAt(s - 2));
      if (!before && !after && !field && !fraction && !inUuid(t, s, e) && !afterHexId(t, s)) {
        out.add(s, e);
      }
    }
    return out;
  }

  /**
   * The digits follow a hex id of 16 or more characters and a slash: the span id of a trace
   * header (X-Cloud-Trace-Context: 86a7...ba09/5710284833176575488;o=1), a sub-id under an id.
   */
  static boolean afterHexId(String t, int s) {
    if (s < 17 || t.charAt(s - 1) != '/') {
      return false;
    }
    int k = s - 1;
    while (k > 0 && s - 1 - k < 64 && Survey.isHex(t.charAt(k - 1))) {
      k--;
    }
    boolean letter = false;
    for (int i = k; i < s - 1; i++) {
      letter |= Character.isLetter(t.charAt(i));
    }
    return s - 1 - k >= 16 && letter && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)));
  }

  /** The digits are part of a UUID (12345678-1234-1234-1234-123456789012 in API docs). */
  static boolean inUuid(String t, int s, int e) {
    int a = s;
    while (a > 0 && s - a < 36 && (Survey.isHex(t.charAt(a - 1)) || t.charAt(a - 1) == '-')) {
      a--;
    }
    int b = e;
    while (b < t.length() && b - e < 36 && (Survey.isHex(t.charAt(b)) || t.charAt(b) == '-')) {
      b++;
    }
    for (int k = a; k + 36 <= b; k++) {
      if (k + 36 > s && k < e && uuidAt(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** A UUID (8-4-4-4-12 hex digits) starts at {@code k}; its dashes make no encoding decode it. */
  static boolean uuidAt(String t, int k) {
    for (int i = 0; i < 36; i++) {
      char c = t.charAt(k + i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !Survey.isHex(c)) {
        return false;
      }
    }
    return true;
  }

  /** Word runs that hold twelve consecutive BIP39 words. */
  static Spans seedWordRuns(char[] t, Spans runs) {
    Spans out = new Spans();
    for (int i = 0; i < runs.count(); i++) {
      if (seedWords(t, runs.start(i), runs.end(i), Bip39.PLAIN)) {
        out.add(runs.start(i), runs.end(i));
      }
    }
    return out;
  }

  /**
   * Twelve consecutive BIP39 words in [from, to) of {@code c}, each word (a run of 'a'..'z') read
   * as {@code form} ({@link Bip39#PLAIN}, {@link Bip39#ROT13} or {@link Bip39#REVERSED}: a text
   * read backwards has the same runs, in the other order, and twelve in a row either way).
   */
  static boolean seedWords(char[] c, int from, int to, int form) {
    int run = 0;
    int i = from;
    while (i < to) {
      char ch = c[i];
      if (ch >= 'a' && ch <= 'z') {
        int j = i + 1;
        while (j < to && c[j] >= 'a' && c[j] <= 'z') {
          j++;
        }
        run = Bip39.indexOf(c, i, j - i, form) >= 0 ? run + 1 : 0;
        if (run >= 12) {
          return true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return false;
  }

  /**
   * After a keyword at {@code e}: its line ends with ':' (or "below", "below.") within 120
   * characters, and the next line
   * (past at most two blank lines and a code fence's opening line) holds one value of 12 to 200
   * characters and nothing else but quotes or backquotes around it. Returns the end of the
   * value's line, or -1. "Here is the production API key you asked for:" then the key alone, a
   * chat answer's most common way to hand one over. {@code nextNewline} is the memo of
   * {@link #nextIndexOf}: a line dense in keywords is searched for its end once.
   */
  static int valueBelow(String t, int e, int[] nextNewline) {
    int n = t.length();
    int eol = nextIndexOf(t, '\n', e, nextNewline, 0);
    if (eol >= n || eol - e > 120) {
      return -1;
    }
    int k = eol;
    while (k > e && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\t' || t.charAt(k - 1) == '\r')) {
      k--;
    }
    boolean below = k - e >= 5 && t.regionMatches(true, k - 5, "below", 0, 5)
        || k - e >= 6 && ".!".indexOf(t.charAt(k - 1)) >= 0 && t.regionMatches(true, k - 6, "below", 0, 5);
    if (k == e || t.charAt(k - 1) != ':' && !below) {
      return -1;
    }
    int line = eol + 1;
    for (int blank = 0; blank < 3 && line < n; blank++) {
      int le = lineEnd(t, line);
      if (!t.substring(line, le).isBlank()) {
        break;
      }
      line = le + 1;
    }
    if (t.startsWith("```", skipSpaces(t, line, 8)) || t.startsWith("~~~", skipSpaces(t, line, 8))) {
      line = lineEnd(t, line) + 1;
    }
    if (line >= n) {
      return -1;
    }
    int le = lineEnd(t, line);
    int a = line;
    while (a < le && (t.charAt(a) == ' ' || t.charAt(a) == '\t' || "`\"'".indexOf(t.charAt(a)) >= 0)) {
      a++;
    }
    int b = le;
    while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || "`\"'".indexOf(t.charAt(b - 1)) >= 0)) {
      b--;
    }
    if (b - a < 12 || b - a > 200) {
      return -1;
    }
    for (int i = a; i < b; i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return -1;
      }
    }
    return le;
  }

  /**
   * Before a keyword at {@code s}: "is" or "was", then "your", "the", "our" or "my", then at most
   * two more words ("is your new", "was the production"), and before "is" a run of 16 or more
   * characters without spaces (maybe quoted): "`Xq7v...` is your new API key". Returns where to
   * start reading (80 characters before the verb, at most back to the line start), or -1.
   */
  static int valueBefore(String t, int s) {
    // Words back from the keyword: at most two adjectives, a determiner, then the verb.
    int i = s;
    boolean determiner = false;
    for (int words = 0; words < 4; words++) {
      int we = i;
      while (we > 0 && t.charAt(we - 1) == ' ') {
        we--;
      }
      int ws = we;
      while (ws > 0 && we - ws < 12 && Character.isLetter(t.charAt(ws - 1))) {
        ws--;
      }
      if (we == i || ws == we) {
        return -1;
      }
      if (wordIn(t, ws, we, VERBS) && determiner) {
        int ve = ws;
        while (ve > 0 && t.charAt(ve - 1) == ' ') {
          ve--;
        }
        int v = ve;
        while (v > 0 && ve - v <= 200 && !Character.isWhitespace(t.charAt(v - 1))) {
          v--;
        }
        if (ve == ws || ve - v < 16) {
          return -1;
        }
        int start = v;
        while (start > 0 && v - start < 80 && t.charAt(start - 1) != '\n') {
          start--;
        }
        return start;
      }
      determiner = wordIn(t, ws, we, DETERMINERS);
      i = ws;
    }
    return -1;
  }

  /** Characters of a trailing comment before a keyword in it, at most ("# prod SSN"). */
  private static final int COMMENT_LEAD = 48;
  /** Length of a quoted value named by a trailing comment: from a national ID to a long key. */
  private static final int MIN_COMMENTED = 6;
  private static final int MAX_COMMENTED = 200;
  /** Length of a bracketed array of char codes named by a trailing comment, at most. */
  private static final int MAX_COMMENTED_ARRAY = 1200;

  /**
   * The keyword at {@code s} stands in a comment that ends a line of code after a quoted value
   * ({@code X = "value"  # SSN}, {@code k = 'value'; // token}, {@code d = [0x7a, ...]; // key}):
   * only words between the comment mark ('#' or "//" after a blank) and the keyword, and before
   * the mark blanks, maybe ';' or ',', and a closing quote, bracket or parenthesis whose opening
   * one is on the same line. Returns the opening and closing positions packed (open << 32 |
   * close), or -1. At most {@link #COMMENT_LEAD} plus
   * {@link #MAX_COMMENTED} characters are read.
   */
  /** Character.isLetterOrDigit, with ASCII answered without the Unicode tables. */
  private static boolean letterOrDigit(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  static long commentedLiteral(char[] c, int s) {
    int i = s;
    while (i > 0 && s - i < COMMENT_LEAD && (letterOrDigit(c[i - 1]) || c[i - 1] == ' '
        || c[i - 1] == '_' || c[i - 1] == '-')) {
      i--;
    }
    int mark;
    if (i > 0 && c[i - 1] == '#') {
      mark = i - 1;
    } else if (i > 1 && c[i - 1] == '/' && c[i - 2] == '/') {
      mark = i - 2;
    } else {
      return -1;
    }
    int q = mark;
    while (q > 0 && mark - q < 8 && (c[q - 1] == ' ' || c[q - 1] == '\t')) {
      q--;
    }
    if (q == mark) {
      return -1; // "#" not after a blank: a URL fragment, a colour, a channel name
    }
    if (q > 0 && (c[q - 1] == ';' || c[q - 1] == ',')) {
      q--;
    }
    if (q == 0) {
      return -1;
    }
    int close = q - 1;
    char opening = switch (c[close]) {
      case '"', '\'', '`' -> c[close];
      case ']' -> '[';
      case ')' -> '(';
      default -> 0;
    };
    if (opening == 0) {
      return -1;
    }
    // An array or a call's arguments ("[0x7a, 0x7a, ...]", "bytes([...])") may be long: a char
    // code array of a long key is some six characters per character.
    int max = opening == c[close] ? MAX_COMMENTED : MAX_COMMENTED_ARRAY;
    int open = close - 1;
    while (open >= 0 && close - open <= max + 1 && c[open] != opening && c[open] != '\n') {
      open--;
    }
    if (open < 0 || c[open] != opening || close - open - 1 < MIN_COMMENTED || close - open - 1 > max) {
      return -1;
    }
    return ((long) open << 32) | close;
  }

  private static final String[] VERBS = {"is", "was"};
  /** Adverbs between a copula and its value ("ist jetzt X"); each starts with one of "njamosc". */
  private static final String[] ADVERBS = {"now ", "jetzt ", "ahora ", "maintenant ", "ora ",
      "agora ", "nu ", "still ", "currently "};
  private static final String[] DETERMINERS = {"your", "the", "our", "my"};

  private static final String[] SENTENCE_COPULAS = {"is", "was", "es", "est", "è", "é", "ist",
      "lautet", "war", "era", "sono", "são"};

  /** First letters of {@link #SENTENCE_COPULAS}, all below 256. */
  private static final boolean[] COPULA_FIRST = new boolean[256];

  static {
    for (String w : SENTENCE_COPULAS) {
      COPULA_FIRST[w.charAt(0)] = true;
    }
  }

  /**
   * The word [s, e) is one of {@link #SENTENCE_COPULAS}: most words fail on their first letter,
   * before the list is walked.
   */
  private static boolean sentenceCopula(String t, int s, int e) {
    char c = t.charAt(s);
    char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    return l < 256 && COPULA_FIRST[l] && wordIn(t, s, e, SENTENCE_COPULAS);
  }

  /** The word [s, e) of t is one of {@code words}, in any case; no allocation. */
  private static boolean wordIn(String t, int s, int e, String[] words) {
    for (String w : words) {
      if (w.length() == e - s && lowerEquals(t, s, w)) {
        return true;
      }
    }
    return false;
  }

  /** t at s reads {@code w} (lower case) in any case; a plain loop, no region-compare call. */
  private static boolean lowerEquals(String t, int s, String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = t.charAt(s + k);
      char l = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      if (l != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * After a keyword ending at {@code e}, on its line and within 120 characters: at most eight
   * words (commas allowed, no other punctuation), a copula of {@link #SENTENCE_COPULAS} (maybe
   * followed by an adverb of {@link #ADVERBS} and a colon), then a run of 12 to 200 characters
   * without spaces. "The webhook signing secret you need is X", "das Passwort geändert, es ist
   * jetzt X", "La contraseña nueva es X". Returns the end of the run, or -1.
   * {@code memo} (see {@link #copulaMemo}) holds where an earlier call stopped without finding a
   * value and where the words it read start: those words were read already, and count against
   * this keyword's eight, so a text dense in keywords ("the secret is the secret is ...") is read
   * once, not once per keyword.
   */
  static int copulaValue(String t, int e, int[] memo) {
    int n = t.length();
    int limit = Math.min(n, e + 120);
    if (e >= limit || memo[M_LONG] <= e && e < memo[M_LONG + 1] && memo[M_LONG + 1] >= limit) {
      return -1; // inside a word that runs past the limit: no sentence goes on from here
    }
    int i = e;
    int kept = 0;
    if (memo[M_STOP] > e) {
      if (memo[M_HARD] == 1) {
        return -1; // the sentence breaks at memo[M_STOP], before any copula with a value
      }
      // Keep the starts of the words already read after e: this keyword's budget is spent on them.
      for (int k = 0; k < memo[M_COUNT]; k++) {
        if (memo[M_STARTS + k] >= e) {
          memo[M_STARTS + kept++] = memo[M_STARTS + k];
        }
      }
      i = memo[M_STOP];
    }
    memo[M_COUNT] = kept;
    if (kept >= COPULA_WORDS || i >= limit) {
      return -1;
    }
    int result = copulaFrom(t, i, limit, memo);
    if (result < 0) {
      memo[M_STOP] = -result - 1; // read up to there without a value: go on there next time
      return -1;
    }
    memo[M_STOP] = -1; // found: the next keyword reads afresh
    memo[M_COUNT] = 0;
    return result;
  }

  /** Words read after a keyword for a copula and its value. */
  private static final int COPULA_WORDS = 8;
  // The memo of copulaValue: where reading stopped, whether a read from there fails at once, the
  // starts of the words read before it, and a word found to run past the limit ([start, end)).
  private static final int M_STOP = 0;
  private static final int M_HARD = 1;
  private static final int M_LONG = 2;
  private static final int M_COUNT = 4;
  private static final int M_STARTS = 5;

  /** A fresh memo for {@link #copulaValue}. */
  static int[] copulaMemo() {
    int[] memo = new int[M_STARTS + COPULA_WORDS];
    memo[M_STOP] = -1;
    memo[M_LONG] = -1;
    memo[M_LONG + 1] = -1;
    return memo;
  }

  /** Longest code span read as one word of a sentence. */
  static final int MAX_CODE_WORD = 40;

  /**
   * After the backquoted span opening at {@code at} (1 to 40 characters, no line break), or -1.
   */
  private static int codeSpanEnd(String t, int at, int limit) {
    for (int k = at + 1; k - at <= MAX_CODE_WORD + 1; k++) {
      if (k >= limit) {
        return k < t.length() ? CUT : -1;
      }
      char c = t.charAt(k);
      if (c == '`') {
        return k > at + 1 ? k + 1 : -1;
      }
      if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** {@link #codeSpanEnd}: the span may go on past the limit. */
  private static final int CUT = -2;

  /** A character of a word of a sentence: a letter, a digit, an apostrophe, '-' or '_'. */
  private static boolean copulaWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '_';
  }

  /**
   * The value's end, or -(p + 1) where p is where reading stopped. Reads the words left of the
   * budget and appends each word's start to {@code memo}. A stop at punctuation or a line end is
   * hard: every keyword before it stops there too. A word cut by the limit is not read: p is its
   * start, where a later keyword's read (with a later limit) goes on.
   */
  private static int copulaFrom(String t, int from, int limit, int[] memo) {
    int n = t.length();
    int i = from;
    memo[M_HARD] = 0;
    while (memo[M_COUNT] < COPULA_WORDS && i < limit) {
      while (i < limit && (t.charAt(i) == ' ' || t.charAt(i) == ',')) {
        i++;
      }
      if (i >= limit) {
        break;
      }
      int ws = i;
      int code = t.charAt(i) == '`' ? codeSpanEnd(t, i, limit) : -1;
      if (code == CUT) {
        return -(ws + 1);
      }
      if (code > 0) {
        // A file or name in backquotes is one word: "the password from `.env.production` is X".
        i = code;
        if (i >= limit) {
          return -(ws + 1);
        }
        memo[M_STARTS + memo[M_COUNT]++] = ws;
        if (t.charAt(i) != ' ' && t.charAt(i) != ',') {
          memo[M_HARD] = 1;
          return -(i + 1);
        }
        continue;
      }
      while (i < limit && copulaWordChar(t.charAt(i))) {
        i++;
      }
      if (i >= limit) {
        // Cut by the limit: how far the word really runs is noted once, so that keywords inside
        // a long run of word characters cost nothing.
        int end = i;
        while (end < n && copulaWordChar(t.charAt(end))) {
          end++;
        }
        memo[M_LONG] = ws;
        memo[M_LONG + 1] = end;
        return -(ws + 1);
      }
      memo[M_STARTS + memo[M_COUNT]++] = ws;
      if (i == ws || t.charAt(i) != ' ' && t.charAt(i) != ',') {
        memo[M_HARD] = 1;
        return -(i + 1);
      }
      if (i - ws > 6 || !sentenceCopula(t, ws, i)) {
        continue;
      }
      int v = skipSpaces(t, i, 3);
      char first = v < n ? Character.toLowerCase(t.charAt(v)) : ' ';
      for (int k = 0; k < ADVERBS.length && "njamosc".indexOf(first) >= 0; k++) {
        if (t.regionMatches(true, v, ADVERBS[k], 0, ADVERBS[k].length())) {
          v = skipSpaces(t, v + ADVERBS[k].length(), 3);
          break;
        }
      }
      if (v < n && t.charAt(v) == ':') {
        v = skipSpaces(t, v + 1, 3);
      }
      int ve = v;
      while (ve < n && ve - v <= 200 && !Character.isWhitespace(t.charAt(ve))) {
        ve++;
      }
      if (ve - v >= 12) {
        return ve;
      }
      // "es" may be a pronoun before the copula ("geändert, es ist jetzt X"): read on.
    }
    return -(i + 1);
  }

  /**
   * After a keyword ending at {@code e}: at most 60 characters of prose on its line (none of
   * ':', '=', quotes, backquotes, brackets or '$'), a colon, spaces, maybe a quote, then 16 or
   * more value characters. "here's the Datadog API key from the vault entry: `0b4c...`". Returns
   * the end of the value plus its closing quote, or -1.
   */
  static int colonValue(String t, int e) {
    return colonValue(t, e, new int[] {-1});
  }

  /** As above; {@code nextColon} is the memo of {@link #nextIndexOf}. */
  static int colonValue(String t, int e, int[] nextColon) {
    int n = t.length();
    if (nextIndexOf(t, ':', e, nextColon, 0) - e > 60) {
      return -1;
    }
    int i = e;
    while (i < n && i - e <= 60) {
      char c = t.charAt(i);
      if (c == ':') {
        break;
      }
      // An apostrophe between letters is an elision (l'ancien, dell'app), not a quote.
      boolean elision = c == '\'' && i > e && i + 1 < n && Character.isLetter(t.charAt(i - 1))
          && Character.isLetter(t.charAt(i + 1));
      if (c == '\n' || c == '=' || c == '`' || c == '"' || c == '\'' && !elision || c == '<' || c == '>'
          || c == '{' || c == '}' || c == '$') {
        return -1;
      }
      i++;
    }
    if (i >= n || t.charAt(i) != ':' || i == e) {
      return -1;
    }
    int v = skipSpaces(t, i + 1, 4);
    if (v < n && (t.charAt(v) == '`' || t.charAt(v) == '"' || t.charAt(v) == '\'')) {
      v++;
    }
    int ve = v;
    while (ve < n && ve - v <= 128 && valueChar(t.charAt(ve))) {
      ve++;
    }
    return ve - v >= 16 ? Math.min(n, ve + 2) : -1;
  }

  /**
   * A command starts at {@code s}: at a line start (after indentation), or after a shell prompt's
   * last character ($ # > %) and a space, or after | ; & ( or a backquote. "$ cat .secrets/key",
   * "ubuntu@host:~/app$ cat x", "PS C:\\app> Get-Content x", not "concat x" or "the cat sat".
   */
  static boolean commandStart(String t, int s) {
    int i = s;
    while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    char c = t.charAt(i - 1);
    return c == '\n' || c == '|' || c == ';' || c == '&' || c == '(' || c == '`'
        || (i < s && (c == '$' || c == '#' || c == '>' || c == '%'));
  }

  /**
   * The next {@code c} at or after {@code from} (the text's length when there is none), kept in
   * {@code memo[slot]} (-1 before the first call): keyword hits come in text order, so a text
   * dense in them is searched once, not once per hit.
   */
  static int nextIndexOf(String t, char c, int from, int[] memo, int slot) {
    if (memo[slot] < from) {
      int at = t.indexOf(c, from);
      memo[slot] = at < 0 ? t.length() : at;
    }
    return memo[slot];
  }

  private static int lineEnd(String t, int from) {
    int le = t.indexOf('\n', from);
    return le < 0 ? t.length() : le;
  }

  /** An env-style assignment: NAME= with an upper-case name right before the '='. */
  static boolean envName(String t, int valueStart) {
    int i = valueStart - 1;
    if (i >= 0 && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
      i--;
    }
    while (i >= 0 && t.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || t.charAt(i) != '=') {
      return false;
    }
    i--;
    while (i >= 0 && t.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)) || t.charAt(i) == '_');
  }
}
