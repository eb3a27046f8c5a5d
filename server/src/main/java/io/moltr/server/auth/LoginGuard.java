package io.moltr.server.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * The login's brute-force guard, keyed by client address and by the name typed: at most 5
 * attempts a minute per key, a growing delay after repeated failures, a 15-minute lockout after
 * 10. In this process by default ({@link DashboardAuth#localLoginGuard}); shared by the fleet in
 * cluster mode.
 */
public interface LoginGuard {
  /** Empty when the attempt may go ahead (and is counted); otherwise how long to wait. */
  Optional<Duration> admit(String clientIp, String username);

  /** Records a failure; returns the delay to impose before answering it. */
  Duration failed(String clientIp, String username);

  /** A success clears the failure counts of this address and this name. */
  void succeeded(String clientIp, String username);
}
