package org.dockerlab.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import java.util.function.Consumer;

/**
 * Follows one of the engine's JSON progress streams (pull, push), handing each line on as a
 * {@link RegistryEvent.Progress}. The engine reports errors inside the stream ({@code errorDetail}), which
 * docker-java then ends "successfully", so the first one is kept for {@link #throwIfFailed}.
 */
final class ProgressStream<T extends ResponseItem> extends ResultCallback.Adapter<T> {
  private final Consumer<RegistryEvent> events;
  private volatile String error;

  ProgressStream(Consumer<RegistryEvent> events) {
    this.events = events;
  }

  @Override
  public void onNext(T item) {
    if (item.isErrorIndicated()) {
      if (error == null) {
        error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
            ? item.getErrorDetail().getMessage()
            : item.getError();
      }
      return;
    }
    ResponseItem.ProgressDetail detail = item.getProgressDetail();
    long current = detail == null || detail.getCurrent() == null ? 0 : detail.getCurrent();
    long total = detail == null || detail.getTotal() == null ? 0 : detail.getTotal();
    events.accept(new RegistryEvent.Progress(item.getId(), item.getStatus(), current, total));
  }

  /** Fails with the engine's words when it reported an error inside the stream. */
  void throwIfFailed() {
    if (error != null) {
      throw new EngineError(500, error, null);
    }
  }
}
