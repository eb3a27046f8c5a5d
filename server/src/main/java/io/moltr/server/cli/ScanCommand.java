package io.moltr.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.IncidentSink;
import io.moltr.server.Bootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Scan text for leaked secrets. Exit 0: clean, 1: leak found, 2: error.")
final class ScanCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Files to scan; '-' or none reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON result per input.")
  boolean json;

  @Option(names = "--redact", description = "Print the input with every finding replaced by [REDACTED:<rule>].")
  boolean redact;

  @Option(names = "--input", description = "Scan text heading INTO the agent (planted instructions, hidden text,"
      + " exfiltration links) instead of output for secrets; with --redact, print the sanitised text.")
  boolean input;

  @Override
  public Integer call() throws IOException {
    ShieldConfig config = Bootstrap.loadConfig(common.toServerOptions());
    Shield shield = Bootstrap.shield(config, common.toServerOptions(), IncidentSink.NONE, Clock.systemUTC());
    int limit = config.maxOutputLength();
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    boolean leak = false;
    for (String name : inputs) {
      String text = read(name, limit);
      Decision d = input ? shield.scanInput(text, name, RequestContext.LOCAL) : shield.scanOutput(text, RequestContext.LOCAL);
      boolean found = !d.allowed() || Boolean.TRUE.equals(d.details().get("would_block"));
      leak |= found;
      if (redact) {
        System.out.print(input ? String.valueOf(d.details().get("sanitized")) : shield.redact(text));
        continue;
      }
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input", name);
        out.put("allowed", d.allowed());
        out.put("reason", d.reason());
        Map<String, Object> details = new LinkedHashMap<>(d.details());
        details.remove("redacted");
        details.remove("sanitized");
        out.put("details", details);
        System.out.println(JSON.writeValueAsString(out));
      } else {
        System.out.println((found ? "LEAK  " : "clean ") + name + ": " + d.reason());
      }
    }
    return leak ? MoltrCli.FOUND : MoltrCli.OK;
  }

  static String read(String name, int limit) throws IOException {
    byte[] bytes;
    if (name.equals("-")) {
      InputStream in = System.in;
      bytes = in.readNBytes(limit * 4 + 1);
    } else {
      Path p = Path.of(name);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(name + ": no such file");
      }
      try (InputStream in = Files.newInputStream(p)) {
        bytes = in.readNBytes(limit * 4 + 1);
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (bytes.length > limit * 4 || text.length() > limit) {
      throw new IllegalArgumentException(name + ": longer than " + limit
          + " characters (scanners.output.max_output_length)");
    }
    return text;
  }
}
