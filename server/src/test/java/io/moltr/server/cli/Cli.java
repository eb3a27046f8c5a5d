package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs `moltr` in-process with a given environment and standard input, capturing both outputs. */
final class Cli {
  static final Path SHIPPED_CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

  record Result(int exit, String out, String err) {
    /** An error is one line on stderr, with no stack trace. */
    Result isOneLineError(String containing) {
      assertThat(exit).as("exit code; out=%s err=%s", out, err).isEqualTo(MoltrCli.ERROR);
      assertThat(err.strip().lines()).as(err).hasSize(1);
      assertThat(err).contains(containing).doesNotContain("Exception").doesNotContain("\tat ");
      return this;
    }
  }

  private Cli() {}

  static Result run(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = MoltrCli.newCommandLine(new Terminal(env,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Every audit file's text, oldest first. */
  static String auditText(Path dataDir) {
    try (Stream<Path> s = Files.list(dataDir.resolve("audit"))) {
      StringBuilder sb = new StringBuilder();
      for (Path f : s.filter(p -> p.getFileName().toString().startsWith("audit-")).sorted().toList()) {
        sb.append(Files.readString(f));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
