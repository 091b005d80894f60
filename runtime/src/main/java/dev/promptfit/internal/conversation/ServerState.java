package dev.promptfit.internal.conversation;

import dev.promptfit.ApiException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not API. What one client learned about its server's response state: whether {@code
 * previous_response_id} works there. Most compatible servers keep no state (FEATURES.md section
 * 3): the first refusal switches every later call of the client to sending the history, and is
 * logged once at {@code DEBUG} on the {@code System.Logger} {@code dev.promptfit.conversation}.
 */
public final class ServerState {
  private static final System.Logger LOG = System.getLogger("dev.promptfit.conversation");

  private final AtomicBoolean stateless = new AtomicBoolean();

  /** Whether the server refused {@code previous_response_id} once already. */
  public boolean stateless() {
    return stateless.get();
  }

  /**
   * Whether {@code failure}, the answer to a request that carried {@code previous_response_id},
   * says the server keeps no response state: OpenAI's {@code previous_response_not_found} (a
   * response stored with {@code store: false}, or expired), llama.cpp's {@code does not support
   * 'previous_response_id'}, {@code Unsupported parameter: previous_response_id}, or a 404 (vLLM
   * without its store).
   */
  public static boolean refusesState(ApiException failure) {
    int status = failure.statusCode();
    if (status != 400 && status != 404 && status != 422) {
      return false;
    }
    if (status == 404 || failure.errorCode().filter("previous_response_not_found"::equals).isPresent()) {
      return true;
    }
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("previous_response_id") || message.contains("previous_response_not_found");
  }

  /** Records that the server refused; says so the first time only. */
  public void learnStateless(String method, ApiException failure) {
    if (stateless.compareAndSet(false, true) && LOG.isLoggable(System.Logger.Level.DEBUG)) {
      LOG.log(
          System.Logger.Level.DEBUG,
          method
              + ": the server keeps no response state (HTTP "
              + failure.statusCode()
              + failure.errorCode().map(c -> ", " + c).orElse("")
              + "), so Conversation.serverState(true) falls back to sending the history, for this"
              + " call and every later one of this client");
    }
  }

  @Override
  public String toString() {
    return "ServerState{" + (stateless() ? "stateless" : "unknown") + "}";
  }
}
