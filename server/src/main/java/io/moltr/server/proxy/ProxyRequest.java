package io.moltr.server.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The head of one request a client sent to the proxy: request line and headers, bounded. */
record ProxyRequest(String method, String target, String version, List<String[]> headers) {
  static final int MAX_HEAD_BYTES = 16 * 1024;

  /** A request head the proxy refuses, with the status to answer. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    Malformed(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Reads up to the blank line; empty when the client closed before sending anything. */
  static Optional<ProxyRequest> read(InputStream in) throws IOException {
    byte[] buf = new byte[MAX_HEAD_BYTES];
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (n == 0) {
          return Optional.empty();
        }
        throw new Malformed(400, "connection closed inside the request head");
      }
      if (n == buf.length) {
        throw new Malformed(431, "request head larger than " + MAX_HEAD_BYTES + " bytes");
      }
      buf[n++] = (byte) b;
      if (n >= 4 && buf[n - 4] == '\r' && buf[n - 3] == '\n' && buf[n - 2] == '\r' && buf[n - 1] == '\n') {
        break;
      }
      if (n >= 2 && buf[n - 2] == '\n' && buf[n - 1] == '\n') {
        break;
      }
    }
    String head = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r?\n");
    String[] parts = lines[0].split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new Malformed(400, "malformed request line");
    }
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      int colon = lines[i].indexOf(':');
      if (colon <= 0 || lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t') {
        throw new Malformed(400, "malformed header line");
      }
      headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
    }
    return Optional.of(new ProxyRequest(parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2], List.copyOf(headers)));
  }

  Optional<String> header(String name) {
    for (String[] h : headers) {
      if (h[0].equalsIgnoreCase(name)) {
        return Optional.of(h[1]);
      }
    }
    return Optional.empty();
  }

  /** Headers passed upstream: everything but hop-by-hop and proxy headers. */
  List<String[]> forwardHeaders() {
    List<String[]> out = new ArrayList<>();
    for (String[] h : headers) {
      String n = h[0].toLowerCase(Locale.ROOT);
      if (n.equals("proxy-authorization") || n.equals("proxy-connection") || n.equals("connection")
          || n.equals("keep-alive") || n.equals("te") || n.equals("upgrade") || n.equals("host")
          || n.equals("transfer-encoding")) {
        continue;
      }
      out.add(h);
    }
    return out;
  }
}
