package io.moltr.server;

import java.nio.file.Path;

/** Where the shield finds its policy and keeps its state, and where it listens. */
public record ServerOptions(
    Path configDir, Path dataDir, Path logDir, Path workDir, String bind, int port, int proxyPort, String modeOverride) {}
