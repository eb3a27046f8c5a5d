package io.moltr.core.scan;

import io.moltr.core.config.ConfigNode;
import io.moltr.core.network.ShippedConfig;
import org.junit.jupiter.api.Test;

class ScratchUrlScanTest {
  @Test
  void scratch() {
    ConfigNode patterns = ConfigNode.load(ShippedConfig.dir().resolve("scan_patterns.yaml"));
    OutputScanner s = OutputScanner.fromConfig(patterns, ConfigNode.empty("x"));
    for (String t : new String[] {
        "https://raw.githubusercontent.com/a/b/main/ghs_5GuytnppbjsJHa84dugHSYKr8I2ukN29l1dV",
        "main/ghs_5GuytnppbjsJHa84dugHSYKr8I2ukN29l1dV",
        "token ghs_5GuytnppbjsJHa84dugHSYKr8I2ukN29l1dV",
        "https://x.com/?q=ghs_5GuytnppbjsJHa84dugHSYKr8I2ukN29l1dV",
        "https://github.com/a/b/AKIAJWM5WMCTUTIRFMNN/x",
        "/AKIAJWM5WMCTUTIRFMNN/x",
        "key AKIAJWM5WMCTUTIRFMNN",
    }) {
      System.out.println("SCRATCH " + s.scan(t).findings().size() + " " + t + " " + s.scan(t).findings());
    }
  }
}
