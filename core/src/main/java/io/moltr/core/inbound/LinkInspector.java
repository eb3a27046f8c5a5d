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
      "\\{\\{?\\s*[A-Za-z_][\\w.\\s]{1,40}\\}\\}?|\\$\\{?[A-Z][A-Z0-9_]{2,}|\\[[A-Z][A-Z0-9_' ]{2,}|<[A-Za-z][^>]{2,}>|(?i:INSERT_|PLACEHOLDER|_HERE\\b)");
  private static final Pattern EMPTY_LAST_PARAM = Pattern.compile("[?&][\\w.-]{1,30}=$");
  /** Secrets: what must never leave in a URL. */
  private static final Pattern SECRET = Pattern.compile(
      "(?i)pass(?:word|wd)?\\s*[:=]|password|passw0rd|\\bpin\\b|secret|token|api[_ -]?key|\\bsk-|ghp_|\\bakia|bearer|session|cookie|ssh-|private\\s+key|\\biban\\b|\\b\\d{13,19}\\b|credential|[\\w.+-]+:[^\\s@]{4,}$");
  /** Secrets and personal data. */
  private static final Pattern SENSITIVE = Pattern.compile(
      "(?i)pass(?:word|wd)?\\s*[:=]|password|\\bpin\\b|secret|token|api[_ -]?key|\\bsk-|ghp_|\\bakia|bearer|session|cookie|ssh-|private\\s+key|\\biban\\b|\\b\\d{13,19}\\b|[\\w.+-]+@[\\w-]+\\.\\w+|conversation|\\bchat\\b|address|phone|\\buser\\b|\\bemail\\b|credential");
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
      boolean title = tail.isEmpty() || (tail.startsWith("\"") && tail.endsWith("\"")) || (tail.startsWith("'") && tail.endsWith("'"));
      judge(!m.group(1).isEmpty(), m.group(3), title ? "" : tail, m.start(), m.end(), hostAllowed, out);
    }
    Matcher img = HTML_IMG.matcher(text);
    while (img.find() && out.size() < 500) {
      judge(true, img.group(1), "", img.start(), img.end(), hostAllowed, out);
    }
    Matcher a = HTML_LINK.matcher(text);
    while (a.find() && out.size() < 500) {
      judge(false, a.group(1), "", a.start(), a.end(), hostAllowed, out);
    }
    return out;
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
    boolean template = PLACEHOLDER.matcher(url).find() || !tail.isEmpty()
        || (image && EMPTY_LAST_PARAM.matcher(url).find());
    if (template) {
      why = "a slot for data to be filled in";
      weight = image ? 0.75 : 0.55;
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
    } else {
      weight = image ? 0.1 : 0.03;
    }
    out.add(new Verdict(image, url, start, end, weight, why));
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
        Data d = new Data(text, secretKey || SECRET.matcher(text).find());
        if (found == null || d.secret()) {
          found = d;
        }
      }
    }
    return found;
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
      if (b != null && readableData(b) && (b.matches("(?s).*[ =:@|;].*") || SECRET.matcher(b).find())) {
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
