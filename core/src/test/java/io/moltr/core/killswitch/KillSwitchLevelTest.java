package io.moltr.core.killswitch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KillSwitchLevelTest {

  @ParameterizedTest(name = "{0} blocks {1}: {2}")
  @CsvSource({
    "PAUSE, COMMAND, true", "PAUSE, URL, true", "PAUSE, PATH, true", "PAUSE, SCAN, true",
    "PAUSE, PROXY, true", "PAUSE, GATEWAY, true",
    "NETWORK_CUT, COMMAND, false", "NETWORK_CUT, URL, true", "NETWORK_CUT, PATH, false",
    "NETWORK_CUT, SCAN, false", "NETWORK_CUT, PROXY, true", "NETWORK_CUT, GATEWAY, true",
    "LOCKDOWN, COMMAND, true", "LOCKDOWN, PATH, true", "LOCKDOWN, SCAN, true", "LOCKDOWN, URL, true",
    "WIPE, PATH, true", "WIPE, SCAN, true", "EMERGENCY, COMMAND, true", "EMERGENCY, GATEWAY, true",
  })
  void effectTable(KillSwitchLevel level, ActionKind kind, boolean blocked) {
    assertThat(level.blocks(kind)).isEqualTo(blocked);
    assertThat(level.blocksEgress()).isTrue();
  }

  @Test
  void levelsAreOrderedBySeverityAndEffectsEscalate() {
    assertThat(KillSwitchLevel.values())
        .containsExactly(KillSwitchLevel.PAUSE, KillSwitchLevel.NETWORK_CUT, KillSwitchLevel.LOCKDOWN,
            KillSwitchLevel.WIPE, KillSwitchLevel.EMERGENCY);
    assertThat(KillSwitchLevel.NETWORK_CUT.invalidatesSessions()).isFalse();
    assertThat(KillSwitchLevel.LOCKDOWN.invalidatesSessions()).isTrue();
    assertThat(KillSwitchLevel.LOCKDOWN.revokesCredentials()).isFalse();
    assertThat(KillSwitchLevel.WIPE.revokesCredentials()).isTrue();
    assertThat(KillSwitchLevel.WIPE.exitsProcess()).isFalse();
    assertThat(KillSwitchLevel.EMERGENCY.exitsProcess()).isTrue();
    assertThat(KillSwitchLevel.LOCKDOWN.needsConfirmation()).isFalse();
    assertThat(KillSwitchLevel.WIPE.needsConfirmation()).isTrue();
  }

  @Test
  void parsesTheSpellingsOfTheApiAndTheConfig() {
    assertThat(KillSwitchLevel.parse("lockdown")).contains(KillSwitchLevel.LOCKDOWN);
    assertThat(KillSwitchLevel.parse("network-cut")).contains(KillSwitchLevel.NETWORK_CUT);
    assertThat(KillSwitchLevel.parse(" NETWORK_CUT ")).contains(KillSwitchLevel.NETWORK_CUT);
    assertThat(KillSwitchLevel.parse("off")).isEmpty();
    assertThat(KillSwitchLevel.parse(null)).isEmpty();
  }
}
