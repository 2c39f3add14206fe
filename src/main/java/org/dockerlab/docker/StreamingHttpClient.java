package org.dockerlab.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import com.github.dockerjava.transport.UnixSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentLengthStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultContentLengthStrategy;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Engine API client for archive streams ({@code docker load}, {@code import}, {@code build}'s context,
 * {@code save}, {@code export}): the same httpclient5 connections as docker-java's transport (Unix socket,
 * TCP, TLS), with a request body sent {@value #WRITE} bytes at a time in chunks as large. docker-java's
 * transport copies a streamed body 4 KiB at a time into 8 KiB chunks and offers no setting for it: 58,000
 * writes for a 300 MB {@code docker load}, each waking the engine, against the docker CLI's 30,000.
 * No attach or exec here (hijacked connections stay with docker-java).
 */
final class StreamingHttpClient implements DockerHttpClient {
  /** Bytes per write of a streamed body, and so per chunk on the wire. */
  static final int WRITE = 256 * 1024;

  private static final int SOCKET_BUFFER = 64 * 1024;

  private final CloseableHttpClient client;
  private final HttpHost host;
  private final String pathPrefix;

  /** For an engine at {@code dockerHost} ({@code unix:///var/run/docker.sock}, {@code tcp://host:2376}). */
  StreamingHttpClient(URI dockerHost, SSLConfig sslConfig, Duration connectTimeout) {
    SSLContext tls;
    try {
      tls = sslConfig == null ? null : sslConfig.getSSLContext();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS for " + dockerHost + ": " + e.getMessage(), e);
    }
    String scheme = dockerHost.getScheme();
    if ("unix".equals(scheme)) {
      host = new HttpHost("unix", "localhost", 2375);
      pathPrefix = "";
    } else if ("tcp".equals(scheme)) {
      String path = dockerHost.getRawPath() == null ? "" : dockerHost.getRawPath();
      pathPrefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      host = new HttpHost(tls == null ? "http" : "https", dockerHost.getHost(), dockerHost.getPort());
    } else {
      throw new IllegalArgumentException("Unsupported protocol scheme: " + dockerHost);
    }
    String socketPath = dockerHost.getPath();
    TlsSocketStrategy tlsStrategy = tls == null ? DefaultClientTlsStrategy.createSystemDefault() : new DefaultClientTlsStrategy(tls);
    DefaultHttpClientConnectionOperator operator =
        new DefaultHttpClientConnectionOperator(
            proxy -> "unix".equals(scheme) ? UnixSocket.get(socketPath) : proxy == null ? new Socket() : new Socket(proxy),
            DefaultSchemePortResolver.INSTANCE,
            SystemDefaultDnsResolver.INSTANCE,
            name -> "https".equalsIgnoreCase(name) ? tlsStrategy : null);
    Http1Config http1 = Http1Config.custom().setBufferSize(SOCKET_BUFFER).setChunkSizeHint(SOCKET_BUFFER).build();
    PoolingHttpClientConnectionManager connections =
        new PoolingHttpClientConnectionManager(
            operator, null, null, null,
            new ManagedHttpClientConnectionFactory(http1, null, null, null, StreamingHttpClient::responseLength, null));
    connections.setMaxTotal(8);
    connections.setDefaultMaxPerRoute(8);
    connections.setDefaultConnectionConfig(
        ConnectionConfig.custom()
            // as docker-java: no stale check before reusing a kept-alive connection; on a Unix socket the check's
            // 1 ms read timeout is ignored and it blocks until the engine says something, which it never does
            .setValidateAfterInactivity(TimeValue.NEG_ONE_SECOND)
            .setConnectTimeout(Timeout.of(connectTimeout.toMillis(), TimeUnit.MILLISECONDS))
            .build());
    client = HttpClients.custom().setConnectionManager(connections).disableConnectionState().build();
  }

  /** As docker-java reads answers: {@code Transfer-Encoding: identity} (old engines' streams) runs to the close. */
  private static long responseLength(org.apache.hc.core5.http.HttpMessage message) throws org.apache.hc.core5.http.HttpException {
    Header encoding = message.getFirstHeader("Transfer-Encoding");
    if (encoding != null && "identity".equalsIgnoreCase(encoding.getValue())) {
      return ContentLengthStrategy.UNDEFINED;
    }
    return DefaultContentLengthStrategy.INSTANCE.determineLength(message);
  }

  @Override
  public Response execute(Request request) {
    if (request.hijackedInput() != null) {
      throw new IllegalArgumentException("attach and exec go through docker-java's transport");
    }
    HttpUriRequestBase http = new HttpUriRequestBase(request.method(), URI.create(pathPrefix + request.path()));
    http.setScheme(host.getSchemeName());
    http.setAuthority(new URIAuthority(host.getHostName(), host.getPort()));
    request.headers().forEach(http::addHeader);
    if (request.bodyBytes() != null) {
      http.setEntity(new ByteArrayEntity(request.bodyBytes(), null));
    } else if (request.body() != null) {
      http.setEntity(new StreamedBody(request.body()));
    }
    try {
      return new StreamedResponse(http, client.executeOpen(host, http, null));
    } catch (IOException e) {
      throw new RuntimeException(e); // as docker-java's transport: EngineErrors reads the cause
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  /** A body of unknown length, chunked, sent {@value #WRITE} bytes at a time (a short read sends what came). */
  static final class StreamedBody extends AbstractHttpEntity {
    private final InputStream in;

    StreamedBody(InputStream in) {
      super((String) null, null, true);
      this.in = in;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      byte[] buffer = new byte[WRITE];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (n > 0) {
          out.write(buffer, 0, n);
        }
      }
      out.flush();
    }

    @Override
    public InputStream getContent() {
      return in;
    }

    @Override
    public boolean isStreaming() {
      return true;
    }

    @Override
    public boolean isRepeatable() {
      return false;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The answer; closing it before its end aborts the connection instead of reading the rest. */
  private static final class StreamedResponse implements Response {
    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;

    StreamedResponse(HttpUriRequestBase request, ClassicHttpResponse response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public int getStatusCode() {
      return response.getCode();
    }

    @Override
    public Map<String, List<String>> getHeaders() {
      return Arrays.stream(response.getHeaders())
          .collect(Collectors.groupingBy(Header::getName, Collectors.mapping(Header::getValue, Collectors.toList())));
    }

    @Override
    public String getHeader(String name) {
      Header header = response.getFirstHeader(name);
      return header == null ? null : header.getValue();
    }

    @Override
    public InputStream getBody() {
      HttpEntity entity = response.getEntity();
      try {
        return entity == null ? InputStream.nullInputStream() : entity.getContent();
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    }

    @Override
    public void close() {
      request.abort(); // the rest of a 300 MB archive is not read just to reuse the connection
      try {
        response.close();
      } catch (IOException e) {
        // the connection is gone either way
      }
    }
  }
}
