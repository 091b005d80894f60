package dev.promptfit.testing;

/**
 * Thrown out of the exchange handler to drop the connection without finishing the body. The JDK
 * server answers any exception from a handler by closing the socket as it is, so a chunked body
 * stops without its last chunk and the client sees a truncated body, not a clean end. Nothing is
 * reported: the cut was asked for.
 */
final class ConnectionCut extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConnectionCut(String why) {
    super(why, null, false, false);
  }
}
