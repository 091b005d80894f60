package dev.promptfit.testing;

import org.jspecify.annotations.Nullable;

/**
 * The response format the client asked for: Responses {@code text.format} ({@code {type, name,
 * schema, strict, description}}, flat), Chat {@code response_format} ({@code {type, json_schema:
 * {name, schema, strict, description}}}, nested), read into one shape.
 *
 * <pre><code>
 * RecordedResponseFormat format = server.takeRequest().responseFormat();
 * assertEquals("json_schema", format.type());
 * assertEquals("Extractor_invoice", format.name());
 * assertEquals(Boolean.TRUE, format.strict());
 * </code></pre>
 *
 * @param type {@code json_schema}, {@code json_object} or {@code text}
 * @param name the schema's name, or null
 * @param schema the JSON schema as compact JSON text (key order as sent), or null
 * @param strict the {@code strict} flag, or null when not sent
 * @param description the format's description, or null when not sent
 */
public record RecordedResponseFormat(
    String type,
    @Nullable String name,
    @Nullable String schema,
    @Nullable Boolean strict,
    @Nullable String description) {}
