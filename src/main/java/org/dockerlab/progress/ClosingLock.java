package org.dockerlab.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/** A file lock that also closes its channel when released. */
final class ClosingLock extends FileLock {
  private final FileLock lock;

  ClosingLock(FileChannel channel, FileLock lock) {
    super(channel, lock.position(), lock.size(), lock.isShared());
    this.lock = lock;
  }

  @Override
  public boolean isValid() {
    return lock.isValid();
  }

  @Override
  public void release() throws IOException {
    try {
      lock.release();
    } finally {
      channel().close();
    }
  }
}
