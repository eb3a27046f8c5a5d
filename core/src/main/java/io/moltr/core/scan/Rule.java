package io.moltr.core.scan;

import com.google.re2j.Pattern;
import io.moltr.core.Severity;
import java.util.List;

/**
 * One detection rule, read from scan_patterns.yaml. The pipeline is: keyword or anchor selects a
 * window, the RE2/J regex finds a candidate, then entropy, shape, stopwords, allowlist and the
 * checksum decide.
 */
record Rule(
    int index,
    String id,
    String name,
    String type,
    Severity severity,
    Pattern regex,
    int secretGroup,
    List<String> keywords,
    List<String> prefixes,
    Anchor anchor,
    int minLength,
    int maxLength,
    double entropy,
    int minClasses,
    int minSecretLength,
    List<Pattern> allowlist,
    List<String> stopwords,
    Validation validation,
    boolean validationRequired,
    double confidence,
    int before,
    int after,
    boolean rejoin,
    boolean generic,
    Precheck precheck,
    boolean wordNamesAreCode,
    /**
     * The value's own shape, matched against the whole of what a decoding yields (trimmed), or
     * null: an encoded value that decodes to exactly one checked national ID needs no label.
     */
    Pattern lone,
    /**
     * For anchor digits: how many digits a match holds (0 and 64 when not said). A digit run with
     * no stretch of that many digits, or with validate luhn none that passes Luhn, is not read.
     */
    int minDigits,
    int maxDigits) {

  /** A cheap test at a keyword hit that must pass before the (costly) regex runs at all. */
  enum Precheck {
    NONE,
    /** An assignment follows the keyword: name, ':' or '=' (or "is"), then a value. */
    ASSIGNMENT,
    /** A URL's user:password@ follows "://" before any space or slash. */
    USERINFO,
    /** The word run holds twelve consecutive BIP39 words (also rotated or reversed). */
    BIP39_WORDS,
    /** A PEM header is followed by at least 40 base64 characters of key body. */
    PEM_BODY,
    /**
     * The '@' keyword ends an address's local part and starts a host name with a dot and a
     * top-level domain of letters, followed at once by ':' and a value (user@example.org:pw).
     */
    MAIL_HOST,
    /** The keyword names a secret column in a header line of cells (CSV, TSV, markdown). */
    TABLE_HEADER,
    /**
     * The keyword's line ends with ':' and the next line (after at most two blank lines and a
     * code fence) holds one value alone: "Here is the production API key:" then the key.
     */
    VALUE_BELOW,
    /**
     * Before the keyword: "is your", "was the" and at most two words more ("`X` is your new
     * API key"), and a value before that.
     */
    VALUE_BEFORE,
    /**
     * After the keyword, on its line: at most six words, a copula ("is", "ist jetzt", "es",
     * "est", "è", "é", "lautet") and a value of 12 characters or more.
     */
    COPULA_VALUE,
    /**
     * After the keyword, on its line: at most 60 characters of prose (no ':', '=', quote,
     * bracket or '$'), a colon, and a value of 16 characters or more.
     */
    COLON_VALUE,
    /** The keyword starts a command: at a line start, after a prompt ($ # > %) or | ; & ( `. */
    COMMAND,
    /** The keyword is in a name between "set " and " to ": "I've set STRIPE_SECRET to ...". */
    SET_TO,
    /**
     * The keyword is in a name that starts its line, and two or more spaces set off one value
     * that ends it: a row of a two-column key/value table.
     */
    ALIGNED_ROW
  }

  /** How a rule without keywords finds the places worth running its regex. */
  enum Anchor {
    /** Keywords or prefixes select windows. */
    KEYWORDS,
    /** Runs of 12 or more digits (cards, IBANs). */
    DIGITS,
    /** Long runs of token characters. */
    TOKEN,
    /** Token runs right after '=' or ':' (env lines, config values). */
    ASSIGNED,
    /** Runs of twelve or more short lower-case words (seed phrases). */
    WORDS,
    /** The whole text: custom rules without keywords. */
    TEXT
  }
}
