package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.ConversationMessage.Role;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One conversation used by 100 threads at once, every return type and both endpoints mixed: each
 * turn is stored whole, once, in the order its call completed, and nothing is lost.
 */
class ConversationConcurrencyTest {
  private static final int THREADS = 100;

  @Test
  void aHundredThreadsStoreAHundredWholeTurns() throws Exception {
    CountingStore store = new CountingStore();
    Conversation conversation = Conversation.builder().store(store).build();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      TestChatbot bot = promptfit.create(TestChatbot.class);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = i;
        ChatShape shape = ChatShape.values()[n % ChatShape.values().length];
        CallOptions options =
            CallOptions.builder().api(n % 2 == 0 ? Api.RESPONSES : Api.CHAT_COMPLETIONS).build();
        answers.add(
            threads.submit(
                () -> {
                  start.await();
                  return shape.run(bot, conversation, "message " + n, options);
                }));
      }
      start.countDown();
      for (int i = 0; i < THREADS; i++) {
        // The echo answer names the message each call sent last: its own.
        assertEquals("Echo: message " + i, answers.get(i).get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
      assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    List<ConversationMessage> stored = conversation.messages();
    assertEquals(2 * THREADS, stored.size());
    assertEquals(THREADS, store.appends.get());
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < stored.size(); i += 2) {
      ConversationMessage user = stored.get(i);
      ConversationMessage answer = stored.get(i + 1);
      assertEquals(Role.USER, user.role());
      assertEquals(Role.ASSISTANT, answer.role());
      // A turn is never split: each question is followed by its own answer.
      assertEquals("Echo: " + user.text(), answer.text());
      assertTrue(asked.add(user.text()), "stored twice: " + user.text());
    }
    assertEquals(THREADS, asked.size());
  }

  /** The in-memory store, counting appends. */
  private static final class CountingStore implements ConversationStore {
    private final ConversationStore delegate = ConversationStore.inMemory();
    final AtomicInteger appends = new AtomicInteger();

    @Override
    public List<ConversationMessage> load(String id) {
      return delegate.load(id);
    }

    @Override
    public void append(String id, List<ConversationMessage> messages) {
      appends.incrementAndGet();
      delegate.append(id, messages);
    }
  }
}
