package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HashPasswordCommandTest {
  record Run(int exit, String out, String err) {}

  Run run(String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine cl = MoltrCli.newCommandLine();
    CommandLine hash = new CommandLine(new HashPasswordCommand(null,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8)));
    hash.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
    hash.setErr(new PrintWriter(err, true));
    int exit = hash.execute();
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void printsOnlyACost12HashOfTheFirstLineOfStandardInput() {
    Run r = run("correct horse battery\r\nsecond line ignored\n");
    assertThat(r.exit()).isEqualTo(MoltrCli.OK);
    String hash = r.out().strip();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(hash).matches("\\$2a\\$12\\$[./A-Za-z0-9]{53}").doesNotContain("correct");
    assertThat(BCrypt.verifyer().verify("correct horse battery".toCharArray(), hash).verified).isTrue();
  }

  @Test
  void emptyOrOverlongPasswordsAreRefusedWithoutEchoingThem() {
    Run empty = run("");
    assertThat(empty.exit()).isEqualTo(MoltrCli.ERROR);
    assertThat(empty.err()).contains("no password");
    assertThat(empty.out()).isEmpty();
    String tooLong = "p".repeat(73);
    Run longRun = run(tooLong + "\n");
    assertThat(longRun.exit()).isEqualTo(MoltrCli.ERROR);
    assertThat(longRun.err()).contains("72 bytes").doesNotContain(tooLong);
  }

  @Test
  void isACommandOfMoltr() {
    assertThat(MoltrCli.newCommandLine().getSubcommands()).containsKey("hash-password");
  }
}
