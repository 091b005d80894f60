package dev.promptfit.internal.adapter;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Not API. {@code Flow.Publisher<String>}: a cold publisher of text deltas. Each subscriber gets
 * its own HTTP call, read on the client's executor only while it has demand.
 */
final class PublisherAdapter extends PromptCallAdapter<Flow.Publisher<String>> {

  PublisherAdapter(CallContext context) {
    super(context);
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public Flow.Publisher<String> adapt(Call<ResponseBody> call) {
    AtomicBoolean used = new AtomicBoolean();
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      Call<ResponseBody> own = used.compareAndSet(false, true) ? call : call.clone();
      DeltaSubscription subscription =
          new DeltaSubscription(context.events(own), subscriber, context.executor());
      subscriber.onSubscribe(subscription);
    };
  }
}
