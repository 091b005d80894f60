package dev.promptfit.internal.listen;

import dev.promptfit.PromptfitListener;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.request.LlmRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * Not API. The listeners of one client, what they may see, and the one place that calls them: a
 * listener that throws is logged and skipped, so neither the call nor the other listeners notice.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger("dev.promptfit.listener");

  private final PromptfitListener[] listeners;
  private final boolean captureContent;
  private final String serverAddress;
  private final int serverPort;

  /**
   * @param captureContent whether listeners see prompts, instructions and answer text
   * @param serverAddress the host of the client's base URL
   * @param serverPort the port of the client's base URL
   */
  public Listeners(
      List<PromptfitListener> listeners,
      boolean captureContent,
      String serverAddress,
      int serverPort) {
    this.listeners = listeners.toArray(new PromptfitListener[0]);
    this.captureContent = captureContent;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
  }

  /** Whether listeners see content, so answers must keep their whole text for them. */
  public boolean captureContent() {
    return captureContent && listeners.length > 0;
  }

  /**
   * The events of a call just invoked: {@link CallEvents#NONE} without listeners, else a new call
   * whose listeners hear {@code callCreated} now, on this thread.
   *
   * @param method the method as failures name it
   * @param api the resolved endpoint
   * @param request the first request
   * @param prompt the rendered user message
   */
  public CallEvents call(String method, Api api, LlmRequest request, String prompt) {
    if (listeners.length == 0) {
      return CallEvents.NONE;
    }
    ListenedCall call =
        new ListenedCall(
            this,
            method,
            api,
            request,
            captureContent ? request.instructions() : null,
            captureContent ? prompt : null);
    call.created();
    return call;
  }

  String serverAddress() {
    return serverAddress;
  }

  int serverPort() {
    return serverPort;
  }

  boolean capturing() {
    return captureContent;
  }

  /** Tells every listener, each shielded from the others' failures. */
  void each(String event, Consumer<PromptfitListener> tell) {
    for (PromptfitListener listener : listeners) {
      try {
        tell.accept(listener);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        LOG.log(
            System.Logger.Level.WARNING,
            () ->
                "PromptfitListener "
                    + listener.getClass().getName()
                    + " threw in "
                    + event
                    + "; the call goes on",
            t);
      }
    }
  }
}
