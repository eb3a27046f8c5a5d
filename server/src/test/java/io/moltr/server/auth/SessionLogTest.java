package io.moltr.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Session and token ids appear in logs by their first 8 characters only; secrets never. */
class SessionLogTest {
  private static final String PASSWORD = "pw-for-the-log-test";
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.moltr.server.auth");

  private Level before;

  @TempDir Path data;

  @BeforeEach
  void attach() {
    before = logger.getLevel();
    logger.setLevel(Level.INFO);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(appender);
    logger.setLevel(before);
  }

  @Test
  void logsNeverHoldAFullIdTokenOrPassword() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    DashboardUsers users = DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "alice",
        DashboardUsers.HASH_ENV, PasswordHashes.hash(PASSWORD.toCharArray(), 4)));
    DashboardAuth auth = DashboardAuth.create(users, "k".repeat(64), clock, d -> { });

    DashboardAuth.Tokens t1 = ((DashboardAuth.LoggedIn) auth.login("alice", PASSWORD.toCharArray(), "203.0.113.77")).tokens();
    DashboardAuth.Tokens t2 = auth.refresh(t1.refreshToken()).orElseThrow();
    assertThat(auth.refresh(t1.refreshToken())).as("reuse").isEmpty();
    DashboardAuth.Tokens t3 = ((DashboardAuth.LoggedIn) auth.login("alice", PASSWORD.toCharArray(), "203.0.113.77")).tokens();
    auth.login("alice", "wrong-password-typed".toCharArray(), "203.0.113.77");
    auth.logout(t3.refreshToken(), "Bearer " + t3.accessToken());
    auth.login("alice", PASSWORD.toCharArray(), "203.0.113.77");
    auth.sessions().revokeAll("lockdown");
    clock.advance(Duration.ofMinutes(1));

    List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    String sid1 = (String) SignedJWT.parse(t1.accessToken()).getJWTClaimsSet().getClaim("sid");
    String sid3 = (String) SignedJWT.parse(t3.accessToken()).getJWTClaimsSet().getClaim("sid");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("session " + sid1.substring(0, 8) + "…").contains("replaced refresh token"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(sid3.substring(0, 8) + "…").contains("logged out"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("all dashboard sessions revoked").contains("lockdown"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("failed dashboard login from 203.0.113.0"));
    for (String secret : List.of(sid1, sid3, t1.refreshToken(), t2.refreshToken(), t3.refreshToken(), t1.accessToken(),
        PASSWORD, "wrong-password-typed", "203.0.113.77")) {
      assertThat(lines).noneSatisfy(l -> assertThat(l).contains(secret));
    }
  }
}
