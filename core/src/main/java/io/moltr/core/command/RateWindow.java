package io.moltr.core.command;

import java.time.Clock;

/**
 * Fixed one-minute windows per category (all / write / network), on the injected clock. A command
 * is counted only when every category it belongs to still has room, so a refused command costs
 * nothing.
 */
final class RateWindow {
  private final Clock clock;
  private final long[] limits;
  private final long[] counts = new long[3];
  private long window = Long.MIN_VALUE;

  RateWindow(Clock clock, long all, long write, long network) {
    this.clock = clock;
    this.limits = new long[] {all, write, network};
  }

  /** Null when admitted (and counted), else the category whose limit is reached. */
  synchronized String acquire(int commands, int writes, int network) {
    long now = Math.floorDiv(clock.millis(), 60_000L);
    if (now != window) {
      window = now;
      java.util.Arrays.fill(counts, 0);
    }
    int[] want = {commands, writes, network};
    String[] names = {"commands", "write", "network"};
    for (int i = 0; i < 3; i++) {
      if (limits[i] > 0 && want[i] > 0 && counts[i] + want[i] > limits[i]) {
        return names[i];
      }
    }
    for (int i = 0; i < 3; i++) {
      counts[i] += want[i];
    }
    return null;
  }

  long limit(String category) {
    return switch (category) {
      case "write" -> limits[1];
      case "network" -> limits[2];
      default -> limits[0];
    };
  }
}
