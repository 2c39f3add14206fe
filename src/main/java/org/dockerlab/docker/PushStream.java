package org.dockerlab.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PushResponseItem;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dockerlab.docker.config.Credentials;
import org.dockerlab.errors.ExitCode;
import org.dockerlab.errors.LabException;

/**
 * A push's progress stream, followed quietly. The engine reports push errors inside the stream, which then
 * still ends "successfully", so the first error is kept and raised afterwards.
 */
final class PushStream extends ResultCallback.Adapter<PushResponseItem> {
  private volatile String error;

  /** Always explicit (anonymous when no login), so docker-java never falls back to credentials of its own. */
  static AuthConfig auth(ImageRef ref, Credentials login) {
    AuthConfig auth = new AuthConfig().withRegistryAddress(ref.authKey());
    return login == null ? auth : auth.withUsername(login.username()).withPassword(new String(login.password()));
  }

  @Override
  public void onNext(PushResponseItem item) {
    if (item.isErrorIndicated() && error == null) {
      error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
          ? item.getErrorDetail().getMessage()
          : item.getError();
    }
  }

  void await(String reference, Duration timeout) {
    try {
      if (!awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        throw new LabException(ExitCode.ENVIRONMENT, "pushing " + reference + " took longer than " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LabException(ExitCode.FAILED, "the push of " + reference + " was interrupted", e);
    } catch (java.io.IOException e) {
      throw new LabException(ExitCode.ENVIRONMENT, "the push of " + reference + " could not be stopped: " + e.getMessage(), e);
    }
  }

  void throwIfFailed() {
    if (error != null) {
      throw new EngineError(500, error, null);
    }
  }
}
