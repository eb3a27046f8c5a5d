package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A secret alone on its line, named only by the line above it or by its table's header. */
class BareValueLinesTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  @Test
  void catOfAFileNamedForASecretPrintsTheSecret() {
    String value = "WOp2vEhjJudklkov0SO6YiFP91VLSDy9fWJG";
    ScanReport r = scan("ubuntu@runner-7f9c2:~/app$ cat .secrets/api_key\n" + value
        + "\nubuntu@runner-7f9c2:~/app$\n");
    assertThat(r.findings()).extracting(Finding::ruleId).contains("secret-file-contents");
    assertThat(r.redacted()).doesNotContain(value);
    assertThat(scan("PS C:\\app> Get-Content .\\db_password.txt\nN8xkQ2vLp4Rt7Zw9\n").clean()).isFalse();
  }

  @Test
  void catOfOtherFilesPlaceholdersAndPromptsAreNoSecrets() {
    assertThat(scan("$ cat .secrets/api_key\nYOUR_API_KEY_GOES_HERE\n$ ls\n").clean()).isTrue();
    assertThat(scan("$ cat .secrets/token\nubuntu@ip-10-0-1-23:~/app$\n").clean()).isTrue();
    assertThat(scan("$ cat VERSION\nv2.14.3-rc1+build.8812\n").clean()).isTrue();
    assertThat(scan("$ cat .secrets/token\n# rotated monthly, see the runbook\n").clean()).isTrue();
  }

  @Test
  void catStartsACommandOnlyAtALineStartOrAfterAPrompt() {
    assertThat(Prechecks.commandStart("$ cat x", 2)).isTrue();
    assertThat(Prechecks.commandStart("ubuntu@host:~/app$ cat x", 19)).isTrue();
    assertThat(Prechecks.commandStart("  cat x", 2)).isTrue();
    assertThat(Prechecks.commandStart("ls | cat x", 5)).isTrue();
    assertThat(Prechecks.commandStart("concat x", 3)).isFalse();
    assertThat(Prechecks.commandStart("the cat sat", 4)).isFalse();
    assertThat(Prechecks.commandStart("$cat x", 1)).isFalse();
  }

  @Test
  void awsSecretKeyOnTheLineBelowItsName() {
    String key = "rz3vovl1CazzGtN1PWJsbUAVj1LEzULh+dhMQRDi";
    ScanReport r = scan("[prod-api-02] loading key material for AWS_SECRET_ACCESS_KEY\n" + key
        + "\n[k8s-node-a3] done\n");
    assertThat(r.clean()).isFalse();
    assertThat(r.redacted()).doesNotContain(key);
    // A commit id under a line that mentions the key is a hash, not the key.
    assertThat(scan("rotate AWS_SECRET_ACCESS_KEY (see commit)\n"
        + "3f786850e387550fdab836ed7e6dc881de23001b\n").clean()).isTrue();
  }

  @Test
  void hexKeyUnderAnApiKeyColumnButNotUnderAPasswordColumn() {
    String hex = "821ff8eed7312dfeef841c4175a65d9e";
    assertThat(scan("service,owner,dd_api_key\nbilling,ops,\"" + hex + "\"\n").redacted())
        .doesNotContain(hex);
    assertThat(scan("user,password\nalice," + hex + "\n").findings())
        .extracting(Finding::ruleId).doesNotContain("table-column-secret");
  }
}
