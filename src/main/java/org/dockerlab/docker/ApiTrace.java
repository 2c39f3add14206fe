package org.dockerlab.docker;

import java.util.ArrayList;
import java.util.List;

/** The Engine API requests made since the last {@link #drain()}; safe to use from several threads. */
public final class ApiTrace {
  private static final int MAX_KEPT = 500;
  private final List<ApiCall> calls = new ArrayList<>();

  synchronized void record(ApiCall call) {
    if (calls.size() < MAX_KEPT) {
      calls.add(call);
    }
  }

  /** Returns the calls recorded so far and forgets them. */
  public synchronized List<ApiCall> drain() {
    List<ApiCall> copy = List.copyOf(calls);
    calls.clear();
    return copy;
  }
}
