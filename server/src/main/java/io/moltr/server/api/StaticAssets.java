package io.moltr.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's files (classpath {@code web/}), read once at start: a fixed list, so no path
 * from a request ever reaches the class loader.
 */
final class StaticAssets {
  private record Asset(String contentType, byte[] bytes) {}

  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/app.js", "app.js",
      "/app.css", "app.css",
      "/favicon.svg", "favicon.svg");

  private final Map<String, Asset> byPath;

  private StaticAssets(Map<String, Asset> byPath) {
    this.byPath = byPath;
  }

  static StaticAssets load() {
    Map<String, Asset> out = new LinkedHashMap<>();
    FILES.forEach((path, file) -> {
      try (InputStream in = StaticAssets.class.getResourceAsStream("/web/" + file)) {
        if (in == null) {
          throw new IllegalStateException("dashboard file web/" + file + " is missing from the classpath");
        }
        out.put(path, new Asset(type(file), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dashboard file web/" + file, e);
      }
    });
    return new StaticAssets(out);
  }

  Set<String> paths() {
    return byPath.keySet();
  }

  void serve(Context ctx) {
    Asset a = byPath.get(ctx.path());
    // Revalidate each time: a new version of the shield must not run yesterday's script.
    ctx.header("Cache-Control", "no-cache");
    ctx.status(200).contentType(a.contentType()).result(a.bytes());
  }

  private static String type(String file) {
    if (file.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "image/svg+xml";
  }
}
