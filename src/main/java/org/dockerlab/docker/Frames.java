package org.dockerlab.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.IOException;

/** Hands a container's output frames (attach, logs, exec) to an {@link OutputSink}; stops when its reader went away. */
final class Frames extends ResultCallback.Adapter<Frame> {
  private final OutputSink sink;

  Frames(OutputSink sink) {
    this.sink = sink;
  }

  @Override
  public void onNext(Frame frame) {
    byte[] payload = frame.getPayload();
    if (payload == null || payload.length == 0) {
      return;
    }
    try {
      if (frame.getStreamType() == StreamType.STDERR) {
        sink.stderr(payload);
      } else {
        sink.stdout(payload);
      }
    } catch (IOException e) {
      // the reader went away (a closed pipe): stop streaming, as the CLI does, without an error of our own
      Waits.closeQuietly(this);
    }
  }
}
