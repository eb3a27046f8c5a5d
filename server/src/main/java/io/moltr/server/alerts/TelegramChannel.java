package io.moltr.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;

/** Telegram Bot API {@code sendMessage}, plain text (no parse mode, so nothing needs escaping). */
final class TelegramChannel implements Channel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final String chatId;
  private final HttpPost http;

  TelegramChannel(URI apiBase, String botToken, String chatId, HttpPost http) {
    String base = apiBase.toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/bot" + botToken + "/sendMessage");
    this.chatId = chatId;
    this.http = http;
  }

  @Override
  public String name() {
    return "telegram";
  }

  @Override
  public void send(Message m) throws DeliveryException {
    ObjectNode body = JSON.createObjectNode();
    body.put("chat_id", chatId);
    body.put("text", m.text());
    body.put("disable_web_page_preview", true);
    http.json(endpoint, HttpPost.utf8(body.toString()), Map.of());
  }
}
