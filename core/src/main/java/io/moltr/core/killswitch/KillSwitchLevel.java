package io.moltr.core.killswitch;

import java.util.Locale;
import java.util.Optional;

/**
 * The five escalation levels, in rising severity ({@code compareTo} orders them). Each level's
 * effects are answered here so that the checks, the proxy and the gateway agree.
 */
public enum KillSwitchLevel {
  /** Every agent action is denied, with the pause reason; nothing is revoked. */
  PAUSE,
  /** Egress is denied: URL, PROXY, GATEWAY and commands that open connections; open tunnels close. */
  NETWORK_CUT,
  /** Everything is denied; dashboard sessions and refresh tokens are invalidated. */
  LOCKDOWN,
  /** As LOCKDOWN, and registered credentials and agent API keys are revoked and zeroised. */
  WIPE,
  /** As WIPE, then the process flushes its logs and exits non-zero; the state survives it. */
  EMERGENCY;

  /** Whether an action of this kind is denied while this level is the highest active one. */
  public boolean blocks(ActionKind kind) {
    return switch (this) {
      case PAUSE, LOCKDOWN, WIPE, EMERGENCY -> true;
      case NETWORK_CUT -> kind.isEgress();
    };
  }

  /**
   * Whether anything leaving the host is denied, including commands the command engine
   * recognises as network commands, and whether open proxy tunnels must be closed now. True at
   * every level: PAUSE denies every action, egress included.
   */
  public boolean blocksEgress() {
    return true;
  }

  /** LOCKDOWN and above: every dashboard session and refresh token must be invalidated. */
  public boolean invalidatesSessions() {
    return compareTo(LOCKDOWN) >= 0;
  }

  /** WIPE and above: registered credentials and agent API keys must be revoked and zeroised. */
  public boolean revokesCredentials() {
    return compareTo(WIPE) >= 0;
  }

  /** EMERGENCY: the process must flush its logs and exit non-zero. */
  public boolean exitsProcess() {
    return this == EMERGENCY;
  }

  /** Destructive levels need {@code CONFIRM:<codephrase>} to trigger by hand. */
  public boolean needsConfirmation() {
    return compareTo(WIPE) >= 0;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts {@code LOCKDOWN}, {@code lockdown}, {@code network-cut}, {@code network_cut}. */
  public static Optional<KillSwitchLevel> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String n = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (KillSwitchLevel l : values()) {
      if (l.name().equals(n)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
