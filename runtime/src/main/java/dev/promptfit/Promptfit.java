package dev.promptfit;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.GeneratedClasses;
import dev.promptfit.internal.call.CallContext;
import dev.promptfit.internal.call.OutputModes;
import dev.promptfit.internal.call.PromptfitInvoker;
import dev.promptfit.internal.conversation.ServerState;
import dev.promptfit.internal.http.AuthInterceptor;
import dev.promptfit.internal.http.ErrorBodyLimiter;
import dev.promptfit.internal.http.HttpLogger;
import dev.promptfit.internal.http.LlmService;
import dev.promptfit.internal.http.Redactor;
import dev.promptfit.internal.http.RetryPolicy;
import dev.promptfit.internal.http.Sleeper;
import dev.promptfit.internal.http.Timeouts;
import dev.promptfit.internal.listen.Listeners;
import dev.promptfit.internal.tool.ToolInstances;
import dev.promptfit.internal.tool.ToolPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Makes clients of annotated interfaces. Build one per service and share it: it holds a connection
 * pool and the threads of the asynchronous return types.
 *
 * <pre><code>
 * Promptfit promptfit = Promptfit.builder()
 *     .baseUrl("https://www.dmxapi.cn/v1/")
 *     .apiKey(System.getenv("DMXAPI_API_KEY"))
 *     .authScheme(AuthScheme.RAW)
 *     .build();
 * Assistant assistant = promptfit.create(Assistant.class);
 * System.out.println(assistant.translate("Guten Morgen", "English"));
 * </code></pre>
 *
 * <p>{@link #close()} releases what the client created; an {@code okHttpClient} you supplied is
 * left running.
 */
public final class Promptfit implements AutoCloseable {
  private static final String USER_AGENT = "promptfit/0.1.0";

  private final HttpUrl baseUrl;
  private final AuthScheme authScheme;
  private final boolean hasKey;
  private final Api defaultApi;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final ExecutorService asyncExecutor;
  private final PromptfitInvoker invoker;

  private Promptfit(Builder b) {
    this.baseUrl = b.baseUrl;
    this.authScheme = b.authScheme;
    this.hasKey = b.apiKey != null;
    this.defaultApi = b.defaultApi;
    this.ownsClient = b.okHttpClient == null;
    this.client = httpClient(b);
    this.asyncExecutor = Executors.newCachedThreadPool(new AsyncThreads());
    RetryPolicy retryPolicy =
        new RetryPolicy(
            b.maxRetries,
            b.maxRetryAfter,
            b.sleeper,
            b.clock,
            () -> ThreadLocalRandom.current().nextDouble());
    // Retrofit makes the HTTP calls; request bodies arrive written by the call's endpoint, and
    // return types are Promptfit's own adapters, since one return value may take several calls.
    LlmService service =
        new Retrofit.Builder().baseUrl(baseUrl).client(client).build().create(LlmService.class);
    CallContext context =
        new CallContext(
            service,
            retryPolicy,
            timeouts(b),
            new Redactor(b.apiKey),
            asyncExecutor,
            new Listeners(b.listeners, b.captureContent, baseUrl.host(), baseUrl.port()),
            new ToolPolicy(b.maxToolRounds, b.toolErrors),
            new ServerState(),
            new OutputModes(b.structuredOutput, b.outputRepairs));
    this.invoker = new PromptfitInvoker(context, defaultApi, b.streamUsage);
  }

  private static Timeouts timeouts(Builder b) {
    return new Timeouts(
        b.headersTimeout != null ? b.headersTimeout : b.timeout, b.timeout, b.callTimeout);
  }

  private static OkHttpClient httpClient(Builder b) {
    OkHttpClient.Builder http =
        b.okHttpClient == null ? new OkHttpClient.Builder() : b.okHttpClient.newBuilder();
    http.connectTimeout(b.connectTimeout)
        // The socket outlasts both the headers and the idle timeout; RetryingCall enforces each.
        .readTimeout(timeouts(b).socketRead())
        .writeTimeout(b.timeout)
        // The whole-call deadline is Promptfit's own (it must span retries); a callTimeout on a
        // shared client would cut every stream at that length.
        .callTimeout(Duration.ZERO)
        // Promptfit retries by its own policy; OkHttp's silent resend would double-send requests.
        .retryOnConnectionFailure(false)
        // An API POST is not replayed elsewhere: OkHttp would turn a 307's POST into a GET on
        // 301/302, and across hosts it strips only Authorization, not api-key style headers.
        // A redirect becomes an ApiException naming where it pointed.
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
        .addInterceptor(new ErrorBodyLimiter(b.timeout));
    if (b.apiKey != null) {
      http.addInterceptor(new AuthInterceptor(b.apiKey, b.authScheme));
    }
    if (b.httpLogging != HttpLogging.NONE) {
      http.addNetworkInterceptor(new HttpLogger(b.httpLogging, new Redactor(b.apiKey)));
    }
    return http.build();
  }

  /** A builder with OpenAI's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code PROMPTFIT_BASE_URL} and {@code
   * PROMPTFIT_API_KEY}, falling back to {@code OPENAI_BASE_URL} and {@code OPENAI_API_KEY};
   * optionally {@code PROMPTFIT_AUTH_SCHEME} ({@code bearer} or {@code raw}) and {@code
   * PROMPTFIT_DEFAULT_API} ({@code responses}, {@code chat_completions} or {@code default}; case,
   * hyphens and underscores do not matter).
   *
   * <pre><code>
   * Assistant assistant = Promptfit.fromEnvironment().create(Assistant.class);
   * </code></pre>
   */
  public static Promptfit fromEnvironment() {
    return builderFromEnvironment().build();
  }

  /**
   * A builder holding what {@link #fromEnvironment()} reads from the environment, for settings the
   * environment does not carry: a listener, timeouts, retries.
   *
   * <pre><code>
   * Promptfit promptfit =
   *     Promptfit.builderFromEnvironment().listener(new CallLog()).maxRetries(5).build();
   * </code></pre>
   */
  public static Builder builderFromEnvironment() {
    return builderFromEnvironment(System.getenv());
  }

  static Builder builderFromEnvironment(Map<String, String> env) {
    Builder builder = builder();
    String baseUrl = firstSet(env, "PROMPTFIT_BASE_URL", "OPENAI_BASE_URL");
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    String key = firstSet(env, "PROMPTFIT_API_KEY", "OPENAI_API_KEY");
    if (key != null) {
      builder.apiKey(key);
    }
    String scheme = env.get("PROMPTFIT_AUTH_SCHEME");
    if (scheme != null && !scheme.isBlank()) {
      builder.authScheme(parse(AuthScheme.class, "PROMPTFIT_AUTH_SCHEME", scheme));
    }
    String api = env.get("PROMPTFIT_DEFAULT_API");
    if (api != null && !api.isBlank()) {
      builder.defaultApi(parse(Api.class, "PROMPTFIT_DEFAULT_API", api));
    }
    return builder;
  }

  private static @Nullable String firstSet(Map<String, String> env, String first, String second) {
    String value = env.get(first);
    if (value == null || value.isBlank()) {
      value = env.get(second);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The constant {@code value} names, ignoring case and whether words are joined by {@code _} or
   * {@code -} ({@code chat-completions}); the error lists the values as they may be written.
   */
  private static <E extends Enum<E>> E parse(Class<E> type, String variable, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      valid
          .append(valid.length() == 0 ? "" : ", ")
          .append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        variable + "=" + value.strip() + " is not one of: " + valid + " (any case; - or _)");
  }

  /**
   * An implementation of {@code service}, written by the annotation processor at compile time.
   *
   * @throws PromptfitException if the processor did not run for {@code service}; the message says
   *     how to add it to the build
   */
  public <T> T create(Class<T> service) {
    return create(service, new Object[0]);
  }

  /**
   * An implementation of {@code service} whose tool calls go to {@code tools}: one instance of
   * every class the interface's {@code @Tools} list.
   *
   * <pre><code>
   * TravelAgent agent = promptfit.create(TravelAgent.class, new WeatherTools());
   * </code></pre>
   *
   * @throws IllegalArgumentException at once if an instance for a listed class is missing, or an
   *     instance belongs to no listed class; the message names the class
   * @throws PromptfitException if the processor did not run for {@code service}
   */
  public <T> T create(Class<T> service, Object... tools) {
    Objects.requireNonNull(service, "service");
    ToolInstances instances = ToolInstances.of(service, tools);
    T created =
        GeneratedClasses.instantiate(
            service, instances == ToolInstances.NONE ? invoker : invoker.withTools(instances));
    instances.checkRequired();
    return created;
  }

  /** The base URL every path is resolved against, always ending in {@code /}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Stops the client's threads and, unless you supplied the {@code OkHttpClient}, evicts its idle
   * connections. Calls still running are not interrupted.
   */
  @Override
  public void close() {
    asyncExecutor.shutdown();
    if (ownsClient) {
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "Promptfit{baseUrl="
        + baseUrl
        + ", defaultApi="
        + defaultApi
        + ", authScheme="
        + authScheme
        + ", apiKey="
        + (hasKey ? "[redacted]" : "none")
        + "}";
  }

  private static final class AsyncThreads implements java.util.concurrent.ThreadFactory {
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "promptfit-async-" + NEXT.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /**
   * Configures a {@link Promptfit}. Every setter checks its argument at once and says what was
   * wrong.
   *
   * <pre><code>
   * Promptfit local = Promptfit.builder()
   *     .baseUrl("http://localhost:11434/v1/")      // Ollama: Chat Completions only
   *     .defaultApi(Api.CHAT_COMPLETIONS)
   *     .build();
   * </code></pre>
   */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get("https://api.openai.com/v1/");
    private @Nullable String apiKey;
    private AuthScheme authScheme = AuthScheme.BEARER;
    private Api defaultApi = Api.RESPONSES;
    private int maxRetries = 2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration timeout = Duration.ofMinutes(10);
    private @Nullable Duration headersTimeout;
    private @Nullable Duration callTimeout;
    private Duration connectTimeout = Duration.ofMinutes(1);
    private HttpLogging httpLogging = HttpLogging.NONE;
    private boolean streamUsage = true;
    private final List<PromptfitListener> listeners = new ArrayList<>();
    private boolean captureContent;
    private int maxToolRounds = ToolPolicy.DEFAULT.maxRounds();
    private ToolErrors toolErrors = ToolPolicy.DEFAULT.errors();
    private StructuredOutput structuredOutput = StructuredOutput.AUTO;
    private int outputRepairs = OutputModes.DEFAULT_REPAIRS;
    private @Nullable OkHttpClient okHttpClient;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Test seam: records retry waits instead of sleeping. */
    Builder retryClock(Sleeper sleeper, Clock clock) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The service's base URL, such as {@code https://api.openai.com/v1/}; a path prefix is kept
     * ({@code https://host/api/v1} calls {@code https://host/api/v1/responses}). A URL with a user
     * name or password ({@code https://user:secret@host/v1/}) is refused without being echoed:
     * OkHttp would not send them, and the URL is printed by {@link Promptfit#toString()}, {@link
     * Promptfit#baseUrl()}, logs and error messages. Pass the key with {@link #apiKey}.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String withSlash = baseUrl.strip().endsWith("/") ? baseUrl.strip() : baseUrl.strip() + "/";
      HttpUrl parsed = HttpUrl.parse(withSlash);
      if (parsed == null) {
        throw new IllegalArgumentException(
            "baseUrl is not an http:// or https:// URL: " + withoutUserInfo(baseUrl.strip()));
      }
      if (!parsed.encodedUsername().isEmpty() || !parsed.encodedPassword().isEmpty()) {
        throw new IllegalArgumentException(
            "baseUrl must not hold a user name or password ("
                + parsed.scheme()
                + "://***@"
                + parsed.host()
                + ":"
                + parsed.port()
                + parsed.encodedPath()
                + "): they would not be sent and the URL is printed in logs and errors; pass the"
                + " key with apiKey(...)");
      }
      if (parsed.querySize() > 0 || parsed.fragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not have a query or fragment: " + parsed.redact());
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * {@code url} with everything from {@code //} to its last {@code @} masked: in a URL that did
     * not parse, where user info ends is not known, and it may hold a secret.
     */
    private static String withoutUserInfo(String url) {
      return url.replaceAll("//.*@", "//***@");
    }

    /**
     * The API key. Surrounding white space (a key read from a file with its newline) is removed; a
     * key with other control or non-ASCII characters is rejected without being echoed.
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      String key = apiKey.strip();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("apiKey is empty");
      }
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c <= 0x20 || c >= 0x7f) {
          throw new IllegalArgumentException(
              "apiKey has a space, control or non-ASCII character at index "
                  + i
                  + " (key not shown)");
        }
      }
      this.apiKey = key;
      return this;
    }

    /** How the key is sent; {@link AuthScheme#BEARER} by default. */
    public Builder authScheme(AuthScheme authScheme) {
      this.authScheme = Objects.requireNonNull(authScheme, "authScheme");
      return this;
    }

    /**
     * The endpoint of methods whose {@code @Model} says {@link Api#DEFAULT}; {@link Api#RESPONSES}
     * unless set, and {@link Api#DEFAULT} restores that. Servers without {@code /responses} (vLLM,
     * Ollama, llama.cpp) need {@link Api#CHAT_COMPLETIONS}.
     *
     * <pre><code>
     * Promptfit.builder().baseUrl("http://localhost:11434/v1/").defaultApi(Api.CHAT_COMPLETIONS);
     * </code></pre>
     */
    public Builder defaultApi(Api defaultApi) {
      Objects.requireNonNull(defaultApi, "defaultApi");
      this.defaultApi = defaultApi == Api.DEFAULT ? Api.RESPONSES : defaultApi;
      return this;
    }

    /** How often a failed attempt is retried (connection failures, 408, 409, 429, 5xx); 2. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The longest server-requested wait ({@code retry-after}) honoured before a retry; a longer one
     * fails at once with {@link RateLimitException#retryAfter()} set. 60 s by default.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * The idle timeout: the longest silence between bytes of a response (between stream events, in
     * practice) before the call fails with {@link PromptfitTimeoutException}; 10 minutes by
     * default, so a long reasoning pause is fine. It bounds the gap, never the length: a stream
     * that keeps sending is never cut. A stream cut this way is never retried; its exception keeps
     * the text that arrived in {@link PromptfitTimeoutException#partialText()}. It is also the
     * headers timeout unless {@link #headersTimeout} is set; {@link #callTimeout} bounds a whole
     * call.
     *
     * <pre><code>
     * Promptfit.builder().timeout(Duration.ofSeconds(90)).build();
     * </code></pre>
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * The longest wait for response headers, per attempt; the idle {@link #timeout} unless set. An
     * attempt that passes it fails with {@link PromptfitTimeoutException} and is retried like any
     * failure before headers (a server that accepted the request but never answers).
     *
     * <pre><code>
     * Promptfit.builder().headersTimeout(Duration.ofSeconds(30)).build();
     * </code></pre>
     */
    public Builder headersTimeout(Duration headersTimeout) {
      this.headersTimeout = positive(headersTimeout, "headersTimeout");
      return this;
    }

    /**
     * A deadline for each whole call, from the first attempt through retries, their waits and the
     * whole response body, after which it fails with {@link PromptfitTimeoutException}; none by
     * default, so a healthy stream of any length is never cut. {@link CallOptions.Builder#timeout}
     * overrides it per call. For a stream it bounds the whole stream: set it only where an answer
     * that takes longer is useless.
     *
     * <pre><code>
     * Promptfit.builder().callTimeout(Duration.ofMinutes(2)).build();
     * </code></pre>
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = positive(callTimeout, "callTimeout");
      return this;
    }

    /**
     * The longest wait to open a connection (TCP and TLS); 1 minute. A failed connection attempt is
     * retried by the retry policy.
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Logs each HTTP exchange to the {@code System.Logger} {@code dev.promptfit.http}; {@link
     * HttpLogging#NONE} by default. Credentials are masked and bodies never read.
     *
     * <pre><code>
     * Promptfit.builder().httpLogging(HttpLogging.HEADERS).build();
     * </code></pre>
     */
    public Builder httpLogging(HttpLogging httpLogging) {
      this.httpLogging = Objects.requireNonNull(httpLogging, "httpLogging");
      return this;
    }

    /**
     * Whether streamed Chat Completions ask for usage ({@code stream_options.include_usage}); true
     * by default. Some older compatible servers reject the option.
     */
    public Builder streamUsage(boolean streamUsage) {
      this.streamUsage = streamUsage;
      return this;
    }

    /**
     * An OkHttpClient to share a connection pool, proxy or TLS set-up with. Promptfit derives its
     * own client from it with {@code newBuilder()}, so yours is not changed, and {@link
     * Promptfit#close()} leaves it running.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Adds a listener told what each prompt call does (start, HTTP attempts, first delta, tool
     * rounds, end or failure); may be called several times, and listeners are told in the order
     * they were added. A listener that throws never breaks a call. See {@link PromptfitListener}.
     *
     * <pre><code>
     * Promptfit.builder()
     *     .listener(PromptfitTelemetry.create(openTelemetry))   // promptfit-opentelemetry
     *     .listener(new CostLog())
     *     .build();
     * </code></pre>
     */
    public Builder listener(PromptfitListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How many model responses of one prompt call may have their tool calls run; 10 by default.
     * When the next response still calls tools, those calls are not run and the call throws {@link
     * ToolLoopException}, so a model that keeps calling tools can never loop forever.
     *
     * <pre><code>
     * Promptfit.builder().maxToolRounds(3).build();
     * </code></pre>
     */
    public Builder maxToolRounds(int maxToolRounds) {
      if (maxToolRounds < 1) {
        throw new IllegalArgumentException(
            "maxToolRounds must be 1 or more (it counts the responses whose tool calls are run),"
                + " was "
                + maxToolRounds);
      }
      this.maxToolRounds = maxToolRounds;
      return this;
    }

    /**
     * Whether listeners see content: the rendered prompt and instructions ({@link
     * PromptCall#prompt()}), the answer's text in the {@link Reply} of {@link
     * PromptfitListener#callEnded}, tool arguments and results. False by default: content is often
     * personal data and large. When true, a streamed answer's whole text is kept until the call
     * ends, even for {@code Stream<String>} and {@code Flow.Publisher<String>}. The API key and
     * headers are never shown to listeners.
     *
     * <pre><code>
     * Promptfit.builder().listener(PromptfitTelemetry.create(openTelemetry)).captureContent(true);
     * </code></pre>
     */
    public Builder captureContent(boolean captureContent) {
      this.captureContent = captureContent;
      return this;
    }

    /**
     * What a failed tool call does: a tool that throws, a tool name that was not offered, or
     * arguments that do not fit. {@link ToolErrors#SEND_TO_MODEL} (the default) sends an error
     * result naming the problem, so the model can correct itself; {@link ToolErrors#THROW} ends the
     * call with {@link ToolExecutionException}.
     *
     * <pre><code>
     * Promptfit.builder().toolErrors(ToolErrors.THROW).build();
     * </code></pre>
     */
    public Builder toolErrors(ToolErrors toolErrors) {
      this.toolErrors = Objects.requireNonNull(toolErrors, "toolErrors");
      return this;
    }

    /**
     * How typed answers send their JSON schema; {@link StructuredOutput#AUTO} by default: {@code
     * json_schema}, falling back to {@code json_object} and then to the schema in the input alone
     * when the server says it does not support the format, remembering per model what worked.
     *
     * <pre><code>
     * Promptfit.builder()
     *     .baseUrl("http://localhost:1234/v1/")            // LM Studio
     *     .structuredOutput(StructuredOutput.JSON_SCHEMA)  // never fall back
     *     .build();
     * </code></pre>
     */
    public Builder structuredOutput(StructuredOutput structuredOutput) {
      this.structuredOutput = Objects.requireNonNull(structuredOutput, "structuredOutput");
      return this;
    }

    /**
     * How often a typed answer that does not parse is asked again, with the parser's message, when
     * the server did not enforce the schema ({@code json_object} or the schema in the input); 1 by
     * default, 0 disables. Each repair is one more request, counted in the reply's usage. Answers
     * under {@code json_schema}, refusals, answers cut by the token limit and streamed elements are
     * never repaired.
     *
     * <pre><code>
     * Promptfit.builder().structuredOutput(StructuredOutput.JSON_OBJECT).outputRepairs(2).build();
     * </code></pre>
     */
    public Builder outputRepairs(int outputRepairs) {
      if (outputRepairs < 0) {
        throw new IllegalArgumentException(
            "outputRepairs must be 0 or more (0 disables repairs), was " + outputRepairs);
      }
      this.outputRepairs = outputRepairs;
      return this;
    }

    /** The client. */
    public Promptfit build() {
      return new Promptfit(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    @Override
    public String toString() {
      return "Promptfit.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "none" : "[redacted]")
          + ", authScheme="
          + authScheme
          + ", defaultApi="
          + defaultApi
          + "}";
    }
  }
}
