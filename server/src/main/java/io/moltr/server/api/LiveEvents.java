package io.moltr.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import io.moltr.server.auth.AdminAuth;
import io.moltr.core.incident.Incident;
import io.moltr.core.killswitch.KillSwitch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events for the dashboard: new incidents and kill-switch changes. The dashboard
 * reads the stream with fetch() and its Authorization header (EventSource cannot send one, and a
 * token in the URL would land in access logs). The token is checked again before every push and
 * heartbeat, so an expired token or a lockdown (which revokes every session) ends the stream.
 */
public final class LiveEvents {
  private record Client(SseClient sse, String authorization) {}

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private AdminAuth auth;
  private volatile String node;

  /** In cluster mode: this node's id, sent with its incidents as the fleet's list shows them. */
  public void node(String id) {
    this.node = id;
  }

  /** Set by {@link DashboardApi} when it registers the stream. */
  void authenticateWith(AdminAuth auth) {
    this.auth = auth;
  }

  void add(SseClient sse, String authorization) {
    Client c = new Client(sse, authorization);
    clients.add(c);
    sse.onClose(() -> clients.remove(c));
    sse.keepAlive();
    sse.sendComment("connected");
  }

  int clients() {
    return clients.size();
  }

  /** Sends {@code data} as JSON to every client whose login is still valid. */
  public void publish(String event, Map<String, Object> data) {
    String json;
    try {
      json = JsonBody.MAPPER.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      return;
    }
    forEachValid(c -> c.sse().sendEvent(event, json));
  }

  /** A new incident, as the list shows it (the forensic log's fields, never the input). */
  public void incident(Incident i) {
    Map<String, Object> m = i.toJson();
    m.remove("input_sha256");
    m.keySet().removeAll(i.extra().keySet());
    if (node != null) {
      m.put("node", node);
    }
    publish("incident", m);
  }

  /** An incident another node of the fleet recorded (its fleet-stream record), projected as the list shows it. */
  public void fleetIncident(com.fasterxml.jackson.databind.JsonNode record) {
    publish("incident", IncidentLogReader.project(record, false));
  }

  /** The kill switch's new state, as GET /killswitch/status answers it. */
  public void killSwitchChanged(KillSwitch ks) {
    publish("killswitch", AdminApi.status(ks));
  }

  /** Keeps proxies from closing idle streams, and drops streams whose login ended. */
  public void heartbeat() {
    forEachValid(c -> c.sse().sendComment("ping"));
  }

  private void forEachValid(java.util.function.Consumer<Client> send) {
    for (Client c : clients) {
      if (c.sse().terminated() || auth == null || auth.authenticate(c.authorization()).isEmpty()) {
        clients.remove(c);
        closeQuietly(c);
        continue;
      }
      try {
        send.accept(c);
      } catch (RuntimeException e) {
        clients.remove(c);
        closeQuietly(c);
      }
    }
  }

  private static void closeQuietly(Client c) {
    try {
      c.sse().close();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  /** Closes every stream (server shutdown). */
  public void closeAll() {
    for (Client c : clients) {
      clients.remove(c);
      closeQuietly(c);
    }
  }
}
