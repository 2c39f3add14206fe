package org.dockerlab.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;

/** Records every Engine API request (method, path, status, time to the response headers). */
record TracingHttpClient(DockerHttpClient delegate, ApiTrace trace) implements DockerHttpClient {
  @Override
  public Response execute(Request request) {
    long start = System.nanoTime();
    Response response = delegate.execute(request);
    long millis = (System.nanoTime() - start) / 1_000_000;
    trace.record(new ApiCall(request.method(), request.path(), response.getStatusCode(), millis));
    return response;
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
