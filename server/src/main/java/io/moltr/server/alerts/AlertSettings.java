package io.moltr.server.alerts;

import io.moltr.core.Severity;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code alerts.*} and the MOLTR_* secrets into channels. Messages name the file, the key
 * and the environment variable; a secret's value is never part of a message.
 */
record AlertSettings(List<Lane> lanes, int queueCapacity) {
  static final String TELEGRAM_TOKEN = "MOLTR_TELEGRAM_BOT_TOKEN";
  static final String TELEGRAM_CHAT = "MOLTR_TELEGRAM_CHAT_ID";
  static final String SLACK_URL = "MOLTR_SLACK_WEBHOOK_URL";
  static final String DISCORD_URL = "MOLTR_DISCORD_WEBHOOK_URL";
  static final String WEBHOOK_URL = "MOLTR_WEBHOOK_URL";
  static final String WEBHOOK_SECRET = "MOLTR_WEBHOOK_SECRET";
  static final String SMTP_HOST = "MOLTR_SMTP_HOST";
  static final String SMTP_PORT = "MOLTR_SMTP_PORT";
  static final String SMTP_USER = "MOLTR_SMTP_USER";
  static final String SMTP_PASSWORD = "MOLTR_SMTP_PASSWORD";
  static final String SMTP_FROM = "MOLTR_SMTP_FROM";
  static final String SMTP_TO = "MOLTR_SMTP_TO";

  private static final Set<String> SECTION_KEYS =
      Set.of("queue_capacity", "retry", "telegram", "slack", "discord", "email", "webhook");

  static AlertSettings parse(ConfigNode alerts, Map<String, String> env) {
    for (String k : alerts.keys()) {
      if (!SECTION_KEYS.contains(k)) {
        throw alerts.get(k).error("unknown alert setting; known: " + String.join(", ", sorted(SECTION_KEYS)));
      }
    }
    int capacity = alerts.intValue("queue_capacity", 1000, 1, 100_000);
    ConfigNode r = alerts.get("retry");
    int initial = r.intValue("initial_backoff_seconds", 2, 1, 3600);
    Lane.Retry retry = new Lane.Retry(r.intValue("max_attempts", 5, 1, 20), Duration.ofSeconds(initial),
        Duration.ofSeconds(r.intValue("max_backoff_seconds", 60, initial, 86_400)));
    HttpPost http = new HttpPost();
    List<Lane> lanes = new ArrayList<>();

    ConfigNode t = alerts.get("telegram");
    if (t.bool("enabled", false)) {
      URI base = url(t, "api_base_url", "https://api.telegram.org");
      String token = secret(t, env, TELEGRAM_TOKEN);
      String chat = secret(t, env, TELEGRAM_CHAT);
      // The token becomes part of the URL path: only the Bot API's own token alphabet.
      if (!token.matches("[0-9]{1,20}:[A-Za-z0-9_-]{20,100}")) {
        throw new ConfigException(t.location() + ": " + TELEGRAM_TOKEN + " is not a bot token (digits:letters)");
      }
      lanes.add(new Lane(new TelegramChannel(base, token, chat, http), policy(t, 10), retry));
    }
    ConfigNode s = alerts.get("slack");
    if (s.bool("enabled", false)) {
      noUrlInFile(s, SLACK_URL);
      lanes.add(new Lane(new SlackChannel(envUrl(s, env, SLACK_URL), http), policy(s, 10), retry));
    }
    ConfigNode d = alerts.get("discord");
    if (d.bool("enabled", false)) {
      noUrlInFile(d, DISCORD_URL);
      lanes.add(new Lane(new DiscordChannel(envUrl(d, env, DISCORD_URL), http), policy(d, 10), retry));
    }
    ConfigNode w = alerts.get("webhook");
    if (w.bool("enabled", false)) {
      URI u = blank(env.get(WEBHOOK_URL)) ? url(w, "url", null) : envUrl(w, env, WEBHOOK_URL);
      if (u == null) {
        throw new ConfigException(w.location() + ": enabled, but neither url nor " + WEBHOOK_URL + " is set");
      }
      String secret = secret(w, env, WEBHOOK_SECRET);
      if (secret.length() < 16) {
        throw new ConfigException(w.location() + ": " + WEBHOOK_SECRET + " must be at least 16 characters");
      }
      lanes.add(new Lane(new WebhookChannel(u, secret, http), policy(w, 30), retry));
    }
    ConfigNode e = alerts.get("email");
    if (e.bool("enabled", false)) {
      lanes.add(new Lane(email(e, env), policy(e, 5), retry));
    }
    return new AlertSettings(lanes, capacity);
  }

  private static EmailChannel email(ConfigNode e, Map<String, String> env) {
    String host = or(env.get(SMTP_HOST), e.string("host", ""));
    if (blank(host)) {
      throw new ConfigException(e.location() + ": enabled, but neither host nor " + SMTP_HOST + " is set");
    }
    int port = e.intValue("port", 587, 1, 65_535);
    if (!blank(env.get(SMTP_PORT))) {
      try {
        port = Integer.parseInt(env.get(SMTP_PORT).trim());
      } catch (NumberFormatException ex) {
        port = -1;
      }
      if (port < 1 || port > 65_535) {
        throw new ConfigException(e.location() + ": " + SMTP_PORT + " is not a port number");
      }
    }
    boolean starttls = e.bool("starttls", true);
    if (!starttls && !loopback(host)) {
      // Alerts name files and addresses: they do not cross a network in clear text.
      throw e.get("starttls").error("may be false only for a mail relay on this host (127.0.0.1, ::1, localhost)");
    }
    String user = env.get(SMTP_USER);
    String password = env.get(SMTP_PASSWORD);
    if (blank(user) != blank(password)) {
      throw new ConfigException(e.location() + ": set both " + SMTP_USER + " and " + SMTP_PASSWORD + ", or neither");
    }
    String from = or(env.get(SMTP_FROM), e.string("from", ""));
    List<String> to = blank(env.get(SMTP_TO))
        ? e.strings("to")
        : Arrays.stream(env.get(SMTP_TO).split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    if (blank(from) || to.isEmpty()) {
      throw new ConfigException(e.location() + ": enabled, but from (" + SMTP_FROM + ") or to (" + SMTP_TO
          + ") is not set");
    }
    try {
      return new EmailChannel(new EmailChannel.Settings(host.trim(), port, starttls,
          blank(user) ? null : user, blank(password) ? null : password, from.trim(), to));
    } catch (jakarta.mail.internet.AddressException ex) {
      throw new ConfigException(e.location() + ": from or to is not an e-mail address");
    }
  }

  private static Lane.Policy policy(ConfigNode c, int defaultPerMinute) {
    String sev = c.choice("severity_threshold", "high", "low", "medium", "high", "critical");
    return new Lane.Policy(Severity.valueOf(sev.toUpperCase(Locale.ROOT)),
        c.intValue("rate_limit_per_minute", defaultPerMinute, 1, 1000));
  }

  private static String secret(ConfigNode c, Map<String, String> env, String name) {
    String v = env.get(name);
    if (blank(v)) {
      throw new ConfigException(c.location() + ": enabled, but " + name + " is not set");
    }
    return v.trim();
  }

  private static void noUrlInFile(ConfigNode c, String envName) {
    if (!c.get("url").isMissing()) {
      throw c.get("url").error("this webhook URL contains its token; set " + envName + " instead");
    }
  }

  /** A URL from a config key: https, or http to this host only. The value is not secret. */
  private static URI url(ConfigNode c, String key, String def) {
    String v = c.string(key, def);
    if (v == null || v.isBlank()) {
      return null;
    }
    URI u = checkedUrl(v.trim());
    if (u == null) {
      throw c.get(key).error("must be an https:// URL (http:// only to 127.0.0.1, ::1 or localhost)");
    }
    return u;
  }

  /** A URL from the environment; the message names the variable, never the value (it has a token). */
  private static URI envUrl(ConfigNode c, Map<String, String> env, String name) {
    URI u = checkedUrl(secret(c, env, name));
    if (u == null) {
      throw new ConfigException(c.location() + ": " + name
          + " must be an https:// URL (http:// only to 127.0.0.1, ::1 or localhost)");
    }
    return u;
  }

  private static URI checkedUrl(String v) {
    try {
      URI u = new URI(v);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (u.getHost() == null || u.getRawUserInfo() != null) {
        return null;
      }
      if (scheme.equals("https") || (scheme.equals("http") && loopback(u.getHost()))) {
        return u;
      }
      return null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static boolean loopback(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
      return false; // a name: no lookup here
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String or(String a, String b) {
    return blank(a) ? b : a;
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
