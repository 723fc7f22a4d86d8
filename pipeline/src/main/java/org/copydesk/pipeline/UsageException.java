package org.copydesk.pipeline;

/** A mistake in how copydesk was called: reported in one line, with exit status 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
