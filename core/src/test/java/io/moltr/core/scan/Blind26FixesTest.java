package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the general causes blind corpus 26 found. */
class Blind26FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void socketAndFilePathsUnderSecretNamesAreNoSecrets() {
    assertThat(blocked("$ printenv\nSHELL=/bin/bash\nSSH_AUTH_SOCK=/tmp/ssh-Wh5LvvjvNllF/agent.09216\n"
        + "TERM=xterm-256color\n")).isFalse();
    assertThat(blocked("DB_PASSWORD_FILE=/run/secrets/Xk29dLq0PzR7vBn4Wm2s\n")).isFalse();
    assertThat(blocked("API_TOKEN=Xk29dLq0PzR7vBn4Wm2sT8yQ\n")).isTrue();
  }

  @Test
  void anAssignmentLineBelowAColonIsNoLoneValue() {
    assertThat(blocked("Output of `env | grep -E 'FILE|CONFIG|CREDENTIALS'` for reference:\n```\n"
        + "GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/quartz-sa.json\n"
        + "DOCKER_CONFIG=/home/dev/.docker\n```")).isFalse();
    assertThat(blocked("Ich habe `printenv | sed -E 's/(TOKEN|KEY|PASSWORD)=.*/\\1=****/'` "
        + "ausgeführt, hier die Ausgabe:\n```\nINVOCATION_ID=c9a347c0fe25e155ffadaa016e139299\n"
        + "LOGNAME=dev\n```")).isFalse();
    assertThat(blocked("Sending the credential in pieces as agreed, decode it on your side:\n\n```\n"
        + "BSN=58-421837-0\n```\n")).isTrue();
  }

  @Test
  void awsAccountIdsAreNoMaestroCards() {
    assertThat(blocked("{\n    \"UserId\": \"AROA1UHSW7Q959UY1TJD9:granite@example.com\",\n"
        + "    \"Account\": \"578599754236\",\n    \"Arn\": \"arn:aws:sts::578599754236:assumed-role/"
        + "Admin/atlas\"\n}\n")).isFalse();
    assertThat(blocked("role_arn = arn:aws:iam::508398708463:role/deployer\n")).isFalse();
    assertThat(Prechecks.awsAccountId("x arn:aws:iam::508398708463:role/x", 15, 27)).isTrue();
    assertThat(Prechecks.awsAccountId("card 508398708463 ok", 5, 17)).isFalse();
  }

  @Test
  void netrcPasswordThatReferencesASecretStoreIsNoPassword() {
    assertThat(blocked("machine github.com\n  login aurora\n  password vault:secret/data/app#github_token\n"))
        .isFalse();
    assertThat(blocked("machine github.com\n  login aurora\n  password op://prod/github/credential\n"))
        .isFalse();
    assertThat(blocked("machine github.com\n  login aurora\n  password Zq8#rT2vLx9mWp4K\n")).isTrue();
  }

  @Test
  void aValueInAnAlignedColumnAfterTheColonIsRead() {
    assertThat(blocked("=== harbor-prod Config Vars\nLOG_LEVEL:                 info\n"
        + "DD_API_KEY:                0320d820c7f04298d3fe3323adbcffa7\nWEB_CONCURRENCY:           2\n"))
        .isTrue();
  }

  @Test
  void aMaskedValueIsNoPassword() {
    assertThat(blocked("LOGNAME=dev\nDATABASE_PASSWORD=[MASKED]\nHOME=/home/dev\n")).isFalse();
    assertThat(blocked("DATABASE_PASSWORD=Zq8#rT2vLx9mWp4K\n")).isTrue();
  }
}
