package io.moltr.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;

/** Slack incoming webhook: {@code {"text": ...}}. */
final class SlackChannel implements Channel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpPost http;

  SlackChannel(URI url, HttpPost http) {
    this.url = url;
    this.http = http;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void send(Message m) throws DeliveryException {
    ObjectNode body = JSON.createObjectNode();
    body.put("text", escape(m.text()));
    http.json(url, HttpPost.utf8(body.toString()), Map.of());
  }

  /** Slack's own escaping, so a user agent cannot write {@code <!channel>} or a link. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
