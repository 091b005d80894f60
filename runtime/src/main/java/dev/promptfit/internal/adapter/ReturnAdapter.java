package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;

/**
 * Not API. One return shape: turns an invocation into the value a prompt method returns, starting
 * its turn now (blocking), on the client's executor (futures), or when the caller first reads
 * (streams, publishers).
 *
 * @param <T> the method's return type
 */
public interface ReturnAdapter<T> {

  /** Whether the request asks the server to stream, which the request needs before it is sent. */
  boolean streaming();

  /** The return value for one invocation. */
  T adapt(Invocation invocation);
}
