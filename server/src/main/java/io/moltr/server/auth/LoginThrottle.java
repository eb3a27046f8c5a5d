package io.moltr.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Brute-force guard for the login, keyed both by client address and by the username typed (known
 * or not, so its answers say nothing about who exists): at most 5 attempts a minute per key, a
 * growing delay after the second consecutive failure, and a 15-minute lockout after 10 failures.
 */
public final class LoginThrottle implements LoginGuard {
  public static final int ATTEMPTS_PER_MINUTE = 5;
  public static final int LOCKOUT_AFTER_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(1);
  public static final Duration LOCKOUT = Duration.ofMinutes(15);
  static final Duration MAX_DELAY = Duration.ofSeconds(4);
  private static final int SWEEP_ABOVE = 10_000;

  private static final class State {
    final ArrayDeque<Instant> attempts = new ArrayDeque<>();
    int failures;
    Instant lastFailure = Instant.EPOCH;
    Instant lockedUntil = Instant.EPOCH;
  }

  private final Clock clock;
  private final Map<String, State> states = new HashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Empty when the attempt may go ahead (and is counted); otherwise how long to wait. */
  @Override
  public synchronized Optional<Duration> admit(String clientIp, String username) {
    Instant now = clock.instant();
    if (states.size() > SWEEP_ABOVE) {
      states.values().removeIf(s -> idle(s, now));
    }
    State ip = states.computeIfAbsent(ipKey(clientIp), k -> new State());
    State user = states.computeIfAbsent(userKey(username), k -> new State());
    Duration wait = max(waitFor(ip, now), waitFor(user, now));
    if (!wait.isZero()) {
      return Optional.of(wait);
    }
    ip.attempts.addLast(now);
    user.attempts.addLast(now);
    return Optional.empty();
  }

  /** Records a failure; returns the delay to impose before answering it. */
  @Override
  public synchronized Duration failed(String clientIp, String username) {
    Instant now = clock.instant();
    return max(fail(states.computeIfAbsent(ipKey(clientIp), k -> new State()), now),
        fail(states.computeIfAbsent(userKey(username), k -> new State()), now));
  }

  /** A success clears the failure counts of this address and this name. */
  @Override
  public synchronized void succeeded(String clientIp, String username) {
    for (String k : new String[] {ipKey(clientIp), userKey(username)}) {
      State s = states.get(k);
      if (s != null) {
        s.failures = 0;
      }
    }
  }

  private static Duration fail(State s, Instant now) {
    // Failures older than a lockout period no longer count towards one.
    if (s.lastFailure.plus(LOCKOUT).isBefore(now)) {
      s.failures = 0;
    }
    s.failures++;
    s.lastFailure = now;
    Duration delay = delayAfter(s.failures);
    if (s.failures >= LOCKOUT_AFTER_FAILURES) {
      s.lockedUntil = now.plus(LOCKOUT);
      s.failures = 0;
    }
    return delay;
  }

  /** 0, 0, 1 s, 2 s, then 4 s: a person barely notices, a script slows down. */
  public static Duration delayAfter(int failures) {
    if (failures <= 2) {
      return Duration.ZERO;
    }
    Duration d = Duration.ofSeconds(1L << Math.min(failures - 3, 2));
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  private static Duration waitFor(State s, Instant now) {
    if (now.isBefore(s.lockedUntil)) {
      return Duration.between(now, s.lockedUntil);
    }
    while (!s.attempts.isEmpty() && !s.attempts.peekFirst().plus(WINDOW).isAfter(now)) {
      s.attempts.removeFirst();
    }
    if (s.attempts.size() >= ATTEMPTS_PER_MINUTE) {
      return Duration.between(now, s.attempts.peekFirst().plus(WINDOW));
    }
    return Duration.ZERO;
  }

  private static boolean idle(State s, Instant now) {
    return !now.isBefore(s.lockedUntil) && s.lastFailure.plus(LOCKOUT).isBefore(now)
        && (s.attempts.isEmpty() || !s.attempts.peekLast().plus(WINDOW).isAfter(now));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String ipKey(String ip) {
    return "ip:" + (ip == null ? "unknown" : ip);
  }

  // Case variants of one name share a budget, so "Admin" and "admin" cannot double the attempts.
  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
  }
}
