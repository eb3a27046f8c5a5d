package io.moltr.server.cluster;

import io.lettuce.core.ScriptOutputType;
import io.moltr.core.incident.Pseudonymizer;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.SessionStore;
import io.moltr.server.auth.Sessions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboard sessions shared by the fleet. A session is a Redis hash (user, creation, the hash of
 * the current refresh token) that expires after 30 minutes without a refresh; each refresh token
 * hash points to its session for 12 hours, so a replayed one is recognised and revokes the
 * family on whichever node it is presented. Rotation is one script: two nodes cannot both accept
 * the same token. A lockdown sets a fleet-wide "not before": older sessions and access tokens
 * are refused everywhere.
 *
 * <p>While Redis is unreachable, sessions are this node's own (a {@link SessionStore}): people
 * log in again on the node they reach; the fleet's sessions are not honoured, since their
 * revocation could not be checked.
 */
public final class RedisSessions implements Sessions {
  private static final Logger LOG = LoggerFactory.getLogger(RedisSessions.class);

  // KEYS: token key. ARGV: presented hash, new hash, now ms, idle ms, max ms, prefix.
  private static final String ROTATE = String.join("\n",
      "local sid = redis.call('GET', KEYS[1])",
      "if not sid then return {'unknown'} end",
      "local skey = ARGV[6] .. 'sess:' .. sid",
      "local s = redis.call('HMGET', skey, 'user', 'created', 'cur')",
      "if not s[1] then return {'unknown'} end",
      "local now = tonumber(ARGV[3])",
      "local nb = tonumber(redis.call('GET', ARGV[6] .. 'sess:notbefore') or '0')",
      "if tonumber(s[2]) < nb then redis.call('DEL', skey) return {'unknown'} end",
      "if now >= tonumber(s[2]) + tonumber(ARGV[5]) then redis.call('DEL', skey) return {'expired'} end",
      "if s[3] ~= ARGV[1] then redis.call('DEL', skey) return {'reuse', sid} end",
      "redis.call('HSET', skey, 'cur', ARGV[2], 'last', ARGV[3])",
      "redis.call('PEXPIRE', skey, ARGV[4])",
      "redis.call('SET', ARGV[6] .. 'sess:tok:' .. ARGV[2], sid, 'PX', ARGV[5])",
      "return {'ok', sid, s[1]}");
  // KEYS: session key, not-before key. Returns 1 when the session exists and is not revoked.
  private static final String ACTIVE = String.join("\n",
      "local created = redis.call('HGET', KEYS[1], 'created')",
      "if not created then return 0 end",
      "local nb = tonumber(redis.call('GET', KEYS[2]) or '0')",
      "if tonumber(created) < nb then return 0 end",
      "return 1");

  private final ClusterStore store;
  private final SessionStore local;
  private final Clock clock;

  public RedisSessions(ClusterStore store, SessionStore local, Clock clock) {
    this.store = store;
    this.local = local;
    this.clock = clock;
  }

  private String sessionKey(String sid) {
    return store.key("sess:" + sid);
  }

  private String tokenKey(String hash) {
    return store.key("sess:tok:" + hash);
  }

  @Override
  public Grant open(String user) {
    if (!store.up()) {
      return local.open(user);
    }
    String sid = SessionStore.randomId();
    String token = SessionStore.randomId();
    String hash = ApiKeyStore.sha256(token);
    long now = clock.millis();
    try {
      store.call(c -> {
        c.hset(sessionKey(sid), java.util.Map.of("user", user, "created", Long.toString(now),
            "last", Long.toString(now), "cur", hash));
        c.pexpire(sessionKey(sid), SessionStore.IDLE_TIMEOUT.toMillis());
        c.psetex(tokenKey(hash), SessionStore.MAX_LIFETIME.toMillis(), sid);
        return null;
      });
      LOG.info("session {} opened for dashboard user {} (fleet)", Pseudonymizer.token(sid), user);
      return new Grant(sid, user, token);
    } catch (ClusterStore.Unavailable e) {
      return local.open(user);
    }
  }

  @Override
  public Rotation rotate(String refreshToken) {
    if (refreshToken == null || refreshToken.isEmpty() || refreshToken.length() > 256) {
      return new Refused("no refresh token");
    }
    if (!store.up()) {
      return local.rotate(refreshToken);
    }
    String hash = ApiKeyStore.sha256(refreshToken);
    String next = SessionStore.randomId();
    try {
      List<String> r = store.call(c -> c.eval(ROTATE, ScriptOutputType.MULTI, new String[] {tokenKey(hash)},
          hash, ApiKeyStore.sha256(next), Long.toString(clock.millis()),
          Long.toString(SessionStore.IDLE_TIMEOUT.toMillis()), Long.toString(SessionStore.MAX_LIFETIME.toMillis()),
          store.settings().prefix()));
      switch (r.get(0)) {
        case "ok":
          return new Rotated(new Grant(r.get(1), r.get(2), next));
        case "reuse":
          LOG.warn("session {}: a replaced refresh token was presented again; the session is revoked fleet-wide",
              Pseudonymizer.token(r.get(1)));
          return new Refused("refresh token reuse; session revoked");
        case "expired":
          return new Refused("session expired");
        default:
          // Not a fleet token: perhaps one this node issued while Redis was unreachable.
          return local.rotate(refreshToken);
      }
    } catch (ClusterStore.Unavailable e) {
      return local.rotate(refreshToken);
    }
  }

  @Override
  public void revokeByRefreshToken(String refreshToken) {
    local.revokeByRefreshToken(refreshToken);
    if (refreshToken == null || refreshToken.length() > 256) {
      return;
    }
    try {
      String sid = store.call(c -> c.get(tokenKey(ApiKeyStore.sha256(refreshToken))));
      if (sid != null) {
        store.call(c -> c.del(sessionKey(sid)));
        LOG.info("session {} logged out (fleet)", Pseudonymizer.token(sid));
      }
    } catch (ClusterStore.Unavailable e) {
      LOG.warn("logout could not reach the cluster store; the session ends when it idles out");
    }
  }

  @Override
  public void revokeSession(String sessionId) {
    local.revokeSession(sessionId);
    if (sessionId == null || sessionId.length() > 128) {
      return;
    }
    try {
      store.call(c -> c.del(sessionKey(sessionId)));
    } catch (ClusterStore.Unavailable e) {
      LOG.warn("logout could not reach the cluster store; the session ends when it idles out");
    }
  }

  @Override
  public boolean isActive(String sessionId) {
    if (sessionId == null || sessionId.length() > 128) {
      return false;
    }
    if (local.isActive(sessionId)) {
      return true;
    }
    if (!store.up()) {
      return false;
    }
    try {
      Long r = store.call(c -> c.<Long>eval(ACTIVE, ScriptOutputType.INTEGER,
          sessionKey(sessionId), store.key("sess:notbefore")));
      return r != null && r == 1L;
    } catch (ClusterStore.Unavailable e) {
      return false;
    }
  }

  @Override
  public void revokeAll(String reason) {
    local.revokeAll(reason);
    long now = clock.millis();
    try {
      store.call(c -> c.set(store.key("sess:notbefore"), Long.toString(now)));
      LOG.warn("all dashboard sessions of the fleet revoked: {}", reason);
    } catch (ClusterStore.Unavailable e) {
      // The lockdown reaches the other nodes through the kill switch, and each revokes there.
      LOG.error("fleet-wide session revocation could not reach Redis; revoked on this node");
    }
  }

  @Override
  public Instant notBefore() {
    Instant mine = local.notBefore();
    if (!store.up()) {
      return mine;
    }
    try {
      String v = store.call(c -> c.get(store.key("sess:notbefore")));
      Instant fleet = v == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(v));
      return fleet.isAfter(mine) ? fleet : mine;
    } catch (ClusterStore.Unavailable | NumberFormatException e) {
      return mine;
    }
  }

  @Override
  public int openSessions() {
    return local.openSessions(); // the fleet's count is not kept; this node's local ones only
  }
}
