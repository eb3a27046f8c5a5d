package io.moltr.core.killswitch;

import java.time.Instant;

/** Why and by whom a level was switched on. */
public record Activation(KillSwitchLevel level, String reason, String actor, Instant at) {}
