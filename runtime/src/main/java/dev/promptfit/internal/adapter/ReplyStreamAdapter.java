package dev.promptfit.internal.adapter;

import dev.promptfit.ReplyStream;
import dev.promptfit.internal.call.Invocation;

/** Not API. {@code ReplyStream}: every event, pulled lazily on the consuming thread. */
final class ReplyStreamAdapter implements ReturnAdapter<ReplyStream> {

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public ReplyStream adapt(Invocation invocation) {
    // A ReplyStream hands out the Reply, so its text is gathered whole.
    return new EventReplyStream(invocation.start(true));
  }
}
