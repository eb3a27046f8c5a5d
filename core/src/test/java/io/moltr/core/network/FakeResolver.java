package io.moltr.core.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Offline DNS: every name resolves to a public address unless told otherwise. */
final class FakeResolver implements HostResolver {
  private final Map<String, List<InetAddress>> answers = new HashMap<>();
  private final java.util.Set<String> missing = new java.util.HashSet<>();
  int calls;

  FakeResolver answer(String host, String... ips) {
    try {
      List<InetAddress> list = new java.util.ArrayList<>();
      for (String ip : ips) {
        list.add(InetAddress.getByName(ip)); // literals only: no lookup happens
      }
      answers.put(host, list);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  FakeResolver unknown(String host) {
    missing.add(host);
    return this;
  }

  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    calls++;
    if (missing.contains(host)) {
      throw new UnknownHostException(host);
    }
    List<InetAddress> a = answers.get(host);
    if (a != null) {
      return a;
    }
    return List.of(InetAddress.getByAddress(host, new byte[] {(byte) 140, 82, 112, 3}));
  }
}
