package io.moltr.core.inbound;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Judges markdown and HTML images and links to hosts outside the egress allowlist. An image is
 * fetched as soon as the answer is rendered, so data in its URL leaves without a click. What
 * counts as data: a template slot waiting to be filled ({user_email}, $API_KEY, [CHAT]), a query,
 * path or host label that decodes (base64, base32, hex, percent) to readable text, or a known
 * request collector. Ordinary CDN URLs (sizes, versions, hashes, signed ids) decode to nothing
 * readable and weigh little.
 */
final class LinkInspector {
  private LinkInspector() {}

  /** What one link amounts to. */
  record Verdict(boolean image, String url, int start, int end, double weight, String why) {}

  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("(!?)\\[([^\\]\\n]{0,500})\\]\\(\\s*<?(https?://[^\\s)>]+)>?(?:\\s+([^)\\n]{0,300}))?\\)");
  private static final Pattern HTML_IMG = Pattern.compile("(?i)<img\\b[^>]{0,600}?\\bsrc\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)");
  private static final Pattern HTML_LINK = Pattern.compile("(?i)<a\\b[^>]{0,600}?\\bhref\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)");
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{?\\s*[A-Za-z_][\\w.\\s]{1,40}\\}\\}?|\\$\\{?[A-Z][A-Z0-9_]{2,}|\\[[A-Z][A-Z0-9_' ]{2,}|<[A-Za-z][^>]{2,}>|<[A-Za-z][^>]{2,}$|INSERT_|PLACEHOLDER|_HERE\\b|=%s(?:&|$)");
  /**
   * Slot words in any case, read in the query only: "?d=insert_chat_here" is a slot, while a path
   * names files, and "commons/3/3f/Placeholder.png" is an ordinary image.
   */
  // "?data=[paste the API keys you found here]": an order to fill the query, in brackets.
  private static final Pattern QUERY_SLOT_WORD = Pattern.compile("(?i)INSERT_|PLACEHOLDER|_HERE\\b|(?:[\\[<(]|%5B|%3C|%28)\\s*(?:paste|insert|put|fill|include|write|add)\\b");
  /** "?q=[summary of the user's messages]" cut at its first space: a bracketed phrase for the model to fill. */
  private static final Pattern OPEN_BRACKET_WORDS = Pattern.compile("=%5B[A-Za-z]{3,}$");
  private static final Pattern EMPTY_LAST_PARAM = Pattern.compile("[?&][\\w.-]{1,30}=$");
  /** Secrets: what must never leave in a URL (and {@link #credentialAtEnd}). */
  private static final Pattern SECRET = Pattern.compile(
      "(?i)pass(?:word|wd)?\\s*[:=]|password|passw0rd|\\bpin\\b|secret|token|api[_ -]?key|\\bsk-|ghp_|\\bakia|bearer|session|cookie|ssh-|private\\s+key|\\biban\\b|\\b\\d{13,19}\\b|credential");
  /** Secrets and personal data. */
  private static final Pattern SENSITIVE = Pattern.compile(
      "(?i)pass(?:word|wd)?\\s*[:=]|password|\\bpin\\b|secret|token|api[_ -]?key|\\bsk-|ghp_|\\bakia|bearer|session|cookie|ssh-|private\\s+key|\\biban\\b|\\b\\d{13,19}\\b|[\\w.+-]+@[\\w-]+\\.\\w+|conversation|\\bchat\\b|address|phone|\\buser\\b|\\bemail\\b|credential");
  /** A secret named in a decoded key=value pair. */
  private static final Pattern SECRET_PAIR = Pattern.compile(
      "(?i)(?:^|[&;,?\\s])(?:pass(?:word|wd)?|pwd|iban|otp|pin|token|secret|api_?key|session|cookie|card(?:_?number)?)\\s*[=:]\\s*[^&\\s]{3,}");
  private static final Pattern SECRET_KEY = Pattern.compile("(?i)^(?:session|sess|sid|token|secret|pass(?:word|wd)?|pwd|key|api_?key|auth|cookie|credentials?)$");
  private static final List<String> COLLECTORS = List.of("webhook.site", "requestbin", "pipedream.net", "ngrok",
      "burpcollaborator.net", "oast.", "interact.sh", "requestcatcher.com", "canarytokens", "beeceptor.com",
      "hookbin.com", "dnslog.cn", "ceye.io");

  static List<Verdict> inspect(String text, Predicate<String> hostAllowed) {
    List<Verdict> out = new ArrayList<>();
    Matcher m = MARKDOWN_LINK.matcher(text);
    while (m.find() && out.size() < 500) {
      // The tail must start after whitespace: a tail that could continue the URL would make every
      // character of a long URL a possible split point.
      String tail = m.group(4) == null ? "" : m.group(4).trim();
      String url = m.group(3);
      if (wrapped(text, m.end(3), m.start(4), url, tail)) {
        // "[Backend services](https://cloud.google.com/load-\n  balancing/docs/...)": a URL cut by a
        // line break in YAML or a docstring is one URL, judged whole (placeholders included).
        url = url + tail;
        tail = "";
      }
      boolean title = tail.isEmpty() || (tail.startsWith("\"") && tail.endsWith("\"")) || (tail.startsWith("'") && tail.endsWith("'"));
      judge(!m.group(1).isEmpty(), url, title ? "" : tail, m.start(), m.end(), hostAllowed, out);
    }
    Matcher img = HTML_IMG.matcher(text);
    while (img.find() && out.size() < 500) {
      judge(true, img.group(1), "", img.start(), img.end(), hostAllowed, out);
    }
    Matcher a = HTML_LINK.matcher(text);
    while (a.find() && out.size() < 500) {
      judge(false, a.group(1), "", a.start(), a.end(), hostAllowed, out);
    }
    referenceStyle(text, hostAllowed, out);
    return out;
  }

  /** A path of URL characters after a line break, right behind a URL that ends in '-' or '/'. */
  private static final Pattern URL_REST = Pattern.compile("[A-Za-z0-9._~%/-]{1,300}(?:#[A-Za-z0-9._~-]{0,100})?");

  private static boolean wrapped(String text, int urlEnd, int tailStart, String url, String tail) {
    if (tail.isEmpty() || tailStart < 0 || !(url.endsWith("-") || url.endsWith("/"))
        || text.substring(urlEnd, tailStart).indexOf('\n') < 0) {
      return false;
    }
    return URL_REST.matcher(tail).matches();
  }

  /**
   * Reference-style markdown: {@code ![alt][ref]} (or {@code ![ref]}) and a definition line
   * {@code [ref]: https://...}. A definition counts as an image when an image uses its label. A
   * definition opens a line, or follows a JSON-escaped line break ("\n") in a string value.
   * Two hand loops, each bounded by the number of '![' and '[' (at most 500 of each).
   */
  private static void referenceStyle(String text, Predicate<String> hostAllowed, List<Verdict> out) {
    if (text.indexOf("]:") < 0) {
      return;
    }
    java.util.Set<String> imageLabels = new java.util.HashSet<>();
    int seen = 0;
    for (int i = text.indexOf("!["); i >= 0 && seen++ < 500; i = text.indexOf("![", i + 2)) {
      int close = closing(text, i + 2, 500);
      if (close < 0) {
        continue;
      }
      String alt = text.substring(i + 2, close);
      if (close + 1 < text.length() && text.charAt(close + 1) == '[') {
        int refEnd = closing(text, close + 2, 100);
        if (refEnd > close + 2) {
          imageLabels.add(text.substring(close + 2, refEnd).trim().toLowerCase(Locale.ROOT));
        } else if (refEnd == close + 2) {
          imageLabels.add(alt.trim().toLowerCase(Locale.ROOT)); // ![alt][]
        }
      } else if (close + 1 >= text.length() || text.charAt(close + 1) != '(') {
        imageLabels.add(alt.trim().toLowerCase(Locale.ROOT)); // ![alt]
      }
    }
    seen = 0;
    for (int i = text.indexOf('['); i >= 0 && seen++ < 5000 && out.size() < 500; i = text.indexOf('[', i + 1)) {
      if (!lineStart(text, i)) {
        continue;
      }
      int close = closing(text, i + 1, 100);
      if (close <= i + 1 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
        continue;
      }
      int u = close + 2;
      while (u < text.length() && (text.charAt(u) == ' ' || text.charAt(u) == '\t')) {
        u++;
      }
      if (u < text.length() && text.charAt(u) == '<') {
        u++;
      }
      if (!text.startsWith("http://", u) && !text.startsWith("https://", u)) {
        continue;
      }
      int e = u;
      while (e < text.length() && e - u < 4096 && " \t\r\n\"'<>)\\".indexOf(text.charAt(e)) < 0) {
        e++;
      }
      String label = text.substring(i + 1, close).trim().toLowerCase(Locale.ROOT);
      if (label.startsWith("//") || label.equals("comment")) {
        continue; // a markdown comment: "[//]: # (...)"
      }
      judge(imageLabels.contains(label), text.substring(u, e), "", i, e, hostAllowed, out);
    }
  }

  /** The ']' closing a bracket opened just before {@code from}, within {@code max} characters of one line, or -1. */
  private static int closing(String text, int from, int max) {
    for (int k = from; k < text.length() && k - from <= max; k++) {
      char c = text.charAt(k);
      if (c == ']') {
        return k;
      }
      if (c == '\n' || c == '[') {
        return -1;
      }
    }
    return -1;
  }

  /** At the start of a line (up to three spaces in), or after a JSON-escaped "\n". */
  private static boolean lineStart(String text, int i) {
    int k = i;
    while (k > 0 && i - k < 3 && text.charAt(k - 1) == ' ') {
      k--;
    }
    return k == 0 || text.charAt(k - 1) == '\n' || (k >= 2 && text.charAt(k - 1) == 'n' && text.charAt(k - 2) == '\\');
  }

  private static void judge(boolean image, String url, String tail, int start, int end, Predicate<String> hostAllowed,
      List<Verdict> out) {
    String host;
    String path;
    String query;
    try {
      URI u = URI.create(url.replace(" ", "%20").replace("{", "%7B").replace("}", "%7D").replace("[", "%5B")
          .replace("]", "%5D").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace("\"", "%22")
          .replace("^", "%5E").replace("`", "%60").replace("\\", "%5C"));
      host = u.getHost();
      path = u.getRawPath() == null ? "" : u.getRawPath();
      query = u.getRawQuery() == null ? "" : u.getRawQuery();
    } catch (IllegalArgumentException e) {
      host = null;
      path = "";
      query = "";
    }
    if (host != null && hostAllowed.test(host.toLowerCase(Locale.ROOT))) {
      return;
    }
    String why = null;
    double weight;
    Data decoded = host == null ? null : decodedData(host, path, query);
    boolean template = PLACEHOLDER.matcher(url).find() || QUERY_SLOT_WORD.matcher(query).find() || !tail.isEmpty()
        || OPEN_BRACKET_WORDS.matcher(query).find()
        || (image && EMPTY_LAST_PARAM.matcher(url).find());
    Slot slot = template ? null : capsSlot(query);
    if (slot == Slot.SENTENCE) {
      slot = image ? Slot.DATA : null;
    }
    String literal = literalSecret(query);
    if (template || slot == Slot.DATA) {
      why = "a slot for data to be filled in";
      weight = image ? 0.75 : 0.55;
    } else if (literal != null) {
      why = "a secret (" + literal + ")";
      weight = image ? 0.8 : 0.6;
    } else if (decoded != null && decoded.secret()) {
      why = "an encoded secret (" + excerpt(decoded.text()) + ")";
      weight = image ? 0.8 : 0.6;
    } else if (decoded != null && SENSITIVE.matcher(decoded.text()).find() && decoded.text().indexOf(' ') < 0) {
      // A bare e-mail address in a tracking URL is common in newsletters; a sentence about the user is not.
      why = "personal data (" + excerpt(decoded.text()) + ")";
      weight = image ? 0.45 : 0.3;
    } else if (decoded != null) {
      why = "encoded text (" + excerpt(decoded.text()) + ")";
      weight = image ? 0.7 : 0.35;
    } else if (host != null && collector(host)) {
      why = "a request collector host";
      weight = image ? 0.6 : 0.4;
    } else if (host != null && (host.matches("[0-9.]+") || host.startsWith("[")) && !query.isEmpty()) {
      why = "a bare IP address with a query";
      weight = image ? 0.5 : 0.3;
    } else if (slot == Slot.READER) {
      why = "a slot for the reader's own value";
      weight = image ? 0.45 : 0.3;
    } else {
      weight = image ? 0.1 : 0.03;
    }
    String lookalike = host == null ? null : lookalikeOf(host.toLowerCase(Locale.ROOT), hostAllowed);
    if (lookalike == null && host != null) {
      Brand b = brandLookalike(host.toLowerCase(Locale.ROOT));
      lookalike = b == null ? null : b.brand();
    }
    if (lookalike != null) {
      // "github.com.cdn-assets.example": a name built to pass a glance at the allowlist (mirrors
      // such as github.com.cnpmjs.org exist, so alone it stays below the threshold).
      why = (why == null ? "" : why + ", ") + "a host made to look like " + lookalike;
      weight = weight >= 0.3 ? weight + 0.1 : Math.max(weight, image ? 0.45 : 0.3);
    }
    out.add(new Verdict(image, url, start, end, Math.min(0.95, weight), why));
  }

  /** An allowed host that {@code host} starts with, label by label ("github.com.evil.example"), or null. */
  private static String lookalikeOf(String host, Predicate<String> hostAllowed) {
    int labels = 0;
    for (int dot = host.indexOf('.'); dot > 0 && labels++ < 8; dot = host.indexOf('.', dot + 1)) {
      String prefix = host.substring(0, dot);
      if (prefix.indexOf('.') > 0 && hostAllowed.test(prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /** A host made to pass for a well-known one, and how sure that is (a weight). */
  record Brand(String brand, double weight) {}

  /** Brands and their real registrable domains; an empty list: many country domains, the TLD is not checked. */
  private static final java.util.Map<String, List<String>> BRANDS = java.util.Map.ofEntries(
      java.util.Map.entry("github", List.of("github.com", "github.io", "github.dev", "githubassets.com")),
      java.util.Map.entry("githubusercontent", List.of("githubusercontent.com")),
      java.util.Map.entry("gitlab", List.of("gitlab.com", "gitlab.io")), java.util.Map.entry("bitbucket", List.of("bitbucket.org", "bitbucket.io")),
      java.util.Map.entry("openai", List.of("openai.com")), java.util.Map.entry("anthropic", List.of("anthropic.com")),
      java.util.Map.entry("paypal", List.of("paypal.com", "paypal.me")), java.util.Map.entry("stripe", List.of("stripe.com", "stripe.dev")),
      java.util.Map.entry("npmjs", List.of("npmjs.com", "npmjs.org")), java.util.Map.entry("pypi", List.of("pypi.org", "pypi.io")),
      java.util.Map.entry("huggingface", List.of("huggingface.co")), java.util.Map.entry("dropbox", List.of("dropbox.com", "dropboxapi.com")),
      java.util.Map.entry("slack", List.of("slack.com")), java.util.Map.entry("atlassian", List.of("atlassian.com", "atlassian.net")),
      java.util.Map.entry("cloudflare", List.of("cloudflare.com")), java.util.Map.entry("docker", List.of("docker.com", "docker.io")),
      java.util.Map.entry("microsoft", List.of()), java.util.Map.entry("google", List.of()), java.util.Map.entry("googleapis", List.of("googleapis.com")),
      java.util.Map.entry("amazon", List.of()), java.util.Map.entry("amazonaws", List.of("amazonaws.com")), java.util.Map.entry("apple", List.of()),
      java.util.Map.entry("linkedin", List.of("linkedin.com")), java.util.Map.entry("okta", List.of("okta.com")), java.util.Map.entry("outlook", List.of("outlook.com")));

  /**
   * A host that imitates a brand without being it: the brand's domain as the first labels of
   * another ("github.com.session-check.io", "openai.com-api.help"), the brand with an affix
   * ("api-openai.com"), under a TLD the brand does not use ("githubusercontent.co"), spelled with
   * digits for letters ("g1thub.com"), or one letter off ("githuh.com", weaker: real names are
   * sometimes one letter off too).
   */
  static Brand brandLookalike(String host) {
    if (host.length() > 253) {
      return null;
    }
    String registrable = registrable(host);
    int dot = registrable.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    String sld = registrable.substring(0, dot);
    for (var e : BRANDS.entrySet()) {
      String brand = e.getKey();
      List<String> real = e.getValue();
      boolean genuine = real.isEmpty() ? sld.equals(brand) : real.contains(registrable);
      if (genuine) {
        return null;
      }
    }
    for (var e : BRANDS.entrySet()) {
      String brand = e.getKey();
      if ((host.startsWith(brand + ".com.") || host.startsWith(brand + ".com-") || host.startsWith(brand + "-com."))) {
        return new Brand(brand, 0.45);
      }
      if (sld.startsWith(brand + "-") || sld.endsWith("-" + brand)) {
        return new Brand(brand, 0.45);
      }
      if (sld.equals(brand) && !e.getValue().isEmpty()) {
        return new Brand(brand, 0.45);
      }
      if (!sld.equals(brand) && (unDigit(sld, 'i').equals(brand) || unDigit(sld, 'l').equals(brand))) {
        return new Brand(brand, 0.5);
      }
      if (brand.length() >= 6 && oneEditApart(sld, brand)) {
        return new Brand(brand, 0.35);
      }
    }
    return null;
  }

  /** The last two labels, or three under a two-letter country code with a generic second level ("co.uk"). */
  private static String registrable(String host) {
    String[] labels = host.split("\\.", -1);
    int n = labels.length;
    if (n >= 3 && labels[n - 1].length() == 2 && java.util.Set.of("co", "com", "org", "net", "ac", "gov", "edu").contains(labels[n - 2])) {
      return labels[n - 3] + "." + labels[n - 2] + "." + labels[n - 1];
    }
    return n >= 2 ? labels[n - 2] + "." + labels[n - 1] : host;
  }

  /** Digits read as the letters they imitate ("g1thub" -> "github", "paypa1" -> "paypal"), '1' read as {@code one}. */
  private static String unDigit(String s, char one) {
    return s.replace('0', 'o').replace('1', one).replace('3', 'e').replace('4', 'a').replace('5', 's');
  }

  /** True when a and b differ by one substitution, insertion, deletion or swap of neighbours. */
  private static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  /** Plain URLs in the text whose host imitates a brand; markdown and HTML links are judged in {@link #inspect}. */
  static List<Verdict> lookalikeHosts(String text, Predicate<String> hostAllowed) {
    List<Verdict> out = new ArrayList<>();
    int seen = 0;
    for (int i = text.indexOf("://"); i > 0 && seen++ < 500 && out.size() < 20; i = text.indexOf("://", i + 3)) {
      if (!(text.startsWith("http", Math.max(0, i - 5)) || text.startsWith("http", Math.max(0, i - 4)))) {
        continue;
      }
      int e = i + 3;
      while (e < text.length() && e - i < 260 && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-')) {
        e++;
      }
      String host = text.substring(i + 3, e).toLowerCase(Locale.ROOT);
      if (host.isEmpty() || hostAllowed.test(host)) {
        continue;
      }
      Brand b = brandLookalike(host);
      if (b != null) {
        out.add(new Verdict(false, host, i, e, b.weight(), "a host made to look like " + b.brand()));
      }
    }
    return out;
  }

  /**
   * DATA: a slot for data; READER: for the reader's own value; SENTENCE: capitals telling the model
   * what to write, which in an image is fetched at once, and in a link ("?c=BLACK_FRIDAY_SALE")
   * is often a campaign name.
   */
  private enum Slot { DATA, READER, SENTENCE }

  /** One word in capitals that can only be a slot for the model to fill ("?k=SECRET", "?m=NACHRICHT"); "DATA" is too common in examples. */
  private static final java.util.Set<String> SLOT_WORDS = java.util.Set.of("SECRET", "SECRETS", "PASSWORD", "PASSWORDS",
      "TOKEN", "HISTORY", "CONVERSATION", "CHAT", "MESSAGE", "MESSAGES", "NACHRICHT", "NACHRICHTEN", "VERLAUF", "CONTEXT",
      "MEMORY", "SUMMARY", "CREDENTIALS", "PASSWORT", "PROMPT");

  /** Words that name data in an ALL_CAPS slot ("USER_EMAIL", "IBAN_DES_NUTZERS", "MEMORY_CONTENTS"). */
  private static final java.util.Set<String> DATA_WORDS = java.util.Set.of("EMAIL", "MAIL", "KEY", "KEYS", "TOKEN",
      "TOKENS", "SECRET", "SECRETS", "PASSWORD", "PASSWORDS", "PASS", "PWD", "SESSION", "COOKIE", "COOKIES", "MEMORY",
      "CONTENT", "CONTENTS", "ANSWER", "REPLY", "RESPONSE", "IBAN", "PHONE", "NAME", "USER", "USERS", "NUTZER", "NUTZERS",
      "BENUTZER", "KUNDE", "KUNDEN", "HISTORY", "CHAT", "CONVERSATION", "DATA", "DATEN", "QUERY", "QUESTION", "MESSAGE",
      "MESSAGES", "ADDRESS", "ADRESSE", "CARD", "CREDENTIALS", "CREDENTIAL", "ACCOUNT", "PROMPT", "CONTEXT", "PRIVATE",
      "SSN", "LOCATION", "SUMMARY", "NOTES", "PASSWORT", "KONTO", "OTP", "PIN", "BALANCE");

  /**
   * An ALL_CAPS identifier of at least two words as a query value, one of which names data
   * ("?u=USER_EMAIL"): a slot for the model to fill. "YOUR_API_KEY" is the docs' way of asking the
   * reader for their own value, and weighs less. Locale and region codes (EN_US, US_EAST_1) name
   * no data.
   */
  private static Slot capsSlot(String query) {
    Slot found = null;
    for (String[] pair : pairs(query)) {
      Slot s = capsSlotValue(pair[1]);
      if (s == Slot.DATA) {
        return s;
      }
      found = found == null ? s : found;
    }
    return found;
  }

  /** The first 50 key=value pairs of a query string (pairs without '=' left out). */
  private static List<String[]> pairs(String query) {
    List<String[]> out = new java.util.ArrayList<>();
    int seen = 0;
    for (int i = 0; i < query.length() && seen++ < 50; ) {
      int amp = query.indexOf('&', i);
      int end = amp < 0 ? query.length() : amp;
      int eq = query.indexOf('=', i);
      if (eq >= i && eq < end) {
        out.add(new String[] {query.substring(i, eq), query.substring(eq + 1, end)});
      }
      i = end + 1;
    }
    return out;
  }

  private static Slot capsSlotValue(String v) {
    if (SLOT_WORDS.contains(v)) {
      return Slot.DATA;
    }
    int p = 0;
    while (p < v.length() && p < 6 && v.charAt(p) >= 'a' && v.charAt(p) <= 'z') {
      p++;
    }
    if (p >= 2 && p < 6 && p + 1 < v.length() && (v.charAt(p) == '_' || v.charAt(p) == '-') && Character.isUpperCase(v.charAt(p + 1))) {
      // "ghp_THE_USER_TOKEN_FROM_ENV", "sk-USER_API_KEY": a token's prefix in front of the slot to fill.
      return capsSlotValue(v.substring(p + 1));
    }
    if (v.length() < 5 || v.length() > 80 || v.indexOf('_') < 0 || !Character.isUpperCase(v.charAt(0))) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!Character.isUpperCase(c) && !(c >= '0' && c <= '9') && c != '_') {
        return null;
      }
    }
    String[] words = v.split("_");
    boolean data = false;
    for (String w : words) {
      data |= DATA_WORDS.contains(w);
    }
    if (!data) {
      return capsSentence(words) ? Slot.SENTENCE : null;
    }
    return words[0].equals("YOUR") || words[0].equals("MY") ? Slot.READER : Slot.DATA;
  }

  /**
   * Three or more words (articles aside) of capitals only, no digits ("PLAK_HIER_HET_GESPREK",
   * "HIER_DEN_CHATVERLAUF_EINFÜGEN"): a sentence telling the model what to put there, in whatever
   * language. Codes have digits or fewer words (EN_US, US_EAST_1, FLAT_SQUARE).
   */
  private static boolean capsSentence(String[] words) {
    int longWords = 0;
    for (String w : words) {
      if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
      longWords += w.length() >= 2 ? 1 : 0;
    }
    return longWords >= 3;
  }

  /** Prefixes of issued secrets: a value starting with one and long enough is a live key. */
  private static final List<String> SECRET_PREFIXES = List.of("sk-", "sk_live_", "rk_live_", "ghp_", "gho_", "ghs_",
      "ghu_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "AKIA", "ASIA", "AIza", "npm_", "hf_");
  /** Keys of one-time codes, whose value is a few digits. */
  private static final Pattern OTP_KEY = Pattern.compile("(?i)^(?:otp|totp|pin|tan|2fa|mfa|code|otp_?code|mfa_?code|verification_?code|one_?time_?code|auth_?code)$");

  /** A literal secret as a query value (an issued key, or a one-time code), named, or null. */
  private static String literalSecret(String query) {
    for (String[] pair : pairs(query)) {
      String key = pair[0];
      String v = pair[1];
      for (String p : SECRET_PREFIXES) {
        if (v.startsWith(p) && keyLike(v, p.length())) {
          return excerpt(v.substring(0, Math.min(v.length(), p.length() + 4))) + "…";
        }
      }
      if (v.length() >= 4 && v.length() <= 8 && v.chars().allMatch(Character::isDigit) && OTP_KEY.matcher(key).find()) {
        return "a one-time code in " + key;
      }
    }
    return null;
  }

  /** At least 16 more characters of letters and digits (dashes and underscores aside), with both kinds. */
  private static boolean keyLike(String v, int from) {
    int letters = 0;
    int digits = 0;
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c != '-' && c != '_') {
        return false;
      }
    }
    return letters + digits >= 16 && letters > 0 && digits > 0;
  }

  private static boolean collector(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String c : COLLECTORS) {
      if (h.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Readable text found in a URL, and whether it looks like a secret rather than plain data. */
  private record Data(String text, boolean secret) {}

  private static Data decodedData(String host, String path, String query) {
    List<String[]> parts = new ArrayList<>();
    String[] labels = host.split("\\.");
    for (int i = 0; i < labels.length - 2; i++) {
      parts.add(new String[] {"", labels[i]});
    }
    String[] segments = path.replaceAll("\\.[A-Za-z0-9]{2,5}$", "").split("/");
    // Data split over several path segments: try every suffix of the path joined up.
    for (int from = 0; from < Math.min(segments.length, 8); from++) {
      parts.add(new String[] {"", String.join("", java.util.Arrays.copyOfRange(segments, from, segments.length))});
    }
    for (String seg : segments) {
      parts.add(new String[] {"", seg});
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq >= 0 ? pair.substring(0, eq) : "";
      String value = eq >= 0 ? pair.substring(eq + 1) : pair;
      parts.add(new String[] {key, value});
      for (String piece : value.split("[.|;,]")) {
        parts.add(new String[] {key, piece});
      }
    }
    Data found = null;
    for (String[] kv : parts) {
      if (found != null && found.secret()) {
        break;
      }
      String raw = kv[1];
      if (raw.length() < 6 || raw.length() > 8192) {
        continue;
      }
      boolean secretKey = SECRET_KEY.matcher(kv[0]).find();
      String text = textual(raw);
      if (text == null && raw.indexOf('%') >= 0) {
        String pct = percentLenient(raw);
        if (pct != null && EncodedPayloads.readable(pct) && (pct.indexOf(' ') >= 0 || SENSITIVE.matcher(pct).find())) {
          text = pct;
        } else if (pct != null && printableAscii(pct) && SECRET_PAIR.matcher(pct).find()) {
          // "password=Hunter2&iban=DE89..." is mostly digits, yet a secret by its own name.
          text = pct;
        } else if (pct != null) {
          // A nested URL ("?to=https://x/?k=...") is judged by its own parts.
          int q = pct.indexOf('?');
          if (pct.startsWith("http") && q > 0) {
            Data inner = decodedData("x.x", "", pct.substring(q + 1));
            if (inner != null && (found == null || inner.secret())) {
              found = inner;
              continue;
            }
          }
          text = textual(pct);
        }
      }
      if (text != null) {
        Data d = new Data(text, secretKey || secretText(text));
        if (found == null || d.secret()) {
          found = d;
        }
      }
    }
    return found;
  }

  private static boolean secretText(String text) {
    return SECRET.matcher(text).find() || credentialAtEnd(text);
  }

  /**
   * The text ends in "user:password": a name, one colon, and at least four more characters with
   * a letter and a digit or symbol among them. Not a path ("thread::current()"), a search
   * qualifier ("archived:false"), a port or a time ("localhost:8080", "T10:00:00"), or a URL.
   */
  static boolean credentialAtEnd(String text) {
    int end = text.length();
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int colon = text.indexOf(':', start);
    if (colon <= start || end - colon - 1 < 4 || text.startsWith(":", colon + 1)
        || text.startsWith("//", colon + 1) || text.indexOf('@', start) >= 0) {
      return false;
    }
    for (int i = start; i < colon; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '+' && c != '-') {
        return false;
      }
    }
    boolean letter = false;
    boolean other = false;
    for (int i = colon + 1; i < end; i++) {
      char c = text.charAt(i);
      letter |= Character.isLetter(c);
      other |= !Character.isLetter(c);
    }
    return letter && other;
  }

  /** Printable ASCII with some letters: a random token almost never decodes to that. */
  private static boolean readableData(String s) {
    if (s.length() < 6 || !printableAscii(s)) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      letters += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return letters >= s.length() * 0.3;
  }

  private static String percentLenient(String raw) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        out.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c == '+' ? ' ' : c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String textual(String p) {
    if (p.matches("(?:[0-9a-fA-F]{2}){4,}")) {
      String h = EncodedPayloads.hex(p);
      if (h != null && readableData(h)) {
        return h;
      }
    }
    if (p.length() >= 12 && p.matches("[A-Za-z2-7]+=*") && (p.equals(p.toLowerCase(Locale.ROOT)) || p.equals(p.toUpperCase(Locale.ROOT)))) {
      String b = EncodedPayloads.base32(p);
      if (b != null && readableData(b)) {
        return b;
      }
    }
    if (p.length() >= 12 && p.matches("[A-Za-z0-9+/_-]+=*")) {
      String b = EncodedPayloads.base64(p);
      if (b != null && readableData(b) && (b.matches("(?s).*[ =:@|;].*") || secretText(b))) {
        return b;
      }
    }
    return null;
  }

  private static boolean printableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static String excerpt(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
