package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Docker cannot run here, so the container and service files are checked against the build:
 * the jar they copy is the one Maven makes, the directories exist, the ports are the defaults.
 */
class DeployFilesTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static String read(String p) throws Exception {
    return Files.readString(ROOT.resolve(p));
  }

  @Test
  void dockerfileCopiesWhatTheBuildMakes() throws Exception {
    String docker = read("deploy/Dockerfile");
    String pom = read("server/pom.xml");
    assertThat(pom).contains("<outputFile>${project.build.directory}/moltr.jar</outputFile>");
    assertThat(docker).contains("/src/server/target/moltr.jar").contains("-pl server -am package");
    for (String dir : new String[] {"config", "honeypots"}) {
      assertThat(docker).contains("/src/" + dir);
      assertThat(Files.isDirectory(ROOT.resolve(dir))).as(dir).isTrue();
    }
    assertThat(docker).contains("EXPOSE 8420 8421").contains("USER moltr").contains("HEALTHCHECK")
        .contains("/health");
  }

  @Test
  void portsAndPathsAgreeAcrossFiles() throws Exception {
    String serve = read("server/src/main/java/io/moltr/server/cli/ServeCommand.java");
    assertThat(serve).contains("MOLTR_PORT:-8420").contains("MOLTR_PROXY_PORT:-8421");
    String compose = read("deploy/docker-compose.yml");
    assertThat(compose).contains("8420:8420").contains("shield:8421").contains("internal: true")
        .contains("dockerfile: deploy/Dockerfile");
    String unit = read("deploy/moltr.service");
    assertThat(unit).contains("ExecStart=/usr/bin/java -XX:+UseParallelGC -jar /opt/moltr/moltr.jar serve")
        .contains("Restart=always").contains("ExecReload=/bin/kill -HUP");
    assertThat(read("deploy/Dockerfile")).contains("/opt/moltr/moltr.jar");
    assertThat(read("deploy/Caddyfile")).contains("127.0.0.1:8420").contains("tls1.2");
    assertThat(read("deploy/nginx.conf")).contains("127.0.0.1:8420").contains("TLSv1.2");
    // The cluster example uses the variables the server reads, and keeps Redis off the agents' network.
    String cluster = read("deploy/docker-compose.cluster.yml");
    assertThat(cluster).contains(io.moltr.server.cluster.RedisSettings.URL_ENV + ": redis://")
        .contains(io.moltr.server.cluster.RedisSettings.NODE_ENV).contains("dockerfile: deploy/Dockerfile")
        .contains("--requirepass");
    assertThat(cluster.substring(cluster.indexOf("  redis:"), cluster.indexOf("  shield-a:")))
        .contains("networks: [fleet]").doesNotContain("agents");
  }
}
