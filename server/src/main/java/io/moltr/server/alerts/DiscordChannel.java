package io.moltr.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;

/** Discord webhook: {@code content} with every mention disabled. */
final class DiscordChannel implements Channel {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Discord refuses longer content. */
  static final int MAX_CONTENT = 2000;

  private final URI url;
  private final HttpPost http;

  DiscordChannel(URI url, HttpPost http) {
    this.url = url;
    this.http = http;
  }

  @Override
  public String name() {
    return "discord";
  }

  @Override
  public void send(Message m) throws DeliveryException {
    String text = m.text().length() > MAX_CONTENT ? m.text().substring(0, MAX_CONTENT - 1) + "…" : m.text();
    ObjectNode body = JSON.createObjectNode();
    body.put("content", text);
    // An attacker-chosen user agent must not be able to ping @everyone.
    body.putObject("allowed_mentions").putArray("parse");
    http.json(url, HttpPost.utf8(body.toString()), Map.of());
  }
}
