package io.moltr.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.audit.AuditFinding;
import io.moltr.core.audit.AuditReport;
import io.moltr.core.audit.AuditVerifier;
import io.moltr.server.SafetyState;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The WORM audit log (hash-chained JSONL in <data-dir>/audit).",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Check the hash chain and name every modified, deleted, inserted, reordered or truncated entry.",
          "Reading only: safe while the server runs. A torn last line (a crash during a write) is reported but is not damage.",
          "Exit 0 intact, 1 damage found, 2 error."})
  static final class Verify implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..1",
        description = "An audit directory, one audit-*.jsonl file or an export (default: <data-dir>/audit).")
    Path path;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
      Path target = path != null ? path : SafetyState.auditDirectory(common.toServerOptions().dataDir());
      if (!Files.exists(target)) {
        throw new IllegalArgumentException("no audit log at " + target);
      }
      AuditReport report = AuditVerifier.verify(target);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(asMap(report)));
      } else {
        out.println(report.summary());
      }
      out.flush();
      return report.intact() ? MoltrCli.OK : MoltrCli.FOUND;
    }

    static Map<String, Object> asMap(AuditReport r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("intact", r.intact());
      m.put("files", r.files());
      m.put("entries", r.entries());
      m.put("first_seq", r.firstSeq());
      m.put("last_seq", r.lastSeq());
      m.put("last_hash", r.lastHash());
      List<Map<String, Object>> findings = new ArrayList<>();
      for (AuditFinding f : r.findings()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("kind", f.kind().name());
        fm.put("file", f.file());
        fm.put("line", f.line());
        fm.put("seq", f.seq());
        fm.put("message", f.message());
        findings.add(fm);
      }
      m.put("findings", findings);
      return m;
    }
  }
}
