package io.moltr.core.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Append-only JSONL file of incidents ({@code logs/moltr-forensic.jsonl}): one object per line,
 * written and flushed under a lock so lines never interleave.
 */
public final class ForensicLog implements IncidentSink, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;

  public ForensicLog(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      this.channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open forensic log " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void record(Incident incident) {
    try {
      byte[] line = (JSON.writeValueAsString(toJson(incident)) + "\n").getBytes(StandardCharsets.UTF_8);
      var buf = java.nio.ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write forensic log " + file, e);
    }
  }

  static Map<String, Object> toJson(Incident i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident_id", i.incidentId());
    m.put("timestamp", i.timestamp().toString());
    m.put("type", i.type());
    m.put("severity", i.severity().label());
    m.put("source_ip", i.sourceIp());
    m.put("user_agent", i.userAgent());
    m.put("reason", i.reason());
    m.put("rule", i.rule());
    m.put("input_sha256", i.inputSha256());
    m.put("preview", i.preview());
    m.put("enforced", i.enforced());
    m.putAll(i.extra());
    return m;
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing at shutdown: nothing left to protect
    }
  }
}
