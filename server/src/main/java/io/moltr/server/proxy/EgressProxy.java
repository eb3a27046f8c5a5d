package io.moltr.server.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import io.moltr.core.killswitch.ActionKind;
import io.moltr.server.auth.ApiKeyStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The egress proxy: an HTTP forward proxy (absolute-form requests and CONNECT tunnels) that asks
 * the shield about every destination and connects only to an address the shield checked, so the
 * check and the connection cannot diverge (no DNS rebinding between them).
 *
 * <p>Order per connection: read the request head (bounded), authenticate (Proxy-Authorization
 * with an agent key, unless turned off), decide with {@link Shield#checkUrl} (request bodies up to
 * the scan limit are scanned as the payload), connect to a checked address, then move bytes.
 * One request per connection: the proxy answers with {@code Connection: close}.
 */
public final class EgressProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EgressProxy.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BUFFER = 256 * 1024;

  /** Proxy settings: where it listens, whether it wants a key, how it answers a denial. */
  public record Settings(
      String bind, int port, boolean requireAuth, boolean deception, int maxConnections,
      Duration connectTimeout, Duration idleTimeout, int maxScannedBodyBytes) {}

  /** Opens the upstream connection to one of the addresses the policy checked. */
  @FunctionalInterface
  public interface Upstream {
    Socket connect(String host, int port, List<InetAddress> checked, Duration timeout) throws IOException;

    /** Connects to the first checked address that answers. */
    Upstream DIRECT = (host, port, checked, timeout) -> {
      IOException last = new IOException("no address to connect to");
      for (InetAddress a : checked) {
        Socket s = new Socket();
        try {
          s.connect(new InetSocketAddress(a, port), (int) timeout.toMillis());
          return s;
        } catch (IOException e) {
          s.close();
          last = e;
        }
      }
      throw last;
    };
  }

  private final Supplier<Shield> shield;
  private final ApiKeyStore keys;
  private final Settings settings;
  private final Upstream upstream;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong denied = new AtomicLong();
  private final AtomicLong allowed = new AtomicLong();
  private final AtomicLong bytesUp = new AtomicLong();
  private final AtomicLong bytesDown = new AtomicLong();
  private ServerSocket server;
  private ExecutorService workers;
  private Thread acceptor;

  public EgressProxy(Shield shield, ApiKeyStore keys, Settings settings, Upstream upstream) {
    this(() -> shield, keys, settings, upstream);
  }

  /** The shield is looked up per connection, so a configuration reload takes effect at once. */
  public EgressProxy(Supplier<Shield> shield, ApiKeyStore keys, Settings settings, Upstream upstream) {
    this.shield = shield;
    this.keys = keys;
    this.settings = settings;
    this.upstream = upstream;
  }

  /** Binds and starts accepting; returns the bound port. */
  public int start() throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getByName(settings.bind()), settings.port()), 256);
    // Two threads per connection at most (one per direction of a tunnel).
    workers = new ThreadPoolExecutor(0, settings.maxConnections() * 2, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "moltr-proxy");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    acceptor = new Thread(this::acceptLoop, "moltr-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server.getLocalPort();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Counters for /status. */
  public Map<String, Object> stats() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", true);
    m.put("port", port());
    m.put("open_connections", active.get());
    m.put("allowed", allowed.get());
    m.put("denied", denied.get());
    m.put("bytes_up", bytesUp.get());
    m.put("bytes_down", bytesDown.get());
    return m;
  }

  /** Closes every open connection and tunnel at once (the kill switch's NETWORK_CUT). */
  public void closeAllConnections() {
    for (Socket s : open) {
      closeQuietly(s);
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (!server.isClosed()) {
          LOG.warn("proxy accept failed: {}", e.getClass().getSimpleName());
        }
        continue;
      }
      if (active.get() >= settings.maxConnections()) {
        refuseBusy(client);
        continue;
      }
      try {
        active.incrementAndGet();
        workers.execute(() -> {
          try {
            handle(client);
          } finally {
            active.decrementAndGet();
          }
        });
      } catch (RuntimeException e) {
        active.decrementAndGet();
        refuseBusy(client);
      }
    }
  }

  private void refuseBusy(Socket client) {
    try (client) {
      client.setSoTimeout(1000);
      writeStatus(client.getOutputStream(), 503, "Service Unavailable", "proxy is at its connection limit", null, null);
    } catch (IOException e) {
      // the client is gone; nothing to tell it
    }
  }

  private void handle(Socket client) {
    open.add(client);
    long started = System.nanoTime();
    String target = "-";
    long[] bytes = new long[2];
    try {
      client.setSoTimeout((int) settings.idleTimeout().toMillis());
      client.setTcpNoDelay(true);
      // Buffered, and used for every later read from this client: a client may send its TLS
      // hello or body right behind the head, and those bytes must not be lost.
      InputStream in = new java.io.BufferedInputStream(client.getInputStream(), 16 * 1024);
      OutputStream out = client.getOutputStream();
      Optional<ProxyRequest> read;
      try {
        read = ProxyRequest.read(in);
      } catch (ProxyRequest.Malformed e) {
        writeStatus(out, e.status, e.status == 431 ? "Request Header Fields Too Large" : "Bad Request", e.getMessage(), null, null);
        return;
      }
      if (read.isEmpty()) {
        return;
      }
      ProxyRequest req = read.get();
      String principal = "proxy";
      if (settings.requireAuth()) {
        Optional<String> who = keys.authenticate(proxyKey(req));
        if (who.isEmpty()) {
          writeStatus(out, 407, "Proxy Authentication Required",
              "the proxy needs an agent API key (Proxy-Authorization: Basic or Bearer)", null, null,
              "Proxy-Authenticate: Basic realm=\"moltr\"");
          return;
        }
        principal = who.get();
      }
      RequestContext ctx = new RequestContext(client.getInetAddress().getHostAddress(),
          req.header("User-Agent").orElse(""), principal);
      if (req.method().equals("CONNECT")) {
        target = req.target();
        tunnel(client, in, req, ctx, bytes);
      } else {
        target = req.target().length() > 200 ? req.target().substring(0, 200) : req.target();
        forward(client, in, req, ctx, bytes);
      }
    } catch (IOException e) {
      LOG.debug("proxy connection ended: {}", e.getClass().getSimpleName());
    } finally {
      open.remove(client);
      closeQuietly(client);
      bytesUp.addAndGet(bytes[0]);
      bytesDown.addAndGet(bytes[1]);
      LOG.info("proxy {} up={}B down={}B {}ms", redactTarget(target), bytes[0], bytes[1],
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private void tunnel(Socket client, InputStream in, ProxyRequest req, RequestContext ctx, long[] bytes)
      throws IOException {
    OutputStream out = client.getOutputStream();
    HostPort hp = HostPort.parse(req.target());
    if (hp == null) {
      writeStatus(out, 400, "Bad Request", "CONNECT needs host:port", null, null);
      return;
    }
    Decision d = shield.get().checkEgress(ActionKind.PROXY, "https://" + hp.authority() + "/", null, ctx);
    if (!d.allowed()) {
      denied.incrementAndGet();
      // A TLS tunnel cannot be faked without a CA the agent trusts, so deception answers 403 too.
      writeStatus(out, 403, "Forbidden", d.reason(), (String) d.details().get("incident_id"), d);
      return;
    }
    allowed.incrementAndGet();
    Socket up;
    try {
      up = upstream.connect(hp.host(), hp.port(), addresses(d, hp.host()), settings.connectTimeout());
    } catch (IOException e) {
      writeStatus(out, 502, "Bad Gateway", "cannot connect to " + hp.authority(), null, null);
      return;
    }
    open.add(up);
    try (up) {
      up.setSoTimeout((int) settings.idleTimeout().toMillis());
      up.setTcpNoDelay(true);
      writeRaw(out, "HTTP/1.1 200 Connection Established\r\n\r\n");
      pump(client, in, up, bytes);
    } finally {
      open.remove(up);
    }
  }

  private void forward(Socket client, InputStream in, ProxyRequest req, RequestContext ctx, long[] bytes)
      throws IOException {
    OutputStream out = client.getOutputStream();
    URI uri;
    try {
      uri = URI.create(req.target());
    } catch (IllegalArgumentException e) {
      writeStatus(out, 400, "Bad Request", "the request target must be an absolute http:// URL", null, null);
      return;
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      writeStatus(out, 400, "Bad Request", "the request target must be an absolute http:// URL", null, null);
      return;
    }
    if (req.header("Transfer-Encoding").isPresent()) {
      writeStatus(out, 411, "Length Required", "chunked request bodies are not accepted; send Content-Length", null, null);
      return;
    }
    long length = 0;
    Optional<String> cl = req.header("Content-Length");
    if (cl.isPresent()) {
      try {
        length = Long.parseLong(cl.get().trim());
      } catch (NumberFormatException e) {
        length = -1;
      }
      if (length < 0) {
        writeStatus(out, 400, "Bad Request", "invalid Content-Length", null, null);
        return;
      }
    }
    if (length > settings.maxScannedBodyBytes()) {
      // The shield must see a body to let it out; larger bodies are refused, not streamed unseen.
      writeStatus(out, 413, "Payload Too Large", "request bodies over " + settings.maxScannedBodyBytes()
          + " bytes are not forwarded", null, null);
      return;
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length != length) {
      writeStatus(out, 400, "Bad Request", "request body shorter than Content-Length", null, null);
      return;
    }
    String payload = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
    Decision d = shield.get().checkEgress(ActionKind.PROXY, req.target(), payload, ctx);
    if (!d.allowed()) {
      denied.incrementAndGet();
      if (settings.deception()) {
        writeRaw(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
            + "Connection: close\r\n\r\n{\"status\":\"ok\"}");
      } else {
        writeStatus(out, 403, "Forbidden", d.reason(), (String) d.details().get("incident_id"), d);
      }
      return;
    }
    allowed.incrementAndGet();
    int port = uri.getPort() > 0 ? uri.getPort() : (uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
    String host = uri.getHost();
    Socket up;
    try {
      up = upstream.connect(host, port, addresses(d, host), settings.connectTimeout());
    } catch (IOException e) {
      writeStatus(out, 502, "Bad Gateway", "cannot connect to " + host, null, null);
      return;
    }
    open.add(up);
    try (up) {
      up.setSoTimeout((int) settings.idleTimeout().toMillis());
      StringBuilder head = new StringBuilder();
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      head.append(req.method()).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(uri.getRawAuthority().replaceFirst("^.*@", "")).append("\r\n");
      for (String[] h : req.forwardHeaders()) {
        if (!h[0].equalsIgnoreCase("content-length")) {
          head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
      }
      if (body.length > 0 || cl.isPresent()) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream upOut = up.getOutputStream();
      upOut.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      upOut.write(body);
      upOut.flush();
      bytes[0] += head.length() + body.length;
      bytes[1] += copy(up.getInputStream(), out);
    }
  }

  /** Moves bytes both ways until either side closes. */
  private void pump(Socket client, InputStream clientIn, Socket up, long[] bytes) throws IOException {
    var upToClient = workers.submit(() -> {
      try {
        bytes[1] += copy(up.getInputStream(), client.getOutputStream());
      } catch (IOException e) {
        // one side closed; the other direction ends below
      } finally {
        try {
          client.shutdownOutput();
        } catch (IOException e) {
          closeQuietly(client);
        }
      }
      return null;
    });
    try {
      bytes[0] += copy(clientIn, up.getOutputStream());
      up.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(up);
    }
    try {
      upToClient.get(settings.idleTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      closeQuietly(up);
    }
  }

  private static long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buf = new byte[BUFFER];
    long total = 0;
    int n;
    try {
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n); // socket streams are unbuffered: nothing waits for a flush
        total += n;
      }
    } catch (SocketException e) {
      // closed by the other side or by closeAllConnections()
    }
    return total;
  }

  private static List<InetAddress> addresses(Decision d, String host) throws IOException {
    Object listed = d.details().get("addresses");
    List<InetAddress> out = new ArrayList<>();
    if (listed instanceof List<?> l) {
      for (Object o : l) {
        // Literal addresses: no lookup happens here.
        out.add(InetAddress.getByName(String.valueOf(o)));
      }
    }
    if (out.isEmpty()) {
      // DNS checking is off: resolve now (the operator chose not to pin addresses).
      for (InetAddress a : InetAddress.getAllByName(host)) {
        out.add(a);
      }
    }
    return out;
  }

  private static String proxyKey(ProxyRequest req) {
    String h = req.header("Proxy-Authorization").orElse(null);
    if (h == null) {
      return null;
    }
    if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return h.substring(7).trim();
    }
    if (h.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String userPass = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = userPass.indexOf(':');
        String user = colon < 0 ? userPass : userPass.substring(0, colon);
        String pass = colon < 0 ? "" : userPass.substring(colon + 1);
        return pass.isEmpty() ? user : pass;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static void writeStatus(OutputStream out, int status, String text, String reason, String incident,
      Decision d, String... extraHeaders) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", reason);
    if (incident != null) {
      body.put("incident_id", incident);
    }
    if (d != null) {
      body.put("allowed", false);
      body.put("rule", d.details().get("rule"));
    }
    byte[] json = JSON.writeValueAsBytes(body);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(text).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    for (String h : extraHeaders) {
      head.append(h).append("\r\n");
    }
    head.append("X-Moltr-Reason: ").append(headerSafe(reason)).append("\r\n");
    if (incident != null) {
      head.append("X-Moltr-Incident: ").append(incident).append("\r\n");
    }
    head.append("Content-Length: ").append(json.length).append("\r\nConnection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(json);
    out.flush();
  }

  private static void writeRaw(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String headerSafe(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 200; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return b.toString();
  }

  private static String redactTarget(String target) {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q) + "?…";
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // shutting down
    }
    closeAllConnections();
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  /** host:port of a CONNECT target, IPv6 in brackets. */
  record HostPort(String host, int port) {
    String authority() {
      return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    static HostPort parse(String target) {
      int colon = target.lastIndexOf(':');
      if (colon <= 0 || colon == target.length() - 1) {
        return null;
      }
      String host = target.substring(0, colon);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      try {
        int port = Integer.parseInt(target.substring(colon + 1));
        return port > 0 && port <= 65535 && !host.isEmpty() ? new HostPort(host, port) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
