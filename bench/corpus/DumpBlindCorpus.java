package io.moltr.core.scan;

/** Writes the blind corpus (BlindCorpusTest's samples, same seed) as JSON lines for bench/corpus/run.sh. */
import java.io.*;
import java.nio.file.*;
import java.util.*;
public class DumpBlindCorpus {
  static String esc(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\""); case '\\' -> b.append("\\\\");
        default -> { if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
      }
    }
    return b.append('"').toString();
  }
  public static void main(String[] a) throws Exception {
    Random r = new Random(0x5EC12E7L);
    List<BlindCorpus.Positive> pos = BlindCorpus.positives(r, 10);
    List<BlindNegatives.Negative> neg = BlindNegatives.negatives(r, 18);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[0])))) {
      for (var p : pos) w.println("{\"positive\":true,\"kind\":" + esc(p.kind()) + ",\"encoding\":" + esc(p.encoding()) + ",\"text\":" + esc(p.text()) + "}");
      for (var n : neg) w.println("{\"positive\":false,\"kind\":" + esc(n.category()) + ",\"encoding\":\"-\",\"text\":" + esc(n.text()) + "}");
    }
    System.out.println(pos.size() + " positives, " + neg.size() + " negatives");
  }
}
