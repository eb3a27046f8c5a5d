package io.moltr.core.audit;

import io.moltr.core.audit.AuditFinding.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks an audit log and names each kind of damage at its place. The order of reasoning:
 *
 * <ol>
 *   <li>each line: is it an entry, and does its content match its hash (else MODIFIED; an
 *       incomplete line left by a crash is TORN_LINE);
 *   <li>entries sharing a sequence number, or linked to nothing and out of place: INSERTED;
 *   <li>the chain by sequence number: a broken link means a rewritten entry (MODIFIED), a gap
 *       means DELETED, or TRUNCATED where it starts at the end of a file;
 *   <li>file order: an entry after a higher sequence number is REORDERED;
 *   <li>the start of a whole log (directory or export): beginning after seq 1 is TRUNCATED
 *       unless a retention entry records deleting up to there; a single file may start anywhere;
 *   <li>an optional anchor kept elsewhere: a shorter log is TRUNCATED.
 * </ol>
 *
 * Every finding is reported; a torn line never hides damage before or after it. What a hash
 * chain without a key cannot show: someone who rewrites an entry and re-hashes every entry after
 * it, or cuts the tail, is only caught against an anchor or an earlier export's checksum.
 */
public final class AuditVerifier {

  private AuditVerifier() {}

  /** Verifies one audit file, or every {@code audit-*.jsonl} in a directory as one chain. */
  public static AuditReport verify(Path fileOrDirectory) {
    return verify(fileOrDirectory, null);
  }

  /** As {@link #verify(Path)}, and also checks the log still reaches {@code anchor} (nullable). */
  public static AuditReport verify(Path fileOrDirectory, AuditAnchor anchor) {
    try {
      List<Path> files =
          Files.isDirectory(fileOrDirectory)
              ? HashChainedLog.listFiles(fileOrDirectory)
              : List.of(fileOrDirectory);
      List<Source> sources = new ArrayList<>();
      for (Path f : files) {
        sources.add(new Source(f.getFileName().toString(), Files.readAllBytes(f)));
      }
      return check(sources, anchor, Files.isDirectory(fileOrDirectory));
    } catch (IOException e) {
      throw new AuditException("cannot read " + fileOrDirectory + ": " + e.getMessage(), e);
    }
  }

  /** Verifies an export (the concatenated files) under the given name. */
  public static AuditReport verifyBytes(String name, byte[] bytes, AuditAnchor anchor) {
    return check(List.of(new Source(name, bytes)), anchor, true);
  }

  private record Source(String name, byte[] bytes) {}

  private record Line(
      int index,
      int fileIndex, String file, long lineNo, String text, boolean terminated, boolean lastInFile,
      EntryCodec.Parsed parsed) {
    AuditEntry entry() {
      return parsed.entry();
    }
  }

  /** {@code wholeLog}: the sources claim to be the whole log, so its start is checked too. */
  private static AuditReport check(List<Source> sources, AuditAnchor anchor, boolean wholeLog) {
    List<Line> lines = split(sources);
    List<AuditFinding> findings = new ArrayList<>();
    List<Line> entries = new ArrayList<>();
    List<Integer> damagedLines = new ArrayList<>();

    // 1. lines
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.parsed().isEntry()) {
        AuditFinding f = classifyBadLine(lines, i, entries);
        findings.add(f);
        if (f.kind() == Kind.MODIFIED) {
          damagedLines.add(i);
        }
        continue;
      }
      if (l.parsed().hashOk()) {
        entries.add(l);
      } else {
        // Its fields, the sequence number included, can no longer be trusted: leave it out of
        // the chain analysis, where it stands in for the entry it replaced.
        findings.add(at(Kind.MODIFIED, l, "content does not match its hash"));
        damagedLines.add(i);
      }
    }

    Map<String, Line> byHash = new HashMap<>();
    Map<String, List<Line>> byPrev = new HashMap<>();
    for (Line e : entries) {
      byHash.putIfAbsent(e.entry().hash(), e);
      byPrev.computeIfAbsent(e.entry().prevHash(), k -> new ArrayList<>()).add(e);
    }

    // 2a. duplicate sequence numbers: keep the one the chain vouches for
    Map<Long, List<Line>> bySeq = new TreeMap<>();
    for (Line e : entries) {
      bySeq.computeIfAbsent(e.entry().seq(), k -> new ArrayList<>()).add(e);
    }
    Set<Line> rejected = new HashSet<>();
    for (List<Line> group : bySeq.values()) {
      if (group.size() < 2) {
        continue;
      }
      Line best = group.stream().max(Comparator.comparingInt(e -> score(e, byHash, byPrev))).get();
      for (Line e : group) {
        if (e != best) {
          rejected.add(e);
          if (e.parsed().hashOk()) {
            findings.add(at(Kind.INSERTED, e, "duplicates seq " + e.entry().seq() + " of " + where(best)));
          }
        }
      }
    }

    // 2b. entries linked to nothing that also sit out of place
    List<Line> inOrder = entries.stream().filter(e -> !rejected.contains(e)).toList();
    for (int i = 1; i < inOrder.size(); i++) {
      Line e = inOrder.get(i);
      boolean prevKnown = byHash.containsKey(e.entry().prevHash());
      boolean referenced = byPrev.containsKey(e.entry().hash());
      long before = inOrder.get(i - 1).entry().seq();
      Long after = i + 1 < inOrder.size() ? inOrder.get(i + 1).entry().seq() : null;
      boolean outOfPlace = e.entry().seq() <= before || (after != null && e.entry().seq() >= after);
      if (!prevKnown && !referenced && outOfPlace && e.parsed().hashOk()) {
        rejected.add(e);
        findings.add(at(Kind.INSERTED, e, "linked to no other entry; not part of the chain"));
      }
    }
    List<Line> chain = entries.stream().filter(e -> !rejected.contains(e)).toList();

    // 3. the chain by sequence number
    List<Line> bySeqOrder =
        chain.stream().sorted(Comparator.comparingLong(e -> e.entry().seq())).toList();
    if (!bySeqOrder.isEmpty()) {
      Line first = bySeqOrder.get(0);
      long firstSeq = first.entry().seq();
      if (firstSeq == 1 && !first.entry().prevHash().equals(EntryCodec.GENESIS)) {
        findings.add(at(Kind.MODIFIED, first, "first entry does not start from the genesis hash"));
      }
      // A log may start after seq 1 only where retention deleted whole files and said so.
      long retained = lastDeletedByRetention(chain);
      long missing = firstSeq - 1 - Math.max(retained, 0);
      if (wholeLog && firstSeq > 1 && retained < firstSeq - 1
          && damagedBetween(damagedLines, -1, first.index()) < missing) {
        findings.add(at(Kind.TRUNCATED, first, "seq " + range(Math.max(retained, 0) + 1, firstSeq - 1)
            + " missing from the start of the log (not removed by retention)"));
      }
    }
    for (int i = 1; i < bySeqOrder.size(); i++) {
      Line a = bySeqOrder.get(i - 1);
      Line b = bySeqOrder.get(i);
      long sa = a.entry().seq();
      long sb = b.entry().seq();
      if (sb == sa + 1) {
        if (!b.entry().prevHash().equals(a.entry().hash()) && a.parsed().hashOk() && b.parsed().hashOk()) {
          findings.add(
              at(Kind.MODIFIED, a, "rewritten and re-hashed: seq " + sb + " at " + where(b) + " links to a different hash"));
        }
      } else if (damagedBetween(damagedLines, a, b) >= sb - sa - 1) {
        // the missing entries are the unreadable lines already reported as MODIFIED
      } else if (a.lastInFile() && b.fileIndex() > a.fileIndex()) {
        findings.add(
            at(Kind.TRUNCATED, a, a.file() + " ends at seq " + sa + "; seq " + range(sa + 1, sb - 1)
                + " missing before " + where(b)));
      } else {
        findings.add(at(Kind.DELETED, b, "seq " + range(sa + 1, sb - 1) + " missing before this entry"));
      }
    }

    // 4. file order
    long maxSeen = Long.MIN_VALUE;
    for (Line e : chain) {
      if (e.entry().seq() < maxSeen) {
        findings.add(at(Kind.REORDERED, e, "appears after seq " + maxSeen));
      }
      maxSeen = Math.max(maxSeen, e.entry().seq());
    }

    // 5. anchor
    Line last = bySeqOrder.isEmpty() ? null : bySeqOrder.get(bySeqOrder.size() - 1);
    long lastSeq = last == null ? 0 : last.entry().seq();
    if (anchor != null) {
      String name = sources.isEmpty() ? "(no files)" : sources.get(sources.size() - 1).name();
      long damagedAfter = last == null ? damagedLines.size() : damagedBetween(damagedLines, last.index(), lines.size());
      if (anchor.seq() > lastSeq + damagedAfter) {
        findings.add(
            new AuditFinding(Kind.TRUNCATED, name, lines.isEmpty() ? 0 : lines.get(lines.size() - 1).lineNo(),
                lastSeq, "log ends at seq " + lastSeq + " but the anchor is seq " + anchor.seq()));
      } else {
        List<Line> atAnchor = bySeq.getOrDefault(anchor.seq(), List.of());
        boolean match = atAnchor.stream().anyMatch(e -> e.entry().hash().equals(anchor.hash()));
        if (!match && !atAnchor.isEmpty()) {
          findings.add(at(Kind.MODIFIED, atAnchor.get(0), "hash differs from the anchor"));
        }
      }
    }

    List<AuditFinding> ordered = sortByPlace(findings, sources);
    return new AuditReport(
        sources.size(),
        chain.size(),
        bySeqOrder.isEmpty() ? 0 : bySeqOrder.get(0).entry().seq(),
        lastSeq,
        last == null ? EntryCodec.GENESIS : last.entry().hash(),
        ordered);
  }

  /** A line that is no entry: torn by a crash (last line, or followed by the recovery note), or damage. */
  private static AuditFinding classifyBadLine(List<Line> lines, int i, List<Line> entriesSoFar) {
    Line l = lines.get(i);
    if (i == lines.size() - 1 && !l.text().isEmpty()) {
      return at(Kind.TORN_LINE, l, "incomplete last line (a crash during a write); not an entry");
    }
    if (i + 1 < lines.size() && !l.text().isEmpty()) {
      Line next = lines.get(i + 1);
      String lastHash =
          entriesSoFar.isEmpty() ? EntryCodec.GENESIS : entriesSoFar.get(entriesSoFar.size() - 1).entry().hash();
      if (next.parsed().isEntry()
          && next.parsed().hashOk()
          && next.entry().event().equals(HashChainedLog.EVENT_TORN_LINE)
          && next.entry().prevHash().equals(lastHash)) {
        return at(Kind.TORN_LINE, l, "incomplete line from a crash; the writer recovered after it");
      }
    }
    return at(Kind.MODIFIED, l, "not a valid audit entry (" + l.parsed().error() + ")");
  }

  private static long damagedBetween(List<Integer> damaged, Line a, Line b) {
    return damagedBetween(damaged, Math.min(a.index(), b.index()), Math.max(a.index(), b.index()));
  }

  /** Damaged lines strictly between two line indexes. */
  private static long damagedBetween(List<Integer> damaged, int lo, int hi) {
    return damaged.stream().filter(i -> i > lo && i < hi).count();
  }

  /** The highest sequence number retention says it deleted; -1 if it never ran. */
  private static long lastDeletedByRetention(List<Line> chain) {
    long max = -1;
    for (Line e : chain) {
      if (e.entry().event().equals(HashChainedLog.EVENT_RETENTION)
          && e.entry().details().get("last_deleted_seq") instanceof Number n) {
        max = Math.max(max, n.longValue());
      }
    }
    return max;
  }

  private static int score(Line e, Map<String, Line> byHash, Map<String, List<Line>> byPrev) {
    int s = e.parsed().hashOk() ? 4 : 0;
    List<Line> successors = byPrev.getOrDefault(e.entry().hash(), List.of());
    if (successors.stream().anyMatch(n -> n.entry().seq() == e.entry().seq() + 1)) {
      s += 2;
    }
    Line p = byHash.get(e.entry().prevHash());
    if (p != null && p.entry().seq() == e.entry().seq() - 1) {
      s += 1;
    }
    return s;
  }

  private static List<Line> split(List<Source> sources) {
    List<Line> out = new ArrayList<>();
    for (int fi = 0; fi < sources.size(); fi++) {
      Source src = sources.get(fi);
      String text = new String(src.bytes(), StandardCharsets.UTF_8);
      if (text.isEmpty()) {
        continue;
      }
      String[] parts = text.split("\n", -1);
      boolean endsWithNewline = text.endsWith("\n");
      int count = endsWithNewline ? parts.length - 1 : parts.length;
      for (int i = 0; i < count; i++) {
        boolean terminated = i < count - 1 || endsWithNewline;
        out.add(
            new Line(out.size(), fi, src.name(), i + 1, parts[i], terminated, i == count - 1, EntryCodec.decode(parts[i])));
      }
    }
    return out;
  }

  private static List<AuditFinding> sortByPlace(List<AuditFinding> findings, List<Source> sources) {
    Map<String, Integer> fileOrder = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      fileOrder.putIfAbsent(sources.get(i).name(), i);
    }
    return findings.stream()
        .sorted(
            Comparator.comparingInt((AuditFinding f) -> fileOrder.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparingLong(AuditFinding::line))
        .toList();
  }

  private static AuditFinding at(Kind kind, Line l, String message) {
    long seq = l.parsed().isEntry() ? l.entry().seq() : -1;
    return new AuditFinding(kind, l.file(), l.lineNo(), seq, message);
  }

  private static String where(Line l) {
    return l.file() + ":" + l.lineNo();
  }

  private static String range(long from, long to) {
    return from == to ? Long.toString(from) : from + ".." + to;
  }
}
