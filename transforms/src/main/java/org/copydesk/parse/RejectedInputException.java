package org.copydesk.parse;

import org.copydesk.story.DeadLetter.Reason;

/** Thrown by parsers for input that cannot be a story; the message is written to the dead letter. */
public final class RejectedInputException extends Exception {
  private final Reason reason;

  public RejectedInputException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason getReason() {
    return reason;
  }
}
