package io.moltr.server.cluster;

import io.lettuce.core.RedisURI;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cluster mode settings from the environment: MOLTR_REDIS_URL ({@code redis://} or {@code
 * rediss://}, with a password or an ACL user and password), MOLTR_REDIS_PREFIX (default {@code
 * moltr:}, so several fleets can share one Redis) and MOLTR_NODE_ID (default: host name and API
 * port). Unset MOLTR_REDIS_URL means the embedded default: nothing is shared.
 */
public record RedisSettings(RedisURI uri, String prefix, String nodeId, Optional<Path> caFile) {
  public static final String URL_ENV = "MOLTR_REDIS_URL";
  /** A PEM file of the CA (or certificate) that signed Redis's TLS certificate, when the JVM does not trust it. */
  public static final String CA_ENV = "MOLTR_REDIS_CA";
  public static final String PREFIX_ENV = "MOLTR_REDIS_PREFIX";
  public static final String NODE_ENV = "MOLTR_NODE_ID";
  /** Every Redis call gives up after this; a decision never waits longer on the shared store. */
  static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
  /** Connecting (TCP, TLS handshake, AUTH) may take longer; only the sync thread ever waits for it. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

  /** Empty when MOLTR_REDIS_URL is unset or blank; a malformed value stops the start with a clear message. */
  public static Optional<RedisSettings> fromEnv(Map<String, String> env, int apiPort) {
    String url = env.get(URL_ENV);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String u = url.trim();
    String scheme = u.contains("://") ? u.substring(0, u.indexOf("://")).toLowerCase(java.util.Locale.ROOT) : "";
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException(URL_ENV + " must start with redis:// or rediss:// (TLS)");
    }
    RedisURI uri;
    try {
      uri = RedisURI.create(u);
    } catch (RuntimeException e) {
      // The message of the parser may echo the URL, password included: say only what is wrong.
      throw new IllegalArgumentException(URL_ENV + " is not a valid Redis URL (redis[s]://[user:password@]host:port[/db])");
    }
    uri.setTimeout(CONNECT_TIMEOUT);
    String prefix = env.getOrDefault(PREFIX_ENV, "moltr:").trim();
    if (!SAFE.matcher(prefix).matches()) {
      throw new IllegalArgumentException(PREFIX_ENV + " must be 1-64 characters of letters, digits and ._:@-");
    }
    String node = env.get(NODE_ENV);
    if (node == null || node.isBlank()) {
      node = hostName() + "-" + apiPort;
    }
    node = node.trim();
    if (!SAFE.matcher(node).matches()) {
      throw new IllegalArgumentException(NODE_ENV + " must be 1-64 characters of letters, digits and ._:@-");
    }
    Optional<Path> ca = Optional.empty();
    String caText = env.get(CA_ENV);
    if (caText != null && !caText.isBlank()) {
      Path p = Path.of(caText.trim());
      if (!Files.isReadable(p)) {
        throw new IllegalArgumentException(CA_ENV + ": " + p + " is not a readable PEM file");
      }
      if (!uri.isSsl()) {
        throw new IllegalArgumentException(CA_ENV + " is set but " + URL_ENV + " is not a rediss:// (TLS) URL");
      }
      ca = Optional.of(p);
    }
    return Optional.of(new RedisSettings(uri, prefix, node, ca));
  }

  /** Where Redis is, for messages: host and port, never the password. */
  public String where() {
    return (uri.isSsl() ? "rediss://" : "redis://") + uri.getHost() + ":" + uri.getPort();
  }

  public String key(String name) {
    return prefix + name;
  }

  private static String hostName() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      return h.replaceAll("[^A-Za-z0-9._-]", "-");
    } catch (UnknownHostException e) {
      return "node";
    }
  }

  @Override
  public String toString() {
    return "RedisSettings[" + where() + ", prefix=" + prefix + ", node=" + nodeId + "]";
  }
}
