/**
 * The kill switch (TOMs 2.1, 3.1): five levels with effects answered by {@link
 * io.moltr.core.killswitch.KillSwitchLevel}, state persisted in {@code data/killswitch.json}
 * and restored fail-closed by {@link io.moltr.core.killswitch.KillSwitch}, destructive actions
 * confirmed by a {@link io.moltr.core.killswitch.Codephrase} kept only as a PBKDF2 hash.
 */
package io.moltr.core.killswitch;
