package io.moltr.server.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to the shared Redis and its health. Every call is bounded by a short timeout
 * and never queued while disconnected: a decision must not wait on the shared store. A failing
 * call marks the store down (with the reason, for /health and /status) and throws {@link
 * Unavailable}; {@link #heal()} (run by the cluster's sync loop) reconnects and marks it up.
 */
public final class ClusterStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterStore.class);

  /** The shared store cannot be used right now; callers fall back as documented. */
  public static final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final RedisSettings settings;
  private final Clock clock;
  private static final java.time.Duration RECONNECT_DELAY = java.time.Duration.ofMillis(500);
  private final ClientResources resources;
  private final RedisClient client;
  private final List<Map.Entry<String, BiConsumer<String, String>>> subscriptions = new CopyOnWriteArrayList<>();
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile StatefulRedisPubSubConnection<String, String> pubsub;
  private volatile String downReason = "not connected yet";
  private volatile Instant downSince;
  private volatile boolean recovered;
  private volatile boolean everUp;
  private final List<Runnable> onRecovery = new CopyOnWriteArrayList<>();

  public ClusterStore(RedisSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.downSince = clock.instant();
    // Reconnect every half second rather than backing off to half a minute: the fleet should
    // recover within seconds of Redis coming back.
    this.resources = DefaultClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.constant(RECONNECT_DELAY))
        .build();
    this.client = RedisClient.create(resources, settings.uri());
    ClientOptions.Builder options = ClientOptions.builder();
    // rediss:// verifies Redis's certificate and host name (Lettuce's default); MOLTR_REDIS_CA
    // adds a private CA to trust.
    settings.caFile().ifPresent(ca -> options.sslOptions(SslOptions.builder().jdkSslProvider()
        .trustManager(ca.toFile()).build()));
    client.setOptions(options
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(RedisSettings.CONNECT_TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(RedisSettings.COMMAND_TIMEOUT))
        .build());
  }

  public RedisSettings settings() {
    return settings;
  }

  public String key(String name) {
    return settings.key(name);
  }

  /** Runs one or more commands; a failure marks the store down and throws {@link Unavailable}. */
  public <T> T call(Function<RedisCommands<String, String>, T> commands) {
    StatefulRedisConnection<String, String> c = connection;
    if (c == null || !c.isOpen()) {
      markDown(c == null ? "not connected yet" : "connection lost");
      throw new Unavailable(downReason);
    }
    try {
      T result = commands.apply(c.sync());
      markUp();
      return result;
    } catch (RedisException e) {
      markDown(describe(e));
      throw new Unavailable(downReason);
    }
  }

  /** Delivers messages published on {@code channel} (prefixed) to {@code handler}, also after reconnects. */
  public void subscribe(String channel, BiConsumer<String, String> handler) {
    subscriptions.add(Map.entry(key(channel), handler));
    StatefulRedisPubSubConnection<String, String> p = pubsub;
    if (p != null) {
      try {
        p.sync().subscribe(key(channel));
      } catch (RedisException e) {
        markDown(describe(e));
      }
    }
  }

  /** Runs (on the sync loop's thread) after the store came back up: flush queues, re-read state. */
  public void onRecovery(Runnable r) {
    onRecovery.add(r);
  }

  /**
   * Connects when not connected, then checks the connection with a PING. Returns true when the
   * store is usable. Called periodically; cheap when all is well.
   */
  public boolean heal() {
    try {
      if (connection == null) {
        connection = client.connect();
        LOG.info("cluster store connected at {}", settings.where());
      }
      if (pubsub == null) {
        StatefulRedisPubSubConnection<String, String> p = client.connectPubSub();
        p.addListener(new RedisPubSubAdapter<>() {
          @Override
          public void message(String channel, String message) {
            for (Map.Entry<String, BiConsumer<String, String>> s : subscriptions) {
              if (s.getKey().equals(channel)) {
                try {
                  s.getValue().accept(channel, message);
                } catch (RuntimeException e) {
                  LOG.warn("cluster message handler failed: {}", e.getClass().getSimpleName());
                }
              }
            }
          }
        });
        if (!subscriptions.isEmpty()) {
          p.sync().subscribe(subscriptions.stream().map(Map.Entry::getKey).distinct().toArray(String[]::new));
        }
        pubsub = p;
      }
      call(RedisCommands::ping);
      if (recovered) {
        recovered = false;
        for (Runnable r : onRecovery) {
          try {
            r.run();
          } catch (RuntimeException e) {
            LOG.warn("cluster recovery step failed: {}", e.getClass().getSimpleName());
          }
        }
      }
      return up();
    } catch (Unavailable e) {
      return false;
    } catch (RedisException e) {
      markDown(describe(e));
      return false;
    }
  }

  public boolean up() {
    return downReason == null;
  }

  /** Why the store is not usable, when it is not. */
  public Optional<String> downReason() {
    return Optional.ofNullable(downReason);
  }

  public Optional<Instant> downSince() {
    return up() ? Optional.empty() : Optional.ofNullable(downSince);
  }

  private void markUp() {
    if (downReason != null) {
      String was = downReason;
      downReason = null;
      downSince = null;
      recovered = true;
      if (everUp) {
        LOG.warn("cluster store at {} is reachable again (was: {})", settings.where(), was);
      } else {
        LOG.info("cluster store at {} answers", settings.where());
      }
      everUp = true;
    }
  }

  private void markDown(String reason) {
    if (downReason == null) {
      downSince = clock.instant();
      LOG.error("cluster store at {} is unreachable: {}; running degraded", settings.where(), reason);
    }
    downReason = reason;
  }

  // Lettuce messages can name the server; they never contain the password. Keep them short.
  private static String describe(RedisException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("://[^@/\\s]*@", "://***@");
    return "Redis unreachable: " + (m.length() > 160 ? m.substring(0, 160) + "..." : m);
  }

  @Override
  public void close() {
    try {
      if (pubsub != null) {
        pubsub.close();
      }
      if (connection != null) {
        connection.close();
      }
    } catch (RuntimeException e) {
      // closing anyway
    }
    client.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(2));
    resources.shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
  }
}
