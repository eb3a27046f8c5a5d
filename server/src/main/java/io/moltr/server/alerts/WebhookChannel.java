package io.moltr.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Generic JSON webhook. The receiver checks {@code X-Moltr-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of the exact body bytes under the shared secret, and can use the body's
 * {@code timestamp} to refuse replays.
 */
final class WebhookChannel implements Channel {
  static final String SIGNATURE_HEADER = "X-Moltr-Signature";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final byte[] secret;
  private final HttpPost http;

  WebhookChannel(URI url, String secret, HttpPost http) {
    this.url = url;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.http = http;
  }

  @Override
  public String name() {
    return "webhook";
  }

  @Override
  public void send(Message m) throws DeliveryException {
    Alert a = m.alert();
    ObjectNode body = JSON.createObjectNode();
    body.put("source", "moltr-shield");
    body.put("kind", a.kind().label());
    body.put("severity", a.severity().label());
    body.put("title", a.title());
    // A list, not an object: an integrity alert names several files under the same label.
    var fields = body.putArray("fields");
    for (Alert.Field f : a.fields()) {
      fields.addObject().put("name", f.name()).put("value", f.value());
    }
    body.put("similar_in_last_minute", m.similar());
    body.put("held_back_by_rate_limit", m.heldBack());
    body.put("timestamp", a.at().toString());
    body.put("text", m.text());
    byte[] bytes = HttpPost.utf8(body.toString());
    http.json(url, bytes, Map.of(SIGNATURE_HEADER, "sha256=" + sign(secret, bytes)));
  }

  static String sign(byte[] key, byte[] body) throws DeliveryException {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw DeliveryException.of(e);
    }
  }
}
